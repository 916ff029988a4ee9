//! What Caravane says on standard error while it works: progress bars, and the library's log
//! with `-v` and `-vv`.

use caravane::t;
use caravane::tour::TourProgress;
use std::io::IsTerminal;

/// Shows the library's log on standard error: `-v` the stages and solver calls, `-vv` also
/// HiGHS's own log.
pub fn init_log(verbose: u8) {
    let level = match verbose {
        0 => return,
        1 => tracing::Level::DEBUG,
        _ => tracing::Level::TRACE,
    };
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(level)
        .with_target(verbose > 1)
        .try_init();
}

/// Progress on standard error, when it is a terminal and not silenced: a spinner with the
/// stages of a solve, or a bar of the stops of a tour planned.
pub struct StderrProgress {
    bar: Option<indicatif::ProgressBar>,
}

impl StderrProgress {
    /// A spinner showing the stage a solve is at.
    pub fn spinner(quiet: bool) -> StderrProgress {
        StderrProgress::shown_unless(quiet, || {
            let spinner = indicatif::ProgressBar::new_spinner().with_style(
                indicatif::ProgressStyle::with_template("{spinner} [{elapsed_precise}] {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            spinner.enable_steady_tick(std::time::Duration::from_millis(120));
            spinner
        })
    }

    /// A bar of the `stops` stops of a tour, filled as they are planned.
    pub fn stops(stops: usize, quiet: bool) -> StderrProgress {
        StderrProgress::shown_unless(quiet, || {
            let template = format!(
                "[{{elapsed_precise}}] {{bar:30}} {}  {{wide_msg}}",
                t!("cli-progress-stops", done = "{pos}", of = "{len}")
            );
            indicatif::ProgressBar::new(stops as u64).with_style(
                indicatif::ProgressStyle::with_template(&template)
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            )
        })
    }

    /// The bar `make` gives, unless `quiet` or standard error is not a terminal.
    fn shown_unless(quiet: bool, make: impl FnOnce() -> indicatif::ProgressBar) -> StderrProgress {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(make);
        StderrProgress { bar }
    }

    /// Clears the spinner or bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl caravane::solve::Progress for StderrProgress {
    fn stage(&self, name: &str, detail: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(t!(
                "cli-progress-stage",
                stage = caravane::solve::stage_label(name),
                detail = detail
            ));
        }
    }
}

impl TourProgress for StderrProgress {
    fn stop_planned(&self, itinerary: &str, index: usize, of: usize, summary: &str) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
            bar.set_message(format!("[{itinerary} {index}/{of}] {summary}"));
        }
    }
}

//! `caravane validate`: every problem of stop and tour files, with where and how to fix it.

use super::input::{self, Input, StopOrTour};
use super::{Exit, EXIT_INVALID, EXIT_OK};
use caravane::t;
use std::path::PathBuf;

/// Check stop and tour files and report every problem, with where and how to fix it.
#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// Stop files (`NAME.problem.json`) or tour files (`NAME.tour.json`).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Print the problems as JSON.
    #[arg(long)]
    json: bool,
}

/// Reads every file, then tells the valid ones (for people) and every problem of the others.
pub fn run(args: &ValidateArgs) -> Exit {
    let mut reports = Vec::new();
    let mut valid = Vec::new();
    for f in &args.files {
        match input::stop_or_tour(f) {
            Ok(file) => valid.push((f, file)),
            Err(report) => reports.push(report),
        }
    }
    // The stop files first, then the tour files.
    valid.sort_by_key(|(_, file)| matches!(file, StopOrTour::Tour(_)));
    if !args.json {
        for (f, file) in &valid {
            println!(
                "{}",
                t!(
                    "cli-validate-ok",
                    file = f.display().to_string(),
                    contents = contents(file)
                )
            );
        }
    }
    Input::new(args.json).tell(&reports);
    if reports.is_empty() {
        return Ok(EXIT_OK);
    }
    if !args.json {
        let n: usize = reports.iter().map(|r| r.diagnostics.len()).sum();
        eprintln!(
            "{}",
            t!(
                "cli-validate-summary",
                invalid = reports.len(),
                files = args.files.len(),
                problems = n
            )
        );
    }
    Ok(EXIT_INVALID)
}

/// What a valid file holds, in a few words.
fn contents(file: &StopOrTour) -> String {
    match file {
        StopOrTour::Stop(p) => t!(
            "cli-validate-stop",
            exhibitors = p.exhibitors.len(),
            stands = p.stands.len()
        ),
        StopOrTour::Tour(tour) => t!(
            "cli-validate-tour",
            itineraries = tour.itineraries.len(),
            exhibitors = tour.exhibitors.len()
        ),
    }
}

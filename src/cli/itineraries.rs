//! What `tour` and `compare` share: how the stops of a tour are solved, and planning its
//! itineraries on a pool of threads with a progress bar.

use super::feedback::StderrProgress;
use super::{EXIT_FAILURE, EXIT_INVALID};
use caravane::format::Itinerary;
use caravane::solve::Options;
use caravane::t;
use caravane::tour::itinerary::PlannedItinerary;
use caravane::tour::{plan_itineraries, TourModel, TourOptions};

/// How the stops of a tour are solved.
#[derive(Debug, clap::Args)]
pub struct TourRunArgs {
    /// Seconds allowed per stop.
    #[arg(long, default_value_t = 30.0)]
    time_limit: f64,
    /// Stop each solve once proven within this relative gap.
    #[arg(long, default_value_t = 1e-6)]
    gap: f64,
    /// Seed of the local search.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Itineraries planned at once (default: one per core).
    #[arg(long)]
    jobs: Option<usize>,
    /// Plan without the rotation term (to see what it changes).
    #[arg(long)]
    without_rotation: bool,
    /// No progress messages.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

impl TourRunArgs {
    /// The options, refused when they make no sense, before hours of planning start.
    pub fn options(&self) -> Result<TourOptions, i32> {
        if !(self.time_limit.is_finite() && self.time_limit > 0.0) {
            eprintln!(
                "{}",
                t!(
                    "cli-tour-bad-time-limit",
                    value = self.time_limit.to_string()
                )
            );
            return Err(EXIT_INVALID);
        }
        if !(self.gap.is_finite() && self.gap >= 0.0) {
            eprintln!("{}", t!("cli-tour-bad-gap", value = self.gap.to_string()));
            return Err(EXIT_INVALID);
        }
        if self.jobs == Some(0) {
            eprintln!("{}", t!("cli-tour-bad-jobs"));
            return Err(EXIT_INVALID);
        }
        Ok(TourOptions {
            solve: Options {
                time_limit: Some(self.time_limit),
                gap: self.gap,
                threads: 1,
                seed: self.seed,
            },
            rotation: !self.without_rotation,
        })
    }

    /// Runs `work` on a pool of `--jobs` threads (all cores by default).
    pub fn on_pool<T: Send>(&self, work: impl FnOnce() -> T + Send) -> Result<T, i32> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.jobs.unwrap_or(0))
            .build()
            .map_err(|e| {
                eprintln!("{}", t!("cli-tour-no-threads", why = e.to_string()));
                EXIT_FAILURE
            })?;
        Ok(pool.install(work))
    }

    /// Plans the itineraries, showing the stops planned unless `--quiet`.
    pub fn plan(
        &self,
        m: &TourModel,
        itineraries: &[Itinerary],
        options: &TourOptions,
    ) -> Result<Vec<PlannedItinerary>, i32> {
        let stops: usize = itineraries.iter().map(|i| i.stops.len()).sum();
        if !self.quiet {
            eprintln!(
                "{}",
                t!(
                    "cli-tour-planning",
                    itineraries = itineraries.len(),
                    stops = stops,
                    seconds = self.time_limit
                )
            );
        }
        self.on_pool(|| {
            let progress = StderrProgress::stops(stops, self.quiet);
            let plans = plan_itineraries(m, itineraries, options, &progress);
            progress.finish();
            plans
        })
    }
}

/// The ids of the tour's itineraries, for messages.
pub fn itinerary_ids(m: &TourModel) -> String {
    m.tour
        .itineraries
        .iter()
        .map(|i| i.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The exit code of planned itineraries: 0 when every stop has a layout, 3 otherwise.
pub fn exit_code(plans: &[PlannedItinerary]) -> i32 {
    if plans.iter().all(PlannedItinerary::every_stop_laid_out) {
        super::EXIT_OK
    } else {
        super::EXIT_INFEASIBLE
    }
}

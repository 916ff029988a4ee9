//! How the solve grows with the size of a stop: generated stops planned and measured, stands
//! only or with their exchange sessions, for the table of `caravane scaling`.

use crate::format::Status;
use crate::planning::stop::{plan_parts, Parts, PlanError};
use crate::solve::Options;
use crate::stop::generate::{generate, Spec};
use std::time::Instant;

/// The stand solve of one generated stop, measured.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// Exhibitors of the stop.
    pub exhibitors: usize,
    /// Stands of the stop.
    pub stands: usize,
    /// Exchange sessions planned (0 for the stands alone).
    pub sessions: usize,
    /// Variables of the largest model (the stage with the most variables).
    pub variables: usize,
    /// Rows of that model.
    pub rows: usize,
    /// Wall-clock seconds of the whole plan.
    pub seconds: f64,
    /// The status of the solution.
    pub status: Status,
    /// Its relative gap, when it has a layout.
    pub gap: Option<f64>,
    /// The stages run, in order.
    pub stages: Vec<&'static str>,
}

/// Generates a stop of `exhibitors` from `seed` and plans it within `time_limit` seconds: its
/// stands alone, or with `sessions`, the stands and the timetable of the generated programme
/// (about one session per 20 exhibitors, at most 30, over five days).
///
/// # Errors
/// When the planner fails (never for a generated stop unless something is wrong inside).
pub fn measure(
    exhibitors: usize,
    seed: u64,
    time_limit: f64,
    sessions: bool,
) -> Result<Measure, PlanError> {
    let problem = generate(Spec {
        exhibitors,
        sessions: None,
        days: None,
        seed,
    });
    let options = Options {
        time_limit: Some(time_limit),
        ..Default::default()
    };
    let started = Instant::now();
    let planned = plan_parts(
        &format!("generated-{exhibitors}"),
        &problem,
        &options,
        &(),
        if sessions {
            Parts::Whole
        } else {
            Parts::Stands
        },
    )?;
    let seconds = started.elapsed().as_secs_f64();
    let stages = &planned.outcome.stages;
    let (variables, rows) = stages
        .iter()
        .map(|s| (s.variables, s.rows))
        .max()
        .unwrap_or((0, 0));
    Ok(Measure {
        exhibitors,
        stands: problem.stands.len(),
        sessions: if sessions { problem.sessions.len() } else { 0 },
        variables,
        rows,
        seconds,
        status: planned.solution.status,
        gap: planned.solution.gap,
        stages: stages.iter().map(|s| s.name).collect(),
    })
}

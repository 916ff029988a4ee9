//! A stop planned end to end: solve, re-verify the answer with the independent checker, and
//! write it in the solution format. A disagreement between the solver's objective and the
//! checker's is an error, never a file.

use crate::check::{check, CheckReport};
use crate::format::{Assignment, Objective, Problem, Solution, Status, SOLUTION_FORMAT};
use crate::model::Stop;
use crate::solve::{relative_gap, solve_stands, Options, Outcome, Progress};
use std::fmt;

/// A solved stop: the solution file's content, with what produced it.
#[derive(Debug, Clone)]
pub struct Planned {
    /// The solution, ready to write.
    pub solution: Solution,
    /// The solver's outcome (stages, sizes).
    pub outcome: Outcome,
    /// The checker's report on the layout, when there is one.
    pub report: Option<CheckReport>,
}

/// The solver and the checker disagree: a bug, reported loudly.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    /// What the solver says the layout costs.
    pub solver: f64,
    /// What the checker recomputes.
    pub checker: f64,
    /// Hard constraints the checker found broken.
    pub violations: Vec<String>,
}

impl fmt::Display for Disagreement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the solver's objective {} differs from the checker's {}",
            self.solver, self.checker
        )?;
        for v in &self.violations {
            write!(f, "; {v}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Disagreement {}

/// Agreement tolerance between solver and checker.
const TOLERANCE: f64 = 1e-6;

/// Plans a stop's stands: solves, checks, and builds the solution.
pub fn plan(
    name: &str,
    problem: &Problem,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Planned, Disagreement> {
    let stop = Stop::new(name, problem);
    let outcome = solve_stands(&stop, options, progress);
    let mut solution = Solution {
        format: SOLUTION_FORMAT.into(),
        problem: name.into(),
        status: outcome.status,
        objective: None,
        bound: None,
        gap: None,
        seconds: round_seconds(outcome.seconds),
        assignments: vec![],
        sessions: vec![],
        explanations: outcome.infeasible.clone(),
    };
    let Some(stand_of) = &outcome.stand_of else {
        return Ok(Planned {
            solution,
            outcome,
            report: None,
        });
    };
    solution.assignments = stand_of
        .iter()
        .enumerate()
        .map(|(e, &s)| Assignment {
            exhibitor: stop.exhibitors[e].id.clone(),
            stand: stop.stands[s].id.clone(),
        })
        .collect();
    let report = check(problem, &stop, &solution);
    let solver = outcome.objective.unwrap_or(f64::NAN);
    let checker = report.objective.total;
    if !report.is_valid() || (solver - checker).abs() > TOLERANCE * checker.abs().max(1.0) {
        return Err(Disagreement {
            solver,
            checker,
            violations: report.violations.iter().map(|v| v.text.clone()).collect(),
        });
    }
    let objective = tidy(report.objective.clone());
    let bound = tidy_number(
        outcome
            .bound
            .unwrap_or(f64::NEG_INFINITY)
            .min(objective.total),
    );
    let gap = tidy_number(relative_gap(objective.total, bound));
    solution.status = if gap <= crate::solve::OPTIMAL_GAP {
        Status::Optimal
    } else {
        outcome.status
    };
    solution.objective = Some(objective);
    solution.bound = Some(bound);
    solution.gap = Some(gap);
    solution.explanations = report.justifications.clone();
    Ok(Planned {
        solution,
        outcome,
        report: Some(report),
    })
}

/// Rounds away float noise (1e-9) so that the same layout always prints the same numbers.
pub fn tidy_number(x: f64) -> f64 {
    let r = (x * 1e9).round() / 1e9;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

fn tidy(o: Objective) -> Objective {
    Objective {
        total: tidy_number(o.total),
        clash: tidy_number(o.clash),
        zone_balance: tidy_number(o.zone_balance),
        prime_balance: tidy_number(o.prime_balance),
        empty_prime: tidy_number(o.empty_prime),
        missed_session: tidy_number(o.missed_session),
        unattended: tidy_number(o.unattended),
        neighbour_watch: tidy_number(o.neighbour_watch),
    }
}

fn round_seconds(s: f64) -> f64 {
    (s * 1000.0).round() / 1000.0
}

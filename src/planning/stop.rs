//! A stop planned end to end, in short phases: the stands (solved, or kept from a given
//! layout), then the sessions given the stands ([`crate::solve::whole`]), then the solution
//! file, re-verified by the independent checker ([`super::solution`]). A disagreement between
//! the solver's objective and the checker's is an error, never a file.

use super::solution::{assignments, check_solution, session_plans, Claim, SolutionWriter};
use crate::check::CheckReport;
use crate::format::{Explanation, Problem, Solution, Status};
use crate::solve::counts::balance_bound;
use crate::solve::whole::{plan_sessions, Seated, Seating, WholePlan};
use crate::solve::{solve_stands, Budget, Options, Outcome, Progress};
use crate::stop::layout::Layout;
use crate::stop::model::Stop;
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
        let mut text = crate::t!(
            "planning-disagreement",
            solver = self.solver.to_string(),
            checker = self.checker.to_string()
        );
        for v in &self.violations {
            text.push_str("; ");
            text.push_str(v);
        }
        f.write_str(&text)
    }
}

impl std::error::Error for Disagreement {}

/// Which parts of the plan to make.
#[derive(Debug, Clone, Copy)]
pub enum Parts<'a> {
    /// Stands, then sessions given the stands.
    Whole,
    /// Stands only: the solution holds no timetable.
    Stands,
    /// Sessions only, keeping the stands of an existing solution.
    Sessions {
        /// The solution whose assignments are kept.
        layout: &'a Solution,
    },
}

impl Parts<'_> {
    /// Whether a timetable is planned for this stop.
    fn plans_sessions(&self, stop: &Stop) -> bool {
        !matches!(self, Parts::Stands) && !stop.sessions.is_empty()
    }

    /// Whether the stands may still change under the timetable.
    fn seating(&self) -> Seating {
        match self {
            Parts::Whole => Seating::Reseatable,
            _ => Seating::Kept,
        }
    }
}

/// Why a plan could not be written.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanError {
    /// The solver and the checker disagree (a bug).
    Disagreement(Disagreement),
    /// The layout given to keep is not a valid layout of this stop.
    BadLayout(Vec<String>),
    /// The plan's objective is not a finite number (weights too large to add up).
    NotFinite {
        /// The total the checker found.
        total: f64,
    },
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::Disagreement(d) => write!(f, "{d}"),
            PlanError::BadLayout(v) => {
                f.write_str(&crate::t!("planning-bad-layout", why = v.join("; ")))
            }
            PlanError::NotFinite { total } => {
                f.write_str(&crate::t!("planning-not-finite", total = total.to_string()))
            }
        }
    }
}

impl std::error::Error for PlanError {}

/// Plans a whole stop (stands, then sessions): solves, checks, and builds the solution.
pub fn plan(
    name: &str,
    problem: &Problem,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Planned, PlanError> {
    plan_parts(name, problem, options, progress, Parts::Whole)
}

/// Passes stage news on to the caller's progress and to tracing (`caravane -v`).
struct Traced<'a>(&'a dyn Progress);

impl Progress for Traced<'_> {
    fn stage(&self, name: &str, detail: &str) {
        tracing::info!(stage = name, "{detail}");
        self.0.stage(name, detail);
    }

    fn totals(&self, best: f64, bound: f64) {
        self.0.totals(best, bound);
    }
}

/// Plans the chosen parts of a stop.
///
/// The timetable couples to the layout only through `neighbour_watch`, so the stands are
/// planned first and the sessions given them ([`plan_sessions`]). The bound of the whole is the
/// stands' bound plus the best timetable of *any* layout: when the timetable found for the
/// chosen layout meets it, the whole plan is proven optimal; otherwise the status says
/// `feasible` with the gap.
pub fn plan_parts(
    name: &str,
    problem: &Problem,
    options: &Options,
    progress: &dyn Progress,
    parts: Parts,
) -> Result<Planned, PlanError> {
    let progress = &Traced(progress);
    let budget = Budget::start(options);
    let stop = Stop::new(name, problem);
    let writer = SolutionWriter::new(name, problem, &budget);
    let mut outcome = match parts {
        Parts::Sessions { layout } => kept_stands(problem, &stop, layout, &budget)?,
        _ if parts.plans_sessions(&stop) => {
            solve_stands(&stop, &budget.stands_before_timetable(), progress)
        }
        _ => solve_stands(&stop, &budget.stands_alone(), progress),
    };
    let (Some(stand_of), Some(cost)) = (outcome.stand_of.clone(), outcome.objective) else {
        let why = outcome.infeasible.clone();
        return Ok(no_plan(&writer, outcome.status, why, outcome));
    };
    let seated = Seated { stand_of, cost };
    let whole = if parts.plans_sessions(&stop) {
        let stages = &mut outcome.stages;
        match plan_sessions(&stop, seated, parts.seating(), &budget, progress, stages) {
            Ok(whole) => whole,
            Err(none) => return Ok(no_plan(&writer, none.status, none.why, outcome)),
        }
    } else {
        WholePlan::stands_only(seated)
    };
    let claim = Claim {
        objective: Some(whole.cost()),
        bound: outcome.bound.unwrap_or(0.0) + whole.session_bound.unwrap_or(0.0),
    };
    outcome.stand_of = Some(whole.seated.stand_of.clone());
    outcome.objective = Some(whole.seated.cost);
    outcome.seconds = budget.seconds();
    let (solution, report) = writer.checked(
        assignments(&stop, &whole.seated.stand_of),
        session_plans(&stop, &whole.timetable),
        claim,
    )?;
    Ok(Planned {
        solution,
        outcome,
        report: Some(report),
    })
}

/// The stands of a given layout, once the checker finds it valid for this stop, valued by the
/// checker. The stands are given, but the bound must hold over every plan: the least balance
/// cost of any layout (the count model) bounds the stand terms.
fn kept_stands(
    problem: &Problem,
    stop: &Stop,
    layout: &Solution,
    budget: &Budget,
) -> Result<Outcome, PlanError> {
    let stands_only = Solution {
        sessions: vec![],
        ..layout.clone()
    };
    let report = check_solution(problem, &stands_only);
    if !report.is_valid() {
        return Err(PlanError::BadLayout(
            report.violations.iter().map(|v| v.text.clone()).collect(),
        ));
    }
    let stand_of = Layout::from_solution(stop, layout)
        .complete()
        .expect("a valid layout places everyone");
    let total = report.objective.total;
    let stands_bound = balance_bound(stop, budget.bound_over_every_layout()).min(total);
    Ok(Outcome {
        status: Status::Feasible,
        stand_of: Some(stand_of),
        objective: Some(total),
        bound: Some(stands_bound),
        seconds: 0.0,
        infeasible: vec![],
        stages: vec![],
    })
}

/// A solution file with no plan (infeasible, or stopped before one was found), and the outcome
/// that led to it.
fn no_plan(
    writer: &SolutionWriter,
    status: Status,
    why: Vec<Explanation>,
    outcome: Outcome,
) -> Planned {
    Planned {
        solution: writer.without_plan(status, why),
        outcome,
        report: None,
    }
}

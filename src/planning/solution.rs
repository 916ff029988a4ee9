//! The solution file of a planned or re-planned stop, made in one place: the layout and the
//! programme in the file's ids, re-verified by the independent checker, with the status, bound
//! and gap that follow from the checker's objective.
//!
//! A plan whose solver objective the checker does not reproduce, or that breaks a hard
//! constraint, is an error ([`PlanError::Disagreement`]), never a file; so is a plan whose
//! objective is not a finite number ([`PlanError::NotFinite`]).

use super::stop::{Disagreement, PlanError};
use crate::check::{check, CheckReport};
use crate::format::{
    Assignment, Explanation, Objective, Problem, SessionPlan, Solution, Status, SOLUTION_FORMAT,
};
use crate::solve::features::session_slots::SessionOption;
use crate::solve::{relative_gap, Budget, OPTIMAL_GAP};
use crate::stop::model::Stop;

/// Agreement tolerance between solver and checker.
const TOLERANCE: f64 = 1e-6;

/// The checker's report on a solution of the stop: every planning step asks the checker here.
pub(crate) fn check_solution(problem: &Problem, solution: &Solution) -> CheckReport {
    check(problem, solution)
}

/// The assignments of a complete layout (`stand_of[e]` is the stand of exhibitor `e`), by id.
pub fn assignments(stop: &Stop, stand_of: &[usize]) -> Vec<Assignment> {
    stand_of
        .iter()
        .enumerate()
        .map(|(e, &s)| Assignment {
            exhibitor: stop.exhibitors[e].id.clone(),
            stand: stop.stands[s].id.clone(),
        })
        .collect()
}

/// The sessions of a timetable (one option per session), by id.
pub fn session_plans(stop: &Stop, timetable: &[SessionOption]) -> Vec<SessionPlan> {
    timetable
        .iter()
        .map(|o| SessionPlan {
            session: stop.sessions[o.session].id.clone(),
            room: stop.rooms[o.room].id.clone(),
            slots: o.slots.iter().map(|&t| stop.slots[t].id.clone()).collect(),
        })
        .collect()
}

/// What the solver claims of a plan, for the checker to confirm.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Claim {
    /// The solver's own value of the whole objective; None when the plan is valued by the
    /// checker alone (a re-plan), so that only the hard constraints are compared.
    pub objective: Option<f64>,
    /// A proven lower bound on the objective of every plan of the stop.
    pub bound: f64,
}

/// Makes the solution files of one stop.
pub struct SolutionWriter<'a> {
    name: &'a str,
    problem: &'a Problem,
    budget: &'a Budget,
}

impl<'a> SolutionWriter<'a> {
    /// A writer for the stop `name`; the seconds written are those of the budget's clock.
    pub fn new(name: &'a str, problem: &'a Problem, budget: &'a Budget) -> SolutionWriter<'a> {
        SolutionWriter {
            name,
            problem,
            budget,
        }
    }

    /// A file with no plan: the stop is infeasible (with the reasons), or a limit stopped the
    /// search before any plan was found.
    pub fn without_plan(&self, status: Status, why: Vec<Explanation>) -> Solution {
        Solution {
            format: SOLUTION_FORMAT.into(),
            problem: self.name.into(),
            problem_sha256: Some(crate::check::fingerprint(self.problem)),
            status,
            objective: None,
            bound: None,
            gap: None,
            stopped: None,
            seconds: round_seconds(self.budget.seconds()),
            assignments: vec![],
            sessions: vec![],
            explanations: why,
        }
    }

    /// The file of a plan, once the checker confirms it: the checker's objective (float noise
    /// rounded away), the bound and gap that follow, the status they prove, and the checker's
    /// explanation of every cost.
    ///
    /// # Errors
    /// When the plan breaks a hard constraint, or the checker does not reproduce the solver's
    /// objective.
    pub fn checked(
        &self,
        assignments: Vec<Assignment>,
        sessions: Vec<SessionPlan>,
        claim: Claim,
    ) -> Result<(Solution, CheckReport), PlanError> {
        let mut solution = Solution {
            assignments,
            sessions,
            ..self.without_plan(Status::Feasible, vec![])
        };
        let report = check_solution(self.problem, &solution);
        let checker = report.objective.total;
        if !checker.is_finite() {
            return Err(PlanError::NotFinite { total: checker });
        }
        // Written so that a NaN on either side counts as a disagreement.
        let agree = claim
            .objective
            .is_none_or(|solver| (solver - checker).abs() <= TOLERANCE * checker.abs().max(1.0));
        if !report.is_valid() || !agree {
            return Err(PlanError::Disagreement(Disagreement {
                solver: claim.objective.unwrap_or(f64::NAN),
                checker,
                violations: report.violations.iter().map(|v| v.text.clone()).collect(),
            }));
        }
        let objective = tidy(report.objective.clone());
        // Every term is 0 or more: so is every bound.
        let bound = tidy_number(claim.bound.max(0.0).min(objective.total));
        let gap = tidy_number(relative_gap(objective.total, bound));
        solution.status = if gap <= OPTIMAL_GAP {
            Status::Optimal
        } else {
            Status::Feasible
        };
        solution.objective = Some(objective);
        solution.bound = Some(bound);
        solution.gap = Some(gap);
        solution.explanations = report.justifications.clone();
        Ok((solution, report))
    }
}

/// Rounds away float noise (1e-9) so that the same layout always prints the same numbers; a
/// number too large to carry such noise is kept as it is.
pub fn tidy_number(x: f64) -> f64 {
    if !(x * 1e9).is_finite() {
        return x;
    }
    let r = (x * 1e9).round() / 1e9;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// The objective with float noise rounded away ([`tidy_number`]).
pub fn tidy(o: Objective) -> Objective {
    crate::terms::map_objective(&o, tidy_number)
}

fn round_seconds(s: f64) -> f64 {
    (s * 1000.0).round() / 1000.0
}

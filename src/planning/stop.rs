//! A stop planned end to end: stands, then sessions given the stands; re-verify the answer with
//! the independent checker, and write it in the solution format. A disagreement between the solver's objective and the
//! checker's is an error, never a file.

use crate::check::{check, CheckReport};
use crate::format::{
    Assignment, Objective, Problem, SessionPlan, Solution, Status, SOLUTION_FORMAT,
};
use crate::solve::features::session_slots::SessionOption;
use crate::solve::highs::Limits;
use crate::solve::search;
use crate::solve::timetable::solve_timetable;
use crate::solve::{
    relative_gap, solve_stands, Options, Outcome, Progress, StageReport, OPTIMAL_GAP,
};
use crate::stop::model::Stop;
use std::fmt;
use std::time::Instant;

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

/// Why a plan could not be written.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanError {
    /// The solver and the checker disagree (a bug).
    Disagreement(Disagreement),
    /// The layout given to keep is not a valid layout of this stop.
    BadLayout(Vec<String>),
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::Disagreement(d) => write!(f, "{d}"),
            PlanError::BadLayout(v) => write!(
                f,
                "the layout to keep is not valid for this stop: {}",
                v.join("; ")
            ),
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
}

fn empty_solution(
    name: &str,
    status: Status,
    seconds: f64,
    explanations: Vec<crate::format::Explanation>,
) -> Solution {
    Solution {
        format: SOLUTION_FORMAT.into(),
        problem: name.into(),
        problem_sha256: None,
        status,
        objective: None,
        bound: None,
        gap: None,
        seconds: round_seconds(seconds),
        assignments: vec![],
        sessions: vec![],
        explanations,
    }
}

/// Plans the chosen parts of a stop; the solution records the stop it was made for
/// ([`crate::check::fingerprint`]).
pub fn plan_parts(
    name: &str,
    problem: &Problem,
    options: &Options,
    progress: &dyn Progress,
    parts: Parts,
) -> Result<Planned, PlanError> {
    let mut planned = plan_parts_unrecorded(name, problem, options, progress, parts)?;
    planned.solution.problem_sha256 = Some(crate::check::fingerprint(problem));
    Ok(planned)
}

/// Plans the chosen parts of a stop.
///
/// The timetable couples to the layout only through `neighbour_watch`, so the stands are
/// planned first and the sessions given them. The bound of the whole is the stands' bound plus
/// the best timetable of *any* layout (the timetable model without `neighbour_watch`): when the
/// timetable found for the chosen layout meets it, the whole plan is proven optimal; otherwise
/// the status says `feasible` with the gap.
fn plan_parts_unrecorded(
    name: &str,
    problem: &Problem,
    options: &Options,
    progress: &dyn Progress,
    parts: Parts,
) -> Result<Planned, PlanError> {
    let traced = Traced(progress);
    let progress: &dyn Progress = &traced;
    let started = Instant::now();
    let stop = Stop::new(name, problem);
    let (outcome, stand_of) = match parts {
        Parts::Sessions { layout } => {
            let probe = Solution {
                sessions: vec![],
                ..layout.clone()
            };
            let report = check(problem, &probe);
            if !report.is_valid() {
                return Err(PlanError::BadLayout(
                    report.violations.iter().map(|v| v.text.clone()).collect(),
                ));
            }
            let stand_of: Vec<usize> = crate::check::stands_of(&stop, layout)
                .into_iter()
                .map(|s| s.expect("valid layout"))
                .collect();
            let total = report.objective.total;
            // The stands are given, but the bound must hold over every plan: the least balance
            // cost of any layout (the count model) bounds the stand terms.
            let limits = Limits {
                time_limit: options.time_limit.map(|l| l * 0.2),
                rel_gap: options.gap.max(OPTIMAL_GAP) * 0.5,
                threads: options.threads,
                presolve: false,
            };
            let stands_bound = crate::solve::counts::CountModel::build(&stop, false, None)
                .solve(limits)
                .result
                .bound
                .unwrap_or(0.0)
                .min(total);
            let outcome = Outcome {
                status: Status::Feasible,
                stand_of: Some(stand_of.clone()),
                objective: Some(total),
                bound: Some(stands_bound),
                seconds: 0.0,
                infeasible: vec![],
                stages: vec![],
            };
            (outcome, stand_of)
        }
        _ => {
            // Keep time for the timetable when there is one to plan.
            let stands_options = Options {
                time_limit: options.time_limit.map(|l| {
                    if stop.sessions.is_empty() || matches!(parts, Parts::Stands) {
                        l
                    } else {
                        l * 0.6
                    }
                }),
                ..*options
            };
            let outcome = solve_stands(&stop, &stands_options, progress);
            let Some(stand_of) = outcome.stand_of.clone() else {
                return Ok(no_plan(
                    name,
                    outcome.status,
                    outcome.seconds,
                    outcome.infeasible.clone(),
                    outcome,
                ));
            };
            (outcome, stand_of)
        }
    };
    let mut outcome = outcome;
    let mut stand_of = stand_of;
    let mut solver_total = outcome.objective.unwrap_or(f64::NAN);
    let mut bound = outcome.bound.unwrap_or(f64::NEG_INFINITY);
    let mut sessions = vec![];
    if !matches!(parts, Parts::Stands) && !stop.sessions.is_empty() {
        let limits = || Limits {
            time_limit: options
                .time_limit
                .map(|l| (l - started.elapsed().as_secs_f64()).max(0.01)),
            rel_gap: options.gap.max(OPTIMAL_GAP) * 0.5,
            threads: options.threads,
            presolve: true,
        };
        // First the best timetable of any layout (without `neighbour_watch`): its bound bounds
        // the session terms of every layout, and its timetable starts the search for this one.
        let watch_matters = stop.weights.counts(crate::terms::Term::NeighbourWatch);
        let reseat = watch_matters && matches!(parts, Parts::Whole);
        let (any_bound, any_plan) = if watch_matters {
            progress.stage("timetable", "bounding the session terms over every layout");
            let half = Limits {
                time_limit: limits().time_limit.map(|t| t * 0.5),
                ..limits()
            };
            let any = solve_timetable(&stop, None, half, None);
            outcome
                .stages
                .push(timetable_stage("timetable-bound", &any));
            if !any.infeasible.is_empty() {
                return Ok(no_plan(
                    name,
                    Status::Infeasible,
                    started.elapsed().as_secs_f64(),
                    any.infeasible,
                    outcome,
                ));
            }
            (any.bound, any.plan)
        } else {
            (None, None)
        };
        // Seat one-person neighbours apart where that timetable has them both away.
        if let (true, Some(any_plan)) = (reseat, &any_plan) {
            let away = away_by_exhibitor(&stop, any_plan);
            let deadline = options
                .time_limit
                .map(|l| started + std::time::Duration::from_secs_f64(l));
            let (candidate, _) = search::reduce_clashes(
                &stop,
                stand_of.clone(),
                0.0,
                options.seed,
                deadline,
                Some(search::watch_under(&stop, &away)),
            );
            stand_of = candidate;
            outcome.objective = Some(search::stand_cost(&stop, &stand_of));
        }
        progress.stage("timetable", "scheduling the sessions given the stands");
        // Keep time for re-seating when the layout may still change.
        let share = if reseat {
            Limits {
                time_limit: limits().time_limit.map(|t| t * 0.5),
                ..limits()
            }
        } else {
            limits()
        };
        let given = solve_timetable(&stop, Some(&stand_of), share, any_plan.as_deref());
        outcome.stages.push(timetable_stage("timetable", &given));
        // A timetable that held every session for any layout holds them for this one too.
        let fallback = any_plan.clone().map(|p| {
            let cost = crate::solve::timetable::session_cost(&stop, Some(&stand_of), &p);
            (p, cost)
        });
        let Some((plan, first_cost)) = given.plan.clone().zip(given.objective).or(fallback) else {
            let status = if given.infeasible.is_empty() {
                Status::Unknown
            } else {
                Status::Infeasible
            };
            return Ok(no_plan(
                name,
                status,
                started.elapsed().as_secs_f64(),
                given.infeasible,
                outcome,
            ));
        };
        let mut plan = plan;
        let mut session_cost = first_cost;
        solver_total = outcome.objective.unwrap_or(f64::NAN);
        // The layout was chosen before the timetable: where neighbours kept by one person are
        // both away under it, re-seat them (keeping the balance) and re-schedule, while the
        // whole objective improves.
        if reseat {
            let target = any_bound.unwrap_or(0.0);
            for round in 0..3u64 {
                let out_of_time = options
                    .time_limit
                    .is_some_and(|l| started.elapsed().as_secs_f64() >= l);
                if session_cost <= target + 1e-9 || out_of_time {
                    break;
                }
                let away = away_by_exhibitor(&stop, &plan);
                let deadline = options
                    .time_limit
                    .map(|l| started + std::time::Duration::from_secs_f64(l));
                let (candidate, _) = search::reduce_clashes(
                    &stop,
                    stand_of.clone(),
                    0.0,
                    options.seed + round + 1,
                    deadline,
                    Some(search::watch_under(&stop, &away)),
                );
                if candidate == stand_of {
                    break;
                }
                let again = solve_timetable(&stop, Some(&candidate), limits(), Some(&plan));
                outcome.stages.push(timetable_stage("re-seat", &again));
                let (Some(p2), Some(c2)) = (again.plan, again.objective) else {
                    break;
                };
                let stands = search::stand_cost(&stop, &candidate);
                if stands + c2 < solver_total + session_cost - 1e-9 {
                    solver_total = stands;
                    stand_of = candidate;
                    plan = p2;
                    session_cost = c2;
                } else {
                    break;
                }
            }
        }
        solver_total += session_cost;
        let any = if watch_matters {
            any_bound
        } else {
            given.bound
        };
        bound += any.unwrap_or(0.0);
        sessions = plan
            .iter()
            .map(|o| SessionPlan {
                session: stop.sessions[o.session].id.clone(),
                room: stop.rooms[o.room].id.clone(),
                slots: o.slots.iter().map(|&t| stop.slots[t].id.clone()).collect(),
            })
            .collect();
    }
    outcome.seconds = started.elapsed().as_secs_f64();
    let mut solution = empty_solution(name, outcome.status, outcome.seconds, vec![]);
    solution.assignments = stand_of
        .iter()
        .enumerate()
        .map(|(e, &s)| Assignment {
            exhibitor: stop.exhibitors[e].id.clone(),
            stand: stop.stands[s].id.clone(),
        })
        .collect();
    solution.sessions = sessions;
    let report = check(problem, &solution);
    let checker = report.objective.total;
    // Written so that a NaN on either side counts as a disagreement.
    let agree = (solver_total - checker).abs() <= TOLERANCE * checker.abs().max(1.0);
    if !report.is_valid() || !agree {
        return Err(PlanError::Disagreement(Disagreement {
            solver: solver_total,
            checker,
            violations: report.violations.iter().map(|v| v.text.clone()).collect(),
        }));
    }
    let objective = tidy(report.objective.clone());
    let bound = tidy_number(bound.min(objective.total));
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

/// The objective with float noise rounded away ([`tidy_number`]).
pub fn tidy(o: Objective) -> Objective {
    crate::terms::map_objective(&o, tidy_number)
}

fn round_seconds(s: f64) -> f64 {
    (s * 1000.0).round() / 1000.0
}

/// The slots each exhibitor is away at a session under a timetable.
fn away_by_exhibitor(stop: &Stop, plan: &[SessionOption]) -> Vec<Vec<usize>> {
    stop.exhibitors
        .iter()
        .map(|x| {
            let mut slots: Vec<usize> = plan
                .iter()
                .filter(|o| x.sessions.contains(&o.session))
                .flat_map(|o| o.slots.iter().copied())
                .collect();
            slots.sort_unstable();
            slots.dedup();
            slots
        })
        .collect()
}

/// The report of a timetable stage.
fn timetable_stage(
    name: &'static str,
    t: &crate::solve::timetable::TimetableOutcome,
) -> StageReport {
    StageReport {
        name,
        variables: t.size.0,
        rows: t.size.1,
        seconds: t.seconds,
        result: format!(
            "{:?}, sessions {:?}, bound {:?}",
            t.status, t.objective, t.bound
        ),
    }
}

/// A solution file with no plan (infeasible, or stopped before one was found), and the outcome
/// that led to it.
fn no_plan(
    name: &str,
    status: Status,
    seconds: f64,
    why: Vec<crate::format::Explanation>,
    outcome: Outcome,
) -> Planned {
    Planned {
        solution: empty_solution(name, status, seconds, why),
        outcome,
        report: None,
    }
}

//! Trade-offs between two sides of a plan, proven: the exact Pareto fronts that let officials
//! choose between proven options instead of accepting one weighting.
//!
//! * [`clash_balance_front`]: for each reachable level of the weighted clash, the least weighted
//!   balance side (every other stand term: the balance terms, `empty_prime`, `rotation`), and
//!   the least clash at that balance. Lexicographic ε-constraint over the exact placement model
//!   ([`PlacementModel`]): the first point has the least balance side any layout has (the count
//!   model's bound tells the solve where to stop), then the least clash at that balance; each
//!   next point has the least balance side among the layouts with strictly less clash than the
//!   point before (the previous balance is a proven lower bound for it), then the least clash at
//!   that balance. The front ends when the clash reaches the least clash of any layout (proven
//!   by the clash-only model) or no layout is left.
//! * [`moves_objective_front`]: for a re-plan, the best whole objective with at most `k` chosen
//!   moves, for `k` = 0, 1, 2, … until the best objective of any re-plan is reached; each point
//!   is one re-plan ([`replan`]) with `max_moves: Some(k)` and no cost per move. With no cost
//!   per move and no limit, a re-plan minimises the whole objective over every plan of the
//!   changed stop, so the last value is known beforehand from the plain plan
//!   ([`super::stop::plan`]), which is much faster to prove than an unlimited re-plan.
//!
//! Every point becomes a whole solution through the ordinary planning path (its stands kept,
//! its sessions planned for them), checked by the independent checker; the two values on the
//! front are the checker's, never the model's. A point is `optimal` when every solve behind its
//! claim was proven, else `feasible` with the larger gap of those solves; points that another
//! point dominates are removed.

use super::replan::{replan, Priority, ReplanOptions};
use super::solution::{assignments, check_solution, tidy_number, SolutionWriter};
use super::stop::{plan, plan_parts, Parts, PlanError};
use crate::format::{Objective, Problem, Solution, Status};
use crate::solve::counts::balance_bound;
use crate::solve::highs::{MipResult, MipStatus};
use crate::solve::placement::{layout_from_places, PlacementModel, StandTerms};
use crate::solve::{relative_gap, solve_stands, Budget, Options, Progress};
use crate::stop::model::Stop;
use crate::terms::{Part, Term, Weights};

/// How much less clash (weighted) the next point of a clash–balance front must have than the
/// one before: far below any difference two layouts can make with the weights people use, far
/// above the solver's tolerances.
pub const CLASH_STEP: f64 = 1e-4;

/// Tolerance when comparing two values of a front.
const TOLERANCE: f64 = 1e-6;

/// The two sides a front is drawn between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Between {
    /// Weighted clash against the weighted balance side of the stand objective.
    ClashBalance,
    /// Chosen moves of a re-plan against its whole objective.
    MovesObjective,
}

impl Between {
    /// The names of the two values, as `front.json` writes them.
    pub fn names(self) -> [&'static str; 2] {
        match self {
            Between::ClashBalance => ["clash", "balance"],
            Between::MovesObjective => ["moves", "objective"],
        }
    }
}

/// One point of a front: a checked solution and its two values.
#[derive(Debug, Clone)]
pub struct FrontPoint {
    /// The first value: the weighted clash, or the number of chosen moves.
    pub first: f64,
    /// The second value: the weighted balance side, or the whole objective.
    pub second: f64,
    /// `optimal` when the point's claim is proven, else `feasible`.
    pub status: Status,
    /// The relative gap of the point's claim (0 when proven).
    pub gap: f64,
    /// Exhibitors with a stand other than in the point before (none for the first point of a
    /// clash–balance front); chosen moves of a re-plan on a moves–objective front.
    pub moves: Option<usize>,
    /// The whole solution of the point, checked.
    pub solution: Solution,
}

/// A front, ordered by its first value (decreasing clash, or increasing moves).
#[derive(Debug, Clone)]
pub struct Front {
    /// The two sides.
    pub between: Between,
    /// The points, none dominated by another.
    pub points: Vec<FrontPoint>,
    /// Whether the front is whole: false when the time limit stopped it before its last point.
    pub complete: bool,
    /// Wall-clock seconds.
    pub seconds: f64,
}

/// The clash side of a checked objective: the weighted clash term.
pub fn clash_side(weights: &Weights, objective: &Objective) -> f64 {
    weights[Term::Clash] * objective.clash
}

/// The balance side of a checked objective: the weighted stand objective less the weighted
/// clash, i.e. the whole total less the clash side and less every weighted session term. It
/// stays right whatever balance terms the stand objective counts.
pub fn balance_side(weights: &Weights, objective: &Objective) -> f64 {
    let sessions: f64 = Term::ALL
        .iter()
        .filter(|t| t.info().part == Part::Sessions)
        .map(|&t| weights[t] * t.value_in(objective))
        .sum();
    objective.total - clash_side(weights, objective) - sessions
}

/// The options of a step that may use what is left of the time limit.
fn time_left(budget: &Budget) -> Options {
    let options = *budget.options();
    Options {
        time_limit: options.time_limit.map(|l| (l - budget.seconds()).max(0.05)),
        ..options
    }
}

/// The exact Pareto front of the weighted clash and the weighted balance side of a stop's
/// stands (see the module). Progress goes to `progress`; the time limit of `options` bounds the
/// whole front, and a front it stops short is marked incomplete.
///
/// # Errors
/// When the stop has no layout, or the solver and the checker disagree.
pub fn clash_balance_front(
    name: &str,
    problem: &Problem,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Front, PlanError> {
    let budget = Budget::start(options);
    let stop = Stop::new(name, problem);
    // A first layout, and the lower bounds the staged solve proves.
    let outcome = solve_stands(&stop, &time_left(&budget), progress);
    let Some(first_layout) = outcome.stand_of.clone() else {
        let mut why: Vec<String> = outcome.infeasible.into_iter().map(|e| e.text).collect();
        if why.is_empty() {
            why.push(crate::t!("front-no-layout"));
        }
        return Err(PlanError::BadLayout(why));
    };
    let balance_least = balance_bound(&stop, budget.counts()).max(0.0);
    let clash_least = least_clash(&stop, &budget, &first_layout);
    let mut found: Vec<(Vec<usize>, Status, f64)> = Vec::new();
    let mut previous: Option<(f64, f64)> = None;
    let mut complete = true;
    loop {
        if budget.out_of_time() {
            complete = false;
            break;
        }
        let step = found.len() + 1;
        progress.stage(
            "front",
            &crate::t!("front-progress-point", point = step as f64),
        );
        // Least balance with less clash than the point before.
        let mut m = PlacementModel::build(&stop, StandTerms::All);
        if let Some((clash, _)) = previous {
            m.clash_at_most(clash - CLASH_STEP);
        }
        m.minimise_balance();
        let start = previous.is_none().then_some(first_layout.as_slice());
        let balance_lb = previous.map_or(balance_least, |(_, b)| b);
        let (res, places, groups) = m.solve(budget.whole_stands(), start, 0.0, balance_lb);
        if res.objective.is_none() {
            complete = res.status == MipStatus::Infeasible;
            break;
        }
        let by_balance = layout_from_places(&stop, &groups, &places, &res);
        let (_, balance) = sides(problem, &stop, &by_balance);
        // Least clash at that balance.
        let mut m = PlacementModel::build(&stop, StandTerms::All);
        m.balance_at_most(balance + TOLERANCE * balance.abs().max(1.0));
        m.minimise_clash();
        let (res2, places, groups) =
            m.solve(budget.whole_stands(), Some(&by_balance), clash_least.0, 0.0);
        let layout = if res2.objective.is_some() {
            layout_from_places(&stop, &groups, &places, &res2)
        } else {
            by_balance
        };
        let (clash, _) = sides(problem, &stop, &layout);
        let proven = res.status == MipStatus::Optimal && res2.status == MipStatus::Optimal;
        let gap = solve_gap(&res).max(solve_gap(&res2));
        let status = if proven {
            Status::Optimal
        } else {
            Status::Feasible
        };
        if previous.is_some_and(|(c, _)| clash > c - CLASH_STEP / 2.0) {
            // No less clash than before (a limit stopped the solve): the front ends here.
            complete = false;
            break;
        }
        found.push((layout, status, if proven { 0.0 } else { gap }));
        // The least balance of step one, exact, bounds the next point's balance from below.
        previous = Some((clash, balance));
        if clash <= clash_least.0 + TOLERANCE && clash_least.1 {
            break;
        }
    }
    let points = whole_points(name, problem, &stop, &budget, progress, found)?;
    Ok(Front {
        between: Between::ClashBalance,
        points: undominated(points),
        complete,
        seconds: budget.seconds(),
    })
}

/// The least weighted clash of any layout, and whether it is proven (else a lower bound).
fn least_clash(stop: &Stop, budget: &Budget, start: &[usize]) -> (f64, bool) {
    let model = PlacementModel::build(stop, StandTerms::ClashOnly);
    let (res, _, _) = model.solve(budget.least_clash(), Some(start), 0.0, 0.0);
    match (res.status, res.objective) {
        (MipStatus::Optimal, Some(x)) => (x, true),
        _ => (res.bound.unwrap_or(0.0).max(0.0), false),
    }
}

/// The relative gap of one solve (infinite when it found nothing or proved nothing).
fn solve_gap(res: &MipResult) -> f64 {
    match (res.objective, res.bound) {
        (Some(x), Some(b)) => relative_gap(x, b),
        _ => f64::INFINITY,
    }
}

/// The checker's clash and balance sides of a layout's stands.
fn sides(problem: &Problem, stop: &Stop, stand_of: &[usize]) -> (f64, f64) {
    let solution = Solution {
        assignments: assignments(stop, stand_of),
        ..stands_file(problem, stop)
    };
    let o = check_solution(problem, &solution).objective;
    (
        clash_side(&stop.weights, &o),
        balance_side(&stop.weights, &o),
    )
}

/// An empty solution file of the stop, to fill with stands.
fn stands_file(problem: &Problem, stop: &Stop) -> Solution {
    let budget = Budget::start(&Options::default());
    SolutionWriter::new(&stop.name, problem, &budget).without_plan(Status::Feasible, vec![])
}

/// Each layout of a front made a whole solution (its stands kept, its sessions planned), and
/// its values read from the checker.
fn whole_points(
    name: &str,
    problem: &Problem,
    stop: &Stop,
    budget: &Budget,
    progress: &dyn Progress,
    found: Vec<(Vec<usize>, Status, f64)>,
) -> Result<Vec<FrontPoint>, PlanError> {
    let mut points: Vec<FrontPoint> = Vec::new();
    for (layout, status, gap) in found {
        let stands = Solution {
            assignments: assignments(stop, &layout),
            ..stands_file(problem, stop)
        };
        let planned = plan_parts(
            name,
            problem,
            &time_left(budget),
            progress,
            Parts::Sessions { layout: &stands },
        )?;
        let solution = planned.solution;
        let Some(o) = solution.objective.clone() else {
            return Err(PlanError::BadLayout(vec![crate::t!("front-no-timetable")]));
        };
        let moves = points
            .last()
            .map(|p| super::moves::moves_between(&p.solution, &solution).len());
        points.push(FrontPoint {
            first: tidy_number(clash_side(&stop.weights, &o)),
            second: tidy_number(balance_side(&stop.weights, &o)),
            status,
            gap,
            moves,
            solution,
        });
    }
    Ok(points)
}

/// The points that no other point dominates (no worse on both sides, better on one), in their
/// order.
fn undominated(points: Vec<FrontPoint>) -> Vec<FrontPoint> {
    let dominates = |a: &FrontPoint, b: &FrontPoint| {
        a.first <= b.first + TOLERANCE
            && a.second <= b.second + TOLERANCE
            && (a.first < b.first - TOLERANCE || a.second < b.second - TOLERANCE)
    };
    let keep: Vec<bool> = points
        .iter()
        .map(|p| !points.iter().any(|q| dominates(q, p)))
        .collect();
    points
        .into_iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect()
}

/// For a re-plan of a stop that changed since `announced`: the best whole objective with at
/// most `k` chosen moves, for `k` = 0, 1, 2, … until the best objective of any re-plan is
/// reached (see the module). Only points that strictly improve on the one before are kept.
///
/// # Errors
/// When the changed stop has no layout or no timetable, or the solver and the checker
/// disagree.
pub fn moves_objective_front(
    name: &str,
    problem: &Problem,
    announced: &Solution,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Front, PlanError> {
    let budget = Budget::start(options);
    let replan_with = |max_moves: Option<usize>| {
        let options = ReplanOptions {
            priority: Priority::Weighted { cost: 0.0 },
            max_moves,
            solve: time_left(&budget),
        };
        replan(name, problem, announced, &options)
    };
    // With no cost per move and no limit on them, a re-plan minimises the whole objective over
    // every plan of the changed stop: the plain plan of that stop, much faster to prove.
    progress.stage("front", &crate::t!("front-progress-best"));
    let best = plan(name, problem, &time_left(&budget), &())?;
    let best_total = objective_total(&best.solution);
    let most = Stop::new(name, problem).exhibitors.len();
    let mut points: Vec<FrontPoint> = Vec::new();
    let mut complete = true;
    for k in 0..=most {
        if budget.out_of_time() {
            complete = false;
            break;
        }
        progress.stage(
            "front",
            &crate::t!("front-progress-moves", moves = k as f64),
        );
        let done = replan_with(Some(k))?;
        let total = objective_total(&done.solution);
        let proven = done.stopped == crate::format::Stopped::Proved;
        if points
            .last()
            .is_none_or(|p| total < p.second - TOLERANCE * p.second.abs().max(1.0))
        {
            points.push(FrontPoint {
                first: done.chosen_moves as f64,
                second: total,
                status: if proven {
                    Status::Optimal
                } else {
                    Status::Feasible
                },
                gap: if proven {
                    0.0
                } else {
                    done.solution.gap.unwrap_or(f64::INFINITY)
                },
                moves: Some(done.chosen_moves),
                solution: done.solution,
            });
        }
        if total <= best_total + TOLERANCE * best_total.abs().max(1.0) {
            break;
        }
    }
    Ok(Front {
        between: Between::MovesObjective,
        points: undominated(points),
        complete,
        seconds: budget.seconds(),
    })
}

/// The whole objective of a checked solution (infinite without one).
fn objective_total(solution: &Solution) -> f64 {
    solution
        .objective
        .as_ref()
        .map_or(f64::INFINITY, |o| o.total)
}

//! The sessions of a stop given its stands, and the stands re-seated under the timetable.
//!
//! The timetable couples to the layout only through `neighbour_watch` (two neighbouring
//! one-person stands both away at a session), so the stands are planned first and the sessions
//! given them. When that term counts:
//!
//! 1. **Every layout.** The best timetable of *any* layout (the timetable model without
//!    `neighbour_watch`) bounds the session terms of every plan, and starts the search for the
//!    chosen layout's timetable.
//! 2. **Seat apart.** Where the stands may still change, one-person neighbours that this
//!    timetable leaves both away are seated apart, keeping the balance.
//! 3. **Timetable given the stands.** If its solve finds nothing, the timetable of step 1 holds
//!    every session for this layout too; failing that (a limit stopped both), a greedy one
//!    ([`super::greedy`]).
//! 4. **Re-seat.** While the whole objective improves (at most three rounds, within the time
//!    limit), the stands are re-seated under the timetable found and the timetable solved again.
//!
//! When `neighbour_watch` does not count, the timetable given the stands is the best of every
//! layout, and its own bound is the bound of the session terms.

use super::budget::Budget;
use super::features::session_slots::SessionOption;
use super::greedy::greedy_timetable;
use super::search;
use super::timetable::{session_cost, solve_timetable, TimetableOutcome};
use super::{Progress, StageReport};
use crate::format::{Explanation, Status};
use crate::stop::model::Stop;
use crate::terms::Term;

/// Whether the stands may still change once the timetable is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seating {
    /// The stands are given: only the timetable is planned.
    Kept,
    /// The stands may be re-seated under the timetable while the whole objective improves.
    Reseatable,
}

/// A complete layout and its stand objective (weighted), as the solver values it.
#[derive(Debug, Clone, PartialEq)]
pub struct Seated {
    /// The stand of each exhibitor.
    pub stand_of: Vec<usize>,
    /// The weighted stand terms of that layout.
    pub cost: f64,
}

/// Stands and sessions planned together, with the solver's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct WholePlan {
    /// The stands.
    pub seated: Seated,
    /// The option chosen for each session, in session order (empty without sessions).
    pub timetable: Vec<SessionOption>,
    /// The weighted session terms of that timetable for those stands.
    pub session_cost: f64,
    /// A proven lower bound on the session terms of every plan, when one is known.
    pub session_bound: Option<f64>,
}

impl WholePlan {
    /// A plan of the stands alone: no timetable, nothing to bound.
    pub fn stands_only(seated: Seated) -> WholePlan {
        WholePlan {
            seated,
            timetable: vec![],
            session_cost: 0.0,
            session_bound: None,
        }
    }

    /// The whole objective (weighted), as the solver values it.
    pub fn cost(&self) -> f64 {
        self.seated.cost + self.session_cost
    }
}

/// Why no timetable came out: none exists (with the reasons), or a limit stopped the search.
#[derive(Debug, Clone, PartialEq)]
pub struct NoTimetable {
    /// `infeasible` or `unknown`.
    pub status: Status,
    /// Why no timetable exists, when none does.
    pub why: Vec<Explanation>,
}

/// Plans the sessions of a stop given its stands, re-seating the stands under the timetable
/// when `seating` allows it. The report of every timetable solve is added to `stages`.
pub fn plan_sessions(
    stop: &Stop,
    seated: Seated,
    seating: Seating,
    budget: &Budget,
    progress: &dyn Progress,
    stages: &mut Vec<StageReport>,
) -> Result<WholePlan, NoTimetable> {
    let watch_matters = stop.weights.counts(Term::NeighbourWatch);
    let reseat = watch_matters && seating == Seating::Reseatable;
    let (any_bound, any_plan) = if watch_matters {
        let any = best_of_any_layout(stop, budget, progress, stages)?;
        (any.bound, any.plan)
    } else {
        (None, None)
    };
    let mut seated = seated;
    if let (true, Some(plan)) = (reseat, &any_plan) {
        let stand_of = seat_apart_under(stop, &seated.stand_of, plan, budget, 0);
        let cost = search::stand_cost(stop, &stand_of);
        seated = Seated { stand_of, cost };
    }
    progress.stage("timetable", "scheduling the sessions given the stands");
    let limits = if reseat {
        budget.timetable_before_reseating()
    } else {
        budget.timetable()
    };
    let given = solve_timetable(stop, Some(&seated.stand_of), limits, any_plan.as_deref());
    stages.push(given.report("timetable"));
    let session_bound = if watch_matters {
        any_bound
    } else {
        given.bound
    };
    let (timetable, session_cost) = timetable_or_fallback(stop, &seated, given, any_plan)?;
    let mut whole = WholePlan {
        seated,
        timetable,
        session_cost,
        session_bound,
    };
    if reseat {
        reseat_while_better(stop, &mut whole, any_bound.unwrap_or(0.0), budget, stages);
    }
    Ok(whole)
}

/// The best timetable of any layout (without `neighbour_watch`); an error when none exists.
fn best_of_any_layout(
    stop: &Stop,
    budget: &Budget,
    progress: &dyn Progress,
    stages: &mut Vec<StageReport>,
) -> Result<TimetableOutcome, NoTimetable> {
    progress.stage("timetable", "bounding the session terms over every layout");
    let any = solve_timetable(stop, None, budget.timetable_before_reseating(), None);
    stages.push(any.report("timetable-bound"));
    if any.infeasible.is_empty() {
        Ok(any)
    } else {
        Err(NoTimetable {
            status: Status::Infeasible,
            why: any.infeasible,
        })
    }
}

/// The timetable found for the stands, or else the one found for any layout (a timetable that
/// held every session for any layout holds them for this one too), or else a greedy one (when a
/// limit stopped both solves). With its cost.
fn timetable_or_fallback(
    stop: &Stop,
    seated: &Seated,
    given: TimetableOutcome,
    any_plan: Option<Vec<SessionOption>>,
) -> Result<(Vec<SessionOption>, f64), NoTimetable> {
    let fallback = any_plan.or_else(|| greedy_timetable(stop)).map(|p| {
        let cost = session_cost(stop, Some(&seated.stand_of), &p);
        (p, cost)
    });
    if let Some(found) = given.plan.zip(given.objective).or(fallback) {
        return Ok(found);
    }
    let status = if given.infeasible.is_empty() {
        Status::Unknown
    } else {
        Status::Infeasible
    };
    Err(NoTimetable {
        status,
        why: given.infeasible,
    })
}

/// The layout was chosen before the timetable: where neighbours kept by one person are both
/// away under it, re-seat them (keeping the balance) and re-schedule, while the whole objective
/// improves and the session terms stay above `target`, their bound.
fn reseat_while_better(
    stop: &Stop,
    whole: &mut WholePlan,
    target: f64,
    budget: &Budget,
    stages: &mut Vec<StageReport>,
) {
    for round in 0..3u64 {
        if whole.session_cost <= target + 1e-9 || budget.out_of_time() {
            break;
        }
        let stand_of = seat_apart_under(
            stop,
            &whole.seated.stand_of,
            &whole.timetable,
            budget,
            round + 1,
        );
        if stand_of == whole.seated.stand_of {
            break;
        }
        let again = solve_timetable(
            stop,
            Some(&stand_of),
            budget.timetable(),
            Some(&whole.timetable),
        );
        stages.push(again.report("re-seat"));
        let (Some(timetable), Some(session_cost)) = (again.plan, again.objective) else {
            break;
        };
        let cost = search::stand_cost(stop, &stand_of);
        if cost + session_cost < whole.seated.cost + whole.session_cost - 1e-9 {
            whole.seated = Seated { stand_of, cost };
            whole.timetable = timetable;
            whole.session_cost = session_cost;
        } else {
            break;
        }
    }
}

/// A layout with the same balance in which one-person neighbours are seldom both away under
/// the timetable; the search's seed is the options' seed plus `round`.
fn seat_apart_under(
    stop: &Stop,
    stand_of: &[usize],
    timetable: &[SessionOption],
    budget: &Budget,
    round: u64,
) -> Vec<usize> {
    let away = away_by_exhibitor(stop, timetable);
    let (stand_of, _) = search::reduce_clashes(
        stop,
        stand_of.to_vec(),
        0.0,
        budget.options().seed + round,
        budget.deadline(),
        search::watch_under(stop, &away),
    );
    stand_of
}

/// The slots each exhibitor is away at a session under a timetable.
fn away_by_exhibitor(stop: &Stop, timetable: &[SessionOption]) -> Vec<Vec<usize>> {
    stop.exhibitors
        .iter()
        .map(|x| {
            let mut slots: Vec<usize> = timetable
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

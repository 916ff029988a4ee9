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
//!
//! A re-plan runs the same steps ([`plan_sessions_for`]) with a [`SessionGoal`] of its own: the
//! announced programme, where it still holds, is the timetable the stands are first seated
//! under and the search starts from; each session that leaves it costs a move in every
//! timetable model (and in the bound); and the stands are re-seated by the re-plan's exact
//! placement model, moves counted, instead of the plan's local search.

use super::budget::Budget;
use super::features::session_slots::SessionOption;
use super::greedy::greedy_timetable;
use super::highs::MipStatus;
use super::search;
use super::timetable::{session_cost, solve_timetable, Keeping, TimetableOutcome};
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
    /// The weighted stand terms of that layout (in a re-plan, plus the cost of its moves).
    pub cost: f64,
}

/// How the stands are seated anew under a timetable, and when that can no longer help.
pub trait Reseat {
    /// A layout for the stands under `timetable`, from `seated`, valued as the plan counts it;
    /// `round` numbers the attempts (0: under the first timetable, before the stands' own).
    fn seat_under(
        &mut self,
        stop: &Stop,
        seated: &Seated,
        timetable: &[SessionOption],
        round: u64,
    ) -> Seated;

    /// Whether the plan meets what is proven, so that re-seating cannot help.
    fn settled(&self, whole: &WholePlan) -> bool;
}

/// The plan's re-seating: a local search that keeps the balance and seats apart one-person
/// neighbours both away, until the session terms meet their bound.
struct KeepingTheBalance<'a> {
    budget: &'a Budget,
}

impl Reseat for KeepingTheBalance<'_> {
    fn seat_under(
        &mut self,
        stop: &Stop,
        seated: &Seated,
        timetable: &[SessionOption],
        round: u64,
    ) -> Seated {
        let stand_of = seat_apart_under(stop, &seated.stand_of, timetable, self.budget, round);
        let cost = search::stand_cost(stop, &stand_of);
        Seated { stand_of, cost }
    }

    fn settled(&self, whole: &WholePlan) -> bool {
        whole.session_cost <= whole.session_bound.unwrap_or(0.0) + 1e-9
    }
}

/// What the sessions are planned for, besides the session terms.
pub struct SessionGoal<'a> {
    /// How the stands are re-seated under a timetable; None when they are kept.
    pub reseat: Option<&'a mut dyn Reseat>,
    /// An announced programme to keep where it can (a re-plan).
    pub keep: Option<Keeping<'a>>,
    /// A timetable that holds every session (the announced one, in a re-plan): the stands are
    /// first seated under it and the search starts from it, instead of the best timetable of
    /// any layout.
    pub start: Option<&'a [SessionOption]>,
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
    /// Whether a limit stopped one of the timetable solves, or the re-seating, short of its end.
    pub limited: bool,
}

impl WholePlan {
    /// A plan of the stands alone: no timetable, nothing to bound.
    pub fn stands_only(seated: Seated) -> WholePlan {
        WholePlan {
            seated,
            timetable: vec![],
            session_cost: 0.0,
            session_bound: None,
            limited: false,
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
    let mut balance = KeepingTheBalance { budget };
    let goal = SessionGoal {
        reseat: match seating {
            Seating::Reseatable => Some(&mut balance),
            Seating::Kept => None,
        },
        keep: None,
        start: None,
    };
    plan_sessions_for(stop, seated, goal, budget, progress, stages)
}

/// Plans the sessions of a stop given its stands, for a goal (see the module's steps). The
/// stands are re-seated only when `neighbour_watch` counts and the goal says how.
pub fn plan_sessions_for(
    stop: &Stop,
    seated: Seated,
    goal: SessionGoal,
    budget: &Budget,
    progress: &dyn Progress,
    stages: &mut Vec<StageReport>,
) -> Result<WholePlan, NoTimetable> {
    let watch_matters = stop.weights.counts(Term::NeighbourWatch);
    let mut reseat = goal.reseat.filter(|_| watch_matters);
    let mut limited = false;
    let (any_bound, any_plan) = if watch_matters {
        let any = best_of_any_layout(stop, goal.keep, goal.start, budget, progress, stages)?;
        limited |= any.status != MipStatus::Optimal;
        (any.bound, any.plan)
    } else {
        (None, None)
    };
    let first: Option<Vec<SessionOption>> = goal.start.map(<[_]>::to_vec).or(any_plan);
    let mut seated = seated;
    if let (Some(r), Some(plan)) = (reseat.as_deref_mut(), &first) {
        seated = r.seat_under(stop, &seated, plan, 0);
    }
    progress.stage("timetable", &crate::t!("planning-progress-timetable"));
    let limits = if reseat.is_some() {
        budget.timetable_before_reseating()
    } else {
        budget.timetable()
    };
    let given = solve_timetable(
        stop,
        Some(&seated.stand_of),
        limits,
        first.as_deref(),
        goal.keep,
        any_bound,
    );
    stages.push(given.report("timetable"));
    limited |= given.status != MipStatus::Optimal;
    let session_bound = if watch_matters {
        any_bound
    } else {
        given.bound
    };
    let (timetable, session_cost) = timetable_or_fallback(stop, &seated, given, first, goal.keep)?;
    let mut whole = WholePlan {
        seated,
        timetable,
        session_cost,
        session_bound,
        limited,
    };
    if let Some(r) = reseat {
        reseat_while_better(stop, &mut whole, r, goal.keep, budget, stages);
    }
    Ok(whole)
}

/// The best timetable of any layout (without `neighbour_watch`, with the cost of leaving the
/// announced programme when keeping one), started from `start`; an error when none exists.
fn best_of_any_layout(
    stop: &Stop,
    keep: Option<Keeping>,
    start: Option<&[SessionOption]>,
    budget: &Budget,
    progress: &dyn Progress,
    stages: &mut Vec<StageReport>,
) -> Result<TimetableOutcome, NoTimetable> {
    progress.stage("timetable", &crate::t!("planning-progress-timetable-bound"));
    let limits = budget.timetable_before_reseating();
    let any = solve_timetable(stop, None, limits, start, keep, None);
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
    keep: Option<Keeping>,
) -> Result<(Vec<SessionOption>, f64), NoTimetable> {
    let fallback = any_plan.or_else(|| greedy_timetable(stop)).map(|p| {
        let cost = session_cost(stop, Some(&seated.stand_of), &p)
            + keep.map_or(0.0, |k| k.cost_of(stop, &p));
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

/// The layout was chosen before the timetable: re-seat the stands under the timetable found
/// and re-schedule, while the whole objective improves, the plan is not settled (it meets what
/// is proven) and time is left; at most three rounds.
fn reseat_while_better(
    stop: &Stop,
    whole: &mut WholePlan,
    reseat: &mut dyn Reseat,
    keep: Option<Keeping>,
    budget: &Budget,
    stages: &mut Vec<StageReport>,
) {
    for round in 0..3u64 {
        if reseat.settled(whole) {
            break;
        }
        if budget.out_of_time() {
            whole.limited = true;
            break;
        }
        let seated = reseat.seat_under(stop, &whole.seated, &whole.timetable, round + 1);
        if seated.stand_of == whole.seated.stand_of {
            break;
        }
        let again = solve_timetable(
            stop,
            Some(&seated.stand_of),
            budget.timetable(),
            Some(&whole.timetable),
            keep,
            whole.session_bound,
        );
        stages.push(again.report("re-seat"));
        whole.limited |= again.status != MipStatus::Optimal;
        let (Some(timetable), Some(session_cost)) = (again.plan, again.objective) else {
            break;
        };
        if seated.cost + session_cost < whole.cost() - 1e-9 {
            whole.seated = seated;
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
        budget.seating_apart_deadline(),
        search::watch_under(stop, &away),
    );
    stand_of
}

/// The slots each exhibitor is away at a session under a timetable.
pub fn away_by_exhibitor(stop: &Stop, timetable: &[SessionOption]) -> Vec<Vec<usize>> {
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

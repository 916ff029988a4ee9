//! Late changes: re-planning a stop that changed, with as few moves as the whole objective
//! allows.
//!
//! **Moves** are defined in [`super::moves`]: an exhibitor moves when it had a stand in the
//! announced solution and gets another one, forced when the change of the stop left no choice,
//! chosen otherwise; a session moves when it leaves its announced room or slots.
//!
//! **One objective.** A re-plan minimises the whole objective (stand terms and session terms,
//! as the checker counts them) plus `move_cost` per chosen move of an exhibitor and per chosen
//! move of a session (default [`DEFAULT_MOVE_COST`]), within at most `max_moves` chosen moves
//! of exhibitors. It runs the steps of a plan:
//!
//! 1. **Stands.** The exact placement model of the stand terms plus the cost of moves, in which
//!    each exhibitor with a stand to keep has its own placement variables, started from the
//!    announced layout. Its bound holds for the stand terms plus moves of every layout.
//! 2. **Sessions** ([`crate::solve::whole`]). The timetable model with the cost of leaving the
//!    announced programme: without a layout it bounds the session terms plus session moves of
//!    every timetable (the plan's bound of the sessions); given the stands it finds their
//!    timetable, started from the announced programme when that still holds.
//! 3. **Re-seat**, when `neighbour_watch` counts: the stands are seated again under the
//!    timetable by the placement model with moves and `neighbour_watch` under that timetable
//!    (exact for that timetable), and the timetable solved again, while the whole improves.
//!
//! The sum of the two bounds is a lower bound on what the re-plan minimises over every plan
//! within the allowed moves. The solution file's `bound` is that sum less the cost of the moves
//! the re-plan makes: no plan that costs no more in moves has a smaller objective. So the file
//! says `optimal`, gap 0, exactly when the re-plan is proven best for what it minimises, and
//! `stopped` says why the search ended ([`Stopped`]).
//!
//! Two lexicographic readings: *fewest moves first* (the least number of moves any layout
//! needs, then the best objective with that many, each session that moves costing
//! [`DEFAULT_MOVE_COST`]), and *best objective first within at most K moves* (`max_moves` K
//! with a move cost of 0).
//!
//! The best free stand for one newcomer, everyone else kept, is [`super::recommend`]; with at
//! most 0 moves, the re-plan seats a single newcomer by the same ranking under its timetable,
//! so that both agree.

pub use super::moves::{Departure, Move, SessionMove};
pub use super::recommend::{recommend, Candidate};

use super::moves::{as_far_as_it_applies, departures, free_stands};
use super::moves::{Announced, AnnouncedProgramme, NewPlan};
use super::solution::{assignments, check_solution, session_plans, tidy_number};
use super::solution::{Claim, SolutionWriter};
use super::stop::PlanError;
use crate::format::{Problem, Solution, Status, Stopped};
use crate::solve::features::session_slots::SessionOption;
use crate::solve::highs::MipStatus;
use crate::solve::placement::{layout_from_places, watched, PlacementModel, StandTerms};
use crate::solve::search::stand_cost;
use crate::solve::timetable::{repaired, session_cost, Keeping};
use crate::solve::whole::{
    away_by_exhibitor, plan_sessions_for, NoTimetable, Reseat, Seated, SessionGoal, WholePlan,
};
use crate::solve::{Budget, Options, OPTIMAL_GAP};
use crate::stop::model::Stop;
use crate::terms::Term;
use std::collections::BTreeSet;

/// What a chosen move costs, in objective units, unless told otherwise: half a side-by-side
/// clash of two sellers of the same family at the default weights.
pub const DEFAULT_MOVE_COST: f64 = 5.0;

/// Tolerance when comparing the solver's values with its bounds.
const TOLERANCE: f64 = 1e-6;

/// How to re-plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Priority {
    /// Objective plus `cost` per chosen move.
    Weighted {
        /// The cost of a move.
        cost: f64,
    },
    /// The fewest moves any layout needs, then the best objective with that many.
    FewestMovesFirst,
}

impl Priority {
    /// What a session that leaves its announced room or slots costs: the cost of a move, or
    /// [`DEFAULT_MOVE_COST`] when moves are counted first (they have no cost of their own then).
    pub fn session_move_cost(self) -> f64 {
        match self {
            Priority::Weighted { cost } => cost,
            Priority::FewestMovesFirst => DEFAULT_MOVE_COST,
        }
    }

    /// What a chosen move of an exhibitor costs in the objective of the layout.
    fn stand_move_cost(self) -> f64 {
        match self {
            Priority::Weighted { cost } => cost,
            Priority::FewestMovesFirst => 0.0,
        }
    }
}

/// Options of a re-plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReplanOptions {
    /// What to put first.
    pub priority: Priority,
    /// At most so many chosen moves.
    pub max_moves: Option<usize>,
    /// Options of the solves: every time limit of the re-plan, and the gap it may stop at, come
    /// from them.
    pub solve: Options,
}

impl Default for ReplanOptions {
    fn default() -> Self {
        ReplanOptions {
            priority: Priority::Weighted {
                cost: DEFAULT_MOVE_COST,
            },
            max_moves: None,
            solve: Options::default(),
        }
    }
}

/// A re-planned stop.
#[derive(Debug, Clone)]
pub struct Replanned {
    /// The new solution (checked).
    pub solution: Solution,
    /// Who left: the exhibitors of the announced solution the changed stop no longer has.
    pub left: Vec<Departure>,
    /// The stands nobody holds in the new layout.
    pub free: Vec<String>,
    /// Who arrives or moves, and why.
    pub moves: Vec<Move>,
    /// Chosen moves (not forced, not newcomers).
    pub chosen_moves: usize,
    /// The objective of the announced layout on the changed stop, for the exhibitors it still
    /// places (None when nobody of it remains).
    pub before: Option<f64>,
    /// Whether the programme kept every announced session in its room and slots.
    pub sessions_kept: bool,
    /// The sessions that left their announced room or slots, or are new, and why.
    pub sessions_moved: Vec<SessionMove>,
    /// Why the search ended; [`Stopped::Proved`] when no plan that costs no more in moves has a
    /// smaller objective.
    pub stopped: Stopped,
}

/// Re-plans a stop that changed since `old` was announced.
///
/// # Errors
/// When the solver and the checker disagree, or the new stop has no layout or no timetable.
pub fn replan(
    name: &str,
    problem: &Problem,
    old: &Solution,
    options: &ReplanOptions,
) -> Result<Replanned, PlanError> {
    let budget = Budget::start(&options.solve);
    let stop = Stop::new(name, problem);
    let announced = Announced::read(&stop, old);
    let programme = AnnouncedProgramme::read(&stop, old);
    let late = LateChange {
        problem,
        stop: &stop,
        old,
        announced: &announced,
        options,
        budget: &budget,
    };
    let stands = late.stands()?;
    let kept_programme = programme.options();
    let keep = Keeping {
        announced: &kept_programme,
        cost: options.priority.session_move_cost(),
    };
    let whole = late.sessions(&stands, keep)?;
    // What the moves made cost: the solver's value less this is the objective it claims.
    let moves_cost = stands.moves.0 * late.chosen_moves(&whole.seated.stand_of) as f64
        + keep.cost_of(&stop, &whole.timetable);
    let claim = Claim {
        objective: Some(whole.cost() - moves_cost),
        bound: stands.bound + whole.session_bound.unwrap_or(0.0) - moves_cost,
    };
    let writer = SolutionWriter::new(name, problem, &budget);
    let (mut solution, _) = writer.checked(
        assignments(&stop, &whole.seated.stand_of),
        session_plans(&stop, &whole.timetable),
        claim,
    )?;
    let stopped = stopped(&solution, options, stands.limited || whole.limited);
    solution.stopped = Some(stopped);
    let new = NewPlan {
        problem,
        stop: &stop,
        solution: &solution,
    };
    let moves = announced.moves(&new);
    let sessions_moved = programme.moves(&new);
    Ok(Replanned {
        left: departures(&stop, old),
        free: free_stands(&stop, &whole.seated.stand_of),
        chosen_moves: moves.iter().filter(|m| !m.forced).count(),
        moves,
        before: late.announced_objective(),
        sessions_kept: sessions_moved.is_empty(),
        sessions_moved,
        stopped,
        solution,
    })
}

/// Why the search of a checked re-plan ended: proved when it meets its bound, else the gap asked
/// for when reached, else the time limit when a stage was stopped by it, else every stage ran to
/// its end.
fn stopped(solution: &Solution, options: &ReplanOptions, limited: bool) -> Stopped {
    let gap = solution.gap.unwrap_or(f64::INFINITY);
    if solution.status == Status::Optimal {
        Stopped::Proved
    } else if gap <= options.solve.gap.max(OPTIMAL_GAP) {
        Stopped::Gap
    } else if limited {
        Stopped::TimeLimit
    } else {
        Stopped::StagesDone
    }
}

/// The stands of the changed stop, before the sessions.
struct Stands {
    /// The layout, valued with its moves.
    seated: Seated,
    /// A lower bound on the stand terms plus the cost of moves of every layout within the
    /// allowed moves.
    bound: f64,
    /// The cost of a chosen move, and the most chosen moves allowed.
    moves: (f64, Option<usize>),
    /// Whether a limit stopped a solve short of its end.
    limited: bool,
}

/// A stop that changed since `old` was announced, and how to re-plan it.
struct LateChange<'a> {
    problem: &'a Problem,
    stop: &'a Stop,
    old: &'a Solution,
    announced: &'a Announced<'a>,
    options: &'a ReplanOptions,
    budget: &'a Budget,
}

impl LateChange<'_> {
    /// The newcomer to seat by the ranking of [`recommend`]: the only one, when no move is
    /// allowed and nobody is forced to move.
    fn single_newcomer(&self) -> Option<usize> {
        match self.announced.newcomers()[..] {
            [e] if self.options.max_moves == Some(0) && self.announced.nothing_forced() => Some(e),
            _ => None,
        }
    }

    /// The exhibitors with a group of their own in the placement models: those with a stand
    /// to keep, and those `neighbour_watch` may concern.
    fn apart(&self) -> BTreeSet<usize> {
        let keep = &self.announced.keep;
        let mut apart: BTreeSet<usize> = (0..keep.len()).filter(|&e| keep[e].is_some()).collect();
        if self.stop.weights.counts(Term::NeighbourWatch) {
            apart.extend(watched(self.stop));
        }
        apart
    }

    /// The exhibitors of a layout that leave a stand they could keep.
    fn chosen_moves(&self, stand_of: &[usize]) -> usize {
        let keep = &self.announced.keep;
        (0..keep.len())
            .filter(|&e| keep[e].is_some_and(|s| s != stand_of[e]))
            .count()
    }

    /// A layout valued with the cost of its chosen moves.
    fn seated(&self, stand_of: Vec<usize>, move_cost: f64) -> Seated {
        let cost =
            stand_cost(self.stop, &stand_of) + move_cost * self.chosen_moves(&stand_of) as f64;
        Seated { stand_of, cost }
    }

    /// Step 1: the layout of least stand terms plus cost of moves (within the allowed moves),
    /// with its bound.
    fn stands(&self) -> Result<Stands, PlanError> {
        if let Some(e) = self.single_newcomer() {
            return self.newcomer_on_free_stands(e);
        }
        let start = self.announced_completed();
        let mut limited = false;
        let (cost, max) = match self.options.priority {
            Priority::Weighted { .. } => (
                self.options.priority.stand_move_cost(),
                self.options.max_moves,
            ),
            Priority::FewestMovesFirst => {
                let (fewest, proven) = self.fewest_moves(start.as_deref());
                limited |= !proven;
                (0.0, fewest.or(self.options.max_moves))
            }
        };
        let timetable_after = !self.stop.sessions.is_empty();
        let (res, stand_of) = self.placement(
            (cost, max),
            None,
            self.budget.replan_layout(timetable_after),
            start.as_deref(),
        );
        limited |= res != MipStatus::Optimal;
        let (stand_of, bound) = match (stand_of, start) {
            (Some(found), _) => found,
            // Nothing found within the limits: the announced layout, completed.
            (None, Some(start)) => (start, 0.0),
            (None, None) => {
                return Err(PlanError::BadLayout(vec![crate::t!(
                    "planning-replan-no-layout"
                )]))
            }
        };
        Ok(Stands {
            seated: self.seated(stand_of, cost),
            bound,
            moves: (cost, max),
            limited,
        })
    }

    /// Step 1 for a single newcomer and no move: every free stand is tried (everyone else
    /// kept), the least stand terms bound the stands, and the first stand [`recommend`] ranks
    /// under the announced programme seats it.
    fn newcomer_on_free_stands(&self, e: usize) -> Result<Stands, PlanError> {
        let stop = self.stop;
        let free = (0..stop.stands.len())
            .filter(|&s| stop.admissible(e, s) && !self.announced.keep.contains(&Some(s)));
        let bound = free
            .map(|s| stand_cost(stop, &self.with_newcomer(e, s)))
            .fold(f64::INFINITY, f64::min);
        let seated = self.best_free_stand(e, &self.old.sessions)?;
        Ok(Stands {
            seated,
            bound: if bound.is_finite() { bound } else { 0.0 },
            moves: (0.0, Some(0)),
            limited: false,
        })
    }

    /// Everyone kept, and newcomer `e` on stand `s`.
    fn with_newcomer(&self, e: usize, s: usize) -> Vec<usize> {
        let mut seats = self.announced.keep.clone();
        seats[e] = Some(s);
        seats
            .into_iter()
            .collect::<Option<Vec<usize>>>()
            .expect("everyone else keeps the stand they had")
    }

    /// Everyone kept, and newcomer `e` on the stand [`recommend`] puts first under the
    /// programme `sessions`.
    fn best_free_stand(
        &self,
        e: usize,
        sessions: &[crate::format::SessionPlan],
    ) -> Result<Seated, PlanError> {
        let stop = self.stop;
        let under = Solution {
            sessions: sessions.to_vec(),
            ..self.old.clone()
        };
        let best = recommend(self.problem, stop, &under, &stop.exhibitors[e].id, 1)
            .map_err(|why| PlanError::BadLayout(vec![why]))?;
        let s = stop
            .stands
            .iter()
            .position(|x| x.id == best[0].stand)
            .expect("a recommended stand is a stand of the stop");
        Ok(self.seated(self.with_newcomer(e, s), 0.0))
    }

    /// The placement model with the cost of moves (`moves`: cost and most allowed), and
    /// `neighbour_watch` under a timetable when `under` gives the slots each exhibitor is away
    /// (with the stands' bound), solved from `start`: its status, and the layout found with its
    /// bound.
    fn placement(
        &self,
        (cost, max): (f64, Option<usize>),
        under: Option<(&[Vec<usize>], f64)>,
        limits: crate::solve::highs::Limits,
        start: Option<&[usize]>,
    ) -> (MipStatus, Option<(Vec<usize>, f64)>) {
        let stop = self.stop;
        let mut m = PlacementModel::build_apart(stop, StandTerms::All, &self.apart());
        m.add_moves(&self.announced.keep, cost, max);
        if let Some((away, bound)) = under {
            // The stand terms and moves alone cannot go below the stands' bound.
            m.at_least(bound);
            m.add_watch(stop, away);
        }
        let (res, places, groups) = m.solve(limits, start, 0.0, 0.0);
        let found = res.objective.map(|_| {
            (
                layout_from_places(stop, &groups, &places, &res),
                res.bound.unwrap_or(0.0),
            )
        });
        (res.status, found)
    }

    /// The fewest chosen moves any layout needs (within the allowed moves), when found, and
    /// whether that is proven.
    fn fewest_moves(&self, start: Option<&[usize]>) -> (Option<usize>, bool) {
        let mut m = PlacementModel::build_apart(self.stop, StandTerms::All, &self.apart());
        let moves = m.add_moves(&self.announced.keep, 0.0, self.options.max_moves);
        m.minimise_moves(moves);
        let (res, _, _) = m.solve(self.budget.fewest_moves(), start, 0.0, 0.0);
        (
            res.objective.map(|x| x.round() as usize),
            res.status == MipStatus::Optimal,
        )
    }

    /// The announced layout, with newcomers and forced movers on the first free stands they
    /// may take; None when some of them finds none.
    fn announced_completed(&self) -> Option<Vec<usize>> {
        let stop = self.stop;
        let mut seats = self.announced.keep.clone();
        let mut used: BTreeSet<usize> = seats.iter().flatten().copied().collect();
        for e in 0..seats.len() {
            if seats[e].is_none() {
                let s = (0..stop.stands.len())
                    .find(|&s| !used.contains(&s) && stop.admissible(e, s))?;
                seats[e] = Some(s);
                used.insert(s);
            }
        }
        seats.into_iter().collect()
    }

    /// Steps 2 and 3: the sessions for the layout found, the stands re-seated under them when
    /// `neighbour_watch` counts; with the cost of leaving the announced programme.
    fn sessions(&self, stands: &Stands, keep: Keeping) -> Result<WholePlan, PlanError> {
        let stop = self.stop;
        if stop.sessions.is_empty() {
            return Ok(WholePlan::stands_only(stands.seated.clone()));
        }
        // The announced programme, repaired where the change broke it, starts the search.
        let start = repaired(stop, keep.announced)
            .filter(|t| self.programme_holds(&stands.seated.stand_of, t));
        let mut reseat = Reseating {
            change: self,
            moves: stands.moves,
            bound: stands.bound,
            limited: false,
        };
        let goal = SessionGoal {
            reseat: Some(&mut reseat),
            keep: Some(keep),
            start: start.as_deref(),
        };
        let mut stages = Vec::new();
        let whole = plan_sessions_for(
            stop,
            stands.seated.clone(),
            goal,
            self.budget,
            &(),
            &mut stages,
        )
        .map_err(no_timetable)?;
        for s in &stages {
            tracing::info!(stage = s.name, "{}", s.result);
        }
        Ok(WholePlan {
            limited: whole.limited || reseat.limited,
            ..whole
        })
    }

    /// Whether a timetable holds every rule of the changed stop (with the layout given).
    fn programme_holds(&self, stand_of: &[usize], timetable: &[SessionOption]) -> bool {
        let solution = Solution {
            assignments: assignments(self.stop, stand_of),
            sessions: session_plans(self.stop, timetable),
            ..self.old.clone()
        };
        check_solution(self.problem, &solution).is_valid()
    }

    /// The objective of the announced layout, as far as it still applies (None when nobody of
    /// it remains).
    fn announced_objective(&self) -> Option<f64> {
        let was = as_far_as_it_applies(self.stop, self.old);
        (!was.assignments.is_empty())
            .then(|| tidy_number(check_solution(self.problem, &was).objective.total))
    }
}

/// Why the changed stop has no timetable, as a refusal.
fn no_timetable(none: NoTimetable) -> PlanError {
    let mut why: Vec<String> = none.why.into_iter().map(|e| e.text).collect();
    if why.is_empty() {
        why.push(crate::t!("planning-replan-no-timetable"));
    }
    PlanError::BadLayout(why)
}

/// The re-plan's re-seating: the stands seated again under a timetable by the placement model
/// with the cost of moves and `neighbour_watch` under that timetable, or, for a single newcomer
/// and no move, by the ranking of [`recommend`].
struct Reseating<'a, 'b> {
    change: &'a LateChange<'b>,
    moves: (f64, Option<usize>),
    /// The stands' bound (stand terms plus moves).
    bound: f64,
    limited: bool,
}

impl Reseat for Reseating<'_, '_> {
    fn seat_under(
        &mut self,
        stop: &Stop,
        seated: &Seated,
        timetable: &[SessionOption],
        _round: u64,
    ) -> Seated {
        let change = self.change;
        if let Some(e) = change.single_newcomer() {
            let sessions = session_plans(stop, timetable);
            return change
                .best_free_stand(e, &sessions)
                .unwrap_or_else(|_| seated.clone());
        }
        let watch = session_cost(stop, Some(&seated.stand_of), timetable)
            - session_cost(stop, None, timetable);
        if watch <= TOLERANCE && seated.cost <= self.bound + TOLERANCE {
            // Nothing to gain: the layout meets the stands' bound and leaves no neighbours
            // unwatched.
            return seated.clone();
        }
        let away = away_by_exhibitor(stop, timetable);
        let limits = change.budget.replan_reseat();
        let (status, found) = change.placement(
            self.moves,
            Some((&away, self.bound)),
            limits,
            Some(&seated.stand_of),
        );
        self.limited |= status != MipStatus::Optimal;
        match found {
            Some((stand_of, _)) => change.seated(stand_of, self.moves.0),
            None => seated.clone(),
        }
    }

    fn settled(&self, whole: &WholePlan) -> bool {
        whole.cost() <= self.bound + whole.session_bound.unwrap_or(0.0) + TOLERANCE
    }
}

//! Late changes: re-planning a stop that changed with as few moves as possible.
//!
//! **Moves** are defined in [`super::moves`]: an exhibitor moves when it had a stand in the
//! announced solution and gets another one, forced when the change of the stop left no choice,
//! chosen otherwise.
//!
//! **Re-plan.** The layout minimises the stand objective plus `move_cost` per chosen move
//! (default [`DEFAULT_MOVE_COST`]), an exact MILP in which each exhibitor with a stand to keep
//! has its own placement variables; at its proven optimum no layout reaches the same objective
//! with fewer moves. Two lexicographic readings: *fewest moves first* (the least number of moves
//! any layout needs, then the best objective with that many), and *best objective first within
//! at most K moves* (`max_moves` K with a move cost of 0). The sessions keep their announced
//! room and slots when the new stop still allows them; otherwise the programme is planned again,
//! each session that leaves its announced room or slots costing the same as a move.
//!
//! The best free stand for a newcomer, everyone else kept, is [`super::recommend`].

pub use super::moves::Move;
pub use super::recommend::{recommend, Candidate};

use super::moves::{as_far_as_it_applies, Announced};
use super::solution::{assignments, check_solution, session_plans, tidy_number};
use super::solution::{Claim, SolutionWriter};
use super::stop::PlanError;
use crate::format::{Problem, SessionPlan, Solution};
use crate::solve::counts::balance_bound;
use crate::solve::features::session_slots::SessionOption;
use crate::solve::highs::MipStatus;
use crate::solve::placement::{layout_from_places, PlacementModel, StandTerms};
use crate::solve::timetable::solve_timetable_keeping;
use crate::solve::{Budget, Options};
use crate::stop::model::Stop;
use std::collections::BTreeSet;

/// What a chosen move costs, in objective units, unless told otherwise: half a side-by-side
/// clash of two sellers of the same family at the default weights.
pub const DEFAULT_MOVE_COST: f64 = 5.0;

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
}

/// Options of a re-plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReplanOptions {
    /// What to put first.
    pub priority: Priority,
    /// At most so many chosen moves.
    pub max_moves: Option<usize>,
    /// Options of the solves: every time limit of the re-plan comes from them.
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
    /// Who moves or arrives, and why.
    pub moves: Vec<Move>,
    /// Chosen moves (not forced, not newcomers).
    pub chosen_moves: usize,
    /// The objective of the announced layout on the changed stop, for the exhibitors it still
    /// places (None when nobody of it remains).
    pub before: Option<f64>,
    /// Whether the programme kept every announced session in its room and slots.
    pub sessions_kept: bool,
    /// The sessions that left their announced room or slots (titles).
    pub sessions_moved: Vec<String>,
    /// Whether the re-plan is proven best for what it minimises.
    pub proven: bool,
}

/// Re-plans a stop that changed since `old` was announced.
///
/// # Errors
/// When the solver and the checker disagree, or the new stop has no layout at all.
pub fn replan(
    name: &str,
    problem: &Problem,
    old: &Solution,
    options: &ReplanOptions,
) -> Result<Replanned, PlanError> {
    let budget = Budget::start(&options.solve);
    let stop = Stop::new(name, problem);
    let announced = Announced::read(&stop, old);
    let late = LateChange {
        problem,
        stop: &stop,
        old,
        announced: &announced,
        options,
        budget: &budget,
    };
    let layout = late.layout()?;
    let programme = late.programme(&layout.stand_of)?;
    // A bound on the objective of any layout: the balance (and rotation) of the count model.
    let bound = balance_bound(&stop, budget.bound_over_every_layout());
    let writer = SolutionWriter::new(name, problem, &budget);
    let claim = Claim {
        objective: None,
        bound,
    };
    let (solution, _) = writer.checked(
        assignments(&stop, &layout.stand_of),
        programme.sessions,
        claim,
    )?;
    let moves = announced.moves(&stop, &layout.stand_of);
    Ok(Replanned {
        solution,
        chosen_moves: moves.iter().filter(|m| !m.forced).count(),
        moves,
        before: late.announced_objective(),
        sessions_kept: programme.kept,
        sessions_moved: programme.moved,
        proven: layout.proven,
    })
}

/// A layout chosen for the changed stop.
struct Chosen {
    /// The stand of each exhibitor.
    stand_of: Vec<usize>,
    /// Whether it is proven best for what the re-plan minimises.
    proven: bool,
}

/// The programme of the changed stop.
struct Programme {
    /// The sessions, by id.
    sessions: Vec<SessionPlan>,
    /// Whether every announced session kept its room and slots.
    kept: bool,
    /// The titles of the sessions that left their announced room or slots.
    moved: Vec<String>,
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
    /// The new layout: with one newcomer, nothing forced and no move allowed, the best free
    /// stand; otherwise the placement model with the cost of moves.
    fn layout(&self) -> Result<Chosen, PlanError> {
        let newcomers = self.announced.newcomers();
        match newcomers[..] {
            [e] if self.options.max_moves == Some(0) && self.announced.nothing_forced() => {
                self.best_free_stand(e)
            }
            _ => self.fewest_costly_moves(),
        }
    }

    /// Everyone kept, and newcomer `e` on the stand [`recommend`] puts first.
    fn best_free_stand(&self, e: usize) -> Result<Chosen, PlanError> {
        let stop = self.stop;
        let best = recommend(self.problem, stop, self.old, &stop.exhibitors[e].id, 1)
            .map_err(|why| PlanError::BadLayout(vec![why]))?;
        let mut seats = self.announced.keep.clone();
        seats[e] = stop.stands.iter().position(|s| s.id == best[0].stand);
        let stand_of = seats
            .into_iter()
            .collect::<Option<Vec<usize>>>()
            .expect("everyone else keeps the stand they had");
        Ok(Chosen {
            stand_of,
            proven: true,
        })
    }

    /// The layout of least objective plus cost of moves (within the allowed moves), started
    /// from the announced one; the announced layout, completed, when the solve finds nothing.
    fn fewest_costly_moves(&self) -> Result<Chosen, PlanError> {
        let (stop, keep) = (self.stop, &self.announced.keep);
        let apart: BTreeSet<usize> = (0..keep.len()).filter(|&e| keep[e].is_some()).collect();
        let start = self.announced_completed();
        let (cost, max) = match self.options.priority {
            Priority::Weighted { cost } => (cost, self.options.max_moves),
            Priority::FewestMovesFirst => {
                let fewest = self.fewest_moves(&apart, start.as_deref());
                (0.0, fewest.or(self.options.max_moves))
            }
        };
        let mut m = PlacementModel::build_apart(stop, StandTerms::All, &apart);
        m.add_moves(keep, cost, max);
        let (res, places, groups) =
            m.solve(self.budget.replan_layout(), start.as_deref(), 0.0, 0.0);
        if res.objective.is_some() {
            Ok(Chosen {
                stand_of: layout_from_places(stop, &groups, &places, &res),
                proven: res.status == MipStatus::Optimal,
            })
        } else if let Some(stand_of) = start {
            // Nothing better found within the limits: the announced layout, completed.
            Ok(Chosen {
                stand_of,
                proven: false,
            })
        } else {
            Err(PlanError::BadLayout(vec![
                "the changed stop has no layout within the limits".into(),
            ]))
        }
    }

    /// The fewest chosen moves any layout needs (within the allowed moves), when found.
    fn fewest_moves(&self, apart: &BTreeSet<usize>, start: Option<&[usize]>) -> Option<usize> {
        let mut m = PlacementModel::build_apart(self.stop, StandTerms::All, apart);
        let moves = m.add_moves(&self.announced.keep, 0.0, self.options.max_moves);
        m.minimise_moves(moves);
        let (res, _, _) = m.solve(self.budget.fewest_moves(), start, 0.0, 0.0);
        res.objective.map(|x| x.round() as usize)
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

    /// The programme for the new layout: as announced if the changed stop allows it, otherwise
    /// planned again, each session that leaves its announced room or slots costing a move.
    fn programme(&self, stand_of: &[usize]) -> Result<Programme, PlanError> {
        let (stop, old) = (self.stop, self.old);
        let as_announced = Solution {
            assignments: assignments(stop, stand_of),
            ..old.clone()
        };
        let kept = !old.sessions.is_empty()
            && check_solution(self.problem, &as_announced)
                .violations
                .is_empty();
        let mut programme = Programme {
            sessions: if kept { old.sessions.clone() } else { vec![] },
            kept,
            moved: vec![],
        };
        if kept || stop.sessions.is_empty() {
            return Ok(programme);
        }
        let announced = self.announced_timetable();
        let t = solve_timetable_keeping(
            stop,
            stand_of,
            self.budget.replan_sessions(),
            &announced,
            self.options.priority.session_move_cost(),
        );
        let Some(plan) = t.plan else {
            return Err(PlanError::BadLayout(
                t.infeasible.into_iter().map(|e| e.text).collect(),
            ));
        };
        programme.moved = plan
            .iter()
            .filter(|o| !announced.contains(o))
            .map(|o| stop.sessions[o.session].title.clone())
            .collect();
        programme.sessions = session_plans(stop, &plan);
        Ok(programme)
    }

    /// The announced programme, as far as the changed stop still knows its sessions, rooms
    /// and slots.
    fn announced_timetable(&self) -> Vec<SessionOption> {
        let stop = self.stop;
        self.old
            .sessions
            .iter()
            .filter_map(|p| {
                Some(SessionOption {
                    session: stop.sessions.iter().position(|x| x.id == p.session)?,
                    room: stop.rooms.iter().position(|x| x.id == p.room)?,
                    slots: p
                        .slots
                        .iter()
                        .map(|t| stop.slots.iter().position(|x| x.id == *t))
                        .collect::<Option<Vec<usize>>>()?,
                })
            })
            .collect()
    }

    /// The objective of the announced layout, as far as it still applies (None when nobody of
    /// it remains).
    fn announced_objective(&self) -> Option<f64> {
        let was = as_far_as_it_applies(self.stop, self.old);
        (!was.assignments.is_empty())
            .then(|| tidy_number(check_solution(self.problem, &was).objective.total))
    }
}

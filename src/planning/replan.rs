//! Late changes: re-planning a stop that changed with as few moves as possible, and the best
//! free stands for one more exhibitor.
//!
//! **Moves.** An exhibitor *moves* when it had a stand in the announced solution and gets
//! another one. When its stand is gone, no longer meets its needs, is forbidden to it or pinned
//! to someone else, the move is *forced*; otherwise it is chosen, and costs.
//!
//! **Re-plan.** The layout minimises the stand objective plus `move_cost` per chosen move
//! (default [`DEFAULT_MOVE_COST`]), an exact MILP in which each exhibitor with a stand to keep
//! has its own placement variables; at its proven optimum no layout reaches the same objective
//! with fewer moves. Two lexicographic readings: *fewest moves first* (the least number of moves
//! any layout needs, then the best objective with that many), and *best objective first within
//! at most K moves* (`max_moves` K with a move cost of 0). The sessions keep their announced room and
//! slots when the new stop still allows them; otherwise the programme is planned again.
//!
//! **Recommend.** Every free stand the newcomer may take is tried with everyone else kept, and
//! the whole objective is recomputed by the checker: the candidates are ranked by it, ties by
//! the stands' order, so the first equals what a re-plan with no move chooses.

use crate::check::check;
use crate::format::{Assignment, Objective, Problem, Solution, Status};
use crate::planning::stop::{tidy_number, PlanError};
use crate::solve::counts::CountModel;
use crate::solve::features::session_slots::SessionOption;
use crate::solve::highs::{Limits, MipStatus};
use crate::solve::placement::{layout_from_places, PlacementModel};
use crate::solve::timetable::solve_timetable_keeping;
use crate::solve::{relative_gap, Options, OPTIMAL_GAP};
use crate::stop::model::Stop;
use crate::terms::Term;
use std::collections::BTreeSet;
use std::time::Instant;

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

/// Options of a re-plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReplanOptions {
    /// What to put first.
    pub priority: Priority,
    /// At most so many chosen moves.
    pub max_moves: Option<usize>,
    /// Options of the solves.
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

/// One exhibitor's change of stand.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Move {
    /// Exhibitor id.
    pub exhibitor: String,
    /// Its stand before (None for a newcomer).
    pub from: Option<String>,
    /// Its stand now.
    pub to: String,
    /// Why, in a sentence.
    pub why: String,
    /// True when the change of the stop left no choice.
    pub forced: bool,
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

/// Why an exhibitor cannot keep its stand in the changed stop, if so.
fn forced_reason(stop: &Stop, e: usize, old: &str) -> Option<String> {
    let Some(s) = stop.stands.iter().position(|x| x.id == old) else {
        return Some(format!("stand {old} is no longer on the plan"));
    };
    if !stop.meets_needs(e, s) {
        let missing: Vec<&str> = stop.exhibitors[e]
            .needs
            .iter()
            .filter(|n| !stop.stands[s].tags.contains(*n))
            .map(String::as_str)
            .collect();
        return Some(format!(
            "stand {old} no longer offers {}",
            missing.join(" and ")
        ));
    }
    if stop.forbidden.contains(&(e, s)) {
        return Some(format!("stand {old} is now forbidden to it"));
    }
    if let Some(&(_, p)) = stop.pins.iter().find(|&&(x, _)| x == e) {
        if p != s {
            return Some(format!("it is now pinned to stand {}", stop.stands[p].id));
        }
    }
    if let Some(&(o, _)) = stop.pins.iter().find(|&&(x, p)| p == s && x != e) {
        return Some(format!(
            "stand {old} is now pinned to {}",
            stop.exhibitors[o].name
        ));
    }
    None
}

/// For each exhibitor, the stand it had and why it cannot keep it, when it cannot.
type Forced = Vec<Option<(String, String)>>;

/// The stand each exhibitor of the changed stop had, when it can keep it (by id).
fn kept_stands(stop: &Stop, old: &Solution) -> (Vec<Option<usize>>, Forced) {
    let mut keep = vec![None; stop.exhibitors.len()];
    let mut forced = vec![None; stop.exhibitors.len()];
    for (e, x) in stop.exhibitors.iter().enumerate() {
        let Some(a) = old.assignments.iter().find(|a| a.exhibitor == x.id) else {
            continue;
        };
        match forced_reason(stop, e, &a.stand) {
            Some(why) => forced[e] = Some((a.stand.clone(), why)),
            None => keep[e] = stop.stands.iter().position(|s| s.id == a.stand),
        }
    }
    (keep, forced)
}

fn solution_with(stop: &Stop, base: &Solution, stand_of: &[usize]) -> Solution {
    Solution {
        assignments: stand_of
            .iter()
            .enumerate()
            .map(|(e, &s)| Assignment {
                exhibitor: stop.exhibitors[e].id.clone(),
                stand: stop.stands[s].id.clone(),
            })
            .collect(),
        ..base.clone()
    }
}

/// One free stand for a newcomer, with what it would cost.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Candidate {
    /// Stand id.
    pub stand: String,
    /// Zone, if any.
    pub zone: Option<String>,
    /// Whether it is prime.
    pub prime: bool,
    /// The whole objective with the newcomer there.
    pub total: f64,
    /// More than the best candidate (0 for the best).
    pub more_than_best: f64,
    /// Why, in sentences: what it costs that the best does not, or what makes it best.
    pub reasons: Vec<String>,
}

/// The `top` best free stands for exhibitor `id` of `problem`, everyone of `old` kept where
/// they are; best first.
///
/// # Errors
/// When the exhibitor is not in the stop, already has a stand in `old`, or may take no free
/// stand.
pub fn recommend(
    problem: &Problem,
    stop: &Stop,
    old: &Solution,
    id: &str,
    top: usize,
) -> Result<Vec<Candidate>, String> {
    let e = stop
        .exhibitors
        .iter()
        .position(|x| x.id == id)
        .ok_or(format!("there is no exhibitor \"{id}\" in the stop file"))?;
    if old.assignments.iter().any(|a| a.exhibitor == id) {
        return Err(format!(
            "exhibitor \"{id}\" already has a stand in the solution"
        ));
    }
    // Everyone still in the stop keeps the stand they had; the stands of those who withdrew
    // are free.
    let mut old = old.clone();
    old.assignments.retain(|a| {
        stop.exhibitors.iter().any(|x| x.id == a.exhibitor)
            && stop.stands.iter().any(|s| s.id == a.stand)
    });
    let old = &old;
    let taken: BTreeSet<&str> = old.assignments.iter().map(|a| a.stand.as_str()).collect();
    let free: Vec<usize> = (0..stop.stands.len())
        .filter(|&s| !taken.contains(stop.stands[s].id.as_str()) && stop.admissible(e, s))
        .collect();
    if free.is_empty() {
        return Err(format!(
            "no free stand meets the needs of \"{id}\" and is allowed to it"
        ));
    }
    let mut scored: Vec<(usize, Objective, Vec<crate::format::Explanation>)> = free
        .iter()
        .map(|&s| {
            let mut sol = old.clone();
            sol.assignments.push(Assignment {
                exhibitor: id.to_string(),
                stand: stop.stands[s].id.clone(),
            });
            let r = check(problem, &sol);
            (s, r.objective, r.justifications)
        })
        .collect();
    scored.sort_by(|a, b| a.1.total.total_cmp(&b.1.total).then(a.0.cmp(&b.0)));
    let best = scored[0].1.clone();
    let w = &stop.weights;
    Ok(scored
        .into_iter()
        .take(top.max(1))
        .map(|(s, o, why)| {
            let stand = &stop.stands[s];
            let mut reasons: Vec<String> = why
                .iter()
                .filter(|j| j.term == "clash" && j.stands.contains(&stand.id))
                .map(|j| format!("{} (cost {})", j.text, tidy_number(j.cost)))
                .collect();
            for (term, raw, weight) in w.table(&o) {
                let d = (raw - term.value_in(&best)) * weight;
                if term != Term::Clash && d.abs() > 1e-9 {
                    reasons.push(format!(
                        "{} {} {} against the best stand",
                        term.name(),
                        if d > 0.0 { "costs" } else { "saves" },
                        tidy_number(d.abs())
                    ));
                }
            }
            if reasons.is_empty() {
                reasons.push(if o.clash == best.clash && o.total <= best.total + 1e-9 {
                    "no clash with its neighbours, and the provinces stay as balanced as they can"
                        .to_string()
                } else {
                    "costs the same as the best stand".to_string()
                });
            }
            Candidate {
                stand: stand.id.clone(),
                zone: stand.zone.map(|z| stop.zones[z].clone()),
                prime: stand.is_prime(),
                total: tidy_number(o.total),
                more_than_best: tidy_number(o.total - best.total),
                reasons,
            }
        })
        .collect())
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
    let started = Instant::now();
    let stop = Stop::new(name, problem);
    let (keep, forced) = kept_stands(&stop, old);
    let had: Vec<Option<&str>> = stop
        .exhibitors
        .iter()
        .map(|x| {
            old.assignments
                .iter()
                .find(|a| a.exhibitor == x.id)
                .map(|a| a.stand.as_str())
        })
        .collect();
    let newcomers: Vec<usize> = (0..stop.exhibitors.len())
        .filter(|&e| had[e].is_none())
        .collect();
    let limits = |share: f64| Limits {
        time_limit: options
            .solve
            .time_limit
            .map(|t| (t - started.elapsed().as_secs_f64()).max(0.1) * share),
        rel_gap: options.solve.gap.max(OPTIMAL_GAP) * 0.5,
        threads: options.solve.threads,
        presolve: true,
    };

    // Everyone kept, one newcomer, nothing forced, no move allowed: the best free stand.
    let simple = options.max_moves == Some(0)
        && newcomers.len() == 1
        && forced.iter().all(Option::is_none)
        && keep
            .iter()
            .enumerate()
            .all(|(e, k)| k.is_some() || newcomers.contains(&e));
    let (stand_of, proven) = if simple {
        let e = newcomers[0];
        let best = recommend(problem, &stop, old, &stop.exhibitors[e].id, 1)
            .map_err(|why| PlanError::BadLayout(vec![why]))?;
        let mut stand_of: Vec<usize> = keep.iter().map(|k| k.unwrap_or(usize::MAX)).collect();
        stand_of[e] = stop
            .stands
            .iter()
            .position(|s| s.id == best[0].stand)
            .expect("a stand of the stop");
        (stand_of, true)
    } else {
        let apart: BTreeSet<usize> = (0..keep.len()).filter(|&e| keep[e].is_some()).collect();
        let start: Option<Vec<usize>> = {
            // The announced layout, with newcomers and forced movers on free stands.
            let mut stand_of: Vec<usize> = keep.iter().map(|k| k.unwrap_or(usize::MAX)).collect();
            let mut used: BTreeSet<usize> = keep.iter().flatten().copied().collect();
            let mut ok = true;
            for e in 0..stand_of.len() {
                if stand_of[e] == usize::MAX {
                    match (0..stop.stands.len())
                        .find(|&s| !used.contains(&s) && stop.admissible(e, s))
                    {
                        Some(s) => {
                            stand_of[e] = s;
                            used.insert(s);
                        }
                        None => ok = false,
                    }
                }
            }
            ok.then_some(stand_of)
        };
        let (cost, max) = match options.priority {
            Priority::Weighted { cost } => (cost, options.max_moves),
            Priority::FewestMovesFirst => {
                let mut m = PlacementModel::build_apart(&stop, true, &apart);
                let moves = m.add_moves(&keep, 0.0, options.max_moves);
                m.minimise_moves(moves);
                let (res, _, _) = m.solve(limits(0.3), start.as_deref(), 0.0, 0.0);
                let fewest = res.objective.map(|x| x.round() as usize);
                (0.0, fewest.or(options.max_moves))
            }
        };
        let mut m = PlacementModel::build_apart(&stop, true, &apart);
        m.add_moves(&keep, cost, max);
        let (res, places, groups) = m.solve(limits(1.0), start.as_deref(), 0.0, 0.0);
        if res.objective.is_some() {
            (
                layout_from_places(&stop, &groups, &places, &res),
                res.status == MipStatus::Optimal,
            )
        } else if let Some(s) = start {
            // Nothing better found within the limits: the announced layout, completed.
            (s, false)
        } else {
            return Err(PlanError::BadLayout(vec![
                "the changed stop has no layout within the limits".into(),
            ]));
        }
    };
    finish(
        name, problem, &stop, old, stand_of, proven, &had, &forced, started, options,
    )
}

/// Sessions, check, moves and the solution file of a re-plan.
#[allow(clippy::too_many_arguments)]
fn finish(
    name: &str,
    problem: &Problem,
    stop: &Stop,
    old: &Solution,
    stand_of: Vec<usize>,
    proven: bool,
    had: &[Option<&str>],
    forced: &[Option<(String, String)>],
    started: Instant,
    options: &ReplanOptions,
) -> Result<Replanned, PlanError> {
    // The programme: kept as announced if the changed stop allows it.
    let mut candidate = solution_with(stop, old, &stand_of);
    candidate.problem = name.to_string();
    let kept = !old.sessions.is_empty() && {
        let r = check(problem, &candidate);
        r.violations.is_empty()
    };
    let mut sessions_moved = Vec::new();
    if !kept {
        candidate.sessions = vec![];
        if !stop.sessions.is_empty() {
            // The announced programme, as far as the changed stop still knows its sessions,
            // rooms and slots; each session that leaves its room or slots costs.
            let announced: Vec<SessionOption> = old
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
                .collect();
            let t = solve_timetable_keeping(
                stop,
                &stand_of,
                Limits {
                    time_limit: options.solve.time_limit,
                    rel_gap: options.solve.gap.max(OPTIMAL_GAP) * 0.5,
                    threads: options.solve.threads,
                    presolve: true,
                },
                &announced,
                DEFAULT_MOVE_COST,
            );
            let Some(plan) = t.plan else {
                return Err(PlanError::BadLayout(
                    t.infeasible.into_iter().map(|e| e.text).collect(),
                ));
            };
            for o in &plan {
                if !announced.contains(o) {
                    sessions_moved.push(stop.sessions[o.session].title.clone());
                }
            }
            candidate.sessions = plan
                .iter()
                .map(|o| crate::format::SessionPlan {
                    session: stop.sessions[o.session].id.clone(),
                    room: stop.rooms[o.room].id.clone(),
                    slots: o.slots.iter().map(|&t| stop.slots[t].id.clone()).collect(),
                })
                .collect();
        }
    }
    let report = check(problem, &candidate);
    if !report.violations.is_empty() {
        return Err(PlanError::Disagreement(
            crate::planning::stop::Disagreement {
                solver: f64::NAN,
                checker: report.objective.total,
                violations: report.violations.iter().map(|v| v.text.clone()).collect(),
            },
        ));
    }
    // A bound on the objective of any layout: the balance (and rotation) of the count model.
    let counted = CountModel::build(stop, false, None).solve(Limits {
        time_limit: Some(10.0),
        rel_gap: 1e-6,
        threads: options.solve.threads,
        presolve: false,
    });
    let total = tidy_number(report.objective.total);
    let bound = tidy_number(counted.result.bound.unwrap_or(0.0).min(total));
    let gap = tidy_number(relative_gap(total, bound));
    let mut solution = candidate;
    solution.status = if gap <= OPTIMAL_GAP {
        Status::Optimal
    } else {
        Status::Feasible
    };
    solution.objective = Some(crate::planning::stop::tidy(report.objective.clone()));
    solution.bound = Some(bound);
    solution.gap = Some(gap);
    solution.seconds = (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0;
    solution.problem_sha256 = Some(crate::check::fingerprint(problem));
    solution.explanations = report.justifications.clone();

    // Who moves, and why.
    let mut moves = Vec::new();
    let mut chosen = 0;
    for (e, x) in stop.exhibitors.iter().enumerate() {
        let to = stop.stands[stand_of[e]].id.clone();
        match had[e] {
            None => moves.push(Move {
                exhibitor: x.id.clone(),
                from: None,
                to: to.clone(),
                why: format!("{} arrives and gets stand {to}", x.name),
                forced: true,
            }),
            Some(from) if from != to => {
                let (why, is_forced) = match &forced[e] {
                    Some((_, reason)) => (format!("{} moves to {to}: {reason}", x.name), true),
                    None => {
                        chosen += 1;
                        let now = stop
                            .stands
                            .iter()
                            .position(|s| s.id == from)
                            .and_then(|s| stand_of.iter().position(|&t| t == s))
                            .map(|o| format!(", which now holds {}", stop.exhibitors[o].name))
                            .unwrap_or_default();
                        (
                            format!(
                                "{} moves from {from}{now} to {to}: the whole plan costs less so (see the explanations)",
                                x.name
                            ),
                            false,
                        )
                    }
                };
                moves.push(Move {
                    exhibitor: x.id.clone(),
                    from: Some(from.to_string()),
                    to,
                    why,
                    forced: is_forced,
                });
            }
            Some(_) => {}
        }
    }
    // The announced layout, as far as it still applies.
    let before = {
        let mut was = old.clone();
        was.assignments.retain(|a| {
            stop.exhibitors.iter().any(|x| x.id == a.exhibitor)
                && stop.stands.iter().any(|s| s.id == a.stand)
        });
        (!was.assignments.is_empty()).then(|| tidy_number(check(problem, &was).objective.total))
    };
    Ok(Replanned {
        solution,
        moves,
        chosen_moves: chosen,
        before,
        sessions_kept: kept,
        sessions_moved,
        proven,
    })
}

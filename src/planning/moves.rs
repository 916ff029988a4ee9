//! Moves between layouts: who has another stand in one solution than in another, and, for a
//! re-plan, whether the change of the stop left no choice, and why.
//!
//! An exhibitor *moves* when it had a stand in the announced solution and gets another one.
//! When its stand is gone, no longer meets its needs, is forbidden to it or pinned to someone
//! else, the move is *forced*; otherwise it is *chosen*, and what it saves is the whole
//! objective of the new plan with it put back (and whoever holds its stand now on its new one),
//! less the new plan's, both recomputed by the checker. A session moves likewise when it leaves
//! its announced room or slots: forced when the changed stop no longer offers them, chosen
//! otherwise.

use super::solution::{check_solution, tidy_number};
use crate::format::{Problem, SessionPlan, Solution};
use crate::solve::features::session_slots::{self, SessionOption};
use crate::stop::layout::Layout;
use crate::stop::model::Stop;

/// One exhibitor whose stand differs between two layouts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StandChange {
    /// Exhibitor id.
    pub exhibitor: String,
    /// Its stand in the older layout (None: it was not there).
    pub before: Option<String>,
    /// Its stand in the newer layout (None: it is not there any more).
    pub after: Option<String>,
}

/// The exhibitors whose stands differ between two layouts, by id, in the order of the newer
/// layout then of the older one's leavers.
pub fn moves_between(old: &Solution, new: &Solution) -> Vec<StandChange> {
    let stand = |s: &Solution, id: &str| {
        s.assignments
            .iter()
            .find(|a| a.exhibitor == id)
            .map(|a| a.stand.clone())
    };
    let mut out: Vec<StandChange> = new
        .assignments
        .iter()
        .filter_map(|a| {
            let before = stand(old, &a.exhibitor);
            (before.as_deref() != Some(a.stand.as_str())).then(|| StandChange {
                exhibitor: a.exhibitor.clone(),
                before,
                after: Some(a.stand.clone()),
            })
        })
        .collect();
    out.extend(
        old.assignments
            .iter()
            .filter(|a| stand(new, &a.exhibitor).is_none())
            .map(|a| StandChange {
                exhibitor: a.exhibitor.clone(),
                before: Some(a.stand.clone()),
                after: None,
            }),
    );
    out
}

/// One exhibitor's change of stand in a re-plan.
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
    /// True when the change of the stop left no choice (and for an arrival).
    pub forced: bool,
    /// For a chosen move, what it saves: how much more the whole objective is with it put back,
    /// when it can go back alone.
    pub saves: Option<f64>,
}

/// An exhibitor of the announced solution that the changed stop no longer has.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Departure {
    /// Exhibitor id.
    pub exhibitor: String,
    /// The stand it had.
    pub stand: String,
}

/// The exhibitors of the announced solution that the changed stop no longer has.
pub(crate) fn departures(stop: &Stop, old: &Solution) -> Vec<Departure> {
    old.assignments
        .iter()
        .filter(|a| !stop.exhibitors.iter().any(|x| x.id == a.exhibitor))
        .map(|a| Departure {
            exhibitor: a.exhibitor.clone(),
            stand: a.stand.clone(),
        })
        .collect()
}

/// The stands nobody holds in a complete layout, by id.
pub(crate) fn free_stands(stop: &Stop, stand_of: &[usize]) -> Vec<String> {
    let layout = Layout::from_assignment(stop, stand_of);
    (0..stop.stands.len())
        .filter(|&s| layout.occupant(s).is_none())
        .map(|s| stop.stands[s].id.clone())
        .collect()
}

/// A re-plan's new solution, checked, against which its chosen changes are valued.
pub(crate) struct NewPlan<'a> {
    /// The changed stop's file.
    pub problem: &'a Problem,
    /// The changed stop.
    pub stop: &'a Stop,
    /// The new solution, with the checker's objective.
    pub solution: &'a Solution,
}

impl NewPlan<'_> {
    /// What a chosen change saves: the checker's objective of `put_back` (the new plan with
    /// that change undone) less the new plan's, when `put_back` breaks no rule.
    fn saving(&self, put_back: &Solution) -> Option<f64> {
        let now = self.solution.objective.as_ref().map_or(0.0, |o| o.total);
        let report = check_solution(self.problem, put_back);
        report
            .is_valid()
            .then(|| tidy_number(report.objective.total - now))
    }
}

/// "saves X" (or "saves nothing") for a chosen change, with what was compared.
fn saves_sentence(saves: f64, against: &str) -> String {
    if saves > 1e-9 {
        crate::t!("planning-move-saves", saves = saves, against = against)
    } else {
        crate::t!("planning-move-saves-nothing", against = against)
    }
}

/// What the announced solution gave each exhibitor of the changed stop.
pub(crate) struct Announced<'a> {
    /// The stand each exhibitor had, by id (None: a newcomer).
    pub had: Vec<Option<&'a str>>,
    /// The stand each exhibitor may keep (None: a newcomer, or one forced to move).
    pub keep: Vec<Option<usize>>,
    /// Why each exhibitor cannot keep its stand, when it cannot.
    pub forced: Vec<Option<String>>,
}

impl<'a> Announced<'a> {
    /// Reads the announced solution against the changed stop.
    pub fn read(stop: &Stop, old: &'a Solution) -> Announced<'a> {
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
        let forced: Vec<Option<String>> = had
            .iter()
            .enumerate()
            .map(|(e, h)| h.and_then(|stand| forced_reason(stop, e, stand)))
            .collect();
        let keep = had
            .iter()
            .zip(&forced)
            .map(|(h, f)| match (h, f) {
                (Some(stand), None) => stop.stands.iter().position(|s| s.id == *stand),
                _ => None,
            })
            .collect();
        Announced { had, keep, forced }
    }

    /// The exhibitors that had no stand.
    pub fn newcomers(&self) -> Vec<usize> {
        (0..self.had.len())
            .filter(|&e| self.had[e].is_none())
            .collect()
    }

    /// Whether every exhibitor that had a stand may keep it.
    pub fn nothing_forced(&self) -> bool {
        self.forced.iter().all(Option::is_none)
    }

    /// Who moves or arrives in the new plan, and why.
    pub fn moves(&self, new: &NewPlan) -> Vec<Move> {
        let stop = new.stop;
        let layout = Layout::from_solution(stop, new.solution);
        stop.exhibitors
            .iter()
            .enumerate()
            .filter_map(|(e, x)| {
                let to = stop.stands[layout.stand_of(e)?].id.clone();
                match self.had[e] {
                    None => Some(Move {
                        exhibitor: x.id.clone(),
                        from: None,
                        why: crate::t!(
                            "planning-move-arrives",
                            name = x.name.as_str(),
                            stand = to.as_str()
                        ),
                        to,
                        forced: true,
                        saves: None,
                    }),
                    Some(from) if from != to => Some(self.moved(new, &layout, e, from)),
                    Some(_) => None,
                }
            })
            .collect()
    }

    /// Exhibitor `e` moves from stand `from` in the new plan, whose layout is `layout`.
    fn moved(&self, new: &NewPlan, layout: &Layout, e: usize, from: &str) -> Move {
        let stop = new.stop;
        let x = &stop.exhibitors[e];
        let to = layout.stand_of(e).expect("a mover has a stand");
        let to_id = stop.stands[to].id.clone();
        let head = crate::t!(
            "planning-move-head",
            name = x.name.as_str(),
            from = from,
            to = to_id.as_str()
        );
        let (why, saves) = match &self.forced[e] {
            Some(reason) => (
                crate::t!(
                    "planning-move-forced",
                    head = head,
                    reason = reason.as_str()
                ),
                None,
            ),
            None => {
                let back = self.keep[e].expect("a move not forced leaves a stand it could keep");
                let holder = layout.occupant(back);
                let mut put_back = layout.clone();
                put_back.exchange(e, back);
                let against = match holder {
                    Some(o) => crate::t!(
                        "planning-move-back-swapped",
                        from = from,
                        other = stop.exhibitors[o].name.as_str(),
                        to = to_id.as_str()
                    ),
                    None => crate::t!("planning-move-back", from = from),
                };
                let back_solution = Solution {
                    assignments: super::solution::assignments(
                        stop,
                        &put_back.complete().expect("the new plan places everyone"),
                    ),
                    ..new.solution.clone()
                };
                match new.saving(&back_solution) {
                    Some(saves) => (
                        crate::t!(
                            "planning-move-chosen",
                            head = head,
                            why = saves_sentence(saves, &against)
                        ),
                        Some(saves),
                    ),
                    None => (
                        crate::t!("planning-move-cannot-go-back", head = head, from = from),
                        None,
                    ),
                }
            }
        };
        Move {
            exhibitor: x.id.clone(),
            from: Some(from.to_string()),
            to: to_id,
            why,
            forced: self.forced[e].is_some(),
            saves,
        }
    }
}

/// Why an exhibitor cannot keep its stand `old` in the changed stop, if so.
fn forced_reason(stop: &Stop, e: usize, old: &str) -> Option<String> {
    let Some(s) = stop.stands.iter().position(|x| x.id == old) else {
        return Some(crate::t!("planning-forced-stand-gone", stand = old));
    };
    if !stop.meets_needs(e, s) {
        let missing: Vec<String> = stop.exhibitors[e]
            .needs
            .iter()
            .filter(|n| !stop.stands[s].tags.contains(*n))
            .map(|n| n.to_string())
            .collect();
        return Some(crate::t!(
            "planning-forced-need",
            stand = old,
            needs = crate::solve::and_list(&missing)
        ));
    }
    if stop.forbidden.contains(&(e, s)) {
        return Some(crate::t!("planning-forced-forbidden", stand = old));
    }
    if let Some(&(_, p)) = stop.pins.iter().find(|&&(x, _)| x == e) {
        if p != s {
            return Some(crate::t!(
                "planning-forced-pinned-elsewhere",
                stand = stop.stands[p].id.as_str()
            ));
        }
    }
    if let Some(&(o, _)) = stop.pins.iter().find(|&&(x, p)| p == s && x != e) {
        return Some(crate::t!(
            "planning-forced-pinned-to-other",
            stand = old,
            other = stop.exhibitors[o].name.as_str()
        ));
    }
    None
}

/// The announced solution as far as it still applies to the changed stop: the assignments of
/// the exhibitors and stands the stop still has.
pub(crate) fn as_far_as_it_applies(stop: &Stop, announced: &Solution) -> Solution {
    let mut still = announced.clone();
    still.assignments.retain(|a| {
        stop.exhibitors.iter().any(|x| x.id == a.exhibitor)
            && stop.stands.iter().any(|s| s.id == a.stand)
    });
    still
}

/// One session's change of room or slots in a re-plan.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SessionMove {
    /// Session id.
    pub session: String,
    /// Its title.
    pub title: String,
    /// Its announced room and slots (None for a session new to the stop).
    pub from: Option<SessionPlan>,
    /// Its room and slots now.
    pub to: SessionPlan,
    /// Why, in a sentence.
    pub why: String,
    /// True when the change of the stop left no choice (and for a new session).
    pub forced: bool,
    /// For a chosen move, what it saves: how much more the whole objective is with the session
    /// back in its announced room and slots, when it can go back alone.
    pub saves: Option<f64>,
}

/// What the announced solution held for each session of the changed stop.
pub(crate) struct AnnouncedProgramme {
    /// The announced room and slots of each session (None: a session new to the stop).
    pub had: Vec<Option<SessionPlan>>,
    /// The announced option of each session, when its room and slots still exist (slots in the
    /// stop's order).
    pub option: Vec<Option<SessionOption>>,
    /// Why each session cannot keep its announced room and slots, when it cannot.
    pub forced: Vec<Option<String>>,
}

impl AnnouncedProgramme {
    /// Reads the announced programme against the changed stop.
    pub fn read(stop: &Stop, old: &Solution) -> AnnouncedProgramme {
        let offered = session_slots::options(stop);
        let had: Vec<Option<SessionPlan>> = stop
            .sessions
            .iter()
            .map(|k| old.sessions.iter().find(|p| p.session == k.id).cloned())
            .collect();
        let mut option = vec![None; had.len()];
        let mut forced = vec![None; had.len()];
        for (k, plan) in had.iter().enumerate() {
            if let Some(plan) = plan {
                let (o, why) = read_option(stop, k, plan, &offered);
                option[k] = o;
                forced[k] = why;
            }
        }
        AnnouncedProgramme {
            had,
            option,
            forced,
        }
    }

    /// The announced options whose room and slots still exist: the programme a re-plan keeps
    /// where it can.
    pub fn options(&self) -> Vec<SessionOption> {
        self.option.iter().flatten().cloned().collect()
    }

    /// The sessions that leave their announced room or slots, or are new, in the new plan, and
    /// why.
    pub fn moves(&self, plan: &NewPlan) -> Vec<SessionMove> {
        let (stop, new) = (plan.stop, plan.solution);
        new.sessions
            .iter()
            .filter_map(|to| {
                let k = stop.sessions.iter().position(|s| s.id == to.session)?;
                let title = stop.sessions[k].title.clone();
                let (why, forced, saves) = match (&self.had[k], &self.forced[k]) {
                    (None, _) => (
                        crate::t!("planning-session-new", title = title.as_str()),
                        true,
                        None,
                    ),
                    (Some(from), _) if same_place(from, to) => return None,
                    (Some(_), Some(reason)) => (
                        crate::t!(
                            "planning-session-forced",
                            title = title.as_str(),
                            reason = reason.as_str()
                        ),
                        true,
                        None,
                    ),
                    (Some(from), None) => {
                        let mut put_back = new.clone();
                        put_back.sessions = new
                            .sessions
                            .iter()
                            .map(|p| {
                                if p.session == from.session {
                                    from.clone()
                                } else {
                                    p.clone()
                                }
                            })
                            .collect();
                        let against = crate::t!(
                            "planning-session-back",
                            room = from.room.as_str(),
                            slots = crate::solve::and_list(&from.slots)
                        );
                        match plan.saving(&put_back) {
                            Some(saves) => (
                                crate::t!(
                                    "planning-session-chosen",
                                    title = title.as_str(),
                                    why = saves_sentence(saves, &against)
                                ),
                                false,
                                Some(saves),
                            ),
                            None => (
                                crate::t!(
                                    "planning-session-cannot-go-back",
                                    title = title.as_str()
                                ),
                                false,
                                None,
                            ),
                        }
                    }
                };
                Some(SessionMove {
                    session: to.session.clone(),
                    title,
                    from: self.had[k].clone(),
                    to: to.clone(),
                    why,
                    forced,
                    saves,
                })
            })
            .collect()
    }
}

/// Whether two plans of a session hold it in the same room and slots (in any order).
fn same_place(a: &SessionPlan, b: &SessionPlan) -> bool {
    let sorted = |p: &SessionPlan| {
        let mut v = p.slots.clone();
        v.sort();
        v
    };
    a.room == b.room && sorted(a) == sorted(b)
}

/// The announced option of session `k` on the changed stop, when its room and slots still
/// exist, and why the session cannot keep it, when it cannot.
fn read_option(
    stop: &Stop,
    k: usize,
    plan: &SessionPlan,
    offered: &[SessionOption],
) -> (Option<SessionOption>, Option<String>) {
    let Some(room) = stop.rooms.iter().position(|r| r.id == plan.room) else {
        return (
            None,
            Some(crate::t!(
                "planning-session-room-gone",
                room = plan.room.as_str()
            )),
        );
    };
    let mut slots = Vec::with_capacity(plan.slots.len());
    for id in &plan.slots {
        match stop.slots.iter().position(|t| t.id == *id) {
            Some(t) => slots.push(t),
            None => {
                return (
                    None,
                    Some(crate::t!("planning-session-slot-gone", slot = id.as_str())),
                )
            }
        }
    }
    slots.sort_unstable();
    let option = SessionOption {
        session: k,
        room,
        slots,
    };
    let why = if !session_slots::room_fits(stop, k, room) {
        Some(crate::t!(
            "planning-session-room-unfit",
            room = stop.rooms[room].name.as_str()
        ))
    } else if !offered.contains(&option) {
        Some(crate::t!(
            "planning-session-slots-apart",
            length = stop.sessions[k].length
        ))
    } else {
        None
    };
    (Some(option), why)
}

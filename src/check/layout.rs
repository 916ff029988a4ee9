//! What a solution file says, as the checker reads it: who stands where, and when and where
//! each session runs. Assignments and session plans that cannot be read as written are
//! reported here; the reading rules are those of the module documentation of [`crate::check`].

use crate::check::reading::Reading;
use crate::check::{Code, Violation};
use crate::format::Solution;
use crate::t;

/// Who stands where.
pub struct Layout {
    /// The exhibitor on each stand.
    pub occupant: Vec<Option<usize>>,
    /// The stand of each exhibitor.
    pub stand_of: Vec<Option<usize>>,
}

impl Layout {
    /// Reads the assignments in the file's order: one naming an unknown exhibitor or stand is
    /// skipped, and so is one that gives an exhibitor a second stand or a stand a second
    /// exhibitor (the first counts).
    pub fn read(r: &Reading, solution: &Solution, out: &mut Vec<Violation>) -> Layout {
        let mut l = Layout {
            occupant: vec![None; r.problem.stands.len()],
            stand_of: vec![None; r.problem.exhibitors.len()],
        };
        for a in &solution.assignments {
            let e = r.exhibitor.get(a.exhibitor.as_str()).copied();
            let s = r.stand.get(a.stand.as_str()).copied();
            if e.is_none() {
                out.push(
                    Violation::new(
                        Code::UnknownExhibitor,
                        t!("check-unknown-exhibitor", exhibitor = &a.exhibitor),
                    )
                    .exhibitors([&a.exhibitor]),
                );
            }
            if s.is_none() {
                out.push(
                    Violation::new(
                        Code::UnknownStand,
                        t!("check-unknown-stand", stand = &a.stand),
                    )
                    .stands([&a.stand]),
                );
            }
            if let (Some(e), Some(s)) = (e, s) {
                l.take(r, e, s, out);
            }
        }
        l
    }

    /// Gives stand `s` to exhibitor `e`, unless either is taken already.
    fn take(&mut self, r: &Reading, e: usize, s: usize, out: &mut Vec<Violation>) {
        if let Some(before) = self.stand_of[e] {
            out.push(
                Violation::new(
                    Code::TwoStands,
                    t!(
                        "check-two-stands",
                        who = r.who(e),
                        first = r.stand_id(before),
                        second = r.stand_id(s)
                    ),
                )
                .exhibitors([r.exhibitor_id(e)])
                .stands([r.stand_id(before), r.stand_id(s)]),
            );
        } else if let Some(other) = self.occupant[s] {
            out.push(
                Violation::new(
                    Code::DoubleBooked,
                    t!(
                        "check-double-booked",
                        stand = r.stand_id(s),
                        first = r.who(other),
                        second = r.who(e)
                    ),
                )
                .stands([r.stand_id(s)])
                .exhibitors([r.exhibitor_id(other), r.exhibitor_id(e)]),
            );
        } else {
            self.occupant[s] = Some(e);
            self.stand_of[e] = Some(s);
        }
    }
}

/// When and where each session runs.
pub struct Programme {
    /// The slots of each session, as listed (empty when it is not held).
    pub slots_of: Vec<Vec<usize>>,
    /// The room of each session (None: not held).
    pub room_of: Vec<Option<usize>>,
}

impl Programme {
    /// Reads the session plans in the file's order: one naming an unknown session, or a
    /// session already read, is skipped; one in an unknown room leaves its session not held;
    /// unknown slots are left out of their session's slots.
    pub fn read(r: &Reading, solution: &Solution, out: &mut Vec<Violation>) -> Programme {
        let n = r.problem.sessions.len();
        let mut p = Programme {
            slots_of: vec![vec![]; n],
            room_of: vec![None; n],
        };
        let mut seen = vec![false; n];
        for plan in &solution.sessions {
            let Some(&k) = r.session.get(plan.session.as_str()) else {
                out.push(
                    Violation::new(
                        Code::UnknownSession,
                        t!("check-unknown-session", session = &plan.session),
                    )
                    .sessions([&plan.session]),
                );
                continue;
            };
            let title = r.title(k);
            if seen[k] {
                out.push(
                    Violation::new(Code::SessionTwice, t!("check-session-twice", title = title))
                        .sessions([&plan.session]),
                );
                continue;
            }
            seen[k] = true;
            let Some(&room) = r.room.get(plan.room.as_str()) else {
                out.push(
                    Violation::new(
                        Code::UnknownRoom,
                        t!("check-unknown-room", title = title, room = &plan.room),
                    )
                    .sessions([&plan.session])
                    .rooms([&plan.room]),
                );
                continue;
            };
            let mut slots = Vec::new();
            for id in &plan.slots {
                match r.slot.get(id.as_str()) {
                    Some(&t) => slots.push(t),
                    None => out.push(
                        Violation::new(
                            Code::UnknownSlot,
                            t!("check-unknown-slot", title = title, slot = id),
                        )
                        .sessions([&plan.session])
                        .slots([id]),
                    ),
                }
            }
            p.slots_of[k] = slots;
            p.room_of[k] = Some(room);
        }
        p
    }

    /// Whether session `k` runs in slot `t`.
    pub fn held_at(&self, k: usize, t: usize) -> bool {
        self.slots_of[k].contains(&t)
    }
}

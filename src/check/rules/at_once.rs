//! No room holds, and no facilitator leads, two sessions at once (`room-double-booked`,
//! `facilitator-double-booked`).

use crate::check::layout::Programme;
use crate::check::reading::Reading;
use crate::check::{Code, Violation};
use crate::t;

/// Reports, slot by slot and for each pair of sessions running in it, a shared room and each
/// shared facilitator.
pub fn nobody_twice_at_once(r: &Reading, p: &Programme, out: &mut Vec<Violation>) {
    let sessions = &r.problem.sessions;
    for t in 0..r.problem.slots.len() {
        let here: Vec<usize> = (0..sessions.len()).filter(|&k| p.held_at(k, t)).collect();
        for (i, &k) in here.iter().enumerate() {
            for &l in &here[i + 1..] {
                let pair = [&sessions[k].id, &sessions[l].id];
                let slot = &r.problem.slots[t].id;
                let (first, second, when) = (r.title(k), r.title(l), r.when(t));
                if let (Some(room), true) = (p.room_of[k], p.room_of[k] == p.room_of[l]) {
                    out.push(
                        Violation::new(
                            Code::RoomDoubleBooked,
                            t!(
                                "check-room-double-booked",
                                room = r.room_name(room),
                                first = first,
                                second = second,
                                when = &when
                            ),
                        )
                        .sessions(pair)
                        .rooms([&r.problem.rooms[room].id])
                        .slots([slot]),
                    );
                }
                for f in &sessions[k].facilitators {
                    if sessions[l].facilitators.contains(f) {
                        out.push(
                            Violation::new(
                                Code::FacilitatorDoubleBooked,
                                t!(
                                    "check-facilitator-double-booked",
                                    facilitator = f,
                                    first = first,
                                    second = second,
                                    when = &when
                                ),
                            )
                            .sessions(pair)
                            .facilitators([f])
                            .slots([slot]),
                        );
                    }
                }
            }
        }
    }
}

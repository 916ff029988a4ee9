//! Every session's room has the seats and the equipment it needs (`room-too-small`,
//! `room-lacks`).

use crate::check::reading::Reading;
use crate::check::{Code, Violation};
use crate::t;

/// Judges the room of session `k`.
pub fn room_fits(r: &Reading, k: usize, room: usize, out: &mut Vec<Violation>) {
    let s = &r.problem.sessions[k];
    let the_room = &r.problem.rooms[room];
    let name = r.room_name(room);
    let seats = r.seats(k);
    if (the_room.capacity as usize) < seats {
        out.push(
            Violation::new(
                Code::RoomTooSmall,
                t!(
                    "check-room-too-small",
                    title = &s.title,
                    seats = seats,
                    room = name,
                    capacity = the_room.capacity
                ),
            )
            .sessions([&s.id])
            .rooms([&the_room.id]),
        );
    }
    for n in &s.needs {
        if !the_room.tags.contains(n) {
            out.push(
                Violation::new(
                    Code::RoomLacks,
                    t!("check-room-lacks", title = &s.title, need = n, room = name),
                )
                .sessions([&s.id])
                .rooms([&the_room.id]),
            );
        }
    }
}

//! The hard rules, one file each (or one per family of rules that are judged together).
//!
//! The layout's own reading ([`crate::check::layout`]) reports ids that name nothing, second
//! stands and double bookings; the rules here judge what was read.

mod at_once;
mod forbidden;
mod needs;
mod pins;
mod placed;
mod rooms;
mod sessions;

use crate::check::layout::{Layout, Programme};
use crate::check::reading::Reading;
use crate::check::Violation;

/// The rules of the stands, in this order: every exhibitor placed, needs met, pins kept,
/// forbidden stands avoided.
pub fn stands(r: &Reading, l: &Layout, out: &mut Vec<Violation>) {
    placed::every_exhibitor_placed(r, l, out);
    needs::needs_met(r, l, out);
    pins::pins_kept(r, l, out);
    forbidden::forbidden_avoided(r, l, out);
}

/// The rules of the timetable: each session, in the stop's order, held as long as it lasts in
/// a room that fits it; then no room or facilitator in two sessions at once.
pub fn timetable(r: &Reading, p: &Programme, out: &mut Vec<Violation>) {
    for k in 0..r.problem.sessions.len() {
        if let Some(room) = sessions::held(r, p, k, out) {
            rooms::room_fits(r, k, room, out);
        }
    }
    at_once::nobody_twice_at_once(r, p, out);
}

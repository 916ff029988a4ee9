//! Every session is held once, in `length` slots that follow each other within one day
//! (`session-not-held`, `session-length`, `session-slots`).

use crate::check::layout::Programme;
use crate::check::reading::Reading;
use crate::check::{Code, Violation};
use crate::t;

/// Judges when session `k` runs; returns its room when it is held.
pub fn held(r: &Reading, p: &Programme, k: usize, out: &mut Vec<Violation>) -> Option<usize> {
    let s = &r.problem.sessions[k];
    let Some(room) = p.room_of[k] else {
        out.push(
            Violation::new(
                Code::SessionNotHeld,
                t!("check-session-not-held", title = &s.title),
            )
            .sessions([&s.id]),
        );
        return None;
    };
    let mut slots = p.slots_of[k].clone();
    slots.sort_unstable();
    let ids = || slots.iter().map(|&t| r.problem.slots[t].id.as_str());
    if slots.len() != s.length as usize {
        out.push(
            Violation::new(
                Code::SessionLength,
                t!(
                    "check-session-length",
                    title = &s.title,
                    length = s.length,
                    given = slots.len()
                ),
            )
            .sessions([&s.id])
            .slots(ids()),
        );
    } else if !r.days.iter().any(|day| {
        day.windows(slots.len().max(1))
            .any(|w| w == slots.as_slice())
    }) {
        out.push(
            Violation::new(
                Code::SessionSlots,
                t!("check-session-slots", title = &s.title),
            )
            .sessions([&s.id])
            .slots(ids()),
        );
    }
    Some(room)
}

//! `unattended`: a one-person stand left for a session, by the footfall of the slot.

use super::{titles, Away, Found, Reason};
use crate::check::layout::Layout;
use crate::check::reading::Reading;

/// What exhibitor `e` costs by leaving its stand alone for its sessions (nothing when more
/// than one person keeps it).
pub fn unattended(r: &Reading, l: &Layout, away: &Away, e: usize) -> Found {
    let mut found = Found::default();
    if !r.alone(e) {
        return found;
    }
    let mut parts = Vec::new();
    for (t, at) in away[e].iter().enumerate() {
        if !at.is_empty() {
            let (footfall, c) = r.footfall(t);
            found.value += c;
            parts.push(format!(
                "{} on {} ({footfall}, {c})",
                titles(r, at),
                r.when(t)
            ));
        }
    }
    let cost = found.value;
    if cost > 0.0 {
        found.reasons.push(Reason {
            raw: cost,
            text: format!(
                "{} keeps the stand alone and leaves it for {}: {cost}.",
                r.who(e),
                parts.join("; ")
            ),
            stands: l.stand_of[e]
                .map(|s| vec![r.stand_id(s).into()])
                .unwrap_or_default(),
            exhibitors: vec![r.exhibitor_id(e).into()],
        });
    }
    found
}

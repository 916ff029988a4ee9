//! `unattended`: a one-person stand left for a session, by the footfall of the slot.

use super::{titles, Away, Found, Reason};
use crate::check::layout::Layout;
use crate::check::reading::{semicolon_list, Reading};
use crate::t;

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
            parts.push(t!(
                "check-unattended-part",
                titles = titles(r, at),
                when = r.when(t),
                footfall = footfall,
                cost = c
            ));
        }
    }
    let cost = found.value;
    if cost > 0.0 {
        found.reasons.push(Reason {
            raw: cost,
            text: t!(
                "check-unattended",
                who = r.who(e),
                parts = semicolon_list(&parts),
                cost = cost
            ),
            stands: l.stand_of[e]
                .map(|s| vec![r.stand_id(s).into()])
                .unwrap_or_default(),
            exhibitors: vec![r.exhibitor_id(e).into()],
        });
    }
    found
}

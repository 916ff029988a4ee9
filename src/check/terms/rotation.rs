//! `rotation`: over a tour, prime stands and zones had again. From the stop file's `history`
//! and `rules.rotation` as written: each exhibitor pays for every earlier stop where it had a
//! prime stand, if it has one again, and for every earlier stop in the zone it is placed in now
//! (zones matched by id).

use super::{Found, Reason};
use crate::check::layout::Layout;
use crate::check::reading::{and_list, Reading};
use crate::t;

/// The rotation cost of the layout, exhibitor by exhibitor.
pub fn rotation(r: &Reading, l: &Layout) -> Found {
    let (per_prime, per_zone) = r.rotation;
    let mut found = Found::default();
    for (e, x) in r.problem.exhibitors.iter().enumerate() {
        let Some(s) = l.stand_of[e] else {
            continue;
        };
        let stand = &r.problem.stands[s];
        let before: Vec<_> = r
            .problem
            .history
            .iter()
            .filter(|h| h.exhibitor == x.id)
            .collect();
        let mut cost = 0.0;
        let mut reasons = Vec::new();
        if r.prime[s] {
            let at: Vec<String> = before
                .iter()
                .filter(|h| h.prime)
                .map(|h| h.stop.clone())
                .collect();
            if !at.is_empty() {
                cost += per_prime * at.len() as f64;
                reasons.push(t!(
                    "check-rotation-prime",
                    stand = &stand.id,
                    stops = and_list(&at),
                    count = at.len()
                ));
            }
        }
        if let Some(zone) = &stand.zone {
            let at: Vec<String> = before
                .iter()
                .filter(|h| h.zone.as_ref() == Some(zone))
                .map(|h| h.stop.clone())
                .collect();
            if !at.is_empty() {
                cost += per_zone * at.len() as f64;
                reasons.push(t!(
                    "check-rotation-zone",
                    zone = r.zone_name(zone),
                    stops = and_list(&at),
                    count = at.len()
                ));
            }
        }
        if cost > 0.0 {
            found.value += cost;
            found.reasons.push(Reason {
                raw: cost,
                text: t!("check-rotation", who = r.who(e), reasons = both(reasons)),
                stands: vec![stand.id.clone()],
                exhibitors: vec![x.id.clone()],
            });
        }
    }
    found
}

/// One reason, or both joined: « …, et … ».
fn both(reasons: Vec<String>) -> String {
    let mut it = reasons.into_iter();
    let first = it.next().unwrap_or_default();
    match it.next() {
        Some(second) => t!("check-rotation-and", first = first, second = second),
        None => first,
    }
}

//! `rotation`: over a tour, prime stands and zones had again. From the stop file's `history`
//! and `rules.rotation` as written: each exhibitor pays for every earlier stop where it had a
//! prime stand, if it has one again, and for every earlier stop in the zone it is placed in now
//! (zones matched by id).

use super::{Found, Reason};
use crate::check::layout::Layout;
use crate::check::reading::Reading;

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
            let at: Vec<&str> = before
                .iter()
                .filter(|h| h.prime)
                .map(|h| h.stop.as_str())
                .collect();
            if !at.is_empty() {
                cost += per_prime * at.len() as f64;
                reasons.push(format!(
                    "gets prime stand {} again after prime stands at {}",
                    stand.id,
                    at.join(", ")
                ));
            }
        }
        if let Some(zone) = &stand.zone {
            let at: Vec<&str> = before
                .iter()
                .filter(|h| h.zone.as_ref() == Some(zone))
                .map(|h| h.stop.as_str())
                .collect();
            if !at.is_empty() {
                cost += per_zone * at.len() as f64;
                reasons.push(format!(
                    "stands in zone \"{zone}\" again after {}",
                    at.join(", ")
                ));
            }
        }
        if cost > 0.0 {
            found.value += cost;
            found.reasons.push(Reason {
                raw: cost,
                text: format!("{} {}.", r.who(e), reasons.join(", and ")),
                stands: vec![stand.id.clone()],
                exhibitors: vec![x.id.clone()],
            });
        }
    }
    found
}

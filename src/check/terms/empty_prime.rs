//! `empty_prime`: prime stands left empty.

use super::{Found, Reason};
use crate::check::layout::Layout;
use crate::check::reading::Reading;
use crate::t;

/// The prime stands the layout leaves empty.
pub fn empty_prime(r: &Reading, l: &Layout) -> Found {
    let mut found = Found::default();
    for s in 0..r.problem.stands.len() {
        if r.prime[s] && l.occupant[s].is_none() {
            found.value += 1.0;
            found.reasons.push(Reason {
                raw: 1.0,
                text: t!("check-empty-prime", stand = r.stand_id(s)),
                stands: vec![r.stand_id(s).into()],
                exhibitors: vec![],
            });
        }
    }
    found
}

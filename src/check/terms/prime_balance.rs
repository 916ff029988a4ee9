//! `prime_balance`: on the prime stands, how far each province is from its fair share.

use super::{off_target, Found};
use crate::check::layout::Layout;
use crate::check::reading::Reading;
use crate::t;

/// The prime balance of the layout.
pub fn prime_balance(r: &Reading, l: &Layout) -> Found {
    let placed: Vec<usize> = (0..r.problem.stands.len())
        .filter(|&s| r.prime[s])
        .filter_map(|s| l.occupant[s])
        .collect();
    off_target(r, &placed, &t!("check-group-prime"))
}

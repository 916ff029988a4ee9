//! `zone_balance`: in every zone, how far each province is from its fair share.

use super::{off_target, Found};
use crate::check::layout::Layout;
use crate::check::reading::Reading;
use crate::t;

/// The zone balance of the layout, zone by zone.
pub fn zone_balance(r: &Reading, l: &Layout) -> Found {
    let mut found = Found::default();
    for (z, zone) in r.zones.iter().enumerate() {
        let placed: Vec<usize> = (0..r.problem.stands.len())
            .filter(|&s| r.zone_of[s] == Some(z))
            .filter_map(|s| l.occupant[s])
            .collect();
        let group = t!("check-group-zone", zone = r.zone_name(zone));
        let here = off_target(r, &placed, &group);
        found.value += here.value;
        found.reasons.extend(here.reasons);
    }
    found
}

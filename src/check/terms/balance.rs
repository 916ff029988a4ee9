//! The `balance` rules over attributes other than the province: in every zone, or on the
//! prime stands, how far each value of the attribute is from its fair share.

use super::{off_shares, Found};
use crate::check::layout::Layout;
use crate::check::reading::{BalanceReading, Reading};
use crate::format::Over;
use crate::t;
use crate::term_words::value_name;

/// The raw value of one balance term, with a reason for each value off its target in each
/// group (zone, or the prime stands).
pub fn balance(r: &Reading, l: &Layout, b: &BalanceReading) -> Found {
    let stands = 0..r.problem.stands.len();
    let groups: Vec<(String, Vec<usize>)> = match b.rule.over {
        Over::Prime => vec![(
            t!("check-group-prime"),
            stands
                .filter(|&s| r.prime[s])
                .filter_map(|s| l.occupant[s])
                .collect(),
        )],
        _ => (r.zones.iter().enumerate())
            .map(|(z, zone)| {
                let placed = (0..r.problem.stands.len())
                    .filter(|&s| r.zone_of[s] == Some(z))
                    .filter_map(|s| l.occupant[s])
                    .collect();
                (t!("check-group-zone", zone = r.zone_name(zone)), placed)
            })
            .collect(),
    };
    let lang = crate::i18n::current();
    // Each exhibitor's value, as an index into the values met.
    let index: Vec<usize> = (b.value_of.iter())
        .map(|v| b.values.iter().position(|x| x == v).expect("a value met"))
        .collect();
    let mut found = Found::default();
    for (group, placed) in groups {
        let here = off_shares(
            &placed,
            &b.share,
            |e| index[e],
            |o| {
                t!(
                    "balance-off-target",
                    group = group.as_str(),
                    value = value_name(&b.rule.attribute, &b.values[o.value], lang),
                    here = o.here,
                    target = o.target,
                    share = o.percent,
                    count = o.placed,
                    off = o.off,
                    side = o.side
                )
            },
        );
        found.value += here.value;
        found.reasons.extend(here.reasons);
    }
    found
}

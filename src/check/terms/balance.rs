//! The `balance` rules over attributes other than the province: in every zone, or on the
//! prime stands, how far each value of the attribute is from its fair share.

use super::{Found, Reason};
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
    let mut found = Found::default();
    for (group, placed) in groups {
        for (v, value) in b.values.iter().enumerate() {
            let here = placed.iter().filter(|&&e| b.value_of[e] == *value).count() as f64;
            let target = b.share[v] * placed.len() as f64;
            let off = (here - target).abs();
            found.value += off;
            if off > 1e-9 {
                found.reasons.push(Reason {
                    raw: off,
                    text: t!(
                        "balance-off-target",
                        group = group.as_str(),
                        value = value_name(&b.rule.attribute, value, lang),
                        here = here,
                        target = target,
                        share = 100.0 * b.share[v],
                        count = placed.len(),
                        off = off,
                        side = if here > target { "over" } else { "under" }
                    ),
                    stands: vec![],
                    exhibitors: vec![],
                });
            }
        }
    }
    found
}

//! The provinces across the zones of a layout, against their targets: what the report and the
//! `solve` summary show of the zone balance; and the same for every other attribute the stop
//! balances.

use crate::stop::layout::Layout;
use crate::stop::model::Stop;

/// For each zone and each province: the exhibitors of that province placed in the zone, and
/// the target `share_p · n(zone)` (the province's share of the stop's exhibitors times those
/// placed in the zone).
pub fn zone_table(stop: &Stop, layout: &Layout) -> Vec<Vec<(usize, f64)>> {
    let n = stop.exhibitors.len().max(1) as f64;
    let mut count = vec![vec![0usize; stop.provinces.len()]; stop.zones.len()];
    for (e, x) in stop.exhibitors.iter().enumerate() {
        if let Some(z) = layout.stand_of(e).and_then(|s| stop.stands[s].zone) {
            count[z][x.province] += 1;
        }
    }
    let share: Vec<f64> = (0..stop.provinces.len())
        .map(|p| stop.exhibitors.iter().filter(|e| e.province == p).count() as f64 / n)
        .collect();
    count
        .into_iter()
        .map(|row| {
            let placed: usize = row.iter().sum();
            row.into_iter()
                .enumerate()
                .map(|(p, c)| (c, share[p] * placed as f64))
                .collect()
        })
        .collect()
}

/// One row of an attribute's table: its zone (None: the prime stands), and `(count, target)`
/// per value.
pub type AttributeRow = (Option<usize>, Vec<(usize, f64)>);

/// One balanced attribute across the square: for each zone, then for the prime stands, the
/// exhibitors of each value placed there against the target `share_v · n`.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributeTable {
    /// The attribute, as the rule names it.
    pub attribute: String,
    /// Its values, as ids (see [`crate::stop::model::Balance::values`]).
    pub values: Vec<String>,
    /// One row per zone (`Some(zone)`), then the prime stands (`None`): `(count, target)` per
    /// value.
    pub rows: Vec<AttributeRow>,
}

/// One table per attribute the stop balances besides the province (each attribute once, even
/// when balanced over the zones and the prime stands), in the rules' order.
pub fn attribute_tables(stop: &Stop, layout: &Layout) -> Vec<AttributeTable> {
    let mut out: Vec<AttributeTable> = Vec::new();
    for b in stop.balances.iter().skip(2).filter(|b| b.counts()) {
        if out.iter().any(|t| t.attribute == b.attribute) {
            continue;
        }
        let row = |within: &dyn Fn(usize) -> bool| -> Vec<(usize, f64)> {
            let mut count = vec![0usize; b.values.len()];
            for e in 0..stop.exhibitors.len() {
                if layout.stand_of(e).is_some_and(within) {
                    count[b.value_of[e]] += 1;
                }
            }
            let placed: usize = count.iter().sum();
            (count.into_iter().enumerate())
                .map(|(v, c)| (c, b.shares[v] * placed as f64))
                .collect()
        };
        let mut rows: Vec<AttributeRow> = (0..stop.zones.len())
            .map(|z| (Some(z), row(&|s| stop.stands[s].zone == Some(z))))
            .collect();
        if stop.stands.iter().any(|s| s.is_prime()) {
            rows.push((None, row(&|s| stop.stands[s].is_prime())));
        }
        out.push(AttributeTable {
            attribute: b.attribute.clone(),
            values: b.values.clone(),
            rows,
        });
    }
    out
}

//! The provinces across the zones of a layout, against their targets: what the report and the
//! `solve` summary show of the zone balance.

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

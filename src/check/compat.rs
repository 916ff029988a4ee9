//! Helpers of the renderers that read a layout by the solver's resolved stop. They are not
//! part of the checker (which reads every table itself) and go when the renderers read
//! layouts their own way.

use crate::format::Solution;
use crate::stop::model::Stop;
use std::collections::HashMap;

/// The stand of each exhibitor in a solution (None when it has none or the id is unknown).
///
/// Read as the checker reads a layout: assignments naming an unknown exhibitor or stand are
/// skipped, and of two assignments of one exhibitor or one stand the first counts.
pub fn stands_of(stop: &Stop, solution: &Solution) -> Vec<Option<usize>> {
    let exhibitor: HashMap<&str, usize> = (stop.exhibitors.iter().enumerate())
        .map(|(i, x)| (x.id.as_str(), i))
        .collect();
    let stand: HashMap<&str, usize> = (stop.stands.iter().enumerate())
        .map(|(i, x)| (x.id.as_str(), i))
        .collect();
    let mut stand_of = vec![None; stop.exhibitors.len()];
    let mut taken = vec![false; stop.stands.len()];
    for a in &solution.assignments {
        let (Some(&e), Some(&s)) = (
            exhibitor.get(a.exhibitor.as_str()),
            stand.get(a.stand.as_str()),
        ) else {
            continue;
        };
        if stand_of[e].is_none() && !taken[s] {
            stand_of[e] = Some(s);
            taken[s] = true;
        }
    }
    stand_of
}

/// For each zone and province: exhibitors placed, and the target `share_p · n(zone)`.
pub fn zone_table(stop: &Stop, stand_of: &[Option<usize>]) -> Vec<Vec<(usize, f64)>> {
    let n = stop.exhibitors.len().max(1) as f64;
    let mut count = vec![vec![0usize; stop.provinces.len()]; stop.zones.len()];
    for (e, s) in stand_of.iter().enumerate() {
        if let Some(z) = s.and_then(|s| stop.stands[s].zone) {
            count[z][stop.exhibitors[e].province] += 1;
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

/// One exhibitor whose stand differs between two layouts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StandChange {
    /// Exhibitor id.
    pub exhibitor: String,
    /// Its stand in the older layout (None: it was not there).
    pub before: Option<String>,
    /// Its stand in the newer layout (None: it is not there any more).
    pub after: Option<String>,
}

/// The exhibitors whose stands differ between two layouts, by id, in the order of the newer
/// layout then of the older one's leavers.
pub fn moves_between(old: &Solution, new: &Solution) -> Vec<StandChange> {
    let stand = |s: &Solution, id: &str| {
        s.assignments
            .iter()
            .find(|a| a.exhibitor == id)
            .map(|a| a.stand.clone())
    };
    let mut out: Vec<StandChange> = new
        .assignments
        .iter()
        .filter_map(|a| {
            let before = stand(old, &a.exhibitor);
            (before.as_deref() != Some(a.stand.as_str())).then(|| StandChange {
                exhibitor: a.exhibitor.clone(),
                before,
                after: Some(a.stand.clone()),
            })
        })
        .collect();
    out.extend(
        old.assignments
            .iter()
            .filter(|a| stand(new, &a.exhibitor).is_none())
            .map(|a| StandChange {
                exhibitor: a.exhibitor.clone(),
                before: Some(a.stand.clone()),
                after: None,
            }),
    );
    out
}

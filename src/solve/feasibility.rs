//! Whether every exhibitor can have a stand at all, and if not, why — in sentences.
//!
//! A maximum matching of exhibitors to the stands they may take (needs, pins, forbidden stands)
//! decides it. When some exhibitor stays unmatched, the exhibitors reachable from it by
//! alternating paths form a set that, by Hall's theorem, needs more stands than it can use
//! between them: that set, and the stands it can use, are the explanation.

use crate::format::Explanation;
use crate::stop::layout::Layout;
use crate::stop::model::Stop;
use std::collections::BTreeSet;

/// A set of exhibitors that cannot all be placed, and the only stands they could use.
#[derive(Debug, Clone, PartialEq)]
pub struct HallSet {
    /// The exhibitors.
    pub exhibitors: Vec<usize>,
    /// The stands they may use between them (fewer than the exhibitors).
    pub stands: Vec<usize>,
}

/// Finds a maximum matching; `Ok` with the stand of each exhibitor when everyone fits, otherwise
/// the deficient sets, one per exhibitor left over (disjoint sets where possible).
pub fn place_everyone(stop: &Stop) -> Result<Vec<usize>, Vec<HallSet>> {
    let n = stop.exhibitors.len();
    let adj: Vec<Vec<usize>> = (0..n)
        .map(|e| {
            (0..stop.stands.len())
                .filter(|&s| stop.admissible(e, s))
                .collect()
        })
        .collect();
    let mut matching = Layout::empty(stop);
    // Most constrained first makes the augmenting search short.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&e| (adj[e].len(), e));
    for &e in &order {
        let mut seen = vec![false; stop.stands.len()];
        augment(e, &adj, &mut matching, &mut seen);
    }
    if let Some(stand_of) = matching.complete() {
        return Ok(stand_of);
    }
    let unmatched: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&e| matching.stand_of(e).is_none())
        .collect();
    // One alternating search per exhibitor left over: the stands it may use, the exhibitors
    // holding them, and so on. Searches that meet are merged into one set.
    let mut sets: Vec<(BTreeSet<usize>, BTreeSet<usize>)> = Vec::new();
    for &u in &unmatched {
        let mut ex = BTreeSet::from([u]);
        let mut st = BTreeSet::new();
        let mut frontier = vec![u];
        while let Some(e) = frontier.pop() {
            for &s in &adj[e] {
                if st.insert(s) {
                    if let Some(o) = matching.occupant(s) {
                        if ex.insert(o) {
                            frontier.push(o);
                        }
                    }
                }
            }
        }
        while let Some(i) = sets
            .iter()
            .position(|(e2, s2)| !e2.is_disjoint(&ex) || !s2.is_disjoint(&st))
        {
            let (e2, s2) = sets.swap_remove(i);
            ex.extend(e2);
            st.extend(s2);
        }
        sets.push((ex, st));
    }
    sets.sort();
    let sets = sets
        .into_iter()
        .map(|(ex, st)| HallSet {
            exhibitors: ex.into_iter().collect(),
            stands: st.into_iter().collect(),
        })
        .collect();
    Err(sets)
}

/// Looks for an augmenting path from the unmatched exhibitor `e`: a stand it may take that is
/// free, or whose holder can move on to another. Returns whether `e` got a stand.
fn augment(e: usize, adj: &[Vec<usize>], matching: &mut Layout, seen: &mut [bool]) -> bool {
    for &s in &adj[e] {
        if seen[s] {
            continue;
        }
        seen[s] = true;
        if matching
            .occupant(s)
            .is_none_or(|o| augment(o, adj, matching, seen))
        {
            matching.place(e, s);
            return true;
        }
    }
    false
}

fn list(items: impl Iterator<Item = String>, max: usize) -> String {
    let all: Vec<String> = items.collect();
    if all.len() <= max {
        all.join(", ")
    } else {
        format!("{} and {} more", all[..max].join(", "), all.len() - max)
    }
}

/// The sentence for a deficient set.
pub fn explain(stop: &Stop, set: &HallSet) -> Explanation {
    let k = set.exhibitors.len();
    let m = set.stands.len();
    // The needs-based sentence is only true when every member needs the same: then exactly the
    // stands offering those needs are theirs to share.
    let needs_of = |e: usize| -> BTreeSet<&str> {
        stop.exhibitors[e]
            .needs
            .iter()
            .map(String::as_str)
            .collect()
    };
    let first = needs_of(set.exhibitors[0]);
    let same = set.exhibitors.iter().all(|&e| needs_of(e) == first);
    let common: Vec<&str> = if same {
        first.into_iter().collect()
    } else {
        Vec::new()
    };
    let names = list(
        set.exhibitors
            .iter()
            .map(|&e| format!("{} ({})", stop.exhibitors[e].name, stop.exhibitors[e].id)),
        12,
    );
    let stands = if m == 0 {
        "none".to_string()
    } else {
        list(set.stands.iter().map(|&s| stop.stands[s].id.clone()), 20)
    };
    // Stands that meet a member's needs but are pinned to someone else, or forbidden to a
    // member, shrink the set's choice: say so.
    let pinned_away: Vec<String> = stop
        .pins
        .iter()
        .filter(|(e, s)| {
            !set.exhibitors.contains(e) && set.exhibitors.iter().any(|&m| stop.meets_needs(m, *s))
        })
        .map(|&(e, s)| {
            format!(
                "{} is pinned to {}",
                stop.stands[s].id, stop.exhibitors[e].id
            )
        })
        .collect();
    let restricted = !pinned_away.is_empty()
        || set.exhibitors.iter().any(|&e| {
            stop.pins.iter().any(|p| p.0 == e) || stop.forbidden.iter().any(|f| f.0 == e)
        });
    let tail = match (restricted, pinned_away.is_empty()) {
        (false, _) => String::new(),
        (true, true) => " (pins and forbidden stands taken into account)".to_string(),
        (true, false) => format!(
            " (pins and forbidden stands taken into account: {})",
            list(pinned_away.into_iter(), 5)
        ),
    };
    let text = if k > stop.stands.len() {
        format!(
            "There are {} exhibitors but only {} stands.",
            stop.exhibitors.len(),
            stop.stands.len()
        )
    } else if !common.is_empty() {
        let needs = common
            .iter()
            .map(|n| format!("\"{n}\""))
            .collect::<Vec<_>>()
            .join(" and ");
        format!(
            "These {k} exhibitors need {needs}, but only {m} stand{} offer{} it to them{tail}: {stands}. Exhibitors: {names}. Add {needs} to {} more stand{}, or leave {} of them for another stop.",
            if m == 1 { "" } else { "s" },
            if m == 1 { "s" } else { "" },
            k - m,
            if k - m == 1 { "" } else { "s" },
            k - m
        )
    } else {
        format!(
            "Because of their needs{tail}, these {k} exhibitors can use only {m} stand{} between them: {stands}. Exhibitors: {names}. Widen their choice of stands by {}, or leave {} of them for another stop.",
            if m == 1 { "" } else { "s" },
            k - m,
            k - m
        )
    };
    Explanation {
        term: "infeasible".into(),
        cost: 0.0,
        text,
        stands: set
            .stands
            .iter()
            .map(|&s| stop.stands[s].id.clone())
            .collect(),
        exhibitors: set
            .exhibitors
            .iter()
            .map(|&e| stop.exhibitors[e].id.clone())
            .collect(),
    }
}

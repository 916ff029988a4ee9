//! The best order of an itinerary's stops.
//!
//! Of the criteria, only the market's own travel (tour km) can be known without planning the
//! stops, so the search goes in two steps:
//!
//! 1. **Orders by travel.** Up to [`EXHAUSTIVE_UP_TO`] stops, every order is tried (in parallel,
//!    one task per first town) and the shortest routes are kept. Beyond, a heuristic: from every
//!    first stop, nearest neighbour then 2-opt (reverse any stretch of the route while that
//!    shortens it); the distinct routes found are ranked by km.
//! 2. **Plan the shortlist.** The caller plans the `keep` shortest orders in full (with the
//!    given order for reference) and ranks them on every criterion with [`super::compare`]:
//!    an order a little longer on the road may seat exhibitors better, be fairer or let more
//!    of them come.
//!
//! A reordered itinerary keeps the date windows in place: its i-th stop takes the i-th dates
//! of the original, and each venue keeps its own participants, places, quotas and sessions.

use super::stops::TourModel;
use crate::format::{Itinerary, TourStop};
use rayon::prelude::*;

/// Up to this many stops every order is tried.
pub const EXHAUSTIVE_UP_TO: usize = 8;

/// An order of the stops (indices into the itinerary) and its route km.
#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    /// Stop indices in the new order.
    pub stops: Vec<usize>,
    /// Road km of the route.
    pub km: f64,
}

/// The `keep` shortest orders of the itinerary's stops, shortest first (ties: the order that
/// comes first lexicographically).
pub fn shortest_orders(m: &TourModel, itinerary: &Itinerary, keep: usize) -> Vec<Order> {
    let towns: Vec<usize> = itinerary
        .stops
        .iter()
        .map(|s| m.town_of_venue(m.venue(&s.venue)))
        .collect();
    let n = towns.len();
    let km = |a: usize, b: usize| m.roads.km(towns[a], towns[b]).unwrap_or(f64::INFINITY);
    let length = |order: &[usize]| -> f64 { order.windows(2).map(|w| km(w[0], w[1])).sum() };
    let mut found: Vec<Order> = if n <= EXHAUSTIVE_UP_TO {
        (0..n)
            .into_par_iter()
            .flat_map_iter(|first| {
                let mut rest: Vec<usize> = (0..n).filter(|&i| i != first).collect();
                let mut best: Vec<Order> = Vec::new();
                loop {
                    let mut order = vec![first];
                    order.extend(&rest);
                    let len = length(&order);
                    push_best(
                        &mut best,
                        Order {
                            stops: order,
                            km: len,
                        },
                        keep,
                    );
                    if !next_permutation(&mut rest) {
                        break;
                    }
                }
                best
            })
            .collect()
    } else {
        (0..n)
            .into_par_iter()
            .map(|first| two_opt(nearest_neighbour(first, n, &km), &length))
            .map(|stops| Order {
                km: length(&stops),
                stops,
            })
            .collect()
    };
    found.sort_by(|a, b| a.km.total_cmp(&b.km).then_with(|| a.stops.cmp(&b.stops)));
    found.dedup_by(|a, b| a.stops == b.stops);
    found.truncate(keep);
    found
}

/// Keeps the `keep` best orders in `best`.
fn push_best(best: &mut Vec<Order>, o: Order, keep: usize) {
    best.push(o);
    best.sort_by(|a, b| a.km.total_cmp(&b.km).then_with(|| a.stops.cmp(&b.stops)));
    best.truncate(keep);
}

/// Rearranges into the next permutation in lexicographic order; false after the last.
///
/// ```
/// use caravane::tour::order::next_permutation;
/// let mut v = vec![1, 2, 3];
/// assert!(next_permutation(&mut v));
/// assert_eq!(v, vec![1, 3, 2]);
/// let mut last = vec![3, 2, 1];
/// assert!(!next_permutation(&mut last));
/// ```
pub fn next_permutation(v: &mut [usize]) -> bool {
    if v.len() < 2 {
        return false;
    }
    let mut i = v.len() - 1;
    while i > 0 && v[i - 1] >= v[i] {
        i -= 1;
    }
    if i == 0 {
        return false;
    }
    let mut j = v.len() - 1;
    while v[j] <= v[i - 1] {
        j -= 1;
    }
    v.swap(i - 1, j);
    v[i..].reverse();
    true
}

fn nearest_neighbour(first: usize, n: usize, km: &dyn Fn(usize, usize) -> f64) -> Vec<usize> {
    let mut order = vec![first];
    let mut left: Vec<usize> = (0..n).filter(|&i| i != first).collect();
    while !left.is_empty() {
        let at = *order.last().expect("not empty");
        let (k, _) = left
            .iter()
            .enumerate()
            .min_by(|x, y| km(at, *x.1).total_cmp(&km(at, *y.1)).then(x.1.cmp(y.1)))
            .expect("not empty");
        order.push(left.remove(k));
    }
    order
}

fn two_opt(mut order: Vec<usize>, length: &dyn Fn(&[usize]) -> f64) -> Vec<usize> {
    let mut best = length(&order);
    let mut improved = true;
    while improved {
        improved = false;
        for i in 0..order.len() {
            for j in i + 1..order.len() {
                order[i..=j].reverse();
                let len = length(&order);
                if len < best - 1e-9 {
                    best = len;
                    improved = true;
                } else {
                    order[i..=j].reverse();
                }
            }
        }
    }
    order
}

/// The itinerary with its stops in a new order, keeping the date windows in place.
pub fn reorder(itinerary: &Itinerary, order: &Order, id: String) -> Itinerary {
    let stops: Vec<TourStop> = order
        .stops
        .iter()
        .enumerate()
        .map(|(i, &k)| TourStop {
            from: itinerary.stops[i].from.clone(),
            to: itinerary.stops[i].to.clone(),
            ..itinerary.stops[k].clone()
        })
        .collect();
    Itinerary {
        name: Some(crate::t!(
            "tour-reordered",
            name = itinerary.name.as_deref().unwrap_or(&itinerary.id),
            km = order.km.round()
        )),
        id,
        stops,
    }
}

/// The itineraries `caravane compare --best-order` ranks: the given one first, then the `keep`
/// shortest other orders of its stops, named `ID-order-1`, `ID-order-2`…
pub fn with_shortest_orders(m: &TourModel, itinerary: &Itinerary, keep: usize) -> Vec<Itinerary> {
    let given: Vec<usize> = (0..itinerary.stops.len()).collect();
    let others = shortest_orders(m, itinerary, keep.saturating_add(1))
        .into_iter()
        .filter(|o| o.stops != given)
        .take(keep);
    std::iter::once(itinerary.clone())
        .chain(
            others
                .enumerate()
                .map(|(k, o)| reorder(itinerary, &o, format!("{}-order-{}", itinerary.id, k + 1))),
        )
        .collect()
}

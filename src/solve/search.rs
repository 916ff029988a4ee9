//! A local search that lowers clashes without touching the balance: it only swaps two
//! exhibitors of the same profile — province and every balanced attribute — (when that leaves
//! the rotation term as it is), swaps two exhibitors whose stands lie in the same zone with the
//! same prime status, or moves an exhibitor to a free stand of the same zone and prime status —
//! so the counts per zone, profile and prime stand, hence the balance terms, and the rotation
//! term never change. Every step respects needs, pins and forbidden stands. Deterministic for a seed.
//!
//! Besides clashes it keeps apart one-person stands whose keepers share a registered session:
//! whatever the timetable, both stands are empty while that session runs (`neighbour_watch`).
//! The stand objective does not see that cost, so among layouts of equal stand cost the search
//! prefers those that leave the timetable free to reach its own lower bound.

use crate::format::Over;
use crate::stop::layout::Layout;
use crate::stop::model::Stop;
use crate::terms::Term;
use crate::util::Rng;
use std::time::Instant;

/// Clash cost of a layout (unweighted), from the model's tables.
pub fn clash_of(stop: &Stop, stand_of: &[usize]) -> f64 {
    let layout = Layout::from_assignment(stop, stand_of);
    stop.venue
        .edges()
        .filter_map(|(s, t, k)| {
            let (i, j) = (layout.occupant(s)?, layout.occupant(t)?);
            Some(
                stop.clash
                    .cost(k, stop.exhibitors[i].family, stop.exhibitors[j].family),
            )
        })
        .sum()
}

struct State<'a> {
    stop: &'a Stop,
    /// Weighted cost of two neighbours beyond their clash: one-person stands whose keepers are
    /// registered for a common session are both away while it runs, whatever the timetable.
    /// Sorted by the other exhibitor, each listed once.
    watch: Vec<Vec<(usize, f64)>>,
    neighbours: Vec<Vec<(usize, f64)>>,
    bucket: Vec<(Option<usize>, bool)>,
    /// The layout searched: everyone is seated.
    layout: Layout,
    /// The exhibitors in a clash (or a forced watch), in increasing order: kept up to date
    /// around each step rather than recounted over the whole square.
    conflicted: Vec<usize>,
}

impl State<'_> {
    fn family(&self, e: usize) -> usize {
        self.stop.exhibitors[e].family
    }

    /// The stand of `e`.
    fn at(&self, e: usize) -> usize {
        self.layout.stand_of(e).expect("everyone is seated")
    }

    /// Clash cost around the given stands, each pair counted once.
    fn around(&self, stands: &[usize]) -> f64 {
        let mut cost = 0.0;
        for (k, &s) in stands.iter().enumerate() {
            let Some(i) = self.layout.occupant(s) else {
                continue;
            };
            for &(t, kw) in &self.neighbours[s] {
                // A pair between two listed stands is counted from the first one only.
                if stands[..k].contains(&t) {
                    continue;
                }
                if let Some(j) = self.layout.occupant(t) {
                    cost += self.stop.weights[Term::Clash]
                        * kw
                        * self.stop.clash.pair[self.family(i)][self.family(j)];
                    cost += self.watch[i]
                        .binary_search_by_key(&j, |&(o, _)| o)
                        .map_or(0.0, |k| self.watch[i][k].1);
                }
            }
        }
        cost
    }

    /// Whether `e` may move to `s` (swapping with its occupant) without changing the balance.
    fn allowed(&self, e: usize, s: usize) -> bool {
        let from = self.at(e);
        if s == from || !self.stop.admissible(e, s) {
            return false;
        }
        match self.layout.occupant(s) {
            None => self.bucket[from] == self.bucket[s],
            Some(o) => {
                self.stop.admissible(o, from)
                    && (self.bucket[from] == self.bucket[s]
                        || (self.stop.profile_of[o] == self.stop.profile_of[e]
                            && self.rotation_kept(e, from, o, s)))
            }
        }
    }

    /// Whether `e` leaving `from` for `s` and `o` going the other way keeps the rotation term.
    fn rotation_kept(&self, e: usize, from: usize, o: usize, s: usize) -> bool {
        let r = |x, t| self.stop.rotation_cost(x, t);
        (r(e, from) + r(o, s) - r(e, s) - r(o, from)).abs() < 1e-9
    }

    fn delta(&mut self, e: usize, s: usize) -> f64 {
        let from = self.at(e);
        let before = self.around(&[from, s]);
        self.layout.exchange(e, s);
        let after = self.around(&[from, s]);
        let back = self.layout.occupant(from);
        // Undo: put e back on `from`.
        self.layout.exchange(e, from);
        debug_assert!(back.is_none() || self.layout.occupant(s) == back);
        after - before
    }

    fn in_conflict(&self, e: usize) -> bool {
        self.around(&[self.at(e)]) > 1e-12
    }

    /// Recounts who is in a conflict after the occupants of `stands` changed: only they and
    /// their neighbours can have changed.
    fn refresh(&mut self, stands: &[usize]) {
        let mut near: Vec<usize> = stands.to_vec();
        for &s in stands {
            near.extend(self.neighbours[s].iter().map(|&(t, _)| t));
        }
        near.sort_unstable();
        near.dedup();
        for t in near {
            let Some(x) = self.layout.occupant(t) else {
                continue;
            };
            let now = self.in_conflict(x);
            match (self.conflicted.binary_search(&x), now) {
                (Err(k), true) => self.conflicted.insert(k, x),
                (Ok(k), false) => {
                    self.conflicted.remove(k);
                }
                _ => {}
            }
        }
    }
}

/// Improves a layout's clashes, keeping its balance, until `target` is reached or the step
/// budget or the deadline runs out. Returns the best layout seen and its clash (unweighted).
///
/// `watch` gives, for each exhibitor, the other exhibitors whose being its neighbour costs
/// `neighbour_watch` and how much (weighted): [`forced_watch`], the cost every timetable must
/// pay, or [`watch_under`] a given timetable.
pub fn reduce_clashes(
    stop: &Stop,
    start: Vec<usize>,
    target: f64,
    seed: u64,
    deadline: Option<Instant>,
    watch: Vec<Vec<(usize, f64)>>,
) -> (Vec<usize>, f64) {
    let neighbours: Vec<Vec<(usize, f64)>> = (0..stop.stands.len())
        .map(|s| {
            stop.venue
                .neighbours(s)
                .map(|(t, k)| (t, stop.clash.kind(k)))
                .collect()
        })
        .collect();
    let bucket = stop.stands.iter().map(|s| (s.zone, s.is_prime())).collect();
    let mut watch = watch;
    for w in &mut watch {
        w.sort_by_key(|&(o, _)| o);
    }
    let mut st = State {
        stop,
        watch,
        neighbours,
        bucket,
        layout: Layout::from_assignment(stop, &start),
        conflicted: Vec::new(),
    };
    st.conflicted = (0..stop.exhibitors.len())
        .filter(|&e| st.in_conflict(e))
        .collect();
    let mut cost = weighted_cost(&st);
    let mut best = (start, cost);
    let mut rng = Rng::new(seed);
    let budget = 4000 + 60 * stop.exhibitors.len();
    let n_stands = stop.stands.len();
    for _ in 0..budget {
        if best.1 <= target + 1e-9 {
            break;
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            break;
        }
        if st.conflicted.is_empty() {
            break;
        }
        let e = st.conflicted[rng.below(st.conflicted.len())];
        let noisy = rng.unit() < 0.1;
        let mut choice: Option<(usize, f64)> = None;
        let mut ties = 0usize;
        for s in 0..n_stands {
            if !st.allowed(e, s) {
                continue;
            }
            let d = st.delta(e, s);
            if noisy {
                // Random walk: any allowed move, chosen uniformly (reservoir sampling).
                ties += 1;
                if rng.below(ties) == 0 {
                    choice = Some((s, d));
                }
                continue;
            }
            match choice {
                Some((_, bd)) if d > bd + 1e-12 => {}
                Some((_, bd)) if (d - bd).abs() <= 1e-12 => {
                    ties += 1;
                    if rng.below(ties + 1) == 0 {
                        choice = Some((s, d));
                    }
                }
                _ => {
                    ties = 0;
                    choice = Some((s, d));
                }
            }
        }
        let Some((s, d)) = choice else { continue };
        if noisy || d <= 1e-12 {
            let from = st.at(e);
            st.layout.exchange(e, s);
            st.refresh(&[from, s]);
            cost += d;
            if cost < best.1 - 1e-12 {
                best = (st.layout.complete().expect("everyone is seated"), cost);
            }
        }
    }
    let exact = clash_of(stop, &best.0);
    (best.0, exact)
}

/// For every one-person exhibitor, the other one-person exhibitors sharing a registered session,
/// with the least `neighbour_watch` cost (weighted) their being neighbours forces: the longest
/// common session runs that many slots with both away.
pub fn forced_watch(stop: &Stop) -> Vec<Vec<(usize, f64)>> {
    let w = stop.weights[Term::NeighbourWatch];
    let alone: Vec<usize> = (0..stop.exhibitors.len())
        .filter(|&e| stop.exhibitors[e].staff == 1 && !stop.exhibitors[e].sessions.is_empty())
        .collect();
    let mut out = vec![Vec::new(); stop.exhibitors.len()];
    if w == 0.0 {
        return out;
    }
    for (a, &i) in alone.iter().enumerate() {
        for &j in &alone[a + 1..] {
            let longest = stop.exhibitors[i]
                .sessions
                .iter()
                .filter(|k| stop.exhibitors[j].sessions.contains(k))
                .map(|&k| stop.sessions[k].length)
                .max();
            if let Some(len) = longest {
                out[i].push((j, w * f64::from(len)));
                out[j].push((i, w * f64::from(len)));
            }
        }
    }
    out
}

/// Weighted clash plus forced neighbour watch of the whole layout.
fn weighted_cost(st: &State) -> f64 {
    let all: Vec<usize> = (0..st.stop.stands.len()).collect();
    st.around(&all)
}

/// The weighted stand objective of a layout (clash, balance and rotation terms), evaluated directly from
/// the layout, so that the solve never trusts a solver's rounded values for what it reports.
pub fn stand_cost(stop: &Stop, stand_of: &[usize]) -> f64 {
    let w = &stop.weights;
    let mut in_zone = vec![Vec::new(); stop.zones.len()];
    let mut on_prime = Vec::new();
    for (e, &s) in stand_of.iter().enumerate() {
        if let Some(z) = stop.stands[s].zone {
            in_zone[z].push(e);
        }
        if stop.stands[s].is_prime() {
            on_prime.push(e);
        }
    }
    // Σ over the values of a balance term of |n_v − share_v · n| for some placed exhibitors.
    let deviation = |k: usize, placed: &[usize]| -> f64 {
        let b = &stop.balances[k];
        let mut per = vec![0usize; b.values.len()];
        for &e in placed {
            per[b.value_of[e]] += 1;
        }
        per.iter()
            .zip(&b.shares)
            .map(|(&n, s)| (n as f64 - s * placed.len() as f64).abs())
            .sum()
    };
    let side = |k: usize| -> f64 {
        match stop.balances[k].over {
            Over::Prime => deviation(k, &on_prime),
            _ => in_zone.iter().map(|p| deviation(k, p)).sum(),
        }
    };
    let prime_stands = stop.stands.iter().filter(|s| s.is_prime()).count();
    let rotation: f64 = stand_of
        .iter()
        .enumerate()
        .map(|(e, &s)| stop.rotation_cost(e, s))
        .sum();
    let others: f64 = (2..stop.balances.len())
        .filter(|&k| stop.balances[k].counts())
        .map(|k| stop.balances[k].weight * side(k))
        .sum();
    w.total([
        (Term::Clash, clash_of(stop, stand_of)),
        (Term::ZoneBalance, side(0)),
        (Term::PrimeBalance, side(1)),
        (Term::EmptyPrime, (prime_stands - on_prime.len()) as f64),
        (Term::Rotation, rotation),
    ]) + others
}

/// The `neighbour_watch` cost (weighted) of every pair of one-person exhibitors under a given
/// timetable: the slots in which both are away. `away[e]` lists the slots exhibitor `e` is away.
pub fn watch_under(stop: &Stop, away: &[Vec<usize>]) -> Vec<Vec<(usize, f64)>> {
    let w = stop.weights[Term::NeighbourWatch];
    let alone: Vec<usize> = (0..stop.exhibitors.len())
        .filter(|&e| stop.exhibitors[e].staff == 1 && !away[e].is_empty())
        .collect();
    let mut out = vec![Vec::new(); stop.exhibitors.len()];
    for (a, &i) in alone.iter().enumerate() {
        for &j in &alone[a + 1..] {
            let both = away[i].iter().filter(|t| away[j].contains(t)).count();
            if both > 0 && w > 0.0 {
                out[i].push((j, w * both as f64));
                out[j].push((i, w * both as f64));
            }
        }
    }
    out
}

//! Whether every exhibitor can have a stand at all, and if not, why — in sentences.
//!
//! A maximum matching of exhibitors to the stands they may take (needs, pins, forbidden stands)
//! decides it: a greedy matching, most constrained exhibitors first, completed by the shortest
//! augmenting paths of Hopcroft and Karp. Exhibitors with the same needs share one list of
//! admissible stands, so that a stop of thousands is matched in milliseconds. When some
//! exhibitor stays unmatched, the exhibitors reachable from it by alternating paths form a set
//! that, by Hall's theorem, needs more stands than it can use between them: that set, and the
//! stands it can use, are the explanation.

use crate::format::Explanation;
use crate::stop::model::Stop;
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::convert::Infallible;
use std::time::Instant;

/// A set of exhibitors that cannot all be placed, and the only stands they could use.
#[derive(Debug, Clone, PartialEq)]
pub struct HallSet {
    /// The exhibitors.
    pub exhibitors: Vec<usize>,
    /// The stands they may use between them (fewer than the exhibitors).
    pub stands: Vec<usize>,
}

/// What the matching found before its deadline.
#[derive(Debug, Clone, PartialEq)]
pub enum Matching {
    /// Everyone can be placed: the stand of each exhibitor.
    Everyone(Vec<usize>),
    /// Some cannot: the deficient sets, one per exhibitor left over (disjoint sets where
    /// possible).
    Deficient(Vec<HallSet>),
    /// The deadline came before the matching was complete: nothing is known.
    OutOfTime,
}

/// Finds a maximum matching; `Ok` with the stand of each exhibitor when everyone fits, otherwise
/// the deficient sets, one per exhibitor left over (disjoint sets where possible).
pub fn place_everyone(stop: &Stop) -> Result<Vec<usize>, Vec<HallSet>> {
    let Ok(matched) = maximum_matching(stop, &Unhurried);
    matched.into_result()
}

/// Like [`place_everyone`], giving up when the deadline comes first.
pub fn place_everyone_by(stop: &Stop, deadline: Option<Instant>) -> Matching {
    match maximum_matching(stop, &Deadline(deadline)) {
        Ok(matched) => match matched.into_result() {
            Ok(stand_of) => Matching::Everyone(stand_of),
            Err(sets) => Matching::Deficient(sets),
        },
        Err(OutOfTime) => Matching::OutOfTime,
    }
}

/// Asked between steps of the matching whether to go on.
trait Clock {
    /// Why the matching stopped early.
    type Cut;
    fn check(&self) -> Result<(), Self::Cut>;
}

/// No deadline: the matching always ends.
struct Unhurried;

impl Clock for Unhurried {
    type Cut = Infallible;
    fn check(&self) -> Result<(), Infallible> {
        Ok(())
    }
}

/// The deadline came.
struct OutOfTime;

/// A deadline, if any.
struct Deadline(Option<Instant>);

impl Clock for Deadline {
    type Cut = OutOfTime;
    fn check(&self) -> Result<(), OutOfTime> {
        match self.0 {
            Some(d) if Instant::now() >= d => Err(OutOfTime),
            _ => Ok(()),
        }
    }
}

/// The stands each exhibitor may take, in stand order. Exhibitors with the same needs, neither
/// pinned nor with forbidden stands, share one list.
struct Admissible {
    lists: Vec<Vec<usize>>,
    list_of: Vec<usize>,
}

impl Admissible {
    /// Exactly the pairs [`Stop::admissible`] allows, without asking it of every pair.
    fn of(stop: &Stop) -> Admissible {
        let pinned_stand: HashSet<usize> = stop.pins.iter().map(|&(_, s)| s).collect();
        let pinned_exhibitor: HashSet<usize> = stop.pins.iter().map(|&(e, _)| e).collect();
        let forbidden: HashSet<(usize, usize)> = stop.forbidden.iter().copied().collect();
        let restricted: HashSet<usize> = stop.forbidden.iter().map(|&(e, _)| e).collect();
        let mut lists: Vec<Vec<usize>> = Vec::new();
        let mut by_needs: HashMap<BTreeSet<&str>, usize> = HashMap::new();
        let mut list_of = Vec::with_capacity(stop.exhibitors.len());
        for (e, x) in stop.exhibitors.iter().enumerate() {
            let needs: BTreeSet<&str> = x.needs.iter().map(String::as_str).collect();
            // Stands meeting these needs that are pinned to nobody: the choice of everyone
            // with these needs who is not pinned.
            let shared = *by_needs.entry(needs).or_insert_with(|| {
                lists.push(
                    (0..stop.stands.len())
                        .filter(|s| !pinned_stand.contains(s) && stop.meets_needs(e, *s))
                        .collect(),
                );
                lists.len() - 1
            });
            let own = if pinned_exhibitor.contains(&e) {
                let mut pinned: Vec<usize> = stop
                    .pins
                    .iter()
                    .filter(|p| p.0 == e)
                    .map(|p| p.1)
                    .filter(|&s| stop.admissible(e, s))
                    .collect();
                pinned.sort_unstable();
                pinned.dedup();
                Some(pinned)
            } else if restricted.contains(&e) {
                Some(
                    lists[shared]
                        .iter()
                        .copied()
                        .filter(|&s| !forbidden.contains(&(e, s)))
                        .collect(),
                )
            } else {
                None
            };
            list_of.push(match own {
                Some(list) => {
                    lists.push(list);
                    lists.len() - 1
                }
                None => shared,
            });
        }
        Admissible { lists, list_of }
    }

    /// The stands exhibitor `e` may take.
    fn of_exhibitor(&self, e: usize) -> &[usize] {
        &self.lists[self.list_of[e]]
    }
}

/// A matching of exhibitors to stands, and the graph it lives in.
struct Matched {
    adj: Admissible,
    /// The stand of each exhibitor.
    stand: Vec<Option<usize>>,
    /// The exhibitor on each stand.
    occupant: Vec<Option<usize>>,
    /// The exhibitors, most constrained first.
    order: Vec<usize>,
}

/// Layers of a breadth-first search not reached.
const UNREACHED: usize = usize::MAX;

/// A maximum matching: greedy first, then Hopcroft–Karp phases until no augmenting path is
/// left. The clock is asked between steps.
fn maximum_matching<C: Clock>(stop: &Stop, clock: &C) -> Result<Matched, C::Cut> {
    let adj = Admissible::of(stop);
    let n = stop.exhibitors.len();
    let mut m = Matched {
        stand: vec![None; n],
        occupant: vec![None; stop.stands.len()],
        order: (0..n).collect(),
        adj,
    };
    m.order.sort_by_key(|&e| (m.adj.of_exhibitor(e).len(), e));
    // Greedy: each exhibitor, most constrained first, takes the first free stand of its list.
    // A shared list is scanned once over: the stands it skipped stay taken.
    let mut next = vec![0usize; m.adj.lists.len()];
    for (k, &e) in m.order.iter().enumerate() {
        if k % 1024 == 0 {
            clock.check()?;
        }
        let l = m.adj.list_of[e];
        let list = &m.adj.lists[l];
        while next[l] < list.len() && m.occupant[list[next[l]]].is_some() {
            next[l] += 1;
        }
        if let Some(&s) = list.get(next[l]) {
            m.occupant[s] = Some(e);
            m.stand[e] = Some(s);
        }
    }
    let mut layer = vec![UNREACHED; n];
    loop {
        clock.check()?;
        if !m.layer_from_free(&mut layer) {
            return Ok(m);
        }
        let mut tried = vec![0usize; n];
        let free: Vec<usize> = (0..n).filter(|&e| m.stand[e].is_none()).collect();
        for (k, &u) in free.iter().enumerate() {
            if k % 64 == 0 {
                clock.check()?;
            }
            m.augment_from(u, &mut layer, &mut tried);
        }
    }
}

impl Matched {
    /// Breadth-first layers of exhibitors from the unmatched ones along alternating paths, up
    /// to the first layer that reaches a free stand. Returns whether one was reached.
    fn layer_from_free(&self, layer: &mut [usize]) -> bool {
        let mut queue = VecDeque::new();
        for (e, l) in layer.iter_mut().enumerate() {
            *l = if self.stand[e].is_none() {
                queue.push_back(e);
                0
            } else {
                UNREACHED
            };
        }
        let mut found_at = UNREACHED;
        while let Some(e) = queue.pop_front() {
            if layer[e] >= found_at {
                continue;
            }
            for &s in self.adj.of_exhibitor(e) {
                match self.occupant[s] {
                    None => found_at = found_at.min(layer[e] + 1),
                    Some(o) if layer[o] == UNREACHED => {
                        layer[o] = layer[e] + 1;
                        queue.push_back(o);
                    }
                    Some(_) => {}
                }
            }
        }
        found_at != UNREACHED
    }

    /// Looks for an augmenting path from the unmatched exhibitor `u` along the layers (each
    /// step one layer deeper), depth first without recursion, and flips it when found.
    /// `tried[e]` is how far `e`'s list has been tried in this phase; an exhibitor with no way
    /// on leaves the layers.
    fn augment_from(&mut self, u: usize, layer: &mut [usize], tried: &mut [usize]) {
        // The exhibitors of the path, and the stand each one would take.
        let mut path: Vec<(usize, usize)> = Vec::new();
        let mut e = u;
        loop {
            let list = self.adj.of_exhibitor(e);
            let mut step = None;
            while tried[e] < list.len() {
                let s = list[tried[e]];
                tried[e] += 1;
                match self.occupant[s] {
                    None => {
                        step = Some((s, None));
                        break;
                    }
                    Some(o) if layer[o] != UNREACHED && layer[o] == layer[e] + 1 => {
                        step = Some((s, Some(o)));
                        break;
                    }
                    Some(_) => {}
                }
            }
            match step {
                Some((s, None)) => {
                    path.push((e, s));
                    for &(x, t) in &path {
                        self.stand[x] = Some(t);
                        self.occupant[t] = Some(x);
                    }
                    return;
                }
                Some((s, Some(o))) => {
                    path.push((e, s));
                    e = o;
                }
                None => {
                    layer[e] = UNREACHED;
                    match path.pop() {
                        Some((back, _)) => e = back,
                        None => return,
                    }
                }
            }
        }
    }

    /// Everyone's stand, or the deficient sets of those left over.
    fn into_result(self) -> Result<Vec<usize>, Vec<HallSet>> {
        if let Some(stand_of) = self.stand.iter().copied().collect::<Option<Vec<usize>>>() {
            return Ok(stand_of);
        }
        Err(self.deficient_sets())
    }

    /// One alternating search per exhibitor left over (most constrained first): the stands it
    /// may use, the exhibitors holding them, and so on. Searches that meet are merged into one
    /// set; a search stops at a stand an earlier one reached, whose set it joins.
    fn deficient_sets(&self) -> Vec<HallSet> {
        let mut owner: Vec<Option<usize>> = vec![None; self.occupant.len()];
        let mut merged_into: Vec<usize> = Vec::new();
        let mut sets: Vec<(BTreeSet<usize>, BTreeSet<usize>)> = Vec::new();
        let root = |merged_into: &[usize], mut k: usize| {
            while merged_into[k] != k {
                k = merged_into[k];
            }
            k
        };
        for &u in self.order.iter().filter(|&&e| self.stand[e].is_none()) {
            let id = sets.len();
            sets.push((BTreeSet::from([u]), BTreeSet::new()));
            merged_into.push(id);
            let mut frontier = vec![u];
            while let Some(e) = frontier.pop() {
                for &s in self.adj.of_exhibitor(e) {
                    match owner[s] {
                        Some(k) => {
                            let r = root(&merged_into, k);
                            if r != id {
                                merged_into[r] = id;
                                let (ex, st) = std::mem::take(&mut sets[r]);
                                sets[id].0.extend(ex);
                                sets[id].1.extend(st);
                            }
                        }
                        None => {
                            owner[s] = Some(id);
                            sets[id].1.insert(s);
                            if let Some(o) = self.occupant[s] {
                                sets[id].0.insert(o);
                                frontier.push(o);
                            }
                        }
                    }
                }
            }
        }
        let mut sets: Vec<(BTreeSet<usize>, BTreeSet<usize>)> = sets
            .into_iter()
            .enumerate()
            .filter(|&(k, _)| merged_into[k] == k)
            .map(|(_, set)| set)
            .collect();
        sets.sort();
        sets.into_iter()
            .map(|(ex, st)| HallSet {
                exhibitors: ex.into_iter().collect(),
                stands: st.into_iter().collect(),
            })
            .collect()
    }
}

/// The sentence for a deficient set, in the current language: who cannot all be placed, the
/// only stands they may use, and what to do.
pub fn explain(stop: &Stop, set: &HallSet) -> Explanation {
    use super::{and_list, list_at_most, quoted};
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
    let names = list_at_most(
        set.exhibitors
            .iter()
            .map(|&e| format!("{} ({})", stop.exhibitors[e].name, stop.exhibitors[e].id)),
        12,
    );
    let stands = list_at_most(set.stands.iter().map(|&s| stop.stands[s].id.clone()), 20);
    // Stands that meet a member's needs but are pinned to someone else, or forbidden to a
    // member, shrink the set's choice: say so.
    let pinned_away: Vec<String> = stop
        .pins
        .iter()
        .filter(|(e, s)| {
            !set.exhibitors.contains(e) && set.exhibitors.iter().any(|&m| stop.meets_needs(m, *s))
        })
        .map(|&(e, s)| {
            crate::t!(
                "planning-infeasible-pinned",
                stand = stop.stands[s].id.as_str(),
                exhibitor = stop.exhibitors[e].id.as_str()
            )
        })
        .collect();
    let restricted = !pinned_away.is_empty()
        || set.exhibitors.iter().any(|&e| {
            stop.pins.iter().any(|p| p.0 == e) || stop.forbidden.iter().any(|f| f.0 == e)
        });
    let tail = match (restricted, pinned_away.is_empty()) {
        (false, _) => String::new(),
        (true, true) => crate::t!("planning-infeasible-restricted"),
        (true, false) => crate::t!(
            "planning-infeasible-restricted-list",
            pins = list_at_most(pinned_away.into_iter(), 5)
        ),
    };
    let text = if k > stop.stands.len() {
        crate::t!(
            "planning-infeasible-too-many",
            exhibitors = stop.exhibitors.len(),
            stands = stop.stands.len()
        )
    } else if !common.is_empty() {
        let needs: Vec<String> = common.iter().map(|n| quoted(n)).collect();
        crate::t!(
            "planning-infeasible-needs",
            count = k,
            needs = and_list(&needs),
            offered = m,
            tail = tail,
            stands = stands,
            names = names,
            missing = k - m
        )
    } else {
        crate::t!(
            "planning-infeasible-choice",
            count = k,
            offered = m,
            tail = tail,
            stands = stands,
            names = names,
            missing = k - m
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

//! Interchangeable exhibitors and interchangeable stands.
//!
//! Two exhibitors of the same province, family and needs, neither pinned nor with forbidden
//! stands, can swap stands without changing anything the objective sees; likewise two stands of
//! the same zone, the same prime status and the same tags that anyone needs, neither pinned nor
//! forbidden to anyone. Grouping them removes symmetry from the models and makes a count model
//! exact: any counts it finds can be turned into a layout.

use crate::stop::model::Stop;
use std::collections::{BTreeMap, BTreeSet};

/// What makes exhibitors interchangeable: profile (province and balanced attributes), family,
/// sorted needs, what their history
/// costs on each kind of stand (when the rotation term counts), and the exhibitor itself when it
/// is pinned or has forbidden stands.
type ExhibitorKey = (
    Option<usize>,
    Option<usize>,
    Vec<String>,
    Option<Vec<u64>>,
    Option<usize>,
);

/// What makes stands interchangeable: zone, prime, needed tags, and the stand itself when it is
/// pinned or forbidden to someone.
type StandKey<'a> = (Option<usize>, bool, Vec<&'a str>, Option<usize>);

/// Groups of interchangeable exhibitors.
#[derive(Debug, Clone)]
pub struct ExhibitorGroups {
    /// The exhibitors of each group, in file order.
    pub members: Vec<Vec<usize>>,
    /// The profile of each group (province and balanced attributes), when grouped by profile.
    pub profile: Vec<Option<usize>>,
    /// The family of each group, when grouped by family.
    pub family: Vec<Option<usize>>,
}

/// What else than their needs makes exhibitors interchangeable, for the model at hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// The same profile — province and every balanced attribute — (and history): the count
    /// model, which sees the balance terms only.
    ByProvince,
    /// The same family: the least-clash model, which sees the clash term only.
    ByFamily,
    /// The same profile (and history) and family: the whole stand objective.
    ByProvinceAndFamily,
}

impl Grouping {
    fn by_province(self) -> bool {
        matches!(self, Grouping::ByProvince | Grouping::ByProvinceAndFamily)
    }

    fn by_family(self) -> bool {
        matches!(self, Grouping::ByFamily | Grouping::ByProvinceAndFamily)
    }
}

/// Groups the exhibitors by needs and by what `grouping` asks. Pinned exhibitors and
/// exhibitors with forbidden stands each form a group of their own. Grouped by province (for
/// the models that see the balance terms), exhibitors with different histories are kept apart
/// when the rotation term counts, so that every member of a group costs the same anywhere.
pub fn exhibitor_groups(stop: &Stop, grouping: Grouping) -> ExhibitorGroups {
    exhibitor_groups_apart(stop, grouping, &BTreeSet::new())
}

/// Like [`exhibitor_groups`], with the given exhibitors each in a group of its own too (a
/// re-plan keeps them apart, since each has a stand of its own to keep).
pub fn exhibitor_groups_apart(
    stop: &Stop,
    grouping: Grouping,
    apart: &BTreeSet<usize>,
) -> ExhibitorGroups {
    let (by_province, by_family) = (grouping.by_province(), grouping.by_family());
    let special: BTreeSet<usize> = stop
        .pins
        .iter()
        .map(|&(e, _)| e)
        .chain(stop.forbidden.iter().map(|&(e, _)| e))
        .chain(apart.iter().copied())
        .collect();
    let mut index: BTreeMap<ExhibitorKey, usize> = BTreeMap::new();
    let mut g = ExhibitorGroups {
        members: vec![],
        profile: vec![],
        family: vec![],
    };
    let rotation = stop.has_rotation();
    // One stand of each (zone, prime) kind: the rotation cost depends on nothing else.
    let mut cells: Vec<usize> = Vec::new();
    for (k, s) in stop.stands.iter().enumerate() {
        if !cells
            .iter()
            .any(|&c| stop.stands[c].zone == s.zone && stop.stands[c].is_prime() == s.is_prime())
        {
            cells.push(k);
        }
    }
    for (i, e) in stop.exhibitors.iter().enumerate() {
        let mut needs = e.needs.clone();
        needs.sort();
        needs.dedup();
        let p = by_province.then_some(stop.profile_of[i]);
        let f = by_family.then_some(e.family);
        // What the exhibitor's history costs on each kind of stand (bits of the f64 costs).
        let history = (by_province && rotation).then(|| {
            cells
                .iter()
                .map(|&s| stop.rotation_cost(i, s).to_bits())
                .collect()
        });
        let key = (p, f, needs, history, special.contains(&i).then_some(i));
        let k = *index.entry(key).or_insert_with(|| {
            g.members.push(vec![]);
            g.profile.push(p);
            g.family.push(f);
            g.members.len() - 1
        });
        g.members[k].push(i);
    }
    g
}

/// Groups of interchangeable stands.
#[derive(Debug, Clone)]
pub struct StandTypes {
    /// The stands of each type, in file order.
    pub members: Vec<Vec<usize>>,
    /// The zone of each type.
    pub zone: Vec<Option<usize>>,
    /// Whether each type is prime.
    pub prime: Vec<bool>,
}

/// Groups the stands by zone, prime status and the tags anyone needs; pinned stands and stands
/// forbidden to anyone form types of their own.
pub fn stand_types(stop: &Stop) -> StandTypes {
    let needed: BTreeSet<&str> = stop
        .exhibitors
        .iter()
        .flat_map(|e| e.needs.iter().map(String::as_str))
        .collect();
    let special: BTreeSet<usize> = stop
        .pins
        .iter()
        .map(|&(_, s)| s)
        .chain(stop.forbidden.iter().map(|&(_, s)| s))
        .collect();
    let mut index: BTreeMap<StandKey, usize> = BTreeMap::new();
    let mut t = StandTypes {
        members: vec![],
        zone: vec![],
        prime: vec![],
    };
    for (i, s) in stop.stands.iter().enumerate() {
        let tags: Vec<&str> = s
            .tags
            .iter()
            .map(String::as_str)
            .filter(|x| needed.contains(x))
            .collect();
        let key = (
            s.zone,
            s.is_prime(),
            tags,
            special.contains(&i).then_some(i),
        );
        let k = *index.entry(key).or_insert_with(|| {
            t.members.push(vec![]);
            t.zone.push(s.zone);
            t.prime.push(s.is_prime());
            t.members.len() - 1
        });
        t.members[k].push(i);
    }
    t
}

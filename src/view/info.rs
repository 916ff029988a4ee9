//! What a stop holds, counted the way a planner checks a file before solving it.
//!
//! The counts carry ids (as the file writes them) and names for people in the language asked:
//! zones by their names, common tags, categories, kinds of neighbours and the programme's parts
//! in words.

use crate::format::{Category, EdgeKind, Problem};
use crate::i18n::{tl, Lang};
use crate::stop::model::Stop;
use crate::view::names::{tag_name, zone_name};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// A count with a name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Count {
    /// The id or word counted.
    pub id: String,
    /// A name for people.
    pub name: String,
    /// How many.
    pub count: usize,
}

/// Demand against supply for one set of needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeedSupply {
    /// The tags needed together.
    pub needs: Vec<String>,
    /// Exhibitors whose needs include all of them.
    pub exhibitors: usize,
    /// Stands offering all of them.
    pub stands: usize,
}

/// The summary printed by `caravane info`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Problem name.
    pub name: String,
    /// Town.
    pub town: String,
    /// Venue.
    pub venue: String,
    /// Opening day.
    pub from: String,
    /// Closing day.
    pub to: String,
    /// Sample data?
    pub sample_data: bool,
    /// Number of exhibitors.
    pub exhibitors: usize,
    /// Number of stands.
    pub stands: usize,
    /// Exhibitors per province.
    pub provinces: Vec<Count>,
    /// Exhibitors per product family.
    pub families: Vec<Count>,
    /// Exhibitors per category.
    pub categories: Vec<Count>,
    /// Stands per zone.
    pub zones: Vec<Count>,
    /// Stands per tag.
    pub tags: Vec<Count>,
    /// Needs against supply, for every set of needs some exhibitor has and each tag alone.
    pub needs: Vec<NeedSupply>,
    /// Neighbour pairs per kind.
    pub adjacency: Vec<Count>,
    /// Pins, forbidden pairs, rooms, slots and sessions.
    pub programme: Vec<Count>,
}

/// The name of a category, in `lang`.
pub fn category_name(category: Category, lang: Lang) -> String {
    match category {
        Category::Agricultural => tl!(lang, "plan-info-agricultural"),
        Category::Artisanal => tl!(lang, "plan-info-artisanal"),
        Category::Services => tl!(lang, "plan-info-services"),
    }
}

/// The name of a kind of neighbours, in `lang`.
pub fn edge_kind_name(kind: EdgeKind, lang: Lang) -> String {
    match kind {
        EdgeKind::Side => tl!(lang, "plan-info-side"),
        EdgeKind::Facing => tl!(lang, "plan-info-facing"),
        EdgeKind::Back => tl!(lang, "plan-info-back"),
    }
}

/// Counts what a stop holds, with names for people in `lang`.
pub fn summarize(problem: &Problem, stop: &Stop, lang: Lang) -> Summary {
    let by_province = stop.province_counts();
    let mut by_family = vec![0; stop.families.len()];
    let mut by_category: BTreeMap<Category, usize> = BTreeMap::new();
    for e in &stop.exhibitors {
        by_family[e.family] += 1;
        *by_category
            .entry(stop.families[e.family].category)
            .or_insert(0) += 1;
    }
    let mut by_zone = vec![0; stop.zones.len()];
    let mut unzoned = 0;
    let mut by_tag: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &stop.stands {
        match s.zone {
            Some(z) => by_zone[z] += 1,
            None => unzoned += 1,
        }
        for t in &s.tags {
            *by_tag.entry(t).or_insert(0) += 1;
        }
    }
    let mut need_sets: BTreeSet<Vec<String>> = BTreeSet::new();
    for e in &stop.exhibitors {
        let mut set = e.needs.clone();
        set.sort();
        set.dedup();
        for n in &set {
            need_sets.insert(vec![n.clone()]);
        }
        if set.len() > 1 {
            need_sets.insert(set);
        }
    }
    let needs = need_sets
        .into_iter()
        .map(|set| NeedSupply {
            exhibitors: stop
                .exhibitors
                .iter()
                .filter(|e| set.iter().all(|n| e.needs.contains(n)))
                .count(),
            stands: stop
                .stands
                .iter()
                .filter(|s| set.iter().all(|n| s.tags.contains(n)))
                .count(),
            needs: set,
        })
        .collect();
    let count = |id: &str, name: &str, count: usize| Count {
        id: id.into(),
        name: name.into(),
        count,
    };
    let mut zones: Vec<Count> = stop
        .zones
        .iter()
        .zip(by_zone)
        .map(|(z, n)| count(z, &zone_name(&problem.zones, z, lang), n))
        .collect();
    if unzoned > 0 {
        zones.push(count("", &tl!(lang, "plan-info-no-zone"), unzoned));
    }
    let kinds = stop.venue.count_by_kind();
    Summary {
        name: stop.name.clone(),
        town: stop.info.town.clone(),
        venue: stop.info.venue.clone(),
        from: stop.info.from.clone(),
        to: stop.info.to.clone(),
        sample_data: stop.info.sample_data,
        exhibitors: stop.exhibitors.len(),
        stands: stop.stands.len(),
        provinces: stop
            .provinces
            .iter()
            .zip(by_province)
            .map(|(p, n)| count(&p.id, &p.name, n))
            .collect(),
        families: stop
            .families
            .iter()
            .zip(by_family)
            .map(|(f, n)| count(&f.id, &f.name, n))
            .collect(),
        categories: by_category
            .into_iter()
            .map(|(c, n)| {
                let id = serde_json::to_value(c)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                count(&id, &category_name(c, lang), n)
            })
            .collect(),
        zones,
        tags: by_tag
            .into_iter()
            .map(|(t, n)| count(t, &tag_name(t, lang), n))
            .collect(),
        needs,
        adjacency: EdgeKind::ALL
            .iter()
            .map(|k| {
                count(
                    k.as_str(),
                    &edge_kind_name(*k, lang),
                    kinds.get(k).copied().unwrap_or(0),
                )
            })
            .collect(),
        programme: vec![
            count("pins", &tl!(lang, "plan-info-pins"), stop.pins.len()),
            count(
                "forbidden",
                &tl!(lang, "plan-info-forbidden"),
                stop.forbidden.len(),
            ),
            count("rooms", &tl!(lang, "plan-info-rooms"), stop.rooms.len()),
            count("slots", &tl!(lang, "plan-info-slots"), stop.slots.len()),
            count(
                "sessions",
                &tl!(lang, "plan-info-sessions"),
                stop.sessions.len(),
            ),
        ],
    }
}

//! From a tour to its stops: who exhibits at each stop, and the stop file that results, with
//! the history of the earlier stops of the itinerary.
//!
//! **Who exhibits.** The exhibitors the stop admits (everyone, a list, or those living within a
//! radius) apply. Those whose needs no stand of the venue meets are turned away first. If more
//! remain than places, each province gets places in proportion to its share of the pool (the
//! regional share), largest remainders first, never more than its applicants or its quota, and
//! places one province cannot use go to the others in the same proportions. Within a province,
//! exhibitors who have had fewer places earlier in the itinerary come first, then those who live
//! nearer, then the pool's order. Provinces take their places round by round (each its first
//! exhibitor, then each its second…); an exhibitor whose needs the stands can no longer meet
//! alongside those already taken (more need water than stands have it, say) is passed over, and
//! the places are shared again without it, so that no place is lost to it.

use super::roads::Roads;
use crate::format::{
    Exhibitor, Participants, Placement, Problem, Session, Slot, StopInfo, Tour, TourStop,
    STOP_FORMAT,
};
use crate::solve::feasibility::place_everyone;
use crate::stop::model::{index_by_id, Stop};
use crate::stop::time::Date;
use crate::stop::validate::quoted;
use crate::t;
use std::collections::BTreeSet;

/// A tour with its ids resolved and its road distances computed.
#[derive(Debug, Clone)]
pub struct TourModel {
    /// The tour file.
    pub tour: Tour,
    /// The road network, towns in file order.
    pub roads: Roads,
    /// Home town of each exhibitor of the pool.
    pub home: Vec<usize>,
    /// Province of each exhibitor of the pool.
    pub province: Vec<usize>,
    /// Each province's share of the pool: the regional shares.
    pub regional_share: Vec<f64>,
}

impl TourModel {
    /// Resolves a tour that passed validation ([`crate::stop::load::parse_tour`]).
    ///
    /// # Panics
    /// On a reference that validation would have refused.
    pub fn new(tour: Tour) -> TourModel {
        let towns = index_by_id(&tour.towns, |t| &t.id);
        let roads = Roads::new(
            tour.towns.len(),
            &tour
                .roads
                .iter()
                .map(|r| (towns[r.a.as_str()], towns[r.b.as_str()], r.km))
                .collect::<Vec<_>>(),
        );
        let provinces = index_by_id(&tour.provinces, |p| &p.id);
        let home = tour
            .exhibitors
            .iter()
            .map(|e| towns[e.home.as_deref().unwrap_or_default()])
            .collect();
        let province: Vec<usize> = tour
            .exhibitors
            .iter()
            .map(|e| provinces[e.province.as_str()])
            .collect();
        let mut regional_share = vec![0.0; tour.provinces.len()];
        for &p in &province {
            regional_share[p] += 1.0 / tour.exhibitors.len().max(1) as f64;
        }
        TourModel {
            tour,
            roads,
            home,
            province,
            regional_share,
        }
    }

    /// The index of a venue by id.
    pub fn venue(&self, id: &str) -> usize {
        self.tour
            .venues
            .iter()
            .position(|v| v.id == id)
            .expect("validated venue id")
    }

    /// The town (index) of a venue.
    pub fn town_of_venue(&self, venue: usize) -> usize {
        let id = &self.tour.venues[venue].town;
        self.tour
            .towns
            .iter()
            .position(|t| &t.id == id)
            .expect("validated town id")
    }

    /// Road km from an exhibitor's home to a town.
    pub fn km_from_home(&self, exhibitor: usize, town: usize) -> f64 {
        self.roads
            .km(self.home[exhibitor], town)
            .expect("validated: every home reaches every stop")
    }
}

/// Who exhibits at one stop, and who was turned away and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    /// Exhibitors of the pool who may come (participants rule).
    pub applicants: usize,
    /// The exhibitors with a place, as pool indices in pool order.
    pub chosen: Vec<usize>,
    /// Applicants without a place, with the reason.
    pub turned_away: Vec<(usize, String)>,
}

/// Chooses who exhibits at a stop; `had_places[e]` counts exhibitor `e`'s places at the
/// earlier stops of the itinerary.
pub fn select(m: &TourModel, stop: &TourStop, had_places: &[u32]) -> Selection {
    let t = &m.tour;
    let venue = &t.venues[m.venue(&stop.venue)];
    let town = m.town_of_venue(m.venue(&stop.venue));
    let applicants: Vec<usize> = (0..t.exhibitors.len())
        .filter(|&e| match &stop.participants {
            Participants::Everyone => true,
            Participants::Exhibitors(list) => list.contains(&t.exhibitors[e].id),
            Participants::WithinKm(km) => m.km_from_home(e, town) <= *km + 1e-9,
        })
        .collect();
    let mut turned_away = Vec::new();
    let mut able = Vec::new();
    for &e in &applicants {
        let needs = &t.exhibitors[e].needs;
        if venue
            .stands
            .iter()
            .any(|s| needs.iter().all(|n| s.tags.contains(n)))
        {
            able.push(e);
        } else {
            turned_away.push((
                e,
                t!(
                    "tour-away-needs",
                    venue = venue.name.as_str(),
                    count = needs.len(),
                    needs = quoted(needs)
                ),
            ));
        }
    }
    // Order within each province: fewer places so far, nearer home, pool order.
    let key = |e: usize| (had_places[e], m.km_from_home(e, town), e);
    let mut by_province: Vec<Vec<usize>> = vec![vec![]; t.provinces.len()];
    for &e in &able {
        by_province[m.province[e]].push(e);
    }
    for list in &mut by_province {
        list.sort_by(|&a, &b| {
            let (ka, kb) = (key(a), key(b));
            ka.0.cmp(&kb.0)
                .then(ka.1.total_cmp(&kb.1))
                .then(ka.2.cmp(&kb.2))
        });
    }
    let places = stop
        .places
        .map_or(venue.stands.len(), |p| (p as usize).min(venue.stands.len()));
    let quota = |p: usize| stop.quotas.get(&t.provinces[p].id).map(|&q| q as usize);
    // Exhibitors whose needs the stands left cannot meet are passed over, and the share of
    // places is made again without them until nobody more is passed over.
    let mut passed_over: BTreeSet<usize> = BTreeSet::new();
    loop {
        let cap: Vec<usize> = (0..t.provinces.len())
            .map(|p| {
                let left = by_province[p]
                    .iter()
                    .filter(|e| !passed_over.contains(e))
                    .count();
                quota(p).map_or(left, |q| q.min(left))
            })
            .collect();
        let allotted = allot(places, &cap, &m.regional_share);
        // Round by round, each province takes its next exhibitor while it has places left,
        // if the stands can still seat everyone taken with their needs.
        let mut chosen: Vec<usize> = Vec::new();
        let mut taken = vec![0usize; t.provinces.len()];
        let mut newly_passed = false;
        let longest = by_province.iter().map(Vec::len).max().unwrap_or(0);
        for rank in 0..longest {
            for (p, list) in by_province.iter().enumerate() {
                let Some(&e) = list.get(rank) else { continue };
                if passed_over.contains(&e) || taken[p] >= allotted[p] {
                    continue;
                }
                if !t.exhibitors[e].needs.is_empty() {
                    let mut with = chosen.clone();
                    with.push(e);
                    with.sort_unstable();
                    let problem = stop_problem_for(m, stop, &with, &[]);
                    if place_everyone(&Stop::new("selection", &problem)).is_err() {
                        passed_over.insert(e);
                        newly_passed = true;
                        continue;
                    }
                }
                chosen.push(e);
                taken[p] += 1;
            }
        }
        if newly_passed {
            continue;
        }
        chosen.sort_unstable();
        for (p, list) in by_province.iter().enumerate() {
            let prov = &t.provinces[p].name;
            for &e in list {
                if chosen.binary_search(&e).is_ok() {
                    continue;
                }
                let why = if passed_over.contains(&e) {
                    t!(
                        "tour-away-taken",
                        venue = venue.name.as_str(),
                        count = t.exhibitors[e].needs.len(),
                        needs = quoted(&t.exhibitors[e].needs)
                    )
                } else if quota(p).is_some_and(|q| allotted[p] == q) {
                    t!(
                        "tour-away-quota",
                        quota = allotted[p],
                        province = prov.as_str()
                    )
                } else {
                    t!(
                        "tour-away-share",
                        places = places,
                        province = prov.as_str(),
                        share = allotted[p]
                    )
                };
                turned_away.push((e, why));
            }
        }
        turned_away.sort_by_key(|x| x.0);
        return Selection {
            applicants: applicants.len(),
            chosen,
            turned_away,
        };
    }
}

/// Shares `places` among provinces in proportion to `share`, largest remainders first, never
/// more than `cap[p]`; what a province cannot use goes to the others in the same proportions.
///
/// ```
/// use caravane::tour::stops::allot;
/// // 10 places, shares 50/30/20, the first province has only 2 applicants.
/// assert_eq!(allot(10, &[2, 9, 9], &[0.5, 0.3, 0.2]), vec![2, 5, 3]);
/// assert_eq!(allot(100, &[2, 9, 9], &[0.5, 0.3, 0.2]), vec![2, 9, 9]);
/// ```
pub fn allot(places: usize, cap: &[usize], share: &[f64]) -> Vec<usize> {
    let mut given = vec![0usize; cap.len()];
    let mut left = places.min(cap.iter().sum());
    while left > 0 {
        let open: Vec<usize> = (0..cap.len()).filter(|&p| given[p] < cap[p]).collect();
        let weights: Vec<f64> = open.iter().map(|&p| share[p].max(1e-12)).collect();
        let split = crate::util::apportion(left, &weights);
        let mut moved = 0;
        for (k, &p) in open.iter().enumerate() {
            let add = split[k].min(cap[p] - given[p]);
            given[p] += add;
            moved += add;
        }
        left -= moved;
        if moved == 0 {
            break;
        }
    }
    given
}

/// The slots of a stop: the venue's daily slots on every day from `from` to `to`, with ids
/// `d1-ID`, `d2-ID`…
fn slots_of(m: &TourModel, stop: &TourStop) -> Vec<Slot> {
    let venue = &m.tour.venues[m.venue(&stop.venue)];
    let (Some(mut day), Some(last)) = (Date::parse(&stop.from), Date::parse(&stop.to)) else {
        return vec![];
    };
    let mut out = Vec::new();
    let mut k = 1;
    while day <= last {
        for s in &venue.slots {
            out.push(Slot {
                id: format!("d{k}-{}", s.id),
                day: day.to_string(),
                start: s.start.clone(),
                end: s.end.clone(),
                footfall: s.footfall,
            });
        }
        day = day.next();
        k += 1;
    }
    out
}

/// Whether a venue can hold a session at all: a room with the tags it needs and a seat for each
/// facilitator and at least one exhibitor, and enough slots in a day for its length.
pub fn session_fits(venue: &crate::format::Venue, session: &Session) -> Result<(), String> {
    let seats = session.facilitators.len() as u32 + 1;
    let room = venue
        .rooms
        .iter()
        .any(|r| r.capacity >= seats && session.needs.iter().all(|n| r.tags.contains(n)));
    if !room {
        return Err(if venue.rooms.is_empty() {
            t!("tour-session-no-room")
        } else if session.needs.is_empty() {
            t!("tour-session-seats", facilitators = seats - 1)
        } else {
            t!(
                "tour-session-needs",
                count = session.needs.len(),
                needs = quoted(&session.needs)
            )
        });
    }
    if session.length as usize > venue.slots.len() {
        return Err(t!(
            "tour-session-length",
            length = session.length,
            slots = venue.slots.len()
        ));
    }
    Ok(())
}

/// The sessions held at a stop: those it lists, else every session the venue can hold.
fn sessions_of(m: &TourModel, stop: &TourStop) -> Vec<Session> {
    let venue = &m.tour.venues[m.venue(&stop.venue)];
    match &stop.sessions {
        Some(ids) => m
            .tour
            .sessions
            .iter()
            .filter(|s| ids.contains(&s.id))
            .cloned()
            .collect(),
        None => m
            .tour
            .sessions
            .iter()
            .filter(|s| session_fits(venue, s).is_ok())
            .cloned()
            .collect(),
    }
}

/// The stop file for a stop of an itinerary with the chosen exhibitors (pool indices) and their
/// earlier placements.
pub fn stop_problem_for(
    m: &TourModel,
    stop: &TourStop,
    chosen: &[usize],
    history: &[Placement],
) -> Problem {
    let t = &m.tour;
    let v = m.venue(&stop.venue);
    let venue = &t.venues[v];
    let town = &t.towns[m.town_of_venue(v)];
    let sessions = sessions_of(m, stop);
    let held: BTreeSet<&str> = sessions.iter().map(|s| s.id.as_str()).collect();
    let exhibitors: Vec<Exhibitor> = chosen
        .iter()
        .map(|&e| {
            let x = &t.exhibitors[e];
            let home = &t.towns[m.home[e]];
            Exhibitor {
                home: Some(home.name.clone()),
                sessions: x
                    .sessions
                    .iter()
                    .filter(|s| held.contains(s.as_str()))
                    .cloned()
                    .collect(),
                ..x.clone()
            }
        })
        .collect();
    let ids: BTreeSet<String> = exhibitors.iter().map(|e| e.id.clone()).collect();
    Problem {
        format: STOP_FORMAT.into(),
        stop: StopInfo {
            name: format!("{} — {}", t.tour.name, town.name),
            town: town.name.clone(),
            venue: venue.name.clone(),
            from: stop.from.clone(),
            to: stop.to.clone(),
            sample_data: t.tour.sample_data,
            language: t.tour.language.clone(),
        },
        provinces: t.provinces.clone(),
        families: t.families.clone(),
        stands: venue.stands.clone(),
        adjacency: venue.adjacency.clone(),
        zones: venue.zones.clone(),
        landmarks: venue.landmarks.clone(),
        exhibitors,
        rules: t.rules.clone(),
        pins: vec![],
        forbidden: vec![],
        rooms: venue.rooms.clone(),
        slots: slots_of(m, stop),
        sessions,
        history: history
            .iter()
            .filter(|h| ids.contains(&h.exhibitor))
            .cloned()
            .collect(),
    }
}

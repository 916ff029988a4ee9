//! The rules a tour file must meet beyond its shape, one function per rule. The venues and the
//! pool of exhibitors are also judged by the stop rules, through a stop made of each, so a stand
//! or an exhibitor is held to the same standard in a tour as in a stop file.

use super::roads::Roads;
use crate::format::{Participants, Problem, Slot, StopInfo, Tour, STOP_FORMAT};
use crate::i18n::numbers;
use crate::stop::diagnostic::{joined, shown, Code, Diagnostic, Known};
use crate::stop::time::Date;
use crate::stop::validate::{
    self, confusable_id, number, quoted, unknown, weight_in_range, weight_range, Decoded,
    MAX_WEIGHT,
};
use crate::t;
use std::collections::{BTreeSet, HashMap};

/// Runs every rule on a decoded tour.
pub fn validate(t: &Tour, d: &Decoded) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    crate::stop::names::language_is_known("$.tour.language", t.tour.language.as_deref(), &mut out);
    ids_are_unique(t, &mut out);
    references_resolve(t, d, &mut out);
    numbers_in_range(t, &mut out);
    coordinates_on_the_globe(t, &mut out);
    itineraries_are_in_date_order(t, &mut out);
    ids_make_file_names(t, &mut out);
    venues_are_valid_squares(t, d, &mut out);
    pool_is_valid(t, d, &mut out);
    needs_can_be_met(t, d, &mut out);
    sessions_fit_the_venues(t, &mut out);
    let readable = ["towns", "roads", "exhibitors", "venues", "itineraries"]
        .iter()
        .all(|k| d.whole(k));
    if out.is_empty() && readable {
        homes_are_reachable(t, &mut out);
    }
    out
}

/// Itinerary and venue ids name the folders and files of the plans.
fn ids_make_file_names(t: &Tour, out: &mut Vec<Diagnostic>) {
    let lists = [
        (
            "$.itineraries",
            t.itineraries
                .iter()
                .map(|x| x.id.as_str())
                .collect::<Vec<_>>(),
        ),
        ("$.venues", t.venues.iter().map(|x| x.id.as_str()).collect()),
    ];
    for (list, ids) in lists {
        for (i, id) in ids.into_iter().enumerate() {
            let unsafe_name = id == "."
                || id == ".."
                || id.chars().any(|c| {
                    c.is_control()
                        || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
                });
            if unsafe_name {
                out.push(Diagnostic::new(
                    Code::InvalidValue,
                    format!("{list}[{i}].id"),
                    t!("tour-id-file-name", id = shown(id)),
                    t!(
                        "tour-id-file-name-action",
                        characters = "/ \\ : * ? \" < > |"
                    ),
                ));
            }
        }
    }
}

/// A session a stop holds must fit a room of its venue (seats for its facilitators, the tags
/// it needs) and a day of its slots; the seats for registrants depend on who comes and are
/// judged with each stop.
fn sessions_fit_the_venues(t: &Tour, out: &mut Vec<Diagnostic>) {
    let venues = index(&t.venues, |x| &x.id);
    for (k, it) in t.itineraries.iter().enumerate() {
        for (s, stop) in it.stops.iter().enumerate() {
            let (Some(&v), Some(ids)) = (venues.get(&stop.venue), &stop.sessions) else {
                continue;
            };
            let venue = &t.venues[v];
            for (j, id) in ids.iter().enumerate() {
                let Some(session) = t.sessions.iter().find(|x| &x.id == id) else {
                    continue;
                };
                if let Err(why) = super::stops::session_fits(venue, session) {
                    out.push(Diagnostic::new(
                        Code::SessionNoRoom,
                        format!("$.itineraries[{k}].stops[{s}].sessions[{j}]"),
                        t!(
                            "tour-session-not-held",
                            session = shown(id),
                            venue = venue.name.as_str(),
                            why = why
                        ),
                        t!("tour-session-not-held-action"),
                    ));
                }
            }
        }
    }
}

fn index<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for (i, x) in items.iter().enumerate() {
        m.entry(id(x).to_string()).or_insert(i);
    }
    m
}

fn ids_are_unique(t: &Tour, out: &mut Vec<Diagnostic>) {
    fn check<'a>(
        list: &str,
        what: &str,
        ids: impl Iterator<Item = &'a str>,
        out: &mut Vec<Diagnostic>,
    ) {
        let mut seen = HashMap::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{list}[{i}].id");
            if let Some(d) = confusable_id(path.clone(), what, id) {
                out.push(d);
            }
            if id.trim().is_empty() {
                out.push(Diagnostic::new(
                    Code::EmptyId,
                    path,
                    t!("val-empty-id", what = what),
                    t!("val-empty-id-action", what = what),
                ));
            } else if let Some(first) = seen.insert(id, i) {
                out.push(Diagnostic::new(
                    Code::DuplicateId,
                    path,
                    t!(
                        "val-duplicate-id",
                        what = what,
                        id = shown(id),
                        first = format!("{list}[{first}]")
                    ),
                    t!("val-duplicate-id-action", what = what),
                ));
            }
        }
    }
    check(
        "$.towns",
        "town",
        t.towns.iter().map(|x| x.id.as_str()),
        out,
    );
    check(
        "$.venues",
        "venue",
        t.venues.iter().map(|x| x.id.as_str()),
        out,
    );
    check(
        "$.itineraries",
        "itinerary",
        t.itineraries.iter().map(|x| x.id.as_str()),
        out,
    );
    for (v, venue) in t.venues.iter().enumerate() {
        check(
            &format!("$.venues[{v}].slots"),
            "slot",
            venue.slots.iter().map(|x| x.id.as_str()),
            out,
        );
    }
}

fn references_resolve(t: &Tour, d: &Decoded, out: &mut Vec<Diagnostic>) {
    let towns = index(&t.towns, |x| &x.id);
    let provinces = index(&t.provinces, |x| &x.id);
    let exhibitors = index(&t.exhibitors, |x| &x.id);
    let venues = index(&t.venues, |x| &x.id);
    let sessions = index(&t.sessions, |x| &x.id);
    let town_ok = |id: &str| !d.whole("towns") || towns.contains_key(id);
    let known_towns = Known::new("towns", t.towns.iter().map(|x| (&*x.id, &*x.name)));
    let known_provinces = Known::new("provinces", t.provinces.iter().map(|x| (&*x.id, &*x.name)));
    let known_exhibitors = Known::new(
        "exhibitors",
        t.exhibitors.iter().map(|x| (&*x.id, &*x.name)),
    );
    let known_venues = Known::new("venues", t.venues.iter().map(|x| (&*x.id, &*x.name)));
    let known_sessions = Known::new("sessions", t.sessions.iter().map(|x| (&*x.id, &*x.title)));
    for (i, town) in t.towns.iter().enumerate() {
        if let Some(p) = &town.province {
            if d.whole("provinces") && !provinces.contains_key(p) {
                out.push(unknown(
                    format!("$.towns[{i}].province"),
                    "province",
                    p,
                    &known_provinces,
                ));
            }
        }
    }
    for (i, r) in t.roads.iter().enumerate() {
        for (end, id) in [("a", &r.a), ("b", &r.b)] {
            if !town_ok(id) {
                out.push(unknown(
                    format!("$.roads[{i}].{end}"),
                    "town",
                    id,
                    &known_towns,
                ));
            }
        }
        if r.a == r.b {
            out.push(Diagnostic::new(
                Code::SelfEdge,
                format!("$.roads[{i}]"),
                t!("tour-road-loop", town = shown(&r.a)),
                t!("tour-road-loop-action"),
            ));
        }
    }
    for (i, e) in t.exhibitors.iter().enumerate() {
        match &e.home {
            None => out.push(Diagnostic::new(
                Code::MissingField,
                format!("$.exhibitors[{i}].home"),
                t!("tour-no-home", exhibitor = shown(&e.id)),
                t!("tour-no-home-action"),
            )),
            Some(h) if !town_ok(h) => out.push(unknown(
                format!("$.exhibitors[{i}].home"),
                "town",
                h,
                &known_towns,
            )),
            Some(_) => {}
        }
    }
    for (v, venue) in t.venues.iter().enumerate() {
        if !town_ok(&venue.town) {
            out.push(unknown(
                format!("$.venues[{v}].town"),
                "town",
                &venue.town,
                &known_towns,
            ));
        }
    }
    if t.itineraries.is_empty() && d.whole("itineraries") {
        out.push(Diagnostic::new(
            Code::MissingField,
            "$.itineraries",
            t!("tour-no-itinerary"),
            t!("tour-no-itinerary-action"),
        ));
    }
    for (k, it) in t.itineraries.iter().enumerate() {
        if it.stops.is_empty() {
            out.push(Diagnostic::new(
                Code::MissingField,
                format!("$.itineraries[{k}].stops"),
                t!("tour-itinerary-empty", itinerary = shown(&it.id)),
                t!("tour-itinerary-empty-action"),
            ));
        }
        for (s, stop) in it.stops.iter().enumerate() {
            let at = format!("$.itineraries[{k}].stops[{s}]");
            if d.whole("venues") && !venues.contains_key(&stop.venue) {
                out.push(unknown(
                    format!("{at}.venue"),
                    "venue",
                    &stop.venue,
                    &known_venues,
                ));
            }
            if let Participants::Exhibitors(list) = &stop.participants {
                let mut seen = BTreeSet::new();
                for (j, id) in list.iter().enumerate() {
                    let path = format!("{at}.participants.exhibitors[{j}]");
                    if d.whole("exhibitors") && !exhibitors.contains_key(id) {
                        out.push(unknown(path, "exhibitor", id, &known_exhibitors));
                    } else if !seen.insert(id) {
                        out.push(Diagnostic::new(
                            Code::DuplicateReference,
                            path,
                            t!("tour-participant-twice", exhibitor = shown(id)),
                            t!("tour-participant-twice-action"),
                        ));
                    }
                }
            }
            for p in stop.quotas.keys() {
                if d.whole("provinces") && !provinces.contains_key(p) {
                    out.push(unknown(
                        format!("{at}.quotas.{p}"),
                        "province",
                        p,
                        &known_provinces,
                    ));
                }
            }
            for (j, s) in stop.sessions.iter().flatten().enumerate() {
                if d.whole("sessions") && !sessions.contains_key(s) {
                    out.push(unknown(
                        format!("{at}.sessions[{j}]"),
                        "session",
                        s,
                        &known_sessions,
                    ));
                }
            }
        }
    }
}

/// The longest road, in km.
pub const MAX_ROAD_KM: f64 = 100_000.0;

fn numbers_in_range(t: &Tour, out: &mut Vec<Diagnostic>) {
    for (i, r) in t.roads.iter().enumerate() {
        if !(r.km > 0.0 && r.km <= MAX_ROAD_KM) {
            out.push(Diagnostic::new(
                Code::BadNumber,
                format!("$.roads[{i}].km"),
                t!("tour-road-km", km = number(r.km)),
                t!("tour-road-km-action", max = MAX_ROAD_KM),
            ));
        }
    }
    for (k, it) in t.itineraries.iter().enumerate() {
        for (s, stop) in it.stops.iter().enumerate() {
            let at = format!("$.itineraries[{k}].stops[{s}]");
            if let Participants::WithinKm(km) = stop.participants {
                if !(km.is_finite() && km >= 0.0) {
                    out.push(Diagnostic::new(
                        Code::BadNumber,
                        format!("{at}.participants.within_km"),
                        t!("tour-radius", km = number(km)),
                        t!("tour-radius-action"),
                    ));
                }
            }
            if stop.places == Some(0) {
                out.push(Diagnostic::new(
                    Code::BadNumber,
                    format!("{at}.places"),
                    t!("tour-no-places"),
                    t!("tour-no-places-action"),
                ));
            }
        }
    }
    if let Some(c) = &t.compare {
        let weights = [
            ("tour_km", c.tour_km),
            ("exhibitor_km", c.exhibitor_km),
            ("attendance", c.attendance),
            ("representation", c.representation),
            ("layout", c.layout),
            ("prime_fairness", c.prime_fairness),
            ("sessions_missed", c.sessions_missed),
        ];
        for (name, w) in weights {
            if let Some(w) = w.filter(|&w| !weight_in_range(w)) {
                out.push(Diagnostic::new(
                    Code::BadNumber,
                    format!("$.compare.{name}"),
                    t!("tour-weight", weight = number(w), max = MAX_WEIGHT),
                    t!("tour-weight-action", range = weight_range()),
                ));
            }
        }
    }
}

/// A town's latitude lies in −90..90 and its longitude in −180..180, in degrees; a town has
/// both or neither (the map of the comparison page needs both).
fn coordinates_on_the_globe(t: &Tour, out: &mut Vec<Diagnostic>) {
    for (i, town) in t.towns.iter().enumerate() {
        let at = format!("$.towns[{i}]");
        for (field, value, limit) in [
            ("latitude", town.latitude, 90.0),
            ("longitude", town.longitude, 180.0),
        ] {
            if let Some(v) = value.filter(|v| !(v.is_finite() && v.abs() <= limit)) {
                out.push(Diagnostic::new(
                    Code::BadNumber,
                    format!("{at}.{field}"),
                    t!(
                        "tour-coordinate-range",
                        field = field,
                        value = number(v),
                        limit = limit
                    ),
                    t!("tour-coordinate-range-action", field = field, limit = limit),
                ));
            }
        }
        let missing = match (town.latitude, town.longitude) {
            (Some(_), None) => Some("longitude"),
            (None, Some(_)) => Some("latitude"),
            _ => None,
        };
        if let Some(field) = missing {
            out.push(Diagnostic::new(
                Code::MissingField,
                format!("{at}.{field}"),
                t!(
                    "tour-coordinate-half",
                    town = shown(&town.id),
                    field = field
                ),
                t!("tour-coordinate-half-action", field = field),
            ));
        }
    }
}

fn itineraries_are_in_date_order(t: &Tour, out: &mut Vec<Diagnostic>) {
    for (k, it) in t.itineraries.iter().enumerate() {
        let mut last: Option<(Date, usize)> = None;
        for (s, stop) in it.stops.iter().enumerate() {
            let at = format!("$.itineraries[{k}].stops[{s}]");
            let from = Date::parse(&stop.from);
            let to = Date::parse(&stop.to);
            for (field, value, parsed) in [("from", &stop.from, from), ("to", &stop.to, to)] {
                if parsed.is_none() {
                    out.push(Diagnostic::new(
                        Code::BadDate,
                        format!("{at}.{field}"),
                        t!("val-date", value = shown(value)),
                        t!("val-date-action"),
                    ));
                }
            }
            let (Some(from), Some(to)) = (from, to) else {
                continue;
            };
            if to < from {
                out.push(Diagnostic::new(
                    Code::BadDate,
                    format!("{at}.to"),
                    t!("tour-stop-dates", from = day(from), to = day(to)),
                    t!("val-dates-action"),
                ));
            }
            if let Some((end, before)) = last {
                if from <= end {
                    out.push(Diagnostic::new(
                        Code::BadDate,
                        format!("{at}.from"),
                        t!(
                            "tour-stop-overlap",
                            from = day(from),
                            before = format!("$.itineraries[{k}].stops[{before}]"),
                            end = day(end)
                        ),
                        t!("tour-stop-overlap-action"),
                    ));
                }
            }
            last = Some((to.max(from), s));
        }
    }
}

/// The stop rules, applied to a stop made of one venue alone.
fn venues_are_valid_squares(t: &Tour, d: &Decoded, out: &mut Vec<Diagnostic>) {
    for (v, venue) in t.venues.iter().enumerate() {
        let problem = Problem {
            format: STOP_FORMAT.into(),
            stop: StopInfo {
                name: venue.name.clone(),
                town: venue.town.clone(),
                venue: venue.name.clone(),
                from: "2025-01-01".into(),
                to: "2025-01-01".into(),
                sample_data: t.tour.sample_data,
                language: None,
            },
            provinces: vec![],
            families: vec![],
            stands: venue.stands.clone(),
            adjacency: venue.adjacency.clone(),
            zones: venue.zones.clone(),
            landmarks: venue.landmarks.clone(),
            exhibitors: vec![],
            rules: None,
            pins: vec![],
            forbidden: vec![],
            rooms: venue.rooms.clone(),
            slots: venue
                .slots
                .iter()
                .map(|s| Slot {
                    id: s.id.clone(),
                    day: "2025-01-01".into(),
                    start: s.start.clone(),
                    end: s.end.clone(),
                    footfall: s.footfall,
                })
                .collect(),
            sessions: vec![],
            history: vec![],
        };
        let prefix = format!("$.venues[{v}]");
        for mut diag in validate::validate(&problem, &Decoded::default()) {
            diag.path = format!("{prefix}{}", &diag.path[1..]);
            out.push(diag);
        }
        if venue.stands.is_empty() && d.whole("venues") {
            out.push(Diagnostic::new(
                Code::MissingField,
                format!("{prefix}.stands"),
                t!("tour-venue-no-stand", venue = shown(&venue.id)),
                t!("tour-venue-no-stand-action"),
            ));
        }
    }
}

/// An exhibitor's needs must be met by a stand of a venue it may go to: the venues of the stops
/// that admit it (everyone, a list that names it, or a radius, whatever its distance), or of any
/// venue when no stop admits it. A stop that names an exhibitor whose needs no stand of its
/// venue meets is refused there, as a stop file refuses it; a stop that admits everyone turns
/// such an exhibitor away.
fn needs_can_be_met(t: &Tour, d: &Decoded, out: &mut Vec<Diagnostic>) {
    if !d.whole("venues") || !d.whole("itineraries") {
        return;
    }
    let venues = index(&t.venues, |x| &x.id);
    let hosts = |v: usize, needs: &[String]| {
        t.venues[v]
            .stands
            .iter()
            .any(|s| needs.iter().all(|n| s.tags.contains(n)))
    };
    for (i, e) in t.exhibitors.iter().enumerate() {
        if e.needs.is_empty() {
            continue;
        }
        let mut may_go = BTreeSet::new();
        let mut refused_at_a_stop = false;
        for (k, it) in t.itineraries.iter().enumerate() {
            for (s, stop) in it.stops.iter().enumerate() {
                let Some(&v) = venues.get(&stop.venue) else {
                    continue;
                };
                match &stop.participants {
                    Participants::Exhibitors(list) => {
                        let Some(j) = list.iter().position(|x| *x == e.id) else {
                            continue;
                        };
                        if !hosts(v, &e.needs) {
                            refused_at_a_stop = true;
                            out.push(Diagnostic::new(
                                Code::UnmetNeeds,
                                format!(
                                    "$.itineraries[{k}].stops[{s}].participants.exhibitors[{j}]"
                                ),
                                t!(
                                    "tour-needs-at-venue",
                                    exhibitor = shown(&e.id),
                                    count = e.needs.len(),
                                    needs = quoted(&e.needs),
                                    venue = t.venues[v].name.as_str()
                                ),
                                t!("tour-needs-at-venue-action"),
                            ));
                        }
                    }
                    Participants::Everyone | Participants::WithinKm(_) => {}
                }
                may_go.insert(v);
            }
        }
        if refused_at_a_stop {
            continue;
        }
        let (candidates, which) = if may_go.is_empty() {
            ((0..t.venues.len()).collect(), "any")
        } else {
            (may_go, "admitting")
        };
        if !candidates.iter().any(|&v| hosts(v, &e.needs)) {
            let names: Vec<&str> = candidates
                .iter()
                .map(|&v| t.venues[v].name.as_str())
                .collect();
            out.push(Diagnostic::new(
                Code::UnmetNeeds,
                format!("$.exhibitors[{i}].needs"),
                t!(
                    "tour-needs",
                    exhibitor = shown(&e.id),
                    count = e.needs.len(),
                    needs = quoted(&e.needs),
                    which = which,
                    venues = joined(&names)
                ),
                t!("val-needs-action"),
            ));
        }
    }
}

/// The stop rules, applied to a stop holding the whole pool (with no stand, so the rules about
/// stands and rooms are left to each stop).
fn pool_is_valid(t: &Tour, d: &Decoded, out: &mut Vec<Diagnostic>) {
    let problem = Problem {
        format: STOP_FORMAT.into(),
        stop: StopInfo {
            name: t.tour.name.clone(),
            town: String::new(),
            venue: String::new(),
            from: "2025-01-01".into(),
            to: "2025-01-01".into(),
            sample_data: t.tour.sample_data,
            language: None,
        },
        provinces: t.provinces.clone(),
        families: t.families.clone(),
        stands: vec![],
        adjacency: None,
        zones: vec![],
        landmarks: vec![],
        exhibitors: t.exhibitors.clone(),
        rules: t.rules.clone(),
        pins: vec![],
        forbidden: vec![],
        rooms: vec![],
        slots: vec![],
        sessions: t.sessions.clone(),
        history: vec![],
    };
    let mut decoded = Decoded::default();
    for key in ["provinces", "families", "exhibitors", "sessions", "rules"] {
        if !d.whole(key) {
            decoded.incomplete.insert(key);
        }
    }
    let left_to_stops = [
        Code::TooManyExhibitors,
        Code::UnmetNeeds,
        Code::SessionNoRoom,
        Code::SessionTooLong,
    ];
    out.extend(
        validate::validate(&problem, &decoded)
            .into_iter()
            .filter(|x| !left_to_stops.contains(&x.code)),
    );
}

/// Every exhibitor can reach every stop of the tour by road.
fn homes_are_reachable(t: &Tour, out: &mut Vec<Diagnostic>) {
    let towns = index(&t.towns, |x| &x.id);
    let venues = index(&t.venues, |x| &x.id);
    let roads = Roads::new(
        t.towns.len(),
        &t.roads
            .iter()
            .filter_map(|r| Some((*towns.get(&r.a)?, *towns.get(&r.b)?, r.km)))
            .collect::<Vec<_>>(),
    );
    let stop_towns: BTreeSet<usize> = t
        .itineraries
        .iter()
        .flat_map(|it| &it.stops)
        .filter_map(|s| towns.get(&t.venues[*venues.get(&s.venue)?].town).copied())
        .collect();
    for (i, e) in t.exhibitors.iter().enumerate() {
        let Some(&home) = e.home.as_ref().and_then(|h| towns.get(h)) else {
            continue;
        };
        let cut: Vec<&str> = stop_towns
            .iter()
            .filter(|&&s| roads.km(home, s).is_none())
            .map(|&s| t.towns[s].name.as_str())
            .collect();
        if !cut.is_empty() {
            out.push(Diagnostic::new(
                Code::UnknownReference,
                format!("$.exhibitors[{i}].home"),
                t!(
                    "tour-no-road",
                    home = t.towns[home].name.as_str(),
                    count = cut.len(),
                    towns = joined(&cut)
                ),
                t!("tour-no-road-action"),
            ));
        }
    }
}

/// A day as a sentence says it: "7 novembre 2025".
fn day(d: Date) -> String {
    numbers::date(crate::i18n::current(), d.into())
}

//! The rules a stop file must meet beyond its shape, one function per rule. Every rule runs and
//! every problem is reported, each with a code, a JSON path, a cause and an action.

use crate::format::Problem;
use crate::i18n::numbers;
use crate::stop::diagnostic::{is_invisible, joined, quote, shown, Code, Diagnostic, Known};
use crate::stop::time::{Date, Time};
use crate::stop::venue::Rect;
use crate::t;
use crate::terms::Term;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What the decoder could not read, so that rules do not report knock-on problems (an unknown
/// province when the province list itself failed to decode).
#[derive(Debug, Clone, Default)]
pub struct Decoded {
    /// Sections absent or unreadable as a whole.
    pub missing: BTreeSet<&'static str>,
    /// Lists with at least one item that failed to decode.
    pub incomplete: BTreeSet<&'static str>,
    /// The file is not an object at all.
    pub broken: bool,
    /// For a list with items that failed to decode: the index in the file of each item
    /// decoded, so that what is said of the decoded items names them where the file has them.
    pub positions: BTreeMap<&'static str, Vec<usize>>,
}

impl Decoded {
    /// True when every item of the list was decoded, so a reference to it can be judged.
    pub(crate) fn whole(&self, key: &str) -> bool {
        !self.broken && !self.missing.contains(key) && !self.incomplete.contains(key)
    }

    /// A path said of the decoded lists (`$.stands[2].x`), or a sentence that names such paths,
    /// as the file numbers its items: where an earlier item of the list failed to decode, the
    /// index is that of the file.
    ///
    /// ```
    /// use caravane::stop::validate::Decoded;
    /// let mut d = Decoded::default();
    /// d.positions.insert("stands", vec![1, 2, 3]);
    /// assert_eq!(d.in_file("$.stands[2].x"), "$.stands[3].x");
    /// assert_eq!(d.in_file("as $.stands[0] and $.stands[1]"), "as $.stands[1] and $.stands[2]");
    /// assert_eq!(d.in_file("$.exhibitors[2]"), "$.exhibitors[2]");
    /// ```
    pub fn in_file(&self, text: &str) -> String {
        let mut out = text.to_string();
        for (key, positions) in &self.positions {
            let head = format!("$.{key}[");
            let mut done = String::new();
            let mut rest = out.as_str();
            while let Some(at) = rest.find(&head) {
                done.push_str(&rest[..at + head.len()]);
                rest = &rest[at + head.len()..];
                let digits = rest.chars().take_while(char::is_ascii_digit).count();
                let index = rest[..digits].parse::<usize>().ok();
                match index.and_then(|i| positions.get(i)) {
                    Some(file) if rest[digits..].starts_with(']') => {
                        done.push_str(&file.to_string());
                        rest = &rest[digits..];
                    }
                    _ => {}
                }
            }
            done.push_str(rest);
            out = done;
        }
        out
    }
}

/// Runs every rule on a decoded stop.
pub fn validate(p: &Problem, decoded: &Decoded) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let ids = Ids::new(p);
    ids_are_unique(p, &mut out);
    references_resolve(p, &ids, decoded, &mut out);
    facilitators_listed_once(p, &mut out);
    numbers_in_range(p, &mut out);
    dates_and_times(p, decoded, &mut out);
    stands_do_not_overlap(p, &mut out);
    landmarks_are_proper(p, &mut out);
    hand_edges_are_proper(p, &mut out);
    enough_stands(p, decoded, &mut out);
    needs_can_be_met(p, &mut out);
    pins_are_consistent(p, &ids, &mut out);
    forbidden_leaves_a_stand(p, &ids, &mut out);
    sessions_fit_rooms(p, decoded, &mut out);
    sessions_fit_days(p, decoded, &mut out);
    balance_rules_are_proper(p, &mut out);
    super::names::names_are_proper(p, &mut out);
    out
}

/// Index of each id in its list (the first occurrence).
struct Ids<'a> {
    provinces: HashMap<&'a str, usize>,
    families: HashMap<&'a str, usize>,
    stands: HashMap<&'a str, usize>,
    exhibitors: HashMap<&'a str, usize>,
    sessions: HashMap<&'a str, usize>,
}

impl<'a> Ids<'a> {
    fn new(p: &'a Problem) -> Self {
        fn index<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> HashMap<&'a str, usize> {
            let mut m = HashMap::with_capacity(items.len());
            for (i, t) in items.iter().enumerate() {
                m.entry(id(t)).or_insert(i);
            }
            m
        }
        Ids {
            provinces: index(&p.provinces, |x| &x.id),
            families: index(&p.families, |x| &x.id),
            stands: index(&p.stands, |x| &x.id),
            exhibitors: index(&p.exhibitors, |x| &x.id),
            sessions: index(&p.sessions, |x| &x.id),
        }
    }
}

fn ids_are_unique(p: &Problem, out: &mut Vec<Diagnostic>) {
    fn check<'a>(
        list: &str,
        what: &str,
        ids: impl Iterator<Item = &'a str>,
        out: &mut Vec<Diagnostic>,
    ) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            let path = format!("$.{list}[{i}].id");
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
            } else if let Some(first) = seen.get(id) {
                out.push(Diagnostic::new(
                    Code::DuplicateId,
                    path,
                    t!(
                        "val-duplicate-id",
                        what = what,
                        id = shown(id),
                        first = format!("$.{list}[{first}]")
                    ),
                    t!("val-duplicate-id-action", what = what),
                ));
            } else {
                seen.insert(id, i);
            }
        }
    }
    check(
        "provinces",
        "province",
        p.provinces.iter().map(|x| x.id.as_str()),
        out,
    );
    check(
        "families",
        "family",
        p.families.iter().map(|x| x.id.as_str()),
        out,
    );
    check(
        "stands",
        "stand",
        p.stands.iter().map(|x| x.id.as_str()),
        out,
    );
    check(
        "exhibitors",
        "exhibitor",
        p.exhibitors.iter().map(|x| x.id.as_str()),
        out,
    );
    check("rooms", "room", p.rooms.iter().map(|x| x.id.as_str()), out);
    check("slots", "slot", p.slots.iter().map(|x| x.id.as_str()), out);
    check(
        "sessions",
        "session",
        p.sessions.iter().map(|x| x.id.as_str()),
        out,
    );
}

/// A reference to nothing in `known`, with the item it most likely meant and the known ones.
pub(crate) fn unknown(path: String, what: &str, id: &str, known: &Known) -> Diagnostic {
    let action = match known.closest(id) {
        Some((meant, _)) => t!(
            "val-unknown-action-meant",
            meant = shown(meant),
            what = what,
            list = known.list()
        ),
        None => t!("val-unknown-action", what = what, list = known.list()),
    };
    Diagnostic::new(
        Code::UnknownReference,
        path,
        known.unknown(what, id),
        action,
    )
}

/// An id holding invisible characters ([`is_invisible`]), which would look like another id.
pub(crate) fn confusable_id(path: String, what: &str, id: &str) -> Option<Diagnostic> {
    let hidden: Vec<String> = id
        .chars()
        .filter(|&c| is_invisible(c))
        .map(|c| format!("U+{:04X}", c as u32))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    if hidden.is_empty() {
        return None;
    }
    Some(Diagnostic::new(
        Code::ConfusableId,
        path,
        t!(
            "val-confusable-id",
            what = what,
            id = shown(id),
            count = hidden.len(),
            hidden = hidden.join(", ")
        ),
        t!("val-confusable-id-action"),
    ))
}

fn references_resolve(p: &Problem, ids: &Ids, d: &Decoded, out: &mut Vec<Diagnostic>) {
    let provinces = Known::new("provinces", p.provinces.iter().map(|x| (&*x.id, &*x.name)));
    let families = Known::new("families", p.families.iter().map(|x| (&*x.id, &*x.name)));
    let stands = Known::new("stands", p.stands.iter().map(|x| (&*x.id, "")));
    let exhibitors = Known::new(
        "exhibitors",
        p.exhibitors.iter().map(|x| (&*x.id, &*x.name)),
    );
    let sessions = Known::new("sessions", p.sessions.iter().map(|x| (&*x.id, &*x.title)));
    for (i, e) in p.exhibitors.iter().enumerate() {
        if d.whole("provinces") && !ids.provinces.contains_key(e.province.as_str()) {
            out.push(unknown(
                format!("$.exhibitors[{i}].province"),
                "province",
                &e.province,
                &provinces,
            ));
        }
        if d.whole("families") && !ids.families.contains_key(e.family.as_str()) {
            out.push(unknown(
                format!("$.exhibitors[{i}].family"),
                "family",
                &e.family,
                &families,
            ));
        }
        let mut seen = BTreeSet::new();
        for (k, s) in e.sessions.iter().enumerate() {
            let path = format!("$.exhibitors[{i}].sessions[{k}]");
            if d.whole("sessions") && !ids.sessions.contains_key(s.as_str()) {
                out.push(unknown(path, "session", s, &sessions));
            } else if !seen.insert(s.as_str()) {
                out.push(Diagnostic::new(
                    Code::DuplicateReference,
                    path,
                    t!(
                        "val-session-registered-twice",
                        exhibitor = shown(&e.id),
                        session = shown(s)
                    ),
                    t!("val-session-registered-twice-action"),
                ));
            }
        }
    }
    for (i, h) in p.history.iter().enumerate() {
        if d.whole("exhibitors") && !ids.exhibitors.contains_key(h.exhibitor.as_str()) {
            out.push(unknown(
                format!("$.history[{i}].exhibitor"),
                "exhibitor",
                &h.exhibitor,
                &exhibitors,
            ));
        }
    }
    for (i, pin) in p.pins.iter().enumerate() {
        if d.whole("exhibitors") && !ids.exhibitors.contains_key(pin.exhibitor.as_str()) {
            out.push(unknown(
                format!("$.pins[{i}].exhibitor"),
                "exhibitor",
                &pin.exhibitor,
                &exhibitors,
            ));
        }
        if d.whole("stands") && !ids.stands.contains_key(pin.stand.as_str()) {
            out.push(unknown(
                format!("$.pins[{i}].stand"),
                "stand",
                &pin.stand,
                &stands,
            ));
        }
    }
    for (i, f) in p.forbidden.iter().enumerate() {
        if d.whole("exhibitors") && !ids.exhibitors.contains_key(f.exhibitor.as_str()) {
            out.push(unknown(
                format!("$.forbidden[{i}].exhibitor"),
                "exhibitor",
                &f.exhibitor,
                &exhibitors,
            ));
        }
        for (k, s) in f.stands.iter().enumerate() {
            if d.whole("stands") && !ids.stands.contains_key(s.as_str()) {
                out.push(unknown(
                    format!("$.forbidden[{i}].stands[{k}]"),
                    "stand",
                    s,
                    &stands,
                ));
            }
        }
    }
    if let Some(adj) = &p.adjacency {
        for (i, e) in adj.edges.iter().enumerate() {
            for (field, s) in [("a", &e.a), ("b", &e.b)] {
                if d.whole("stands") && !ids.stands.contains_key(s.as_str()) {
                    out.push(unknown(
                        format!("$.adjacency.edges[{i}].{field}"),
                        "stand",
                        s,
                        &stands,
                    ));
                }
            }
        }
    }
    if let Some(rules) = &p.rules {
        for (i, r) in rules.incompatible.iter().enumerate() {
            for (k, f) in r.families.iter().enumerate() {
                if d.whole("families") && !ids.families.contains_key(f.as_str()) {
                    out.push(unknown(
                        format!("$.rules.incompatible[{i}].families[{k}]"),
                        "family",
                        f,
                        &families,
                    ));
                }
            }
        }
    }
}

fn facilitators_listed_once(p: &Problem, out: &mut Vec<Diagnostic>) {
    for (i, s) in p.sessions.iter().enumerate() {
        for (k, f) in s.facilitators.iter().enumerate() {
            if s.facilitators[..k].contains(f) {
                out.push(Diagnostic::new(
                    Code::DuplicateReference,
                    format!("$.sessions[{i}].facilitators[{k}]"),
                    t!(
                        "val-facilitator-twice",
                        facilitator = f.as_str(),
                        session = shown(&s.id)
                    ),
                    t!("val-facilitator-twice-action"),
                ));
            }
        }
    }
}

/// The farthest a stand may lie from the origin of the square's plan, in metres, on each axis.
pub const MAX_COORDINATE: f64 = 100_000.0;

/// The largest size of a stand, and the widest aisle, in metres.
pub const MAX_SIZE: f64 = 10_000.0;

/// The largest weight of an objective term, neighbour kind, clash rule, rotation cost or
/// ranking criterion: larger ones would drown every other term and overflow the totals.
pub const MAX_WEIGHT: f64 = 1e6;

/// A number as a message shows it, the [current](crate::i18n::current) language's way
/// (`2,5` in French), with up to 6 decimals: `1e308` rather than its 309 digits.
pub(crate) fn number(v: f64) -> String {
    if !v.is_finite() || (v != 0.0 && !(1e-6..1e9).contains(&v.abs())) {
        format!("{v:e}")
    } else {
        numbers::number(crate::i18n::current(), v, 0, 6)
    }
}

/// Whether a stand's position and size are within bounds (the stand rules judge the others).
fn measured(s: &crate::format::Stand) -> bool {
    s.x.abs() <= MAX_COORDINATE
        && s.y.abs() <= MAX_COORDINATE
        && s.width > 0.0
        && s.width <= MAX_SIZE
        && s.depth > 0.0
        && s.depth <= MAX_SIZE
}

/// Whether a weight is a number from 0 to [`MAX_WEIGHT`].
pub(crate) fn weight_in_range(w: f64) -> bool {
    (0.0..=MAX_WEIGHT).contains(&w)
}

/// What to do about a weight out of range.
pub(crate) fn weight_range() -> String {
    t!("val-weight-range", max = MAX_WEIGHT)
}

fn numbers_in_range(p: &Problem, out: &mut Vec<Diagnostic>) {
    let mut bad = |path: String, cause: String, action: String| {
        out.push(Diagnostic::new(Code::BadNumber, path, cause, action));
    };
    for (i, s) in p.stands.iter().enumerate() {
        for (field, v) in [("x", s.x), ("y", s.y)] {
            if !(-MAX_COORDINATE..=MAX_COORDINATE).contains(&v) {
                bad(
                    format!("$.stands[{i}].{field}"),
                    t!(
                        "val-stand-number",
                        stand = shown(&s.id),
                        field = field,
                        value = number(v)
                    ),
                    t!(
                        "val-stand-position-action",
                        min = -MAX_COORDINATE,
                        max = MAX_COORDINATE
                    ),
                );
            }
        }
        for (field, v) in [("width", s.width), ("depth", s.depth)] {
            if !(v > 0.0 && v <= MAX_SIZE) {
                bad(
                    format!("$.stands[{i}].{field}"),
                    t!(
                        "val-stand-number",
                        stand = shown(&s.id),
                        field = field,
                        value = number(v)
                    ),
                    t!("val-stand-size-action", field = field, max = MAX_SIZE),
                );
            }
        }
    }
    if let Some(derive) = p.adjacency.as_ref().and_then(|a| a.derive.as_ref()) {
        if !(derive.max_aisle >= 0.0 && derive.max_aisle <= MAX_SIZE) {
            bad(
                "$.adjacency.derive.max_aisle".into(),
                t!("val-aisle", value = number(derive.max_aisle)),
                t!("val-aisle-action", max = MAX_SIZE, usual = 5.0),
            );
        }
    }
    if let Some(rules) = &p.rules {
        let w = rules.weights.clone().unwrap_or_default();
        let aw = rules.adjacency_weights.clone().unwrap_or_default();
        let rot = rules.rotation.clone().unwrap_or_default();
        let mut named: Vec<(String, Option<f64>)> = Term::ALL
            .iter()
            .map(|t| (format!("weights.{}", t.name()), t.weight_in(&w)))
            .collect();
        named.extend(
            [
                ("rotation.prime", rot.prime),
                ("rotation.zone", rot.zone),
                ("adjacency_weights.side", aw.side),
                ("adjacency_weights.facing", aw.facing),
                ("adjacency_weights.back", aw.back),
                ("same_family", rules.same_family),
            ]
            .map(|(n, v)| (n.to_string(), v)),
        );
        named.extend(
            rules
                .incompatible
                .iter()
                .enumerate()
                .map(|(i, r)| (format!("incompatible[{i}].weight"), Some(r.weight))),
        );
        for (name, v) in named {
            if let Some(v) = v.filter(|&v| !weight_in_range(v)) {
                bad(
                    format!("$.rules.{name}"),
                    t!("val-weight", value = number(v)),
                    weight_range(),
                );
            }
        }
    }
    for (i, e) in p.exhibitors.iter().enumerate() {
        if e.staff == 0 {
            bad(
                format!("$.exhibitors[{i}].staff"),
                t!("val-staff", exhibitor = shown(&e.id)),
                t!("val-staff-action"),
            );
        }
    }
    for (i, r) in p.rooms.iter().enumerate() {
        if r.capacity == 0 {
            bad(
                format!("$.rooms[{i}].capacity"),
                t!("val-capacity", room = shown(&r.id)),
                t!("val-capacity-action"),
            );
        }
    }
    for (i, s) in p.sessions.iter().enumerate() {
        if s.length == 0 {
            bad(
                format!("$.sessions[{i}].length"),
                t!("val-length", session = shown(&s.id)),
                t!("val-length-action"),
            );
        }
    }
}

fn dates_and_times(p: &Problem, d: &Decoded, out: &mut Vec<Diagnostic>) {
    let date = |path: &str, s: &str, out: &mut Vec<Diagnostic>| {
        let parsed = Date::parse(s);
        if parsed.is_none() {
            out.push(Diagnostic::new(
                Code::BadDate,
                path,
                t!("val-date", value = shown(s)),
                t!("val-date-action"),
            ));
        }
        parsed
    };
    let mut range = None;
    if d.whole("stop") {
        let from = date("$.stop.from", &p.stop.from, out);
        let to = date("$.stop.to", &p.stop.to, out);
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                out.push(Diagnostic::new(
                    Code::BadDate,
                    "$.stop.to",
                    t!("val-stop-dates", from = day_text(f), to = day_text(t)),
                    t!("val-dates-action"),
                ));
            } else {
                range = Some((f, t));
            }
        }
    }
    let mut last_of_day: HashMap<Date, (usize, Time)> = HashMap::new();
    for (i, s) in p.slots.iter().enumerate() {
        let day = date(&format!("$.slots[{i}].day"), &s.day, out);
        let mut time = |field: &str, v: &str| {
            let t = Time::parse(v);
            if t.is_none() {
                out.push(Diagnostic::new(
                    Code::BadTime,
                    format!("$.slots[{i}].{field}"),
                    t!("val-time", value = shown(v)),
                    t!("val-time-action"),
                ));
            }
            t
        };
        let (start, end) = (time("start", &s.start), time("end", &s.end));
        let (Some(day), Some(start), Some(end)) = (day, start, end) else {
            continue;
        };
        if end <= start {
            out.push(Diagnostic::new(
                Code::BadTime,
                format!("$.slots[{i}].end"),
                t!(
                    "val-slot-ends-early",
                    slot = shown(&s.id),
                    start = start.to_string(),
                    end = end.to_string()
                ),
                t!("val-slot-ends-early-action"),
            ));
            continue;
        }
        if let Some((f, t)) = range {
            if day < f || day > t {
                out.push(Diagnostic::new(
                    Code::BadSlot,
                    format!("$.slots[{i}].day"),
                    t!(
                        "val-slot-outside",
                        slot = shown(&s.id),
                        day = day_text(day),
                        dates = numbers::date_range(crate::i18n::current(), f.into(), t.into())
                    ),
                    t!("val-slot-outside-action"),
                ));
            }
        }
        if let Some((j, prev_end)) = last_of_day.get(&day) {
            if start < *prev_end {
                out.push(Diagnostic::new(
                    Code::BadSlot,
                    format!("$.slots[{i}].start"),
                    t!(
                        "val-slot-overlap",
                        slot = shown(&s.id),
                        start = start.to_string(),
                        before = format!("$.slots[{j}]"),
                        end = prev_end.to_string()
                    ),
                    t!("val-slot-overlap-action"),
                ));
            }
        }
        last_of_day.insert(day, (i, end));
    }
}

/// Stands out of bounds are left to [`numbers_in_range`].
fn stands_do_not_overlap(p: &Problem, out: &mut Vec<Diagnostic>) {
    let mut order: Vec<usize> = (0..p.stands.len())
        .filter(|&i| measured(&p.stands[i]))
        .collect();
    order.sort_by(|&i, &j| p.stands[i].x.total_cmp(&p.stands[j].x).then(i.cmp(&j)));
    let mut found = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let ri = Rect::of(&p.stands[i]);
        for &j in &order[k + 1..] {
            let rj = Rect::of(&p.stands[j]);
            if rj.x0 >= ri.x1 {
                break;
            }
            if ri.overlaps(&rj) {
                found.push((i.min(j), i.max(j)));
            }
        }
    }
    found.sort_unstable();
    for (a, b) in found {
        let (sa, sb) = (&p.stands[a], &p.stands[b]);
        let at = |s: &crate::format::Stand| {
            t!(
                "val-stand-at",
                width = number(s.width),
                depth = number(s.depth),
                x = number(s.x),
                y = number(s.y)
            )
        };
        out.push(Diagnostic::new(
            Code::OverlappingStands,
            format!("$.stands[{b}]"),
            t!(
                "val-overlap",
                stand = shown(&sb.id),
                at = at(sb),
                other = shown(&sa.id),
                other_path = format!("$.stands[{a}]"),
                other_at = at(sa)
            ),
            t!("val-overlap-action"),
        ));
    }
}

/// A landmark is placed like a stand, within [`MAX_COORDINATE`] of the origin, its size from 0
/// (a point, a line) to [`MAX_SIZE`], and has a name for the plan to print.
fn landmarks_are_proper(p: &Problem, out: &mut Vec<Diagnostic>) {
    for (i, l) in p.landmarks.iter().enumerate() {
        for (field, v) in [("x", l.x), ("y", l.y)] {
            if !(-MAX_COORDINATE..=MAX_COORDINATE).contains(&v) {
                out.push(Diagnostic::new(
                    Code::BadNumber,
                    format!("$.landmarks[{i}].{field}"),
                    t!(
                        "venue-landmark-number",
                        name = shown(&l.name),
                        field = field,
                        value = number(v)
                    ),
                    t!(
                        "val-stand-position-action",
                        min = -MAX_COORDINATE,
                        max = MAX_COORDINATE
                    ),
                ));
            }
        }
        for (field, v) in [("width", l.width), ("depth", l.depth)] {
            if !(0.0..=MAX_SIZE).contains(&v) {
                out.push(Diagnostic::new(
                    Code::BadNumber,
                    format!("$.landmarks[{i}].{field}"),
                    t!(
                        "venue-landmark-number",
                        name = shown(&l.name),
                        field = field,
                        value = number(v)
                    ),
                    t!("venue-landmark-size-action", field = field, max = MAX_SIZE),
                ));
            }
        }
        if l.name.trim().is_empty() {
            out.push(Diagnostic::new(
                Code::InvalidValue,
                format!("$.landmarks[{i}].name"),
                t!("venue-landmark-name-empty"),
                t!("venue-landmark-no-name-action"),
            ));
        }
    }
}

fn hand_edges_are_proper(p: &Problem, out: &mut Vec<Diagnostic>) {
    let Some(adj) = &p.adjacency else { return };
    let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, e) in adj.edges.iter().enumerate() {
        if e.a == e.b {
            out.push(Diagnostic::new(
                Code::SelfEdge,
                format!("$.adjacency.edges[{i}]"),
                t!("val-self-edge", stand = shown(&e.a)),
                t!("val-self-edge-action"),
            ));
            continue;
        }
        let key = if e.a < e.b {
            (e.a.as_str(), e.b.as_str())
        } else {
            (e.b.as_str(), e.a.as_str())
        };
        if let Some(first) = seen.get(&key) {
            out.push(Diagnostic::new(
                Code::DuplicateReference,
                format!("$.adjacency.edges[{i}]"),
                t!(
                    "val-edge-twice",
                    a = shown(&e.a),
                    b = shown(&e.b),
                    first = format!("$.adjacency.edges[{first}]")
                ),
                t!("val-edge-twice-action"),
            ));
        } else {
            seen.insert(key, i);
        }
    }
}

fn enough_stands(p: &Problem, d: &Decoded, out: &mut Vec<Diagnostic>) {
    if d.whole("stands") && p.exhibitors.len() > p.stands.len() {
        out.push(Diagnostic::new(
            Code::TooManyExhibitors,
            "$.exhibitors",
            t!(
                "val-too-many-exhibitors",
                exhibitors = p.exhibitors.len(),
                stands = p.stands.len()
            ),
            t!(
                "val-too-many-exhibitors-action",
                count = p.exhibitors.len() - p.stands.len()
            ),
        ));
    }
}

fn meets(stand: &crate::format::Stand, needs: &[String]) -> bool {
    needs.iter().all(|n| stand.tags.contains(n))
}

fn needs_can_be_met(p: &Problem, out: &mut Vec<Diagnostic>) {
    for (i, e) in p.exhibitors.iter().enumerate() {
        if e.needs.is_empty() || p.stands.iter().any(|s| meets(s, &e.needs)) {
            continue;
        }
        let supply: Vec<String> = e
            .needs
            .iter()
            .map(|n| {
                t!(
                    "val-needs-supply",
                    count = p.stands.iter().filter(|s| s.tags.contains(n)).count(),
                    tag = quote(n)
                )
            })
            .collect();
        out.push(Diagnostic::new(
            Code::UnmetNeeds,
            format!("$.exhibitors[{i}].needs"),
            t!(
                "val-needs",
                exhibitor = shown(&e.id),
                count = e.needs.len(),
                needs = quoted(&e.needs),
                supply = joined(&supply)
            ),
            t!("val-needs-action"),
        ));
    }
}

fn pins_are_consistent(p: &Problem, ids: &Ids, out: &mut Vec<Diagnostic>) {
    let mut by_stand: HashMap<&str, usize> = HashMap::new();
    let mut by_exhibitor: HashMap<&str, usize> = HashMap::new();
    for (i, pin) in p.pins.iter().enumerate() {
        if let Some(first) = by_stand.get(pin.stand.as_str()) {
            out.push(Diagnostic::new(
                Code::DoublePin,
                format!("$.pins[{i}].stand"),
                t!(
                    "val-pin-stand-twice",
                    stand = shown(&pin.stand),
                    exhibitor = shown(&pin.exhibitor),
                    first = format!("$.pins[{first}]"),
                    other = shown(&p.pins[*first].exhibitor)
                ),
                t!("val-pin-stand-twice-action"),
            ));
        } else {
            by_stand.insert(&pin.stand, i);
        }
        if let Some(first) = by_exhibitor.get(pin.exhibitor.as_str()) {
            out.push(Diagnostic::new(
                Code::DoublePin,
                format!("$.pins[{i}].exhibitor"),
                t!(
                    "val-pin-exhibitor-twice",
                    exhibitor = shown(&pin.exhibitor),
                    stand = shown(&pin.stand),
                    first = format!("$.pins[{first}]"),
                    other = shown(&p.pins[*first].stand)
                ),
                t!("val-pin-exhibitor-twice-action"),
            ));
        } else {
            by_exhibitor.insert(&pin.exhibitor, i);
        }
        let (Some(&e), Some(&s)) = (
            ids.exhibitors.get(pin.exhibitor.as_str()),
            ids.stands.get(pin.stand.as_str()),
        ) else {
            continue;
        };
        let (ex, st) = (&p.exhibitors[e], &p.stands[s]);
        let missing: Vec<String> = ex
            .needs
            .iter()
            .filter(|n| !st.tags.contains(n))
            .cloned()
            .collect();
        if !missing.is_empty() {
            out.push(Diagnostic::new(
                Code::PinContradiction,
                format!("$.pins[{i}]"),
                t!(
                    "val-pin-lacks",
                    exhibitor = shown(&ex.id),
                    stand = shown(&st.id),
                    count = missing.len(),
                    needs = quoted(&missing)
                ),
                t!("val-pin-lacks-action"),
            ));
        }
        for (k, f) in p.forbidden.iter().enumerate() {
            if f.exhibitor == ex.id && f.stands.contains(&st.id) {
                out.push(Diagnostic::new(
                    Code::PinContradiction,
                    format!("$.pins[{i}]"),
                    t!(
                        "val-pin-forbidden",
                        exhibitor = shown(&ex.id),
                        stand = shown(&st.id),
                        forbidden = format!("$.forbidden[{k}]")
                    ),
                    t!("val-pin-forbidden-action"),
                ));
            }
        }
    }
}

fn forbidden_leaves_a_stand(p: &Problem, ids: &Ids, out: &mut Vec<Diagnostic>) {
    let mut forbidden: HashMap<&str, (usize, BTreeSet<&str>)> = HashMap::new();
    for (i, f) in p.forbidden.iter().enumerate() {
        let entry = forbidden
            .entry(f.exhibitor.as_str())
            .or_insert((i, BTreeSet::new()));
        entry.1.extend(f.stands.iter().map(String::as_str));
    }
    let mut entries: Vec<_> = forbidden.into_iter().collect();
    entries.sort_by_key(|(_, (i, _))| *i);
    for (ex_id, (i, stands)) in entries {
        let Some(&e) = ids.exhibitors.get(ex_id) else {
            continue;
        };
        let ex = &p.exhibitors[e];
        let fitting: Vec<&str> = p
            .stands
            .iter()
            .filter(|s| meets(s, &ex.needs))
            .map(|s| s.id.as_str())
            .collect();
        if !fitting.is_empty() && fitting.iter().all(|s| stands.contains(s)) {
            out.push(Diagnostic::new(
                Code::ForbiddenContradiction,
                format!("$.forbidden[{i}]"),
                t!(
                    "val-forbidden-all",
                    exhibitor = shown(&ex.id),
                    count = ex.needs.len(),
                    needs = quoted(&ex.needs),
                    stands = joined(&fitting.iter().map(|s| shown(s)).collect::<Vec<_>>())
                ),
                t!("val-forbidden-all-action"),
            ));
        }
    }
}

fn sessions_fit_rooms(p: &Problem, d: &Decoded, out: &mut Vec<Diagnostic>) {
    if !d.whole("rooms") || !d.whole("exhibitors") {
        return;
    }
    for (i, s) in p.sessions.iter().enumerate() {
        let registrants = p
            .exhibitors
            .iter()
            .filter(|e| e.sessions.contains(&s.id))
            .count();
        let seats = (registrants + s.facilitators.len()).max(s.seats.unwrap_or(0) as usize);
        let tagged: Vec<_> = p
            .rooms
            .iter()
            .filter(|r| s.needs.iter().all(|n| r.tags.contains(n)))
            .collect();
        if tagged.iter().any(|r| r.capacity as usize >= seats) {
            continue;
        }
        let session = shown(&s.id);
        let cause = if p.rooms.is_empty() {
            t!("val-session-no-rooms", session = session)
        } else if tagged.is_empty() {
            t!(
                "val-session-room-needs",
                session = session,
                count = s.needs.len(),
                needs = quoted(&s.needs)
            )
        } else {
            let largest = tagged.iter().map(|r| r.capacity).max().unwrap_or(0);
            t!(
                "val-session-seats",
                session = session,
                seats = seats,
                registered = registrants,
                facilitators = s.facilitators.len(),
                largest = largest
            )
        };
        out.push(Diagnostic::new(
            Code::SessionNoRoom,
            format!("$.sessions[{i}]"),
            cause,
            t!("val-session-no-room-action"),
        ));
    }
}

fn sessions_fit_days(p: &Problem, d: &Decoded, out: &mut Vec<Diagnostic>) {
    if !d.whole("slots") {
        return;
    }
    let mut per_day: HashMap<&str, u32> = HashMap::new();
    for s in &p.slots {
        *per_day.entry(s.day.as_str()).or_insert(0) += 1;
    }
    let longest = per_day.values().copied().max().unwrap_or(0);
    for (i, s) in p.sessions.iter().enumerate() {
        if s.length > longest {
            out.push(Diagnostic::new(
                Code::SessionTooLong,
                format!("$.sessions[{i}].length"),
                t!(
                    "val-session-too-long",
                    session = shown(&s.id),
                    length = s.length,
                    longest = longest
                ),
                t!("val-session-too-long-action"),
            ));
        }
    }
}

/// Items as a message lists them, the [current](crate::i18n::current) language's way:
/// `« water » et « electricity »`, `« a », « b » et « c »`.
pub(crate) fn quoted(items: &[String]) -> String {
    let mut shown: Vec<String> = items.iter().map(|s| quote(s)).collect();
    match shown.pop() {
        None => String::new(),
        Some(last) if shown.is_empty() => last,
        Some(last) => t!("val-and", first = joined(&shown), last = last),
    }
}

/// A day as a sentence says it: "7 novembre 2025".
fn day_text(d: Date) -> String {
    numbers::date(crate::i18n::current(), d.into())
}

/// Every `balance` rule names an attribute the exhibitors have, once per side, with a weight
/// in range; a province rule does not contradict the province's weight in `weights`.
fn balance_rules_are_proper(p: &Problem, out: &mut Vec<Diagnostic>) {
    let Some(rules) = &p.rules else { return };
    let mut own: BTreeSet<&str> = BTreeSet::new();
    for e in &p.exhibitors {
        own.extend(e.attributes.keys().map(String::as_str));
        own.extend(e.extra.keys().map(String::as_str));
    }
    let weights = rules.weights.clone().unwrap_or_default();
    let mut seen: BTreeSet<(&str, crate::format::Over)> = BTreeSet::new();
    for (i, b) in rules.balance.iter().enumerate() {
        let path = format!("$.rules.balance[{i}]");
        let name = b.attribute.as_str();
        if !crate::terms::BUILT_IN_ATTRIBUTES.contains(&name) && !own.contains(name) {
            let mut known: Vec<&str> = crate::terms::BUILT_IN_ATTRIBUTES.to_vec();
            known.extend(own.iter().copied());
            out.push(Diagnostic::new(
                Code::UnknownReference,
                format!("{path}.attribute"),
                t!("val-balance-attribute", attribute = shown(name)),
                t!("val-balance-attribute-action", known = known.join(", ")),
            ));
        }
        if let Some(w) = b.weight.filter(|&w| !weight_in_range(w)) {
            out.push(Diagnostic::new(
                Code::BadNumber,
                format!("{path}.weight"),
                t!("val-weight", value = number(w)),
                weight_range(),
            ));
        }
        for side in crate::terms::sides(b.over) {
            if !seen.insert((name, side)) {
                out.push(Diagnostic::new(
                    Code::DuplicateReference,
                    format!("{path}.over"),
                    t!(
                        "val-balance-twice",
                        attribute = attribute_words(name),
                        over = side_word(side)
                    ),
                    t!("val-balance-twice-action"),
                ));
            }
            let term = crate::terms::province_term(side);
            let by_rule = b.weight.unwrap_or(term.info().default_weight);
            if name == crate::terms::PROVINCE
                && term.weight_in(&weights).is_some_and(|w| w != by_rule)
            {
                out.push(Diagnostic::new(
                    Code::DuplicateReference,
                    format!("{path}.attribute"),
                    t!(
                        "val-balance-province-weight",
                        over = side_word(side),
                        key = term.name()
                    ),
                    t!("val-balance-province-weight-action", key = term.name()),
                ));
            }
        }
    }
}

/// An attribute for people: its name in words, with the code the file writes when they differ
/// (« direction par des femmes (women_led) »).
fn attribute_words(code: &str) -> String {
    let words = crate::term_words::attribute_name(code, crate::i18n::current());
    if words == code {
        shown(code)
    } else {
        format!("{words} ({code})")
    }
}

/// `zones` or `prime`, as the rules' messages say it.
fn side_word(side: crate::format::Over) -> &'static str {
    match side {
        crate::format::Over::Prime => "prime",
        _ => "zones",
    }
}

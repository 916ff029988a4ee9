//! The programme of a stop from what a planner has at hand: a sheet of sessions, the rooms as
//! a few words or a small sheet, and the slots as the same times each day of the stop.
//!
//! **Sessions sheet** (CSV read as the exhibitor sheet is, see [`super::import`]): one row per
//! session.
//!
//! | field | column names |
//! |---|---|
//! | `id` | id, identifiant, code (optional: made from the title) |
//! | `title` | title, titre, intitulé |
//! | `theme` | theme, thème, thématique (optional, for people) |
//! | `length` | length, durée, créneaux (slots in a row, default 1) |
//! | `seats` | seats, places (optional: seats to keep, the public included) |
//! | `needs` | needs, besoins, équipements, matériel (room tags: sono, vidéoprojecteur…) |
//! | `facilitators` | facilitators, animation, animateurs, animatrices, intervenants |
//!
//! Facilitators are separated by `,` `;` `|` or a line break in the cell; needs by `,` `|` `+`
//! or `/`. A need must be a tag of one of the rooms (sono, sonorisation and micro are `sound`;
//! projecteur, vidéoprojecteur and vidéoprojection are `projector`; écran is `screen`).
//!
//! **Rooms**: `nom:places[:équipements]` ("Tente des rencontres:40:sono"), or a sheet with the
//! columns identifiant (optional), nom, places, équipements. A room's id is made from its name.
//!
//! **Slots**: the same times every day from the stop's first day to its last,
//! `10:00-11:30 calme, 15:00-16:30, 17:30-19:00 affluence`: each a start and an end (`9:00`,
//! `09:00` or `9h00`), then, if need be, its footfall (calme/quiet, normal, affluence/busy;
//! normal when left out). On the busy days given (`samedi,dimanche` or dates), a slot of
//! normal footfall is busy. Slot ids are `d1-10h00`: the day of the stop and the start.

use super::import::{fold, problem_at, slug, split_list, Columns, Kind, Names, Sheet};
use crate::format::{Footfall, Room, Session, Slot};
use crate::stop::diagnostic::{shown, Code, Diagnostic};
use crate::stop::time::{Date, Time};
use crate::t;
use std::collections::BTreeSet;

/// The fields of the sessions sheet and the column names that give them.
const SESSION_COLUMNS: [(&str, &[&str]); 7] = [
    ("id", &["id", "identifiant", "code"]),
    ("title", &["title", "titre", "intitule"]),
    ("theme", &["theme", "thematique"]),
    ("length", &["length", "duree", "creneaux", "longueur"]),
    ("seats", &["seats", "places"]),
    ("needs", &["needs", "besoins", "equipements", "materiel"]),
    (
        "facilitators",
        &[
            "facilitators",
            "facilitator",
            "animation",
            "animateurs",
            "animatrices",
            "animateur",
            "animatrice",
            "animateursetanimatrices",
            "intervenants",
            "intervenantes",
        ],
    ),
];

/// The fields of the rooms sheet and the column names that give them.
const ROOM_COLUMNS: [(&str, &[&str]); 4] = [
    ("id", &["id", "identifiant", "code"]),
    ("name", &["name", "nom", "salle"]),
    ("capacity", &["capacity", "places", "capacite"]),
    ("tags", &["tags", "equipements", "equipement", "materiel"]),
];

/// French names of room tags.
const ROOM_TAG_ALIASES: [(&str, &str); 7] = [
    ("sono", "sound"),
    ("sonorisation", "sound"),
    ("micro", "sound"),
    ("projecteur", "projector"),
    ("videoprojecteur", "projector"),
    ("videoprojection", "projector"),
    ("ecran", "screen"),
];

/// A room's tag as a cell may write it in French, else the cell itself.
fn room_tag(cell: &str) -> String {
    let f = fold(cell);
    ROOM_TAG_ALIASES
        .iter()
        .find(|(fr, _)| *fr == f)
        .map_or(cell.trim().to_string(), |(_, tag)| tag.to_string())
}

/// A whole number of at least `least` at the start of a cell ("2", "2 créneaux").
fn leading_number(cell: &str) -> Option<u32> {
    let digits: String = cell
        .trim()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Reads a sessions sheet (see the module's documentation); `rooms` are the rooms of the stop,
/// whose tags the needs must name. Every problem is reported, each with its line and column.
pub fn read_sessions(bytes: &[u8], rooms: &[Room]) -> Result<Vec<Session>, Vec<Diagnostic>> {
    let sheet = Sheet::read(bytes)?;
    let columns: &Columns = &SESSION_COLUMNS;
    let missing = sheet.missing(columns, &[("title", t!("sheets-field-title"))]);
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut problems = sheet.problems.clone();
    let mut tags: Vec<&str> = Vec::new();
    for t in rooms.iter().flat_map(|r| &r.tags) {
        if !tags.contains(&t.as_str()) {
            tags.push(t);
        }
    }
    let equipment = Names::new(Kind::Equipment, tags.iter().map(|t| (*t, "")));
    let mut sessions = Vec::new();
    let mut ids = BTreeSet::new();
    for (line, row) in &sheet.rows {
        let line = *line;
        let cell = |field: &str| sheet.cell(columns, row, field);
        let column = |field: &str| sheet.column_name(columns, field);
        let before = problems.len();
        let title = cell("title");
        if title.is_empty() {
            problems.push(problem_at(
                line,
                &column("title"),
                t!("sheets-no-title"),
                t!("sheets-no-title-action"),
                Code::MissingField,
            ));
        }
        let mut count = |field: &str, least: u32| -> Option<u32> {
            let text = cell(field);
            if text.is_empty() {
                return None;
            }
            match leading_number(&text) {
                Some(n) if n >= least => Some(n),
                _ => {
                    problems.push(problem_at(
                        line,
                        &column(field),
                        t!("sheets-bad-count", field = field, value = shown(&text)),
                        t!("sheets-bad-count-action", field = field),
                        Code::BadNumber,
                    ));
                    None
                }
            }
        };
        let length = count("length", 1).unwrap_or(1);
        let seats = count("seats", 1);
        let mut needs = Vec::new();
        for n in split_list(&cell("needs")) {
            let tag = room_tag(&n);
            match tags.iter().find(|t| fold(t) == fold(&tag)) {
                Some(t) => needs.push(t.to_string()),
                None => problems.push(equipment.unknown(line, &column("needs"), &n)),
            }
        }
        let facilitators: Vec<String> = cell("facilitators")
            .split([',', ';', '|', '\n', '\r'])
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(str::to_string)
            .collect();
        let id = match cell("id") {
            s if s.is_empty() => slug(&title),
            s => s,
        };
        if !ids.insert(id.clone()) {
            problems.push(problem_at(
                line,
                &column("id"),
                t!("sheets-duplicate-session", id = shown(&id)),
                t!("sheets-duplicate-session-action"),
                Code::DuplicateId,
            ));
        }
        if problems.len() > before {
            continue;
        }
        sessions.push(Session {
            id,
            title,
            theme: Some(cell("theme")).filter(|t| !t.is_empty()),
            seats,
            length,
            needs,
            facilitators,
        });
    }
    if problems.is_empty() {
        Ok(sessions)
    } else {
        Err(problems)
    }
}

/// A room from its words on the command line, `nom:places[:équipements]`, its equipment
/// separated by `,` or `+`.
///
/// ```
/// use caravane::sheets::sessions::room_from_words;
/// let room = room_from_words("Tente des rencontres:40:sono").unwrap();
/// assert_eq!(room.id, "tente-des-rencontres");
/// assert_eq!(room.capacity, 40);
/// assert_eq!(room.tags, ["sound"]);
/// assert!(room_from_words("Tente des rencontres").is_err());
/// ```
pub fn room_from_words(words: &str) -> Result<Room, Diagnostic> {
    let mut parts = words.splitn(3, ':').map(str::trim);
    let name = parts.next().unwrap_or_default();
    let capacity = parts.next().and_then(|c| c.parse::<u32>().ok());
    match capacity {
        Some(capacity) if capacity > 0 && !name.is_empty() => Ok(Room {
            id: slug(name),
            name: Some(name.to_string()),
            capacity,
            tags: split_list(parts.next().unwrap_or_default())
                .iter()
                .map(|t| room_tag(t))
                .collect(),
        }),
        _ => Err(Diagnostic::new(
            Code::InvalidValue,
            "--room",
            t!("sheets-bad-room", value = shown(words)),
            t!("sheets-bad-room-action"),
        )),
    }
}

/// Reads a rooms sheet: identifiant (optional), nom, places, équipements. Every problem is
/// reported, each with its line and column.
pub fn read_rooms(bytes: &[u8]) -> Result<Vec<Room>, Vec<Diagnostic>> {
    let sheet = Sheet::read(bytes)?;
    let columns: &Columns = &ROOM_COLUMNS;
    let missing = sheet.missing(
        columns,
        &[
            ("name", t!("sheets-field-room-name")),
            ("capacity", t!("sheets-field-room-seats")),
        ],
    );
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut problems = sheet.problems.clone();
    let mut rooms: Vec<Room> = Vec::new();
    for (line, row) in &sheet.rows {
        let cell = |field: &str| sheet.cell(columns, row, field);
        let name = cell("name");
        let seats = cell("capacity");
        let capacity = match leading_number(&seats) {
            Some(n) if n > 0 => n,
            _ => {
                problems.push(problem_at(
                    *line,
                    &sheet.column_name(columns, "capacity"),
                    t!("sheets-bad-count", field = "seats", value = shown(&seats)),
                    t!("sheets-bad-count-action", field = "seats"),
                    Code::BadNumber,
                ));
                continue;
            }
        };
        let id = match cell("id") {
            s if s.is_empty() => slug(&name),
            s => s,
        };
        if rooms.iter().any(|r| r.id == id) {
            problems.push(problem_at(
                *line,
                &sheet.column_name(columns, if cell("id").is_empty() { "name" } else { "id" }),
                t!("sheets-duplicate-room", id = shown(&id)),
                t!("sheets-duplicate-room-action"),
                Code::DuplicateId,
            ));
            continue;
        }
        rooms.push(Room {
            id,
            name: Some(name).filter(|n| !n.is_empty()),
            capacity,
            tags: split_list(&cell("tags"))
                .iter()
                .map(|t| room_tag(t))
                .collect(),
        });
    }
    if problems.is_empty() {
        Ok(rooms)
    } else {
        Err(problems)
    }
}

/// A clock time as planners write it: `9:00`, `09:00`, `9h00`, `9h`.
fn clock(text: &str) -> Option<Time> {
    let t = text.trim().to_lowercase().replace('h', ":");
    let (h, m) = t.split_once(':')?;
    let m = if m.is_empty() { "00" } else { m };
    Time::parse(&format!("{h:0>2}:{m}"))
}

/// The footfall a planner's word names.
fn footfall(word: &str) -> Option<Footfall> {
    match fold(word).as_str() {
        "calme" | "quiet" | "faible" | "هادئ" => Some(Footfall::Quiet),
        "normal" | "normale" | "moyenne" | "عادي" => Some(Footfall::Normal),
        "affluence" | "busy" | "forte" | "charge" | "مزدحم" => Some(Footfall::Busy),
        _ => None,
    }
}

/// The day of the week (0 = Monday) a word names, in French or English.
fn weekday(word: &str) -> Option<u32> {
    let days = [
        ["lundi", "monday"],
        ["mardi", "tuesday"],
        ["mercredi", "wednesday"],
        ["jeudi", "thursday"],
        ["vendredi", "friday"],
        ["samedi", "saturday"],
        ["dimanche", "sunday"],
    ];
    let f = fold(word);
    days.iter()
        .position(|d| d.contains(&f.as_str()))
        .map(|k| k as u32)
}

/// The slots of a stop from `from` to `to` (`YYYY-MM-DD`): the same `times` every day (see the
/// module's documentation), a normal slot made busy on the `busy_days` (weekday names or
/// dates, separated by `,`).
///
/// ```
/// use caravane::format::Footfall;
/// use caravane::sheets::sessions::daily_slots;
/// let slots = daily_slots("10:00-11:30 calme, 15h-16h30", "samedi", "2025-11-07", "2025-11-08")
///     .unwrap();
/// assert_eq!(slots.len(), 4);
/// assert_eq!(slots[0].id, "d1-10h00");
/// assert_eq!(slots[0].footfall, Footfall::Quiet);
/// assert_eq!(slots[1].footfall, Footfall::Normal);
/// // 2025-11-08 is a Saturday.
/// assert_eq!(slots[3].footfall, Footfall::Busy);
/// ```
pub fn daily_slots(
    times: &str,
    busy_days: &str,
    from: &str,
    to: &str,
) -> Result<Vec<Slot>, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let bad_times = |value: &str| {
        Diagnostic::new(
            Code::BadTime,
            "--slot-times",
            t!("sheets-bad-slot", value = shown(value)),
            t!("sheets-bad-slot-action"),
        )
    };
    let mut daily: Vec<(Time, Time, Footfall)> = Vec::new();
    for piece in times
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let mut words = piece.split_whitespace();
        let span = words.next().unwrap_or_default();
        let rest: Vec<&str> = words.collect();
        let found = span.split_once('-').and_then(|(a, b)| {
            let (start, end) = (clock(a)?, clock(b)?);
            let footfall = match rest.as_slice() {
                [] => Footfall::Normal,
                [word] => footfall(word)?,
                _ => return None,
            };
            (start < end).then_some((start, end, footfall))
        });
        match found {
            Some(slot) => daily.push(slot),
            None => problems.push(bad_times(piece)),
        }
    }
    if daily.is_empty() && problems.is_empty() {
        problems.push(bad_times(times));
    }
    daily.sort_by_key(|s| s.0);
    if daily.windows(2).any(|w| w[1].0 < w[0].1) {
        problems.push(Diagnostic::new(
            Code::BadSlot,
            "--slot-times",
            t!("sheets-slots-overlap", value = shown(times)),
            t!("sheets-slots-overlap-action"),
        ));
    }
    let mut busy_dates = Vec::new();
    let mut busy_weekdays = Vec::new();
    for word in busy_days
        .split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
    {
        if let Some(d) = Date::parse(word) {
            busy_dates.push(d);
        } else if let Some(d) = weekday(word) {
            busy_weekdays.push(d);
        } else {
            problems.push(Diagnostic::new(
                Code::BadDate,
                "--busy-days",
                t!("sheets-bad-busy-day", value = shown(word)),
                t!("sheets-bad-busy-day-action"),
            ));
        }
    }
    let (Some(first), Some(last)) = (Date::parse(from), Date::parse(to)) else {
        // The stop's dates are told by the stop's own check.
        return if problems.is_empty() {
            Ok(Vec::new())
        } else {
            Err(problems)
        };
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut slots = Vec::new();
    let (mut day, mut n) = (first, 1);
    while day <= last {
        let busy = busy_dates.contains(&day) || busy_weekdays.contains(&day.weekday());
        for &(start, end, footfall) in &daily {
            slots.push(Slot {
                id: format!("d{n}-{:02}h{:02}", start.0 / 60, start.0 % 60),
                day: day.to_string(),
                start: start.to_string(),
                end: end.to_string(),
                footfall: if busy && footfall == Footfall::Normal {
                    Footfall::Busy
                } else {
                    footfall
                },
            });
        }
        day = day.next();
        n += 1;
    }
    Ok(slots)
}

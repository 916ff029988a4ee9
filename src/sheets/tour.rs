//! Reading a tour from the planner's spreadsheets: the towns, the roads between them, the
//! itineraries, and the pool of exhibitors, with a stop file for the square of each town.
//!
//! **The sheets.** Each is a CSV file read as the exhibitor sheet is read
//! ([`super::import`]): `;` or `,`, UTF-8 (with or without a byte-order mark) or Windows-1252,
//! column names matched without regard to case, accents, spaces or underscores, in any order;
//! other columns are left aside. A cell that names a town, a province, a venue, a session or an
//! exhibitor may give its id or its name.
//!
//! | sheet | columns (first name French, then aliases) |
//! |---|---|
//! | towns | `identifiant` (optional: made from the name), `nom`, `province` (optional), `latitude` and `longitude` (optional, decimal degrees, both or neither) |
//! | roads | `de`, `à`, `km` (both ways) |
//! | itineraries | `itinéraire` (its name; rows with the same name are one itinerary), `identifiant` (optional), `ordre` (optional: sheet order), `ville`, `du`, `au`, and optional `lieu`, `places`, `rayon` (km from home), `exposants` (who may come), `quotas` (`Tiznit : 12, Tata : 8`), `rencontres` |
//! | exhibitors | the exhibitor sheet of `caravane import`; its `commune` is the home town and must be a town of the towns sheet |
//!
//! Dates are `AAAA-MM-JJ` or `JJ/MM/AAAA` (as French Excel writes them); numbers take a decimal
//! point or a decimal comma.
//!
//! **The venues.** Each stop file given for a town becomes that town's venue: its stands, zones,
//! landmarks, neighbour pairs, rooms, and the slots of its first day (ids without their `d1-`).
//! The venue's id is the town's id and the venue's name made into an id. The provinces,
//! families, rules and sessions of the tour come from a model stop file, by default the first
//! venue file; so do the tour's `sample_data` and `language`.
//!
//! Every problem of every sheet is reported at once, at its file, line and column, with the
//! valid values and the closest match; the rules of a tour file ([`crate::tour::validate`]) are
//! then applied to the tour made, and their problems placed back at the line of the sheet (or
//! the venue file) they come from. Nothing is returned when anything is wrong.

use super::import::{decode, fold, import_exhibitors, rows_of, separator, LineCounter};
use crate::format::{
    DailySlot, Exhibitor, Itinerary, Participants, Problem, Road, Room, Slot, Stand, Tour,
    TourInfo, TourStop, Town, Venue, TOUR_FORMAT,
};
use crate::stop::diagnostic::{shown, Code, Diagnostic, Known, Report};
use crate::stop::time::Date;
use crate::t;
use std::collections::{BTreeMap, BTreeSet};

/// A spreadsheet saved as CSV: its name as the planner gave it, and its bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetFile {
    /// The file, as named in messages.
    pub file: String,
    /// Its contents.
    pub bytes: Vec<u8>,
}

/// A stop file whose square becomes the venue of a town.
#[derive(Debug, Clone, PartialEq)]
pub struct VenueFile {
    /// The town, by id or name, as the planner wrote it.
    pub town: String,
    /// The file, as named in messages.
    pub file: String,
    /// The stop it holds.
    pub stop: Problem,
}

/// Everything a tour is read from.
#[derive(Debug, Clone, PartialEq)]
pub struct TourSheets {
    /// The tour's name; by default the model stop's name.
    pub name: Option<String>,
    /// The towns sheet.
    pub towns: SheetFile,
    /// The roads sheet.
    pub roads: SheetFile,
    /// The itineraries sheet.
    pub itineraries: SheetFile,
    /// The exhibitor sheet of the whole pool.
    pub exhibitors: SheetFile,
    /// The venues, one stop file per town.
    pub venues: Vec<VenueFile>,
    /// The stop file giving provinces, families, rules and sessions (its file name and stop);
    /// by default the first venue file.
    pub like: Option<(String, Problem)>,
}

/// The names a column may have (matched once [`fold`]ed); the first is the one messages give.
type Columns = &'static [(&'static str, &'static [&'static str])];

const TOWN_COLUMNS: Columns = &[
    ("id", &["identifiant", "id", "code"]),
    ("name", &["nom", "name", "ville", "commune"]),
    ("province", &["province", "préfecture"]),
    ("latitude", &["latitude", "lat"]),
    ("longitude", &["longitude", "lon", "long", "lng"]),
];

const ROAD_COLUMNS: Columns = &[
    ("a", &["de", "from", "depuis", "ville 1"]),
    ("b", &["à", "to", "vers", "ville 2"]),
    ("km", &["km", "distance", "kilomètres"]),
];

const ITINERARY_COLUMNS: Columns = &[
    ("name", &["itinéraire", "itinerary", "nom"]),
    ("id", &["identifiant", "id", "code"]),
    ("order", &["ordre", "order", "étape", "n°", "numéro"]),
    ("town", &["ville", "town", "commune"]),
    ("from", &["du", "from", "début"]),
    ("to", &["au", "to", "fin"]),
    ("venue", &["lieu", "venue"]),
    ("places", &["places"]),
    ("radius", &["rayon", "rayon km", "within km"]),
    ("participants", &["exposants", "participants", "exhibitors"]),
    ("quotas", &["quotas", "quota"]),
    ("sessions", &["rencontres", "sessions", "ateliers"]),
];

/// The home town column of the exhibitor sheet (as [`super::import`] names it).
const HOME_ALIASES: [&str; 4] = ["commune", "home", "ville", "localité"];

/// One row of a sheet: its line in the file and its cells.
#[derive(Debug, Clone)]
struct Row {
    line: usize,
    cells: Vec<String>,
}

/// A sheet read: its column names, which field each gives, and its non-empty rows.
#[derive(Debug, Clone)]
struct Table {
    header: Vec<String>,
    spec: Columns,
    found: Vec<Option<usize>>,
    rows: Vec<Row>,
}

impl Table {
    /// Reads a CSV sheet; the columns named in `spec` are looked for among its titles.
    fn read(bytes: &[u8], spec: Columns) -> Result<Table, Vec<Diagnostic>> {
        let (text, _) = decode(bytes);
        let mut reader = rows_of(&text, separator(&text));
        let header: Vec<String> = match reader.headers() {
            Ok(h) => h.iter().map(str::to_string).collect(),
            Err(e) => {
                return Err(vec![whole_line(
                    1,
                    Code::JsonSyntax,
                    t!("tour-sheet-header-unreadable", why = e.to_string()),
                    t!("tour-sheet-header-unreadable-action"),
                )])
            }
        };
        let folded: Vec<String> = header.iter().map(|h| fold(h)).collect();
        let found = spec
            .iter()
            .map(|(_, names)| {
                names
                    .iter()
                    .find_map(|n| folded.iter().position(|h| *h == fold(n)))
            })
            .collect();
        let mut rows = Vec::new();
        let mut problems = Vec::new();
        let mut lines = LineCounter::new(text.as_bytes());
        for (k, record) in reader.records().enumerate() {
            match record {
                Ok(r) => {
                    if r.iter().all(str::is_empty) {
                        continue;
                    }
                    let line = r
                        .position()
                        .map_or(k + 2, |p| lines.line_at(p.byte() as usize));
                    rows.push(Row {
                        line,
                        cells: r.iter().map(str::to_string).collect(),
                    });
                }
                Err(e) => {
                    let line = e.position().map_or(k + 2, |p| p.line() as usize);
                    problems.push(whole_line(
                        line,
                        Code::JsonSyntax,
                        t!("tour-sheet-row-unreadable", why = e.to_string()),
                        t!("tour-sheet-row-unreadable-action"),
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(Table {
                header,
                spec,
                found,
                rows,
            })
        } else {
            Err(problems)
        }
    }

    fn index(&self, field: &str) -> Option<usize> {
        let k = self.spec.iter().position(|(f, _)| *f == field)?;
        self.found[k]
    }

    /// Whether the sheet has a column for `field`.
    fn has(&self, field: &str) -> bool {
        self.index(field).is_some()
    }

    /// The cell of `field` in a row ("" when the sheet or the row has none).
    fn cell<'a>(&self, row: &'a Row, field: &str) -> &'a str {
        self.index(field)
            .and_then(|c| row.cells.get(c))
            .map_or("", String::as_str)
    }

    /// The column of `field` as the sheet names it, else as messages name it.
    fn column(&self, field: &str) -> String {
        match self.index(field) {
            Some(c) => self.header[c].clone(),
            None => self
                .spec
                .iter()
                .find(|(f, _)| *f == field)
                .map_or(field.to_string(), |(_, names)| names[0].to_string()),
        }
    }

    /// A problem for each required column the sheet lacks.
    fn require(&self, fields: &[&str]) -> Vec<Diagnostic> {
        fields
            .iter()
            .filter(|f| !self.has(f))
            .map(|f| {
                let names = self
                    .spec
                    .iter()
                    .find(|(x, _)| x == f)
                    .map_or(&[][..], |(_, n)| n);
                whole_line(
                    1,
                    Code::MissingField,
                    t!(
                        "tour-sheet-missing-column",
                        column = names[0],
                        columns = self.header.join(", ")
                    ),
                    t!(
                        "tour-sheet-missing-column-action",
                        column = names[0],
                        names = names.join(", ")
                    ),
                )
            })
            .collect()
    }

    /// A problem of the cell of `field` in a row.
    fn at(&self, row: &Row, field: &str, code: Code, cause: String, action: String) -> Diagnostic {
        at_cell(row.line, &self.column(field), code, cause, action)
    }
}

/// A problem at a line and column of a sheet.
fn at_cell(line: usize, column: &str, code: Code, cause: String, action: String) -> Diagnostic {
    let mut d = Diagnostic::new(
        code,
        t!("tour-sheet-at", line = line, column = column),
        cause,
        action,
    );
    d.line = Some(line);
    d
}

/// A problem of a whole line of a sheet.
fn whole_line(line: usize, code: Code, cause: String, action: String) -> Diagnostic {
    let mut d = Diagnostic::new(code, t!("tour-sheet-line", line = line), cause, action);
    d.line = Some(line);
    d
}

/// The problem of a cell naming nothing in `known`: the closest match and the valid values.
fn unknown(table: &Table, row: &Row, field: &str, known: &Known, what: &str) -> Diagnostic {
    let value = table.cell(row, field);
    let action = match known.closest(value) {
        Some((id, name)) => t!(
            "tour-sheet-write-closest",
            name = if name.is_empty() { id } else { name }
        ),
        None => t!("tour-sheet-write-known"),
    };
    table.at(
        row,
        field,
        Code::UnknownReference,
        known.unknown(what, value),
        action,
    )
}

/// An id made from a name: lower case, accents dropped, words joined by dashes.
///
/// ```
/// use caravane::sheets::tour::slug;
/// assert_eq!(slug("Aït Melloul"), "ait-melloul");
/// assert_eq!(slug("Place du 20 Août"), "place-du-20-aout");
/// ```
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        match fold(&c.to_string()).chars().next() {
            Some(x) if x.is_alphanumeric() => out.push(x),
            _ => {
                if !out.is_empty() && !out.ends_with('-') {
                    out.push('-');
                }
            }
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A number written with a decimal point or comma, spaces between thousands allowed.
///
/// ```
/// use caravane::sheets::tour::decimal;
/// assert_eq!(decimal("30,4703"), Some(30.4703));
/// assert_eq!(decimal("-9.5981"), Some(-9.5981));
/// assert_eq!(decimal("1 250"), Some(1250.0));
/// assert_eq!(decimal("nord"), None);
/// ```
pub fn decimal(cell: &str) -> Option<f64> {
    let plain: String = cell
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A day written `AAAA-MM-JJ` or `JJ/MM/AAAA`, as `AAAA-MM-JJ`, when it exists.
///
/// ```
/// use caravane::sheets::tour::day;
/// assert_eq!(day("07/11/2025").as_deref(), Some("2025-11-07"));
/// assert_eq!(day("2025-11-07").as_deref(), Some("2025-11-07"));
/// assert_eq!(day("31/11/2025"), None);
/// ```
pub fn day(cell: &str) -> Option<String> {
    if let Some(d) = Date::parse(cell) {
        return Some(d.to_string());
    }
    let parts: Vec<&str> = cell.split(['/', '.']).map(str::trim).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let (d, m, y) = (
        d.parse::<u32>().ok()?,
        m.parse::<u32>().ok()?,
        y.parse::<u32>().ok()?,
    );
    Date::parse(&format!("{y:04}-{m:02}-{d:02}")).map(|x| x.to_string())
}

/// The items of a list cell, separated by `,` `;` `|` `+` or `/`.
fn pieces(cell: &str) -> Vec<String> {
    cell.split([',', ';', '|', '+', '/'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// The ids a list cell names, the longest run of pieces that names an item taken first (a
/// session's title may hold commas), and the pieces that name nothing.
fn named_list(cell: &str, known: &Known) -> (Vec<String>, Vec<String>) {
    let parts = pieces(cell);
    let (mut ids, mut unknown) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < parts.len() {
        let found = (i..parts.len())
            .rev()
            .find_map(|j| known.named(&parts[i..=j].join(", ")).map(|(id, _)| (j, id)));
        match found {
            Some((j, id)) => {
                ids.push(id.to_string());
                i = j + 1;
            }
            None => {
                unknown.push(parts[i].clone());
                i += 1;
            }
        }
    }
    (ids, unknown)
}

/// Problems, by the file they belong to.
struct Found {
    files: Vec<String>,
    problems: Vec<Vec<Diagnostic>>,
}

impl Found {
    fn push(&mut self, file: usize, d: Diagnostic) {
        self.problems[file].push(d);
    }

    fn extend(&mut self, file: usize, d: impl IntoIterator<Item = Diagnostic>) {
        self.problems[file].extend(d);
    }

    fn any(&self) -> bool {
        self.problems.iter().any(|p| !p.is_empty())
    }

    fn reports(self) -> Vec<Report> {
        self.files
            .into_iter()
            .zip(self.problems)
            .filter(|(_, d)| !d.is_empty())
            .map(|(file, diagnostics)| Report { file, diagnostics })
            .collect()
    }
}

const TOWNS: usize = 0;
const ROADS: usize = 1;
const ITINERARIES: usize = 2;
const POOL: usize = 3;
const LIKE: usize = 4;
/// The first venue file; the others follow.
const VENUES: usize = 5;

/// Reads the sheets and venue files into a tour file (`caravane.tour/1`) that passes
/// [`crate::tour::validate`]; or every problem found, file by file.
pub fn import_tour(s: &TourSheets) -> Result<Tour, Vec<Report>> {
    let model = s
        .like
        .clone()
        .or_else(|| s.venues.first().map(|v| (v.file.clone(), v.stop.clone())));
    let Some((like_file, like)) = model else {
        return Err(vec![Report {
            file: s.itineraries.file.clone(),
            diagnostics: vec![Diagnostic::new(
                Code::MissingField,
                "--venue",
                t!("tour-sheet-no-venue-file"),
                t!("tour-sheet-no-venue-file-action"),
            )],
        }]);
    };
    let mut found = Found {
        files: [
            &s.towns.file,
            &s.roads.file,
            &s.itineraries.file,
            &s.exhibitors.file,
            &like_file,
        ]
        .into_iter()
        .cloned()
        .chain(s.venues.iter().map(|v| v.file.clone()))
        .collect(),
        problems: vec![vec![]; VENUES + s.venues.len()],
    };
    let table = |file: usize, sheet: &SheetFile, spec: Columns, found: &mut Found| match Table::read(
        &sheet.bytes,
        spec,
    ) {
        Ok(t) => Some(t),
        Err(d) => {
            found.extend(file, d);
            None
        }
    };
    let towns_t = table(TOWNS, &s.towns, TOWN_COLUMNS, &mut found);
    let roads_t = table(ROADS, &s.roads, ROAD_COLUMNS, &mut found);
    let its_t = table(ITINERARIES, &s.itineraries, ITINERARY_COLUMNS, &mut found);
    let pool_t = table(POOL, &s.exhibitors, &[], &mut found);

    let (towns, town_lines) = match &towns_t {
        Some(t) => read_towns(t, &like, &mut found),
        None => (vec![], vec![]),
    };
    let known_towns = Known::new("towns", towns.iter().map(|x| (&*x.id, &*x.name)));
    let town_of = |cell: &str| known_towns.named(cell).map(|(id, _)| id.to_string());
    let (roads, road_lines) = match &roads_t {
        Some(t) => read_roads(t, &known_towns, &mut found),
        None => (vec![], vec![]),
    };

    // The venues, in the order given.
    let mut venues: Vec<Venue> = Vec::new();
    for (v, file) in s.venues.iter().enumerate() {
        let Some(town) = town_of(&file.town) else {
            if towns_t.is_some() {
                found.push(
                    VENUES + v,
                    Diagnostic::new(
                        Code::UnknownReference,
                        format!("--venue {}={}", file.town, file.file),
                        known_towns.unknown("town", &file.town),
                        t!(
                            "tour-sheet-venue-town-action",
                            towns = s.towns.file.as_str()
                        ),
                    ),
                );
            }
            continue;
        };
        let name = if file.stop.stop.venue.trim().is_empty() {
            file.stop.stop.name.clone()
        } else {
            file.stop.stop.venue.clone()
        };
        let base = format!("{town}-{}", slug(&name))
            .trim_end_matches('-')
            .to_string();
        let mut id = base.clone();
        let mut n = 2;
        while venues.iter().any(|x| x.id == id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        venues.push(Venue {
            id,
            town,
            name,
            stands: file.stop.stands.clone(),
            adjacency: file.stop.adjacency.clone(),
            zones: file.stop.zones.clone(),
            landmarks: file.stop.landmarks.clone(),
            rooms: file.stop.rooms.clone(),
            slots: daily_slots(&file.stop.slots),
        });
    }
    // Which venue file each venue comes from.
    let venue_files: Vec<usize> = s
        .venues
        .iter()
        .enumerate()
        .filter(|(_, f)| town_of(&f.town).is_some())
        .map(|(v, _)| v)
        .collect();

    let (exhibitors, pool_lines) = match &pool_t {
        Some(t) => read_pool(
            t,
            &s.exhibitors.bytes,
            &like,
            &venues,
            &known_towns,
            &mut found,
        ),
        None => (vec![], vec![]),
    };
    let (itineraries, stop_lines) = match &its_t {
        Some(t) => read_itineraries(t, &like, &venues, &known_towns, &exhibitors, &mut found),
        None => (vec![], vec![]),
    };
    if found.any() {
        return Err(found.reports());
    }
    let tour = Tour {
        format: TOUR_FORMAT.into(),
        tour: TourInfo {
            name: s
                .name
                .clone()
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| like.stop.name.clone()),
            sample_data: like.stop.sample_data,
            language: like.stop.language.clone(),
        },
        towns,
        roads,
        provinces: like.provinces.clone(),
        families: like.families.clone(),
        exhibitors,
        venues,
        sessions: like.sessions.clone(),
        rules: like.rules.clone(),
        itineraries,
        compare: None,
    };
    let judged = crate::tour::validate::validate(&tour, &Default::default());
    if judged.is_empty() {
        return Ok(tour);
    }
    let sheets = Placed {
        towns: towns_t.as_ref(),
        roads: roads_t.as_ref(),
        itineraries: its_t.as_ref(),
        town_lines,
        road_lines,
        pool_lines,
        stop_lines,
        venue_files,
    };
    for d in judged {
        let (file, d) = sheets.place(d);
        found.push(file, d);
    }
    Err(found.reports())
}

/// Where the items of the tour made come from, to place its problems back in the sheets.
struct Placed<'a> {
    towns: Option<&'a Table>,
    roads: Option<&'a Table>,
    itineraries: Option<&'a Table>,
    town_lines: Vec<usize>,
    road_lines: Vec<usize>,
    pool_lines: Vec<usize>,
    stop_lines: Vec<Vec<usize>>,
    venue_files: Vec<usize>,
}

/// `[3].rest` → (3, "rest").
fn indexed(rest: &str) -> Option<(usize, &str)> {
    let rest = rest.strip_prefix('[')?;
    let end = rest.find(']')?;
    Some((rest[..end].parse().ok()?, &rest[end + 1..]))
}

/// The first field of a path's rest: `.latitude` → `latitude`, `.quotas.tiznit` → `quotas`.
fn first_field(rest: &str) -> &str {
    rest.trim_start_matches('.')
        .split(['.', '['])
        .next()
        .unwrap_or("")
}

impl Placed<'_> {
    /// The file a problem of the tour made belongs to, and the problem placed in it.
    fn place(&self, mut d: Diagnostic) -> (usize, Diagnostic) {
        let path = d.path.clone();
        let line_in =
            |table: Option<&Table>, line: usize, field: Option<&str>, mut d: Diagnostic| {
                let column = match (table, field) {
                    (Some(t), Some(f)) if t.has(f) => Some(t.column(f)),
                    _ => None,
                };
                d.path = match column {
                    Some(c) => t!("tour-sheet-at", line = line, column = c),
                    None => t!("tour-sheet-line", line = line),
                };
                d.line = Some(line);
                d
            };
        if let Some((i, rest)) = path.strip_prefix("$.towns").and_then(indexed) {
            if let Some(&line) = self.town_lines.get(i) {
                let field = match first_field(rest) {
                    "" => None,
                    "id" if !self.towns.is_some_and(|t| t.has("id")) => Some("name"),
                    f => Some(f),
                };
                return (TOWNS, line_in(self.towns, line, field, d));
            }
        }
        if let Some((i, rest)) = path.strip_prefix("$.roads").and_then(indexed) {
            if let Some(&line) = self.road_lines.get(i) {
                let field = Some(first_field(rest)).filter(|f| !f.is_empty());
                return (ROADS, line_in(self.roads, line, field, d));
            }
        }
        if let Some((i, rest)) = path.strip_prefix("$.exhibitors").and_then(indexed) {
            if let Some(&line) = self.pool_lines.get(i) {
                let mut d = line_in(None, line, None, d);
                if first_field(rest) == "home" {
                    d.path = t!("tour-sheet-at", line = line, column = "commune");
                }
                return (POOL, d);
            }
        }
        if let Some((k, rest)) = path.strip_prefix("$.itineraries").and_then(indexed) {
            if let Some(lines) = self.stop_lines.get(k) {
                let (line, field) = match rest.strip_prefix(".stops").and_then(indexed) {
                    Some((s, rest)) => {
                        let field = match first_field(rest) {
                            "" => None,
                            "venue" => Some("town"),
                            "participants" if rest.contains("within_km") => Some("radius"),
                            f => Some(f),
                        };
                        (lines.get(s).or(lines.first()).copied(), field)
                    }
                    None => (lines.first().copied(), Some("name")),
                };
                if let Some(line) = line {
                    return (ITINERARIES, line_in(self.itineraries, line, field, d));
                }
            }
        }
        if let Some((v, rest)) = path.strip_prefix("$.venues").and_then(indexed) {
            if let Some(&file) = self.venue_files.get(v) {
                d.path = format!("${rest}");
                return (VENUES + file, d);
            }
        }
        (LIKE, d)
    }
}

/// The slots of one market day: those of the stop's first day, their ids without `dN-`.
fn daily_slots(slots: &[Slot]) -> Vec<DailySlot> {
    let Some(first) = slots.iter().map(|s| s.day.as_str()).min() else {
        return vec![];
    };
    slots
        .iter()
        .filter(|s| s.day == first)
        .map(|s| {
            let id = match s.id.split_once('-') {
                Some((d, rest))
                    if d.len() > 1
                        && d.starts_with('d')
                        && d[1..].chars().all(|c| c.is_ascii_digit()) =>
                {
                    rest.to_string()
                }
                _ => s.id.clone(),
            };
            DailySlot {
                id,
                start: s.start.clone(),
                end: s.end.clone(),
                footfall: s.footfall,
            }
        })
        .collect()
}

fn read_towns(t: &Table, like: &Problem, found: &mut Found) -> (Vec<Town>, Vec<usize>) {
    let missing = t.require(&["name"]);
    if !missing.is_empty() {
        found.extend(TOWNS, missing);
        return (vec![], vec![]);
    }
    let provinces = Known::new(
        "provinces",
        like.provinces.iter().map(|p| (&*p.id, &*p.name)),
    );
    let (mut towns, mut lines) = (Vec::new(), Vec::new());
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for row in &t.rows {
        let name = t.cell(row, "name");
        if name.is_empty() {
            found.push(
                TOWNS,
                t.at(
                    row,
                    "name",
                    Code::MissingField,
                    t!("tour-sheet-no-name"),
                    t!("tour-sheet-no-name-action"),
                ),
            );
            continue;
        }
        let given = t.cell(row, "id");
        let id = if given.is_empty() {
            slug(name)
        } else {
            given.to_string()
        };
        if let Some(first) = seen.insert(id.clone(), row.line) {
            let field = if given.is_empty() { "name" } else { "id" };
            found.push(
                TOWNS,
                t.at(
                    row,
                    field,
                    Code::DuplicateId,
                    t!("tour-sheet-town-twice", id = shown(&id), first = first),
                    t!("tour-sheet-town-twice-action"),
                ),
            );
        }
        let province = match t.cell(row, "province") {
            "" => None,
            cell => match provinces.named(cell) {
                Some((id, _)) => Some(id.to_string()),
                None => {
                    found.push(TOWNS, unknown(t, row, "province", &provinces, "province"));
                    None
                }
            },
        };
        let mut degrees = |field: &str| match t.cell(row, field) {
            "" => None,
            cell => {
                let v = decimal(cell);
                if v.is_none() {
                    found.push(
                        TOWNS,
                        t.at(
                            row,
                            field,
                            Code::BadNumber,
                            t!("tour-sheet-not-degrees", value = shown(cell)),
                            t!("tour-sheet-not-degrees-action", field = field),
                        ),
                    );
                }
                v
            }
        };
        let latitude = degrees("latitude");
        let longitude = degrees("longitude");
        towns.push(Town {
            id,
            name: name.to_string(),
            province,
            latitude,
            longitude,
        });
        lines.push(row.line);
    }
    (towns, lines)
}

fn read_roads(t: &Table, towns: &Known, found: &mut Found) -> (Vec<Road>, Vec<usize>) {
    let missing = t.require(&["a", "b", "km"]);
    if !missing.is_empty() {
        found.extend(ROADS, missing);
        return (vec![], vec![]);
    }
    let (mut roads, mut lines) = (Vec::new(), Vec::new());
    for row in &t.rows {
        let before = found.problems[ROADS].len();
        let mut end = |field: &str| match towns.named(t.cell(row, field)) {
            Some((id, _)) => id.to_string(),
            None => {
                found.push(ROADS, unknown(t, row, field, towns, "town"));
                String::new()
            }
        };
        let (a, b) = (end("a"), end("b"));
        let km = decimal(t.cell(row, "km"));
        if km.is_none() {
            found.push(
                ROADS,
                t.at(
                    row,
                    "km",
                    Code::BadNumber,
                    t!("tour-sheet-not-km", value = shown(t.cell(row, "km"))),
                    t!("tour-sheet-not-km-action"),
                ),
            );
        }
        if found.problems[ROADS].len() == before {
            roads.push(Road {
                a,
                b,
                km: km.unwrap_or_default(),
            });
            lines.push(row.line);
        }
    }
    (roads, lines)
}

/// A stop to stand for the whole pool while the exhibitor sheet is read: the model's
/// provinces, families, rules and sessions, a stand for each row with every tag a venue offers,
/// and a room and a day long enough for every session. What the venues themselves can hold is
/// judged afterwards, stop by stop, by the rules of a tour file.
fn pool_template(like: &Problem, venues: &[Venue], rows: usize) -> Problem {
    let tags: BTreeSet<String> = venues
        .iter()
        .flat_map(|v| &v.stands)
        .flat_map(|s| s.tags.iter().cloned())
        .collect();
    let room_tags: BTreeSet<String> = like
        .sessions
        .iter()
        .flat_map(|s| s.needs.iter().cloned())
        .collect();
    let longest = like.sessions.iter().map(|s| s.length).max().unwrap_or(1);
    let mut stop = like.clone();
    stop.stands = (0..rows.max(1))
        .map(|i| Stand {
            id: format!("pool-{i}"),
            x: 4.0 * i as f64,
            y: 0.0,
            width: 3.0,
            depth: 3.0,
            front: None,
            zone: None,
            tags: tags.iter().cloned().collect(),
        })
        .collect();
    stop.adjacency = None;
    stop.zones = vec![];
    stop.landmarks = vec![];
    stop.rooms = vec![Room {
        id: "pool".into(),
        name: None,
        capacity: u32::MAX / 2,
        tags: room_tags.into_iter().collect(),
    }];
    stop.slots = (0..longest.clamp(1, 23))
        .map(|h| Slot {
            id: format!("h{h}"),
            day: stop.stop.from.clone(),
            start: format!("{h:02}:00"),
            end: format!("{h:02}:59"),
            footfall: Default::default(),
        })
        .collect();
    stop.stop.to = stop.stop.from.clone();
    stop.pins.clear();
    stop.forbidden.clear();
    stop.history.clear();
    stop
}

fn read_pool(
    t: &Table,
    bytes: &[u8],
    like: &Problem,
    venues: &[Venue],
    towns: &Known,
    found: &mut Found,
) -> (Vec<Exhibitor>, Vec<usize>) {
    let template = pool_template(like, venues, t.rows.len());
    let imported = match import_exhibitors(bytes, &template) {
        Ok(x) => x,
        Err(d) => {
            found.extend(POOL, d);
            return (vec![], vec![]);
        }
    };
    let home = HOME_ALIASES
        .iter()
        .find_map(|a| t.header.iter().position(|h| fold(h) == fold(a)));
    let Some(home) = home else {
        found.push(
            POOL,
            whole_line(
                1,
                Code::MissingField,
                t!(
                    "tour-sheet-missing-column",
                    column = HOME_ALIASES[0],
                    columns = t.header.join(", ")
                ),
                t!(
                    "tour-sheet-missing-column-action",
                    column = HOME_ALIASES[0],
                    names = HOME_ALIASES.join(", ")
                ),
            ),
        );
        return (vec![], vec![]);
    };
    let column = t.header[home].clone();
    let lines: Vec<usize> = t.rows.iter().map(|r| r.line).collect();
    let mut exhibitors = imported.problem.exhibitors;
    for (e, row) in exhibitors.iter_mut().zip(&t.rows) {
        let cell = row.cells.get(home).map_or("", String::as_str);
        match towns.named(cell) {
            Some((id, _)) => e.home = Some(id.to_string()),
            None if cell.is_empty() => found.push(
                POOL,
                at_cell(
                    row.line,
                    &column,
                    Code::MissingField,
                    t!("tour-sheet-no-home", exhibitor = shown(&e.id)),
                    t!("tour-sheet-no-home-action"),
                ),
            ),
            None => {
                let action = match towns.closest(cell) {
                    Some((id, name)) => t!(
                        "tour-sheet-write-closest",
                        name = if name.is_empty() { id } else { name }
                    ),
                    None => t!("tour-sheet-home-unknown-action"),
                };
                found.push(
                    POOL,
                    at_cell(
                        row.line,
                        &column,
                        Code::UnknownReference,
                        towns.unknown("town", cell),
                        action,
                    ),
                );
            }
        }
    }
    (exhibitors, lines)
}

/// The itineraries of the sheet, and the line of each of their stops.
fn read_itineraries(
    t: &Table,
    like: &Problem,
    venues: &[Venue],
    towns: &Known,
    pool: &[Exhibitor],
    found: &mut Found,
) -> (Vec<Itinerary>, Vec<Vec<usize>>) {
    let missing = t.require(&["name", "town", "from", "to"]);
    if !missing.is_empty() {
        found.extend(ITINERARIES, missing);
        return (vec![], vec![]);
    }
    let known_venues = Known::new("venues", venues.iter().map(|v| (&*v.id, &*v.name)));
    let provinces = Known::new(
        "provinces",
        like.provinces.iter().map(|p| (&*p.id, &*p.name)),
    );
    let sessions = Known::new(
        "sessions",
        like.sessions.iter().map(|s| (&*s.id, &*s.title)),
    );
    let exhibitors = Known::new("exhibitors", pool.iter().map(|e| (&*e.id, &*e.name)));
    // Itineraries in the order of their first row: (key, id, name, stops with order and line).
    type Stops = Vec<(u32, usize, TourStop)>;
    let mut list: Vec<(String, String, String, Stops)> = Vec::new();
    let mut orders: BTreeMap<String, BTreeMap<u32, usize>> = BTreeMap::new();
    for (k, row) in t.rows.iter().enumerate() {
        let before = found.problems[ITINERARIES].len();
        let mut bad = |field: &str, code: Code, cause: String, action: String| {
            found.push(ITINERARIES, t.at(row, field, code, cause, action));
        };
        let name = t.cell(row, "name");
        let given = t.cell(row, "id");
        if name.is_empty() && given.is_empty() {
            bad(
                "name",
                Code::MissingField,
                t!("tour-sheet-no-itinerary"),
                t!("tour-sheet-no-itinerary-action"),
            );
        }
        let key = if given.is_empty() {
            fold(name)
        } else {
            given.to_string()
        };
        let order = match t.cell(row, "order") {
            "" => k as u32,
            cell => match cell.parse::<u32>() {
                Ok(n) => n,
                Err(_) => {
                    bad(
                        "order",
                        Code::BadNumber,
                        t!("tour-sheet-not-order", value = shown(cell)),
                        t!("tour-sheet-not-order-action"),
                    );
                    0
                }
            },
        };
        // Each stop number once in an itinerary, whatever else is wrong with the rows.
        let numbers = orders.entry(key.clone()).or_default();
        match numbers.get(&order) {
            Some(&first) => bad(
                "order",
                Code::DuplicateId,
                t!("tour-sheet-order-twice", order = order, first = first),
                t!("tour-sheet-order-twice-action"),
            ),
            None => {
                numbers.insert(order, row.line);
            }
        }
        // The town, then its venue.
        let town = match towns.named(t.cell(row, "town")) {
            Some((id, _)) => Some(id),
            None => {
                found.push(ITINERARIES, unknown(t, row, "town", towns, "town"));
                None
            }
        };
        let mut bad = |field: &str, code: Code, cause: String, action: String| {
            found.push(ITINERARIES, t.at(row, field, code, cause, action));
        };
        let venue = match (town, t.cell(row, "venue")) {
            (None, _) => None,
            (Some(town), "") => {
                let here: Vec<&Venue> = venues.iter().filter(|v| v.town == town).collect();
                match here.as_slice() {
                    [one] => Some(one.id.clone()),
                    [] => {
                        bad(
                            "town",
                            Code::UnknownReference,
                            t!("tour-sheet-no-venue", town = t.cell(row, "town")),
                            t!("tour-sheet-no-venue-action", town = town),
                        );
                        None
                    }
                    several => {
                        let names: Vec<String> =
                            several.iter().map(|v| format!("« {} »", v.name)).collect();
                        bad(
                            "town",
                            Code::InvalidValue,
                            t!(
                                "tour-sheet-which-venue",
                                town = t.cell(row, "town"),
                                venues = names.join(", ")
                            ),
                            t!("tour-sheet-which-venue-action"),
                        );
                        None
                    }
                }
            }
            (Some(town), cell) => match known_venues.named(cell) {
                Some((id, name)) => {
                    let v = venues.iter().find(|v| v.id == id).expect("a known venue");
                    if v.town == town {
                        Some(id.to_string())
                    } else {
                        bad(
                            "venue",
                            Code::InvalidValue,
                            t!(
                                "tour-sheet-venue-elsewhere",
                                venue = name,
                                town = t.cell(row, "town")
                            ),
                            t!("tour-sheet-venue-elsewhere-action"),
                        );
                        None
                    }
                }
                None => {
                    found.push(
                        ITINERARIES,
                        unknown(t, row, "venue", &known_venues, "venue"),
                    );
                    None
                }
            },
        };
        let mut bad = |field: &str, code: Code, cause: String, action: String| {
            found.push(ITINERARIES, t.at(row, field, code, cause, action));
        };
        let mut date = |field: &str| match day(t.cell(row, field)) {
            Some(d) => d,
            None => {
                bad(
                    field,
                    Code::BadDate,
                    t!("tour-sheet-not-date", value = shown(t.cell(row, field))),
                    t!("tour-sheet-not-date-action"),
                );
                String::new()
            }
        };
        let (from, to) = (date("from"), date("to"));
        let places = match t.cell(row, "places") {
            "" => None,
            cell => match cell.parse::<u32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    bad(
                        "places",
                        Code::BadNumber,
                        t!("tour-sheet-not-places", value = shown(cell)),
                        t!("tour-sheet-not-places-action"),
                    );
                    None
                }
            },
        };
        let radius = match t.cell(row, "radius") {
            "" => None,
            cell => match decimal(cell) {
                Some(km) => Some(km),
                None => {
                    bad(
                        "radius",
                        Code::BadNumber,
                        t!("tour-sheet-not-km", value = shown(cell)),
                        t!("tour-sheet-not-km-action"),
                    );
                    None
                }
            },
        };
        let listed = match t.cell(row, "participants") {
            "" => None,
            cell => {
                let (ids, unknown) = named_list(cell, &exhibitors);
                for piece in unknown {
                    let action = match exhibitors.closest(&piece) {
                        Some((id, _)) => t!("tour-sheet-write-closest", name = id),
                        None => t!("tour-sheet-write-known"),
                    };
                    bad(
                        "participants",
                        Code::UnknownReference,
                        exhibitors.unknown("exhibitor", &piece),
                        action,
                    );
                }
                Some(ids)
            }
        };
        let participants = match (radius, listed) {
            (Some(_), Some(_)) => {
                bad(
                    "participants",
                    Code::InvalidValue,
                    t!("tour-sheet-radius-and-list"),
                    t!("tour-sheet-radius-and-list-action"),
                );
                Participants::Everyone
            }
            (Some(km), None) => Participants::WithinKm(km),
            (None, Some(ids)) => Participants::Exhibitors(ids),
            (None, None) => Participants::Everyone,
        };
        let mut quotas = BTreeMap::new();
        for piece in pieces(t.cell(row, "quotas")) {
            let split = piece.rsplit_once([':', '=']);
            let parsed = split.and_then(|(p, n)| Some((p.trim(), n.trim().parse::<u32>().ok()?)));
            match parsed {
                Some((p, n)) => match provinces.named(p) {
                    Some((id, _)) => {
                        quotas.insert(id.to_string(), n);
                    }
                    None => {
                        let action = match provinces.closest(p) {
                            Some((id, name)) => t!(
                                "tour-sheet-write-closest",
                                name = if name.is_empty() { id } else { name }
                            ),
                            None => t!("tour-sheet-write-known"),
                        };
                        bad(
                            "quotas",
                            Code::UnknownReference,
                            provinces.unknown("province", p),
                            action,
                        );
                    }
                },
                None => bad(
                    "quotas",
                    Code::InvalidValue,
                    t!("tour-sheet-not-quota", value = shown(&piece)),
                    t!("tour-sheet-not-quota-action"),
                ),
            }
        }
        let held = match t.cell(row, "sessions") {
            "" => None,
            cell => {
                let (ids, unknown) = named_list(cell, &sessions);
                for piece in unknown {
                    let action = match sessions.closest(&piece) {
                        Some((id, name)) => t!(
                            "tour-sheet-write-closest",
                            name = if name.is_empty() { id } else { name }
                        ),
                        None => t!("tour-sheet-write-known"),
                    };
                    bad(
                        "sessions",
                        Code::UnknownReference,
                        sessions.unknown("session", &piece),
                        action,
                    );
                }
                Some(ids)
            }
        };
        if found.problems[ITINERARIES].len() > before {
            continue;
        }
        let stop = TourStop {
            venue: venue.unwrap_or_default(),
            from,
            to,
            participants,
            places,
            quotas,
            sessions: held,
        };
        match list.iter_mut().find(|x| x.0 == key) {
            Some(it) => it.3.push((order, row.line, stop)),
            None => {
                let id = if given.is_empty() {
                    slug(name)
                } else {
                    given.to_string()
                };
                list.push((key, id, name.to_string(), vec![(order, row.line, stop)]));
            }
        }
    }
    let mut itineraries = Vec::new();
    let mut lines = Vec::new();
    let mut ids = BTreeSet::new();
    for (_, base, name, mut stops) in list {
        stops.sort_by_key(|x| x.0);
        let mut id = if base.is_empty() {
            "itineraire".into()
        } else {
            base.clone()
        };
        let mut n = 2;
        while !ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        lines.push(stops.iter().map(|x| x.1).collect());
        itineraries.push(Itinerary {
            id,
            name: Some(name).filter(|n| !n.is_empty()),
            stops: stops.into_iter().map(|x| x.2).collect(),
        });
    }
    (itineraries, lines)
}

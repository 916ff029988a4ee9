//! Reading the stands sheet: the stands the town's technical service marked on the square, one
//! row each, and the entrance, streets and landmarks around them.
//!
//! **Reading.** The file is read as the exhibitor sheet is ([`super::import`]): `;` or `,`,
//! UTF-8 with or without a byte-order mark or Windows-1252, any line ends, quoted cells.
//! Column names are matched without regard to case, accents, spaces or underscores, a unit in
//! brackets left aside (`largeur (m)`):
//!
//! | field | column names |
//! |---|---|
//! | `id` | identifiant, id, stand, numéro, n°, code |
//! | what the row is | type, nature, genre: empty or `stand`; `entrée` (entrance), `rue` (street), `repère` (landmark) |
//! | `name` | nom, name, libellé (a landmark's name) |
//! | `x`, `y` | x, y (metres; west and north edges, y growing to the south) |
//! | `width`, `depth` | largeur, width; profondeur, depth (a landmark's may be empty: 0) |
//! | `front` | façade, front, ouverture, orientation: nord, sud, est, ouest (or north, south, east, west) |
//! | `zone` | zone, secteur (the zone's id) |
//! | zone name | nom de zone, nom zone, zone name (its name for people, once per zone suffices) |
//! | `tags` | caractéristiques, tags, étiquettes, équipements, atouts (separated by `,` `+` `/` or `|`) |
//! | neighbours by hand | voisins, neighbours (stands that count as side by side with this one although apart on the ground) |
//!
//! Numbers take a decimal comma or point (`2,5`), and a trailing `m`. Tags are written in
//! French or as the files write them (électricité, eau, couvert, angle, privilégié, double);
//! another word is kept as it is, unless it is one letter or two from a common tag, which is
//! then taken for a slip and reported. Every bad row is reported with its line and its column
//! (letter and name), and the rules of a stop file (overlapping stands, a stand too far, a
//! landmark without a name…) are reported at the line of the stand concerned.

use super::import::{decode, fold, rows_of, separator, LineCounter};
use crate::format::{
    Edge, EdgeKind, Front, Landmark, LandmarkKind, Problem, Stand, StopInfo, Zone,
};
use crate::stop::diagnostic::{shown, Code, Diagnostic, Known};
use crate::stop::grid::{common_tag, parse_metres, COMMON_TAGS};
use crate::stop::region::{venue_stop, VenueParts};
use crate::t;
use std::collections::{BTreeMap, HashMap};

/// The fields of the sheet and the column names (folded) that give them.
const COLUMNS: [(&str, &[&str]); 12] = [
    (
        "id",
        &[
            "identifiant",
            "id",
            "stand",
            "numero",
            "n°",
            "no",
            "num",
            "code",
        ],
    ),
    ("kind", &["type", "nature", "genre"]),
    ("name", &["nom", "name", "libelle", "designation"]),
    ("x", &["x", "abscisse"]),
    ("y", &["y", "ordonnee"]),
    ("width", &["largeur", "width"]),
    ("depth", &["profondeur", "depth"]),
    ("front", &["facade", "front", "ouverture", "orientation"]),
    ("zone", &["zone", "secteur"]),
    (
        "zone_name",
        &["nomdezone", "nomzone", "nomdelazone", "zonename"],
    ),
    (
        "tags",
        &[
            "caracteristiques",
            "tags",
            "etiquettes",
            "equipements",
            "atouts",
        ],
    ),
    (
        "neighbours",
        &["voisins", "neighbours", "neighbors", "voisinsacote"],
    ),
];

/// The fields every stand row gives.
const REQUIRED: [&str; 5] = ["id", "x", "y", "width", "depth"];

/// What a row of the sheet is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Stand,
    Mark(LandmarkKind),
}

/// What the `type` cell of a row says, or None for a word Caravane does not know.
fn row_kind(cell: &str) -> Option<Row> {
    Some(match fold(cell).as_str() {
        "" | "stand" | "emplacement" => Row::Stand,
        "entree" | "entrance" | "porte" | "acces" => Row::Mark(LandmarkKind::Entrance),
        "rue" | "street" | "avenue" | "route" | "boulevard" => Row::Mark(LandmarkKind::Street),
        "repere" | "landmark" | "batiment" | "monument" => Row::Mark(LandmarkKind::Landmark),
        _ => return None,
    })
}

/// The words of the `type` column, as a message lists them.
const KIND_WORDS: [&str; 4] = ["stand", "entrée", "rue", "repère"];

/// The front a cell names.
fn front(cell: &str) -> Option<Front> {
    Some(match fold(cell).as_str() {
        "nord" | "north" | "n" => Front::North,
        "sud" | "south" | "s" => Front::South,
        "est" | "east" | "e" => Front::East,
        "ouest" | "west" | "o" | "w" => Front::West,
        _ => return None,
    })
}

/// The words of the front column, as a message lists them.
const FRONT_WORDS: [&str; 4] = ["nord", "sud", "est", "ouest"];

/// A column name once folded, a unit in brackets left aside: `largeur (m)` is `largeur`.
fn folded_header(h: &str) -> String {
    let f = fold(h);
    for unit in ["(m)", "(metres)", "(metre)", "enm", "enmetres"] {
        if let Some(head) = f.strip_suffix(unit) {
            if !head.is_empty() {
                return head.to_string();
            }
        }
    }
    f
}

/// The letter a spreadsheet shows above column `k` (from 0): A, B… Z, AA…
fn column_letter(k: usize) -> String {
    let mut n = k + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push((b'A' + r as u8) as char);
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// The items of a list cell.
fn items(cell: &str) -> Vec<&str> {
    cell.split([',', '|', '+', '/', ';'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .collect()
}

/// The columns of the sheet: where each field is, and how to name a cell's place.
#[derive(Debug, Clone, PartialEq)]
struct Header {
    names: Vec<String>,
    folded: Vec<String>,
}

impl Header {
    fn index(&self, field: &str) -> Option<usize> {
        let aliases = COLUMNS.iter().find(|(f, _)| *f == field)?.1;
        self.folded
            .iter()
            .position(|h| aliases.contains(&h.as_str()))
    }

    /// `ligne 4, colonne F « largeur »`.
    fn place(&self, line: usize, field: &str) -> String {
        match self.index(field) {
            Some(k) => t!(
                "venue-at",
                line = line,
                letter = column_letter(k),
                column = self.names[k].as_str()
            ),
            None => t!("venue-line", line = line),
        }
    }
}

/// Where each stand, landmark and hand-listed pair of a venue came from in the sheet.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lines {
    /// The line of each stand.
    pub stands: Vec<usize>,
    /// The line of each landmark.
    pub landmarks: Vec<usize>,
    /// The line of each pair of neighbours listed by hand.
    pub edges: Vec<usize>,
}

/// A stands sheet read: the venue, where each of its parts is in the sheet, and the columns
/// left aside.
#[derive(Debug, Clone, PartialEq)]
pub struct StandsSheet {
    /// The stands, zones, landmarks and hand-listed neighbours.
    pub venue: VenueParts,
    /// Their lines in the sheet.
    pub lines: Lines,
    /// Columns the sheet has that Caravane does not read.
    pub ignored_columns: Vec<String>,
    /// The sheet's columns, to name the place of a problem found later.
    header: Header,
}

/// A problem of a cell.
fn problem(place: String, line: usize, code: Code, cause: String, action: String) -> Diagnostic {
    let mut d = Diagnostic::new(code, place, cause, action);
    d.line = Some(line);
    d
}

/// Reads a stands sheet into a venue, or reports every bad row with its line and column.
pub fn read_stands(bytes: &[u8]) -> Result<StandsSheet, Vec<Diagnostic>> {
    let (sheet, problems) = read(bytes)?;
    if problems.is_empty() {
        Ok(sheet)
    } else {
        Err(problems)
    }
}

/// The rows of a stands sheet that read well, and the problems of the others; only a sheet
/// whose columns cannot be known is refused as a whole.
fn read(bytes: &[u8]) -> Result<(StandsSheet, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (text, _) = decode(bytes);
    let mut reader = rows_of(&text, separator(&text));
    let names: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(str::to_string).collect(),
        Err(e) => {
            return Err(vec![problem(
                t!("venue-line", line = 1),
                1,
                Code::JsonSyntax,
                t!("venue-header-unreadable", why = e.to_string()),
                t!("venue-header-unreadable-action"),
            )])
        }
    };
    let header = Header {
        folded: names.iter().map(|h| folded_header(h)).collect(),
        names,
    };
    let mut out = Vec::new();
    for field in REQUIRED {
        if header.index(field).is_none() {
            let aliases = COLUMNS
                .iter()
                .find(|(f, _)| *f == field)
                .map_or(&[][..], |c| c.1);
            out.push(problem(
                t!("venue-line", line = 1),
                1,
                Code::MissingField,
                t!(
                    "venue-missing-column",
                    field = field,
                    columns = header.names.join(", ")
                ),
                t!("venue-missing-column-action", names = aliases.join(", ")),
            ));
        }
    }
    if !out.is_empty() {
        return Err(out);
    }
    let ignored_columns: Vec<String> = header
        .folded
        .iter()
        .enumerate()
        .filter(|(_, h)| !h.is_empty() && !COLUMNS.iter().any(|(_, a)| a.contains(&h.as_str())))
        .map(|(k, _)| header.names[k].clone())
        .collect();
    let tags_known = Known::new("tags", COMMON_TAGS.iter().copied());
    let mut venue = VenueParts::default();
    let mut lines = Lines::default();
    let mut first_line: HashMap<String, usize> = HashMap::new();
    let mut zone_names: BTreeMap<String, (String, usize)> = BTreeMap::new();
    let mut zone_order: Vec<String> = Vec::new();
    // (line, stand, the stand it names as its neighbour)
    let mut wanted: Vec<(usize, String, String)> = Vec::new();
    let mut counted = LineCounter::new(text.as_bytes());
    for (k, record) in reader.records().enumerate() {
        let line = record
            .as_ref()
            .ok()
            .and_then(|r| r.position())
            .map_or(k + 2, |p| counted.line_at(p.byte() as usize));
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                out.push(problem(
                    t!("venue-line", line = line),
                    line,
                    Code::JsonSyntax,
                    t!("venue-row-unreadable", why = e.to_string()),
                    t!("venue-row-unreadable-action"),
                ));
                continue;
            }
        };
        if record.iter().all(str::is_empty) {
            continue;
        }
        let cell = |field: &str| -> String {
            header
                .index(field)
                .and_then(|c| record.get(c))
                .unwrap_or("")
                .to_string()
        };
        let at = |field: &str| header.place(line, field);
        let before = out.len();
        let kind_cell = cell("kind");
        let Some(kind) = row_kind(&kind_cell) else {
            let known = Known::new("types", KIND_WORDS.iter().map(|w| (*w, "")));
            out.push(problem(
                at("kind"),
                line,
                Code::InvalidValue,
                unknown_word(&known, "venue-bad-kind", &kind_cell, &KIND_WORDS),
                t!("venue-bad-kind-action"),
            ));
            continue;
        };
        // A number of the row: None when empty (the caller decides), Err when not a number.
        let number = |field: &str, needed: bool, out: &mut Vec<Diagnostic>| -> Option<f64> {
            let value = cell(field);
            if value.is_empty() {
                if needed {
                    out.push(problem(
                        at(field),
                        line,
                        Code::MissingField,
                        t!("venue-no-number", field = field),
                        t!("venue-no-number-action", field = field),
                    ));
                }
                return None;
            }
            let parsed = parse_metres(&value);
            if parsed.is_none() {
                out.push(problem(
                    at(field),
                    line,
                    Code::BadNumber,
                    t!("venue-bad-number", value = shown(&value), field = field),
                    t!("venue-bad-number-action"),
                ));
            }
            parsed
        };
        match kind {
            Row::Mark(kind) => {
                let name = cell("name");
                if name.is_empty() {
                    out.push(problem(
                        at("name"),
                        line,
                        Code::MissingField,
                        t!("venue-landmark-no-name"),
                        t!("venue-landmark-no-name-action"),
                    ));
                }
                let x = number("x", true, &mut out);
                let y = number("y", true, &mut out);
                let width = number("width", false, &mut out);
                let depth = number("depth", false, &mut out);
                if out.len() > before {
                    continue;
                }
                venue.landmarks.push(Landmark {
                    kind,
                    name,
                    names: Default::default(),
                    x: x.unwrap_or_default(),
                    y: y.unwrap_or_default(),
                    width: width.unwrap_or_default(),
                    depth: depth.unwrap_or_default(),
                });
                lines.landmarks.push(line);
            }
            Row::Stand => {
                let id = cell("id");
                if id.is_empty() {
                    out.push(problem(
                        at("id"),
                        line,
                        Code::EmptyId,
                        t!("venue-no-id"),
                        t!("venue-no-id-action"),
                    ));
                } else if let Some(first) = first_line.get(&id) {
                    out.push(problem(
                        at("id"),
                        line,
                        Code::DuplicateId,
                        t!("venue-duplicate-id", id = shown(&id), first = *first),
                        t!("venue-duplicate-id-action"),
                    ));
                } else {
                    first_line.insert(id.clone(), line);
                }
                let x = number("x", true, &mut out);
                let y = number("y", true, &mut out);
                let width = number("width", true, &mut out);
                let depth = number("depth", true, &mut out);
                let front_cell = cell("front");
                let front = match front(&front_cell) {
                    Some(f) => Some(f),
                    None if front_cell.is_empty() => None,
                    None => {
                        let known = Known::new("fronts", FRONT_WORDS.iter().map(|w| (*w, "")));
                        out.push(problem(
                            at("front"),
                            line,
                            Code::InvalidValue,
                            unknown_word(&known, "venue-bad-front", &front_cell, &FRONT_WORDS),
                            t!("venue-bad-front-action"),
                        ));
                        None
                    }
                };
                let zone = Some(cell("zone")).filter(|z| !z.is_empty());
                let zone_name = cell("zone_name");
                match (&zone, zone_name.is_empty()) {
                    (_, true) => {}
                    (None, false) => out.push(problem(
                        at("zone_name"),
                        line,
                        Code::MissingField,
                        t!("venue-zone-name-alone", name = zone_name.as_str()),
                        t!("venue-zone-name-alone-action"),
                    )),
                    (Some(z), false) => match zone_names.get(z) {
                        Some((name, first)) if name != &zone_name => out.push(problem(
                            at("zone_name"),
                            line,
                            Code::InvalidValue,
                            t!(
                                "venue-zone-named-twice",
                                zone = z.as_str(),
                                name = zone_name.as_str(),
                                first = *first,
                                other = name.as_str()
                            ),
                            t!("venue-zone-named-twice-action"),
                        )),
                        Some(_) => {}
                        None => {
                            zone_names.insert(z.clone(), (zone_name.clone(), line));
                        }
                    },
                }
                if let Some(z) = &zone {
                    if !zone_order.contains(z) {
                        zone_order.push(z.clone());
                    }
                }
                let mut tags: Vec<String> = Vec::new();
                for word in items(&cell("tags")) {
                    let tag = match common_tag(word) {
                        Some(tag) => tag.to_string(),
                        None => {
                            if let Some((meant, french)) = tags_known.closest(word) {
                                out.push(problem(
                                    at("tags"),
                                    line,
                                    Code::InvalidValue,
                                    t!(
                                        "venue-tag-slip",
                                        value = shown(word),
                                        meant = french,
                                        id = meant
                                    ),
                                    t!("venue-tag-slip-action", meant = french),
                                ));
                                continue;
                            }
                            word.to_string()
                        }
                    };
                    if !tags.contains(&tag) {
                        tags.push(tag);
                    }
                }
                for other in items(&cell("neighbours")) {
                    wanted.push((line, id.clone(), other.to_string()));
                }
                if out.len() > before {
                    continue;
                }
                venue.stands.push(Stand {
                    id,
                    x: x.unwrap_or_default(),
                    y: y.unwrap_or_default(),
                    width: width.unwrap_or_default(),
                    depth: depth.unwrap_or_default(),
                    front,
                    zone,
                    tags,
                });
                lines.stands.push(line);
            }
        }
    }
    // Neighbours by hand, once every id is known.
    let ids: Vec<&str> = first_line.keys().map(String::as_str).collect();
    let known = Known::new("stands", ids.iter().map(|s| (*s, "")));
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (line, a, b) in &wanted {
        let place = header.place(*line, "neighbours");
        if !first_line.contains_key(b) {
            out.push(problem(
                place,
                *line,
                Code::UnknownReference,
                known.unknown("stand", b),
                t!("venue-neighbour-unknown-action"),
            ));
        } else if a == b {
            out.push(problem(
                place,
                *line,
                Code::SelfEdge,
                t!("venue-neighbour-self", stand = shown(a)),
                t!("venue-neighbour-self-action"),
            ));
        } else if !a.is_empty()
            && !pairs
                .iter()
                .any(|(x, y)| (x == a && y == b) || (x == b && y == a))
        {
            pairs.push((a.clone(), b.clone()));
            venue.edges.push(Edge {
                a: a.clone(),
                b: b.clone(),
                kind: EdgeKind::Side,
            });
            lines.edges.push(*line);
        }
    }
    if out.is_empty() && venue.stands.is_empty() {
        out.push(problem(
            t!("venue-line", line = 1),
            1,
            Code::MissingField,
            t!("venue-no-stands"),
            t!("venue-no-stands-action"),
        ));
    }
    if !out.is_empty() {
        // The pairs listed by hand may name a stand whose row was refused.
        venue.edges.clear();
        lines.edges.clear();
    }
    venue.zones = zone_order
        .iter()
        .filter_map(|z| {
            zone_names.get(z).map(|(name, _)| Zone {
                id: z.clone(),
                name: name.clone(),
                names: Default::default(),
            })
        })
        .collect();
    Ok((
        StandsSheet {
            venue,
            lines,
            ignored_columns,
            header,
        },
        out,
    ))
}

/// Why a word is none of `words`: what it might have meant, and the valid words.
fn unknown_word(known: &Known, which: &str, value: &str, words: &[&str]) -> String {
    let valid = words.join(", ");
    let value = shown(value);
    match (which, known.closest(&value)) {
        ("venue-bad-kind", Some((meant, _))) => {
            t!(
                "venue-bad-kind-meant",
                value = value,
                meant = meant,
                valid = valid
            )
        }
        ("venue-bad-kind", None) => t!("venue-bad-kind", value = value, valid = valid),
        (_, Some((meant, _))) => {
            t!(
                "venue-bad-front-meant",
                value = value,
                meant = meant,
                valid = valid
            )
        }
        (_, None) => t!("venue-bad-front", value = value, valid = valid),
    }
}

/// A stands sheet read into a venue file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedVenue {
    /// The venue file: a stop file with no exhibitors.
    pub problem: Problem,
    /// Columns the sheet has that Caravane does not read.
    pub ignored_columns: Vec<String>,
}

/// Reads a stands sheet into a stop file with no exhibitors (see
/// [`venue_stop`](crate::stop::region::venue_stop)), and checks it as a stop file: every
/// problem is reported, those of a stand or a landmark at its line in the sheet. The rows that
/// read well are checked together (overlapping stands…) even when other rows are refused, so
/// that one run tells every problem, in the order of the sheet's lines.
pub fn import_venue(
    bytes: &[u8],
    info: StopInfo,
    max_aisle: f64,
    like: Option<&Problem>,
) -> Result<ImportedVenue, Vec<Diagnostic>> {
    let (sheet, mut problems) = read(bytes)?;
    let stop = venue_stop(info, sheet.venue.clone(), max_aisle, like);
    let found = crate::stop::validate::validate(&stop, &crate::stop::validate::Decoded::default());
    problems.extend(
        found
            .into_iter()
            .map(|d| at_lines(d, &sheet.lines, &sheet.header)),
    );
    if problems.is_empty() {
        return Ok(ImportedVenue {
            problem: stop,
            ignored_columns: sheet.ignored_columns,
        });
    }
    // In the order of the sheet; the problems of no line (a rule of the whole file) last.
    problems.sort_by_key(|d| d.line.unwrap_or(usize::MAX));
    Err(problems)
}

/// A problem of the stop file said at the sheet's lines: `$.stands[3].x` becomes the line of
/// that stand, here and in the sentences that name other stands.
fn at_lines(mut d: Diagnostic, lines: &Lines, header: &Header) -> Diagnostic {
    let lists: [(&str, &Vec<usize>); 3] = [
        ("$.stands[", &lines.stands),
        ("$.landmarks[", &lines.landmarks),
        ("$.adjacency.edges[", &lines.edges),
    ];
    for (head, at) in lists {
        if let Some(rest) = d.path.strip_prefix(head) {
            if let Some(line) = rest
                .split(']')
                .next()
                .and_then(|i| i.parse::<usize>().ok())
                .and_then(|i| at.get(i))
            {
                d.line = Some(*line);
                // The field of the path, as the sheet's column (`$.stands[3].width`).
                let field = rest.split_once("].").map_or("", |(_, f)| f);
                d.path = header.place(*line, field);
            }
        }
        d.cause = replace_paths(&d.cause, head, at);
        d.action = replace_paths(&d.action, head, at);
    }
    d
}

/// Every `HEAD k]…` of a text (a path to item k of a list) written as the line of item k.
fn replace_paths(text: &str, head: &str, lines: &[usize]) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(head) {
        out.push_str(&rest[..at]);
        let after = &rest[at + head.len()..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        let line = after[..digits]
            .parse::<usize>()
            .ok()
            .and_then(|i| lines.get(i))
            .filter(|_| after[digits..].starts_with(']'));
        match line {
            Some(line) => {
                out.push_str(&t!("venue-line", line = *line));
                rest = &after[digits + 1..];
            }
            None => {
                out.push_str(head);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

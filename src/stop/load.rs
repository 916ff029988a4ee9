//! Reading stop, tour and solution files: JSON syntax (and keys written twice), the kind of file,
//! then the shape of every field, collecting every problem rather than stopping at the first;
//! and writing files atomically, through symbolic links, never over what is not a regular file.

use crate::format::{
    Problem, Solution, StopInfo, Tour, TourInfo, SOLUTION_FORMAT, STOP_FORMAT, TOUR_FORMAT,
};
use crate::stop::diagnostic::{path_field, path_index, Code, Diagnostic, Report};
use crate::stop::validate::{self, Decoded};
use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Serialize;
use serde_json::{Map, Value};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Reads, decodes and validates a stop file; every problem is in the error.
pub fn read_problem(path: &Path) -> Result<Problem, Report> {
    read_with(path, parse_problem)
}

/// Reads a file and parses its text, naming the file in the report of its problems.
fn read_with<T>(
    path: &Path,
    parse: impl Fn(&str) -> Result<T, Vec<Diagnostic>>,
) -> Result<T, Report> {
    let text = read_text(path)?;
    parse(&text).map_err(|diagnostics| Report {
        file: path.display().to_string(),
        diagnostics,
    })
}

/// Decodes and validates the text of a stop file.
///
/// ```
/// let text = r#"{"format": "caravane.stop/1",
///   "stop": {"name": "n", "town": "Tata", "venue": "v", "from": "2025-12-05", "to": "2025-12-08"},
///   "provinces": [{"id": "tata", "name": "Tata"}],
///   "families": [{"id": "dates", "name": "Dattes", "category": "agricultural"}],
///   "stands": [{"id": "A1", "x": 0, "y": 0, "width": 3, "depth": 3}],
///   "exhibitors": [{"id": "e1", "name": "Coop", "province": "tata", "famliy": "dates"}]}"#;
/// let problems = caravane::stop::load::parse_problem(text).unwrap_err();
/// assert!(problems.iter().any(|d| d.path == "$.exhibitors[0].famliy"));
/// ```
pub fn parse_problem(text: &str) -> Result<Problem, Vec<Diagnostic>> {
    problem_from(parse_json(text)?)
}

/// Decodes and validates a parsed stop file, after the problems its parsing found.
fn problem_from(
    (value, mut diagnostics): (Value, Vec<Diagnostic>),
) -> Result<Problem, Vec<Diagnostic>> {
    if let Some(d) = another_kind(&value, &[Kind::Stop]) {
        return Err(vec![d]);
    }
    let (problem, decoded, found) = decode_problem(&value);
    diagnostics.extend(found);
    diagnostics.extend(validate::validate(&problem, &decoded));
    if diagnostics.is_empty() {
        Ok(problem)
    } else {
        Err(diagnostics)
    }
}

/// Reads, decodes and validates a tour file; every problem is in the error.
pub fn read_tour(path: &Path) -> Result<Tour, Report> {
    read_with(path, parse_tour)
}

/// Decodes and validates the text of a tour file.
pub fn parse_tour(text: &str) -> Result<Tour, Vec<Diagnostic>> {
    tour_from(parse_json(text)?)
}

/// Decodes and validates a parsed tour file, after the problems its parsing found.
fn tour_from((value, mut diagnostics): (Value, Vec<Diagnostic>)) -> Result<Tour, Vec<Diagnostic>> {
    if let Some(d) = another_kind(&value, &[Kind::Tour]) {
        return Err(vec![d]);
    }
    let (tour, decoded, found) = decode_tour(&value);
    diagnostics.extend(found);
    diagnostics.extend(crate::tour::validate::validate(&tour, &decoded));
    if diagnostics.is_empty() {
        Ok(tour)
    } else {
        Err(diagnostics)
    }
}

/// A valid stop file or a valid tour file.
#[derive(Debug, Clone, PartialEq)]
pub enum StopOrTour {
    /// A stop file.
    Stop(Problem),
    /// A tour file.
    Tour(Tour),
}

/// Reads, decodes and validates a stop or a tour file, told apart by its `format` (without a
/// known one, a file named `*.tour.json` is read as a tour, any other as a stop).
pub fn read_stop_or_tour(path: &Path) -> Result<StopOrTour, Report> {
    let named_tour = path.to_string_lossy().ends_with(".tour.json");
    read_with(path, |text| {
        let parsed = parse_json(text)?;
        if let Some(d) = another_kind(&parsed.0, &[Kind::Stop, Kind::Tour]) {
            return Err(vec![d]);
        }
        let tour = match parsed.0.get("format").and_then(Value::as_str) {
            Some(TOUR_FORMAT) => true,
            Some(STOP_FORMAT) => false,
            _ => named_tour,
        };
        if tour {
            tour_from(parsed).map(StopOrTour::Tour)
        } else {
            problem_from(parsed).map(StopOrTour::Stop)
        }
    })
}

/// Reads and decodes a solution file (its shape only; `check` judges its content).
pub fn read_solution(path: &Path) -> Result<Solution, Report> {
    read_with(path, parse_solution)
}

/// Decodes the text of a solution file.
pub fn parse_solution(text: &str) -> Result<Solution, Vec<Diagnostic>> {
    let (value, duplicates) = parse_json(text)?;
    if let Some(d) = another_kind(&value, &[Kind::Solution]) {
        return Err(vec![d]);
    }
    if !duplicates.is_empty() {
        return Err(duplicates);
    }
    let solution: Solution = decode_at(&value, "$").map_err(|d| vec![d])?;
    if solution.format != SOLUTION_FORMAT {
        return Err(vec![Diagnostic::new(
            Code::WrongFormat,
            "$.format",
            format!(
                "the format is \"{}\", not \"{SOLUTION_FORMAT}\"",
                solution.format
            ),
            format!("write \"format\": \"{SOLUTION_FORMAT}\" or use a Caravane solution file"),
        )]);
    }
    Ok(solution)
}

/// The kinds of Caravane files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Stop,
    Tour,
    Solution,
}

impl Kind {
    const ALL: [Kind; 3] = [Kind::Stop, Kind::Tour, Kind::Solution];

    fn format(self) -> &'static str {
        match self {
            Kind::Stop => STOP_FORMAT,
            Kind::Tour => TOUR_FORMAT,
            Kind::Solution => SOLUTION_FORMAT,
        }
    }

    /// The file, as the messages name it.
    fn what(self) -> &'static str {
        match self {
            Kind::Stop => "a stop file",
            Kind::Tour => "a tour file",
            Kind::Solution => "a solution file",
        }
    }

    /// How such a file is usually named.
    fn named(self) -> &'static str {
        match self {
            Kind::Stop => "NAME.problem.json",
            Kind::Tour => "NAME.tour.json",
            Kind::Solution => "NAME.solution.json",
        }
    }

    /// What a planner does with such a file.
    fn use_it(self) -> &'static str {
        match self {
            Kind::Stop => {
                "validate it with `caravane validate STOP` or solve it with `caravane solve STOP`"
            }
            Kind::Tour => {
                "validate it with `caravane validate TOUR` or plan it with `caravane tour TOUR`"
            }
            Kind::Solution => "check it with `caravane check PROBLEM SOLUTION`",
        }
    }
}

/// The one problem of a Caravane file of another kind than those expected (a solution given
/// to `validate`, a tour given where a stop is read): its other problems would only mislead.
fn another_kind(value: &Value, expected: &[Kind]) -> Option<Diagnostic> {
    let format = value.get("format")?.as_str()?;
    let kind = Kind::ALL
        .into_iter()
        .find(|k| k.format() == format && !expected.contains(k))?;
    let wanted: Vec<&str> = expected.iter().map(|k| k.what()).collect();
    let named: Vec<&str> = expected.iter().map(|k| k.named()).collect();
    Some(Diagnostic::new(
        Code::WrongFormat,
        "$.format",
        format!(
            "this is {} (\"format\": \"{format}\"), not {}",
            kind.what(),
            wanted.join(" or ")
        ),
        format!(
            "{}; here, give {} ({})",
            kind.use_it(),
            wanted.join(" or "),
            named.join(" or ")
        ),
    ))
}

fn read_text(path: &Path) -> Result<String, Report> {
    std::fs::read_to_string(path).map_err(|e| Report {
        file: path.display().to_string(),
        diagnostics: vec![Diagnostic::new(
            Code::Io,
            "$",
            format!("the file cannot be read: {e}"),
            "check the file name and that it is a UTF-8 text file",
        )],
    })
}

/// Parses JSON text, with a problem for each key written twice in one object (which JSON
/// readers resolve silently, each its own way); a syntax error is the one problem.
fn parse_json(text: &str) -> Result<(Value, Vec<Diagnostic>), Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut twice = Vec::new();
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = Keyed {
        at: Place::Root,
        twice: &mut twice,
    }
    .deserialize(&mut de)
    .and_then(|value| de.end().map(|()| value));
    let value = parsed.map_err(|e| {
        let what = match e.classify() {
            serde_json::error::Category::Eof => "the file ends too early (is it cut short?)",
            _ => "the text is not valid JSON",
        };
        vec![Diagnostic::new(
            Code::JsonSyntax,
            "$",
            format!("{what}: {e}"),
            "fix the JSON at that line and column (a missing comma, quote or bracket is the usual cause)",
        )
        .at(e.line(), e.column())]
    })?;
    let duplicates = twice
        .into_iter()
        .map(|path| {
            Diagnostic::new(
                Code::DuplicateKey,
                path,
                "this key is written twice in the same object, and only one of the two could be read",
                "keep one of the two (each key appears once in a JSON object)",
            )
        })
        .collect();
    Ok((value, duplicates))
}

/// Where a JSON value lies in its file, as far as its parent's path and its own key or index.
#[derive(Clone, Copy)]
enum Place<'a> {
    Root,
    Field(&'a str, &'a str),
    Item(&'a str, usize),
}

impl Place<'_> {
    fn path(self) -> String {
        match self {
            Place::Root => "$".into(),
            Place::Field(parent, key) => path_field(parent, key),
            Place::Item(parent, index) => path_index(parent, index),
        }
    }
}

/// Reads one JSON value, writing down the path of every key its objects hold twice.
struct Keyed<'a> {
    at: Place<'a>,
    twice: &'a mut Vec<String>,
}

impl<'de> DeserializeSeed<'de> for Keyed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Keyed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let path = self.at.path();
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(Keyed {
            at: Place::Item(&path, items.len()),
            twice: &mut *self.twice,
        })? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let path = self.at.path();
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(Keyed {
                at: Place::Field(&path, &key),
                twice: &mut *self.twice,
            })?;
            if object.contains_key(&key) {
                self.twice.push(path_field(&path, &key));
            }
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// Deserialises one value, turning a serde error into a diagnostic at its JSON path.
pub(crate) fn decode_at<T: DeserializeOwned>(value: &Value, path: &str) -> Result<T, Diagnostic> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let inner = e.path().to_string();
        let mut at = if inner == "." {
            path.to_string()
        } else if inner.starts_with('[') {
            format!("{path}{inner}")
        } else {
            format!("{path}.{inner}")
        };
        let msg = e.inner().to_string();
        let (code, action) = classify(&msg);
        // serde names an unknown or missing field in its message, not in the path.
        if let Some(name) = quoted_field(&msg) {
            if matches!(code, Code::UnknownField | Code::MissingField) && !at.ends_with(&name) {
                at = format!("{at}.{name}");
            }
        }
        Diagnostic::new(code, at, msg, action)
    })
}

fn classify(msg: &str) -> (Code, &'static str) {
    if msg.starts_with("unknown field") {
        (
            Code::UnknownField,
            "remove the field or correct its spelling (the message lists the fields allowed here)",
        )
    } else if msg.starts_with("missing field") {
        (Code::MissingField, "add the field; it is required here")
    } else {
        (
            Code::InvalidValue,
            "give a value of the kind the format expects here (see the schema)",
        )
    }
}

fn quoted_field(msg: &str) -> Option<String> {
    let start = msg.find('`')? + 1;
    let len = msg[start..].find('`')?;
    Some(msg[start..start + len].to_string())
}

/// Top-level sections of a stop file and whether each is required.
const SECTIONS: [(&str, bool); 15] = [
    ("format", true),
    ("stop", true),
    ("provinces", true),
    ("families", true),
    ("stands", true),
    ("adjacency", false),
    ("zones", false),
    ("exhibitors", true),
    ("rules", false),
    ("pins", false),
    ("forbidden", false),
    ("rooms", false),
    ("slots", false),
    ("sessions", false),
    ("history", false),
];

/// Top-level sections of a tour file and whether each is required.
const TOUR_SECTIONS: [(&str, bool); 12] = [
    ("format", true),
    ("tour", true),
    ("towns", true),
    ("roads", true),
    ("provinces", true),
    ("families", true),
    ("exhibitors", true),
    ("venues", true),
    ("sessions", false),
    ("rules", false),
    ("itineraries", true),
    ("compare", false),
];

/// Checks the top level of a file: an object, with only known sections and every required one.
fn sections(
    value: &Value,
    known: &[(&'static str, bool)],
    what: &str,
    tag: &str,
    diags: &mut Vec<Diagnostic>,
    decoded: &mut Decoded,
) -> Map<String, Value> {
    let Some(obj) = value.as_object() else {
        diags.push(Diagnostic::new(
            Code::InvalidValue,
            "$",
            "the file is not a JSON object",
            format!("a {what} file is one object {{ \"format\": \"{tag}\", … }}"),
        ));
        decoded.broken = true;
        return Map::new();
    };
    for key in obj.keys() {
        if !known.iter().any(|(k, _)| k == key) {
            let allowed: Vec<&str> = known.iter().map(|(k, _)| *k).collect();
            diags.push(Diagnostic::new(
                Code::UnknownField,
                path_field("$", key),
                format!("\"{key}\" is not a section of a {what} file"),
                format!(
                    "remove it or correct its spelling; the sections are: {}",
                    allowed.join(", ")
                ),
            ));
        }
    }
    for &(key, required) in known {
        if required && !obj.contains_key(key) {
            diags.push(Diagnostic::new(
                Code::MissingField,
                path_field("$", key),
                format!("the {what} file has no \"{key}\""),
                format!("add the \"{key}\" section (see the format description)"),
            ));
            decoded.missing.insert(key);
        }
    }
    obj.clone()
}

/// Decodes a tour section by section and item by item, like a stop.
fn decode_tour(value: &Value) -> (Tour, Decoded, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut decoded = Decoded::default();
    let obj = sections(
        value,
        &TOUR_SECTIONS,
        "tour",
        TOUR_FORMAT,
        &mut diags,
        &mut decoded,
    );
    let format: String = one(&obj, "format", &mut diags, &mut decoded).unwrap_or_default();
    if obj.contains_key("format") && !decoded.missing.contains("format") && format != TOUR_FORMAT {
        diags.push(Diagnostic::new(
            Code::WrongFormat,
            "$.format",
            format!("the format is \"{format}\", not \"{TOUR_FORMAT}\""),
            format!("write \"format\": \"{TOUR_FORMAT}\""),
        ));
    }
    let tour = Tour {
        format,
        tour: one(&obj, "tour", &mut diags, &mut decoded).unwrap_or(TourInfo {
            name: String::new(),
            sample_data: false,
            language: None,
        }),
        towns: many(&obj, "towns", &mut diags, &mut decoded),
        roads: many(&obj, "roads", &mut diags, &mut decoded),
        provinces: many(&obj, "provinces", &mut diags, &mut decoded),
        families: many(&obj, "families", &mut diags, &mut decoded),
        exhibitors: many(&obj, "exhibitors", &mut diags, &mut decoded),
        venues: many(&obj, "venues", &mut diags, &mut decoded),
        sessions: many(&obj, "sessions", &mut diags, &mut decoded),
        rules: one(&obj, "rules", &mut diags, &mut decoded),
        itineraries: many(&obj, "itineraries", &mut diags, &mut decoded),
        compare: one(&obj, "compare", &mut diags, &mut decoded),
    };
    (tour, decoded, diags)
}

/// Decodes a stop section by section and list item by list item, so that one bad stand does
/// not hide a bad exhibitor. Items that fail to decode are left out and recorded in [`Decoded`].
fn decode_problem(value: &Value) -> (Problem, Decoded, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut decoded = Decoded::default();
    let empty = Map::new();
    let obj = match value.as_object() {
        Some(o) => o,
        None => {
            diags.push(Diagnostic::new(
                Code::InvalidValue,
                "$",
                "the file is not a JSON object",
                "a stop file is one object { \"format\": \"caravane.stop/1\", \"stop\": …, … }",
            ));
            decoded.broken = true;
            &empty
        }
    };
    for key in obj.keys() {
        if !SECTIONS.iter().any(|(k, _)| k == key) {
            let allowed: Vec<&str> = SECTIONS.iter().map(|(k, _)| *k).collect();
            diags.push(Diagnostic::new(
                Code::UnknownField,
                path_field("$", key),
                format!("\"{key}\" is not a section of a stop file"),
                format!(
                    "remove it or correct its spelling; the sections are: {}",
                    allowed.join(", ")
                ),
            ));
        }
    }
    for (key, required) in SECTIONS {
        if required && !obj.contains_key(key) && value.is_object() {
            diags.push(Diagnostic::new(
                Code::MissingField,
                path_field("$", key),
                format!("the stop file has no \"{key}\""),
                format!("add the \"{key}\" section (see the format description)"),
            ));
            decoded.missing.insert(key);
        }
    }

    let format: String = one(obj, "format", &mut diags, &mut decoded).unwrap_or_default();
    if obj.contains_key("format") && !decoded.missing.contains("format") && format != STOP_FORMAT {
        diags.push(Diagnostic::new(
            Code::WrongFormat,
            "$.format",
            format!("the format is \"{format}\", not \"{STOP_FORMAT}\""),
            format!("write \"format\": \"{STOP_FORMAT}\""),
        ));
    }
    let stop: StopInfo = one(obj, "stop", &mut diags, &mut decoded).unwrap_or(StopInfo {
        name: String::new(),
        town: String::new(),
        venue: String::new(),
        from: String::new(),
        to: String::new(),
        sample_data: false,
        language: None,
    });
    let problem = Problem {
        format,
        stop,
        provinces: many(obj, "provinces", &mut diags, &mut decoded),
        families: many(obj, "families", &mut diags, &mut decoded),
        stands: many(obj, "stands", &mut diags, &mut decoded),
        adjacency: one(obj, "adjacency", &mut diags, &mut decoded),
        zones: many(obj, "zones", &mut diags, &mut decoded),
        exhibitors: many(obj, "exhibitors", &mut diags, &mut decoded),
        rules: one(obj, "rules", &mut diags, &mut decoded),
        pins: many(obj, "pins", &mut diags, &mut decoded),
        forbidden: many(obj, "forbidden", &mut diags, &mut decoded),
        rooms: many(obj, "rooms", &mut diags, &mut decoded),
        slots: many(obj, "slots", &mut diags, &mut decoded),
        sessions: many(obj, "sessions", &mut diags, &mut decoded),
        history: many(obj, "history", &mut diags, &mut decoded),
    };
    (problem, decoded, diags)
}

fn one<T: DeserializeOwned>(
    obj: &Map<String, Value>,
    key: &'static str,
    diags: &mut Vec<Diagnostic>,
    decoded: &mut Decoded,
) -> Option<T> {
    let v = obj.get(key)?;
    match decode_at(v, &path_field("$", key)) {
        Ok(t) => Some(t),
        Err(d) => {
            diags.push(d);
            decoded.missing.insert(key);
            None
        }
    }
}

fn many<T: DeserializeOwned>(
    obj: &Map<String, Value>,
    key: &'static str,
    diags: &mut Vec<Diagnostic>,
    decoded: &mut Decoded,
) -> Vec<T> {
    let path = path_field("$", key);
    match obj.get(key) {
        None => Vec::new(),
        Some(Value::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                match decode_at(item, &path_index(&path, i)) {
                    Ok(t) => out.push(t),
                    Err(d) => {
                        diags.push(d);
                        decoded.incomplete.insert(key);
                    }
                }
            }
            out
        }
        Some(_) => {
            diags.push(Diagnostic::new(
                Code::InvalidValue,
                path,
                format!("\"{key}\" is not a list"),
                format!("write \"{key}\" as a JSON list [ … ]"),
            ));
            decoded.missing.insert(key);
            Vec::new()
        }
    }
}

/// Writes JSON to `path` atomically (see [`write_atomic`]).
pub fn write_json_atomic<T: Serialize>(path: &Path, value: &T) -> std::io::Result<()> {
    let mut text = serde_json::to_string_pretty(value).map_err(std::io::Error::other)?;
    text.push('\n');
    write_atomic(path, text.as_bytes())
}

/// Writes bytes to `path` atomically: to a temporary file beside it, then renamed over it, so a
/// reader never sees half a file.
///
/// A symbolic link is written through: the file it leads to is replaced, and the link stays.
/// A path that leads to something other than a regular file (a folder, a device, a pipe) is
/// refused and left as it is; a file replaced keeps its permissions.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let target = through_links(path)?;
    let permissions = match std::fs::metadata(&target) {
        Ok(m) if m.is_file() => Some(m.permissions()),
        Ok(m) => {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!(
                    "{} is {}, not a regular file; it is left as it is: give the path of a file to write",
                    target.display(),
                    not_a_file(&m)
                ),
            ))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .ok_or_else(|| std::io::Error::other("the output path names no file"))?
        .to_string_lossy()
        .into_owned();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        if let Some(p) = permissions {
            f.set_permissions(p)?;
        }
        f.sync_all()?;
        std::fs::rename(&tmp, &target)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The path a chain of symbolic links leads to (the path itself when it is no link; the last
/// link's target may not exist yet).
fn through_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut at = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = std::fs::read_link(&at)?;
                at = match at.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            _ => return Ok(at),
        }
    }
    Err(std::io::Error::other(format!(
        "{} is a chain of too many symbolic links",
        path.display()
    )))
}

/// What a path that is not a regular file is, in a few words.
fn not_a_file(m: &std::fs::Metadata) -> &'static str {
    let kind = m.file_type();
    if kind.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_fifo() {
            return "a named pipe";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    "something other than a file"
}

//! Reading stop, tour and solution files: JSON syntax (and keys written twice), the kind of file,
//! then the shape of every field, collecting every problem rather than stopping at the first;
//! and writing files atomically, through symbolic links, never over what is not a regular file.

use crate::format::{
    Problem, Solution, StopInfo, Tour, TourInfo, SOLUTION_FORMAT, STOP_FORMAT, TOUR_FORMAT,
};
use crate::stop::diagnostic::{
    joined, path_field, path_index, quote, Code, Diagnostic, Known, Report,
};
use crate::stop::validate::{self, Decoded};
use crate::t;
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
    diagnostics.extend(
        validate::validate(&problem, &decoded)
            .into_iter()
            .map(|mut d| {
                d.path = decoded.in_file(&d.path);
                d.cause = decoded.in_file(&d.cause);
                d.action = decoded.in_file(&d.action);
                d
            }),
    );
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
    diagnostics.extend(
        crate::tour::validate::validate(&tour, &decoded)
            .into_iter()
            .map(|mut d| {
                d.path = decoded.in_file(&d.path);
                d.cause = decoded.in_file(&d.cause);
                d.action = decoded.in_file(&d.action);
                d
            }),
    );
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
            t!(
                "val-format",
                format = quote(&solution.format),
                expected = quote(SOLUTION_FORMAT)
            ),
            t!("val-format-solution-action", expected = SOLUTION_FORMAT),
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

    /// The file, as the messages name it: "un fichier d'étape".
    fn what(self) -> String {
        match self {
            Kind::Stop => t!("val-kind-stop"),
            Kind::Tour => t!("val-kind-tour"),
            Kind::Solution => t!("val-kind-solution"),
        }
    }

    /// The kind, as the messages select their words by it: `stop`, `tour`, `solution`.
    fn code(self) -> &'static str {
        match self {
            Kind::Stop => "stop",
            Kind::Tour => "tour",
            Kind::Solution => "solution",
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
    fn use_it(self) -> String {
        match self {
            Kind::Stop => t!(
                "val-use-stop",
                validate = "caravane validate STOP",
                solve = "caravane solve STOP"
            ),
            Kind::Tour => t!(
                "val-use-tour",
                validate = "caravane validate TOUR",
                tour = "caravane tour TOUR"
            ),
            Kind::Solution => t!(
                "val-use-solution",
                check = "caravane check PROBLEM SOLUTION"
            ),
        }
    }
}

/// Alternatives as a sentence gives them: "a, b ou c".
fn either(mut items: Vec<String>) -> String {
    match items.pop() {
        None => String::new(),
        Some(last) if items.is_empty() => last,
        Some(last) => t!("val-or", first = joined(&items), last = last),
    }
}

/// The one problem of a Caravane file of another kind than those expected (a solution given
/// to `validate`, a tour given where a stop is read): its other problems would only mislead.
fn another_kind(value: &Value, expected: &[Kind]) -> Option<Diagnostic> {
    let format = value.get("format")?.as_str()?;
    let kind = Kind::ALL
        .into_iter()
        .find(|k| k.format() == format && !expected.contains(k))?;
    let wanted = either(expected.iter().map(|k| k.what()).collect());
    let named = either(expected.iter().map(|k| k.named().to_string()).collect());
    Some(Diagnostic::new(
        Code::WrongFormat,
        "$.format",
        t!(
            "val-another-kind",
            kind = kind.what(),
            format = format,
            wanted = wanted.as_str()
        ),
        t!(
            "val-another-kind-action",
            use_it = kind.use_it(),
            wanted = wanted,
            named = named
        ),
    ))
}

fn read_text(path: &Path) -> Result<String, Report> {
    std::fs::read_to_string(path).map_err(|e| Report {
        file: path.display().to_string(),
        diagnostics: vec![unreadable(&e)],
    })
}

/// The problem of a file that cannot be read, told by what went wrong.
pub fn unreadable(e: &std::io::Error) -> Diagnostic {
    use std::io::ErrorKind;
    let (cause, action) = match e.kind() {
        ErrorKind::NotFound => (t!("val-io-not-found"), t!("val-io-not-found-action")),
        ErrorKind::PermissionDenied => (t!("val-io-denied"), t!("val-io-denied-action")),
        ErrorKind::InvalidData => (t!("val-io-not-utf8"), t!("val-io-not-utf8-action")),
        ErrorKind::IsADirectory => (t!("val-io-folder"), t!("val-io-folder-action")),
        _ => (
            t!("val-io-other", detail = e.to_string()),
            t!("val-io-other-action"),
        ),
    };
    Diagnostic::new(Code::Io, "$", cause, action)
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
    let value = parsed.map_err(|e| vec![syntax_error(&e)])?;
    let duplicates = twice
        .into_iter()
        .map(|path| {
            Diagnostic::new(
                Code::DuplicateKey,
                path,
                t!("val-duplicate-key"),
                t!("val-duplicate-key-action"),
            )
        })
        .collect();
    Ok((value, duplicates))
}

/// The problem of a text that is not JSON, at its line and column, in words a planner knows:
/// serde_json's kind of error is recognised by its category and its message; a message not
/// recognised is quoted as a detail.
fn syntax_error(e: &serde_json::Error) -> Diagnostic {
    use serde_json::error::Category;
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let msg = full.strip_suffix(&suffix).unwrap_or(&full);
    let (cause, action) = match (e.classify(), msg) {
        (Category::Eof, m) => {
            let cause = if m.ends_with("a list") {
                t!("val-json-eof-list")
            } else if m.ends_with("an object") {
                t!("val-json-eof-object")
            } else if m.ends_with("a string") {
                t!("val-json-eof-string")
            } else {
                t!("val-json-eof")
            };
            (cause, t!("val-json-eof-action"))
        }
        (_, "expected `,` or `}`") => (t!("val-json-object-comma"), t!("val-json-comma-action")),
        (_, "expected `,` or `]`") => (t!("val-json-list-comma"), t!("val-json-comma-action")),
        (_, "expected `:`") => (t!("val-json-colon"), t!("val-json-colon-action")),
        (_, "expected value") => (t!("val-json-value"), t!("val-json-value-action")),
        (_, "expected ident") => (t!("val-json-ident"), t!("val-json-ident-action")),
        (_, "key must be a string") | (_, "expected `\"`") => {
            (t!("val-json-key"), t!("val-json-key-action"))
        }
        (_, "trailing comma") => (
            t!("val-json-trailing-comma"),
            t!("val-json-trailing-comma-action"),
        ),
        (_, "trailing characters") => (t!("val-json-trailing"), t!("val-json-trailing-action")),
        (_, "invalid escape") => (t!("val-json-escape"), t!("val-json-escape-action")),
        (_, "invalid unicode code point")
        | (_, "lone leading surrogate in hex escape")
        | (_, "unexpected end of hex escape") => (
            t!("val-json-unicode-escape"),
            t!("val-json-unicode-escape-action"),
        ),
        (_, "invalid number") => (t!("val-json-number"), t!("val-json-number-action")),
        (_, "number out of range") => (
            t!("val-json-number-range"),
            t!("val-json-number-range-action"),
        ),
        (_, m) if m.starts_with("control character") => {
            (t!("val-json-control"), t!("val-json-control-action"))
        }
        (_, "recursion limit exceeded") => (t!("val-json-deep"), t!("val-json-deep-action")),
        (_, m) => (
            t!("val-json-other", detail = m),
            t!("val-json-other-action"),
        ),
    };
    Diagnostic::new(Code::JsonSyntax, "$", cause, action).at(e.line(), e.column())
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
        let shape = Shape::read(&msg);
        // serde names an unknown or missing field in its message, not in the path.
        if let Shape::UnknownField { name, .. } | Shape::MissingField { name } = &shape {
            if !at.ends_with(name.as_str()) {
                at = format!("{at}.{name}");
            }
        }
        shape.diagnostic(at, &msg)
    })
}

/// What a serde error says, read from its message (serde gives it as text only).
#[derive(Debug, Clone, PartialEq)]
enum Shape {
    /// `unknown field `x`, expected one of `a`, `b``.
    UnknownField { name: String, allowed: Vec<String> },
    /// `missing field `x``.
    MissingField { name: String },
    /// `unknown variant `x`, expected one of `a`, `b``.
    UnknownWord { word: String, allowed: Vec<String> },
    /// `invalid type: string "x", expected f64` (or `invalid value: …`).
    WrongType { found: String, expected: String },
    /// Anything else.
    Other,
}

/// The texts between backquotes, in order: `unknown field `a`, expected `b`` gives a, b.
fn backquoted(msg: &str) -> Vec<String> {
    msg.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

impl Shape {
    fn read(msg: &str) -> Shape {
        let quoted = backquoted(msg);
        if msg.starts_with("unknown field `") && !quoted.is_empty() {
            Shape::UnknownField {
                name: quoted[0].clone(),
                allowed: quoted[1..].to_vec(),
            }
        } else if msg.starts_with("missing field `") && !quoted.is_empty() {
            Shape::MissingField {
                name: quoted[0].clone(),
            }
        } else if msg.starts_with("unknown variant `") && !quoted.is_empty() {
            Shape::UnknownWord {
                word: quoted[0].clone(),
                allowed: quoted[1..].to_vec(),
            }
        } else if let Some(rest) = msg
            .strip_prefix("invalid type: ")
            .or_else(|| msg.strip_prefix("invalid value: "))
        {
            match rest.rsplit_once(", expected ") {
                Some((found, expected)) => Shape::WrongType {
                    found: found.to_string(),
                    expected: expected.to_string(),
                },
                None => Shape::Other,
            }
        } else if let Some(("", expected)) = msg
            .strip_prefix("invalid length ")
            .and_then(|rest| rest.split_once(", expected struct "))
            .map(|(n, e)| (n.trim_matches(|c: char| c.is_ascii_digit()), e))
        {
            // A list where an object is expected (serde reads an object from a list too).
            Shape::WrongType {
                found: "sequence".into(),
                expected: format!("struct {expected}"),
            }
        } else {
            Shape::Other
        }
    }

    /// The problem at `at`, with serde's own message `msg` as a detail when it says more.
    fn diagnostic(&self, at: String, msg: &str) -> Diagnostic {
        match self {
            Shape::UnknownField { name, allowed } => {
                let meant = closest_word(name, allowed);
                let cause = match &meant {
                    Some(m) => t!(
                        "val-unknown-field-meant",
                        field = name.as_str(),
                        meant = m.as_str()
                    ),
                    None => t!("val-unknown-field", field = name.as_str()),
                };
                let action = if allowed.is_empty() {
                    t!("val-unknown-field-none-action")
                } else {
                    t!("val-unknown-field-action", fields = joined(allowed))
                };
                Diagnostic::new(Code::UnknownField, at, cause, action)
            }
            Shape::MissingField { name } => Diagnostic::new(
                Code::MissingField,
                at,
                t!("val-missing-field", field = name.as_str()),
                t!("val-missing-field-action", field = name.as_str()),
            ),
            Shape::UnknownWord { word, allowed } => {
                let words = either(allowed.iter().map(|w| quote(w)).collect());
                let cause = match closest_word(word, allowed) {
                    Some(m) => t!("val-unknown-word-meant", word = word.as_str(), meant = m),
                    None => t!("val-unknown-word", word = word.as_str()),
                };
                Diagnostic::new(
                    Code::InvalidValue,
                    at,
                    cause,
                    t!("val-unknown-word-action", words = words),
                )
            }
            Shape::WrongType { found, expected } => {
                match (found_words(found), expected_words(expected)) {
                    (Some(found), Some(expected)) => Diagnostic::new(
                        Code::InvalidValue,
                        at,
                        t!(
                            "val-wrong-type",
                            found = found,
                            expected = expected.as_str()
                        ),
                        t!("val-wrong-type-action", expected = expected),
                    ),
                    _ => Self::Other.diagnostic(at, msg),
                }
            }
            Shape::Other => Diagnostic::new(
                Code::InvalidValue,
                at,
                t!("val-invalid", detail = msg),
                t!("val-invalid-action"),
            ),
        }
    }
}

/// The allowed word nearest to `word` (its spelling, once [folded](crate::stop::diagnostic::fold)).
fn closest_word(word: &str, allowed: &[String]) -> Option<String> {
    Known::new("", allowed.iter().map(|w| (w.as_str(), "")))
        .closest(word)
        .map(|(w, _)| w.to_string())
}

/// The value serde found, as a sentence names it: `string "zero"` gives « du texte (« zero ») ».
fn found_words(found: &str) -> Option<String> {
    if let Some(text) = found.strip_prefix("string ") {
        let inner = text.strip_prefix('"')?.strip_suffix('"')?;
        let inner = inner.replace("\\\"", "\"").replace("\\\\", "\\");
        return Some(t!("val-found-text", value = inner));
    }
    let literal = backquoted(found).into_iter().next();
    if found.starts_with("integer `") || found.starts_with("floating point `") {
        return Some(t!("val-found-number", value = literal?));
    }
    if found.starts_with("boolean `") {
        return Some(t!("val-found-bool", value = literal?));
    }
    match found {
        "unit value" | "null" => Some(t!("val-found-null")),
        "sequence" => Some(t!("val-found-list")),
        "map" => Some(t!("val-found-object")),
        _ => None,
    }
}

/// What serde expected, as a sentence names it: `f64` gives « un nombre ».
fn expected_words(expected: &str) -> Option<String> {
    Some(match expected {
        "f64" | "f32" => t!("val-expected-number"),
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => t!("val-expected-whole"),
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => t!("val-expected-integer"),
        "a string" | "a borrowed string" | "a character" => t!("val-expected-text"),
        "a boolean" => t!("val-expected-bool"),
        "a sequence" => t!("val-expected-list"),
        "a map" | "map" => t!("val-expected-object"),
        e if e.starts_with("struct ") => t!("val-expected-object"),
        e if e.starts_with("a sequence") || e.starts_with("tuple") => t!("val-expected-list"),
        _ => return None,
    })
}

/// Top-level sections of a stop file and whether each is required.
const SECTIONS: [(&str, bool); 16] = [
    ("format", true),
    ("stop", true),
    ("provinces", true),
    ("families", true),
    ("stands", true),
    ("adjacency", false),
    ("zones", false),
    ("landmarks", false),
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
    what: Kind,
    tag: &str,
    diags: &mut Vec<Diagnostic>,
    decoded: &mut Decoded,
) -> Map<String, Value> {
    let Some(obj) = value.as_object() else {
        diags.push(Diagnostic::new(
            Code::InvalidValue,
            "$",
            t!("val-not-object", kind = what.code()),
            t!("val-not-object-action", kind = what.code(), format = tag),
        ));
        decoded.broken = true;
        return Map::new();
    };
    let allowed: Vec<String> = known.iter().map(|(k, _)| k.to_string()).collect();
    for key in obj.keys() {
        if !known.iter().any(|(k, _)| k == key) {
            let cause = match closest_word(key, &allowed) {
                Some(m) => t!(
                    "val-unknown-section-meant",
                    section = key.as_str(),
                    kind = what.code(),
                    meant = m
                ),
                None => t!(
                    "val-unknown-section",
                    section = key.as_str(),
                    kind = what.code()
                ),
            };
            diags.push(Diagnostic::new(
                Code::UnknownField,
                path_field("$", key),
                cause,
                t!("val-unknown-section-action", sections = joined(&allowed)),
            ));
        }
    }
    for &(key, required) in known {
        if required && !obj.contains_key(key) {
            diags.push(Diagnostic::new(
                Code::MissingField,
                path_field("$", key),
                t!("val-missing-section", section = key, kind = what.code()),
                t!("val-missing-section-action", section = key),
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
        Kind::Tour,
        TOUR_FORMAT,
        &mut diags,
        &mut decoded,
    );
    let format: String = one(&obj, "format", &mut diags, &mut decoded).unwrap_or_default();
    if obj.contains_key("format") && !decoded.missing.contains("format") && format != TOUR_FORMAT {
        diags.push(Diagnostic::new(
            Code::WrongFormat,
            "$.format",
            t!(
                "val-format",
                format = quote(&format),
                expected = quote(TOUR_FORMAT)
            ),
            t!("val-format-action", expected = TOUR_FORMAT),
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
    let obj = &sections(
        value,
        &SECTIONS,
        Kind::Stop,
        STOP_FORMAT,
        &mut diags,
        &mut decoded,
    );
    let format: String = one(obj, "format", &mut diags, &mut decoded).unwrap_or_default();
    if obj.contains_key("format") && !decoded.missing.contains("format") && format != STOP_FORMAT {
        diags.push(Diagnostic::new(
            Code::WrongFormat,
            "$.format",
            t!(
                "val-format",
                format = quote(&format),
                expected = quote(STOP_FORMAT)
            ),
            t!("val-format-action", expected = STOP_FORMAT),
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
        landmarks: many(obj, "landmarks", &mut diags, &mut decoded),
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
            let mut positions = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                match decode_at(item, &path_index(&path, i)) {
                    Ok(t) => {
                        out.push(t);
                        positions.push(i);
                    }
                    Err(d) => {
                        diags.push(d);
                        decoded.incomplete.insert(key);
                    }
                }
            }
            if positions.len() < items.len() {
                decoded.positions.insert(key, positions);
            }
            out
        }
        Some(_) => {
            diags.push(Diagnostic::new(
                Code::InvalidValue,
                path,
                t!("val-not-list", section = key),
                t!("val-not-list-action", section = key),
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
                t!(
                    "val-write-not-a-file",
                    path = target.display().to_string(),
                    kind = not_a_file(&m)
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
        .ok_or_else(|| std::io::Error::other(t!("val-write-no-file-name")))?
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
    Err(std::io::Error::other(t!(
        "val-write-links",
        path = path.display().to_string()
    )))
}

/// What a path that is not a regular file is, as a selector of `val-write-not-a-file`.
fn not_a_file(m: &std::fs::Metadata) -> &'static str {
    let kind = m.file_type();
    if kind.is_dir() {
        return "folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_char_device() || kind.is_block_device() {
            return "device";
        }
        if kind.is_fifo() {
            return "pipe";
        }
        if kind.is_socket() {
            return "socket";
        }
    }
    "other"
}

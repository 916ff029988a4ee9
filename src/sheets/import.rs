//! Reading the exhibitor spreadsheet as planners save it.
//!
//! **Reading.** A CSV file, `;` or `,` separated (whichever the header line uses more), in
//! UTF-8 with or without a byte-order mark, or in Windows-1252 (what an older Excel writes in
//! French): a file that is not valid UTF-8 is read as Windows-1252. Column names are matched
//! without regard to case, accents, spaces or underscores; each has French aliases:
//!
//! | field | column names |
//! |---|---|
//! | `id` | id, identifiant, code (optional: made from the name) |
//! | `name` | name, nom, raison sociale |
//! | `province` | province, préfecture (id or name of a province of the venue file) |
//! | `family` | family, famille, filière, produit (id or name of a family) |
//! | `form` | form, forme, statut (coopérative, association, entreprise sociale) |
//! | `women_led` | women_led, femmes, féminine (oui/non, yes/no, 1/0, x) |
//! | `staff` | staff, effectif, personnes |
//! | `home` | home, commune, ville, localité |
//! | `needs` | needs, besoins (tags separated by `,` `|` `+` or `/`; électricité, eau, couvert, angle accepted) |
//! | `sessions` | sessions, ateliers, rencontres (ids or titles, separated likewise) |
//!
//! Every bad row is reported, with its line number and column, and nothing is written; what is
//! wrong and what to do are said in the current language ([`crate::i18n::current`]). A
//! quote that opens a cell and is never closed is refused at its line, rather than the rest of
//! the file read as that one cell. Lines end as the file ends them (`\n`, `\r\n` or `\r`). Other
//! columns (a phone number, remarks) are left aside and named, so the planner knows.

use crate::format::{Exhibitor, Form, Problem};
use crate::stop::diagnostic::{shown, Code, Diagnostic, Known};
use crate::t;
use std::collections::BTreeSet;

/// The text of a file: UTF-8 (a byte-order mark removed), else Windows-1252. Also says which.
///
/// ```
/// use caravane::sheets::import::decode;
/// assert_eq!(decode(b"\xEF\xBB\xBFnom;province"), ("nom;province".to_string(), "UTF-8"));
/// // "Coopérative" as Windows-1252 writes it.
/// assert_eq!(decode(b"Coop\xE9rative").0, "Coopérative");
/// ```
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), "UTF-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), "Windows-1252")
        }
    }
}

/// The separator of a CSV text: `;` when its first line has more of them than of `,`.
pub fn separator(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    let count = |c: char| first.chars().filter(|&x| x == c).count();
    if count(';') >= count(',') && count(';') > 0 {
        b';'
    } else {
        b','
    }
}

/// How names are compared: see [`fold`](crate::stop::diagnostic::fold).
pub use crate::stop::diagnostic::fold;

/// The fields of the exhibitor file and the column names that give them.
const COLUMNS: [(&str, &[&str]); 10] = [
    ("id", &["id", "identifiant", "code"]),
    ("name", &["name", "nom", "raisonsociale"]),
    ("province", &["province", "prefecture"]),
    ("family", &["family", "famille", "filiere", "produit"]),
    ("form", &["form", "forme", "statut"]),
    ("women_led", &["womenled", "femmes", "feminine"]),
    ("staff", &["staff", "effectif", "personnes"]),
    ("home", &["home", "commune", "ville", "localite"]),
    ("needs", &["needs", "besoins"]),
    ("sessions", &["sessions", "ateliers", "rencontres"]),
];

/// French names of stand tags.
const TAG_ALIASES: [(&str, &str); 6] = [
    ("electricite", "electricity"),
    ("eau", "water"),
    ("couvert", "covered"),
    ("angle", "corner"),
    ("coin", "corner"),
    ("double", "double"),
];

/// A problem of a cell: at `line`, in the column named `column`.
fn problem_at(line: usize, column: &str, cause: String, action: String, code: Code) -> Diagnostic {
    let mut d = Diagnostic::new(
        code,
        t!("sheets-at", line = line, column = column),
        cause,
        action,
    );
    d.line = Some(line);
    d
}

/// Where a problem of a whole line is: `line 3`.
fn at_line(line: usize) -> String {
    t!("sheets-line", line = line)
}

/// What an exhibitor's field is called in a sentence.
fn field_word(field: &str) -> String {
    match field {
        "name" => t!("sheets-field-name"),
        "province" => t!("sheets-field-province"),
        "family" => t!("sheets-field-family"),
        other => other.to_string(),
    }
}

fn split_list(cell: &str) -> Vec<String> {
    cell.split([',', '|', '+', '/', ';'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let f = fold(&c.to_string());
        match f.chars().next() {
            Some(x) if x.is_alphanumeric() => out.push(x),
            _ => {
                if !out.ends_with('-') && !out.is_empty() {
                    out.push('-');
                }
            }
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "exposant".into()
    } else {
        out
    }
}

/// The lists of the venue file a cell may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Province,
    Family,
    Session,
}

impl Kind {
    /// "unknown province "X" in the venue file".
    fn unknown(self, value: &str) -> String {
        match self {
            Kind::Province => t!("sheets-unknown-province", value = value),
            Kind::Family => t!("sheets-unknown-family", value = value),
            Kind::Session => t!("sheets-unknown-session", value = value),
        }
    }

    /// "Known provinces: …".
    fn known(self, items: String) -> String {
        match self {
            Kind::Province => t!("sheets-known-provinces", items = items),
            Kind::Family => t!("sheets-known-families", items = items),
            Kind::Session => t!("sheets-known-sessions", items = items),
        }
    }

    /// "there are no provinces in the venue file".
    fn none(self) -> String {
        match self {
            Kind::Province => t!("sheets-no-provinces"),
            Kind::Family => t!("sheets-no-families"),
            Kind::Session => t!("sheets-no-sessions"),
        }
    }

    /// What to write when the cell may have meant `name`.
    fn write_closest(self, name: &str) -> String {
        match self {
            Kind::Province => t!("sheets-write-closest-province", name = name),
            Kind::Family => t!("sheets-write-closest-family", name = name),
            Kind::Session => t!("sheets-write-closest-session", name = name),
        }
    }

    /// What to write when nothing is near.
    fn write_one(self) -> String {
        match self {
            Kind::Province => t!("sheets-write-province"),
            Kind::Family => t!("sheets-write-family"),
            Kind::Session => t!("sheets-write-session"),
        }
    }
}

/// How many items a message lists before it stops with "…".
const LISTED: usize = 10;

/// An item as a message names it: « honey » (Miel), or « A1 » without a name of its own.
fn item(id: &str, name: &str) -> String {
    if name.is_empty() || fold(name) == fold(id) {
        t!("sheets-item-id", id = shown(id))
    } else {
        t!("sheets-item", id = shown(id), name = shown(name))
    }
}

/// The items of a list of the venue file that a cell may name by id or by name.
struct Names<'a> {
    kind: Kind,
    items: Vec<(&'a str, &'a str)>,
    known: Known<'a>,
}

impl<'a> Names<'a> {
    fn new(kind: Kind, items: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let items: Vec<(&str, &str)> = items.into_iter().collect();
        let list = match kind {
            Kind::Province => "provinces",
            Kind::Family => "families",
            Kind::Session => "sessions",
        };
        Names {
            kind,
            known: Known::new(list, items.iter().copied()),
            items,
        }
    }

    /// The id of the item that `cell` names, by id or name, [`fold`]ed.
    fn find(&self, cell: &str) -> Option<String> {
        self.known.named(cell).map(|(id, _)| id.to_string())
    }

    /// Why `value` names nothing: what it might have meant, and the known items.
    fn cause(&self, value: &str) -> String {
        let unknown = self.kind.unknown(&shown(value));
        let (cause, asked) = match self.known.closest(value) {
            Some((id, name)) => (
                t!(
                    "sheets-did-you-mean",
                    cause = unknown,
                    item = item(id, name)
                ),
                true,
            ),
            None => (unknown, false),
        };
        if self.items.is_empty() {
            return t!("sheets-then", cause = cause, more = self.kind.none());
        }
        let mut listed: Vec<String> = self
            .items
            .iter()
            .take(LISTED)
            .map(|(id, name)| item(id, name))
            .collect();
        if self.items.len() > LISTED {
            listed.push(t!("sheets-in-all", count = self.items.len()));
        }
        let known = self.kind.known(listed.join(", "));
        if asked {
            t!("sheets-after-question", cause = cause, more = known)
        } else {
            t!("sheets-then", cause = cause, more = known)
        }
    }

    /// The problem of a cell that names no item: what it might have meant, and the known items.
    fn unknown(&self, line: usize, column: &str, cell: &str) -> Diagnostic {
        let action = match self.known.closest(cell) {
            Some((id, name)) => self
                .kind
                .write_closest(if name.is_empty() { id } else { name }),
            None => self.kind.write_one(),
        };
        problem_at(
            line,
            column,
            self.cause(cell),
            action,
            Code::UnknownReference,
        )
    }
}

/// The line and field where a quoted cell opens and is never closed, read as the CSV reader
/// reads quotes: a quote opens a cell only at its start, and two quotes in a quoted cell are
/// one quote.
fn unclosed_quote(text: &[u8], delimiter: u8) -> Option<(usize, usize)> {
    #[derive(PartialEq)]
    enum State {
        Start,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let (mut state, mut line, mut field, mut opened) = (State::Start, 1, 0, (1, 0));
    for (k, &b) in text.iter().enumerate() {
        let breaks = b == b'\n' || (b == b'\r' && text.get(k + 1) != Some(&b'\n'));
        let ends_row = b == b'\n' || b == b'\r';
        state = match state {
            State::Quoted if b == b'"' => State::QuoteInQuoted,
            State::Quoted => State::Quoted,
            State::QuoteInQuoted if b == b'"' => State::Quoted,
            State::Start if b == b'"' => {
                opened = (line, field);
                State::Quoted
            }
            _ if b == delimiter => {
                field += 1;
                State::Start
            }
            _ if ends_row => {
                field = 0;
                State::Start
            }
            _ => State::Unquoted,
        };
        if breaks {
            line += 1;
        }
    }
    (state == State::Quoted).then_some(opened)
}

/// Line numbers of byte offsets of a text, read in increasing order, in a single pass over the
/// text. A line ends with a line feed, a carriage return and line feed (what Excel writes), or
/// a carriage return alone.
struct LineCounter<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a [u8]) -> Self {
        LineCounter {
            text,
            at: 0,
            line: 1,
        }
    }

    /// The line of the first character of a row that starts at `byte` (the ends of earlier
    /// lines it may start with are skipped).
    fn line_at(&mut self, byte: usize) -> usize {
        let mut start = byte.min(self.text.len());
        while start < self.text.len() && matches!(self.text[start], b'\r' | b'\n') {
            start += 1;
        }
        while self.at < start {
            let b = self.text[self.at];
            if b == b'\n' || (b == b'\r' && self.text.get(self.at + 1) != Some(&b'\n')) {
                self.line += 1;
            }
            self.at += 1;
        }
        self.line
    }
}

/// A spreadsheet read into a stop.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The stop file.
    pub problem: Problem,
    /// Columns the file has that Caravane does not read (a phone number, remarks…).
    pub ignored_columns: Vec<String>,
}

/// Reads an exhibitor spreadsheet into the exhibitors of a stop whose venue, provinces,
/// families, rules and programme come from `template` (a stop file; its own exhibitors, pins,
/// forbidden stands and history are dropped). Every problem is reported, each with its line.
pub fn import_exhibitors(bytes: &[u8], template: &Problem) -> Result<Imported, Vec<Diagnostic>> {
    let (text, _) = decode(bytes);
    let delimiter = separator(&text);
    if let Some((line, field)) = unclosed_quote(text.as_bytes(), delimiter) {
        let header = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes())
            .records()
            .next()
            .and_then(Result::ok);
        let column = header
            .as_ref()
            .and_then(|h| h.get(field))
            .map_or_else(|| format!("{}", field + 1), str::to_string);
        return Err(vec![problem_at(
            line,
            &column,
            t!("sheets-unclosed-quote"),
            t!("sheets-unclosed-quote-action"),
            Code::JsonSyntax,
        )]);
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut problems = Vec::new();
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(str::to_string).collect(),
        Err(e) => {
            return Err(vec![Diagnostic::new(
                Code::JsonSyntax,
                at_line(1),
                t!("sheets-header-unreadable", why = e.to_string()),
                t!("sheets-header-unreadable-action"),
            )])
        }
    };
    let folded: Vec<String> = header.iter().map(|h| fold(h)).collect();
    let column = |field: &str| -> Option<usize> {
        let aliases = COLUMNS.iter().find(|(f, _)| *f == field)?.1;
        folded.iter().position(|h| aliases.contains(&h.as_str()))
    };
    for required in ["name", "province", "family"] {
        if column(required).is_none() {
            let aliases = COLUMNS
                .iter()
                .find(|(f, _)| *f == required)
                .map(|x| x.1)
                .unwrap_or(&[]);
            problems.push(Diagnostic::new(
                Code::MissingField,
                at_line(1),
                t!(
                    "sheets-missing-column",
                    field = field_word(required),
                    columns = header.join(", ")
                ),
                t!("sheets-missing-column-action", names = aliases.join(", ")),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let ignored: Vec<String> = folded
        .iter()
        .enumerate()
        .filter(|(_, h)| !h.is_empty() && !COLUMNS.iter().any(|(_, a)| a.contains(&h.as_str())))
        .map(|(k, _)| header[k].clone())
        .collect();
    let provinces = Names::new(
        Kind::Province,
        template.provinces.iter().map(|p| (&*p.id, &*p.name)),
    );
    let families = Names::new(
        Kind::Family,
        template.families.iter().map(|f| (&*f.id, &*f.name)),
    );
    let sessions = Names::new(
        Kind::Session,
        template.sessions.iter().map(|s| (&*s.id, &*s.title)),
    );
    // A title holds at most so many pieces once split at commas.
    let longest_title = template
        .sessions
        .iter()
        .map(|s| split_list(&s.title).len().max(split_list(&s.id).len()))
        .max()
        .unwrap_or(1)
        .max(1);
    let mut exhibitors = Vec::new();
    let mut lines = Vec::new();
    let mut ids = BTreeSet::new();
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
                problems.push(Diagnostic::new(
                    Code::JsonSyntax,
                    at_line(line),
                    t!("sheets-row-unreadable", why = e.to_string()),
                    t!("sheets-row-unreadable-action"),
                ));
                continue;
            }
        };
        if record.iter().all(str::is_empty) {
            continue;
        }
        let cell = |field: &str| {
            column(field)
                .and_then(|c| record.get(c))
                .unwrap_or("")
                .to_string()
        };
        let col_name = |field: &str| column(field).map_or(field.to_string(), |c| header[c].clone());
        let before = problems.len();
        let name = cell("name");
        if name.is_empty() {
            problems.push(problem_at(
                line,
                &col_name("name"),
                t!("sheets-no-name"),
                t!("sheets-no-name-action"),
                Code::MissingField,
            ));
        }
        let mut reference = |names: &Names, field: &str| {
            let value = cell(field);
            let found = names.find(&value);
            if found.is_none() {
                problems.push(names.unknown(line, &col_name(field), &value));
            }
            found
        };
        let province = reference(&provinces, "province");
        let family = reference(&families, "family");
        let form = match fold(&cell("form")).as_str() {
            "" => None,
            "cooperative" | "coop" => Some(Form::Cooperative),
            "association" | "asso" => Some(Form::Association),
            "socialenterprise" | "entreprisesociale" | "entreprise" => Some(Form::SocialEnterprise),
            other => {
                problems.push(problem_at(
                    line,
                    &col_name("form"),
                    t!("sheets-bad-form", value = other),
                    t!("sheets-bad-form-action"),
                    Code::InvalidValue,
                ));
                None
            }
        };
        let women_led = match fold(&cell("women_led")).as_str() {
            "" | "non" | "no" | "0" | "false" | "faux" => false,
            "oui" | "yes" | "1" | "true" | "vrai" | "x" => true,
            other => {
                problems.push(problem_at(
                    line,
                    &col_name("women_led"),
                    t!("sheets-bad-yes-no", value = other),
                    t!("sheets-bad-yes-no-action"),
                    Code::InvalidValue,
                ));
                false
            }
        };
        let staff = match cell("staff").as_str() {
            "" => 1,
            s => match s.parse::<u32>() {
                Ok(n) if n >= 1 => n,
                _ => {
                    problems.push(problem_at(
                        line,
                        &col_name("staff"),
                        t!("sheets-bad-staff", value = s),
                        t!("sheets-bad-staff-action"),
                        Code::BadNumber,
                    ));
                    1
                }
            },
        };
        let needs: Vec<String> = split_list(&cell("needs"))
            .into_iter()
            .map(|n| {
                let f = fold(&n);
                TAG_ALIASES
                    .iter()
                    .find(|(fr, _)| *fr == f)
                    .map_or(n, |(_, tag)| tag.to_string())
            })
            .collect();
        let mut registered = Vec::new();
        // Titles may hold commas: the longest run of pieces that names a session is taken (a
        // run no longer than the longest title, so that a long cell is read in linear time).
        let pieces = split_list(&cell("sessions"));
        let mut i = 0;
        while i < pieces.len() {
            let last = (i + longest_title).min(pieces.len()) - 1;
            let found = (i..=last)
                .rev()
                .find_map(|j| sessions.find(&pieces[i..=j].join(", ")).map(|id| (j, id)));
            match found {
                Some((j, id)) => {
                    registered.push(id);
                    i = j + 1;
                }
                None => {
                    problems.push(sessions.unknown(line, &col_name("sessions"), &pieces[i]));
                    i += 1;
                }
            }
        }
        let mut id = match cell("id") {
            s if s.is_empty() => slug(&name),
            s => s,
        };
        if ids.contains(&id) {
            if column("id").is_some() && !cell("id").is_empty() {
                problems.push(problem_at(
                    line,
                    &col_name("id"),
                    t!("sheets-duplicate-id", id = id.as_str()),
                    t!("sheets-duplicate-id-action"),
                    Code::DuplicateId,
                ));
            } else {
                let base = id.clone();
                let mut n = 2;
                while ids.contains(&id) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
            }
        }
        ids.insert(id.clone());
        if problems.len() > before {
            continue;
        }
        exhibitors.push(Exhibitor {
            id,
            name,
            province: province.unwrap_or_default(),
            family: family.unwrap_or_default(),
            form,
            women_led,
            staff,
            home: Some(cell("home")).filter(|h| !h.is_empty()),
            needs,
            sessions: registered,
            extra: Default::default(),
        });
        lines.push(line);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut stop = template.clone();
    stop.exhibitors = exhibitors;
    stop.pins.clear();
    stop.forbidden.clear();
    stop.history.clear();
    // The stop rules (enough stands, needs that some stand meets, seats for the sessions…),
    // reported at the line of the exhibitor concerned where there is one.
    let found = crate::stop::validate::validate(&stop, &crate::stop::validate::Decoded::default());
    if found.is_empty() {
        return Ok(Imported {
            problem: stop,
            ignored_columns: ignored,
        });
    }
    Err(found
        .into_iter()
        .map(|mut d| {
            if let Some(rest) = d.path.strip_prefix("$.exhibitors[") {
                if let Some(i) = rest.split(']').next().and_then(|i| i.parse::<usize>().ok()) {
                    if let Some(&line) = lines.get(i) {
                        d.path = at_line(line);
                        d.line = Some(line);
                    }
                }
            }
            d
        })
        .collect())
}

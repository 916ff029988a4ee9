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
//! columns (a phone number, remarks) are kept, in sheet order, in each exhibitor's `extra`, and
//! carried to the export.
//!
//! **Names** in the cells (provinces, families, forms, needs, sessions) are matched the
//! documented way ([`Known::closest`]): an id or a name, without regard to case, accents,
//! spaces or punctuation; a cell that names nothing is told with the closest value (the one
//! whose name starts with the cell's words or holds them as whole words, else the nearest by a
//! few letters) and the possible values.

use crate::format::{Exhibitor, Form, Problem};
use crate::stop::diagnostic::{joined, shown, Code, Diagnostic, Known};
use crate::stop::time::Date;
use crate::t;
use crate::view::names::tag_name;
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

/// A reader of the rows of a sheet's text, its first line the column names: rows may have
/// fewer or more cells than the header, and spaces around a cell do not count.
pub(crate) fn rows_of(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes())
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
pub(crate) fn problem_at(
    line: usize,
    column: &str,
    cause: String,
    action: String,
    code: Code,
) -> Diagnostic {
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
pub(crate) fn at_line(line: usize) -> String {
    t!("sheets-line", line = line)
}

/// What an exhibitor's field is called in a sentence.
fn field_word(field: &str) -> String {
    match field {
        "name" => t!("sheets-field-name"),
        "province" => t!("sheets-field-province"),
        _ => t!("sheets-field-family"),
    }
}

/// A stand's tag as a cell may write it in French (électricité, eau…), else the cell itself.
fn tag_alias(cell: &str) -> String {
    let f = fold(cell);
    TAG_ALIASES
        .iter()
        .find(|(fr, _)| *fr == f)
        .map_or(cell.to_string(), |(_, tag)| tag.to_string())
}

/// The items of a cell that lists several, separated by `,` `|` `+` `/` or `;`.
pub(crate) fn split_list(cell: &str) -> Vec<String> {
    cell.split([',', '|', '+', '/', ';'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// An id made from a name: lower case, without accents, words joined by `-`.
pub(crate) fn slug(name: &str) -> String {
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

/// The lists a cell may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A province of the venue file.
    Province,
    /// A family of the venue file.
    Family,
    /// A session of the programme.
    Session,
    /// A legal form: coopérative, association, entreprise sociale.
    Form,
    /// A tag some stand of the venue has.
    Need,
    /// A tag some room has.
    Equipment,
}

impl Kind {
    /// The word of the catalogues' selectors.
    fn word(self) -> &'static str {
        match self {
            Kind::Province => "province",
            Kind::Family => "family",
            Kind::Session => "session",
            Kind::Form => "form",
            Kind::Need => "need",
            Kind::Equipment => "equipment",
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

/// The items of a list that a cell may name by id or by name, matched the documented way
/// ([`Known::closest`]).
pub(crate) struct Names<'a> {
    kind: Kind,
    items: Vec<(&'a str, &'a str)>,
    known: Known<'a>,
}

impl<'a> Names<'a> {
    /// The items of a list, each an id and a name for people.
    pub(crate) fn new(kind: Kind, items: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let items: Vec<(&str, &str)> = items.into_iter().collect();
        Names {
            kind,
            known: Known::new(kind.word(), items.iter().copied()),
            items,
        }
    }

    /// The id of the item that `cell` names, by id or name, [`fold`]ed.
    pub(crate) fn find(&self, cell: &str) -> Option<String> {
        self.known.named(cell).map(|(id, _)| id.to_string())
    }

    /// Why `value` names nothing: what it might have meant, and the possible values.
    fn cause(&self, value: &str) -> String {
        let unknown = t!(
            "sheets-unknown",
            kind = self.kind.word(),
            value = shown(value)
        );
        if self.items.is_empty() {
            return t!("sheets-none", cause = unknown, kind = self.kind.word());
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
        let possible = t!("sheets-possible", items = joined(&listed));
        match self.known.closest(value) {
            Some((id, name)) => t!(
                "sheets-did-you-mean",
                cause = unknown,
                item = item(id, name),
                more = possible
            ),
            None => t!("sheets-then", cause = unknown, more = possible),
        }
    }

    /// The problem of a cell that names no item: what it might have meant, and the possible
    /// values.
    pub(crate) fn unknown(&self, line: usize, column: &str, cell: &str) -> Diagnostic {
        let action = match self.known.closest(cell) {
            Some((id, name)) => t!(
                "sheets-write-closest",
                kind = self.kind.word(),
                name = if name.is_empty() { id } else { name }
            ),
            None => t!("sheets-write-one", kind = self.kind.word()),
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
pub(crate) struct LineCounter<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    pub(crate) fn new(text: &'a [u8]) -> Self {
        LineCounter {
            text,
            at: 0,
            line: 1,
        }
    }

    /// The line of the first character of a row that starts at `byte` (the ends of earlier
    /// lines it may start with are skipped).
    pub(crate) fn line_at(&mut self, byte: usize) -> usize {
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

/// The column names of the fields of a sheet: each field and the [`fold`]ed names that give it.
pub(crate) type Columns = [(&'static str, &'static [&'static str])];

/// A CSV sheet read into its header and rows, each row with the line it starts on.
pub(crate) struct Sheet {
    /// The column names as the sheet writes them.
    pub(crate) header: Vec<String>,
    folded: Vec<String>,
    /// The rows that hold something, each with its line in the file.
    pub(crate) rows: Vec<(usize, csv::StringRecord)>,
    /// Rows that could not be read.
    pub(crate) problems: Vec<Diagnostic>,
}

impl Sheet {
    /// Reads a sheet (see the module's documentation for the encodings, separators and line
    /// ends). A quote left open, or a header that cannot be read, is the only problem told.
    pub(crate) fn read(bytes: &[u8]) -> Result<Sheet, Vec<Diagnostic>> {
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
        let mut reader = rows_of(&text, delimiter);
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
        let folded = header.iter().map(|h| fold(h)).collect();
        let (mut rows, mut problems) = (Vec::new(), Vec::new());
        let mut counted = LineCounter::new(text.as_bytes());
        for (k, record) in reader.records().enumerate() {
            let line = record
                .as_ref()
                .ok()
                .and_then(|r| r.position())
                .map_or(k + 2, |p| counted.line_at(p.byte() as usize));
            match record {
                Ok(r) if r.iter().all(str::is_empty) => {}
                Ok(r) => rows.push((line, r)),
                Err(e) => problems.push(Diagnostic::new(
                    Code::JsonSyntax,
                    at_line(line),
                    t!("sheets-row-unreadable", why = e.to_string()),
                    t!("sheets-row-unreadable-action"),
                )),
            }
        }
        Ok(Sheet {
            header,
            folded,
            rows,
            problems,
        })
    }

    /// The column that gives `field`, by any of its names.
    pub(crate) fn column(&self, columns: &Columns, field: &str) -> Option<usize> {
        let aliases = columns.iter().find(|(f, _)| *f == field)?.1;
        self.folded
            .iter()
            .position(|h| aliases.contains(&h.as_str()))
    }

    /// The cell of `field` in a row, empty when the sheet has no such column.
    pub(crate) fn cell(&self, columns: &Columns, row: &csv::StringRecord, field: &str) -> String {
        self.column(columns, field)
            .and_then(|c| row.get(c))
            .unwrap_or("")
            .to_string()
    }

    /// The name of the column of `field` as the sheet writes it (the field itself when the
    /// sheet has no such column).
    pub(crate) fn column_name(&self, columns: &Columns, field: &str) -> String {
        self.column(columns, field)
            .map_or(field.to_string(), |c| self.header[c].clone())
    }

    /// A problem for each required field no column gives: `field` and its words for people.
    pub(crate) fn missing(
        &self,
        columns: &Columns,
        required: &[(&str, String)],
    ) -> Vec<Diagnostic> {
        required
            .iter()
            .filter(|(field, _)| self.column(columns, field).is_none())
            .map(|(field, word)| {
                let aliases = columns
                    .iter()
                    .find(|(f, _)| f == field)
                    .map(|x| x.1)
                    .unwrap_or(&[]);
                Diagnostic::new(
                    Code::MissingField,
                    at_line(1),
                    t!(
                        "sheets-missing-column",
                        field = word.as_str(),
                        columns = self.header.join(", ")
                    ),
                    t!("sheets-missing-column-action", names = aliases.join(", ")),
                )
            })
            .collect()
    }

    /// The columns that give none of the fields, in sheet order (named columns only).
    pub(crate) fn others(&self, columns: &Columns) -> Vec<usize> {
        self.folded
            .iter()
            .enumerate()
            .filter(|(_, h)| !h.is_empty() && !columns.iter().any(|(_, a)| a.contains(&h.as_str())))
            .map(|(k, _)| k)
            .collect()
    }
}

/// A spreadsheet read into a stop.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The stop file.
    pub problem: Problem,
    /// Columns of the sheet that Caravane does not read (a phone number, remarks…), in sheet
    /// order: kept in each exhibitor's `extra` and carried to the export.
    pub extra_columns: Vec<String>,
}

/// What the planner says of the stop itself; each field given replaces the one of the venue
/// file's `stop` block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StopDetails {
    /// A name for people ("Marché itinérant ESS — Taroudant 2025").
    pub title: Option<String>,
    /// The host town.
    pub town: Option<String>,
    /// The square or hall.
    pub place: Option<String>,
    /// Opening day, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Closing day, `YYYY-MM-DD`.
    pub to: Option<String>,
}

/// Puts the planner's title, town, place and dates into a stop, each problem told at the option
/// that gives it (`--from`): a date that is not `YYYY-MM-DD` or does not exist, or an opening
/// day after the closing day.
///
/// ```
/// use caravane::sheets::import::{with_details, StopDetails};
/// use caravane::stop::generate::{generate, Spec};
/// let spec = Spec { exhibitors: 10, sessions: None, days: None, seed: 1 };
/// let mut stop = generate(spec);
/// let details = StopDetails {
///     town: Some("Tiznit".into()),
///     from: Some("2025-11-21".into()),
///     to: Some("2025-11-20".into()),
///     ..Default::default()
/// };
/// let problems = with_details(&mut stop, &details).unwrap_err();
/// assert_eq!(problems.len(), 1);
/// assert_eq!(problems[0].path, "--from");
/// ```
pub fn with_details(problem: &mut Problem, details: &StopDetails) -> Result<(), Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut date = |option: &str, given: &Option<String>, old: &str| -> Option<Date> {
        let text = given.as_deref().unwrap_or(old);
        let found = Date::parse(text.trim());
        if found.is_none() {
            problems.push(Diagnostic::new(
                Code::BadDate,
                option,
                t!("sheets-bad-date", value = shown(text)),
                t!("sheets-bad-date-action"),
            ));
        }
        found
    };
    let from = date("--from", &details.from, &problem.stop.from);
    let to = date("--to", &details.to, &problem.stop.to);
    if let (Some(from), Some(to)) = (from, to) {
        if from > to {
            problems.push(Diagnostic::new(
                Code::BadDate,
                "--from",
                t!(
                    "sheets-dates-reversed",
                    from = from.to_string(),
                    to = to.to_string()
                ),
                t!("sheets-dates-reversed-action"),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let stop = &mut problem.stop;
    for (field, given) in [
        (&mut stop.name, &details.title),
        (&mut stop.town, &details.town),
        (&mut stop.venue, &details.place),
    ] {
        if let Some(text) = given {
            *field = text.trim().to_string();
        }
    }
    if let (Some(from), Some(to)) = (from, to) {
        stop.from = from.to_string();
        stop.to = to.to_string();
    }
    Ok(())
}

/// Reads an exhibitor spreadsheet into the exhibitors of a stop whose venue, provinces,
/// families, rules and programme come from `template` (a stop file; its own exhibitors, pins,
/// forbidden stands and history are dropped). Every problem is reported, each with its line.
pub fn import_exhibitors(bytes: &[u8], template: &Problem) -> Result<Imported, Vec<Diagnostic>> {
    let sheet = Sheet::read(bytes)?;
    let required: Vec<(&str, String)> = ["name", "province", "family"]
        .into_iter()
        .map(|f| (f, field_word(f)))
        .collect();
    let missing = sheet.missing(&COLUMNS, &required);
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut problems = sheet.problems.clone();
    // The first row, and the number of rows, registered for sessions when there is no programme.
    let mut unprogrammed: Option<(usize, usize)> = None;
    let others = sheet.others(&COLUMNS);
    let extra_columns: Vec<String> = others.iter().map(|&k| sheet.header[k].clone()).collect();
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
    let forms = Names::new(
        Kind::Form,
        ["coopérative", "association", "entreprise sociale"].map(|f| (f, "")),
    );
    let lang = crate::i18n::current();
    let stand_tags: Vec<String> = {
        let mut seen: Vec<String> = Vec::new();
        for t in template.stands.iter().flat_map(|s| &s.tags) {
            if !seen.contains(t) {
                seen.push(t.clone());
            }
        }
        seen
    };
    let tag_words: Vec<String> = stand_tags.iter().map(|t| tag_name(t, lang)).collect();
    let needs_known = Names::new(
        Kind::Need,
        stand_tags
            .iter()
            .zip(&tag_words)
            .map(|(t, w)| (t.as_str(), w.as_str())),
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
    for (line, record) in &sheet.rows {
        let line = *line;
        let cell = |field: &str| sheet.cell(&COLUMNS, record, field);
        let col_name = |field: &str| sheet.column_name(&COLUMNS, field);
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
            "cooperative" | "coop" | "تعاونية" => Some(Form::Cooperative),
            "association" | "asso" | "جمعية" => Some(Form::Association),
            "socialenterprise" | "entreprisesociale" | "entreprise" => Some(Form::SocialEnterprise),
            _ => {
                problems.push(forms.unknown(line, &col_name("form"), &cell("form")));
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
        let mut needs: Vec<String> = Vec::new();
        for n in split_list(&cell("needs")) {
            let tag = tag_alias(&n);
            if stand_tags.contains(&tag) {
                needs.push(tag);
            } else if let Some(tag) = needs_known.find(&n) {
                needs.push(tag);
            } else {
                problems.push(needs_known.unknown(line, &col_name("needs"), &n));
            }
        }
        let mut registered = Vec::new();
        // Titles may hold commas: the longest run of pieces that names a session is taken (a
        // run no longer than the longest title, so that a long cell is read in linear time).
        let pieces = split_list(&cell("sessions"));
        // Registrations without any programme are one mistake, told once after the rows.
        if template.sessions.is_empty() && !pieces.is_empty() {
            unprogrammed.get_or_insert((line, 0)).1 += 1;
        }
        let mut i = if template.sessions.is_empty() {
            pieces.len()
        } else {
            0
        };
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
            if sheet.column(&COLUMNS, "id").is_some() && !cell("id").is_empty() {
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
        let extra = others
            .iter()
            .map(|&k| {
                let value = record.get(k).unwrap_or("").to_string();
                (sheet.header[k].clone(), value)
            })
            .collect();
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
            extra,
            attributes: Default::default(),
        });
        lines.push(line);
    }
    if let Some((first, rows)) = unprogrammed {
        problems.push(problem_at(
            first,
            &sheet.column_name(&COLUMNS, "sessions"),
            t!("sheets-no-programme", rows = rows, first = first),
            t!("sheets-no-programme-action"),
            Code::UnknownReference,
        ));
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
            extra_columns,
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

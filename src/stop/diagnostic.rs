//! Problems found in an input file, each with a stable code, where it is, why, and what to do.
//!
//! The code (`unknown-field`) and the JSON path (`$.exhibitors[3].province`) never change; the
//! cause and the action are sentences of the catalogues (`locales/*/validation.ftl`), made in
//! the [current](crate::i18n::current) language when the problem is found: French by default,
//! English or Arabic when asked.

use crate::t;
use serde::Serialize;
use std::fmt;

/// A stable code naming one kind of problem in an input file.
///
/// Codes never change meaning; planners and scripts may match on [`Code::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// The file could not be read.
    Io,
    /// The text is not JSON (line and column are given).
    JsonSyntax,
    /// The `format` field is not the expected tag.
    WrongFormat,
    /// A field not in the format (often a typo).
    UnknownField,
    /// A required field is absent.
    MissingField,
    /// A value of the wrong type or outside its list of words.
    InvalidValue,
    /// An id is the empty string.
    EmptyId,
    /// Two items of one list share an id.
    DuplicateId,
    /// An id that names nothing in the file.
    UnknownReference,
    /// The same item listed twice where once is meant.
    DuplicateReference,
    /// A number out of its range (a size ≤ 0, a weight < 0, a staff of 0…).
    BadNumber,
    /// A date that is not `YYYY-MM-DD` or does not exist.
    BadDate,
    /// A time that is not `HH:MM`, or a slot that ends before it starts.
    BadTime,
    /// Slots of one day listed out of time order, overlapping, or outside the stop's dates.
    BadSlot,
    /// Two stands cover the same ground.
    OverlappingStands,
    /// A neighbour pair of a stand with itself.
    SelfEdge,
    /// No stand has every tag an exhibitor needs.
    UnmetNeeds,
    /// More exhibitors than stands.
    TooManyExhibitors,
    /// Two pins on one stand, or two stands pinned for one exhibitor.
    DoublePin,
    /// A pin onto a stand that lacks the exhibitor's needs or is forbidden to it.
    PinContradiction,
    /// Forbidden stands leave an exhibitor no stand that meets its needs.
    ForbiddenContradiction,
    /// No room fits a session (seats or tags).
    SessionNoRoom,
    /// A session longer than the slots of any day.
    SessionTooLong,
    /// A solution that names another problem or is malformed.
    SolutionMismatch,
    /// A key written twice in one JSON object (only one of the two could be read).
    DuplicateKey,
    /// An id holding a control, zero-width or direction character: it would look like
    /// another id and differ from it.
    ConfusableId,
}

impl Code {
    /// The stable, kebab-case name of the code.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Io => "io",
            Code::JsonSyntax => "json-syntax",
            Code::WrongFormat => "wrong-format",
            Code::UnknownField => "unknown-field",
            Code::MissingField => "missing-field",
            Code::InvalidValue => "invalid-value",
            Code::EmptyId => "empty-id",
            Code::DuplicateId => "duplicate-id",
            Code::UnknownReference => "unknown-reference",
            Code::DuplicateReference => "duplicate-reference",
            Code::BadNumber => "bad-number",
            Code::BadDate => "bad-date",
            Code::BadTime => "bad-time",
            Code::BadSlot => "bad-slot",
            Code::OverlappingStands => "overlapping-stands",
            Code::SelfEdge => "self-edge",
            Code::UnmetNeeds => "unmet-needs",
            Code::TooManyExhibitors => "too-many-exhibitors",
            Code::DoublePin => "double-pin",
            Code::PinContradiction => "pin-contradiction",
            Code::ForbiddenContradiction => "forbidden-contradiction",
            Code::SessionNoRoom => "session-no-room",
            Code::SessionTooLong => "session-too-long",
            Code::SolutionMismatch => "solution-mismatch",
            Code::DuplicateKey => "duplicate-key",
            Code::ConfusableId => "confusable-id",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One problem in an input file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// What kind of problem.
    pub code: Code,
    /// Where, as a JSON path such as `$.exhibitors[3].province`.
    pub path: String,
    /// Line in the file, when known (1-based).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Column in the file, when known (1-based).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// What is wrong, in a sentence of the current language.
    pub cause: String,
    /// What to do about it, in a sentence of the current language.
    pub action: String,
}

impl Diagnostic {
    /// A problem at a JSON path.
    pub fn new(
        code: Code,
        path: impl Into<String>,
        cause: impl Into<String>,
        action: impl Into<String>,
    ) -> Self {
        Diagnostic {
            code,
            path: path.into(),
            line: None,
            column: None,
            cause: cause.into(),
            action: action.into(),
        }
    }

    /// The same problem, placed at a line and column.
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }
}

impl fmt::Display for Diagnostic {
    /// `erreur [code] en $.path (ligne 4, colonne 12)`, then the cause and the action, in the
    /// [current](crate::i18n::current) language; the code and the path stay as they are.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let head = match (self.line, self.column) {
            (Some(l), Some(c)) => t!(
                "val-diagnostic-head-at",
                code = self.code.as_str(),
                path = self.path.as_str(),
                line = l.to_string(),
                column = c.to_string()
            ),
            _ => t!(
                "val-diagnostic-head",
                code = self.code.as_str(),
                path = self.path.as_str()
            ),
        };
        let (cause, action) = (t!("val-diagnostic-cause"), t!("val-diagnostic-action"));
        write!(
            f,
            "{head}\n  {cause} {}\n  {action} {}",
            self.cause, self.action
        )
    }
}

/// Every problem found in one file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The file, as the user named it.
    pub file: String,
    /// The problems, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.diagnostics.len();
        writeln!(f, "{}: {}", self.file, t!("val-report-count", count = n))?;
        for d in &self.diagnostics {
            writeln!(f, "{}: {d}", self.file)?;
        }
        Ok(())
    }
}

impl std::error::Error for Report {}

/// JSON path of a field below a parent path.
pub fn path_field(parent: &str, key: &str) -> String {
    format!("{parent}.{key}")
}

/// JSON path of a list element below a parent path.
pub fn path_index(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

/// Lower case, accents removed, spaces, dashes, underscores, apostrophes, dots and invisible
/// characters dropped: how names are compared.
///
/// ```
/// use caravane::stop::diagnostic::fold;
/// assert_eq!(fold("Préfecture"), "prefecture");
/// assert_eq!(fold("Raison sociale"), "raisonsociale");
/// assert_eq!(fold("Inezgane-Aït Melloul"), "inezganeaitmelloul");
/// assert_eq!(fold("Tata\u{200B}"), "tata");
/// ```
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| {
            let plain = match c {
                'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
                'ç' => 'c',
                'è' | 'é' | 'ê' | 'ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' => 'i',
                'ò' | 'ó' | 'ô' | 'ö' => 'o',
                'ù' | 'ú' | 'û' | 'ü' => 'u',
                'œ' => 'o',
                ' ' | '-' | '_' | '\'' | '’' | '.' => return None,
                c if is_invisible(c) => return None,
                c => c,
            };
            Some(plain)
        })
        .collect()
}

/// Whether a character cannot be seen: a control character (NUL, tab, line feed…), a
/// zero-width character (U+200B–U+200D, U+2060, U+FEFF) or a direction control (U+200E,
/// U+200F, U+202A–U+202E, U+2066–U+2069). Two ids that differ only by such characters look
/// the same.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
        )
}

/// A value as a message shows it: its invisible characters written `<U+200B>`, so that two
/// values that look the same can be told apart.
///
/// ```
/// assert_eq!(caravane::stop::diagnostic::shown("A1\u{200B}"), "A1<U+200B>");
/// ```
pub fn shown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_invisible(c) {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// How many items a message lists before it stops with "…".
const LISTED: usize = 10;

/// Values longer than this (once folded) are only matched exactly.
const LONGEST_MATCHED: usize = 64;

/// The items a reference may name, to say what an unknown reference might have meant.
#[derive(Debug, Clone)]
pub struct Known<'a> {
    list: &'a str,
    place: Option<&'a str>,
    items: Vec<(&'a str, &'a str)>,
    folded: Vec<(String, String)>,
}

impl<'a> Known<'a> {
    /// The items of the list called `list` in the file ("families"), each an id and a name for
    /// people (empty when it has none).
    pub fn new(list: &'a str, items: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let items: Vec<(&str, &str)> = items.into_iter().collect();
        let folded = items
            .iter()
            .map(|(id, name)| (fold(id), fold(name)))
            .collect();
        Known {
            list,
            place: None,
            items,
            folded,
        }
    }

    /// The same items, said to be in `place` when a reference is unknown: a phrase in the
    /// [current](crate::i18n::current) language ("le fichier du lieu", "the venue file").
    pub fn in_place(mut self, place: &'a str) -> Self {
        self.place = Some(place);
        self
    }

    /// The name of the list in the file.
    pub fn list(&self) -> &'a str {
        self.list
    }

    /// The first item whose id or name is `value`, both [`fold`]ed (an empty value names
    /// nothing).
    pub fn named(&self, value: &str) -> Option<(&'a str, &'a str)> {
        let wanted = fold(value);
        if wanted.is_empty() {
            return None;
        }
        self.folded
            .iter()
            .position(|(id, name)| *id == wanted || *name == wanted)
            .map(|k| self.items[k])
    }

    /// The item that `value` most likely meant, the documented way:
    ///
    /// 1. the first whose id or name is `value`, all three [`fold`]ed;
    /// 2. else the first whose name (or id) starts with the words of `value`, then the first
    ///    that holds them as whole words, in that order (words are [`fold`]ed, split at spaces
    ///    and punctuation; `value` needs three letters or more);
    /// 3. else the one within the fewest one-letter edits of it (at most a third of its
    ///    letters, and at least one), the first of equals.
    ///
    /// ```
    /// use caravane::stop::diagnostic::Known;
    /// let families = Known::new(
    ///     "families",
    ///     [("honey", "Miel (thym, euphorbe)"), ("dates", "Dattes"), ("olive-oil", "Huile d'olive")],
    /// );
    /// assert_eq!(families.closest("miel"), Some(("honey", "Miel (thym, euphorbe)")));
    /// assert_eq!(families.closest("Olive"), Some(("olive-oil", "Huile d'olive")));
    /// assert_eq!(families.closest("date"), Some(("dates", "Dattes")));
    /// assert_eq!(families.closest("silver"), None);
    /// ```
    pub fn closest(&self, value: &str) -> Option<(&'a str, &'a str)> {
        if let Some(found) = self.named(value) {
            return Some(found);
        }
        let wanted: Vec<char> = fold(value).chars().collect();
        if wanted.is_empty() || wanted.len() > LONGEST_MATCHED {
            return None;
        }
        if wanted.len() >= 3 {
            let given = words(value);
            for rank in [Words::Start, Words::Inside] {
                let found = self.items.iter().find(|(id, name)| {
                    [name, id]
                        .into_iter()
                        .any(|s| has_words(&words(s), &given, rank))
                });
                if let Some(&found) = found {
                    return Some(found);
                }
            }
        }
        let most = (wanted.len() / 3).max(1);
        self.folded
            .iter()
            .enumerate()
            .filter_map(|(k, (id, name))| {
                let d = [id, name]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .filter_map(|s| edits_within(&wanted, s, most))
                    .min()?;
                Some((d, k))
            })
            .min()
            .map(|(_, k)| self.items[k])
    }

    /// What an unknown reference might have meant, as the cause of its problem, in the
    /// [current](crate::i18n::current) language: `famille inconnue « Miel » : vouliez-vous dire
    /// « honey » (Miel) ? Familles connues : « honey » (Miel), « dates » (Dattes)`.
    ///
    /// `what` is the kind of item, in English and singular as the format names it (`family`,
    /// `province`, `stand`, `exhibitor`, `session`, `town`, `venue`…); the list is named by its
    /// key in the file (`families`). A place given by [`Known::in_place`] is a phrase in the
    /// current language ("le fichier du lieu").
    ///
    /// ```
    /// use caravane::i18n::{self, Lang};
    /// use caravane::stop::diagnostic::Known;
    /// let families = Known::new("families", [("honey", "Miel"), ("dates", "Dattes")]);
    /// assert_eq!(
    ///     families.unknown("family", "Miell"),
    ///     "famille inconnue «\u{a0}Miell\u{a0}» : vouliez-vous dire «\u{a0}honey\u{a0}» (Miel) ? \
    ///      Familles connues : «\u{a0}honey\u{a0}» (Miel), «\u{a0}dates\u{a0}» (Dattes)"
    /// );
    /// let en = i18n::scoped(Lang::En, || families.unknown("family", "Miell"));
    /// assert!(en.starts_with("unknown family \"Miell\": did you mean \"honey\" (Miel)?"));
    /// ```
    pub fn unknown(&self, what: &str, value: &str) -> String {
        let mut cause = t!("val-unknown", what = what, value = shown(value));
        if let Some(place) = self.place {
            cause = t!("val-unknown-in", cause = cause, place = place);
        }
        let meant = self.closest(value);
        if let Some((id, name)) = meant {
            cause = t!("val-unknown-meant", cause = cause, item = item(id, name));
        }
        if self.items.is_empty() {
            return t!("val-unknown-none", cause = cause, list = self.list);
        }
        let mut listed: Vec<String> = self
            .items
            .iter()
            .take(LISTED)
            .map(|(id, name)| item(id, name))
            .collect();
        if self.items.len() > LISTED {
            listed.push(t!("val-unknown-more", count = self.items.len()));
        }
        let known = t!(
            "val-unknown-known",
            list = self.list,
            items = joined(&listed)
        );
        if meant.is_some() {
            t!("val-unknown-then", cause = cause, known = known)
        } else {
            t!("val-unknown-and", cause = cause, known = known)
        }
    }
}

/// Items listed in a sentence, separated the [current](crate::i18n::current) language's way
/// (`a, b, c`; the Arabic comma in Arabic).
pub fn joined<S: AsRef<str>>(items: &[S]) -> String {
    let comma = t!("val-comma");
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(&comma)
}

/// A value quoted the [current](crate::i18n::current) language's way: `« A1 »`, `"A1"`,
/// `«A1»`, its invisible characters shown ([`shown`]).
pub fn quote(value: &str) -> String {
    t!("val-quote", text = shown(value))
}

/// An item as a message names it: `« honey » (Miel)`, or `« A1 »` without a name of its own.
fn item(id: &str, name: &str) -> String {
    if name.is_empty() || fold(name) == fold(id) {
        quote(id)
    } else {
        t!("val-item-named", id = shown(id), name = shown(name))
    }
}

/// Where the words of a value are looked for in a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Words {
    /// The name starts with them.
    Start,
    /// The name holds them, one after the other, as whole words.
    Inside,
}

/// The words of a text, each [`fold`]ed: split at spaces, apostrophes, dashes, parentheses and
/// any other mark that is not a letter or a figure.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && !is_invisible(c))
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `name` holds the words `given`, at its start or anywhere as whole words.
fn has_words(name: &[String], given: &[String], rank: Words) -> bool {
    if given.is_empty() || given.len() > name.len() {
        return false;
    }
    match rank {
        Words::Start => name.starts_with(given),
        Words::Inside => name.windows(given.len()).any(|w| w == given),
    }
}

/// The number of one-letter edits (insertions, deletions, substitutions, and two neighbouring
/// letters swapped, the commonest slip: "widht" for "width") from `a` to `b`, when it is at
/// most `most`.
fn edits_within(a: &[char], b: &str, most: usize) -> Option<usize> {
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > most || b.len() > LONGEST_MATCHED {
        return None;
    }
    // Three rows of the table: the one before last, the last, and the one being filled.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut last: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let mut d = (last[j - 1] + usize::from(a[i - 1] != b[j - 1]))
                .min(row[j - 1] + 1)
                .min(last[j] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            row[j] = d;
        }
        before = std::mem::replace(&mut last, row);
    }
    Some(last[b.len()]).filter(|&d| d <= most)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edits(a: &str, b: &str) -> Option<usize> {
        edits_within(&a.chars().collect::<Vec<_>>(), b, 10)
    }

    #[test]
    fn a_swap_of_two_letters_is_one_edit() {
        assert_eq!(edits("widht", "width"), Some(1));
        assert_eq!(edits("stnads", "stands"), Some(1));
        assert_eq!(edits("provnce", "province"), Some(1));
        assert_eq!(edits("date", "dates"), Some(1));
        assert_eq!(edits("abc", "abc"), Some(0));
        assert_eq!(edits("", "abc"), Some(3));
        assert_eq!(edits("kitten", "sitting"), Some(3));
    }
}

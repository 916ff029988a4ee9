//! Problems found in an input file, each with a stable code, where it is, why, and what to do.

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
    /// What is wrong, in a sentence.
    pub cause: String,
    /// What to do about it, in a sentence.
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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error[{}] at {}", self.code, self.path)?;
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, " (line {l}, column {c})")?;
        }
        write!(f, "\n  cause:  {}\n  action: {}", self.cause, self.action)
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
        writeln!(
            f,
            "{}: {} problem{}",
            self.file,
            n,
            if n == 1 { "" } else { "s" }
        )?;
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

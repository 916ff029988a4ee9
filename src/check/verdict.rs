//! The verdict of `caravane check` on a solution file: the layout checked against the hard
//! rules, its objective compared with the file's term by term, what the file claims about
//! itself judged apart, and the honest claim that holds.

use crate::check::claims::{agrees, judge, Claim};
use crate::check::{check, Violation};
use crate::format::{Explanation, Objective, Problem, Solution, Status};
use crate::i18n::{self, numbers};
use crate::t;
use crate::terms::Term;
use std::fmt;

/// One objective term: what the file says and what the layout gives.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TermCheck {
    /// The term's name (`clash`, `balance/women_led/prime`…, or `total`).
    pub term: String,
    /// Value in the solution file (None when the file has no objective).
    pub in_file: Option<f64>,
    /// Value recomputed from the layout.
    pub recomputed: f64,
    /// Whether the two agree (within 1e-6).
    pub agrees: bool,
}

/// The verdict of `caravane check` on a solution file.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Verdict {
    /// The solution's status as written.
    pub status: &'static str,
    /// The hard rules the layout breaks.
    pub violations: Vec<Violation>,
    /// What the file claims about itself that does not hold: its objective, status, bound and
    /// gap, and the stop it was made for.
    pub claims: Vec<Violation>,
    /// What holds: the honest claim, derived from the layout as it is.
    pub claim: Claim,
    /// Each objective term, file against recomputed.
    pub terms: Vec<TermCheck>,
    /// Every cost with its reason.
    pub justifications: Vec<Explanation>,
    /// Remarks that do not fail the check.
    pub notes: Vec<String>,
}

impl Verdict {
    /// True when the layout keeps every hard constraint, its objective is reproduced and
    /// everything else the file claims about itself holds.
    pub fn passed(&self) -> bool {
        self.violations.is_empty() && self.claims.is_empty() && self.terms.iter().all(|t| t.agrees)
    }
}

/// Verifies a solution file against its stop file; `name` is the stop file's problem name (its
/// file name without `.problem.json`, see [`crate::problem_name`]), which the solution should
/// name too.
pub fn verify(name: &str, problem: &Problem, solution: &Solution) -> Verdict {
    let mut notes = Vec::new();
    if solution.problem != name {
        notes.push(t!(
            "check-note-other-problem",
            named = &solution.problem,
            name = name
        ));
    }
    let report = holds_layout(solution).then(|| check(problem, solution));
    let claim = judge(problem, solution, report.as_ref());
    let Some(report) = report else {
        if solution.assignments.is_empty() {
            notes.push(t!(
                "check-note-no-layout",
                status = solution.status.as_str()
            ));
        }
        notes.extend(claim.notes.iter().cloned());
        return Verdict {
            status: solution.status.as_str(),
            violations: vec![],
            claims: claim.untrue.clone(),
            claim,
            terms: vec![],
            justifications: solution.explanations.clone(),
            notes,
        };
    };
    if solution.sessions.is_empty() && !problem.sessions.is_empty() {
        notes.push(t!("check-note-no-timetable"));
    }
    let o = &report.objective;
    let f = solution.objective.as_ref();
    let in_file = f.map(rows);
    let terms = rows(o)
        .into_iter()
        .map(|(term, recomputed)| {
            let in_file = in_file.as_ref().map(|rows| value_of(rows, &term));
            TermCheck {
                agrees: in_file.is_none_or(|x| agrees(x, recomputed)),
                term,
                in_file,
                recomputed,
            }
        })
        .collect();
    if f.is_none() {
        notes.push(t!("check-note-no-objective"));
    }
    notes.extend(claim.notes.iter().cloned());
    Verdict {
        status: solution.status.as_str(),
        violations: report.violations,
        claims: claim.untrue.clone(),
        claim,
        terms,
        justifications: report.justifications,
        notes,
    }
}

/// Every row of an objective by its code: the registry's terms, the balance terms over other
/// attributes (`balance/ATTRIBUTE/SIDE`), then `total`.
pub(crate) fn rows(o: &Objective) -> Vec<(String, f64)> {
    let mut out: Vec<(String, f64)> = (Term::ALL.iter())
        .map(|&t| (t.name().to_string(), t.value_in(o)))
        .collect();
    out.extend(
        (o.balance.iter()).map(|b| (crate::terms::balance_code(&b.attribute, b.over), b.value)),
    );
    out.push(("total".into(), o.total));
    out
}

/// The value of the row with this code (0 when the objective has none: a term it leaves out).
pub(crate) fn value_of(rows: &[(String, f64)], code: &str) -> f64 {
    rows.iter().find(|(c, _)| c == code).map_or(0.0, |r| r.1)
}

/// The name of an objective term (or `total`) for people, in the current language: what
/// `caravane check` prints where the JSON writes the term's name.
///
/// ```
/// use caravane::check::term_word;
/// use caravane::i18n::{scoped, Lang};
/// assert_eq!(term_word("zone_balance"), "équilibre des zones");
/// assert_eq!(scoped(Lang::En, || term_word("zone_balance")), "zone_balance");
/// ```
pub fn term_word(name: &str) -> String {
    let lang = crate::i18n::current();
    match Term::from_name(name) {
        // In English the files' names of the terms are the words, and match the JSON.
        Some(_) if lang == crate::i18n::Lang::En => name.to_string(),
        Some(term) => {
            // The report's name, in the lower case of a word within a line.
            let word = crate::term_words::term_name(term, lang);
            let mut letters = word.chars();
            letters.next().map_or(word.clone(), |first| {
                first.to_lowercase().chain(letters).collect()
            })
        }
        None if name == "total" => t!("check-term-total"),
        None => match crate::term_words::code_name(name, lang) {
            Some(word) => {
                let mut letters = word.chars();
                letters.next().map_or(word.clone(), |first| {
                    first.to_lowercase().chain(letters).collect()
                })
            }
            None => name.to_string(),
        },
    }
}

/// Whether the file's status says it holds a layout (`optimal` or `feasible`).
pub(crate) fn holds_layout(solution: &Solution) -> bool {
    matches!(solution.status, Status::Optimal | Status::Feasible)
}

/// Prints a section of broken rules or untrue claims: its heading, then each with its code.
fn section(f: &mut fmt::Formatter<'_>, heading: &str, list: &[Violation]) -> fmt::Result {
    writeln!(f, "{heading}")?;
    for v in list {
        writeln!(f, "  {v}")?;
    }
    Ok(())
}

/// `text` padded with spaces to `width` characters, on the right (`left`) or on the left.
fn pad(text: &str, width: usize, left: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(text.chars().count()));
    if left {
        format!("{text}{fill}")
    } else {
        format!("{fill}{text}")
    }
}

impl Verdict {
    /// The objective table: each term, in the file and recomputed, and whether they agree.
    fn table(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lang = i18n::current();
        let number = |x: f64| numbers::decimal(lang, x, 4);
        let rows: Vec<(String, String, String, String)> = self
            .terms
            .iter()
            .map(|t| {
                (
                    term_word(&t.term),
                    t.in_file.map_or("—".to_string(), number),
                    number(t.recomputed),
                    if t.agrees {
                        t!("check-table-ok")
                    } else {
                        t!("check-table-differs")
                    },
                )
            })
            .collect();
        let heads = [
            t!("check-table-objective"),
            t!("check-table-in-file"),
            t!("check-table-recomputed"),
        ];
        let chars = |s: &str| s.chars().count();
        let w0 = (rows.iter().map(|r| chars(&r.0) + 2))
            .chain([chars(&heads[0])])
            .max()
            .unwrap_or(0);
        let w1 = (rows.iter().map(|r| chars(&r.1)))
            .chain([chars(&heads[1]), 9])
            .max()
            .unwrap_or(0);
        let w2 = (rows.iter().map(|r| chars(&r.2)))
            .chain([chars(&heads[2]), 10])
            .max()
            .unwrap_or(0);
        writeln!(
            f,
            "{} {}   {}",
            pad(&heads[0], w0, true),
            pad(&heads[1], w1, false),
            pad(&heads[2], w2, false)
        )?;
        for (term, file, recomputed, agrees) in &rows {
            writeln!(
                f,
                "  {} {}   {}  {agrees}",
                pad(term, w0 - 2, true),
                pad(file, w1, false),
                pad(recomputed, w2, false)
            )?;
        }
        Ok(())
    }
}

impl fmt::Display for Verdict {
    /// The verdict for people: its frame in the current language, its sentences as they were
    /// made by [`verify`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for n in &self.notes {
            writeln!(f, "{}", t!("check-note", text = n))?;
        }
        let hard = if self.violations.is_empty() {
            t!("check-hard-kept")
        } else {
            t!("check-hard-broken", count = self.violations.len())
        };
        section(f, &hard, &self.violations)?;
        let claims = if self.claims.is_empty() {
            t!("check-claims-hold")
        } else {
            t!("check-claims-untrue", count = self.claims.len())
        };
        section(f, &claims, &self.claims)?;
        writeln!(
            f,
            "{}",
            t!("check-what-holds", claim = self.claim.headline())
        )?;
        if !self.terms.is_empty() {
            self.table(f)?;
        }
        if !self.justifications.is_empty() {
            writeln!(f, "{}", t!("check-why"))?;
            let lang = i18n::current();
            for j in &self.justifications {
                writeln!(
                    f,
                    "  [{} {}] {}",
                    term_word(&j.term),
                    numbers::decimal(lang, j.cost, 3),
                    j.text
                )?;
            }
        }
        writeln!(
            f,
            "{}",
            if self.passed() {
                t!("check-passed")
            } else {
                t!("check-failed")
            }
        )
    }
}

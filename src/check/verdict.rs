//! The verdict of `caravane check` on a solution file: the layout checked against the hard
//! rules, its objective compared with the file's term by term, what the file claims about
//! itself judged apart, and the honest claim that holds.

use crate::check::claims::{agrees, judge, Claim};
use crate::check::{check, Violation};
use crate::format::{Explanation, Problem, Solution, Status};
use crate::terms::Term;
use std::fmt;

/// One objective term: what the file says and what the layout gives.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TermCheck {
    /// The term's name.
    pub term: &'static str,
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
        notes.push(format!(
            "the solution names problem \"{}\", the stop file is \"{name}\"",
            solution.problem
        ));
    }
    let report = holds_layout(solution).then(|| check(problem, solution));
    let claim = judge(problem, solution, report.as_ref());
    let Some(report) = report else {
        if solution.assignments.is_empty() {
            notes.push(format!(
                "the file holds no layout (status {})",
                solution.status.as_str()
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
        notes.push(
            "the file holds no timetable: the stands are checked, the session terms count 0".into(),
        );
    }
    let o = &report.objective;
    let f = solution.objective.as_ref();
    let terms = Term::ALL
        .iter()
        .map(|&t| (t.name(), t.value_in(o), f.map(|x| t.value_in(x))))
        .chain([("total", o.total, f.map(|x| x.total))])
        .map(|(term, recomputed, in_file)| TermCheck {
            term,
            in_file,
            recomputed,
            agrees: in_file.is_none_or(|x| agrees(x, recomputed)),
        })
        .collect();
    if f.is_none() {
        notes.push("the file gives no objective: the recomputed values stand alone".into());
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

/// Whether the file's status says it holds a layout (`optimal` or `feasible`).
pub(crate) fn holds_layout(solution: &Solution) -> bool {
    matches!(solution.status, Status::Optimal | Status::Feasible)
}

/// Prints a section of broken rules or untrue claims: its title, then each with its code.
fn section(
    f: &mut fmt::Formatter<'_>,
    title: &str,
    fine: &str,
    wrong: &str,
    list: &[Violation],
) -> fmt::Result {
    if list.is_empty() {
        return writeln!(f, "{title}: {fine}");
    }
    writeln!(f, "{title}: {} {wrong}", list.len())?;
    for v in list {
        writeln!(f, "  {v}")?;
    }
    Ok(())
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for n in &self.notes {
            writeln!(f, "note: {n}")?;
        }
        section(
            f,
            "hard constraints",
            "all kept",
            "broken",
            &self.violations,
        )?;
        section(f, "claims", "all hold", "do not hold", &self.claims)?;
        writeln!(f, "what holds: {}", self.claim.headline())?;
        if !self.terms.is_empty() {
            writeln!(f, "objective          in file   recomputed")?;
            for t in &self.terms {
                let file = t.in_file.map_or("—".to_string(), |x| format!("{x:.4}"));
                writeln!(
                    f,
                    "  {:<16} {:>9} {:>12.4}  {}",
                    t.term,
                    file,
                    t.recomputed,
                    if t.agrees { "ok" } else { "DIFFERS" }
                )?;
            }
        }
        if !self.justifications.is_empty() {
            writeln!(f, "why it costs what it costs:")?;
            for j in &self.justifications {
                writeln!(f, "  [{} {:.3}] {}", j.term, j.cost, j.text)?;
            }
        }
        writeln!(
            f,
            "{}",
            if self.passed() {
                "check passed"
            } else {
                "check FAILED"
            }
        )
    }
}

//! The verdict of `caravane check` on a solution file: the layout checked, its objective
//! compared with the file's term by term, and what the file claims about its own quality.

use crate::check::{check, Code, Violation};
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
    /// Broken rules: of the layout, then of the file's claims about its quality.
    pub violations: Vec<Violation>,
    /// Each objective term, file against recomputed.
    pub terms: Vec<TermCheck>,
    /// Every cost with its reason.
    pub justifications: Vec<Explanation>,
    /// Remarks that do not fail the check.
    pub notes: Vec<String>,
}

impl Verdict {
    /// True when the layout keeps every hard constraint and its objective is reproduced.
    pub fn passed(&self) -> bool {
        self.violations.is_empty() && self.terms.iter().all(|t| t.agrees)
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
    if matches!(solution.status, Status::Infeasible | Status::Unknown) {
        return without_layout(solution, notes);
    }
    let report = check(problem, solution);
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
            agrees: in_file
                .is_none_or(|x| (x - recomputed).abs() <= 1e-6 * recomputed.abs().max(1.0)),
        })
        .collect();
    if f.is_none() {
        notes.push("the file gives no objective: the recomputed values stand alone".into());
    }
    let mut violations = report.violations;
    violations.extend(status_claims(solution, o.total));
    Verdict {
        status: solution.status.as_str(),
        violations,
        terms,
        justifications: report.justifications,
        notes,
    }
}

/// The verdict on a file whose status says it holds no layout: it must hold no assignments.
fn without_layout(solution: &Solution, mut notes: Vec<String>) -> Verdict {
    let status = solution.status.as_str();
    let mut violations = Vec::new();
    if solution.assignments.is_empty() {
        notes.push(format!("the file holds no layout (status {status})"));
    } else {
        violations.push(Violation::new(
            Code::UnexpectedLayout,
            format!(
                "the status is {status} but the file holds {} assignments",
                solution.assignments.len()
            ),
        ));
    }
    Verdict {
        status,
        violations,
        terms: vec![],
        justifications: solution.explanations.clone(),
        notes,
    }
}

/// What the file claims about its own quality must hold: the bound is at most the total, the
/// gap follows the format's formula, and `optimal` means a gap of at most 1e-6.
fn status_claims(solution: &Solution, total: f64) -> Vec<Violation> {
    let mut out = Vec::new();
    let (Some(bound), Some(gap)) = (solution.bound, solution.gap) else {
        if solution.status == Status::Optimal || solution.status == Status::Feasible {
            out.push(Violation::new(
                Code::NoBound,
                format!(
                    "the status is {} but the file gives no bound or gap",
                    solution.status.as_str()
                ),
            ));
        }
        return out;
    };
    let tol = 1e-6 * total.abs().max(1.0);
    if bound > total + tol {
        out.push(Violation::new(
            Code::BoundAboveTotal,
            format!("the bound {bound} is above the layout's total {total}: no layout can cost less than itself"),
        ));
    }
    let expected = if total.abs() < 1e-9 && bound.abs() < 1e-9 {
        0.0
    } else {
        (total - bound) / total.abs()
    };
    if (gap - expected).abs() > 1e-6 {
        out.push(Violation::new(
            Code::WrongGap,
            format!("the gap {gap} does not follow from the total {total} and the bound {bound} (it should be {expected})"),
        ));
    }
    if solution.status == Status::Optimal && gap > 1e-6 {
        out.push(Violation::new(
            Code::OptimalWithGap,
            format!("the status is optimal but the gap is {gap}"),
        ));
    }
    out
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for n in &self.notes {
            writeln!(f, "note: {n}")?;
        }
        if self.violations.is_empty() {
            writeln!(f, "hard constraints: all kept")?;
        } else {
            writeln!(f, "hard constraints: {} broken", self.violations.len())?;
            for v in &self.violations {
                writeln!(f, "  {v}")?;
            }
        }
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

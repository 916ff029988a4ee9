//! What a solution file claims about itself — its objective, status, bound and gap, and the
//! stop it was made for — against what holds for the layout it holds now, and the one honest
//! claim every view shows.
//!
//! A bound in a solution file is a bound over *every* layout of the stop: it does not depend on
//! the layout, so it still holds after the layout was changed by hand, as long as the stop file
//! is the one the solution was made for. When the stop file changed (the solution's
//! fingerprint differs), no bound is claimed. A file made before Caravane wrote fingerprints
//! says nothing of its stop: its bound is taken as this stop's, and a note says so.

use crate::check::{fingerprint, CheckReport, Code, Violation};
use crate::format::{Objective, Problem, Solution, Status};
use crate::terms::Term;
use serde::Serialize;

/// The gap at or under which a layout is proven optimal (the solution format's 1e-6).
pub const OPTIMAL_GAP: f64 = 1e-6;

/// What can truthfully be said of a solution's quality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    /// A valid layout whose total meets a bound proven for this very stop.
    Optimal,
    /// A valid layout; the gap to the proven bound, when one holds, says how far it may be from
    /// the best.
    Feasible,
    /// The layout breaks hard rules of the stop: no quality is claimed.
    BreaksRules,
    /// The file says the stop has no layout.
    Infeasible,
    /// The file says the search stopped before it found a layout.
    Unknown,
}

impl Standing {
    /// The word shown to people (and the CSS class of the report's badge).
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Optimal => "optimal",
            Standing::Feasible => "feasible",
            Standing::BreaksRules => "breaks-rules",
            Standing::Infeasible => "infeasible",
            Standing::Unknown => "unknown",
        }
    }
}

/// Whether the stop file is the one the solution was made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemMatch {
    /// The solution's fingerprint is this stop file's.
    Same,
    /// The solution was made for another content of the stop file.
    Changed,
    /// The solution does not record its stop (a file made before fingerprints).
    NotRecorded,
}

/// The honest claim about a solution, derived by the checker from the layout as it is now.
///
/// Every place that shows a status — `solve`'s summary, `check`, the floor plan, the report,
/// `move` and `swap` — shows this, never the file's own words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// What can be said.
    pub status: Standing,
    /// The layout's total, recomputed (None without a layout).
    pub total: Option<f64>,
    /// The stop's proven bound, when one holds for this stop.
    pub bound: Option<f64>,
    /// `(total − bound) / |total|` from the recomputed total, when a bound holds.
    pub gap: Option<f64>,
    /// The file's objective is not what its layout costs under the stop file as it is now.
    pub objective_differs: bool,
    /// The layout was changed since it was solved: its objective differs while the stop file
    /// is the one it was solved for.
    pub changed_by_hand: bool,
    /// Whether the stop file is the one the solution was made for.
    pub problem: ProblemMatch,
    /// The status the file claims.
    pub claimed: Status,
    /// What the file claims that does not hold, each with a claim code.
    #[serde(skip)]
    pub untrue: Vec<Violation>,
    /// Remarks that do not make a claim untrue.
    #[serde(skip)]
    pub notes: Vec<String>,
    /// How many hard rules the layout breaks.
    #[serde(skip)]
    broken_rules: usize,
}

/// Whether a value in the file agrees with the recomputed one (within 1e-6, relative).
pub(crate) fn agrees(in_file: f64, recomputed: f64) -> bool {
    (in_file - recomputed).abs() <= 1e-6 * recomputed.abs().max(1.0)
}

/// `(total − bound) / |total|`, 0 when both are 0, as the solution format defines the gap.
fn gap_of(total: f64, bound: f64) -> f64 {
    if total.abs() < 1e-9 {
        if bound <= total + 1e-9 {
            0.0
        } else {
            f64::INFINITY
        }
    } else {
        (total - bound) / total.abs()
    }
}

/// A figure for people: two decimals, none when whole.
pub fn figure(x: f64) -> String {
    let r = (x * 100.0).round() / 100.0;
    if r == r.trunc() {
        format!("{:.0}", r + 0.0)
    } else {
        format!("{r:.2}")
    }
}

/// A gap for people, in per cent.
pub fn percent(gap: f64) -> String {
    format!("{} %", figure(100.0 * gap))
}

/// The terms whose value in the file differs from the layout's, as `name file → layout`.
fn differing_terms(file: &Objective, layout: &Objective) -> Vec<String> {
    Term::ALL
        .iter()
        .map(|&t| (t.name(), t.value_in(file), t.value_in(layout)))
        .chain([("total", file.total, layout.total)])
        .filter(|&(_, f, r)| !agrees(f, r))
        .map(|(name, f, r)| format!("{name} {} → {}", figure(f), figure(r)))
        .collect()
}

/// Judges what a solution file claims about itself, given the checker's report on its layout
/// (None when its status says it holds none), and derives the honest claim.
pub(crate) fn judge(problem: &Problem, solution: &Solution, report: Option<&CheckReport>) -> Claim {
    let mut untrue = Vec::new();
    let mut notes = Vec::new();
    let matching = match &solution.problem_sha256 {
        None => ProblemMatch::NotRecorded,
        Some(f) if *f == fingerprint(problem) => ProblemMatch::Same,
        Some(_) => ProblemMatch::Changed,
    };
    match matching {
        ProblemMatch::Changed => untrue.push(Violation::new(
            Code::ProblemChanged,
            "the stop file changed since this solution was made (its fingerprint differs): \
             what the file says of its quality — status, bound, gap — was proven for another \
             stop, and no bound is claimed for this one"
                .into(),
        )),
        ProblemMatch::NotRecorded => notes.push(
            "the file does not record which stop file it was made for (it has no \
             problem_sha256: an earlier Caravane wrote it), so what it says of its quality is \
             taken as said of this stop, and whether the stop changed since is not known"
                .into(),
        ),
        ProblemMatch::Same => {}
    }
    let claimed = solution.status;
    let Some(report) = report else {
        if !solution.assignments.is_empty() {
            untrue.push(Violation::new(
                Code::UnexpectedLayout,
                format!(
                    "the status is {} but the file holds {} assignments",
                    claimed.as_str(),
                    solution.assignments.len()
                ),
            ));
        }
        return Claim {
            status: if claimed == Status::Infeasible {
                Standing::Infeasible
            } else {
                Standing::Unknown
            },
            total: None,
            bound: None,
            gap: None,
            objective_differs: false,
            changed_by_hand: false,
            problem: matching,
            claimed,
            untrue,
            notes,
            broken_rules: 0,
        };
    };
    let total = report.objective.total;
    let valid = report.is_valid();
    let believed = matching != ProblemMatch::Changed;
    let own = solution.objective.as_ref();
    let changed: Vec<String> = own.map_or(vec![], |o| differing_terms(o, &report.objective));
    let objective_differs = !changed.is_empty();
    if objective_differs {
        let why = match matching {
            ProblemMatch::Same => "the layout was changed since it was solved",
            ProblemMatch::Changed => "the stop file changed since",
            ProblemMatch::NotRecorded => "the layout or the stop file was changed since",
        };
        untrue.push(Violation::new(
            Code::ObjectiveDiffers,
            format!(
                "the file's objective is not what its layout costs under this stop file ({}): \
                 {why}",
                changed.join(", ")
            ),
        ));
    }
    let (bound, gap) = (solution.bound, solution.gap);
    let tol = 1e-6 * total.abs().max(1.0);
    let holding = bound.filter(|_| believed && valid);
    let honest_bound = match holding {
        Some(b) if b > total + tol => {
            untrue.push(Violation::new(
                Code::BoundAboveTotal,
                format!(
                    "the bound {b} is above the layout's total {total}: no layout can cost less \
                     than the proven bound, so the bound is wrong"
                ),
            ));
            None
        }
        b => b,
    };
    untrue.extend(inconsistent(solution, own.map_or(total, |o| o.total)));
    let honest_gap = honest_bound.map(|b| gap_of(total, b).max(0.0));
    let status = if !valid {
        Standing::BreaksRules
    } else if honest_gap.is_some_and(|g| g <= OPTIMAL_GAP) {
        Standing::Optimal
    } else {
        Standing::Feasible
    };
    if objective_differs && believed && valid {
        untrue.extend(stale(claimed, gap, status, total, honest_bound, honest_gap));
    }
    Claim {
        status,
        total: Some(total),
        bound: honest_bound,
        gap: honest_gap,
        objective_differs,
        changed_by_hand: objective_differs && matching == ProblemMatch::Same,
        problem: matching,
        claimed,
        untrue,
        notes,
        broken_rules: report.violations.len(),
    }
}

/// What the file's status, bound and gap say that does not hold together, given the file's
/// own total: a status with a layout but no bound or gap, a gap that does not follow from the
/// total and the bound, `optimal` with a gap.
fn inconsistent(solution: &Solution, own_total: f64) -> Vec<Violation> {
    let mut out = Vec::new();
    let (claimed, bound, gap) = (solution.status, solution.bound, solution.gap);
    if bound.is_none() || gap.is_none() {
        out.push(Violation::new(
            Code::NoBound,
            format!(
                "the status is {} but the file gives no bound or gap",
                claimed.as_str()
            ),
        ));
    }
    if let (Some(b), Some(g)) = (bound, gap) {
        let expected = gap_of(own_total, b);
        if (g - expected).abs() > 1e-6 {
            out.push(Violation::new(
                Code::WrongGap,
                format!(
                    "the gap {g} does not follow from the file's total {own_total} and its bound \
                     {b} (it should be {expected})"
                ),
            ));
        }
    }
    if let Some(g) = gap.filter(|&g| claimed == Status::Optimal && g > OPTIMAL_GAP) {
        out.push(Violation::new(
            Code::OptimalWithGap,
            format!("the status is optimal but the gap is {g}"),
        ));
    }
    out
}

/// The status or gap the file claims, when it held for the layout the file was solved with
/// but not for the layout it holds now.
fn stale(
    claimed: Status,
    gap: Option<f64>,
    status: Standing,
    total: f64,
    bound: Option<f64>,
    honest_gap: Option<f64>,
) -> Option<Violation> {
    let now = match (bound, honest_gap) {
        (Some(b), Some(h)) => format!(
            "the layout now costs {}, {} above the proven bound {}",
            figure(total),
            percent(h),
            figure(b)
        ),
        _ => format!(
            "the layout now costs {}, and no bound holds for it",
            figure(total)
        ),
    };
    let text = if claimed == Status::Optimal && status != Standing::Optimal {
        format!(
            "the file's status (best possible, gap 0) held for the layout it was solved with, \
             not for this one: {now}"
        )
    } else if matches!((gap, honest_gap), (Some(g), Some(h)) if (g - h).abs() > 1e-6) {
        format!(
            "the file's gap of {} held for the layout it was solved with: {now}",
            percent(gap.unwrap_or(0.0))
        )
    } else {
        return None;
    };
    Some(Violation::new(Code::StaleClaim, text))
}

impl Claim {
    /// Whether everything the file claims about itself holds.
    pub fn holds(&self) -> bool {
        self.untrue.is_empty()
    }

    /// The claim in one line: the status, the total, the proven bound and the gap, then what
    /// happened since the solution was made. For example `feasible — objective 13.30, proven
    /// bound 12.30, gap 7.52 % — changed by hand since it was solved`.
    pub fn headline(&self) -> String {
        match self.since() {
            Some(what) => format!("{} — {what}", self.summary()),
            None => self.summary(),
        }
    }

    /// The status and the figures, without what happened since: `feasible — objective 13.30,
    /// proven bound 12.30, gap 7.52 %`.
    pub fn summary(&self) -> String {
        format!(
            "{} — {}",
            self.status.as_str().replace('-', " "),
            self.figures()
        )
    }

    /// The figures of the claim: the total, the bound and the gap, or why there are none.
    pub fn figures(&self) -> String {
        match (self.status, self.total, self.bound, self.gap) {
            (Standing::Infeasible, ..) => "no layout keeps every rule of the stop".into(),
            (Standing::Unknown, ..) => "no layout was found within the limits".into(),
            (Standing::BreaksRules, Some(t), ..) => format!(
                "objective {}, but the layout breaks {} rule(s) of the stop",
                figure(t),
                self.broken_rules
            ),
            (_, Some(t), Some(b), Some(g)) => format!(
                "objective {}, proven bound {}, gap {}",
                figure(t),
                figure(b),
                percent(g)
            ),
            (_, Some(t), ..) => format!("objective {}, no proven bound", figure(t)),
            (_, None, ..) => "no layout".into(),
        }
    }

    /// What happened since the solution was made, in words: changed by hand, made for another
    /// content of the stop file (None when neither is known).
    pub fn since(&self) -> Option<&'static str> {
        match (self.problem, self.objective_differs) {
            (ProblemMatch::Changed, _) => {
                Some("the stop file changed since this solution was made")
            }
            (ProblemMatch::Same, true) => Some("changed by hand since it was solved"),
            (ProblemMatch::NotRecorded, true) => {
                Some("the layout or the stop file was changed since it was solved")
            }
            (_, false) => None,
        }
    }

    /// A warning for the top of a page, when the file claims what does not hold; a sentence
    /// without its full stop.
    pub fn warning(&self) -> Option<String> {
        if self.holds() {
            return None;
        }
        Some(capitalised(&match self.since() {
            None => "the solution file claims what does not hold (see caravane check)".to_string(),
            Some(what) => format!("{what}: what the file claimed no longer holds"),
        }))
    }

    /// What the claim proves, in a sentence or two.
    pub fn meaning(&self) -> String {
        match (self.status, self.bound, self.gap) {
            (Standing::Optimal, ..) => {
                "No layout of this stop can score better under these rules: Caravane proved it."
                    .into()
            }
            (Standing::Feasible, Some(b), Some(g)) => format!(
                "No layout of this stop can score below the proven bound {}; this one is {} above \
                 it, so it is not proven the best.",
                figure(b),
                percent(g)
            ),
            (Standing::Feasible, ..) if self.problem == ProblemMatch::Changed => {
                "The stop file changed since this solution was made: every cost is recomputed \
                 for the stop as it is now, but no bound is known for it, so how far this layout \
                 is from the best is not known. Solve again to know."
                    .into()
            }
            (Standing::Feasible, ..) => {
                "No bound is known for this stop: how far this layout is from the best is not \
                 known."
                    .into()
            }
            (Standing::BreaksRules, ..) => format!(
                "This layout breaks {} rule(s) of the stop: it cannot be used as it is, and \
                 nothing is claimed about its quality.",
                self.broken_rules
            ),
            (Standing::Infeasible, ..) => {
                "The solution file says that no layout keeps every rule of this stop.".into()
            }
            (Standing::Unknown, ..) => "The search stopped before it found any layout.".into(),
        }
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

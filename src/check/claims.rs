//! What a solution file claims about itself — its objective, status, bound and gap, and the
//! stop it was made for — against what holds for the layout it holds now, and the one honest
//! claim every view shows.
//!
//! A bound in a solution file is a bound over *every* layout of the stop: it does not depend on
//! the layout, so it still holds after the layout was changed by hand, as long as the stop file
//! is the one the solution was made for. When the stop file changed (the solution's
//! fingerprint differs), no bound is claimed. A file made before Caravane wrote fingerprints
//! says nothing of its stop: its bound is taken as this stop's, and a note says so.

use crate::check::reading::comma_list;
use crate::check::verdict::{rows, value_of};
use crate::check::{fingerprint, term_word, CheckReport, Code, Violation};
use crate::format::{Objective, Problem, Solution, Status};
use crate::i18n::{self, numbers, Lang};
use crate::{t, tl};
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
    /// The stable, kebab-case name (the CSS class of the report's badge, and the JSON value).
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Optimal => "optimal",
            Standing::Feasible => "feasible",
            Standing::BreaksRules => "breaks-rules",
            Standing::Infeasible => "infeasible",
            Standing::Unknown => "unknown",
        }
    }

    /// The word shown to people, in `lang`.
    ///
    /// ```
    /// use caravane::check::Standing;
    /// use caravane::i18n::Lang;
    /// assert_eq!(Standing::Feasible.word(Lang::Fr), "réalisable");
    /// assert_eq!(Standing::BreaksRules.word(Lang::En), "breaks rules");
    /// ```
    pub fn word(self, lang: Lang) -> String {
        match self {
            Standing::Optimal => tl!(lang, "check-standing-optimal"),
            Standing::Feasible => tl!(lang, "check-standing-feasible"),
            Standing::BreaksRules => tl!(lang, "check-standing-breaks-rules"),
            Standing::Infeasible => tl!(lang, "check-standing-infeasible"),
            Standing::Unknown => tl!(lang, "check-standing-unknown"),
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

/// A figure for people in `lang`, as [`figure`]: two decimals, none when whole.
fn figure_in(lang: Lang, x: f64) -> String {
    numbers::two_or_none(lang, x)
}

/// A gap in per cent for people in `lang`, without its sign (the sentences put it).
fn percent_in(lang: Lang, gap: f64) -> String {
    figure_in(lang, 100.0 * gap)
}

/// The terms whose value in the file differs from the layout's, as `name file → layout`.
fn differing_terms(file: &Objective, layout: &Objective) -> Vec<String> {
    let lang = i18n::current();
    let in_file = rows(file);
    let mut codes: Vec<String> = in_file.iter().map(|r| r.0.clone()).collect();
    codes.extend(
        rows(layout)
            .into_iter()
            .map(|r| r.0)
            .filter(|c| !in_file.iter().any(|r| &r.0 == c)),
    );
    let recomputed = rows(layout);
    codes
        .into_iter()
        .map(|c| {
            let (f, r) = (value_of(&in_file, &c), value_of(&recomputed, &c));
            (c, f, r)
        })
        .filter(|(_, f, r)| !agrees(*f, *r))
        .map(|(name, f, r)| {
            t!(
                "check-claim-change",
                term = term_word(&name),
                in_file = figure_in(lang, f),
                recomputed = figure_in(lang, r)
            )
        })
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
            t!("check-claim-problem-changed"),
        )),
        ProblemMatch::NotRecorded => notes.push(t!("check-claim-not-recorded")),
        ProblemMatch::Same => {}
    }
    let claimed = solution.status;
    let Some(report) = report else {
        if !solution.assignments.is_empty() {
            untrue.push(Violation::new(
                Code::UnexpectedLayout,
                t!(
                    "check-claim-unexpected-layout",
                    status = claimed.as_str(),
                    count = solution.assignments.len()
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
            ProblemMatch::Same => t!("check-claim-why-layout"),
            ProblemMatch::Changed => t!("check-claim-why-stop"),
            ProblemMatch::NotRecorded => t!("check-claim-why-either"),
        };
        untrue.push(Violation::new(
            Code::ObjectiveDiffers,
            t!(
                "check-claim-objective-differs",
                changes = comma_list(&changed),
                why = why
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
                t!("check-claim-bound-above-total", bound = b, total = total),
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
            t!("check-claim-no-bound", status = claimed.as_str()),
        ));
    }
    if let (Some(b), Some(g)) = (bound, gap) {
        let expected = gap_of(own_total, b);
        if (g - expected).abs() > 1e-6 {
            out.push(Violation::new(
                Code::WrongGap,
                t!(
                    "check-claim-wrong-gap",
                    gap = g,
                    total = own_total,
                    bound = b,
                    expected = expected
                ),
            ));
        }
    }
    if let Some(g) = gap.filter(|&g| claimed == Status::Optimal && g > OPTIMAL_GAP) {
        out.push(Violation::new(
            Code::OptimalWithGap,
            t!("check-claim-optimal-with-gap", gap = g),
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
    let lang = i18n::current();
    let now = match (bound, honest_gap) {
        (Some(b), Some(h)) => t!(
            "check-claim-now-bound",
            total = figure_in(lang, total),
            gap = percent_in(lang, h),
            bound = figure_in(lang, b)
        ),
        _ => t!("check-claim-now-no-bound", total = figure_in(lang, total)),
    };
    let text = if claimed == Status::Optimal && status != Standing::Optimal {
        t!("check-claim-stale-optimal", now = now)
    } else if matches!((gap, honest_gap), (Some(g), Some(h)) if (g - h).abs() > 1e-6) {
        t!(
            "check-claim-stale-gap",
            gap = percent_in(lang, gap.unwrap_or(0.0)),
            now = now
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

    /// [`Claim::headline_in`] the current language.
    pub fn headline(&self) -> String {
        self.headline_in(i18n::current())
    }

    /// The claim in one line: the status, the total, the proven bound and the gap, then what
    /// happened since the solution was made. For example `réalisable — objectif 13,30, borne
    /// prouvée 12,30, écart 7,52 % — modifié à la main depuis sa résolution`.
    pub fn headline_in(&self, lang: Lang) -> String {
        match self.since_in(lang) {
            Some(what) => format!("{} — {what}", self.summary_in(lang)),
            None => self.summary_in(lang),
        }
    }

    /// [`Claim::summary_in`] the current language.
    pub fn summary(&self) -> String {
        self.summary_in(i18n::current())
    }

    /// The status and the figures, without what happened since: `réalisable — objectif 13,30,
    /// borne prouvée 12,30, écart 7,52 %`.
    pub fn summary_in(&self, lang: Lang) -> String {
        format!("{} — {}", self.status.word(lang), self.figures_in(lang))
    }

    /// [`Claim::figures_in`] the current language.
    pub fn figures(&self) -> String {
        self.figures_in(i18n::current())
    }

    /// The figures of the claim: the total, the bound and the gap, or why there are none.
    pub fn figures_in(&self, lang: Lang) -> String {
        let fig = |x| figure_in(lang, x);
        match (self.status, self.total, self.bound, self.gap) {
            (Standing::Infeasible, ..) => tl!(lang, "check-figures-infeasible"),
            (Standing::Unknown, ..) => tl!(lang, "check-figures-unknown"),
            (Standing::BreaksRules, Some(t), ..) => tl!(
                lang,
                "check-figures-breaks",
                total = fig(t),
                count = self.broken_rules
            ),
            (_, Some(t), Some(b), Some(g)) => tl!(
                lang,
                "check-figures-bound",
                total = fig(t),
                bound = fig(b),
                gap = percent_in(lang, g)
            ),
            (_, Some(t), ..) => tl!(lang, "check-figures-no-bound", total = fig(t)),
            (_, None, ..) => tl!(lang, "check-figures-none"),
        }
    }

    /// [`Claim::since_in`] the current language.
    pub fn since(&self) -> Option<String> {
        self.since_in(i18n::current())
    }

    /// What happened since the solution was made, in words: changed by hand, made for another
    /// content of the stop file (None when neither is known).
    pub fn since_in(&self, lang: Lang) -> Option<String> {
        match (self.problem, self.objective_differs) {
            (ProblemMatch::Changed, _) => Some(tl!(lang, "check-since-changed")),
            (ProblemMatch::Same, true) => Some(tl!(lang, "check-since-by-hand")),
            (ProblemMatch::NotRecorded, true) => Some(tl!(lang, "check-since-either")),
            (_, false) => None,
        }
    }

    /// [`Claim::warning_in`] the current language.
    pub fn warning(&self) -> Option<String> {
        self.warning_in(i18n::current())
    }

    /// A warning for the top of a page, when the file claims what does not hold; a sentence
    /// without its full stop.
    pub fn warning_in(&self, lang: Lang) -> Option<String> {
        if self.holds() {
            return None;
        }
        Some(capitalised(&match self.since_in(lang) {
            None => tl!(lang, "check-warning-untrue"),
            Some(what) => tl!(lang, "check-warning-since", since = what),
        }))
    }

    /// [`Claim::meaning_in`] the current language.
    pub fn meaning(&self) -> String {
        self.meaning_in(i18n::current())
    }

    /// What the claim proves, in a sentence or two.
    pub fn meaning_in(&self, lang: Lang) -> String {
        match (self.status, self.bound, self.gap) {
            (Standing::Optimal, ..) => tl!(lang, "check-meaning-optimal"),
            (Standing::Feasible, Some(b), Some(g)) => tl!(
                lang,
                "check-meaning-feasible-bound",
                bound = figure_in(lang, b),
                gap = percent_in(lang, g)
            ),
            (Standing::Feasible, ..) if self.problem == ProblemMatch::Changed => {
                tl!(lang, "check-meaning-feasible-changed")
            }
            (Standing::Feasible, ..) => tl!(lang, "check-meaning-feasible-no-bound"),
            (Standing::BreaksRules, ..) => {
                tl!(lang, "check-meaning-breaks", count = self.broken_rules)
            }
            (Standing::Infeasible, ..) => tl!(lang, "check-meaning-infeasible"),
            (Standing::Unknown, ..) => tl!(lang, "check-meaning-unknown"),
        }
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

//! Solving the stand layout of a stop exactly.
//!
//! The objective splits in two: the clash term depends on who sits next to whom, the balance
//! terms (`zone_balance`, `prime_balance`, `empty_prime`) only on how many exhibitors of each
//! province sit in each zone and on prime stands. The solve runs in stages, each proving more:
//!
//! 1. **Can everyone be placed?** A maximum matching of exhibitors to admissible stands; if not,
//!    the deficient set of Hall's theorem explains why, in sentences.
//! 2. **Counts.** A small MILP ([`counts`]) over groups of interchangeable exhibitors and stands
//!    gives the least balance cost of any layout (with the rotation term of a tour's history,
//!    which depends only on the kind of stand each exhibitor gets): a lower bound on the whole
//!    objective.
//! 3. **Placement with those counts.** A local search ([`search`]) seats the exhibitors so that
//!    the counts are kept and clashes fall. If it reaches zero clashes, the layout meets the
//!    lower bound: it is proven optimal.
//! 4. **Least clash.** Otherwise a MILP without the balance terms ([`placement`]) proves the
//!    least clash any layout can have; the two lower bounds add up.
//! 5. **Whole model.** If a gap remains, the exact MILP of the whole stand objective, started
//!    from the best layout and told both bounds, closes it or reports how far it got.
//!
//! The status never claims more than is proven: `optimal` only when the best layout meets the
//! best bound within 1e-6. A time limit may cut any stage, the matching included: a stage that
//! finds the time spent is not started, and the best layout so far is kept with the bound proven
//! so far (never below 0: every term is 0 or more); without even a first layout the status is
//! `unknown`.
//!
//! The sessions are then planned given the stands ([`whole`], with the timetable model of
//! [`timetable`]), and the stands re-seated under the timetable while the whole objective
//! improves. Every stage takes its time and gap from one [`Budget`].

pub mod budget;
pub mod classes;
pub mod counts;
pub mod feasibility;
pub mod features;
pub mod greedy;
pub mod highs;
pub mod placement;
pub mod search;
mod stands;
pub mod timetable;
pub mod whole;

pub use budget::Budget;
pub use stands::solve_stands;

use crate::format::{Explanation, Status};

/// How to solve.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Seconds allowed in all (None: until proven optimal).
    pub time_limit: Option<f64>,
    /// Stop once the relative gap is at most this.
    pub gap: f64,
    /// HiGHS threads.
    pub threads: u32,
    /// Seed of the local search.
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            time_limit: None,
            gap: 1e-6,
            threads: 1,
            seed: 0,
        }
    }
}

/// Receives news of a long solve; the library never prints.
pub trait Progress {
    /// A stage starts or ends.
    fn stage(&self, _name: &str, _detail: &str) {}

    /// The best total found so far and the proven lower bound, when a stage of the stands
    /// changes either (the workbench shows them live; the command line does not).
    fn totals(&self, _best: f64, _bound: f64) {}
}

/// No news wanted.
impl Progress for () {}

/// What one stage did.
#[derive(Debug, Clone, PartialEq)]
pub struct StageReport {
    /// Name of the stage.
    pub name: &'static str,
    /// Variables of its model (0 for a non-MILP stage).
    pub variables: usize,
    /// Rows of its model.
    pub rows: usize,
    /// Seconds it took.
    pub seconds: f64,
    /// What it found.
    pub result: String,
}

/// The outcome of a solve.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Optimal, feasible, infeasible or unknown.
    pub status: Status,
    /// The stand of each exhibitor, when a layout was found.
    pub stand_of: Option<Vec<usize>>,
    /// The solver's value of the weighted objective for that layout.
    pub objective: Option<f64>,
    /// The best proven lower bound.
    pub bound: Option<f64>,
    /// Wall-clock seconds.
    pub seconds: f64,
    /// Why no layout exists, when infeasible.
    pub infeasible: Vec<Explanation>,
    /// The stages run.
    pub stages: Vec<StageReport>,
}

/// Relative gap as the solution format defines it.
pub fn relative_gap(total: f64, bound: f64) -> f64 {
    if total.abs() < 1e-9 && bound.abs() < 1e-9 {
        0.0
    } else {
        ((total - bound) / total.abs()).max(0.0)
    }
}

/// The gap under which a layout counts as proven optimal.
pub const OPTIMAL_GAP: f64 = 1e-6;

/// A figure of a stage's report, for people: at most four decimals, without trailing zeros
/// (`6.3`, not `6.2999999999999705`; `6,3` in French), or a word saying there is none.
pub fn figure(x: Option<f64>) -> String {
    match x {
        None => crate::t!("planning-none"),
        Some(x) => crate::i18n::numbers::number(crate::i18n::current(), x, 0, 4),
    }
}

/// The name of a stage of the solve for people (the reports keep the stage's own name, e.g.
/// `least-clash`, which is shown as it is when it has no other).
pub fn stage_label(name: &str) -> String {
    match name {
        "matching" => crate::t!("planning-stage-matching"),
        "counts" => crate::t!("planning-stage-counts"),
        "search" => crate::t!("planning-stage-search"),
        "least-clash" => crate::t!("planning-stage-least-clash"),
        "whole" => crate::t!("planning-stage-whole"),
        "timetable" => crate::t!("planning-stage-timetable"),
        "timetable-bound" => crate::t!("planning-stage-timetable-bound"),
        "re-seat" => crate::t!("planning-stage-re-seat"),
        other => other.to_string(),
    }
}

/// Items in a sentence: `a`, `a et b`, `a, b et c` (in the current language).
pub(crate) fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => crate::t!(
            "planning-list-and",
            head = head.join(&crate::t!("planning-list-comma")),
            last = last.as_str()
        ),
    }
}

/// Items in a sentence, joined with "or".
pub(crate) fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => crate::t!(
            "planning-list-or",
            head = head.join(&crate::t!("planning-list-comma")),
            last = last.as_str()
        ),
    }
}

/// At most `max` items separated by commas, then how many more there are.
pub(crate) fn list_at_most(items: impl Iterator<Item = String>, max: usize) -> String {
    let all: Vec<String> = items.collect();
    let comma = crate::t!("planning-list-comma");
    if all.len() <= max {
        all.join(&comma)
    } else {
        crate::t!(
            "planning-list-more",
            list = all[..max].join(&comma),
            more = all.len() - max
        )
    }
}

/// A name or a tag quoted the language's way: « eau », "water".
pub(crate) fn quoted(text: &str) -> String {
    crate::t!("planning-quoted", text = text)
}

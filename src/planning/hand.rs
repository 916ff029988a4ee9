//! Changes made by hand: one exhibitor moved to a free stand, or two exhibitors swapping
//! stands, with what the change costs term by term and why.
//!
//! A change is refused, with the checker's sentence, when it would break a hard rule that the
//! layout kept (a need, a pin, a forbidden stand); a move onto a taken stand is refused with the
//! advice to swap. The sessions keep their rooms and slots: the session terms are recomputed by
//! the checker for the new stands (`neighbour_watch` depends on who stands beside whom).
//!
//! The new solution claims no more than holds. Its bound is the stop's proven bound: the one
//! the old file gives when the old file was made for this very stop file (its fingerprint
//! matches), since a bound over every layout does not depend on the layout; otherwise the bound
//! the count model proves now over every layout of the stop. Its status is `optimal` only when
//! its total meets that bound, `feasible` otherwise, and its gap is recomputed. Its `seconds`
//! are 0: nothing was solved.

use crate::check::{check, claim, fingerprint, CheckReport, Claim, Violation};
use crate::format::{Assignment, Explanation, Problem, Solution, Status};
use crate::planning::solution::{tidy, tidy_number};
use crate::solve::counts::balance_bound;
use crate::solve::{relative_gap, OPTIMAL_GAP};
use crate::solve::{Budget, Options};
use crate::stop::model::Stop;
use std::fmt;

/// A change a planner makes by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change<'a> {
    /// An exhibitor moves to a free stand.
    Move {
        /// The exhibitor's id.
        exhibitor: &'a str,
        /// The stand's id.
        to: &'a str,
    },
    /// Two exhibitors swap stands.
    Swap {
        /// One exhibitor's id.
        first: &'a str,
        /// The other's.
        second: &'a str,
    },
}

/// Why a change is refused; nothing is changed.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The solution holds no layout to change.
    NoLayout(Status),
    /// The stop has no exhibitor of that id.
    UnknownExhibitor(String),
    /// The square has no stand of that id.
    UnknownStand(String),
    /// The exhibitor has no stand in the solution (a swap needs both placed).
    NotPlaced(String),
    /// The exhibitor is on that stand already.
    AlreadyThere {
        /// The exhibitor.
        exhibitor: String,
        /// Its stand.
        stand: String,
    },
    /// An exhibitor cannot swap with itself.
    SameExhibitor(String),
    /// Someone else has the stand: swap the two instead.
    Taken {
        /// The exhibitor to move.
        exhibitor: String,
        /// The stand asked for.
        stand: String,
        /// Who has it (id).
        by: String,
        /// Who has it, for people.
        by_name: String,
    },
    /// The change would break hard rules the layout keeps (the checker's sentences).
    Breaks(Vec<Violation>),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Refusal::NoLayout(s) => {
                crate::t!("planning-hand-no-layout", status = super::status_word(*s))
            }
            Refusal::UnknownExhibitor(id) => {
                crate::t!("planning-no-such-exhibitor", id = id.as_str())
            }
            Refusal::UnknownStand(id) => crate::t!("planning-hand-no-such-stand", id = id.as_str()),
            Refusal::NotPlaced(id) => crate::t!("planning-hand-not-placed", id = id.as_str()),
            Refusal::AlreadyThere { exhibitor, stand } => crate::t!(
                "planning-hand-already-there",
                id = exhibitor.as_str(),
                stand = stand.as_str()
            ),
            Refusal::SameExhibitor(id) => crate::t!("planning-hand-same", id = id.as_str()),
            Refusal::Taken {
                exhibitor,
                stand,
                by,
                by_name,
            } => crate::t!(
                "planning-hand-taken",
                stand = stand.as_str(),
                by_name = by_name.as_str(),
                by = by.as_str(),
                id = exhibitor.as_str()
            ),
            Refusal::Breaks(v) => {
                let sentences: Vec<String> = v.iter().map(ToString::to_string).collect();
                crate::t!("planning-hand-breaks", rules = sentences.join("; "))
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Refusal {}

/// One objective term before and after the change.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TermChange {
    /// The term's code (`zone_balance`, `balance/women_led/prime`…; `total` for the weighted
    /// total).
    pub term: String,
    /// Its raw value before.
    pub before: f64,
    /// Its raw value after.
    pub after: f64,
    /// Its weight (1 for the total).
    pub weight: f64,
    /// What the change costs through this term: `weight × (after − before)`.
    pub change: f64,
}

/// One exhibitor's stand before and after.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StandMove {
    /// The exhibitor's id.
    pub exhibitor: String,
    /// Its stand before (None: it had none).
    pub from: Option<String>,
    /// Its stand after.
    pub to: String,
}

/// A change made, with what it costs and why.
#[derive(Debug, Clone)]
pub struct Handed {
    /// The new solution, ready to write.
    pub solution: Solution,
    /// Who changed stand.
    pub moves: Vec<StandMove>,
    /// Every objective term that changed, then the total (always).
    pub terms: Vec<TermChange>,
    /// The costs the change removes (the checker's justifications of the old layout that the
    /// new one has not).
    pub gone: Vec<Explanation>,
    /// The costs the change brings (the new layout's justifications the old one had not).
    pub new: Vec<Explanation>,
    /// The honest claim about the new solution.
    pub claim: Claim,
    /// Remarks: where the bound comes from, the sessions, rules broken before the change.
    pub notes: Vec<String>,
}

/// Applies a change by hand to a solution of stop `name`.
///
/// # Errors
/// A [`Refusal`] saying why the change cannot be made; nothing is changed.
pub fn apply(
    name: &str,
    problem: &Problem,
    old: &Solution,
    change: Change,
) -> Result<Handed, Refusal> {
    if !matches!(old.status, Status::Optimal | Status::Feasible) {
        return Err(Refusal::NoLayout(old.status));
    }
    let mut new = old.clone();
    let moves = match change {
        Change::Move { exhibitor, to } => move_to(problem, &mut new, exhibitor, to)?,
        Change::Swap { first, second } => swap(problem, &mut new, first, second)?,
    };
    let before = check(problem, old);
    let after = check(problem, &new);
    let kept_before = |v: &Violation| before.violations.contains(v);
    let broken: Vec<Violation> = (after.violations.iter())
        .filter(|v| !kept_before(v))
        .cloned()
        .collect();
    if !broken.is_empty() {
        return Err(Refusal::Breaks(broken));
    }
    let stop = Stop::new(name, problem);
    let mut notes = Vec::new();
    let total = after.objective.total;
    let print = fingerprint(problem);
    let carried = old
        .bound
        .filter(|_| old.problem_sha256.as_deref() == Some(print.as_str()))
        .filter(|&b| b <= total + 1e-6 * total.abs().max(1.0));
    let bound = match carried {
        Some(b) => {
            notes.push(crate::t!("planning-hand-bound-carried"));
            b
        }
        None => {
            notes.push(if old.problem_sha256.is_none() {
                crate::t!("planning-hand-bound-unrecorded")
            } else if old.problem_sha256.as_deref() != Some(print.as_str()) {
                crate::t!("planning-hand-bound-stop-changed")
            } else {
                crate::t!("planning-hand-bound-none-holds")
            });
            bound_over_every_layout(&stop)
        }
    };
    if !new.sessions.is_empty() {
        notes.push(crate::t!("planning-hand-sessions-kept"));
    }
    if !after.violations.is_empty() {
        notes.push(crate::t!(
            "planning-hand-broken-before",
            count = after.violations.len(),
            rules = (after.violations.iter())
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
    let objective = tidy(after.objective.clone());
    let bound = tidy_number(bound.min(objective.total));
    let gap = tidy_number(relative_gap(objective.total, bound));
    new.problem = name.to_string();
    new.problem_sha256 = Some(print);
    new.status = if gap <= OPTIMAL_GAP {
        Status::Optimal
    } else {
        Status::Feasible
    };
    new.objective = Some(objective);
    new.bound = Some(bound);
    new.gap = Some(gap);
    new.explanations = after.justifications.clone();
    new.seconds = 0.0;
    Ok(Handed {
        terms: term_changes(&stop, &before, &after),
        gone: missing_from(&before.justifications, &after.justifications),
        new: missing_from(&after.justifications, &before.justifications),
        claim: claim(problem, &new),
        solution: new,
        moves,
        notes,
    })
}

/// The index of an exhibitor's first assignment, after checking the stop has it.
fn placed(problem: &Problem, s: &Solution, exhibitor: &str) -> Result<Option<usize>, Refusal> {
    if !problem.exhibitors.iter().any(|x| x.id == exhibitor) {
        return Err(Refusal::UnknownExhibitor(exhibitor.into()));
    }
    Ok(s.assignments.iter().position(|a| a.exhibitor == exhibitor))
}

/// Moves an exhibitor to a free stand (giving it one when it had none).
fn move_to(
    problem: &Problem,
    s: &mut Solution,
    exhibitor: &str,
    to: &str,
) -> Result<Vec<StandMove>, Refusal> {
    let at = placed(problem, s, exhibitor)?;
    if !problem.stands.iter().any(|x| x.id == to) {
        return Err(Refusal::UnknownStand(to.into()));
    }
    let from = at.map(|i| s.assignments[i].stand.clone());
    if from.as_deref() == Some(to) {
        return Err(Refusal::AlreadyThere {
            exhibitor: exhibitor.into(),
            stand: to.into(),
        });
    }
    if let Some(other) = s.assignments.iter().find(|a| a.stand == to) {
        let by_name = (problem.exhibitors.iter())
            .find(|x| x.id == other.exhibitor)
            .map_or(other.exhibitor.clone(), |x| x.name.clone());
        return Err(Refusal::Taken {
            exhibitor: exhibitor.into(),
            stand: to.into(),
            by: other.exhibitor.clone(),
            by_name,
        });
    }
    match at {
        Some(i) => s.assignments[i].stand = to.into(),
        None => s.assignments.push(Assignment {
            exhibitor: exhibitor.into(),
            stand: to.into(),
        }),
    }
    Ok(vec![StandMove {
        exhibitor: exhibitor.into(),
        from,
        to: to.into(),
    }])
}

/// Swaps the stands of two placed exhibitors.
fn swap(
    problem: &Problem,
    s: &mut Solution,
    first: &str,
    second: &str,
) -> Result<Vec<StandMove>, Refusal> {
    let a = placed(problem, s, first)?.ok_or(Refusal::NotPlaced(first.into()))?;
    let b = placed(problem, s, second)?.ok_or(Refusal::NotPlaced(second.into()))?;
    if a == b {
        return Err(Refusal::SameExhibitor(first.into()));
    }
    let (sa, sb) = (
        s.assignments[a].stand.clone(),
        s.assignments[b].stand.clone(),
    );
    s.assignments[a].stand = sb.clone();
    s.assignments[b].stand = sa.clone();
    Ok(vec![
        StandMove {
            exhibitor: first.into(),
            from: Some(sa.clone()),
            to: sb.clone(),
        },
        StandMove {
            exhibitor: second.into(),
            from: Some(sb),
            to: sa,
        },
    ])
}

/// Every term that changed, then the total.
fn term_changes(stop: &Stop, before: &CheckReport, after: &CheckReport) -> Vec<TermChange> {
    let (b, a) = (&before.objective, &after.objective);
    let mut out: Vec<TermChange> = (stop.weights.rows(b).into_iter())
        .zip(stop.weights.rows(a))
        .filter(|(x, y)| (x.raw - y.raw).abs() > 1e-9)
        .map(|(x, y)| TermChange {
            term: x.code,
            before: tidy_number(x.raw),
            after: tidy_number(y.raw),
            weight: x.weight,
            change: tidy_number(x.weight * (y.raw - x.raw)),
        })
        .collect();
    out.push(TermChange {
        term: "total".into(),
        before: tidy_number(b.total),
        after: tidy_number(a.total),
        weight: 1.0,
        change: tidy_number(a.total - b.total),
    });
    out
}

/// The justifications of `these` that `those` has not, as a planner reads them: by term, cost
/// and sentence (each counted as often as it appears).
fn missing_from(these: &[Explanation], those: &[Explanation]) -> Vec<Explanation> {
    let same = |a: &Explanation, b: &Explanation| {
        a.term == b.term && a.text == b.text && (a.cost - b.cost).abs() <= 1e-9
    };
    let mut left: Vec<&Explanation> = those.iter().collect();
    these
        .iter()
        .filter(|j| match left.iter().position(|k| same(k, j)) {
            Some(i) => {
                left.swap_remove(i);
                false
            }
            None => true,
        })
        .cloned()
        .collect()
}

/// A bound on the objective of every layout of the stop: the least balance (and rotation) cost
/// the count model proves; every other term is at least 0.
fn bound_over_every_layout(stop: &Stop) -> f64 {
    let budget = Budget::start(&Options::default());
    balance_bound(stop, budget.bound_over_every_layout())
}

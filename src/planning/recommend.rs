//! The best free stands for one more exhibitor, everyone else kept where they are.
//!
//! Every free stand the newcomer may take is tried with everyone else kept, under the programme
//! of the given solution, and the whole objective is recomputed by the checker: the candidates
//! are ranked by it, ties by the stands' order. A re-plan with no move seats a single newcomer by
//! this same ranking under its own timetable, so while it keeps the announced programme both
//! give the same stand and the same total.

use super::moves::as_far_as_it_applies;
use super::solution::{check_solution, tidy_number};
use crate::format::{Assignment, Explanation, Objective, Problem, Solution};
use crate::stop::model::Stop;
use crate::terms::Term;
use std::collections::BTreeSet;

/// One free stand for a newcomer, with what it would cost.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Candidate {
    /// Stand id.
    pub stand: String,
    /// Zone, if any.
    pub zone: Option<String>,
    /// Whether it is prime.
    pub prime: bool,
    /// The whole objective with the newcomer there.
    pub total: f64,
    /// More than the best candidate (0 for the best).
    pub more_than_best: f64,
    /// Why, in sentences: what it costs that the best does not, or what makes it best.
    pub reasons: Vec<String>,
}

/// A free stand tried: the stand, the checker's objective and its explanations.
type Tried = (usize, Objective, Vec<Explanation>);

/// The `top` best free stands for exhibitor `id` of `problem`, everyone of `old` kept where
/// they are; best first.
///
/// # Errors
/// When the exhibitor is not in the stop, already has a stand in `old`, or may take no free
/// stand.
pub fn recommend(
    problem: &Problem,
    stop: &Stop,
    old: &Solution,
    id: &str,
    top: usize,
) -> Result<Vec<Candidate>, String> {
    let e = stop
        .exhibitors
        .iter()
        .position(|x| x.id == id)
        .ok_or_else(|| crate::t!("planning-no-such-exhibitor", id = id))?;
    if old.assignments.iter().any(|a| a.exhibitor == id) {
        return Err(crate::t!("planning-recommend-placed", id = id));
    }
    // Everyone still in the stop keeps the stand they had; the stands of those who withdrew
    // are free.
    let kept = as_far_as_it_applies(stop, old);
    let free = free_stands(stop, &kept, e);
    if free.is_empty() {
        return Err(crate::t!("planning-recommend-no-stand", id = id));
    }
    let mut tried: Vec<Tried> = free
        .iter()
        .map(|&s| {
            let mut with = kept.clone();
            with.assignments.push(Assignment {
                exhibitor: id.to_string(),
                stand: stop.stands[s].id.clone(),
            });
            let r = check_solution(problem, &with);
            (s, r.objective, r.justifications)
        })
        .collect();
    tried.sort_by(|a, b| a.1.total.total_cmp(&b.1.total).then(a.0.cmp(&b.0)));
    let best = tried[0].1.clone();
    Ok(tried
        .into_iter()
        .take(top.max(1))
        .map(|t| candidate(stop, t, &best))
        .collect())
}

/// The stands nobody holds in `kept` that exhibitor `e` may take.
fn free_stands(stop: &Stop, kept: &Solution, e: usize) -> Vec<usize> {
    let taken: BTreeSet<&str> = kept.assignments.iter().map(|a| a.stand.as_str()).collect();
    (0..stop.stands.len())
        .filter(|&s| !taken.contains(stop.stands[s].id.as_str()) && stop.admissible(e, s))
        .collect()
}

/// A stand tried, with its reasons against the best one.
fn candidate(stop: &Stop, (s, o, why): Tried, best: &Objective) -> Candidate {
    let stand = &stop.stands[s];
    let mut reasons: Vec<String> = why
        .iter()
        .filter(|j| j.term == "clash" && j.stands.contains(&stand.id))
        .map(|j| {
            crate::t!(
                "planning-recommend-clash",
                text = j.text.as_str(),
                cost = crate::i18n::numbers::figure(crate::i18n::current(), j.cost)
            )
        })
        .collect();
    let lang = crate::i18n::current();
    let before = stop.weights.rows(best);
    for row in stop.weights.rows(&o) {
        let was = before
            .iter()
            .find(|b| b.code == row.code)
            .map_or(0.0, |b| b.raw);
        let d = (row.raw - was) * row.weight;
        if row.term != Some(Term::Clash) && d.abs() > 1e-9 {
            let (name, by) = (
                crate::term_words::row_name(&row, lang),
                crate::i18n::numbers::figure(lang, d.abs()),
            );
            reasons.push(if d > 0.0 {
                crate::t!("planning-recommend-costs", term = name, by = by)
            } else {
                crate::t!("planning-recommend-saves", term = name, by = by)
            });
        }
    }
    if reasons.is_empty() {
        reasons.push(if o.clash == best.clash && o.total <= best.total + 1e-9 {
            crate::t!("planning-recommend-best")
        } else {
            crate::t!("planning-recommend-same")
        });
    }
    Candidate {
        stand: stand.id.clone(),
        zone: stand.zone.map(|z| stop.zones[z].clone()),
        prime: stand.is_prime(),
        total: tidy_number(o.total),
        more_than_best: tidy_number(o.total - best.total),
        reasons,
    }
}

//! The objective terms, recomputed from the layout one file each; every cost comes with its
//! reason, in the order the solution file lists them.

mod balance;
mod clash;
mod empty_prime;
mod missed_session;
mod neighbour_watch;
mod prime_balance;
mod rotation;
mod unattended;
mod zone_balance;

use crate::check::layout::{Layout, Programme};
use crate::check::reading::{and_list, Reading};
use crate::format::{BalanceValue, Explanation};
use crate::t;
use crate::terms::{Term, Values, Weights};

/// One cost of a term: its raw value and why.
pub struct Reason {
    /// The raw (unweighted) cost.
    pub raw: f64,
    /// The sentence.
    pub text: String,
    /// The stands concerned.
    pub stands: Vec<String>,
    /// The exhibitors concerned.
    pub exhibitors: Vec<String>,
}

impl Reason {
    /// The reason as the solution file writes it, weighted.
    fn explain(self, term: Term, w: &Weights) -> Explanation {
        self.explain_as(term.name().into(), w[term])
    }

    /// The reason of a cost of the term with this code and weight.
    fn explain_as(self, code: String, weight: f64) -> Explanation {
        Explanation {
            term: code,
            cost: weight * self.raw,
            text: self.text,
            stands: self.stands,
            exhibitors: self.exhibitors,
        }
    }
}

/// A term's raw value and the reason of every cost.
#[derive(Default)]
pub struct Found {
    /// The raw value.
    pub value: f64,
    /// Every non-zero cost, with its reason.
    pub reasons: Vec<Reason>,
}

/// The raw value of every term, that of each balance term over another attribute than the
/// province, and every non-zero cost explained; the session terms count only when a programme
/// is given.
pub fn recompute(
    r: &Reading,
    l: &Layout,
    programme: Option<&Programme>,
) -> (Values, Vec<BalanceValue>, Vec<Explanation>) {
    let mut values = Values::splat(0.0);
    let mut why = Vec::new();
    let mut add = |term: Term, found: Found| {
        values[term] += found.value;
        why.extend(
            found
                .reasons
                .into_iter()
                .map(|x| x.explain(term, &r.weights)),
        );
    };
    add(Term::Clash, clash::clash(r, l));
    add(Term::ZoneBalance, zone_balance::zone_balance(r, l));
    add(Term::PrimeBalance, prime_balance::prime_balance(r, l));
    add(Term::EmptyPrime, empty_prime::empty_prime(r, l));
    add(Term::Rotation, rotation::rotation(r, l));
    if let Some(p) = programme {
        let away = away(r, p);
        for e in 0..r.problem.exhibitors.len() {
            add(Term::MissedSession, missed_session::missed(r, &away, e));
            add(Term::Unattended, unattended::unattended(r, l, &away, e));
        }
        add(Term::NeighbourWatch, neighbour_watch::watch(r, l, &away));
    }
    let mut balances = Vec::new();
    for b in &r.balances {
        let found = balance::balance(r, l, b);
        let (code, weight) = (b.rule.code(), b.rule.weight);
        why.extend(
            found
                .reasons
                .into_iter()
                .map(|x| x.explain_as(code.clone(), weight)),
        );
        balances.push(BalanceValue {
            attribute: b.rule.attribute.clone(),
            over: b.rule.over,
            value: found.value,
            weight,
        });
    }
    (values, balances, why)
}

/// `away[e][t]`: the sessions exhibitor `e` registered for that run in slot `t`, in its own
/// order.
type Away = Vec<Vec<Vec<usize>>>;

fn away(r: &Reading, p: &Programme) -> Away {
    r.sessions_of
        .iter()
        .map(|ks| {
            (0..r.problem.slots.len())
                .map(|t| ks.iter().copied().filter(|&k| p.held_at(k, t)).collect())
                .collect()
        })
        .collect()
}

/// Session titles for people: `*A* et *B*`.
fn titles(r: &Reading, ks: &[usize]) -> String {
    let titles: Vec<String> = ks.iter().map(|&k| format!("*{}*", r.title(k))).collect();
    and_list(&titles)
}

/// Σ over provinces of |n_p − share_p · n| for one group of placed exhibitors, with a reason
/// for each province off its target.
fn off_target(r: &Reading, placed: &[usize], group: &str) -> Found {
    let mut found = Found::default();
    for (q, province) in r.problem.provinces.iter().enumerate() {
        let share = r.share[q];
        let here = placed.iter().filter(|&&e| r.province_of[e] == q).count() as f64;
        let target = share * placed.len() as f64;
        let off = (here - target).abs();
        found.value += off;
        if off > 1e-9 {
            found.reasons.push(Reason {
                raw: off,
                text: t!(
                    "check-off-target",
                    group = group,
                    here = here,
                    province = &province.name,
                    target = target,
                    share = 100.0 * share,
                    count = placed.len(),
                    off = off,
                    side = if here > target { "over" } else { "under" }
                ),
                stands: vec![],
                exhibitors: vec![],
            });
        }
    }
    found
}

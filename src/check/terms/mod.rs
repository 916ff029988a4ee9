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

/// How far one value is from its fair share in one group of placed exhibitors.
struct OffTarget {
    /// The value's index.
    value: usize,
    /// Its exhibitors in the group.
    here: f64,
    /// Its fair share of the group: `share × placed`.
    target: f64,
    /// Its share of the stop's exhibitors, in per cent.
    percent: f64,
    /// The exhibitors placed in the group.
    placed: usize,
    /// `|here − target|`.
    off: f64,
    /// `over` or `under`.
    side: &'static str,
}

/// Σ over values v of |n_v − share_v · n| for one group of placed exhibitors, `value_of`
/// giving each exhibitor's value; a reason for each value off its target, in the words `say`
/// makes of it.
fn off_shares(
    placed: &[usize],
    shares: &[f64],
    value_of: impl Fn(usize) -> usize,
    say: impl Fn(&OffTarget) -> String,
) -> Found {
    let mut found = Found::default();
    for (v, &share) in shares.iter().enumerate() {
        let here = placed.iter().filter(|&&e| value_of(e) == v).count() as f64;
        let target = share * placed.len() as f64;
        let off = (here - target).abs();
        found.value += off;
        if off > 1e-9 {
            let o = OffTarget {
                value: v,
                here,
                target,
                percent: 100.0 * share,
                placed: placed.len(),
                off,
                side: if here > target { "over" } else { "under" },
            };
            found.reasons.push(Reason {
                raw: off,
                text: say(&o),
                stands: vec![],
                exhibitors: vec![],
            });
        }
    }
    found
}

/// Σ over provinces of |n_p − share_p · n| for one group of placed exhibitors, with a reason
/// for each province off its target.
fn off_target(r: &Reading, placed: &[usize], group: &str) -> Found {
    let provinces = &r.problem.provinces;
    off_shares(
        placed,
        &r.share,
        |e| r.province_of[e],
        |o| {
            t!(
                "check-off-target",
                group = group,
                here = o.here,
                province = &provinces[o.value].name,
                target = o.target,
                share = o.percent,
                count = o.placed,
                off = o.off,
                side = o.side
            )
        },
    )
}

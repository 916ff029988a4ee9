//! The pieces of the optimisation models, one constraint family or objective term per file.
//!
//! A model is built by handing a [`Builder`] to each feature in turn: hard constraints first,
//! then the soft terms, each returning the expression it adds to the objective (unweighted; the
//! weights are applied where the terms are summed, as data). Every auxiliary variable a feature
//! creates carries a [`Start`] rule, so a known layout can be turned into a complete starting
//! point for the solver.

pub mod assignment;
pub mod clash;
pub mod empty_prime;
pub mod missed_session;
pub mod neighbour_watch;
pub mod prime_balance;
pub mod rotation;
pub mod session_slots;
pub mod unattended;
pub mod zone_balance;

use good_lp::{variable, Expression, ProblemVariables, Variable};
use std::collections::HashMap;
use std::sync::Arc;

/// "So many exhibitors of this profile are placed on stands of this zone, prime or not": the
/// balance terms only look at these counts, whatever the model's granularity. A profile is
/// what the balance terms see of an exhibitor: its province and the value of every other
/// balanced attribute ([`crate::stop::model::Stop::profile_of`]).
#[derive(Debug, Clone)]
pub struct Atom {
    /// The number of exhibitors (a variable of the model).
    pub var: Variable,
    /// Their profile.
    pub profile: usize,
    /// The zone of the stand(s), if any.
    pub zone: Option<usize>,
    /// Whether the stand(s) are prime.
    pub prime: bool,
}

/// How to compute an auxiliary variable's value from the main variables.
#[derive(Debug, Clone)]
pub enum Start {
    /// `e` itself.
    Equal(Expression),
    /// `|e|`.
    Abs(Expression),
    /// `max(0, e)`.
    Positive(Expression),
    /// The largest of the expressions (0 when none).
    Max(Vec<Expression>),
    /// 1 when the expression equals the value, else 0. The indicators of one expression share
    /// it (it may count every exhibitor of a zone), and it is evaluated once for all of them.
    Indicator(Arc<Expression>, f64),
}

/// Collects variables, constraints and start rules while features add themselves.
#[derive(Default)]
pub struct Builder {
    /// The variables.
    pub vars: ProblemVariables,
    /// The rows.
    pub constraints: Vec<good_lp::Constraint>,
    /// Start rules of auxiliary variables, in creation order.
    pub starts: Vec<(Variable, Start)>,
}

impl Builder {
    /// A new binary variable.
    pub fn binary(&mut self) -> Variable {
        self.vars.add(variable().binary())
    }

    /// A new integer variable in `[0, max]`.
    pub fn count(&mut self, max: usize) -> Variable {
        self.vars.add(variable().integer().min(0).max(max as f64))
    }

    /// A new continuous variable in `[0, max]`.
    pub fn fraction(&mut self, max: f64) -> Variable {
        self.vars.add(variable().min(0).max(max))
    }

    /// A new continuous variable `t ≥ |e|`: two rows, and its start rule.
    pub fn abs(&mut self, e: Expression) -> Variable {
        let t = self.vars.add(variable().min(0));
        self.constraints.push((e.clone() - t).leq(0));
        self.constraints.push((e.clone() + t).geq(0));
        self.starts.push((t, Start::Abs(e)));
        t
    }

    /// A new continuous variable `t ≥ max(0, e)` with `t ≤ 1`.
    pub fn positive_part(&mut self, e: Expression) -> Variable {
        let t = self.vars.add(variable().min(0).max(1));
        self.constraints.push((e.clone() - t).leq(0));
        self.starts.push((t, Start::Positive(e)));
        t
    }

    /// A new continuous variable `t ≥ max(0, e)` with `t ≤ max`.
    pub fn excess(&mut self, e: Expression, max: f64) -> Variable {
        let t = self.vars.add(variable().min(0).max(max));
        self.constraints.push((e.clone() - t).leq(0));
        self.starts.push((t, Start::Positive(e)));
        t
    }

    /// Records that `t` starts at the largest of the expressions.
    pub fn starts_max(&mut self, t: Variable, of: Vec<Expression>) {
        self.starts.push((t, Start::Max(of)));
    }

    /// Completes a start point given the main variables' values: every variable gets a value.
    pub fn complete_start(&self, main: HashMap<Variable, f64>) -> HashMap<Variable, f64> {
        let mut values = main;
        // The value of the last expression of an indicator, by address: the indicators of one
        // expression come one after the other.
        let mut last: Option<(*const Expression, f64)> = None;
        for (v, rule) in &self.starts {
            let x = match rule {
                Start::Equal(e) => e.eval_with(&values),
                Start::Abs(e) => e.eval_with(&values).abs(),
                Start::Positive(e) => e.eval_with(&values).max(0.0),
                Start::Max(es) => es.iter().map(|e| e.eval_with(&values)).fold(0.0, f64::max),
                Start::Indicator(e, m) => {
                    let at = Arc::as_ptr(e);
                    let value = match last {
                        Some((p, x)) if p == at => x,
                        _ => e.eval_with(&values),
                    };
                    last = Some((at, value));
                    f64::from(u8::from((value - m).abs() < 0.5))
                }
            };
            values.insert(*v, x);
        }
        debug_assert_eq!(
            values.len(),
            self.vars.len(),
            "a start value for every variable"
        );
        values
    }
}

/// Ties an integer expression to its value by one binary per possible value `lo..=hi`
/// (Σ λ_m = 1, e = Σ m λ_m) and returns the `(m, λ_m)` pairs. The balance terms use them to
/// state, as linear cuts, what rounding to whole exhibitors must cost for each value.
pub fn choose_value(
    b: &mut Builder,
    e: Expression,
    lo: usize,
    hi: usize,
) -> Vec<(usize, Variable)> {
    let pairs: Vec<(usize, Variable)> = (lo..=hi.max(lo)).map(|m| (m, b.binary())).collect();
    let shared = Arc::new(e.clone());
    for &(m, l) in &pairs {
        b.starts
            .push((l, Start::Indicator(Arc::clone(&shared), m as f64)));
    }
    let one: Expression = pairs.iter().map(|&(_, l)| l).sum();
    b.constraints.push(one.eq(1.0));
    let value: Expression = pairs.iter().map(|&(m, l)| m as f64 * l).sum();
    b.constraints.push((e - value).eq(0.0));
    pairs
}

/// The least Σ_p |n_p − share_p · m| over whole numbers n_p adding up to m: the cost of
/// rounding the provinces' fair shares of m places to whole exhibitors (largest remainders).
///
/// ```
/// use caravane::solve::features::rounding_cost;
/// assert_eq!(rounding_cost(&[0.5, 0.5], 4), 0.0);
/// assert!((rounding_cost(&[0.5, 0.5], 3) - 1.0).abs() < 1e-12);
/// ```
pub fn rounding_cost(shares: &[f64], m: usize) -> f64 {
    let targets: Vec<f64> = shares.iter().map(|s| s * m as f64).collect();
    let counts = crate::util::apportion(m, shares);
    targets
        .iter()
        .zip(counts)
        .map(|(t, n)| (n as f64 - t).abs())
        .sum()
}

/// One balanced attribute as a model sees it: each value's fair share, and the value of each
/// profile.
#[derive(Debug, Clone, Copy)]
pub struct Balanced<'a> {
    /// Each value's share of the exhibitors.
    pub shares: &'a [f64],
    /// The value of each profile.
    pub value_of: &'a [usize],
    /// Whether each value's count in a group gets an integer variable of its own: with several
    /// attributes balanced, branching on these counts rather than on the profiles' is what
    /// proves the optimum quickly.
    pub counted: bool,
}

/// For each balanced attribute, Σ over its values v of |n_v − share_v · n| for one group of
/// placements (a zone, or the prime stands), where `n` can range over `lo..=hi`. For each
/// possible `n`, the cost of rounding the fair shares to whole exhibitors is a valid lower
/// bound — per value and for the group — and is stated as a cut, which spares the solver from
/// proving it by enumeration. The choice of `n` is shared by the attributes.
pub fn deviations(
    b: &mut Builder,
    group: &[&Atom],
    lo: usize,
    hi: usize,
    balanced: &[Balanced],
) -> Vec<Expression> {
    if group.is_empty() || balanced.is_empty() {
        return vec![Expression::from(0.0); balanced.len()];
    }
    let n: Expression = group.iter().map(|a| a.var).sum();
    let values = choose_value(b, n.clone(), lo, hi);
    let mut out = Vec::new();
    for attr in balanced {
        let mut term = Expression::from(0.0);
        for (v, &share) in attr.shares.iter().enumerate() {
            let mut n_v: Expression = group
                .iter()
                .filter(|a| attr.value_of[a.profile] == v)
                .map(|a| a.var)
                .sum();
            if attr.counted {
                let count = b.count(hi);
                b.constraints.push((n_v.clone() - count).eq(0.0));
                b.starts.push((count, Start::Equal(n_v)));
                n_v = count.into();
            }
            let dev = b.abs(n_v - share * n.clone());
            // |n_v − share·m| is at least the distance from share·m to a whole number.
            let floor: Expression = values
                .iter()
                .map(|&(m, l)| distance_to_whole(share * m as f64) * l)
                .sum();
            b.constraints.push((floor - dev).leq(0.0));
            term += dev;
        }
        let floor: Expression = values
            .iter()
            .map(|&(m, l)| rounding_cost(attr.shares, m) * l)
            .sum();
        b.constraints.push((floor - term.clone()).leq(0.0));
        out.push(term);
    }
    out
}

/// Distance from `x` to the nearest whole number.
pub fn distance_to_whole(x: f64) -> f64 {
    (x - x.round()).abs()
}

//! Soft term `missed_session`: Σ over exhibitors and slots of max(0, sessions of the exhibitor
//! held in the slot − 1). Exhibitors registered for the same sessions count together.

use super::Builder;
use good_lp::{Expression, Variable};
use std::collections::BTreeMap;

/// The excess variables `m[set][t]` of each registration set (two sessions or more).
pub type Excess = BTreeMap<Vec<usize>, Vec<Variable>>;

/// `groups`: `(sessions registered for, number of exhibitors)`; returns the term and the excess
/// variables, which [`super::unattended`] uses to state its term exactly in the relaxation.
pub fn missed_session(
    b: &mut Builder,
    held: &[Vec<Expression>],
    groups: &[(Vec<usize>, usize)],
    slots: usize,
) -> (Expression, Excess) {
    let mut term = Expression::from(0.0);
    let mut excess = Excess::new();
    for (sessions, count) in groups {
        if sessions.len() < 2 {
            continue;
        }
        let mut row = Vec::with_capacity(slots);
        for t in 0..slots {
            let at_once: Expression = sessions.iter().map(|&k| held[k][t].clone()).sum();
            let m = b.excess(at_once - 1.0, (sessions.len() - 1) as f64);
            term += *count as f64 * m;
            row.push(m);
        }
        excess.insert(sessions.clone(), row);
    }
    (term, excess)
}

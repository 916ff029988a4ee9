//! Soft term `unattended`: for exhibitors kept by one person, Σ over the distinct slots in which
//! one of their sessions is held of the slot's footfall cost (quiet 0, normal 1, busy 3).
//!
//! `away[g][t]` is 1 exactly when the person is away: it is at least every `held[k][t]` of the
//! group's sessions, and at least `Σ_k held[k][t] − m[t]` where `m[t]` is the group's
//! `missed_session` excess (`max(0, Σ − 1)`), which equals `min(1, Σ_k held[k][t])` — the
//! same value, stated so that the linear relaxation sees the cost of every session it holds.

use super::missed_session::Excess;
use super::Builder;
use crate::stop::model::Stop;
use good_lp::{Expression, Variable};

/// `groups`: `(sessions, number of one-person exhibitors)`. Returns the term and `away[g][t]`.
pub fn unattended(
    b: &mut Builder,
    stop: &Stop,
    held: &[Vec<Expression>],
    groups: &[(Vec<usize>, usize)],
    excess: &Excess,
) -> (Expression, Vec<Vec<Variable>>) {
    let mut term = Expression::from(0.0);
    let mut away = Vec::with_capacity(groups.len());
    for (sessions, count) in groups {
        let mut row = Vec::with_capacity(stop.slots.len());
        for (t, slot) in stop.slots.iter().enumerate() {
            let a = b.fraction(1.0);
            for &k in sessions {
                b.constraints.push((held[k][t].clone() - a).leq(0.0));
            }
            if let Some(m) = excess.get(sessions) {
                let all: Expression = sessions.iter().map(|&k| held[k][t].clone()).sum();
                b.constraints.push((all - m[t] - a).leq(0.0));
            }
            b.starts_max(a, sessions.iter().map(|&k| held[k][t].clone()).collect());
            term += *count as f64 * slot.footfall.cost() * a;
            row.push(a);
        }
        away.push(row);
    }
    (term, away)
}

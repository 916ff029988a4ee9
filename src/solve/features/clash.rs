//! Soft term `clash`: Σ over neighbour pairs {s, t} holding exhibitors i and j of
//! adjacency_weights[kind] × (same_family if i and j share a family, plus every `incompatible`
//! rule naming both families).
//!
//! Linearised per neighbour pair and pair of families: with `X[s,f]` = "stand s holds family f"
//! (a sum of placement variables, 0 or 1), the variable `y ≥ X[s,f] + X[t,g] − 1`, `y ≥ 0` is 1
//! exactly when both hold, since it is minimised with a positive cost.

use super::Builder;
use crate::stop::model::Stop;
use good_lp::Expression;
use std::collections::BTreeMap;

/// What each stand may hold: for every family, the expression "stand s holds family f".
pub type FamiliesAt = Vec<BTreeMap<usize, Expression>>;

/// Adds the clash variables and returns the (unweighted) clash term.
pub fn clash(b: &mut Builder, stop: &Stop, at: &FamiliesAt) -> Expression {
    let mut term = Expression::from(0.0);
    for (s, t, kind) in stop.venue.edges() {
        let kw = stop.clash.kind(kind);
        if kw == 0.0 {
            continue;
        }
        for (&f, xf) in &at[s] {
            for (&g, xg) in &at[t] {
                let w = stop.clash.pair[f][g];
                if w > 0.0 {
                    let y = b.positive_part(xf.clone() + xg.clone() - 1.0);
                    term += kw * w * y;
                }
            }
        }
    }
    term
}

//! Soft term `neighbour_watch`: Σ over neighbour pairs whose two occupants are each kept by one
//! person, over the slots in which both are away at a session, of 1 — nobody is left to watch
//! either stand. It couples the timetable to the layout, which is given here.

use super::Builder;
use good_lp::{Expression, Variable};

/// `pairs`: the one-person groups `(g, h)` of the occupants of each such neighbour pair.
pub fn neighbour_watch(
    b: &mut Builder,
    away: &[Vec<Variable>],
    pairs: &[(usize, usize)],
    slots: usize,
) -> Expression {
    let mut term = Expression::from(0.0);
    for &(g, h) in pairs {
        for t in 0..slots {
            term += b.positive_part(away[g][t] + away[h][t] - 1.0);
        }
    }
    term
}

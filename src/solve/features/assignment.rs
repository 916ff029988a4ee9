//! Hard constraint 1: every exhibitor has exactly one stand; a stand holds at most one exhibitor.
//!
//! In a model where a variable stands for "so many exhibitors of group k on stands of group t",
//! the same two rows read: each group of exhibitors is placed in full, and no group of stands
//! holds more exhibitors than it has stands. Needs, pins and forbidden stands (hard constraint 2)
//! are honoured by creating variables only for admissible pairs.

use super::Builder;
use good_lp::{Expression, Variable};

/// `Σ_t x[k,t] = demand[k]` for every group of exhibitors `k`.
pub fn everyone_placed(b: &mut Builder, by_group: &[Vec<Variable>], demand: &[usize]) {
    for (vars, &d) in by_group.iter().zip(demand) {
        let placed: Expression = vars.iter().sum();
        b.constraints.push(placed.eq(d as f64));
    }
}

/// `Σ_k x[k,t] ≤ capacity[t]` for every group of stands `t`.
pub fn stands_not_overfilled(b: &mut Builder, by_stand: &[Vec<Variable>], capacity: &[usize]) {
    for (vars, &c) in by_stand.iter().zip(capacity) {
        if vars.len() > 1 || c == 0 {
            let held: Expression = vars.iter().sum();
            b.constraints.push(held.leq(c as f64));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use good_lp::{Solution, SolverModel};

    #[test]
    fn two_exhibitors_on_three_stands_use_two() {
        let mut b = Builder::default();
        let x: Vec<Vec<Variable>> = (0..2)
            .map(|_| (0..3).map(|_| b.binary()).collect())
            .collect();
        everyone_placed(&mut b, &x, &[1, 1]);
        let by_stand: Vec<Vec<Variable>> = (0..3).map(|s| vec![x[0][s], x[1][s]]).collect();
        stands_not_overfilled(&mut b, &by_stand, &[1, 1, 1]);
        // Both would like stand 0; only one may have it.
        let objective: Expression = x[0][1] + x[0][2] + x[1][1] + x[1][2];
        let mut m = b
            .vars
            .minimise(objective)
            .using(good_lp::solvers::highs::highs);
        for c in b.constraints {
            m.add_constraint(c);
        }
        let s = m.solve().unwrap();
        let held0 = s.value(x[0][0]) + s.value(x[1][0]);
        assert!((held0 - 1.0).abs() < 1e-9);
        let total: f64 = x.iter().flatten().map(|v| s.value(*v)).sum();
        assert!((total - 2.0).abs() < 1e-9);
    }
}

//! Soft term `zone_balance`: Σ over zones z and provinces p of |n(z,p) − share_p · n(z)|, so that
//! every province is seen in every part of the square in proportion to its exhibitors; and the
//! same over the values of any other attribute a `balance` rule names over the zones.

use super::{deviations, Atom, Balanced, Builder};
use good_lp::Expression;

/// Adds one deviation variable per zone and value of each balanced attribute and returns, for
/// each attribute, their sum. `placed[z]` is the range of the number of exhibitors zone `z`
/// can hold (see [`deviations`]).
pub fn zone_balance(
    b: &mut Builder,
    atoms: &[Atom],
    placed: &[(usize, usize)],
    balanced: &[Balanced],
) -> Vec<Expression> {
    let mut terms = vec![Expression::from(0.0); balanced.len()];
    for (z, &(lo, hi)) in placed.iter().enumerate() {
        let here: Vec<&Atom> = atoms.iter().filter(|a| a.zone == Some(z)).collect();
        for (term, dev) in terms.iter_mut().zip(deviations(b, &here, lo, hi, balanced)) {
            *term += dev;
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;
    use good_lp::{Solution, SolverModel, Variable};

    /// Two provinces of equal share, four exhibitors each side, two zones of four stands: the
    /// balanced split puts two of each province in each zone, at no cost.
    #[test]
    fn equal_shares_split_evenly_at_no_cost() {
        let mut b = Builder::default();
        let x: Vec<Vec<Variable>> = (0..2)
            .map(|_| (0..2).map(|_| b.count(4)).collect())
            .collect();
        let atoms: Vec<Atom> = (0..2)
            .flat_map(|p| (0..2).map(move |z| (p, z)))
            .map(|(p, z)| Atom {
                var: x[p][z],
                profile: p,
                zone: Some(z),
                prime: false,
            })
            .collect();
        for row in &x {
            b.constraints.push((row[0] + row[1]).eq(4.0));
        }
        for (a, b2) in x[0].iter().zip(&x[1]) {
            b.constraints.push((*a + *b2).eq(4.0));
        }
        // Province 0 would rather be in zone 0; balance costs 1 per unit away from 2/2.
        let pull = 0.1 * (x[0][1] + x[1][0]);
        let balanced = Balanced {
            shares: &[0.5, 0.5],
            value_of: &[0, 1],
            counted: false,
        };
        let term = zone_balance(&mut b, &atoms, &[(0, 8), (0, 8)], &[balanced]).remove(0);
        let mut m = b
            .vars
            .minimise(term + pull)
            .using(good_lp::solvers::highs::highs);
        for c in b.constraints {
            m.add_constraint(c);
        }
        let s = m.solve().unwrap();
        assert_eq!(s.value(x[0][0]).round(), 2.0);
        assert_eq!(s.value(x[1][1]).round(), 2.0);
    }
}

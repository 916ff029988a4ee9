//! Soft term `zone_balance`: Σ over zones z and provinces p of |n(z,p) − share_p · n(z)|, so that
//! every province is seen in every part of the square in proportion to its exhibitors.

use super::{province_deviation, Atom, Builder};
use good_lp::Expression;

/// Adds one deviation variable per zone and province and returns their sum. `placed[z]` is the
/// range of the number of exhibitors zone `z` can hold (see [`province_deviation`]).
pub fn zone_balance(
    b: &mut Builder,
    atoms: &[Atom],
    placed: &[(usize, usize)],
    shares: &[f64],
) -> Expression {
    let mut term = Expression::from(0.0);
    for (z, &(lo, hi)) in placed.iter().enumerate() {
        let here: Vec<&Atom> = atoms.iter().filter(|a| a.zone == Some(z)).collect();
        term += province_deviation(b, &here, lo, hi, shares);
    }
    term
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
                province: p,
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
        let term = zone_balance(&mut b, &atoms, &[(0, 8), (0, 8)], &[0.5, 0.5]);
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

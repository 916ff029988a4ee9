//! Soft term `empty_prime`: the number of prime stands left empty. Without it, leaving the best
//! stands empty would "improve" the prime balance; planners leave the spare stands at the back.

use super::Atom;
use good_lp::Expression;

/// `prime_stands − Σ exhibitors on prime stands`.
pub fn empty_prime(atoms: &[Atom], prime_stands: usize) -> Expression {
    let placed: Expression = atoms.iter().filter(|a| a.prime).map(|a| a.var).sum();
    prime_stands as f64 - placed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::solve::features::Builder;
    use good_lp::{Solution, SolverModel};

    #[test]
    fn spare_stands_go_to_the_back_not_the_front() {
        // Two exhibitors, one prime stand and two back stands.
        let mut b = Builder::default();
        let (prime, back) = (b.count(1), b.count(2));
        b.constraints.push((prime + back).eq(2.0));
        let atoms = [
            Atom {
                var: prime,
                profile: 0,
                zone: None,
                prime: true,
            },
            Atom {
                var: back,
                profile: 0,
                zone: None,
                prime: false,
            },
        ];
        let mut m = b
            .vars
            .minimise(empty_prime(&atoms, 1))
            .using(good_lp::solvers::highs::highs);
        for c in b.constraints {
            m.add_constraint(c);
        }
        let s = m.solve().unwrap();
        assert_eq!(s.value(prime).round(), 1.0);
    }
}

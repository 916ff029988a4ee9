//! Soft term `prime_balance`: Σ over provinces p of |n(prime,p) − share_p · n(prime)| over the
//! occupied prime stands, so that the best places do not all go to one province or to the host;
//! and the same over the values of any other attribute a `balance` rule names over the prime
//! stands.

use super::{deviations, Atom, Balanced, Builder};
use good_lp::Expression;

/// Adds one deviation variable per value of each balanced attribute and returns, for each
/// attribute, their sum. `placed` is the range of the number of prime stands that can be
/// occupied (see [`deviations`]).
pub fn prime_balance(
    b: &mut Builder,
    atoms: &[Atom],
    placed: (usize, usize),
    balanced: &[Balanced],
) -> Vec<Expression> {
    let prime: Vec<&Atom> = atoms.iter().filter(|a| a.prime).collect();
    deviations(b, &prime, placed.0, placed.1, balanced)
}

#[cfg(test)]
mod tests {
    use super::*;
    use good_lp::{Solution, SolverModel};

    #[test]
    fn three_prime_stands_for_shares_of_two_thirds_and_one_third() {
        let mut b = Builder::default();
        let (host, guest) = (b.count(3), b.count(3));
        let atoms = [
            Atom {
                var: host,
                profile: 0,
                zone: None,
                prime: true,
            },
            Atom {
                var: guest,
                profile: 1,
                zone: None,
                prime: true,
            },
        ];
        b.constraints.push((host + guest).eq(3.0));
        // The host would take every prime stand if balance did not count.
        let balanced = Balanced {
            shares: &[2.0 / 3.0, 1.0 / 3.0],
            value_of: &[0, 1],
            counted: false,
        };
        let term = prime_balance(&mut b, &atoms, (0, 3), &[balanced]).remove(0);
        let mut m = b
            .vars
            .minimise(term - 0.01 * host)
            .using(good_lp::solvers::highs::highs);
        for c in b.constraints {
            m.add_constraint(c);
        }
        let s = m.solve().unwrap();
        assert_eq!((s.value(host).round(), s.value(guest).round()), (2.0, 1.0));
    }
}

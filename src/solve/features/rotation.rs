//! Soft term `rotation`: an exhibitor placed on a prime stand again, or in a zone again, pays
//! for each earlier stop of the tour where it already had one. Linear in the placement
//! variables, since each exhibitor's history is data.

use good_lp::{Expression, Variable};

use crate::stop::model::Stop;

/// Σ over placement variables of the rotation cost of the placement (unweighted).
///
/// `places` holds `(exhibitor, stand, variable)`: the variable counts how many exhibitors with
/// the history of `exhibitor` take stands like `stand` (same zone and prime status).
pub fn rotation(stop: &Stop, places: &[(usize, usize, Variable)]) -> Expression {
    places
        .iter()
        .map(|&(e, s, v)| (stop.rotation_cost(e, s), v))
        .filter(|&(c, _)| c > 0.0)
        .map(|(c, v)| c * v)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::Placement;
    use crate::stop::load::parse_problem;
    use crate::stop::model::Stop;
    use good_lp::{variable, ProblemVariables};

    #[test]
    fn a_prime_stand_had_twice_before_costs_two() {
        let text = r#"{"format": "caravane.stop/1",
          "stop": {"name": "n", "town": "Tata", "venue": "v", "from": "2025-12-05", "to": "2025-12-05"},
          "provinces": [{"id": "tata", "name": "Tata"}],
          "families": [{"id": "dates", "name": "Dattes", "category": "agricultural"}],
          "stands": [{"id": "A1", "x": 0, "y": 0, "width": 3, "depth": 3, "zone": "entrance", "tags": ["prime"]},
                     {"id": "A2", "x": 10, "y": 0, "width": 3, "depth": 3, "zone": "back"}],
          "exhibitors": [{"id": "e1", "name": "Coop", "province": "tata", "family": "dates"}]}"#;
        let mut p = parse_problem(text).unwrap();
        for (stop, zone) in [("Taroudant", "entrance"), ("Tiznit", "back")] {
            p.history.push(Placement {
                exhibitor: "e1".into(),
                stop: stop.into(),
                stand: None,
                zone: Some(zone.into()),
                prime: true,
            });
        }
        let stop = Stop::new("n", &p);
        let mut vars = ProblemVariables::new();
        let on_a1 = vars.add(variable().binary());
        let on_a2 = vars.add(variable().binary());
        let term = rotation(&stop, &[(0, 0, on_a1), (0, 1, on_a2)]);
        let mut at = std::collections::HashMap::new();
        at.insert(on_a1, 1.0);
        at.insert(on_a2, 0.0);
        // Two earlier prime stands (2 × 1.0) and one earlier stop at the entrance (0.25).
        assert!((term.eval_with(&at) - 2.25).abs() < 1e-12);
        at.insert(on_a1, 0.0);
        at.insert(on_a2, 1.0);
        assert!((term.eval_with(&at) - 0.25).abs() < 1e-12);
    }
}

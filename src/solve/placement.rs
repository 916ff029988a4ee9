//! The placement model: which stand each group of interchangeable exhibitors takes, with the
//! clash term and, when asked, the balance terms — the whole objective of the stand layout.
//!
//! Used two ways: without the balance terms (and without provinces in the groups, so fewer and
//! larger groups) it gives the least clash any layout can have, a second lower bound; with them
//! it is the exact model of the whole stand objective, started from the best layout known and
//! told the lower bounds already proven.

use super::classes::{exhibitor_groups_apart, ExhibitorGroups, Grouping};
use super::counts::balance_cost;
use super::features::{assignment, clash, rotation, Atom, Builder};
use super::highs::{self, Limits, Mip, MipResult};
use crate::stop::model::Stop;
use crate::terms::Term;
use good_lp::{Expression, Variable};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The terms a placement model minimises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StandTerms {
    /// The clash term alone: the least clash of any layout.
    ClashOnly,
    /// Every term of the stand objective: clash, balance and rotation.
    All,
}

/// The placement model, built.
pub struct PlacementModel {
    /// Groups of exhibitors.
    pub groups: ExhibitorGroups,
    /// `(group, stand, variable)` for every admissible pair.
    pub places: Vec<(usize, usize, Variable)>,
    builder: Builder,
    objective: Expression,
    clash_term: Expression,
    balance_term: Expression,
}

impl PlacementModel {
    /// Builds the model of the given terms (with every term, the exhibitors are grouped by
    /// profile too: province and the other balanced attributes).
    pub fn build(stop: &Stop, terms: StandTerms) -> PlacementModel {
        Self::build_apart(stop, terms, &BTreeSet::new())
    }

    /// Builds the model with the given exhibitors each in a group of its own.
    pub fn build_apart(stop: &Stop, terms: StandTerms, apart: &BTreeSet<usize>) -> PlacementModel {
        let with_balance = terms == StandTerms::All;
        let grouping = if with_balance {
            Grouping::ByProvinceAndFamily
        } else {
            Grouping::ByFamily
        };
        let groups = exhibitor_groups_apart(stop, grouping, apart);
        let mut b = Builder::default();
        let mut places = Vec::new();
        let mut by_group = vec![vec![]; groups.members.len()];
        let mut by_stand = vec![vec![]; stop.stands.len()];
        let mut at: clash::FamiliesAt = vec![BTreeMap::new(); stop.stands.len()];
        let mut atoms = Vec::new();
        for (g, members) in groups.members.iter().enumerate() {
            let family = stop.exhibitors[members[0]].family;
            for s in 0..stop.stands.len() {
                if !stop.admissible(members[0], s) {
                    continue;
                }
                let v = b.binary();
                places.push((g, s, v));
                by_group[g].push(v);
                by_stand[s].push(v);
                *at[s].entry(family).or_insert_with(|| Expression::from(0.0)) += v;
                if with_balance {
                    let stand = &stop.stands[s];
                    atoms.push(Atom {
                        var: v,
                        profile: stop.profile_of[members[0]],
                        zone: stand.zone,
                        prime: stand.is_prime(),
                    });
                }
            }
        }
        let demand: Vec<usize> = groups.members.iter().map(Vec::len).collect();
        assignment::everyone_placed(&mut b, &by_group, &demand);
        assignment::stands_not_overfilled(&mut b, &by_stand, &vec![1; stop.stands.len()]);
        let clash_term = stop
            .weights
            .total([(Term::Clash, clash::clash(&mut b, stop, &at))]);
        // The terms the count model sees: balance and, over a tour, rotation.
        let balance_term = if with_balance {
            let at: Vec<(usize, usize, Variable)> = places
                .iter()
                .map(|&(g, s, v)| (groups.members[g][0], s, v))
                .collect();
            balance_cost(&mut b, stop, &atoms, false)
                + stop
                    .weights
                    .total([(Term::Rotation, rotation::rotation(stop, &at))])
        } else {
            Expression::from(0.0)
        };
        let objective = clash_term.clone() + balance_term.clone();
        PlacementModel {
            groups,
            places,
            builder: b,
            objective,
            clash_term,
            balance_term,
        }
    }

    /// Adds the cost of moving exhibitors from the stands they had: `old[e]` is the stand
    /// exhibitor `e` may keep (it must be in a group of its own). Each one that does not keep
    /// it costs `cost`; with `max`, at most so many move. Returns the number of moves.
    pub fn add_moves(
        &mut self,
        old: &[Option<usize>],
        cost: f64,
        max: Option<usize>,
    ) -> Expression {
        let mut moves = Expression::from(0.0);
        for (e, o) in old.iter().enumerate() {
            let Some(o) = *o else { continue };
            let g = self
                .groups
                .members
                .iter()
                .position(|m| m.len() == 1 && m[0] == e)
                .expect("an exhibitor with a stand to keep is in a group of its own");
            let stays = self
                .places
                .iter()
                .find(|&&(gg, s, _)| gg == g && s == o)
                .map(|&(_, _, v)| v);
            moves += 1.0;
            if let Some(v) = stays {
                moves -= v;
            }
        }
        if let Some(k) = max {
            self.builder.constraints.push(moves.clone().leq(k as f64));
        }
        if cost != 0.0 {
            self.objective += cost * moves.clone();
        }
        moves
    }

    /// Adds `neighbour_watch` under a given timetable: `away[e]` lists the slots exhibitor `e`
    /// is away at a session. Each neighbour pair and slot costs 1 (weighted) when both stands
    /// hold someone kept by one person who is away then. The members of a group must be away at
    /// the same slots: keep apart the exhibitors of [`watched`].
    pub fn add_watch(&mut self, stop: &Stop, away: &[Vec<usize>]) {
        let alone_away = |e: usize, t: usize| stop.exhibitors[e].staff == 1 && away[e].contains(&t);
        let n_slots = stop.slots.len();
        // away_at[s][t]: "stand s holds someone alone and away at slot t" (0 or 1).
        let mut away_at: Vec<Vec<Option<Expression>>> =
            vec![vec![None; n_slots]; stop.stands.len()];
        for &(g, s, v) in &self.places {
            let members = &self.groups.members[g];
            let first = members[0];
            assert!(
                members
                    .iter()
                    .all(|&e| (0..n_slots).all(|t| alone_away(e, t) == alone_away(first, t))),
                "exhibitors away at different slots are in groups of their own"
            );
            for (t, at) in away_at[s].iter_mut().enumerate() {
                if alone_away(first, t) {
                    *at.get_or_insert_with(|| Expression::from(0.0)) += v;
                }
            }
        }
        let mut watch = Expression::from(0.0);
        for (s, t, _) in stop.venue.edges() {
            for k in 0..n_slots {
                if let (Some(a), Some(b)) = (&away_at[s][k], &away_at[t][k]) {
                    watch += self.builder.positive_part(a.clone() + b.clone() - 1.0);
                }
            }
        }
        self.objective += stop.weights.total([(Term::NeighbourWatch, watch)]);
    }

    /// States a lower bound already proven for the objective as it stands, so that the solve
    /// stops as soon as it finds a layout that meets it.
    pub fn at_least(&mut self, bound: f64) {
        self.builder
            .constraints
            .push(self.objective.clone().geq(bound - 1e-7));
    }

    /// Minimises the moves alone (the first step of "fewest moves first").
    pub fn minimise_moves(&mut self, moves: Expression) {
        self.objective = moves;
    }

    /// Number of variables and rows.
    pub fn size(&self) -> (usize, usize) {
        (self.builder.vars.len(), self.builder.constraints.len())
    }

    /// Solves the model. `start` is a layout to begin from; `clash_at_least` and
    /// `balance_at_least` are lower bounds already proven for the two parts (weighted).
    pub fn solve(
        mut self,
        limits: Limits,
        start: Option<&[usize]>,
        clash_at_least: f64,
        balance_at_least: f64,
    ) -> (MipResult, Vec<(usize, usize, Variable)>, ExhibitorGroups) {
        if clash_at_least > 0.0 {
            self.builder
                .constraints
                .push(self.clash_term.clone().geq(clash_at_least - 1e-7));
        }
        if balance_at_least > 0.0 {
            self.builder
                .constraints
                .push(self.balance_term.clone().geq(balance_at_least - 1e-7));
        }
        let start = start.map(|stand_of| {
            let mut group_of = vec![0; stand_of.len()];
            for (g, m) in self.groups.members.iter().enumerate() {
                for &e in m {
                    group_of[e] = g;
                }
            }
            let mut taken: HashMap<(usize, usize), f64> = HashMap::new();
            for (e, &s) in stand_of.iter().enumerate() {
                taken.insert((group_of[e], s), 1.0);
            }
            let main: HashMap<Variable, f64> = self
                .places
                .iter()
                .map(|&(g, s, v)| (v, taken.get(&(g, s)).copied().unwrap_or(0.0)))
                .collect();
            self.builder.complete_start(main)
        });
        let mip = Mip {
            vars: self.builder.vars,
            objective: self.objective,
            constraints: self.builder.constraints,
            start,
        };
        (highs::solve(mip, limits), self.places, self.groups)
    }

    /// Keeps the weighted clash part at most `at_most` (a step of a trade-off front).
    pub fn clash_at_most(&mut self, at_most: f64) {
        self.builder
            .constraints
            .push(self.clash_term.clone().leq(at_most));
    }

    /// Keeps the weighted balance part (every stand term but the clash) at most `at_most`.
    pub fn balance_at_most(&mut self, at_most: f64) {
        self.builder
            .constraints
            .push(self.balance_term.clone().leq(at_most));
    }

    /// Minimises the weighted clash part alone.
    pub fn minimise_clash(&mut self) {
        self.objective = self.clash_term.clone();
    }

    /// Minimises the weighted balance part alone.
    pub fn minimise_balance(&mut self) {
        self.objective = self.balance_term.clone();
    }
}

/// The exhibitors `neighbour_watch` may concern: kept by one person, and registered for a
/// session.
pub fn watched(stop: &Stop) -> BTreeSet<usize> {
    (0..stop.exhibitors.len())
        .filter(|&e| stop.exhibitors[e].staff == 1 && !stop.exhibitors[e].sessions.is_empty())
        .collect()
}

/// Reads a layout (the stand of each exhibitor) from a solved placement model.
pub fn layout_from_places(
    stop: &Stop,
    groups: &ExhibitorGroups,
    places: &[(usize, usize, Variable)],
    result: &MipResult,
) -> Vec<usize> {
    let mut stand_of = vec![None; stop.exhibitors.len()];
    let mut next = vec![0; groups.members.len()];
    for &(g, s, v) in places {
        if result.value(v) > 0.5 {
            let e = groups.members[g][next[g]];
            next[g] += 1;
            stand_of[e] = Some(s);
        }
    }
    stand_of
        .into_iter()
        .map(|s| s.expect("a solved placement model places everyone"))
        .collect()
}

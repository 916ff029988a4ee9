//! The count model: how many exhibitors of each province (and needs) go to each kind of stand
//! (zone, prime, tags). The balance terms (`zone_balance`, `prime_balance`, `empty_prime`) depend
//! only on these counts, so this small model finds their exact minimum over all layouts — a
//! lower bound on the whole objective, since clashes cost 0 or more — and the counts to aim for.
//! The `rotation` term rides along on the flows: exhibitors of one group share what their history
//! costs, so it depends only on which kind of stand each group's members go to. With continuous
//! flows it is relaxed (the bound stays valid); whole flows make the model exact for it.

use super::classes::{exhibitor_groups, stand_types, ExhibitorGroups, Grouping, StandTypes};
use super::features::{
    assignment, empty_prime, prime_balance, rotation, zone_balance, Atom, Balanced, Builder,
};
use super::highs::{self, Limits, Mip, MipResult};
use crate::format::Over;
use crate::stop::model::Stop;
use crate::terms::Term;
use good_lp::{Expression, Variable};

/// The balance terms of the stop over a set of atoms (those whose weight counts) and
/// `empty_prime`, weighted: the province over the zones and over the prime stands, then the
/// other attributes of the `balance` rules. `counted` gives each value's count in a group an
/// integer variable of its own (see [`Balanced::counted`]); it is always done when attributes
/// besides the province are balanced.
pub fn balance_cost(b: &mut Builder, stop: &Stop, atoms: &[Atom], counted: bool) -> Expression {
    let w = &stop.weights;
    let prime_stands = stop.stands.iter().filter(|s| s.is_prime()).count();
    let n = stop.exhibitors.len();
    let stands = stop.stands.len();
    // How many exhibitors a set of `k` stands can hold when everyone is placed.
    let range = |k: usize| (n.saturating_sub(stands - k), k.min(n));
    // The value of each profile for each balance term.
    let value_of: Vec<Vec<usize>> = (0..stop.balances.len())
        .map(|k| stop.profiles.iter().map(|p| p[k]).collect())
        .collect();
    let several = stop.balances[2..].iter().any(|b| b.counts());
    let on = |side: Over| -> Vec<usize> {
        (0..stop.balances.len())
            .filter(|&k| stop.balances[k].over == side && stop.balances[k].counts())
            .collect()
    };
    let attrs = |ks: &[usize]| -> Vec<Balanced> {
        ks.iter()
            .map(|&k| Balanced {
                shares: &stop.balances[k].shares,
                value_of: &value_of[k],
                counted: counted || several,
            })
            .collect()
    };
    let (zones_side, prime_side) = (on(Over::Zones), on(Over::Prime));
    let mut weighted: Vec<(usize, Expression)> = Vec::new();
    if !zones_side.is_empty() {
        let placed: Vec<(usize, usize)> = (0..stop.zones.len())
            .map(|z| range(stop.stands.iter().filter(|s| s.zone == Some(z)).count()))
            .collect();
        let terms = zone_balance::zone_balance(b, atoms, &placed, &attrs(&zones_side));
        weighted.extend(zones_side.iter().copied().zip(terms));
    }
    if !prime_side.is_empty() {
        let terms =
            prime_balance::prime_balance(b, atoms, range(prime_stands), &attrs(&prime_side));
        weighted.extend(prime_side.iter().copied().zip(terms));
    }
    // The province's two terms first, then empty prime stands, then the other attributes.
    weighted.sort_by_key(|&(k, _)| k);
    let mut cost = Expression::from(0.0);
    let mut rest = Expression::from(0.0);
    for (k, term) in weighted {
        let x = term * stop.balances[k].weight;
        if k < 2 {
            cost += x;
        } else {
            rest += x;
        }
    }
    if w.counts(Term::EmptyPrime) {
        cost += empty_prime::empty_prime(atoms, prime_stands) * w[Term::EmptyPrime];
    }
    cost + rest
}

/// The count model, built.
///
/// Its integer variables are the counts the objective sees: `N[p, cell]`, exhibitors of
/// profile `p` (province and other balanced attributes) on the stands of one cell (a zone, prime or not). Flows from groups of exhibitors
/// (province and needs) to types of stands (cell and tags) tie them to what the stands offer;
/// with [`Flows::Continuous`] the flows are continuous, which makes the model a relaxation (its
/// bound stays valid) without the symmetry of equivalent flows. [`realise`] then finds whole
/// flows for the counts found, or reports that none exist.
pub struct CountModel {
    /// Groups of exhibitors (by province and needs).
    pub groups: ExhibitorGroups,
    /// Types of stands.
    pub types: StandTypes,
    /// `(group, type, variable)` for every admissible pair.
    pub flows: Vec<(usize, usize, Variable)>,
    /// `(profile, cell, variable)`: the counts.
    pub counts: Vec<(usize, usize, Variable)>,
    builder: Builder,
    objective: Expression,
}

/// Whether the flows of groups to stand types are whole numbers or continuous.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flows {
    /// Continuous flows: a relaxation, whose bound stays valid, without the symmetry of
    /// equivalent flows.
    Continuous,
    /// Whole flows: exact, also for the rotation term.
    Whole,
}

/// The cells of the square: `(zone, prime)` of each type, numbered in order of appearance.
fn cells(types: &StandTypes) -> (Vec<(Option<usize>, bool)>, Vec<usize>) {
    let mut cells = Vec::new();
    let mut cell_of = Vec::new();
    for t in 0..types.members.len() {
        let key = (types.zone[t], types.prime[t]);
        let c = cells.iter().position(|x| *x == key).unwrap_or_else(|| {
            cells.push(key);
            cells.len() - 1
        });
        cell_of.push(c);
    }
    (cells, cell_of)
}

impl CountModel {
    /// Builds the count model of a stop; `fixed` pins every count to a value (for [`realise`]).
    pub fn build(
        stop: &Stop,
        flow_kind: Flows,
        fixed: Option<&[(usize, usize, usize)]>,
    ) -> CountModel {
        let groups = exhibitor_groups(stop, Grouping::ByProvince);
        let types = stand_types(stop);
        let (cells, cell_of) = cells(&types);
        let mut b = Builder::default();
        let mut flows = Vec::new();
        let mut by_group = vec![vec![]; groups.members.len()];
        let mut by_type = vec![vec![]; types.members.len()];
        let mut into_cell: Vec<Vec<Vec<Variable>>> =
            vec![vec![vec![]; cells.len()]; stop.profiles.len()];
        for (g, members) in groups.members.iter().enumerate() {
            let p = stop.profile_of[members[0]];
            for (t, stands) in types.members.iter().enumerate() {
                if !stop.admissible(members[0], stands[0]) {
                    continue;
                }
                let max = members.len().min(stands.len());
                let v = match flow_kind {
                    Flows::Whole => b.count(max),
                    Flows::Continuous => b.fraction(max as f64),
                };
                flows.push((g, t, v));
                by_group[g].push(v);
                by_type[t].push(v);
                into_cell[p][cell_of[t]].push(v);
            }
        }
        let demand: Vec<usize> = groups.members.iter().map(Vec::len).collect();
        let capacity: Vec<usize> = types.members.iter().map(Vec::len).collect();
        assignment::everyone_placed(&mut b, &by_group, &demand);
        assignment::stands_not_overfilled(&mut b, &by_type, &capacity);
        let per_profile = stop.profile_counts();
        let mut counts = Vec::new();
        let mut atoms = Vec::new();
        for (p, row) in into_cell.iter().enumerate() {
            for (c, vars) in row.iter().enumerate() {
                if vars.is_empty() {
                    continue;
                }
                let cell_size: usize = (0..types.members.len())
                    .filter(|&t| cell_of[t] == c)
                    .map(|t| types.members[t].len())
                    .sum();
                let n = b.count(per_profile[p].min(cell_size));
                let inflow: Expression = vars.iter().sum();
                b.constraints.push((inflow - n).eq(0.0));
                if let Some(f) = fixed {
                    let value = f.iter().find(|x| x.0 == p && x.1 == c).map_or(0, |x| x.2);
                    b.constraints.push(Expression::from(n).eq(value as f64));
                }
                counts.push((p, c, n));
                atoms.push(Atom {
                    var: n,
                    profile: p,
                    zone: cells[c].0,
                    prime: cells[c].1,
                });
            }
        }
        // With continuous flows, branching on each value's count proves the optimum several
        // times faster than on the profiles' counts (Taroudant: 0.09 s instead of 0.30 s).
        let counted = flow_kind == Flows::Continuous;
        let mut objective = balance_cost(&mut b, stop, &atoms, counted);
        if stop.has_rotation() {
            let flows_at: Vec<(usize, usize, Variable)> = flows
                .iter()
                .map(|&(g, t, v)| (groups.members[g][0], types.members[t][0], v))
                .collect();
            objective += stop
                .weights
                .total([(Term::Rotation, rotation::rotation(stop, &flows_at))]);
        }
        CountModel {
            groups,
            types,
            flows,
            counts,
            builder: b,
            objective,
        }
    }

    /// Number of variables and rows.
    pub fn size(&self) -> (usize, usize) {
        (self.builder.vars.len(), self.builder.constraints.len())
    }

    /// Solves it.
    pub fn solve(self, limits: Limits) -> CountSolution {
        let mip = Mip {
            vars: self.builder.vars,
            objective: self.objective,
            constraints: self.builder.constraints,
            start: None,
        };
        let result = highs::solve(mip, limits);
        let counts = self
            .counts
            .iter()
            .map(|&(p, c, v)| (p, c, result.value(v).round() as usize))
            .collect();
        let flows = self
            .flows
            .iter()
            .map(|&(g, t, v)| (g, t, result.value(v)))
            .collect();
        CountSolution {
            result,
            counts,
            flows,
            groups: self.groups,
            types: self.types,
        }
    }
}

/// A solved count model.
pub struct CountSolution {
    /// HiGHS's answer.
    pub result: MipResult,
    /// `(profile, cell, count)`.
    pub counts: Vec<(usize, usize, usize)>,
    /// `(group, type, flow)`.
    pub flows: Vec<(usize, usize, f64)>,
    /// Groups of exhibitors.
    pub groups: ExhibitorGroups,
    /// Types of stands.
    pub types: StandTypes,
}

impl CountSolution {
    /// The flows as whole numbers, when they all are.
    pub fn whole_flows(&self) -> Option<Vec<(usize, usize, usize)>> {
        self.flows
            .iter()
            .map(|&(g, t, f)| ((f - f.round()).abs() < 1e-6).then_some((g, t, f.round() as usize)))
            .filter(|x| x.is_none_or(|(_, _, n)| n > 0))
            .collect()
    }
}

/// Whole flows that realise given counts, if any exist.
pub fn realise(
    stop: &Stop,
    counts: &[(usize, usize, usize)],
    limits: Limits,
) -> Option<Vec<(usize, usize, usize)>> {
    let solved = CountModel::build(stop, Flows::Whole, Some(counts)).solve(limits);
    solved.result.objective?;
    solved.whole_flows()
}

/// A layout that realises the counts: within each (group, type) flow, the group's next
/// exhibitors take the type's next free stands.
pub fn layout_from_counts(
    stop: &Stop,
    groups: &ExhibitorGroups,
    types: &StandTypes,
    counts: &[(usize, usize, usize)],
) -> Vec<usize> {
    let mut stand_of = vec![None; stop.exhibitors.len()];
    let mut next_member = vec![0; groups.members.len()];
    let mut next_stand = vec![0; types.members.len()];
    for &(g, t, n) in counts {
        for _ in 0..n {
            let e = groups.members[g][next_member[g]];
            let s = types.members[t][next_stand[t]];
            next_member[g] += 1;
            next_stand[t] += 1;
            stand_of[e] = Some(s);
        }
    }
    stand_of
        .into_iter()
        .map(|s| s.expect("whole flows place everyone"))
        .collect()
}

/// The least balance (and rotation) cost of any layout that the count model proves within the
/// limits; 0 when it proves nothing.
pub fn balance_bound(stop: &Stop, limits: Limits) -> f64 {
    CountModel::build(stop, Flows::Continuous, None)
        .solve(limits)
        .result
        .bound
        .unwrap_or(0.0)
}

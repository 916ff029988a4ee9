//! Solving the stand layout of a stop exactly.
//!
//! The objective splits in two: the clash term depends on who sits next to whom, the balance
//! terms (`zone_balance`, `prime_balance`, `empty_prime`) only on how many exhibitors of each
//! province sit in each zone and on prime stands. The solve runs in stages, each proving more:
//!
//! 1. **Can everyone be placed?** A maximum matching of exhibitors to admissible stands; if not,
//!    the deficient set of Hall's theorem explains why, in sentences.
//! 2. **Counts.** A small MILP ([`counts`]) over groups of interchangeable exhibitors and stands
//!    gives the least balance cost of any layout (with the rotation term of a tour's history,
//!    which depends only on the kind of stand each exhibitor gets): a lower bound on the whole
//!    objective.
//! 3. **Placement with those counts.** A local search ([`search`]) seats the exhibitors so that
//!    the counts are kept and clashes fall. If it reaches zero clashes, the layout meets the
//!    lower bound: it is proven optimal.
//! 4. **Least clash.** Otherwise a MILP without the balance terms ([`placement`]) proves the
//!    least clash any layout can have; the two lower bounds add up.
//! 5. **Whole model.** If a gap remains, the exact MILP of the whole stand objective, started
//!    from the best layout and told both bounds, closes it or reports how far it got.
//!
//! The status never claims more than is proven: `optimal` only when the best layout meets the
//! best bound within 1e-6.

pub mod classes;
pub mod counts;
pub mod feasibility;
pub mod features;
pub mod highs;
pub mod placement;
pub mod search;
pub mod timetable;

use crate::format::{Explanation, Status};
use crate::stop::model::Stop;
use highs::Limits;
use std::time::Instant;

/// How to solve.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Seconds allowed in all (None: until proven optimal).
    pub time_limit: Option<f64>,
    /// Stop once the relative gap is at most this.
    pub gap: f64,
    /// HiGHS threads.
    pub threads: u32,
    /// Seed of the local search.
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            time_limit: None,
            gap: 1e-6,
            threads: 1,
            seed: 0,
        }
    }
}

/// Receives news of a long solve; the library never prints.
pub trait Progress {
    /// A stage starts or ends.
    fn stage(&self, _name: &str, _detail: &str) {}
}

/// No news wanted.
impl Progress for () {}

/// What one stage did.
#[derive(Debug, Clone, PartialEq)]
pub struct StageReport {
    /// Name of the stage.
    pub name: &'static str,
    /// Variables of its model (0 for a non-MILP stage).
    pub variables: usize,
    /// Rows of its model.
    pub rows: usize,
    /// Seconds it took.
    pub seconds: f64,
    /// What it found.
    pub result: String,
}

/// The outcome of a solve.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Optimal, feasible, infeasible or unknown.
    pub status: Status,
    /// The stand of each exhibitor, when a layout was found.
    pub stand_of: Option<Vec<usize>>,
    /// The solver's value of the weighted objective for that layout.
    pub objective: Option<f64>,
    /// The best proven lower bound.
    pub bound: Option<f64>,
    /// Wall-clock seconds.
    pub seconds: f64,
    /// Why no layout exists, when infeasible.
    pub infeasible: Vec<Explanation>,
    /// The stages run.
    pub stages: Vec<StageReport>,
}

/// Relative gap as the solution format defines it.
pub fn relative_gap(total: f64, bound: f64) -> f64 {
    if total.abs() < 1e-9 && bound.abs() < 1e-9 {
        0.0
    } else {
        ((total - bound) / total.abs()).max(0.0)
    }
}

/// The gap under which a layout counts as proven optimal.
pub const OPTIMAL_GAP: f64 = 1e-6;

struct Clock {
    started: Instant,
    limit: Option<f64>,
}

impl Clock {
    fn left(&self) -> Option<f64> {
        self.limit
            .map(|l| (l - self.started.elapsed().as_secs_f64()).max(0.0))
    }
    fn deadline(&self) -> Option<Instant> {
        self.limit
            .map(|l| self.started + std::time::Duration::from_secs_f64(l))
    }
    fn out(&self) -> bool {
        self.left().is_some_and(|l| l <= 0.0)
    }
}

/// Solves the stand layout of a stop.
pub fn solve_stands(stop: &Stop, opts: &Options, progress: &dyn Progress) -> Outcome {
    let clock = Clock {
        started: Instant::now(),
        limit: opts.time_limit,
    };
    let limits = |share: f64| Limits {
        time_limit: clock.left().map(|l| l * share),
        rel_gap: opts.gap.max(OPTIMAL_GAP) * 0.5,
        threads: opts.threads,
        presolve: true,
    };
    let count_limits = |share: f64| Limits {
        presolve: false,
        ..limits(share)
    };
    let mut stages = Vec::new();
    let finish = |status, stand_of, objective, bound, infeasible, stages| Outcome {
        status,
        stand_of,
        objective,
        bound,
        seconds: clock.started.elapsed().as_secs_f64(),
        infeasible,
        stages,
    };

    // 1. Can everyone be placed?
    progress.stage("matching", "checking that every exhibitor can have a stand");
    let t = Instant::now();
    let matched = match feasibility::place_everyone(stop) {
        Ok(layout) => layout,
        Err(sets) => {
            let why: Vec<Explanation> =
                sets.iter().map(|s| feasibility::explain(stop, s)).collect();
            stages.push(StageReport {
                name: "matching",
                variables: 0,
                rows: 0,
                seconds: t.elapsed().as_secs_f64(),
                result: format!("{} deficient set(s)", why.len()),
            });
            return finish(Status::Infeasible, None, None, None, why, stages);
        }
    };
    stages.push(StageReport {
        name: "matching",
        variables: 0,
        rows: 0,
        seconds: t.elapsed().as_secs_f64(),
        result: "everyone can be placed".into(),
    });

    // 2. Counts.
    let model = counts::CountModel::build(stop, false, None);
    let (vars, rows) = model.size();
    progress.stage(
        "counts",
        &format!("balancing provinces over zones and prime stands ({vars} variables, {rows} rows)"),
    );
    let mut solved = model.solve(count_limits(1.0));
    let mut balance_bound = solved.result.bound.unwrap_or(0.0);
    let mut flows = solved.whole_flows();
    if flows.is_none() && solved.result.objective.is_some() {
        // Continuous flows for these counts: look for whole ones, else solve with whole flows.
        // With a history, the rotation term rides on the flows themselves: whole flows for the
        // same counts may cost more, so the model is solved with whole flows straight away.
        if !stop.has_rotation() {
            flows = counts::realise(stop, &solved.counts, count_limits(0.5));
        }
        if flows.is_none() {
            progress.stage(
                "counts",
                "the counts found need fractional flows; solving with whole flows",
            );
            solved = counts::CountModel::build(stop, true, None).solve(count_limits(1.0));
            balance_bound = balance_bound.max(solved.result.bound.unwrap_or(0.0));
            flows = solved.whole_flows();
        }
    }
    let res = &solved.result;
    stages.push(StageReport {
        name: "counts",
        variables: vars,
        rows,
        seconds: res.seconds,
        result: format!(
            "{:?}, balance {:?}, bound {balance_bound:.4}",
            res.status, res.objective
        ),
    });
    let (Some(_), Some(counts)) = (res.objective, flows) else {
        // The count model is an exact aggregation of the matching just found, so only a limit
        // (or numerical trouble) ends here: keep the matching's layout, with what is proven.
        let cost = search::stand_cost(stop, &matched);
        return finish(
            Status::Feasible,
            Some(matched),
            Some(cost),
            Some(balance_bound.min(cost)),
            vec![],
            stages,
        );
    };
    let (groups, types) = (&solved.groups, &solved.types);

    // 3. Placement with those counts.
    progress.stage(
        "search",
        "seating exhibitors with those counts, keeping clashing neighbours apart",
    );
    let t = Instant::now();
    let first = counts::layout_from_counts(stop, groups, types, &counts);
    let (mut layout, clash) =
        search::reduce_clashes(stop, first, 0.0, opts.seed, clock.deadline(), None);
    let mut best = search::stand_cost(stop, &layout);
    let mut bound = balance_bound.min(best);
    stages.push(StageReport {
        name: "search",
        variables: 0,
        rows: 0,
        seconds: t.elapsed().as_secs_f64(),
        result: format!("clash {clash}"),
    });
    let done = |best: f64, bound: f64| {
        relative_gap(best, bound) <= opts.gap.max(OPTIMAL_GAP) || clock.out()
    };

    // 4. Least clash.
    if !done(best, bound) {
        let model = placement::PlacementModel::build(stop, false);
        let (vars, rows) = model.size();
        progress.stage(
            "least-clash",
            &format!("proving the least clash of any layout ({vars} variables, {rows} rows)"),
        );
        let (res, _, _) = model.solve(limits(0.4), Some(&layout), 0.0, 0.0);
        let clash_bound = res.bound.unwrap_or(0.0).max(0.0);
        bound = bound.max(balance_bound + clash_bound);
        stages.push(StageReport {
            name: "least-clash",
            variables: vars,
            rows,
            seconds: res.seconds,
            result: format!("{:?}, clash bound {clash_bound:.4}", res.status),
        });

        // 5. Whole model.
        if !done(best, bound) {
            let model = placement::PlacementModel::build(stop, true);
            let (vars, rows) = model.size();
            progress.stage(
                "whole",
                &format!(
                    "closing the gap on the whole stand objective ({vars} variables, {rows} rows)"
                ),
            );
            let (res, places, groups) =
                model.solve(limits(1.0), Some(&layout), clash_bound, balance_bound);
            if res.objective.is_some() {
                let found = placement::layout_from_places(stop, &groups, &places, &res);
                let cost = search::stand_cost(stop, &found);
                if cost < best - 1e-9 {
                    best = cost;
                    layout = found;
                }
            }
            if let Some(b) = res.bound {
                bound = bound.max(b);
            }
            stages.push(StageReport {
                name: "whole",
                variables: vars,
                rows,
                seconds: res.seconds,
                result: format!(
                    "{:?}, objective {:?}, bound {:?}",
                    res.status, res.objective, res.bound
                ),
            });
        }
    }
    let bound = bound.min(best);
    let status = if relative_gap(best, bound) <= OPTIMAL_GAP {
        Status::Optimal
    } else {
        Status::Feasible
    };
    finish(
        status,
        Some(layout),
        Some(best),
        Some(bound),
        vec![],
        stages,
    )
}

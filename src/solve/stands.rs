//! The stands' solve, stage by stage: matching, counts, search, least clash, whole model (see
//! [`super`] for what each proves).

use super::budget::Budget;
use super::counts::{self, CountModel, Flows};
use super::feasibility::{self, Matching};
use super::placement::{layout_from_places, PlacementModel, StandTerms};
use super::{figure, Options, Outcome, Progress, StageReport, OPTIMAL_GAP};
use super::{relative_gap, search};
use crate::format::{Explanation, Status};
use crate::stop::model::Stop;
use std::sync::mpsc;
use std::time::Instant;

/// Solves the stand layout of a stop.
pub fn solve_stands(stop: &Stop, opts: &Options, progress: &dyn Progress) -> Outcome {
    let mut run = StandSolve {
        stop,
        opts,
        budget: Budget::start(opts),
        progress,
        stages: Vec::new(),
    };
    let matched = match run.match_everyone() {
        Matching::Everyone(layout) => layout,
        Matching::Deficient(sets) => {
            let why = sets.iter().map(|s| feasibility::explain(stop, s)).collect();
            return run.finish(Status::Infeasible, None, why);
        }
        Matching::OutOfTime => return run.finish(Status::Unknown, None, vec![]),
    };
    let cost = search::stand_cost(stop, &matched);
    let matched = Best {
        layout: matched,
        cost,
        bound: 0.0,
    };
    if run.budget.out_of_time() {
        return run.finish(Status::Feasible, Some(matched), vec![]);
    }
    let (balance_bound, first) = run.counts();
    let Some(first) = first else {
        // The count model is an exact aggregation of the matching just found, so only a limit
        // (or numerical trouble) ends here: keep the matching's layout, with what is proven.
        let best = Best {
            bound: balance_bound.min(matched.cost),
            ..matched
        };
        return run.finish(Status::Feasible, Some(best), vec![]);
    };
    let mut best = run.search(first, balance_bound);
    if !run.done(&best) {
        let clash_bound = run.least_clash(&mut best, balance_bound);
        if !run.done(&best) {
            run.whole_model(&mut best, clash_bound, balance_bound);
        }
    }
    best.bound = best.bound.min(best.cost).max(0.0);
    let status = if relative_gap(best.cost, best.bound) <= OPTIMAL_GAP {
        Status::Optimal
    } else {
        Status::Feasible
    };
    run.finish(status, Some(best), vec![])
}

/// The best layout found, its stand cost, and the best bound proven.
struct Best {
    layout: Vec<usize>,
    cost: f64,
    bound: f64,
}

/// One run of the stands' solve: its clock and the stages run so far.
struct StandSolve<'a> {
    stop: &'a Stop,
    opts: &'a Options,
    budget: Budget,
    progress: &'a dyn Progress,
    stages: Vec<StageReport>,
}

impl StandSolve<'_> {
    /// Stage 1, can everyone be placed? A layout if so, the reasons if not, and neither when
    /// the time limit came first.
    fn match_everyone(&mut self) -> Matching {
        let stop = self.stop;
        self.progress
            .stage("matching", &crate::t!("planning-progress-matching"));
        let t = Instant::now();
        let matched = feasibility::place_everyone_by(stop, self.budget.matching_deadline());
        let result = match &matched {
            Matching::Everyone(_) => crate::t!("planning-result-everyone"),
            Matching::Deficient(sets) => crate::t!("planning-result-deficient", count = sets.len()),
            Matching::OutOfTime => crate::t!("planning-result-out-of-time"),
        };
        self.report("matching", (0, 0), t.elapsed().as_secs_f64(), result);
        matched
    }

    /// Stage 2, counts: the least balance cost of any layout (0 when nothing is proven), and
    /// a first layout with those counts when whole flows realise them.
    fn counts(&mut self) -> (f64, Option<Vec<usize>>) {
        let (stop, budget) = (self.stop, self.budget);
        let model = CountModel::build(stop, Flows::Continuous, None);
        let (vars, rows) = model.size();
        self.progress.stage(
            "counts",
            &crate::t!("planning-progress-counts", vars = vars, rows = rows),
        );
        let mut solved = model.solve(budget.counts());
        let mut balance_bound = solved.result.bound.unwrap_or(0.0).max(0.0);
        let mut flows = solved.whole_flows();
        if flows.is_none() && solved.result.objective.is_some() && !budget.out_of_time() {
            // Continuous flows for these counts: look for whole ones, else solve with whole
            // flows. With a history, the rotation term rides on the flows themselves: whole
            // flows for the same counts may cost more, so the model is solved with whole flows
            // straight away.
            if !stop.has_rotation() {
                flows = counts::realise(stop, &solved.counts, budget.realising_counts());
            }
            if flows.is_none() && !budget.out_of_time() {
                self.progress
                    .stage("counts", &crate::t!("planning-progress-whole-flows"));
                solved = CountModel::build(stop, Flows::Whole, None).solve(budget.counts());
                balance_bound = balance_bound.max(solved.result.bound.unwrap_or(0.0));
                flows = solved.whole_flows();
            }
        }
        let res = &solved.result;
        let result = crate::t!(
            "planning-result-counts",
            status = res.status.word(),
            balance = figure(res.objective),
            bound = figure(Some(balance_bound))
        );
        self.report("counts", (vars, rows), res.seconds, result);
        let first = res
            .objective
            .and(flows)
            .map(|flows| counts::layout_from_counts(stop, &solved.groups, &solved.types, &flows));
        (balance_bound, first)
    }

    /// Stage 3, placement with those counts: the search lowers clashes keeping the balance.
    fn search(&mut self, first: Vec<usize>, balance_bound: f64) -> Best {
        let stop = self.stop;
        if self.budget.out_of_time() {
            let cost = search::stand_cost(stop, &first);
            return Best {
                layout: first,
                cost,
                bound: balance_bound.min(cost),
            };
        }
        self.progress
            .stage("search", &crate::t!("planning-progress-search"));
        let t = Instant::now();
        let (layout, clash) = search::reduce_clashes(
            stop,
            first,
            0.0,
            self.opts.seed,
            self.budget.deadline(),
            search::forced_watch(stop),
        );
        let cost = search::stand_cost(stop, &layout);
        let best = Best {
            layout,
            cost,
            bound: balance_bound.min(cost),
        };
        self.report(
            "search",
            (0, 0),
            t.elapsed().as_secs_f64(),
            crate::t!("planning-result-search", clash = figure(Some(clash))),
        );
        self.progress.totals(best.cost, best.bound);
        best
    }

    /// Stage 4, least clash: a second bound, added to the balance bound. Returns the clash bound.
    fn least_clash(&mut self, best: &mut Best, balance_bound: f64) -> f64 {
        let built = build_within(self.stop, StandTerms::ClashOnly, self.budget.deadline());
        let Some(model) = built.filter(|_| !self.budget.out_of_time()) else {
            return 0.0;
        };
        let (vars, rows) = model.size();
        self.progress.stage(
            "least-clash",
            &crate::t!("planning-progress-least-clash", vars = vars, rows = rows),
        );
        let (res, _, _) = model.solve(self.budget.least_clash(), Some(&best.layout), 0.0, 0.0);
        let clash_bound = res.bound.unwrap_or(0.0).max(0.0);
        best.bound = best.bound.max(balance_bound + clash_bound);
        let result = crate::t!(
            "planning-result-least-clash",
            status = res.status.word(),
            bound = figure(Some(clash_bound))
        );
        self.report("least-clash", (vars, rows), res.seconds, result);
        self.progress.totals(best.cost, best.bound);
        clash_bound
    }

    /// Stage 5, whole model: the exact MILP of the stand objective, told both bounds.
    fn whole_model(&mut self, best: &mut Best, clash_bound: f64, balance_bound: f64) {
        let stop = self.stop;
        let built = build_within(stop, StandTerms::All, self.budget.deadline());
        let Some(model) = built.filter(|_| !self.budget.out_of_time()) else {
            return;
        };
        let (vars, rows) = model.size();
        self.progress.stage(
            "whole",
            &crate::t!("planning-progress-whole", vars = vars, rows = rows),
        );
        let limits = self.budget.whole_stands();
        let (res, places, groups) =
            model.solve(limits, Some(&best.layout), clash_bound, balance_bound);
        if res.objective.is_some() {
            let found = layout_from_places(stop, &groups, &places, &res);
            let cost = search::stand_cost(stop, &found);
            if cost < best.cost - 1e-9 {
                best.cost = cost;
                best.layout = found;
            }
        }
        if let Some(b) = res.bound {
            best.bound = best.bound.max(b);
        }
        let result = crate::t!(
            "planning-result-whole",
            status = res.status.word(),
            objective = figure(res.objective),
            bound = figure(res.bound)
        );
        self.report("whole", (vars, rows), res.seconds, result);
        self.progress.totals(best.cost, best.bound);
    }

    /// Whether the gap is closed (to the options' gap) or the time is up.
    fn done(&self, best: &Best) -> bool {
        relative_gap(best.cost, best.bound) <= self.opts.gap.max(OPTIMAL_GAP)
            || self.budget.out_of_time()
    }

    fn report(&mut self, name: &'static str, size: (usize, usize), seconds: f64, result: String) {
        self.stages.push(StageReport {
            name,
            variables: size.0,
            rows: size.1,
            seconds,
            result,
        });
    }

    fn finish(self, status: Status, best: Option<Best>, infeasible: Vec<Explanation>) -> Outcome {
        Outcome {
            status,
            objective: best.as_ref().map(|b| b.cost),
            bound: best.as_ref().map(|b| b.bound),
            stand_of: best.map(|b| b.layout),
            seconds: self.budget.seconds(),
            infeasible,
            stages: self.stages,
        }
    }
}

/// A placement model built before the deadline, if any: on a worker thread, so that a model too
/// large for the time left is given up (the worker ends on its own, and its model is dropped).
fn build_within(
    stop: &Stop,
    terms: StandTerms,
    deadline: Option<Instant>,
) -> Option<PlacementModel> {
    let Some(deadline) = deadline else {
        return Some(PlacementModel::build(stop, terms));
    };
    let stop = stop.clone();
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("caravane-model".into())
        .spawn(move || {
            let _ = tx.send(PlacementModel::build(&stop, terms));
        })
        .ok()?;
    rx.recv_timeout(deadline.saturating_duration_since(Instant::now()))
        .ok()
}

//! Running a good_lp model on HiGHS with the options Caravane means, reading back the bound and
//! the gap that good_lp's own `Solution` does not expose, and guarding the time limit.
//!
//! HiGHS does not always stop at its time limit (its presolve can run on), so the solve runs on
//! a worker thread and the caller waits at most the limit plus a grace period, and never past
//! the moment the whole solve must give up ([`Limits::give_up_at`]); past that the caller gets
//! [`MipStatus::TimedOut`] and the worker is left to finish on its own.
//!
//! Every model Caravane solves minimises a weighted sum of terms that are never negative, so 0
//! bounds every one of them: a dual bound below 0 (HiGHS reports the trivial bound of the
//! variables' ranges when a limit stops it before its first relaxation) is read as 0.

use good_lp::{Constraint, Expression, ProblemVariables, SolverModel, Variable};
use std::collections::HashMap;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How a MILP is to be solved.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Seconds allowed (None: until proven).
    pub time_limit: Option<f64>,
    /// Relative gap at which to stop.
    pub rel_gap: f64,
    /// HiGHS threads.
    pub threads: u32,
    /// Whether HiGHS presolves. Small models with strong cuts (the count model) solve faster
    /// without: presolve weakens the rounding cuts.
    pub presolve: bool,
    /// When the caller stops waiting whatever HiGHS is doing (None: the time limit plus a grace
    /// period). Past it, the solve is not even started.
    pub give_up_at: Option<Instant>,
}

impl Limits {
    /// Whether the moment to give up has come: a solve asked now would not even start.
    pub fn expired(&self) -> bool {
        self.give_up_at.is_some_and(|at| Instant::now() >= at)
    }
}

/// What a MILP solve gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MipStatus {
    /// Solved to the requested gap.
    Optimal,
    /// A limit stopped the search with a solution in hand.
    Feasible,
    /// Proven to have no solution.
    Infeasible,
    /// A limit stopped the search before any solution.
    NoSolution,
    /// HiGHS did not come back in time; nothing is known.
    TimedOut,
}

impl std::fmt::Display for MipStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            MipStatus::Optimal => "optimal",
            MipStatus::Feasible => "feasible",
            MipStatus::Infeasible => "infeasible",
            MipStatus::NoSolution => "no solution",
            MipStatus::TimedOut => "timed out",
        })
    }
}

impl MipStatus {
    /// The status in a stage's report, for people, in the current language.
    pub fn word(self) -> String {
        match self {
            MipStatus::Optimal => crate::t!("planning-mip-optimal"),
            MipStatus::Feasible => crate::t!("planning-mip-feasible"),
            MipStatus::Infeasible => crate::t!("planning-mip-infeasible"),
            MipStatus::NoSolution => crate::t!("planning-mip-no-solution"),
            MipStatus::TimedOut => crate::t!("planning-mip-timed-out"),
        }
    }
}

/// The result of one MILP solve.
#[derive(Debug, Clone)]
pub struct MipResult {
    /// Outcome.
    pub status: MipStatus,
    /// Values of the variables (empty without a solution).
    pub values: HashMap<Variable, f64>,
    /// Objective of the solution found.
    pub objective: Option<f64>,
    /// Best proven lower bound (minimisation).
    pub bound: Option<f64>,
    /// Wall-clock seconds.
    pub seconds: f64,
    /// Columns and rows of the model.
    pub size: (usize, usize),
}

impl MipResult {
    /// The value of a variable.
    pub fn value(&self, v: Variable) -> f64 {
        self.values.get(&v).copied().unwrap_or(0.0)
    }
}

/// A model ready to solve: variables, objective to minimise, constraints, optional start.
pub struct Mip {
    /// The variables.
    pub vars: ProblemVariables,
    /// Minimised.
    pub objective: Expression,
    /// Rows.
    pub constraints: Vec<Constraint>,
    /// A known solution to start from (every variable).
    pub start: Option<HashMap<Variable, f64>>,
}

/// Grace period beyond the time limit before the caller gives up on HiGHS.
const GRACE: f64 = 1.0;

/// Solves a MILP on HiGHS within the limits.
pub fn solve(mip: Mip, limits: Limits) -> MipResult {
    let started = Instant::now();
    let n_cols = mip.vars.len();
    let n_rows = mip.constraints.len();
    let timed_out = MipResult {
        status: MipStatus::TimedOut,
        values: HashMap::new(),
        objective: None,
        bound: None,
        seconds: 0.0,
        size: (n_cols, n_rows),
    };
    let grace = limits
        .time_limit
        .and_then(|t| Duration::try_from_secs_f64((t + GRACE).max(0.0)).ok())
        .and_then(|d| started.checked_add(d));
    let give_up_at = match (grace, limits.give_up_at) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let received = if limits.expired() {
        None
    } else {
        let (tx, rx) = mpsc::channel();
        let worker = std::thread::Builder::new()
            .name("caravane-highs".into())
            .spawn(move || {
                let _ = tx.send(run(mip, limits));
            });
        match (worker, give_up_at) {
            (Err(_), _) => None,
            (Ok(_), None) => rx.recv().ok(),
            (Ok(_), Some(at)) => rx
                .recv_timeout(at.saturating_duration_since(Instant::now()))
                .ok(),
        }
    };
    let mut result = received.unwrap_or(timed_out);
    result.seconds = started.elapsed().as_secs_f64();
    result.size = (n_cols, n_rows);
    tracing::debug!(
        variables = n_cols,
        rows = n_rows,
        status = ?result.status,
        objective = ?result.objective,
        bound = ?result.bound,
        seconds = result.seconds,
        "HiGHS solve"
    );
    result
}

/// A file HiGHS writes its log to while it solves, when that log is traced (`caravane -vv`);
/// created new (never an existing file or link) and removed when dropped.
struct LogFile(std::path::PathBuf);

impl LogFile {
    fn new() -> Option<LogFile> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        if !tracing::enabled!(target: "caravane::highs", tracing::Level::TRACE) {
            return None;
        }
        let path = std::env::temp_dir().join(format!(
            "caravane-highs-{}-{}.log",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .ok()?;
        Some(LogFile(path))
    }

    /// Hands the log to the tracing subscriber, line by line (once the solve has ended).
    fn trace(&self) {
        if let Ok(text) = std::fs::read_to_string(&self.0) {
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                tracing::trace!(target: "caravane::highs", "{line}");
            }
        }
    }
}

impl Drop for LogFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Solves, and checks HiGHS's figures against its own solution.
///
/// The objective is the model's objective valued at the solution HiGHS returns. When HiGHS's
/// own figure for it differs, presolve has lost track of the model (seen with a MIP start that
/// is already optimal in the presolved model: HiGHS then declares that start optimal, with a
/// bound as wrong as its figure), and nothing it proved can be trusted: the model is solved
/// again without the start, then without presolve. A solution is always kept (the best one
/// valued), a bound only from a solve whose figures agree.
fn run(mip: Mip, limits: Limits) -> MipResult {
    let started = Instant::now();
    let mut kept: Option<MipResult> = None;
    // (with the start, with presolve): as asked, then without the start, then without presolve.
    let has_start = mip.start.is_some();
    let mut attempts = vec![(has_start, limits.presolve)];
    if has_start {
        attempts.push((false, limits.presolve));
    }
    if limits.presolve {
        attempts.push((false, false));
    }
    for (k, &(with_start, presolve)) in attempts.iter().enumerate() {
        let spent = started.elapsed().as_secs_f64();
        let limits = Limits {
            time_limit: limits.time_limit.map(|t| (t - spent).max(0.01)),
            presolve,
            ..limits
        };
        let mip = Mip {
            start: if with_start { mip.start.clone() } else { None },
            vars: mip.vars.clone(),
            objective: mip.objective.clone(),
            constraints: mip.constraints.clone(),
        };
        let (mut result, agrees) = run_once(mip, limits);
        if let Some(earlier) = kept.take() {
            // An earlier solution valued lower is kept, with the bound of this solve.
            if let (Some(old), Some(new)) = (earlier.objective, result.objective) {
                if old < new {
                    result.values = earlier.values;
                    result.objective = Some(old);
                }
            } else if result.objective.is_none() && earlier.objective.is_some() {
                result.values = earlier.values;
                result.objective = earlier.objective;
                result.status = MipStatus::Feasible;
            }
            if let (Some(b), Some(o)) = (result.bound, result.objective) {
                result.bound = Some(b.min(o));
            }
        }
        if agrees {
            return result;
        }
        tracing::debug!(
            attempt = k,
            "HiGHS's objective differs from its solution's: solving again"
        );
        result.bound = None;
        if result.status == MipStatus::Optimal {
            result.status = MipStatus::Feasible;
        }
        kept = Some(result);
        if limits
            .time_limit
            .is_some_and(|t| started.elapsed().as_secs_f64() >= t)
        {
            break;
        }
    }
    kept.expect("at least one attempt ran")
}

/// One solve on HiGHS; whether HiGHS's objective figure agrees with the solution's value.
fn run_once(mip: Mip, limits: Limits) -> (MipResult, bool) {
    use good_lp::IntoAffineExpression;
    // good_lp hands HiGHS the objective without its constant term, and HiGHS measures its
    // relative gap on what it is given. A column fixed at 1 carries the constant instead, so
    // that the gap HiGHS stops at is the gap of the true objective.
    let Mip {
        mut vars,
        mut objective,
        constraints,
        start,
    } = mip;
    let offset = objective.constant();
    let mut one = None;
    if offset != 0.0 {
        let v = vars.add(good_lp::variable().min(1).max(1));
        objective += offset * v - offset;
        one = Some(v);
    }
    let order: Vec<Variable> = vars.iter_variables_with_def().map(|(v, _)| v).collect();
    let mip_start = start;
    let valued = objective.clone();
    let mut problem = vars
        .minimise(objective)
        .using(good_lp::solvers::highs::highs);
    for c in constraints {
        problem.add_constraint(c);
    }
    let no = MipResult {
        status: MipStatus::NoSolution,
        values: HashMap::new(),
        objective: None,
        bound: None,
        seconds: 0.0,
        size: (0, 0),
    };
    let Ok(mut model) = problem.try_into_inner() else {
        return (no, true);
    };
    model.make_quiet();
    // CARAVANE_SOLVER_LOG=1 shows HiGHS's own log on standard output, for diagnosis; a
    // tracing subscriber at TRACE level for `caravane::highs` receives it line by line.
    let log = std::env::var_os("CARAVANE_SOLVER_LOG").is_some_and(|v| v == "1");
    let traced = LogFile::new();
    model.set_option("output_flag", log || traced.is_some());
    model.set_option("log_to_console", log);
    if let Some(file) = &traced {
        model.set_option("log_file", file.0.to_string_lossy().as_ref());
    }
    model.set_option("random_seed", 0);
    model.set_option("mip_rel_gap", limits.rel_gap);
    model.set_option("mip_abs_gap", 1e-7);
    model.set_option("threads", limits.threads.max(1) as i32);
    if !limits.presolve {
        model.set_option("presolve", "off");
    }
    if let Some(t) = limits.time_limit {
        model.set_option("time_limit", t.max(0.01));
    }
    if let Some(start) = &mip_start {
        let cols: Vec<f64> = order
            .iter()
            .map(|v| {
                if Some(*v) == one {
                    1.0
                } else {
                    start.get(v).copied().unwrap_or(0.0)
                }
            })
            .collect();
        let _ = model.try_set_solution(Some(&cols), None, None, None);
    }
    let solved = model.try_solve();
    if let Some(file) = &traced {
        file.trace();
    }
    let Ok(solved) = solved else {
        return (no, true);
    };
    use ::highs::{HighsModelStatus as S, HighsSolutionStatus};
    // A model without a single variable (a stop with no exhibitor) has nothing to decide: its
    // objective is its constant. HiGHS reports no solution status for it, so none is asked.
    if solved.status() == S::ModelEmpty {
        let values: HashMap<Variable, f64> = order.iter().map(|&v| (v, 0.0)).collect();
        let objective = valued.eval_with(&values);
        let result = MipResult {
            status: MipStatus::Optimal,
            values,
            objective: Some(objective),
            bound: Some(objective.max(0.0)),
            seconds: 0.0,
            size: (0, 0),
        };
        return (result, true);
    }
    let has_solution = solved.primal_solution_status() == HighsSolutionStatus::Feasible;
    let bound = solved
        .double_info_value(c"mip_dual_bound")
        .ok()
        .filter(|b| b.is_finite())
        .map(|b| b.max(0.0));
    let status = match solved.status() {
        S::Infeasible => MipStatus::Infeasible,
        S::Optimal if has_solution => MipStatus::Optimal,
        _ if has_solution => MipStatus::Feasible,
        _ => MipStatus::NoSolution,
    };
    let values = if has_solution {
        order
            .iter()
            .copied()
            .zip(solved.get_solution().columns().iter().copied())
            .collect()
    } else {
        HashMap::new()
    };
    let objective = has_solution.then(|| valued.eval_with(&values));
    let reported = solved.objective_value();
    let agrees = objective.is_none_or(|o| (o - reported).abs() <= 1e-6 * o.abs().max(1.0));
    // A model whose integer variables presolve removed reports no MIP bound: it is the optimum.
    let bound = bound.or(if status == MipStatus::Optimal {
        objective
    } else {
        None
    });
    let result = MipResult {
        status,
        values,
        objective,
        bound,
        seconds: 0.0,
        size: (0, 0),
    };
    (result, agrees)
}

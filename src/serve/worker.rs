//! The library side of the workbench's long jobs: a request in, a result out, with progress
//! handed to a callback. The hidden command `caravane work` reads a [`Request`] as JSON on its
//! standard input, writes each [`Update`] as one JSON line on its standard error and the
//! result as JSON on its standard output; the server runs it as a child process
//! ([`super::jobs`]), so that a long solve can be cancelled by ending the process and a crash
//! cannot take the server down. The library never prints: this module only calls the same
//! planning functions as the commands `solve`, `replan` and `compare`.

use crate::check;
use crate::format::{Problem, Solution, Tour};
use crate::i18n::Lang;
use crate::planning::replan::{replan, Priority, ReplanOptions};
use crate::planning::stop::{plan_parts, Parts};
use crate::solve::{relative_gap, Options, Progress};
use crate::tour::{plan_itineraries, TourModel, TourOptions, TourProgress};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::sync::Mutex;
use std::time::Instant;

/// What to do, as the server sends it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Request {
    /// Plan a whole stop: the stands, then the sessions (pins and forbidden stands are in the
    /// stop file, so the optimum is proven under them).
    Plan {
        /// The stop's name.
        name: String,
        /// The working stop file.
        problem: Problem,
        /// Seconds allowed (None: until proven optimal).
        time_limit: Option<f64>,
        /// The language of the sentences.
        lang: String,
    },
    /// Re-plan a stop that changed since `announced`.
    Replan {
        /// The stop's name.
        name: String,
        /// The changed stop file.
        problem: Problem,
        /// The layout the moves are counted from.
        announced: Solution,
        /// `fewest-moves` (the default) or a move cost in objective units.
        move_cost: Option<f64>,
        /// Seconds allowed (60 by default, as `caravane replan`).
        time_limit: Option<f64>,
        /// The language of the sentences.
        lang: String,
    },
    /// Plan the sessions again, keeping the stands of `layout`.
    Sessions {
        /// The stop's name.
        name: String,
        /// The working stop file.
        problem: Problem,
        /// The layout whose stands are kept.
        layout: Solution,
        /// Seconds allowed.
        time_limit: Option<f64>,
        /// The language of the sentences.
        lang: String,
    },
    /// Plan every itinerary of a tour and compare them, as `caravane compare`.
    CompareTour {
        /// The tour file.
        tour: Tour,
        /// Seconds allowed per stop (30 by default, as the command).
        time_limit: Option<f64>,
        /// The language of the sentences.
        lang: String,
    },
}

impl Request {
    /// The kind, as the jobs list it (`plan`, `replan`, `sessions`, `compare-tour`).
    pub fn kind(&self) -> &'static str {
        match self {
            Request::Plan { .. } => "plan",
            Request::Replan { .. } => "replan",
            Request::Sessions { .. } => "sessions",
            Request::CompareTour { .. } => "compare-tour",
        }
    }

    fn lang(&self) -> Lang {
        let code = match self {
            Request::Plan { lang, .. }
            | Request::Replan { lang, .. }
            | Request::Sessions { lang, .. }
            | Request::CompareTour { lang, .. } => lang,
        };
        Lang::parse(code).unwrap_or_default()
    }
}

/// News of a job: a stage that starts, or the best total and bound found so far.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Update {
    /// The stage's name (`matching`, `counts`, `search`, `whole`, `timetable`, `replan`,
    /// `tour`…).
    pub stage: String,
    /// The stage in the planner's words.
    pub words: String,
    /// What it does, in the planner's words.
    pub detail: String,
    /// Seconds since the job started.
    pub elapsed: f64,
    /// The best total found so far, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub best: Option<f64>,
    /// The proven lower bound, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub bound: Option<f64>,
    /// The relative gap between them, when both are known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub gap: Option<f64>,
}

/// The words of a stage: the solver's stages as the command line names them, and the job's
/// own.
pub fn stage_words(stage: &str) -> String {
    match stage {
        "replan" => crate::t!("web-jobs-stage-replan"),
        "tour" => crate::t!("web-jobs-stage-tour"),
        "check" => crate::t!("web-jobs-stage-check"),
        other => crate::solve::stage_label(other),
    }
}

/// Passes the solver's news on to the callback, with the time since the start.
struct Relay<'a> {
    started: Instant,
    report: &'a (dyn Fn(Update) + Sync),
    stage: Mutex<String>,
}

impl Relay<'_> {
    fn send(&self, stage: &str, detail: &str) {
        if let Ok(mut s) = self.stage.lock() {
            *s = stage.to_string();
        }
        (self.report)(Update {
            stage: stage.to_string(),
            words: stage_words(stage),
            detail: detail.to_string(),
            elapsed: self.started.elapsed().as_secs_f64(),
            ..Update::default()
        });
    }
}

impl Progress for Relay<'_> {
    fn stage(&self, name: &str, detail: &str) {
        self.send(name, detail);
    }

    fn totals(&self, best: f64, bound: f64) {
        let stage = self.stage.lock().map(|s| s.clone()).unwrap_or_default();
        (self.report)(Update {
            words: stage_words(&stage),
            stage,
            detail: String::new(),
            elapsed: self.started.elapsed().as_secs_f64(),
            best: Some(best),
            bound: Some(bound),
            gap: Some(relative_gap(best, bound)),
        });
    }
}

impl TourProgress for Relay<'_> {
    fn stop_planned(&self, itinerary: &str, index: usize, of: usize, summary: &str) {
        self.send(
            "tour",
            &crate::t!(
                "web-jobs-tour-stop",
                itinerary = itinerary,
                index = index,
                of = of,
                summary = summary
            ),
        );
    }
}

/// Runs `request`, telling each stage to `report`; the result as JSON, or why there is none
/// in the planner's words.
///
/// The results: `plan` and `sessions` give `{solution, claim}` (the checker's claim); `replan`
/// gives `{solution, claim, left, free, moves, chosen_moves, before, sessions_kept,
/// sessions_moved, stopped}` as `caravane replan --json`; `compare-tour` gives the comparison
/// as `caravane compare --format json`.
///
/// # Errors
/// When the planning fails (no layout, a disagreement of the solver and the checker).
pub fn run(request: &Request, report: &(dyn Fn(Update) + Sync)) -> Result<Value, String> {
    let lang = request.lang();
    crate::i18n::scoped(lang, || run_in(request, lang, report))
}

fn run_in(
    request: &Request,
    lang: Lang,
    report: &(dyn Fn(Update) + Sync),
) -> Result<Value, String> {
    let relay = Relay {
        started: Instant::now(),
        report,
        stage: Mutex::new(String::new()),
    };
    let options = |time_limit: Option<f64>| Options {
        time_limit: time_limit.filter(|t| t.is_finite() && *t > 0.0),
        ..Options::default()
    };
    match request {
        Request::Plan {
            name,
            problem,
            time_limit,
            ..
        } => {
            let planned = plan_parts(name, problem, &options(*time_limit), &relay, Parts::Whole)
                .map_err(|e| e.to_string())?;
            Ok(with_claim(problem, &planned.solution, lang, json!({})))
        }
        Request::Sessions {
            name,
            problem,
            layout,
            time_limit,
            ..
        } => {
            let parts = Parts::Sessions { layout };
            let planned = plan_parts(name, problem, &options(*time_limit), &relay, parts)
                .map_err(|e| e.to_string())?;
            Ok(with_claim(problem, &planned.solution, lang, json!({})))
        }
        Request::Replan {
            name,
            problem,
            announced,
            move_cost,
            time_limit,
            ..
        } => {
            relay.send("replan", &crate::t!("web-jobs-replanning"));
            let priority = match move_cost {
                Some(cost) if cost.is_finite() && *cost >= 0.0 => {
                    Priority::Weighted { cost: *cost }
                }
                _ => Priority::FewestMovesFirst,
            };
            let replan_options = ReplanOptions {
                priority,
                max_moves: None,
                solve: options(Some(time_limit.unwrap_or(60.0))),
            };
            let done =
                replan(name, problem, announced, &replan_options).map_err(|e| e.to_string())?;
            let extra = json!({
                "left": done.left,
                "free": done.free,
                "moves": done.moves,
                "chosen_moves": done.chosen_moves,
                "before": done.before,
                "sessions_kept": done.sessions_kept,
                "sessions_moved": done.sessions_moved,
                "stopped": done.stopped,
            });
            Ok(with_claim(problem, &done.solution, lang, extra))
        }
        Request::CompareTour {
            tour, time_limit, ..
        } => {
            let model = TourModel::new(tour.clone());
            let tour_options = TourOptions {
                solve: options(Some(time_limit.unwrap_or(30.0))),
                ..TourOptions::default()
            };
            let stops: usize = model.tour.itineraries.iter().map(|i| i.stops.len()).sum();
            relay.send("tour", &crate::t!("web-jobs-tour-start", stops = stops));
            let itineraries = model.tour.itineraries.clone();
            let plans = plan_itineraries(&model, &itineraries, &tour_options, &relay);
            let comparison = crate::tour::compare::compare(&model, &plans);
            serde_json::to_value(comparison).map_err(|e| e.to_string())
        }
    }
}

/// `extra` with the solution and the checker's claim about it (every total the workbench
/// shows comes from the checker).
fn with_claim(problem: &Problem, solution: &Solution, lang: Lang, extra: Value) -> Value {
    let claim = check::claim(problem, solution);
    let mut out = extra;
    out["solution"] = serde_json::to_value(solution).unwrap_or(Value::Null);
    out["claim"] = serde_json::to_value(&claim).unwrap_or(Value::Null);
    out["claim_words"] = Value::String(claim.summary_in(lang));
    out
}

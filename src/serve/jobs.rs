//! Long work (solves, re-plans, the sessions re-planned, tour comparisons), run in a child
//! process.
//!
//! [`Jobs::start`] starts the server's own program as `caravane work` ([`super::worker`]),
//! writes the request on its standard input, reads its progress (one JSON line per stage, with
//! the best total, bound and gap when known) from its standard error and its result from its
//! standard output. The request threads never wait for it; a crash of the child fails the job
//! and nothing else; [`Jobs::cancel`] ends the child process. When the child succeeds, the
//! job's `on_done` puts its result in the workspace (one transaction) and says what it did.
//!
//! The registry lives in memory: a server stopped during a solve loses that solve only (the
//! workspace is only ever written by whole transactions). At most one job runs per stop or
//! tour at a time.
//!
//! Endpoints: `POST /api/stops/{id}/solve`, `/replan`, `/replan-sessions` start a job and
//! answer `{job}`; `GET /api/jobs/{job}` its progress; `POST /api/jobs/{job}/cancel`;
//! `GET /api/stops/{id}/job` the last job of a stop (a page opened while it runs).

use super::api::lang;
use super::worker::{Request, Update};
use super::workspace::{Edit, State as StopState, Workspace};
use super::{ApiError, AppState};
use crate::format::{Problem, Solution};
use crate::i18n::Lang;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};

/// What a job works for: one stop, or one tour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "id")]
pub enum Owner {
    /// A stop of the workspace.
    Stop(i64),
    /// A tour of the workspace.
    Tour(i64),
}

/// Where a job is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum JobState {
    /// Still working.
    Running,
    /// Finished, its result kept.
    Done,
    /// Ended without a result (the message says why).
    Failed,
    /// Stopped by the planner.
    Cancelled,
}

/// What the workspace does with a job's result, once the child finished: it gets the result
/// and answers the sentence the planner reads and the result the page gets.
pub type OnDone =
    Box<dyn FnOnce(&mut Workspace, Value) -> Result<(String, Value), ApiError> + Send + 'static>;

/// A stage of a job, as the page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Stage {
    /// The stage's name.
    pub stage: String,
    /// In words.
    pub words: String,
    /// What it does.
    pub detail: String,
    /// Seconds spent in it (so far, for the last one of a running job).
    pub seconds: f64,
    #[serde(skip)]
    at: f64,
}

/// A job, as `GET /api/jobs/{job}` answers it.
#[derive(Debug, Clone, Serialize)]
pub struct JobView {
    /// Its number.
    pub id: u64,
    /// `plan`, `replan`, `sessions` or `compare-tour`.
    pub kind: &'static str,
    /// What it works for.
    pub owner: Owner,
    /// Where it is.
    pub state: JobState,
    /// Its stages so far.
    pub stages: Vec<Stage>,
    /// The best total found so far.
    pub best: Option<f64>,
    /// The proven lower bound.
    pub bound: Option<f64>,
    /// The relative gap.
    pub gap: Option<f64>,
    /// Seconds since it started (until it ended).
    pub elapsed: f64,
    /// What happened, in the planner's words, once it ended.
    pub message: String,
    /// The result, once done.
    pub result: Option<Value>,
    /// The child process's id while it runs (for the planner's system monitor and the tests).
    pub pid: Option<u32>,
}

struct Job {
    view: JobView,
    started: Instant,
    cancel: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Job {
    fn snapshot(&self) -> JobView {
        let mut view = self.view.clone();
        if view.state == JobState::Running {
            view.elapsed = self.started.elapsed().as_secs_f64();
        }
        let end = view.elapsed;
        let n = view.stages.len();
        for i in 0..n {
            let next = if i + 1 < n {
                view.stages[i + 1].at
            } else {
                end
            };
            view.stages[i].seconds = (next - view.stages[i].at).max(0.0);
        }
        view
    }

    fn update(&mut self, u: Update) {
        if u.best.is_some() {
            self.view.best = u.best;
            self.view.bound = u.bound;
            self.view.gap = u.gap;
        }
        if !u.detail.is_empty() || u.best.is_none() {
            self.view.stages.push(Stage {
                stage: u.stage,
                words: u.words,
                detail: u.detail,
                seconds: 0.0,
                at: u.elapsed,
            });
        }
    }

    fn end(&mut self, state: JobState, message: String, result: Option<Value>) {
        if self.view.state == JobState::Running {
            self.view.state = state;
            self.view.elapsed = self.started.elapsed().as_secs_f64();
        }
        self.view.message = message;
        self.view.result = result;
        self.view.pid = None;
        self.cancel = None;
    }
}

/// How many ended jobs the registry remembers.
const KEPT: usize = 200;

/// The jobs running or finished, in memory.
#[derive(Default)]
pub struct Jobs {
    all: Mutex<BTreeMap<u64, Arc<Mutex<Job>>>>,
}

impl Jobs {
    /// Starts `request` in a child process for `owner`; `on_done` puts its result in the
    /// workspace. The job's number.
    ///
    /// This is how every part of the workbench starts long work: a tour comparison is
    /// `Jobs::start(state, Owner::Tour(id), Request::CompareTour {..}, on_done)` with an
    /// `on_done` that keeps the comparison (`ws.set_comparison`).
    ///
    /// # Errors
    /// A 409 `busy` when a job of the same owner is still running.
    pub fn start(
        &self,
        state: &AppState,
        owner: Owner,
        request: Request,
        on_done: OnDone,
    ) -> Result<u64, ApiError> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job = {
            let mut all = self
                .all
                .lock()
                .map_err(|_| ApiError::internal("jobs lock"))?;
            for j in all.values() {
                let j = j.lock().map_err(|_| ApiError::internal("job lock"))?;
                if j.view.owner == owner && j.view.state == JobState::Running {
                    return Err(ApiError::new(
                        StatusCode::CONFLICT,
                        "busy",
                        crate::t!("web-jobs-busy", job = j.view.id),
                    ));
                }
            }
            while all.len() >= KEPT {
                let oldest_ended = all
                    .iter()
                    .find(|(_, j)| j.lock().map_or(true, |j| j.view.state != JobState::Running))
                    .map(|(k, _)| *k);
                match oldest_ended {
                    Some(k) => all.remove(&k),
                    None => break,
                };
            }
            let id = all.keys().next_back().map_or(1, |k| k + 1);
            let job = Arc::new(Mutex::new(Job {
                view: JobView {
                    id,
                    kind: request.kind(),
                    owner,
                    state: JobState::Running,
                    stages: Vec::new(),
                    best: None,
                    bound: None,
                    gap: None,
                    elapsed: 0.0,
                    message: String::new(),
                    result: None,
                    pid: None,
                },
                started: Instant::now(),
                cancel: Some(tx),
            }));
            all.insert(id, job.clone());
            job
        };
        let id = job.lock().map(|j| j.view.id).unwrap_or(0);
        tokio::spawn(run_job(state.clone(), job, request, on_done, rx));
        Ok(id)
    }

    /// Job `id` as it is now.
    pub fn get(&self, id: u64) -> Option<JobView> {
        let all = self.all.lock().ok()?;
        let job = all.get(&id)?.lock().ok()?;
        Some(job.snapshot())
    }

    /// The last job of `owner`, if any.
    pub fn last_of(&self, owner: Owner) -> Option<JobView> {
        let all = self.all.lock().ok()?;
        all.values().rev().find_map(|j| {
            let j = j.lock().ok()?;
            (j.view.owner == owner).then(|| j.snapshot())
        })
    }

    /// Stops job `id` (its child process is ended); what it is now.
    pub fn cancel(&self, id: u64) -> Option<JobView> {
        let all = self.all.lock().ok()?;
        let mut job = all.get(&id)?.lock().ok()?;
        if let Some(tx) = job.cancel.take() {
            let _ = tx.send(());
        }
        Some(job.snapshot())
    }

    /// Whether a job is running for `owner`.
    pub fn running(&self, owner: Owner) -> bool {
        self.last_of(owner)
            .is_some_and(|j| j.state == JobState::Running)
    }
}

/// Runs the child, follows its progress, and ends the job.
async fn run_job(
    state: AppState,
    job: Arc<Mutex<Job>>,
    request: Request,
    on_done: OnDone,
    cancel: tokio::sync::oneshot::Receiver<()>,
) {
    let lang = match &request {
        Request::Plan { lang, .. }
        | Request::Replan { lang, .. }
        | Request::Sessions { lang, .. }
        | Request::CompareTour { lang, .. } => Lang::parse(lang).unwrap_or_default(),
    };
    let end = |s: JobState, m: String, r: Option<Value>| {
        if let Ok(mut j) = job.lock() {
            j.end(s, m, r);
        }
    };
    let outcome = child(&state, &job, &request, cancel).await;
    match outcome {
        Child::Cancelled => end(
            JobState::Cancelled,
            crate::tl!(lang, "web-jobs-cancelled"),
            None,
        ),
        Child::Failed(why) => end(
            JobState::Failed,
            crate::tl!(lang, "web-jobs-failed", why = why),
            None,
        ),
        Child::Result(value) => {
            let applied = state
                .with_workspace_in(lang, move |ws| on_done(ws, value))
                .await;
            match applied {
                Ok((message, result)) => end(JobState::Done, message, Some(result)),
                Err(e) => end(
                    JobState::Failed,
                    crate::tl!(lang, "web-jobs-failed", why = e.message),
                    None,
                ),
            }
        }
    }
}

enum Child {
    Result(Value),
    Failed(String),
    Cancelled,
}

async fn child(
    state: &AppState,
    job: &Arc<Mutex<Job>>,
    request: &Request,
    mut cancel: tokio::sync::oneshot::Receiver<()>,
) -> Child {
    let input = match serde_json::to_vec(request) {
        Ok(v) => v,
        Err(e) => return Child::Failed(e.to_string()),
    };
    let spawned = tokio::process::Command::new(&state.shared().config.worker)
        .arg("work")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn();
    let mut process = match spawned {
        Ok(p) => p,
        Err(e) => return Child::Failed(e.to_string()),
    };
    if let Ok(mut j) = job.lock() {
        j.view.pid = process.id();
    }
    if let Some(mut stdin) = process.stdin.take() {
        tokio::spawn(async move {
            let _ = stdin.write_all(&input).await;
            let _ = stdin.shutdown().await;
        });
    }
    let progress = process.stderr.take().map(|stderr| {
        let job = job.clone();
        tokio::spawn(async move {
            let mut lines = tokio::io::BufReader::new(stderr).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                if let Ok(u) = serde_json::from_str::<Update>(&line) {
                    if let Ok(mut j) = job.lock() {
                        j.update(u);
                    }
                }
            }
        })
    });
    let output = process.stdout.take().map(|mut stdout| {
        tokio::spawn(async move {
            let mut text = String::new();
            let _ = stdout.read_to_string(&mut text).await;
            text
        })
    });
    let status = tokio::select! {
        status = process.wait() => status,
        _ = &mut cancel => {
            let _ = process.kill().await;
            return Child::Cancelled;
        }
    };
    if let Some(p) = progress {
        let _ = p.await;
    }
    let text = match output {
        Some(o) => o.await.unwrap_or_default(),
        None => String::new(),
    };
    let answer: Value = serde_json::from_str(text.trim()).unwrap_or(Value::Null);
    if let Some(result) = answer.get("result") {
        return Child::Result(result.clone());
    }
    if let Some(error) = answer.get("error").and_then(Value::as_str) {
        return Child::Failed(error.to_string());
    }
    Child::Failed(match status {
        Ok(s) => s.to_string(),
        Err(e) => e.to_string(),
    })
}

/// Puts a stop's new layout in its working state when the stop is still at `revision`, or
/// saves it as a new version when the planner changed the stop meanwhile: nothing is lost.
/// The sentence says which, with the checker's claim; the result gains `applied` and
/// `version`.
pub fn apply_layout(
    ws: &mut Workspace,
    stop: i64,
    revision: i64,
    problem: &Problem,
    state: StopState,
    action: &str,
    mut result: Value,
) -> Result<(String, Value), ApiError> {
    let solution: Solution = serde_json::from_value(result["solution"].clone())
        .map_err(|e| ApiError::internal(&e.to_string()))?;
    let claim = result["claim_words"].as_str().unwrap_or("").to_string();
    let label = crate::t!("web-jobs-label", action = action.to_string());
    let change = ws.change(stop, revision, action, &label, |_| {
        Ok(Edit {
            problem: None,
            solution: Some(solution.clone()),
            state,
            base_version: None,
        })
    });
    let message = match change {
        Ok(_) => {
            result["applied"] = Value::Bool(true);
            crate::t!("web-jobs-applied", claim = claim)
        }
        Err(e) if e.code == "conflict" => {
            let note = crate::t!("web-jobs-version-note");
            let v = ws.add_version(stop, problem, &solution, state, &note)?;
            result["applied"] = Value::Bool(false);
            result["version"] = json!(v.number);
            crate::t!(
                "web-jobs-saved-as-version",
                number = v.number,
                claim = claim
            )
        }
        Err(e) => return Err(e),
    };
    Ok((message, result))
}

/// The routes of the jobs.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/stops/{id}/solve", post(solve))
        .route("/api/stops/{id}/replan", post(replan))
        .route("/api/stops/{id}/replan-sessions", post(replan_sessions))
        .route("/api/stops/{id}/job", get(stop_job))
        .route("/api/jobs/{job}", get(job))
        .route("/api/jobs/{job}/cancel", post(cancel))
}

/// A solve asked for.
#[derive(Debug, Deserialize)]
struct SolveBody {
    revision: i64,
    time_limit: Option<f64>,
}

/// A re-plan asked for: `priority` `fewest-moves` (the default) or `weighted` with a
/// `move_cost`.
#[derive(Debug, Deserialize)]
struct ReplanBody {
    revision: i64,
    priority: Option<String>,
    move_cost: Option<f64>,
    time_limit: Option<f64>,
}

/// The stop's working state, if it is still at `revision`.
async fn at_revision(
    state: &AppState,
    id: i64,
    revision: i64,
    lang: Lang,
) -> Result<super::workspace::Working, ApiError> {
    let w = state
        .with_workspace_in(lang, move |ws| ws.working(id))
        .await?;
    if w.revision != revision {
        return Err(crate::i18n::scoped(lang, || {
            super::workspace::Conflict {
                current: w.revision,
            }
            .into()
        }));
    }
    Ok(w)
}

async fn solve(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<SolveBody>,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    let w = at_revision(&state, id, body.revision, lang).await?;
    let request = Request::Plan {
        name: w.name.clone(),
        problem: w.problem.clone(),
        time_limit: body.time_limit,
        lang: lang.code().to_string(),
    };
    let (revision, problem) = (w.revision, w.problem);
    let on_done: OnDone = Box::new(move |ws, result| {
        apply_layout(
            ws,
            id,
            revision,
            &problem,
            StopState::Solved,
            "solve",
            result,
        )
    });
    let job = crate::i18n::scoped(lang, || {
        state
            .shared()
            .jobs
            .start(&state, Owner::Stop(id), request, on_done)
    })?;
    Ok(Json(json!({ "job": job })))
}

async fn replan(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<ReplanBody>,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    let w = at_revision(&state, id, body.revision, lang).await?;
    let announced = state
        .with_workspace_in(lang, move |ws| announced_layout(ws, id))
        .await?;
    let move_cost = match body.priority.as_deref() {
        Some("weighted") => Some(
            body.move_cost
                .unwrap_or(crate::planning::replan::DEFAULT_MOVE_COST),
        ),
        _ => None,
    };
    let request = Request::Replan {
        name: w.name.clone(),
        problem: w.problem.clone(),
        announced,
        move_cost,
        time_limit: body.time_limit,
        lang: lang.code().to_string(),
    };
    let (revision, problem) = (w.revision, w.problem);
    let on_done: OnDone = Box::new(move |ws, result| {
        apply_layout(
            ws,
            id,
            revision,
            &problem,
            StopState::Replanned,
            "replan",
            result,
        )
    });
    let job = crate::i18n::scoped(lang, || {
        state
            .shared()
            .jobs
            .start(&state, Owner::Stop(id), request, on_done)
    })?;
    Ok(Json(json!({ "job": job })))
}

/// The layout a re-plan counts moves from: the version last announced, else the version last
/// saved, else the working layout.
fn announced_layout(ws: &Workspace, id: i64) -> Result<Solution, ApiError> {
    let versions = ws.versions(id)?;
    let announced = versions
        .iter()
        .filter(|v| v.announced.is_some())
        .max_by(|a, b| (&a.announced, a.number).cmp(&(&b.announced, b.number)));
    if let Some(v) = announced.or(versions.first()) {
        return Ok(ws.version(v.id)?.solution);
    }
    ws.working(id)?
        .solution
        .ok_or_else(|| ApiError::bad("no-layout", crate::t!("web-no-layout")))
}

async fn replan_sessions(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<SolveBody>,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    let w = at_revision(&state, id, body.revision, lang).await?;
    let Some(layout) = w.solution.clone() else {
        return Err(ApiError::bad(
            "no-layout",
            crate::tl!(lang, "web-no-layout"),
        ));
    };
    let request = Request::Sessions {
        name: w.name.clone(),
        problem: w.problem.clone(),
        layout,
        time_limit: body.time_limit,
        lang: lang.code().to_string(),
    };
    let (revision, problem) = (w.revision, w.problem);
    let on_done: OnDone = Box::new(move |ws, result| {
        apply_layout(
            ws,
            id,
            revision,
            &problem,
            StopState::Sessions,
            "sessions",
            result,
        )
    });
    let job = crate::i18n::scoped(lang, || {
        state
            .shared()
            .jobs
            .start(&state, Owner::Stop(id), request, on_done)
    })?;
    Ok(Json(json!({ "job": job })))
}

async fn job(
    State(state): State<AppState>,
    Path(job): Path<u64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<JobView>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    state
        .shared()
        .jobs
        .get(job)
        .map(Json)
        .ok_or_else(|| ApiError::not_found(crate::tl!(lang, "web-jobs-no-such-job", job = job)))
}

async fn stop_job(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(
        json!({ "job": state.shared().jobs.last_of(Owner::Stop(id)) }),
    ))
}

async fn cancel(
    State(state): State<AppState>,
    Path(job): Path<u64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<JobView>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    state
        .shared()
        .jobs
        .cancel(job)
        .map(Json)
        .ok_or_else(|| ApiError::not_found(crate::tl!(lang, "web-jobs-no-such-job", job = job)))
}

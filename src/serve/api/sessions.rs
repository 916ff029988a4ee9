//! Endpoints: the programme of the rencontres (sessions).
//!
//! * `GET /api/stops/{id}/programme`: the days, rooms and slots of the stop, and each session
//!   with its title, facilitators, registered exhibitors, room and slots in the working layout
//!   (read as [`crate::view::agenda::Programme`] reads it).
//! * `POST /api/stops/{id}/move-session {revision, session, day, slot, room}`: the session is
//!   held in `room` from `slot` on (its length in consecutive slots of that day); the checker
//!   judges the layout before and after: a move that breaks a hard rule is refused with the
//!   checker's sentence, otherwise the change of every term is answered and the layout is
//!   « modifié à la main » (undone like any other change).
//!
//! Re-planning the sessions for the current stands is a job: `POST /api/stops/{id}/
//! replan-sessions` ([`crate::serve::jobs`]).

use crate::check::{check, term_word};
use crate::format::{Objective, Problem, SessionPlan, Solution, Status};
use crate::serve::api::lang;
use crate::serve::workspace::{Edit, State as StopState};
use crate::serve::{ApiError, AppState};
use crate::stop::model::Stop;
use crate::view::agenda::{hours, Programme};
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

/// The routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/stops/{id}/programme", get(programme))
        .route("/api/stops/{id}/move-session", post(move_session))
}

/// The programme of `problem` under `solution` as the page draws it.
fn programme_of(name: &str, problem: &Problem, solution: Option<&Solution>) -> Value {
    let lang = crate::i18n::current();
    let stop = Stop::new(name, problem);
    let mut days: Vec<String> = Vec::new();
    for s in &problem.slots {
        if !days.contains(&s.day) {
            days.push(s.day.clone());
        }
    }
    let plans: Vec<&SessionPlan> = solution
        .map(|s| s.sessions.iter().collect())
        .unwrap_or_default();
    let held = solution.and_then(|s| Programme::read(&stop, s).ok());
    let sessions: Vec<Value> = problem
        .sessions
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let plan = plans.iter().find(|p| p.session == s.id);
            let when = held
                .as_ref()
                .and_then(|h| h.held.iter().find(|(x, _, _)| *x == k))
                .map(|(_, _, slots)| hours(&stop, slots, lang));
            let day = plan
                .and_then(|p| p.slots.first())
                .and_then(|t| problem.slots.iter().find(|x| &x.id == t))
                .map(|t| t.day.clone());
            json!({
                "id": s.id,
                "title": s.title,
                "theme": s.theme,
                "length": s.length,
                "facilitators": s.facilitators,
                "registered": problem.exhibitors.iter().filter(|e| e.sessions.contains(&s.id)).count(),
                "room": plan.map(|p| p.room.clone()),
                "slots": plan.map(|p| p.slots.clone()).unwrap_or_default(),
                "day": day,
                "hours": when,
            })
        })
        .collect();
    json!({
        "days": days,
        "rooms": problem.rooms.iter().map(|r| json!({
            "id": r.id, "name": r.name.clone().unwrap_or_else(|| r.id.clone()), "capacity": r.capacity
        })).collect::<Vec<_>>(),
        "slots": problem.slots.iter().map(|t| json!({
            "id": t.id, "day": t.day, "start": t.start, "end": t.end
        })).collect::<Vec<_>>(),
        "sessions": sessions,
    })
}

async fn programme(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    state
        .with_workspace_in(lang, move |ws| {
            let w = ws.working(id)?;
            Ok(Json(programme_of(&w.name, &w.problem, w.solution.as_ref())))
        })
        .await
}

#[derive(Debug, Deserialize)]
struct MoveBody {
    revision: i64,
    session: String,
    day: Option<String>,
    slot: String,
    room: String,
}

/// The terms of two objectives side by side: every term that changed, in words.
fn term_changes(before: &Objective, after: &Objective) -> Vec<Value> {
    let (Ok(Value::Object(b)), Ok(Value::Object(a))) =
        (serde_json::to_value(before), serde_json::to_value(after))
    else {
        return Vec::new();
    };
    b.iter()
        .filter(|(k, _)| k.as_str() != "total")
        .filter_map(|(k, v)| {
            let (x, y) = (v.as_f64()?, a.get(k)?.as_f64()?);
            ((y - x).abs() > 1e-9).then(|| {
                json!({"term": k, "words": term_word(k), "before": x, "after": y, "change": y - x})
            })
        })
        .collect()
}

/// `solution` with `body.session` held in `body.room` from `body.slot` on.
fn moved(problem: &Problem, solution: &Solution, body: &MoveBody) -> Result<Solution, ApiError> {
    let session = problem
        .sessions
        .iter()
        .find(|s| s.id == body.session)
        .ok_or_else(|| {
            ApiError::bad(
                "no-such-session",
                crate::t!("web-jobs-no-such-session", id = body.session.as_str()),
            )
        })?;
    let start = problem
        .slots
        .iter()
        .find(|t| t.id == body.slot && body.day.as_ref().is_none_or(|d| &t.day == d))
        .ok_or_else(|| {
            ApiError::bad(
                "no-such-slot",
                crate::t!("web-jobs-no-such-slot", id = body.slot.as_str()),
            )
        })?;
    let slots: Vec<String> = problem
        .slots
        .iter()
        .filter(|t| t.day == start.day)
        .skip_while(|t| t.id != start.id)
        .take(session.length.max(1) as usize)
        .map(|t| t.id.clone())
        .collect();
    if slots.len() < session.length.max(1) as usize {
        return Err(ApiError::bad(
            "too-late-in-the-day",
            crate::t!(
                "web-jobs-session-too-long",
                title = session.title.as_str(),
                length = session.length
            ),
        ));
    }
    if !problem.rooms.iter().any(|r| r.id == body.room) {
        return Err(ApiError::bad(
            "no-such-room",
            crate::t!("web-jobs-no-such-room", id = body.room.as_str()),
        ));
    }
    let mut after = solution.clone();
    after.sessions.retain(|p| p.session != body.session);
    after.sessions.push(SessionPlan {
        session: body.session.clone(),
        room: body.room.clone(),
        slots,
    });
    Ok(after)
}

async fn move_session(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<MoveBody>,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    state
        .with_workspace_in(lang, move |ws| {
            let mut answer = Value::Null;
            let label = crate::t!("web-jobs-session-moved-label", id = body.session.as_str());
            let w = ws.change(id, body.revision, "move-session", &label, |w| {
                let Some(solution) = &w.solution else {
                    return Err(ApiError::bad("no-layout", crate::t!("web-no-layout")));
                };
                let mut after = moved(&w.problem, solution, &body)?;
                let before = check(&w.problem, solution);
                let checked = check(&w.problem, &after);
                if !checked.is_valid() {
                    let why: Vec<String> =
                        checked.violations.iter().map(|v| v.text.clone()).collect();
                    return Err(ApiError::bad("breaks-a-rule", why.join(" ")));
                }
                let total = checked.objective.total;
                after.status = match after.bound {
                    Some(b) if (total - b).abs() <= 1e-6 * total.abs().max(1.0) => Status::Optimal,
                    _ => Status::Feasible,
                };
                after.gap = after.bound.map(|b| crate::solve::relative_gap(total, b));
                after.objective = Some(checked.objective.clone());
                after.explanations = checked.justifications.clone();
                answer = json!({
                    "before": before.objective.total,
                    "after": total,
                    "change": total - before.objective.total,
                    "terms": term_changes(&before.objective, &checked.objective),
                });
                Ok(Edit {
                    problem: None,
                    solution: Some(after),
                    state: StopState::Hand,
                    base_version: None,
                })
            })?;
            Ok(Json(json!({
                "working": { "id": w.id, "revision": w.revision, "state": w.state },
                "cost": answer,
                "programme": programme_of(&w.name, &w.problem, w.solution.as_ref()),
            })))
        })
        .await
}

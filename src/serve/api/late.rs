//! Endpoints: late changes to a stop whose plan may already be announced.
//!
//! * `POST /api/stops/{id}/withdraw {revision, exhibitor}`: the exhibitor leaves the working
//!   stop file (with its pins and forbidden stands); its stand is left free in the working
//!   layout, which is then « modifié à la main » until re-planned.
//! * `POST /api/stops/{id}/add {revision, exhibitor: {id?, name, province, family, …}}`: a
//!   newcomer, checked with the stop's rules (every problem as `caravane validate` tells it);
//!   it has no stand until recommended or re-planned.
//! * `POST /api/stops/{id}/newcomers?revision=N` with a CSV body: newcomers from a sheet with
//!   the columns of an exhibitor sheet (`id,name,province,family,…`), each row checked the same
//!   way.
//! * `GET /api/stops/{id}/roster`: the exhibitors, provinces and families of the working stop
//!   file and each exhibitor's stand, for the forms.
//! * `GET /api/stops/{id}/recommend?exhibitor=ID`: the best free stands for a newcomer,
//!   everyone else kept ([`crate::planning::recommend`]).

use crate::format::Problem;
use crate::serve::api::lang;
use crate::serve::workspace::{Edit, State as StopState, Working};
use crate::serve::{ApiError, AppState};
use crate::stop::diagnostic::Report;
use crate::stop::model::Stop;
use axum::extract::{Path, Query, RawQuery, State};
use axum::http::HeaderMap;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

/// The routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/stops/{id}/withdraw", post(withdraw))
        .route("/api/stops/{id}/add", post(add))
        .route("/api/stops/{id}/newcomers", post(newcomers))
        .route("/api/stops/{id}/recommend", get(recommend))
        .route("/api/stops/{id}/roster", get(roster))
}

#[derive(Debug, Deserialize)]
struct WithdrawBody {
    revision: i64,
    exhibitor: String,
}

#[derive(Debug, Deserialize)]
struct AddBody {
    revision: i64,
    exhibitor: Value,
}

/// The stop file `value` checked with the stop's rules: the problem, or every problem found
/// (the file named after the stop).
fn checked(name: &str, value: &Value) -> Result<Problem, ApiError> {
    crate::stop::load::parse_problem(&value.to_string()).map_err(|diagnostics| {
        ApiError::invalid_file(&Report {
            file: format!("{name}.problem.json"),
            diagnostics,
        })
    })
}

/// The stop file as JSON.
fn as_value(problem: &Problem) -> Result<Value, ApiError> {
    serde_json::to_value(problem).map_err(|e| ApiError::internal(&e.to_string()))
}

/// `w`'s stop file without exhibitor `id`, and its layout without its stand.
fn without(w: &Working, id: &str) -> Result<Edit, ApiError> {
    if !w.problem.exhibitors.iter().any(|e| e.id == id) {
        return Err(ApiError::bad(
            "no-such-exhibitor",
            crate::t!("web-jobs-no-such-exhibitor", id = id),
        ));
    }
    let mut value = as_value(&w.problem)?;
    for list in ["exhibitors", "pins", "forbidden"] {
        let key = if list == "exhibitors" {
            "id"
        } else {
            "exhibitor"
        };
        if let Some(items) = value.get_mut(list).and_then(Value::as_array_mut) {
            items.retain(|x| x.get(key).and_then(Value::as_str) != Some(id));
        }
    }
    let problem = checked(&w.name, &value)?;
    let solution = w.solution.clone().map(|mut s| {
        s.assignments.retain(|a| a.exhibitor != id);
        s
    });
    Ok(Edit {
        problem: Some(problem),
        state: if solution.is_some() {
            StopState::Hand
        } else {
            w.state
        },
        solution,
        base_version: None,
    })
}

/// `w`'s stop file with the newcomers `people` (each given an id when it has none).
fn with(w: &Working, people: Vec<Value>) -> Result<(Edit, Vec<String>), ApiError> {
    let mut value = as_value(&w.problem)?;
    let mut ids = Vec::new();
    let taken: std::collections::BTreeSet<String> =
        w.problem.exhibitors.iter().map(|e| e.id.clone()).collect();
    let mut n = w.problem.exhibitors.len();
    for mut person in people {
        let has_id = person
            .get("id")
            .and_then(Value::as_str)
            .is_some_and(|s| !s.trim().is_empty());
        if !has_id {
            let id = loop {
                n += 1;
                let candidate = format!("new-{n}");
                if !taken.contains(&candidate) && !ids.contains(&candidate) {
                    break candidate;
                }
            };
            person["id"] = Value::String(id);
        }
        if let Some(obj) = person.as_object_mut() {
            obj.retain(|_, v| !v.is_null() && v != "");
        }
        ids.push(
            person["id"]
                .as_str()
                .map(str::to_string)
                .unwrap_or_default(),
        );
        if let Some(list) = value.get_mut("exhibitors").and_then(Value::as_array_mut) {
            list.push(person);
        }
    }
    let problem = checked(&w.name, &value)?;
    Ok((
        Edit {
            problem: Some(problem),
            state: if w.solution.is_some() {
                StopState::Hand
            } else {
                w.state
            },
            solution: w.solution.clone(),
            base_version: None,
        },
        ids,
    ))
}

async fn withdraw(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<WithdrawBody>,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    let who = body.exhibitor.clone();
    let w = state
        .with_workspace_in(lang, move |ws| {
            let label = crate::t!("web-jobs-withdrawn-label", id = who.as_str());
            ws.change(id, body.revision, "withdraw", &label, |w| without(w, &who))
        })
        .await?;
    Ok(Json(json!({
        "working": { "id": w.id, "revision": w.revision, "state": w.state },
        "message": crate::tl!(lang, "web-jobs-withdrawn", id = body.exhibitor.as_str()),
    })))
}

async fn add(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<AddBody>,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    added(state, id, body.revision, vec![body.exhibitor], lang).await
}

async fn added(
    state: AppState,
    id: i64,
    revision: i64,
    people: Vec<Value>,
    lang: crate::i18n::Lang,
) -> Result<Json<Value>, ApiError> {
    let (w, ids) = state
        .with_workspace_in(lang, move |ws| {
            let mut ids = Vec::new();
            let label = crate::t!("web-jobs-added-label", count = people.len());
            let w = ws.change(id, revision, "add", &label, |w| {
                let (edit, made) = with(w, people)?;
                ids = made;
                Ok(edit)
            })?;
            Ok((w, ids))
        })
        .await?;
    Ok(Json(json!({
        "working": { "id": w.id, "revision": w.revision, "state": w.state },
        "added": ids,
        "message": crate::tl!(lang, "web-jobs-added", count = ids.len()),
    })))
}

#[derive(Debug, Deserialize)]
struct RevisionQuery {
    revision: i64,
}

/// Newcomers from a CSV sheet: a header row with the exhibitor fields (`id`, `name`,
/// `province`, `family`, `form`, `women_led`, `needs` separated by `;`), one row per newcomer.
async fn newcomers(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Query(q): Query<RevisionQuery>,
    body: axum::body::Bytes,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    let text = String::from_utf8_lossy(&body);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| ApiError::bad("bad-sheet", e.to_string()))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let mut people = Vec::new();
    for row in reader.records() {
        let row = row.map_err(|e| ApiError::bad("bad-sheet", e.to_string()))?;
        let mut person = serde_json::Map::new();
        for (h, cell) in header.iter().zip(row.iter()) {
            let cell = cell.trim();
            let v = match h.as_str() {
                "women_led" => json!(matches!(
                    cell.to_lowercase().as_str(),
                    "1" | "oui" | "yes" | "true" | "نعم"
                )),
                "needs" | "sessions" => json!(cell
                    .split(';')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()),
                "staff" => cell.parse::<u32>().map_or(Value::Null, |n| json!(n)),
                _ => json!(cell),
            };
            person.insert(h.clone(), v);
        }
        people.push(Value::Object(person));
    }
    added(state, id, q.revision, people, lang).await
}

#[derive(Debug, Deserialize)]
struct RecommendQuery {
    exhibitor: String,
    top: Option<usize>,
}

async fn recommend(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Query(q): Query<RecommendQuery>,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    let found = state
        .with_workspace_in(lang, move |ws| {
            let w = ws.working(id)?;
            let Some(old) = &w.solution else {
                return Err(ApiError::bad("no-layout", crate::t!("web-no-layout")));
            };
            let stop = Stop::new(&w.name, &w.problem);
            crate::planning::recommend::recommend(
                &w.problem,
                &stop,
                old,
                &q.exhibitor,
                q.top.unwrap_or(5),
            )
            .map_err(|why| ApiError::bad("cannot-recommend", why))
        })
        .await?;
    Ok(Json(json!({ "candidates": found })))
}

async fn roster(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    state
        .with_workspace_in(lang, move |ws| {
            let w = ws.working(id)?;
            let stand = |e: &str| {
                w.solution.as_ref().and_then(|s| {
                    s.assignments
                        .iter()
                        .find(|a| a.exhibitor == e)
                        .map(|a| a.stand.clone())
                })
            };
            let p = &w.problem;
            Ok(Json(json!({
                "revision": w.revision,
                "state": w.state,
                "has_layout": w.solution.is_some(),
                "exhibitors": p.exhibitors.iter().map(|e| json!({
                    "id": e.id, "name": e.name, "province": e.province, "family": e.family,
                    "stand": stand(&e.id),
                })).collect::<Vec<_>>(),
                "provinces": p.provinces.iter().map(|x| json!({"id": x.id, "name": x.name})).collect::<Vec<_>>(),
                "families": p.families.iter().map(|x| json!({"id": x.id, "name": x.name})).collect::<Vec<_>>(),
            })))
        })
        .await
}

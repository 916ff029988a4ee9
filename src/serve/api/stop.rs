//! Endpoints of a stop's plan: its whole state for the page, changes by hand (move, swap),
//! pins and forbidden stands, undo and redo, versions (save, announce, open, compare), the
//! journal, and the downloads of the version on screen.
//!
//! Every figure and every status shown comes from the checker run now on the layout
//! ([`check::check`], [`check::claim`]), never from what the solution file says of itself;
//! every change goes through the library ([`hand::apply`]) inside one transaction of the
//! workspace ([`Workspace::change`]), which refuses a change made on a stale revision.

use crate::check::{self, Claim};
use crate::format::{Forbidden, Pin, Problem, Solution};
use crate::i18n::{self, tl, Lang};
use crate::planning::hand::{self, Change, Handed, Refusal};
use crate::planning::moves::moves_between;
use crate::serve::api::lang;
use crate::serve::workspace::{Edit, State as StopState, Working, Workspace};
use crate::serve::{ApiError, AppState};
use crate::stop::layout::Layout;
use crate::stop::model::Stop;
use crate::view::agenda::Programme;
use crate::view::floor_plan::{plan_svg, province_colour, stand_box};
use crate::view::names::zone_name;
use crate::view::zones::zone_table;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

/// The routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/stops/{id}", get(get_stop))
        .route("/api/stops/{id}/move", post(move_exhibitor))
        .route("/api/stops/{id}/swap", post(swap_exhibitors))
        .route("/api/stops/{id}/undo", post(undo))
        .route("/api/stops/{id}/redo", post(redo))
        .route("/api/stops/{id}/pin", post(pin))
        .route("/api/stops/{id}/forbid", post(forbid))
        .route(
            "/api/stops/{id}/versions",
            get(list_versions).post(save_version),
        )
        .route("/api/versions/{vid}/announce", post(announce))
        .route("/api/stops/{id}/open-version", post(open_version))
        .route("/api/stops/{id}/compare", get(compare))
        .route("/api/stops/{id}/journal", get(journal))
        .route("/api/stops/{id}/download/{kind}", get(download))
}

/// The whole state of stop `id` as the page reads it (see [`stop_view`]).
///
/// # Errors
/// Not found, or when the workspace cannot be read.
pub fn stop_json(ws: &Workspace, id: i64, lang: Lang) -> Result<Value, ApiError> {
    let w = ws.working(id)?;
    stop_view(ws, &w, lang)
}

/// The whole state of a stop for the page, in `lang`: what it is, its revision and state, what
/// undo and redo would do, the checker's claim, terms and costs, the plan drawn, the stands
/// with their boxes on the drawing, the exhibitors, the zone × province table and the
/// versions.
///
/// # Errors
/// When the workspace cannot be read.
pub fn stop_view(ws: &Workspace, w: &Working, lang: Lang) -> Result<Value, ApiError> {
    let versions = ws.versions(w.id)?;
    Ok(i18n::scoped(lang, || {
        let mut out = plan_view(&w.name, &w.problem, w.solution.as_ref(), lang);
        let extra = json!({
            "id": w.id,
            "name": w.name,
            "title": w.problem.stop.name,
            "town": w.problem.stop.town,
            "from": w.problem.stop.from,
            "to": w.problem.stop.to,
            "revision": w.revision,
            "state": w.state,
            "state_words": w.state.words(lang),
            "undo": w.undo,
            "redo": w.redo,
            "base_version": w.base_version,
            "versions": versions,
        });
        if let (Value::Object(o), Value::Object(e)) = (&mut out, extra) {
            o.extend(e);
        }
        out
    }))
}

/// The plan's part of the state: the claim, the terms, the costs, the drawing, the stands, the
/// exhibitors and the zone table, all from the checker run on `solution` now.
fn plan_view(name: &str, problem: &Problem, solution: Option<&Solution>, lang: Lang) -> Value {
    let stop = Stop::new(name, problem);
    let layout = match solution {
        Some(s) => Layout::from_solution(&stop, s),
        None => Layout::empty(&stop),
    };
    let report = solution.map(|s| check::check(problem, s));
    let claim: Option<Claim> = solution.map(|s| check::claim(problem, s));
    let programme = solution.and_then(|s| Programme::read(&stop, s).ok());

    let terms: Vec<Value> = match &report {
        Some(r) => stop
            .weights
            .rows(&r.objective)
            .into_iter()
            .filter(|row| row.shown())
            .map(|row| {
                json!({
                    "name": row.code,
                    "words": crate::term_words::row_name(&row, lang),
                    "value": row.raw,
                    "weight": row.weight,
                    "weighted": row.raw * row.weight,
                })
            })
            .collect(),
        None => Vec::new(),
    };
    let costs: Vec<Value> = report
        .as_ref()
        .map(|r| {
            r.justifications
                .iter()
                .map(|j| {
                    json!({
                        "term": j.term,
                        "words": term_words(&j.term, lang),
                        "cost": j.cost,
                        "text": j.text,
                        "stands": j.stands,
                        "exhibitors": j.exhibitors,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let violations: Vec<String> = report
        .as_ref()
        .map(|r| r.violations.iter().map(ToString::to_string).collect())
        .unwrap_or_default();

    let pinned = |x: &str| {
        problem
            .pins
            .iter()
            .find(|p| p.exhibitor == x)
            .map(|p| p.stand.clone())
    };
    let forbidden = |x: &str| -> Vec<String> {
        problem
            .forbidden
            .iter()
            .filter(|f| f.exhibitor == x)
            .flat_map(|f| f.stands.iter().cloned())
            .collect()
    };
    let stands: Vec<Value> = problem
        .stands
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (x, y, width, height) = stand_box(problem, &stop, i, lang);
            let zone = s.zone.clone();
            json!({
                "id": s.id,
                "zone": zone,
                "zone_name": zone.as_deref().map(|z| zone_name(&problem.zones, z, lang)),
                "prime": stop.stands[i].is_prime(),
                "box": {"x": x, "y": y, "width": width, "height": height},
                "occupant": layout.occupant(i).map(|e| stop.exhibitors[e].id.clone()),
                "tags": s.tags,
            })
        })
        .collect();
    let exhibitors: Vec<Value> = problem
        .exhibitors
        .iter()
        .enumerate()
        .map(|(e, x)| {
            let p = stop.exhibitors[e].province;
            let f = stop.exhibitors[e].family;
            json!({
                "id": x.id,
                "name": x.name,
                "province": {
                    "id": x.province,
                    "name": stop.provinces[p].name,
                    "colour": province_colour(p),
                },
                "family": {"id": x.family, "name": stop.families[f].name},
                "stand": layout.stand_of(e).map(|s| stop.stands[s].id.clone()),
                "pinned": pinned(&x.id),
                "forbidden": forbidden(&x.id),
                "needs": x.needs,
                "staff": x.staff,
                "agenda": programme
                    .as_ref()
                    .map(|g| g.entries(&stop, e, lang))
                    .unwrap_or_default(),
            })
        })
        .collect();

    let table = zone_table(&stop, &layout);
    let rows: Vec<Value> = table
        .iter()
        .enumerate()
        .map(|(z, cells)| {
            json!({
                "zone": stop.zones[z],
                "name": zone_name(&problem.zones, &stop.zones[z], lang),
                "cells": cells.iter().map(|(c, t)| json!({"count": c, "target": t})).collect::<Vec<_>>(),
                "count": cells.iter().map(|(c, _)| c).sum::<usize>(),
            })
        })
        .collect();
    let province_totals: Vec<Value> = (0..stop.provinces.len())
        .map(|p| {
            json!({
                "count": table.iter().map(|row| row[p].0).sum::<usize>(),
                "target": table.iter().map(|row| row[p].1).sum::<f64>(),
            })
        })
        .collect();
    let zone_table = json!({
        "provinces": stop.provinces.iter().enumerate().map(|(p, x)| json!({
            "id": x.id, "name": x.name, "colour": province_colour(p)
        })).collect::<Vec<_>>(),
        "rows": rows,
        "totals": province_totals,
        "placed": table.iter().flatten().map(|(c, _)| c).sum::<usize>(),
    });

    let status = claim.as_ref().map(|c| c.status.as_str()).unwrap_or("empty");
    json!({
        "has_layout": solution.is_some(),
        "status": status,
        "claim": claim.as_ref().map(|c| json!({
            "status": c.status,
            "status_words": c.status.word(lang),
            "total": c.total,
            "bound": c.bound,
            "gap": c.gap,
            "changed_by_hand": c.changed_by_hand,
            "problem": c.problem,
            "headline": c.headline_in(lang),
            "meaning": c.meaning_in(lang),
            "warning": c.warning_in(lang),
        })),
        "violations": violations,
        "terms": terms,
        "costs": costs,
        "plan_svg": solution.map(|s| plan_svg(problem, &stop, s, lang)),
        "stands": stands,
        "exhibitors": exhibitors,
        "zone_table": zone_table,
    })
}

/// A term of the files in people's words (`total` for the weighted total).
fn term_words(name: &str, lang: Lang) -> String {
    match crate::term_words::code_name(name, lang) {
        Some(words) => words,
        None => tl!(lang, "web-plan-total"),
    }
}

/// The name of exhibitor `id` in a stop file (its id when it has none).
fn exhibitor_name(problem: &Problem, id: &str) -> String {
    problem
        .exhibitors
        .iter()
        .find(|x| x.id == id)
        .map_or_else(|| id.to_string(), |x| x.name.clone())
}

/// The language of a request.
fn request_lang(headers: &HeaderMap, query: &Option<String>) -> Lang {
    lang(headers, query.as_deref())
}

async fn get_stop(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let lang = request_lang(&headers, &query);
    state
        .with_workspace_in(lang, move |ws| stop_json(ws, id, lang))
        .await
        .map(Json)
}

/// A move asked for by the page.
#[derive(Debug, Deserialize)]
struct MoveBody {
    revision: i64,
    exhibitor: String,
    stand: String,
}

/// A swap asked for by the page.
#[derive(Debug, Deserialize)]
struct SwapBody {
    revision: i64,
    first: String,
    second: String,
}

/// A body with only the revision.
#[derive(Debug, Deserialize)]
struct RevisionBody {
    revision: i64,
}

async fn move_exhibitor(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<MoveBody>,
) -> Result<Json<Value>, ApiError> {
    let lang = request_lang(&headers, &query);
    state
        .with_workspace_in(lang, move |ws| {
            let w = ws.working(id)?;
            let label = tl!(
                lang,
                "web-plan-label-move",
                name = exhibitor_name(&w.problem, &body.exhibitor),
                stand = body.stand.as_str()
            );
            let change = Change::Move {
                exhibitor: &body.exhibitor,
                to: &body.stand,
            };
            by_hand(ws, id, body.revision, "move", &label, change, lang)
        })
        .await
        .map(Json)
}

async fn swap_exhibitors(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<SwapBody>,
) -> Result<Json<Value>, ApiError> {
    let lang = request_lang(&headers, &query);
    state
        .with_workspace_in(lang, move |ws| {
            let w = ws.working(id)?;
            let label = tl!(
                lang,
                "web-plan-label-swap",
                first = exhibitor_name(&w.problem, &body.first),
                second = exhibitor_name(&w.problem, &body.second)
            );
            let change = Change::Swap {
                first: &body.first,
                second: &body.second,
            };
            by_hand(ws, id, body.revision, "swap", &label, change, lang)
        })
        .await
        .map(Json)
}

/// Makes a change by hand through the library, in one transaction; answers the new state and
/// what the change cost, term by term, with the reasons.
fn by_hand(
    ws: &mut Workspace,
    id: i64,
    revision: i64,
    action: &str,
    label: &str,
    change: Change,
    lang: Lang,
) -> Result<Value, ApiError> {
    let mut done: Option<Handed> = None;
    let w = ws.change(id, revision, action, label, |w| {
        let Some(old) = &w.solution else {
            return Err(ApiError::bad("no-layout", tl!(lang, "web-no-layout")));
        };
        let handed = hand::apply(&w.name, &w.problem, old, change).map_err(refused)?;
        let solution = handed.solution.clone();
        done = Some(handed);
        Ok(Edit {
            problem: None,
            solution: Some(solution),
            state: StopState::Hand,
            base_version: None,
        })
    })?;
    let handed = done.ok_or_else(|| ApiError::internal("change without result"))?;
    let change = change_json(&w.problem, &handed, lang);
    Ok(json!({"stop": stop_view(ws, &w, lang)?, "change": change}))
}

/// A refusal of the library as the page shows it: its sentence, nothing changed.
fn refused(r: Refusal) -> ApiError {
    let code = match &r {
        Refusal::Taken { .. } => "taken",
        Refusal::Breaks(_) => "breaks-rules",
        Refusal::NoLayout(_) => "no-layout",
        Refusal::UnknownExhibitor(_) | Refusal::UnknownStand(_) => "unknown",
        _ => "refused",
    };
    ApiError::bad(code, r.to_string())
}

/// What a change by hand cost, for the page.
fn change_json(problem: &Problem, h: &Handed, lang: Lang) -> Value {
    let total = h.terms.iter().find(|t| t.term == "total");
    let cost = |e: &crate::format::Explanation| {
        json!({
            "term": e.term,
            "words": term_words(&e.term, lang),
            "cost": e.cost,
            "text": e.text,
            "stands": e.stands,
            "exhibitors": e.exhibitors,
        })
    };
    json!({
        "moves": h.moves.iter().map(|m| json!({
            "exhibitor": m.exhibitor,
            "name": exhibitor_name(problem, &m.exhibitor),
            "from": m.from,
            "to": m.to,
        })).collect::<Vec<_>>(),
        "terms": h.terms.iter().map(|t| json!({
            "term": t.term,
            "words": term_words(&t.term, lang),
            "before": t.before,
            "after": t.after,
            "weight": t.weight,
            "change": t.change,
        })).collect::<Vec<_>>(),
        "gone": h.gone.iter().map(cost).collect::<Vec<_>>(),
        "new": h.new.iter().map(cost).collect::<Vec<_>>(),
        "total_before": total.map(|t| t.before),
        "total_after": total.map(|t| t.after),
        "claim": h.claim.headline_in(lang),
        "notes": h.notes,
    })
}

async fn undo(
    state: State<AppState>,
    id: Path<i64>,
    headers: HeaderMap,
    query: RawQuery,
    body: Json<RevisionBody>,
) -> Result<Json<Value>, ApiError> {
    step(state, id, headers, query, body, false).await
}

async fn redo(
    state: State<AppState>,
    id: Path<i64>,
    headers: HeaderMap,
    query: RawQuery,
    body: Json<RevisionBody>,
) -> Result<Json<Value>, ApiError> {
    step(state, id, headers, query, body, true).await
}

async fn step(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<RevisionBody>,
    again: bool,
) -> Result<Json<Value>, ApiError> {
    let lang = request_lang(&headers, &query);
    state
        .with_workspace_in(lang, move |ws| {
            let w = ws.step(id, body.revision, again)?;
            Ok(json!({"stop": stop_view(ws, &w, lang)?}))
        })
        .await
        .map(Json)
}

/// A pin asked for by the page.
#[derive(Debug, Deserialize)]
struct PinBody {
    revision: i64,
    exhibitor: String,
    pinned: bool,
}

/// A forbidden stand asked for by the page.
#[derive(Debug, Deserialize)]
struct ForbidBody {
    revision: i64,
    exhibitor: String,
    stand: String,
    forbidden: bool,
}

/// The solution kept with a stop file that only gained a rule its layout keeps: a bound
/// proven without the rule still holds with it (it can only raise the best total), so a
/// solution made for the old file is marked as made for the new one. Otherwise it is kept as
/// it is, and the checker says the stop file changed since.
fn restamped(old: &Problem, new: &Problem, solution: &Option<Solution>) -> Option<Solution> {
    let mut s = solution.clone()?;
    if s.problem_sha256.as_deref() == Some(check::fingerprint(old).as_str()) {
        s.problem_sha256 = Some(check::fingerprint(new));
    }
    Some(s)
}

async fn pin(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<PinBody>,
) -> Result<Json<Value>, ApiError> {
    let lang = request_lang(&headers, &query);
    state
        .with_workspace_in(lang, move |ws| {
            let w = ws.working(id)?;
            let name = known_exhibitor(&w.problem, &body.exhibitor)?;
            let label = if body.pinned {
                tl!(lang, "web-plan-label-pin", name = name.as_str())
            } else {
                tl!(lang, "web-plan-label-unpin", name = name.as_str())
            };
            change_rules(ws, id, body.revision, "pin", &label, lang, |w| {
                let mut problem = w.problem.clone();
                problem.pins.retain(|p| p.exhibitor != body.exhibitor);
                let solution = if body.pinned {
                    let stand = w
                        .solution
                        .as_ref()
                        .and_then(|s| s.assignments.iter().find(|a| a.exhibitor == body.exhibitor))
                        .map(|a| a.stand.clone())
                        .ok_or_else(|| {
                            ApiError::bad(
                                "not-placed",
                                tl!(lang, "web-plan-pin-no-stand", name = name.as_str()),
                            )
                        })?;
                    problem.pins.push(Pin {
                        exhibitor: body.exhibitor.clone(),
                        stand,
                    });
                    restamped(&w.problem, &problem, &w.solution)
                } else {
                    w.solution.clone()
                };
                Ok((problem, solution))
            })
        })
        .await
        .map(Json)
}

async fn forbid(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<ForbidBody>,
) -> Result<Json<Value>, ApiError> {
    let lang = request_lang(&headers, &query);
    state
        .with_workspace_in(lang, move |ws| {
            let w = ws.working(id)?;
            let name = known_exhibitor(&w.problem, &body.exhibitor)?;
            if !w.problem.stands.iter().any(|s| s.id == body.stand) {
                return Err(ApiError::bad(
                    "unknown",
                    tl!(lang, "web-plan-no-such-stand", stand = body.stand.as_str()),
                ));
            }
            let label = if body.forbidden {
                tl!(
                    lang,
                    "web-plan-label-forbid",
                    name = name.as_str(),
                    stand = body.stand.as_str()
                )
            } else {
                tl!(
                    lang,
                    "web-plan-label-allow",
                    name = name.as_str(),
                    stand = body.stand.as_str()
                )
            };
            change_rules(ws, id, body.revision, "forbid", &label, lang, |w| {
                let mut problem = w.problem.clone();
                let solution = if body.forbidden {
                    let there = w.solution.as_ref().is_some_and(|s| {
                        s.assignments
                            .iter()
                            .any(|a| a.exhibitor == body.exhibitor && a.stand == body.stand)
                    });
                    if there {
                        return Err(ApiError::bad(
                            "on-that-stand",
                            tl!(
                                lang,
                                "web-plan-forbid-own-stand",
                                name = name.as_str(),
                                stand = body.stand.as_str()
                            ),
                        ));
                    }
                    match problem
                        .forbidden
                        .iter_mut()
                        .find(|f| f.exhibitor == body.exhibitor)
                    {
                        Some(f) if f.stands.contains(&body.stand) => {}
                        Some(f) => f.stands.push(body.stand.clone()),
                        None => problem.forbidden.push(Forbidden {
                            exhibitor: body.exhibitor.clone(),
                            stands: vec![body.stand.clone()],
                        }),
                    }
                    restamped(&w.problem, &problem, &w.solution)
                } else {
                    for f in problem
                        .forbidden
                        .iter_mut()
                        .filter(|f| f.exhibitor == body.exhibitor)
                    {
                        f.stands.retain(|s| *s != body.stand);
                    }
                    problem.forbidden.retain(|f| !f.stands.is_empty());
                    w.solution.clone()
                };
                Ok((problem, solution))
            })
        })
        .await
        .map(Json)
}

/// A change of the stop's rules (pins, forbidden stands) as one undoable change in the same
/// state: `rules` gives the new stop file and the layout that goes with it. Answers the stop as
/// the page redraws it.
fn change_rules(
    ws: &mut Workspace,
    id: i64,
    revision: i64,
    action: &str,
    label: &str,
    lang: Lang,
    rules: impl FnOnce(&Working) -> Result<(Problem, Option<Solution>), ApiError>,
) -> Result<Value, ApiError> {
    let w = ws.change(id, revision, action, label, |w| {
        let (problem, solution) = rules(w)?;
        Ok(Edit {
            problem: Some(problem),
            solution,
            state: w.state,
            base_version: None,
        })
    })?;
    Ok(json!({"stop": stop_view(ws, &w, lang)?}))
}

/// The name of an exhibitor the stop has, or a refusal naming the id.
fn known_exhibitor(problem: &Problem, id: &str) -> Result<String, ApiError> {
    problem
        .exhibitors
        .iter()
        .find(|x| x.id == id)
        .map(|x| x.name.clone())
        .ok_or_else(|| ApiError::bad("unknown", crate::t!("planning-no-such-exhibitor", id = id)))
}

async fn list_versions(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let lang = request_lang(&headers, &query);
    state
        .with_workspace_in(lang, move |ws| {
            ws.working(id)?;
            Ok(json!({"versions": ws.versions(id)?}))
        })
        .await
        .map(Json)
}

/// A version to save.
#[derive(Debug, Deserialize)]
struct SaveBody {
    revision: i64,
    #[serde(default)]
    note: String,
}

async fn save_version(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<SaveBody>,
) -> Result<Json<Value>, ApiError> {
    let lang = request_lang(&headers, &query);
    state
        .with_workspace_in(lang, move |ws| {
            let note = body.note.trim().to_string();
            let version = ws.save_version(id, body.revision, &note)?;
            Ok(json!({"version": version, "stop": stop_json(ws, id, lang)?}))
        })
        .await
        .map(Json)
}

async fn announce(
    State(state): State<AppState>,
    Path(vid): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let lang = request_lang(&headers, &query);
    state
        .with_workspace_in(lang, move |ws| {
            let version = ws.announce(vid)?;
            Ok(json!({"version": version, "stop": stop_json(ws, version.stop, lang)?}))
        })
        .await
        .map(Json)
}

/// A version to open.
#[derive(Debug, Deserialize)]
struct OpenBody {
    revision: i64,
    version: i64,
}

async fn open_version(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<OpenBody>,
) -> Result<Json<Value>, ApiError> {
    let lang = request_lang(&headers, &query);
    state
        .with_workspace_in(lang, move |ws| {
            let v = version_of(ws, id, body.version)?;
            let label = tl!(lang, "web-plan-label-open", number = v.row.number);
            let w = ws.change(id, body.revision, "open-version", &label, |_| {
                Ok(Edit {
                    problem: Some(v.problem.clone()),
                    solution: Some(v.solution.clone()),
                    state: StopState::Restored,
                    base_version: Some(v.row.id),
                })
            })?;
            Ok(json!({"stop": stop_view(ws, &w, lang)?}))
        })
        .await
        .map(Json)
}

/// Version `vid` of stop `id` (not found when it belongs to another stop).
fn version_of(
    ws: &Workspace,
    id: i64,
    vid: i64,
) -> Result<crate::serve::workspace::Version, ApiError> {
    let v = ws.version(vid)?;
    if v.row.stop != id {
        return Err(ApiError::not_found(crate::t!(
            "web-no-such-version",
            id = vid
        )));
    }
    Ok(v)
}

/// The stop file and layout of a side of a comparison or a download: a version's id, or the
/// working state (`working`, or nothing).
fn files_of(
    ws: &Workspace,
    id: i64,
    which: Option<&str>,
) -> Result<(String, Problem, Option<Solution>, Option<i64>), ApiError> {
    let w = ws.working(id)?;
    match which {
        None | Some("") | Some("working") => Ok((w.name, w.problem, w.solution, None)),
        Some(v) => {
            let vid: i64 = v.parse().map_err(|_| {
                ApiError::bad(
                    "bad-version",
                    crate::t!("web-plan-bad-version", version = v),
                )
            })?;
            let v = version_of(ws, id, vid)?;
            Ok((w.name, v.problem, Some(v.solution), Some(v.row.number)))
        }
    }
}

async fn compare(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let lang = request_lang(&headers, &query);
    let a = crate::serve::auth::query_param(query.as_deref(), "a").map(str::to_string);
    let b = crate::serve::auth::query_param(query.as_deref(), "b").map(str::to_string);
    state
        .with_workspace_in(lang, move |ws| {
            let (_, pa, sa, na) = files_of(ws, id, a.as_deref())?;
            let (_, pb, sb, nb) = files_of(ws, id, b.as_deref())?;
            let (Some(sa), Some(sb)) = (sa, sb) else {
                return Err(ApiError::bad("no-layout", tl!(lang, "web-no-layout")));
            };
            let name = |x: &str| {
                pb.exhibitors
                    .iter()
                    .chain(&pa.exhibitors)
                    .find(|e| e.id == x)
                    .map_or_else(|| x.to_string(), |e| e.name.clone())
            };
            let moves: Vec<Value> = moves_between(&sa, &sb)
                .into_iter()
                .map(|m| {
                    json!({
                        "exhibitor": m.exhibitor,
                        "name": name(&m.exhibitor),
                        "before": m.before,
                        "after": m.after,
                    })
                })
                .collect();
            Ok(json!({
                "a": na, "b": nb,
                "total_a": check::check(&pa, &sa).objective.total,
                "total_b": check::check(&pb, &sb).objective.total,
                "moves": moves,
            }))
        })
        .await
        .map(Json)
}

async fn journal(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let lang = request_lang(&headers, &query);
    state
        .with_workspace_in(lang, move |ws| {
            ws.working(id)?;
            Ok(json!({"journal": ws.journal(id)?}))
        })
        .await
        .map(Json)
}

/// A file name made from a stop's name: letters, digits, `.`, `-` and `_` kept, anything else
/// (a slash, a quote) made `_`.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let stem = stem.trim_matches('.').to_string();
    if stem.is_empty() {
        "stop".to_string()
    } else {
        stem
    }
}

async fn download(
    State(state): State<AppState>,
    Path((id, kind)): Path<(i64, String)>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let lang = request_lang(&headers, &query);
    let which = crate::serve::auth::query_param(query.as_deref(), "version").map(str::to_string);
    if !matches!(
        kind.as_str(),
        "solution" | "problem" | "export" | "report" | "pack"
    ) {
        return Err(ApiError::not_found(tl!(
            lang,
            "web-plan-no-such-download",
            kind = kind.as_str()
        )));
    }
    let (name, problem, solution, number) = state
        .with_workspace_in(lang, move |ws| files_of(ws, id, which.as_deref()))
        .await?;
    let stem = match number {
        Some(n) => format!("{}.v{n}", file_stem(&name)),
        None => file_stem(&name),
    };
    // The documents are made off the workspace: a print pack takes a moment, and the others
    // need not wait for it.
    let made = tokio::task::spawn_blocking(move || {
        i18n::scoped(lang, || {
            make_download(&kind, &name, &stem, &problem, solution.as_ref(), lang)
        })
    })
    .await
    .map_err(|e| ApiError::internal(&e.to_string()))??;
    let (file, content_type, bytes) = made;
    let mut response = (StatusCode::OK, bytes).into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{file}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(response)
}

/// A download: its file name, its type and its bytes, made by the same library functions as
/// the command line's `export`, `report` and `print`.
fn make_download(
    kind: &str,
    name: &str,
    stem: &str,
    problem: &Problem,
    solution: Option<&Solution>,
    lang: Lang,
) -> Result<(String, &'static str, Vec<u8>), ApiError> {
    if kind == "problem" {
        return Ok((
            format!("{stem}.problem.json"),
            "application/json",
            pretty(problem)?,
        ));
    }
    let Some(solution) = solution else {
        return Err(ApiError::bad("no-layout", tl!(lang, "web-no-layout")));
    };
    let stop = Stop::new(name, problem);
    Ok(match kind {
        "solution" => (
            format!("{stem}.solution.json"),
            "application/json",
            pretty(solution)?,
        ),
        "export" => (
            format!("{stem}.export.csv"),
            "text/csv; charset=utf-8",
            crate::sheets::export::assignments_csv(problem, &stop, solution, lang).into_bytes(),
        ),
        "report" => (
            format!("{stem}.report.html"),
            "text/html; charset=utf-8",
            crate::view::report::report_html(problem, &stop, solution, lang)
                .map_err(|e| ApiError::internal(&e.to_string()))?
                .into_bytes(),
        ),
        _ => (
            format!("{stem}.pack.pdf"),
            "application/pdf",
            crate::print::pack_pdf(problem, &stop, solution, lang)
                .map_err(|e| ApiError::internal(&e.to_string()))?,
        ),
    })
}

/// JSON written as the command line writes its files: pretty, with a final line break.
fn pretty<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, ApiError> {
    let mut text =
        serde_json::to_string_pretty(value).map_err(|e| ApiError::internal(&e.to_string()))?;
    text.push('\n');
    Ok(text.into_bytes())
}

//! Endpoints: the workspace list, the files a page sends, and the ways to make a stop — from
//! the JSON files the command line reads, or from the planner's sheets and a venue (a stands
//! sheet, the grid builder, or the square of another stop) — and a stop's rules and weights.
//!
//! Every way goes through the library functions the command line calls (`caravane import`,
//! `caravane venue import`, `caravane venue grid`), and refuses a file with every problem the
//! command line would tell, each with its code, its place (line and column of a sheet, or JSON
//! path) and what to do. A file's name is only a label: it never reaches the file system.

use super::lang;
use crate::format::{Problem, Solution, StopInfo, Weights as FileWeights};
use crate::i18n::{scoped, Lang};
use crate::serve::error::ApiError;
use crate::serve::workspace::{Edit, State, Workspace};
use crate::serve::AppState;
use crate::sheets::import::{import_exhibitors, with_details, StopDetails};
use crate::sheets::sessions::{daily_slots, read_rooms, read_sessions};
use crate::sheets::venue::import_venue;
use crate::stop::diagnostic::{Code, Diagnostic, Report};
use crate::stop::grid::{self, Facing, Grid};
use crate::stop::region::{venue_stop, VenueParts};
use crate::terms::{Term, Weights};
use crate::{t, tl};
use axum::body::Bytes;
use axum::extract::{Path, Query, RawQuery, State as AxState};
use axum::http::HeaderMap;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

/// The routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/workspace", get(workspace))
        .route("/api/uploads", post(upload))
        .route("/api/uploads/{id}/rows", get(upload_rows))
        .route("/api/stops/import-json", post(import_json))
        .route("/api/stops/from-sheets", post(from_sheets))
        .route("/api/venue/preview", post(venue_preview))
        .route("/api/stops/{id}/rules", get(rules).post(set_rules))
        .route("/stops/{id}/rules", get(rules_page))
}

/// The page of a stop's rules and weights (the workspace page's template, with only that
/// section), which the stop page links to.
async fn rules_page(
    AxState(state): AxState<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<axum::response::Html<String>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    let name = state
        .with_workspace(move |ws| scoped(lang, || ws.working(id)).map(|w| w.name))
        .await?;
    crate::serve::pages::render(
        "workspace.html",
        lang,
        json!({"kind": "rules", "rules_stop": id, "name": name}),
    )
    .map(axum::response::Html)
    .map_err(|e| ApiError::internal(&e.to_string()))
}

/// The most rows of a sheet sent back to be shown beside its problems.
const ROWS_SHOWN: usize = 2000;

/// The stops and tours of the workspace.
async fn workspace(
    AxState(state): AxState<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    state
        .with_workspace(move |ws| {
            scoped(lang, || {
                let stops: Vec<Value> = ws
                    .stops()?
                    .into_iter()
                    .map(|s| {
                        let mut v = serde_json::to_value(&s).unwrap_or(Value::Null);
                        v["state_words"] = json!(s.state.words(lang));
                        v
                    })
                    .collect();
                Ok(Json(json!({"stops": stops, "tours": ws.tours()?})))
            })
        })
        .await
}

/// A file sent by a page, kept in the workspace; `?name=` is only its label.
async fn upload(
    AxState(state): AxState<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Query(params): Query<std::collections::HashMap<String, String>>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    let name = params.get("name").map(|n| label(n)).unwrap_or_default();
    let name = if name.is_empty() {
        tl!(lang, "web-make-unnamed-file")
    } else {
        name
    };
    let size = body.len();
    state
        .with_workspace(move |ws| {
            scoped(lang, || {
                let id = ws.add_upload(&name, &body)?;
                Ok(Json(json!({"upload": id, "name": name, "bytes": size})))
            })
        })
        .await
}

/// A file's name as a label: the last part of what the browser gave, without control
/// characters, at most 120 characters.
fn label(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    last.chars()
        .filter(|c| !c.is_control())
        .take(120)
        .collect::<String>()
        .trim()
        .to_string()
}

/// The rows of a sheet sent, each with its line as the sheet's problems count them, so that a
/// page shows the sheet with the rows that have a problem marked.
async fn upload_rows(
    AxState(state): AxState<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    state
        .with_workspace(move |ws| {
            let (name, bytes) = scoped(lang, || ws.upload(id))?;
            let (text, encoding) = crate::sheets::import::decode(&bytes);
            let mut reader = csv::ReaderBuilder::new()
                .delimiter(crate::sheets::import::separator(&text))
                .has_headers(false)
                .flexible(true)
                .from_reader(text.as_bytes());
            let mut rows = Vec::new();
            let mut more = false;
            for record in reader.records() {
                let Ok(record) = record else { break };
                if rows.len() == ROWS_SHOWN {
                    more = true;
                    break;
                }
                // The row as Excel numbers it (a cell over several lines is one row).
                let line = rows.len() + 1;
                rows.push(json!({"line": line, "cells": record.iter().collect::<Vec<_>>()}));
            }
            Ok(Json(
                json!({"name": name, "encoding": encoding, "rows": rows, "more": more}),
            ))
        })
        .await
}

/// A file sent earlier, with its label.
fn sent(ws: &Workspace, id: i64) -> Result<(String, Vec<u8>), ApiError> {
    ws.upload(id)
}

/// The refusal of a file with `diagnostics`, as the command line tells them.
fn refused(file: &str, diagnostics: Vec<Diagnostic>) -> ApiError {
    ApiError::invalid_file(&Report {
        file: file.to_string(),
        diagnostics,
    })
}

/// What `POST /api/stops/import-json` reads.
#[derive(Debug, Deserialize)]
struct ImportJson {
    problem: i64,
    solution: Option<i64>,
    name: Option<String>,
}

/// A stop from the stop file the command line reads, and its solution file if one comes: the
/// layout is checked by the checker against this stop, and refused with its sentences when it
/// belongs to another.
async fn import_json(
    AxState(state): AxState<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<ImportJson>,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    state
        .with_workspace(move |ws| {
            scoped(lang, || {
                let (file, bytes) = sent(ws, body.problem)?;
                let (text, _) = crate::sheets::import::decode(&bytes);
                let problem =
                    crate::stop::load::parse_problem(&text).map_err(|d| refused(&file, d))?;
                let solution = match body.solution {
                    None => None,
                    Some(id) => {
                        let (sfile, bytes) = sent(ws, id)?;
                        let (text, _) = crate::sheets::import::decode(&bytes);
                        let solution = crate::stop::load::parse_solution(&text)
                            .map_err(|d| refused(&sfile, d))?;
                        checked(&problem, &solution, &sfile)?;
                        Some(solution)
                    }
                };
                let name = body
                    .name
                    .map(|n| label(&n))
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| crate::problem_name(std::path::Path::new(&file)));
                let id = ws.create_stop(&name, &problem, solution.as_ref(), State::Imported)?;
                Ok(Json(json!({"stop": id, "name": name})))
            })
        })
        .await
}

/// Refuses a layout the checker finds made for another stop, or breaking a rule of this one.
fn checked(problem: &Problem, solution: &Solution, file: &str) -> Result<(), ApiError> {
    let claim = crate::check::claim(problem, solution);
    let mut problems: Vec<Diagnostic> = Vec::new();
    if claim.problem == crate::check::ProblemMatch::Changed {
        problems.extend(claim.untrue.iter().map(|v| {
            Diagnostic::new(
                Code::SolutionMismatch,
                "$.problem_sha256",
                v.text.clone(),
                t!("web-make-solution-other-stop-action"),
            )
        }));
    }
    if !solution.assignments.is_empty() {
        let report = crate::check::check(problem, solution);
        problems.extend(report.violations.iter().map(|v| {
            Diagnostic::new(
                Code::SolutionMismatch,
                "$.assignments",
                v.text.clone(),
                t!("web-make-solution-other-stop-action"),
            )
        }));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(refused(file, problems))
    }
}

/// The stop's own words, as the planner typed them (each may be left empty).
#[derive(Debug, Default, Deserialize)]
struct Details {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    town: Option<String>,
    #[serde(default)]
    place: Option<String>,
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    to: Option<String>,
}

impl Details {
    fn given(v: &Option<String>) -> Option<String> {
        v.as_ref()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    /// The stop's details for [`with_details`].
    fn stop_details(&self) -> StopDetails {
        StopDetails {
            title: Details::given(&self.title),
            town: Details::given(&self.town),
            place: Details::given(&self.place),
            from: Details::given(&self.from),
            to: Details::given(&self.to),
        }
    }

    /// The stop block of a new venue: the town names it unless a title is given; with no
    /// dates, it opens and closes today (as `caravane venue` does). The dates given are checked
    /// by [`with_details`] afterwards.
    fn info(&self) -> StopInfo {
        let town = Details::given(&self.town).unwrap_or_default();
        StopInfo {
            name: Details::given(&self.title).unwrap_or_else(|| town.clone()),
            town,
            venue: Details::given(&self.place).unwrap_or_default(),
            from: Details::given(&self.from).unwrap_or_else(today),
            to: Details::given(&self.to)
                .or_else(|| Details::given(&self.from))
                .unwrap_or_else(today),
            sample_data: false,
            language: None,
        }
    }
}

/// Today's date, `YYYY-MM-DD` (UTC).
fn today() -> String {
    crate::serve::workspace::now().chars().take(10).collect()
}

/// Where the stands come from.
#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
enum VenueSpec {
    /// A stands sheet (as `caravane venue import`).
    Sheet {
        upload: i64,
        #[serde(default)]
        aisle: Option<String>,
    },
    /// The grid builder (as `caravane venue grid`).
    Grid(Box<GridSpec>),
    /// The square of another stop of the workspace.
    Like { stop: i64 },
}

/// The grid builder's numbers and words, as `caravane venue grid` takes them.
#[derive(Debug, Deserialize)]
struct GridSpec {
    rows: usize,
    per_row: usize,
    #[serde(default)]
    stand: Option<String>,
    #[serde(default)]
    aisle: Option<String>,
    #[serde(default)]
    facing: Option<String>,
    #[serde(default)]
    cross_aisle: Vec<usize>,
    #[serde(default)]
    prime: Vec<String>,
    #[serde(default)]
    zone: Vec<String>,
    #[serde(default)]
    tag: Vec<String>,
    #[serde(default)]
    entrance: Option<String>,
}

/// A problem of one of the builder's fields.
fn bad_field(field: &str, cause: String, action: String) -> Diagnostic {
    Diagnostic::new(Code::InvalidValue, field.to_string(), cause, action)
}

/// Metres as the command line reads them; a problem at `field` otherwise.
fn metres(field: &str, value: &str, out: &mut Vec<Diagnostic>) -> f64 {
    grid::parse_metres(value).unwrap_or_else(|| {
        out.push(bad_field(
            field,
            t!("venue-bad-metres", value = value, option = field),
            t!("venue-bad-metres-action"),
        ));
        f64::NAN
    })
}

/// The venue a request describes, as a stop file with no exhibitors. Refused with every
/// problem, placed in the stands sheet or at the builder's field.
fn venue(ws: &Workspace, spec: &VenueSpec, details: &Details) -> Result<Problem, ApiError> {
    let info = details.info();
    match spec {
        VenueSpec::Sheet { upload, aisle } => {
            let (file, bytes) = sent(ws, *upload)?;
            let mut problems = Vec::new();
            let aisle = metres("aisle", aisle.as_deref().unwrap_or("5"), &mut problems);
            if !problems.is_empty() {
                return Err(refused(&file, problems));
            }
            import_venue(&bytes, info, aisle, None)
                .map(|v| v.problem)
                .map_err(|d| refused(&file, d))
        }
        VenueSpec::Grid(g) => {
            let place = tl!(crate::i18n::current(), "web-make-grid-builder");
            let mut problems = Vec::new();
            let aisle = metres("aisle", g.aisle.as_deref().unwrap_or("4"), &mut problems);
            let size = g.stand.as_deref().unwrap_or("3x3");
            let (width, depth) = grid::parse_size(size).unwrap_or_else(|| {
                problems.push(bad_field(
                    "stand",
                    t!("venue-bad-stand-size", value = size),
                    t!("venue-bad-stand-size-action"),
                ));
                (3.0, 3.0)
            });
            let facing_word = g.facing.as_deref().unwrap_or("pairs");
            let facing = Facing::from_word(facing_word).unwrap_or_else(|| {
                problems.push(bad_field(
                    "facing",
                    t!("venue-bad-facing", value = facing_word),
                    t!("venue-bad-facing-action", words = Facing::WORDS.join(", ")),
                ));
                Facing::Pairs
            });
            let entrance = match g.entrance.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(side) => {
                    let found = match crate::stop::diagnostic::fold(side).as_str() {
                        "north" | "nord" => Some(crate::format::Front::North),
                        "south" | "sud" => Some(crate::format::Front::South),
                        "east" | "est" => Some(crate::format::Front::East),
                        "west" | "ouest" => Some(crate::format::Front::West),
                        _ => None,
                    };
                    if found.is_none() {
                        problems.push(bad_field(
                            "entrance",
                            t!("venue-bad-side", value = side),
                            t!("venue-bad-side-action"),
                        ));
                    }
                    found
                }
            };
            if !problems.is_empty() {
                return Err(refused(&place, problems));
            }
            let spec = Grid {
                rows: g.rows,
                per_row: g.per_row,
                width,
                depth,
                aisle,
                facing,
                cross_aisles: g.cross_aisle.clone(),
                prime: words(&g.prime),
                zones: words(&g.zone),
                tags: words(&g.tag),
                entrance,
                entrance_name: t!("venue-entrance-name"),
            };
            let parts = grid::build(&spec).map_err(|d| refused(&place, d))?;
            let stop = venue_stop(info, parts, aisle, None);
            let found = crate::stop::validate::validate(&stop, &Default::default());
            if !found.is_empty() {
                return Err(refused(&place, found));
            }
            Ok(stop)
        }
        VenueSpec::Like { stop } => {
            let other = ws.working(*stop)?;
            let p = &other.problem;
            let parts = VenueParts {
                stands: p.stands.clone(),
                zones: p.zones.clone(),
                landmarks: p.landmarks.clone(),
                edges: p
                    .adjacency
                    .as_ref()
                    .map(|a| a.edges.clone())
                    .unwrap_or_default(),
            };
            let mut made = venue_stop(info, parts, 0.0, Some(p));
            made.adjacency = p.adjacency.clone();
            Ok(made)
        }
    }
}

/// The non-empty lines of a list field.
fn words(list: &[String]) -> Vec<String> {
    list.iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// What `POST /api/venue/preview` reads.
#[derive(Debug, Deserialize)]
struct Preview {
    venue: VenueSpec,
    #[serde(flatten)]
    details: Details,
}

/// The venue drawn before it is saved: the floor plan of its stands with no one on them.
async fn venue_preview(
    AxState(state): AxState<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<Preview>,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    state
        .with_workspace(move |ws| {
            scoped(lang, || {
                let problem = venue(ws, &body.venue, &body.details)?;
                Ok(Json(drawn(&problem, lang)))
            })
        })
        .await
}

/// A venue's drawing and its counts.
fn drawn(problem: &Problem, lang: Lang) -> Value {
    let stop = crate::stop::model::Stop::new("venue", problem);
    let empty = Solution {
        format: crate::format::SOLUTION_FORMAT.to_string(),
        problem: "venue".to_string(),
        problem_sha256: None,
        status: crate::format::Status::Unknown,
        objective: None,
        bound: None,
        gap: None,
        stopped: None,
        seconds: 0.0,
        assignments: vec![],
        sessions: vec![],
        explanations: vec![],
    };
    let svg = crate::view::floor_plan::plan_svg(problem, &stop, &empty, lang);
    let zones = problem
        .stands
        .iter()
        .filter_map(|s| s.zone.as_deref())
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let prime = problem
        .stands
        .iter()
        .filter(|s| s.tags.iter().any(|t| t == "prime"))
        .count();
    let holds = crate::tl!(
        lang,
        "venue-holds",
        stands = problem.stands.len(),
        zones = zones,
        landmarks = problem.landmarks.len(),
        prime = prime
    );
    // A venue has no layout yet: its subtitle says what it holds, not the status of a plan.
    let status = crate::check::claim(problem, &empty).summary_in(lang);
    let shown = holds
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let svg = svg.replacen(&status, &shown, 1);
    json!({
        "svg": svg,
        "stands": problem.stands.len(),
        "zones": zones,
        "prime": prime,
        "landmarks": problem.landmarks.len(),
        "holds": holds,
    })
}

/// What `POST /api/stops/from-sheets` reads.
#[derive(Debug, Deserialize)]
struct FromSheets {
    exhibitors: i64,
    venue: VenueSpec,
    #[serde(default)]
    sessions: Option<i64>,
    #[serde(default)]
    rooms: Option<i64>,
    #[serde(default)]
    slot_times: Option<String>,
    #[serde(default)]
    busy_days: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(flatten)]
    details: Details,
}

/// A stop from the exhibitor sheet and a venue, with the programme's rooms, slots and
/// sessions when given — the steps of `caravane import`, in its order.
async fn from_sheets(
    AxState(state): AxState<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<FromSheets>,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    state
        .with_workspace(move |ws| {
            scoped(lang, || {
                let problem = stop_from_sheets(ws, &body)?;
                let name = body
                    .name
                    .as_deref()
                    .map(label)
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| {
                        crate::sheets::tour::slug(if problem.stop.town.is_empty() {
                            &problem.stop.name
                        } else {
                            &problem.stop.town
                        })
                    });
                let id = ws.create_stop(&name, &problem, None, State::Empty)?;
                Ok(Json(json!({
                    "stop": id,
                    "name": name,
                    "exhibitors": problem.exhibitors.len(),
                    "stands": problem.stands.len(),
                    "sessions": problem.sessions.len(),
                })))
            })
        })
        .await
}

/// The stop file the sheets make, or every problem of the first file that has some.
fn stop_from_sheets(ws: &Workspace, body: &FromSheets) -> Result<Problem, ApiError> {
    let mut template = venue(ws, &body.venue, &body.details)?;
    let place = tl!(crate::i18n::current(), "web-make-stop-details");
    with_details(&mut template, &body.details.stop_details()).map_err(|d| refused(&place, d))?;
    if let Some(id) = body.rooms {
        let (file, bytes) = sent(ws, id)?;
        template.rooms = read_rooms(&bytes).map_err(|d| refused(&file, d))?;
    }
    if let Some(times) = body.slot_times.as_deref().filter(|t| !t.trim().is_empty()) {
        template.slots = daily_slots(
            times,
            body.busy_days.as_deref().unwrap_or_default(),
            &template.stop.from,
            &template.stop.to,
        )
        .map_err(|d| refused(&place, d))?;
    }
    if let Some(id) = body.sessions {
        let (file, bytes) = sent(ws, id)?;
        template.sessions =
            read_sessions(&bytes, &template.rooms).map_err(|d| refused(&file, d))?;
    }
    let (file, bytes) = sent(ws, body.exhibitors)?;
    let imported = import_exhibitors(&bytes, &template).map_err(|d| refused(&file, d))?;
    Ok(imported.problem)
}

/// The rules and weights of stop `id`: each term with its name, what it measures, what a
/// bigger weight changes, its weight and default.
async fn rules(
    AxState(state): AxState<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    state
        .with_workspace(move |ws| scoped(lang, || Ok(Json(rules_of(&ws.working(id)?, lang)))))
        .await
}

/// The rules part of a stop's working state: the terms and their weights, the `balance`
/// entries with their values as the checker recomputes them, and the attributes a balance may
/// name with the exhibitors' values of each.
fn rules_of(w: &crate::serve::workspace::Working, lang: Lang) -> Value {
    let rules = w.problem.rules.as_ref();
    let weights = Weights::of_rules(rules);
    let terms: Vec<Value> = Term::ALL
        .iter()
        .map(|&t| {
            let label = crate::term_words::term_label(t, lang);
            json!({
                "term": t.name(),
                "name": crate::term_words::term_name(t, lang),
                "label": label,
                "description": crate::term_words::term_description(t, lang),
                "bigger": tl!(lang, "web-make-rules-bigger", label = label.as_str()),
                "weight": weights[t],
                "default": t.info().default_weight,
                "sessions": t.info().part == crate::terms::Part::Sessions,
            })
        })
        .collect();
    let claim = w
        .solution
        .as_ref()
        .map(|s| crate::check::claim(&w.problem, s));
    // Every figure of the balances comes from the checker, recomputing the layout as it is.
    let checked = w
        .solution
        .as_ref()
        .map(|s| crate::check::check(&w.problem, s).objective);
    let balance: Vec<Value> = rules
        .map_or(&[][..], |r| &r.balance[..])
        .iter()
        .map(|b| balance_row(b, &weights, checked.as_ref(), lang))
        .collect();
    json!({
        "stop": w.id,
        "name": w.name,
        "revision": w.revision,
        "state": w.state,
        "state_words": w.state.words(lang),
        "terms": terms,
        "same_family": rules.and_then(|r| r.same_family).unwrap_or(1.0),
        "total": claim.as_ref().and_then(|c| c.total),
        "has_layout": w.solution.is_some(),
        "balance": balance,
        "attributes": balance_attributes(&w.problem, lang),
        "default_weights": {
            "zones": Term::ZoneBalance.info().default_weight,
            "prime": Term::PrimeBalance.info().default_weight,
        },
    })
}

/// The most values of one attribute listed with their counts (a column of telephone numbers
/// has as many values as exhibitors).
const VALUES_LISTED: usize = 40;

/// The attributes a balance rule may name: the format's own (province, category, legal form,
/// led by women), then every attribute and other column the exhibitors carry. Each comes with
/// its name for people, what its term measures on each side, and its values with how many
/// exhibitors have each, the most common first.
fn balance_attributes(p: &Problem, lang: Lang) -> Vec<Value> {
    let mut names: Vec<String> = crate::terms::BUILT_IN_ATTRIBUTES
        .iter()
        .map(|a| a.to_string())
        .collect();
    for e in &p.exhibitors {
        for key in e.attributes.keys().chain(e.extra.keys()) {
            if !names.contains(key) {
                names.push(key.clone());
            }
        }
    }
    names
        .iter()
        .map(|attribute| {
            let mut counts: Vec<(String, usize)> = Vec::new();
            if attribute == crate::terms::PROVINCE {
                counts.extend(p.provinces.iter().map(|x| (x.id.clone(), 0)));
            }
            for e in &p.exhibitors {
                let v = crate::stop::model::attribute_value(p, e, attribute);
                match counts.iter_mut().find(|(x, _)| *x == v) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((v, 1)),
                }
            }
            counts.sort_by_key(|c| std::cmp::Reverse(c.1));
            let distinct = counts.len();
            let values: Vec<Value> = counts
                .iter()
                .take(VALUES_LISTED)
                .map(|(v, n)| json!({"value": v, "name": value_words(p, attribute, v, lang), "count": n}))
                .collect();
            let label = |over| side_label(attribute, over, lang);
            json!({
                "attribute": attribute,
                "name": crate::term_words::attribute_name(attribute, lang),
                "built_in": crate::terms::BUILT_IN_ATTRIBUTES.contains(&attribute.as_str()),
                "labels": {
                    "zones": label(crate::format::Over::Zones),
                    "prime": label(crate::format::Over::Prime),
                },
                "values": values,
                "distinct": distinct,
            })
        })
        .collect()
}

/// A value of an attribute for people; a province by its name in the stop file.
fn value_words(p: &Problem, attribute: &str, value: &str, lang: Lang) -> String {
    if attribute == crate::terms::PROVINCE {
        if let Some(x) = p.provinces.iter().find(|x| x.id == value) {
            return x.name.clone();
        }
    }
    crate::term_words::value_name(attribute, value, lang)
}

/// What the balance term over `attribute` measures on one side (the province's two terms keep
/// their own words).
fn side_label(attribute: &str, over: crate::format::Over, lang: Lang) -> String {
    if attribute == crate::terms::PROVINCE {
        crate::term_words::term_label(crate::terms::province_term(over), lang)
    } else {
        crate::term_words::balance_label(attribute, over, lang)
    }
}

/// One entry of the rules' `balance` list as the page shows it: the entry, and for each side
/// it stands for what it measures, its weight and, when the stop has a layout, the term's value
/// as the checker recomputes it.
fn balance_row(
    b: &crate::format::Balance,
    weights: &Weights,
    checked: Option<&crate::format::Objective>,
    lang: Lang,
) -> Value {
    let sides: Vec<Value> = crate::terms::sides(b.over)
        .into_iter()
        .map(|over| {
            let (value, weight) = if b.attribute == crate::terms::PROVINCE {
                let term = crate::terms::province_term(over);
                (checked.map(|o| term.value_in(o)), weights[term])
            } else {
                let weight = b
                    .weight
                    .unwrap_or(crate::terms::province_term(over).info().default_weight);
                let value = checked.map(|o| {
                    o.balance
                        .iter()
                        .find(|x| x.attribute == b.attribute && x.over == over)
                        .map_or(0.0, |x| x.value)
                });
                (value, weight)
            };
            json!({
                "over": over,
                "label": side_label(&b.attribute, over, lang),
                "weight": weight,
                "value": value,
                "cost": value.map(|v| v * weight),
            })
        })
        .collect();
    json!({
        "attribute": b.attribute,
        "name": crate::term_words::attribute_name(&b.attribute, lang),
        "over": b.over,
        "weight": b.weight,
        "sides": sides,
    })
}

/// What `POST /api/stops/{id}/rules` reads.
#[derive(Debug, Deserialize)]
struct SetRules {
    revision: i64,
    #[serde(default)]
    weights: std::collections::BTreeMap<String, f64>,
    #[serde(default)]
    same_family: Option<f64>,
    /// The whole `balance` list of the rules, when the page sends it (left out: kept as it is).
    #[serde(default)]
    balance: Option<Vec<crate::format::Balance>>,
}

/// Changes the weights (and the same-family clash weight) of the working stop file, and its
/// `balance` list when one is sent, as one change that can be undone; a list the validator
/// refuses comes back with its problems (placed at `$.rules.balance[i]`) and nothing is saved. The layout is kept as it is; its total, recomputed by the
/// checker under the new weights, is what the page shows, with a word that a new solve is
/// needed for the layout to follow the new weights.
async fn set_rules(
    AxState(state): AxState<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<SetRules>,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    state
        .with_workspace(move |ws| {
            scoped(lang, || {
                let before = ws.working(id)?;
                let balance_changed = body.balance.as_ref().is_some_and(|b| {
                    *b != before
                        .problem
                        .rules
                        .as_ref()
                        .map_or(vec![], |r| r.balance.clone())
                });
                let label = if balance_changed {
                    tl!(lang, "web-make-balance-changed")
                } else {
                    tl!(lang, "web-make-rules-changed")
                };
                let after = ws.change(id, body.revision, "rules", &label, |w| {
                    let mut problem = w.problem.clone();
                    let mut rules = problem.rules.clone().unwrap_or_default();
                    if let Some(balance) = &body.balance {
                        rules.balance = balance.clone();
                    }
                    let mut weights = rules.weights.clone().unwrap_or_default();
                    for (name, value) in &body.weights {
                        let term = Term::from_name(name).ok_or_else(|| {
                            ApiError::bad(
                                "unknown-term",
                                tl!(lang, "web-make-rules-unknown-term", term = name.as_str()),
                            )
                        })?;
                        if !(value.is_finite() && *value >= 0.0) {
                            return Err(ApiError::bad(
                                "bad-weight",
                                tl!(lang, "web-make-rules-bad-weight", term = name.as_str()),
                            ));
                        }
                        set_weight(&mut weights, term, *value);
                    }
                    if let Some(x) = body.same_family {
                        if !(x.is_finite() && x >= 0.0) {
                            return Err(ApiError::bad(
                                "bad-weight",
                                tl!(lang, "web-make-rules-bad-weight", term = "same_family"),
                            ));
                        }
                        rules.same_family = Some(x);
                    }
                    rules.weights = Some(weights);
                    problem.rules = Some(rules);
                    let found = crate::stop::validate::validate(&problem, &Default::default());
                    if !found.is_empty() {
                        return Err(refused(&w.name, found));
                    }
                    let solution = w.solution.as_ref().map(|s| {
                        let mut s = s.clone();
                        s.objective = Some(crate::check::check(&problem, &s).objective);
                        s
                    });
                    Ok(Edit {
                        problem: Some(problem),
                        solution,
                        state: w.state,
                        base_version: w.base_version,
                    })
                })?;
                let mut answer = rules_of(&after, lang);
                if after.solution.is_some() {
                    answer["resolve"] = json!(tl!(lang, "web-make-rules-resolve"));
                }
                Ok(Json(answer))
            })
        })
        .await
}

/// Writes `value` as the weight of `term` in a stop file's weights.
fn set_weight(w: &mut FileWeights, term: Term, value: f64) {
    let slot = match term {
        Term::Clash => &mut w.clash,
        Term::ZoneBalance => &mut w.zone_balance,
        Term::PrimeBalance => &mut w.prime_balance,
        Term::EmptyPrime => &mut w.empty_prime,
        Term::MissedSession => &mut w.missed_session,
        Term::Unattended => &mut w.unattended,
        Term::NeighbourWatch => &mut w.neighbour_watch,
        Term::Rotation => &mut w.rotation,
    };
    *slot = Some(value);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_is_only_a_label() {
        assert_eq!(label("../../etc/passwd"), "passwd");
        assert_eq!(label("C:\\Users\\x\\exposants.csv"), "exposants.csv");
        assert_eq!(label("a\u{0}b.csv"), "ab.csv");
    }
}

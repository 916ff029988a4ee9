//! Endpoints: tours — a tour file or the tour sheets brought in, the itineraries compared as
//! `caravane compare` compares them (each stop planned, then ranked), the comparison page, and
//! the shortest orders of an itinerary's stops.
//!
//! The comparison runs off the request threads in [`compare_tour`]; the ranking, its map and
//! its page in every language are kept with the tour, so that opening it again costs nothing.

use super::lang;
use crate::format::{Itinerary, Tour};
use crate::i18n::{scoped, Lang};
use crate::serve::error::ApiError;
use crate::serve::AppState;
use crate::sheets::tour::{import_tour, SheetFile, TourSheets, VenueFile};
use crate::stop::diagnostic::Report;
use crate::tl;
use crate::tour::compare::compare;
use crate::tour::order::{shortest_orders, with_shortest_orders};
use crate::tour::{plan_itineraries, TourModel, TourOptions};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

/// The routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/tours", post(add_tour))
        .route("/api/tours/{id}", get(tour))
        .route("/api/tours/{id}/compare", post(compare_endpoint))
        .route("/api/tours/{id}/orders", post(orders))
        .route("/api/tours/{id}/page", get(page))
}

/// A venue of the tour sheets: a town and the stop (of the workspace, or a stop file sent)
/// whose square it uses.
#[derive(Debug, Deserialize)]
struct VenueChoice {
    town: String,
    #[serde(default)]
    stop: Option<i64>,
    #[serde(default)]
    upload: Option<i64>,
}

/// The tour sheets, each a file sent.
#[derive(Debug, Deserialize)]
struct Sheets {
    towns: i64,
    roads: i64,
    itineraries: i64,
    exhibitors: i64,
    #[serde(default)]
    venues: Vec<VenueChoice>,
}

/// What `POST /api/tours` reads: a tour file, or the sheets.
#[derive(Debug, Deserialize)]
struct NewTour {
    #[serde(default)]
    tour: Option<i64>,
    #[serde(default)]
    sheets: Option<Sheets>,
    #[serde(default)]
    name: Option<String>,
}

/// Adds a tour from its file (as `caravane compare` reads it) or from the sheets (as
/// `caravane import-tour`); refused with every problem of every file.
async fn add_tour(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<NewTour>,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    state
        .with_workspace(move |ws| {
            scoped(lang, || {
                let tour = if let Some(id) = body.tour {
                    let (file, bytes) = ws.upload(id)?;
                    let (text, _) = crate::sheets::import::decode(&bytes);
                    crate::stop::load::parse_tour(&text).map_err(|diagnostics| {
                        ApiError::invalid_file(&Report { file, diagnostics })
                    })?
                } else if let Some(s) = &body.sheets {
                    from_sheets(ws, s, body.name.clone())?
                } else {
                    return Err(ApiError::bad(
                        "no-tour-file",
                        tl!(lang, "web-make-tour-no-file"),
                    ));
                };
                let name = body
                    .name
                    .as_deref()
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .map(str::to_string)
                    .unwrap_or_else(|| tour.tour.name.clone());
                let id = ws.create_tour(&name, &tour)?;
                Ok(Json(json!({"tour": id, "name": name})))
            })
        })
        .await
}

/// A tour from its sheets, through `import_tour`.
fn from_sheets(
    ws: &crate::serve::workspace::Workspace,
    s: &Sheets,
    name: Option<String>,
) -> Result<Tour, ApiError> {
    let sheet = |id: i64| -> Result<SheetFile, ApiError> {
        let (file, bytes) = ws.upload(id)?;
        Ok(SheetFile { file, bytes })
    };
    let mut venues = Vec::new();
    for v in &s.venues {
        let (file, stop) = match (v.stop, v.upload) {
            (Some(id), _) => {
                let w = ws.working(id)?;
                (w.name, w.problem)
            }
            (None, Some(id)) => {
                let (file, bytes) = ws.upload(id)?;
                let (text, _) = crate::sheets::import::decode(&bytes);
                let stop = crate::stop::load::parse_problem(&text).map_err(|diagnostics| {
                    ApiError::invalid_file(&Report {
                        file: file.clone(),
                        diagnostics,
                    })
                })?;
                (file, stop)
            }
            (None, None) => continue,
        };
        venues.push(VenueFile {
            town: v.town.trim().to_string(),
            file,
            stop,
        });
    }
    let sheets = TourSheets {
        name: name.filter(|n| !n.trim().is_empty()),
        towns: sheet(s.towns)?,
        roads: sheet(s.roads)?,
        itineraries: sheet(s.itineraries)?,
        exhibitors: sheet(s.exhibitors)?,
        venues,
        like: None,
    };
    import_tour(&sheets).map_err(|reports| {
        let mut all = ApiError::invalid_file(&reports[0]);
        for r in &reports[1..] {
            all.problems.extend(ApiError::invalid_file(r).problems);
        }
        all
    })
}

/// A tour: its towns, its itineraries with their stops, and the comparison kept, if any (the
/// ranking as JSON and its map in the page's language).
async fn tour(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    state
        .with_workspace(move |ws| {
            scoped(lang, || {
                let (name, tour, kept) = ws.tour(id)?;
                Ok(Json(describe(id, &name, &tour, kept.as_ref(), lang)))
            })
        })
        .await
}

/// The tour as the page shows it.
fn describe(id: i64, name: &str, tour: &Tour, kept: Option<&Value>, lang: Lang) -> Value {
    let town_of = |venue: &str| -> String {
        let town = tour
            .venues
            .iter()
            .find(|v| v.id == venue)
            .map_or(venue, |v| v.town.as_str());
        tour.towns
            .iter()
            .find(|t| t.id == town)
            .map_or_else(|| town.to_string(), |t| t.name.clone())
    };
    let itineraries: Vec<Value> = tour
        .itineraries
        .iter()
        .map(|it| {
            json!({
                "id": it.id,
                "name": it.name.clone().unwrap_or_else(|| it.id.clone()),
                "stops": it.stops.iter().map(|s| json!({
                    "venue": s.venue,
                    "town": town_of(&s.venue),
                    "from": s.from,
                    "to": s.to,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let comparison = kept.map(|k| {
        let mut ranking = k["comparison"].clone();
        let stops = ranking["itineraries"]
            .as_array_mut()
            .into_iter()
            .flatten()
            .flat_map(|it| it["stops"].as_array_mut().into_iter().flatten());
        for stop in stops {
            let words = crate::tour::compare::status_words(stop["status"].as_str().unwrap_or(""));
            stop["status_words"] = json!(words);
        }
        json!({
            "ranking": ranking,
            "map": k["map"][lang.code()],
            "best_order": k["best_order"],
        })
    });
    json!({
        "id": id,
        "name": name,
        "towns": tour.towns.len(),
        "roads": tour.roads.len(),
        "exhibitors": tour.exhibitors.len(),
        "venues": tour.venues.len(),
        "itineraries": itineraries,
        "comparison": comparison,
    })
}

/// What `POST /api/tours/{id}/compare` reads.
#[derive(Debug, Default, Deserialize)]
struct CompareRequest {
    /// Seconds allowed for each stop (30 by default, as `caravane compare`).
    #[serde(default)]
    time_limit: Option<f64>,
    /// Compare this itinerary with the shortest other orders of its stops.
    #[serde(default)]
    best_order: Option<String>,
    /// How many other orders (3 by default).
    #[serde(default)]
    keep: Option<usize>,
}

/// Plans every itinerary of `tour` and ranks them, as `caravane compare` does (with
/// `--best-order` when `best_order` names an itinerary); kept as JSON with its map and page in
/// every language. Runs off the request threads.
///
/// # Errors
/// An unknown itinerary, or the page that cannot be drawn (a bug).
pub async fn compare_tour(
    tour: Tour,
    time_limit: f64,
    best_order: Option<String>,
    keep: usize,
    lang: Lang,
) -> Result<Value, ApiError> {
    tokio::task::spawn_blocking(move || {
        scoped(lang, || {
            let m = TourModel::new(tour);
            let itineraries: Vec<Itinerary> = match &best_order {
                None => m.tour.itineraries.clone(),
                Some(id) => {
                    let base = itinerary(&m, id, lang)?;
                    with_shortest_orders(&m, base, keep)
                }
            };
            let options = TourOptions {
                solve: crate::solve::Options {
                    time_limit: Some(time_limit),
                    gap: 1e-6,
                    threads: 1,
                    seed: 0,
                },
                rotation: true,
            };
            let plans = plan_itineraries(&m, &itineraries, &options, &());
            let ranking = compare(&m, &plans);
            let mut html = serde_json::Map::new();
            let mut map = serde_json::Map::new();
            for l in [Lang::Fr, Lang::Ar, Lang::En] {
                let page = crate::view::tour_page::tour_html(&ranking, l)
                    .map_err(|e| ApiError::internal(&e.to_string()))?;
                html.insert(l.code().to_string(), json!(page));
                let drawn = scoped(l, || crate::view::tour_page::map_svg(&ranking, l));
                map.insert(l.code().to_string(), json!(drawn.svg));
            }
            Ok(json!({
                "comparison": serde_json::to_value(&ranking)
                    .map_err(|e| ApiError::internal(&e.to_string()))?,
                "html": html,
                "map": map,
                "best_order": best_order,
            }))
        })
    })
    .await
    .map_err(|e| ApiError::internal(&e.to_string()))?
}

/// The itinerary `id` of a tour, or a refusal that lists those it has.
fn itinerary<'a>(m: &'a TourModel, id: &str, lang: Lang) -> Result<&'a Itinerary, ApiError> {
    m.tour
        .itineraries
        .iter()
        .find(|i| i.id == id)
        .ok_or_else(|| {
            let known: Vec<&str> = m.tour.itineraries.iter().map(|i| i.id.as_str()).collect();
            ApiError::bad(
                "no-such-itinerary",
                tl!(
                    lang,
                    "web-make-tour-no-itinerary",
                    id = id,
                    known = known.join(", ")
                ),
            )
        })
}

/// Compares the itineraries of tour `id` and keeps the comparison.
async fn compare_endpoint(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    body: Option<Json<CompareRequest>>,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    let request = body.map(|b| b.0).unwrap_or_default();
    let time_limit = request.time_limit.unwrap_or(30.0);
    if !(time_limit.is_finite() && time_limit > 0.0) {
        return Err(ApiError::bad(
            "bad-time-limit",
            tl!(lang, "web-make-tour-bad-time-limit"),
        ));
    }
    let (name, tour) = state
        .with_workspace(move |ws| scoped(lang, || ws.tour(id)).map(|(n, t, _)| (n, t)))
        .await?;
    let kept = compare_tour(
        tour.clone(),
        time_limit,
        request.best_order,
        request.keep.unwrap_or(3),
        lang,
    )
    .await?;
    let stored = kept.clone();
    state
        .with_workspace(move |ws| scoped(lang, || ws.set_comparison(id, &stored)))
        .await?;
    Ok(Json(scoped(lang, || {
        describe(id, &name, &tour, Some(&kept), lang)
    })))
}

/// What `POST /api/tours/{id}/orders` reads.
#[derive(Debug, Deserialize)]
struct OrdersRequest {
    itinerary: String,
    #[serde(default)]
    keep: Option<usize>,
}

/// The shortest orders of an itinerary's stops, each with its towns and road km.
async fn orders(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    Json(body): Json<OrdersRequest>,
) -> Result<Json<Value>, ApiError> {
    let lang = lang(&headers, query.as_deref());
    let (_, tour) = state
        .with_workspace(move |ws| scoped(lang, || ws.tour(id)).map(|(n, t, _)| (n, t)))
        .await?;
    tokio::task::spawn_blocking(move || {
        scoped(lang, || {
            let m = TourModel::new(tour);
            let base = itinerary(&m, &body.itinerary, lang)?;
            let keep = body.keep.unwrap_or(5).clamp(1, 20);
            let towns = |stops: &[usize]| -> Vec<String> {
                stops
                    .iter()
                    .map(|&k| {
                        let town = m.town_of_venue(m.venue(&base.stops[k].venue));
                        m.tour.towns[town].name.clone()
                    })
                    .collect()
            };
            let given: Vec<usize> = (0..base.stops.len()).collect();
            let list: Vec<Value> = shortest_orders(&m, base, keep)
                .into_iter()
                .map(|o| {
                    json!({
                        "towns": towns(&o.stops),
                        "km": o.km,
                        "given": o.stops == given,
                    })
                })
                .collect();
            Ok(Json(json!({
                "itinerary": base.id,
                "given": towns(&given),
                "orders": list,
            })))
        })
    })
    .await
    .map_err(|e| ApiError::internal(&e.to_string()))?
}

/// The comparison page as `caravane compare --format html` makes it, to download and open
/// on its own (its styles are its own, so it is not shown inside the workbench's pages).
async fn page(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let lang = lang(&headers, query.as_deref());
    let (name, kept) = state
        .with_workspace(move |ws| scoped(lang, || ws.tour(id)).map(|(n, _, c)| (n, c)))
        .await?;
    let html = kept
        .as_ref()
        .and_then(|k| k["html"][lang.code()].as_str().map(str::to_string))
        .ok_or_else(|| ApiError::bad("not-compared", tl!(lang, "web-make-tour-not-compared")))?;
    let file = format!("{}.comparison.html", crate::sheets::tour::slug(&name));
    let mut response = ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{file}\"")) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(response)
}

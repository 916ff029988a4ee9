//! The styles, scripts and fonts of the pages, inside the binary: the workbench needs no
//! internet and no file beside the program.
//!
//! Each script belongs to one part of the workbench: `core.js` (calls to the server, the
//! sentences, the language), then one file per area of the pages.

use super::AppState;
use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

/// Every asset: its name under `/assets/`, its type, its bytes.
pub const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "app.css",
        "text/css; charset=utf-8",
        include_bytes!("assets/app.css"),
    ),
    (
        "core.js",
        "text/javascript; charset=utf-8",
        include_bytes!("assets/core.js"),
    ),
    (
        "workspace.js",
        "text/javascript; charset=utf-8",
        include_bytes!("assets/workspace.js"),
    ),
    (
        "plan.js",
        "text/javascript; charset=utf-8",
        include_bytes!("assets/plan.js"),
    ),
    (
        "jobs.js",
        "text/javascript; charset=utf-8",
        include_bytes!("assets/jobs.js"),
    ),
    (
        "sessions.js",
        "text/javascript; charset=utf-8",
        include_bytes!("assets/sessions.js"),
    ),
    (
        "tour.js",
        "text/javascript; charset=utf-8",
        include_bytes!("assets/tour.js"),
    ),
    (
        "NotoSans-Regular.ttf",
        "font/ttf",
        include_bytes!("../../fonts/NotoSans-Regular.ttf"),
    ),
    (
        "NotoSans-Bold.ttf",
        "font/ttf",
        include_bytes!("../../fonts/NotoSans-Bold.ttf"),
    ),
    (
        "NotoNaskhArabic-Regular.ttf",
        "font/ttf",
        include_bytes!("../../fonts/NotoNaskhArabic-Regular.ttf"),
    ),
    (
        "NotoNaskhArabic-Bold.ttf",
        "font/ttf",
        include_bytes!("../../fonts/NotoNaskhArabic-Bold.ttf"),
    ),
    (
        "NotoSansTifinagh-Regular.ttf",
        "font/ttf",
        include_bytes!("../../fonts/NotoSansTifinagh-Regular.ttf"),
    ),
    (
        "NotoSansSymbols2-Regular.ttf",
        "font/ttf",
        include_bytes!("../../fonts/NotoSansSymbols2-Regular.ttf"),
    ),
];

/// The asset routes.
pub fn routes() -> Router<AppState> {
    Router::new().route("/assets/{name}", get(asset))
}

/// One asset, by its name; the names are fixed, no path reaches the file system.
async fn asset(Path(name): Path<String>) -> Response {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, kind, bytes)) => (
            [
                (header::CONTENT_TYPE, *kind),
                (header::CACHE_CONTROL, "private, max-age=3600"),
            ],
            *bytes,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

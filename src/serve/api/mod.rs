//! The JSON endpoints the pages call, by area. Every answer is JSON; every refusal an
//! [`ApiError`](super::ApiError). Changes to a stop carry the revision the page shows (see
//! [`Workspace::change`](super::workspace::Workspace::change)). Sentences come in the page's
//! language (the `caravane_lang` cookie, or `?lang=`).
//!
//! * [`workspace`]: the list of stops and tours, files uploaded, stops made from files or
//!   spreadsheets;
//! * [`stop`]: a stop's state, the plan, changes by hand, pins, forbidden stands, undo and redo,
//!   versions, downloads;
//! * [`late`]: late changes (withdraw, add, recommended stands) and re-plans;
//! * [`sessions`]: the programme, sessions moved by hand;
//! * [`tours`]: tours and their comparison;
//! * [`super::jobs`]: long work, its progress and its cancel.

pub mod late;
pub mod sessions;
pub mod stop;
pub mod tours;
pub mod workspace;

use super::AppState;
use crate::i18n::Lang;
use axum::http::HeaderMap;
use axum::Router;

/// Every endpoint.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(workspace::routes())
        .merge(stop::routes())
        .merge(late::routes())
        .merge(sessions::routes())
        .merge(tours::routes())
        .merge(super::jobs::routes())
}

/// The language of a request to an endpoint (the cookie, or `?lang=`).
pub fn lang(headers: &HeaderMap, query: Option<&str>) -> Lang {
    super::pages::lang_of(headers, query)
}

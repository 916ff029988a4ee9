//! The HTML pages: the workspace, a stop's workbench, a tour; each a shell filled in by its
//! scripts from the JSON endpoints, in the planner's language (French unless the page was
//! asked for in another with `?lang=ar` or `?lang=en`, which a cookie then remembers).

use super::{auth, words, AppState};
use crate::i18n::Lang;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use minijinja::value::Serde;

/// The cookie that remembers the language.
pub const LANG_COOKIE: &str = "caravane_lang";

/// The templates of the pages, by name.
const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("templates/base.html")),
    ("workspace.html", include_str!("templates/workspace.html")),
    ("stop.html", include_str!("templates/stop.html")),
    ("stop_plan.html", include_str!("templates/stop_plan.html")),
    ("stop_jobs.html", include_str!("templates/stop_jobs.html")),
    ("stop_late.html", include_str!("templates/stop_late.html")),
    (
        "stop_sessions.html",
        include_str!("templates/stop_sessions.html"),
    ),
    ("tour.html", include_str!("templates/tour.html")),
    ("refused.html", include_str!("templates/refused.html")),
];

/// The page routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(workspace_page))
        .route("/stops/{id}", get(stop_page))
        .route("/tours/{id}", get(tour_page))
}

/// The language of a request: `?lang=` first, then the cookie, then French.
pub fn lang_of(headers: &HeaderMap, query: Option<&str>) -> Lang {
    auth::query_param(query, "lang")
        .and_then(Lang::parse)
        .or_else(|| auth::cookie(headers, LANG_COOKIE).and_then(Lang::parse))
        .unwrap_or(Lang::Fr)
}

/// Renders template `name` in `lang` with the page's own values.
///
/// # Errors
/// When a template is broken (a bug, caught by the tests).
pub fn render(name: &str, lang: Lang, page: serde_json::Value) -> Result<String, minijinja::Error> {
    let mut env = crate::view::report::environment(lang);
    for (n, text) in TEMPLATES {
        env.add_template(n, text)?;
    }
    let words = words::for_page(lang);
    // The scripts read the page's language from its values (numbers written the language's way).
    let mut page = page;
    if let Some(o) = page.as_object_mut() {
        o.insert("lang".to_string(), serde_json::json!(lang.code()));
    }
    env.get_template(name)?.render(Serde(&serde_json::json!({
        "lang": lang.code(),
        "dir": lang.dir(),
        "words": words,
        "page": page,
    })))
}

/// The page of a request without the token.
pub fn refused_page(lang: Lang) -> String {
    render("refused.html", lang, serde_json::json!({}))
        .unwrap_or_else(|_| crate::tl!(lang, "web-refused"))
}

fn page(
    name: &str,
    headers: &HeaderMap,
    query: Option<&str>,
    value: serde_json::Value,
) -> Response {
    let lang = lang_of(headers, query);
    match render(name, lang, value) {
        Ok(html) => {
            let mut response = Html(html).into_response();
            if auth::query_param(query, "lang").is_some() {
                let cookie = format!("{LANG_COOKIE}={}; Path=/; SameSite=Strict", lang.code());
                if let Ok(v) = HeaderValue::from_str(&cookie) {
                    response.headers_mut().append(header::SET_COOKIE, v);
                }
            }
            response
        }
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

async fn workspace_page(headers: HeaderMap, RawQuery(query): RawQuery) -> Response {
    page(
        "workspace.html",
        &headers,
        query.as_deref(),
        serde_json::json!({"kind": "workspace"}),
    )
}

async fn stop_page(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let lang = lang_of(&headers, query.as_deref());
    let found = state
        .with_workspace(move |ws| crate::i18n::scoped(lang, || ws.working(id)).map(|w| w.name))
        .await;
    match found {
        Ok(name) => page(
            "stop.html",
            &headers,
            query.as_deref(),
            serde_json::json!({"kind": "stop", "stop": id, "name": name}),
        ),
        Err(e) => e.into_response(),
    }
}

async fn tour_page(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let lang = lang_of(&headers, query.as_deref());
    let found = state
        .with_workspace(move |ws| crate::i18n::scoped(lang, || ws.tour(id)).map(|t| t.0))
        .await;
    match found {
        Ok(name) => page(
            "tour.html",
            &headers,
            query.as_deref(),
            serde_json::json!({"kind": "tour", "tour": id, "name": name}),
        ),
        Err(e) => e.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_renders_in_every_language() {
        for lang in [Lang::Fr, Lang::En, Lang::Ar] {
            for name in ["workspace.html", "stop.html", "tour.html", "refused.html"] {
                let html = render(
                    name,
                    lang,
                    serde_json::json!({"kind": "x", "stop": 1, "tour": 1, "name": "n"}),
                )
                .unwrap_or_else(|e| panic!("{name} in {lang:?}: {e:#}"));
                assert!(
                    html.contains(&format!("lang=\"{}\"", lang.code())),
                    "{name}"
                );
            }
        }
    }
}

//! The access token and the headers of every answer.
//!
//! The address the command prints carries the token (`/?token=…`). The first page opened with
//! it sets a cookie (`HttpOnly`, `SameSite=Strict`) and sends the browser on to the same
//! address without the token, so that it does not stay in the address bar nor in the history.
//! Every other request must carry the cookie, or an `Authorization: Bearer …` header, or the
//! token in its query; the embedded assets (styles, scripts, fonts: nothing private) are served
//! to anyone. Requests that change something must also say `X-Caravane: 1`, which a page of
//! another site cannot send without the server's leave.

use super::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The name of the cookie that carries the token.
pub const COOKIE: &str = "caravane_token";

/// The header a changing request must carry.
pub const CHANGE_HEADER: &str = "x-caravane";

/// The content security policy of every answer: scripts, styles, fonts and data from the
/// server itself only, no frame, no form sent elsewhere.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; form-action 'self'; \
frame-ancestors 'none'; base-uri 'none'";

/// A fresh token: 24 random bytes from the system, written in hexadecimal.
///
/// # Errors
/// When the system gives no random bytes.
pub fn new_token() -> std::io::Result<String> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Whether two tokens are equal, in a time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The value of cookie `name` in the request's headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The value of `name` in a query string.
pub fn query_param<'a>(query: Option<&'a str>, name: &str) -> Option<&'a str> {
    query?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The query string without its `token` pair.
fn without_token(query: &str) -> String {
    query
        .split('&')
        .filter(|pair| !pair.starts_with("token=") && !pair.is_empty())
        .collect::<Vec<_>>()
        .join("&")
}

/// Lets through requests that carry the token; refuses the others.
pub async fn guard(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    if path.starts_with("/assets/") {
        return next.run(request).await;
    }
    let token = &state.shared().config.token;
    let query = request.uri().query().map(str::to_string);
    let in_query = query_param(query.as_deref(), "token").is_some_and(|t| same(t, token));
    let in_cookie = cookie(request.headers(), COOKIE).is_some_and(|t| same(t, token));
    let in_header = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|t| same(t.trim(), token));
    if !(in_query || in_cookie || in_header) {
        return refused(&path, request.headers());
    }
    let changes = !matches!(*request.method(), Method::GET | Method::HEAD);
    if changes && !request.headers().contains_key(CHANGE_HEADER) {
        let lang = super::pages::lang_of(request.headers(), query.as_deref());
        return super::ApiError::new(
            StatusCode::FORBIDDEN,
            "missing-header",
            crate::tl!(lang, "web-missing-header"),
        )
        .into_response();
    }
    if in_query && !in_cookie && request.method() == Method::GET && !path.starts_with("/api/") {
        // The first visit: keep the token in a cookie, and take it out of the address.
        let rest = without_token(query.as_deref().unwrap_or(""));
        let to = if rest.is_empty() {
            path
        } else {
            format!("{path}?{rest}")
        };
        let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response();
        let cookie = format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict");
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
        return response;
    }
    next.run(request).await
}

/// The answer to a request without the token: a page that says how to get in, or a JSON error.
fn refused(path: &str, headers: &HeaderMap) -> Response {
    let lang = super::pages::lang_of(headers, None);
    let message = crate::tl!(lang, "web-refused");
    if path.starts_with("/api/") {
        return super::ApiError::new(StatusCode::UNAUTHORIZED, "no-token", message).into_response();
    }
    let page = super::pages::refused_page(lang);
    (StatusCode::UNAUTHORIZED, axum::response::Html(page)).into_response()
}

/// The headers every answer carries: the content security policy, no sniffing of types, no
/// address sent to other sites, no caching of the planner's data.
pub async fn headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_and_different() {
        let (a, b) = (new_token().unwrap(), new_token().unwrap());
        assert_eq!(a.len(), 48);
        assert_ne!(a, b);
    }

    #[test]
    fn the_token_leaves_the_address() {
        assert_eq!(without_token("token=abc&lang=ar"), "lang=ar");
        assert_eq!(without_token("token=abc"), "");
    }

    #[test]
    fn tokens_compare_whole() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "abcd"));
    }
}

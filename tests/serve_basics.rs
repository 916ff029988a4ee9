//! The workbench's foundations: the token, the headers, the pages in three languages, the
//! workspace file.

#[path = "support/workbench.rs"]
mod workbench;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use workbench::*;

#[tokio::test]
async fn a_request_without_the_token_is_refused() {
    let app = caravane::serve::app(state());
    let r = send(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.text.contains("?token="), "{}", r.text);
    let r = send(
        &app,
        Request::get("/api/stops").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.json["error"]["code"], "no-token");
    let r = send(
        &app,
        Request::get("/?token=wrong").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_token_in_the_address_becomes_a_cookie_and_leaves_the_address() {
    let app = caravane::serve::app(state());
    let r = send(
        &app,
        Request::get(format!("/?token={TOKEN}&lang=ar"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.headers["location"], "/?lang=ar");
    let cookie = r.headers["set-cookie"].to_str().unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let r = send(
        &app,
        Request::get("/?lang=ar")
            .header("cookie", format!("caravane_token={TOKEN}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.text.contains(r#"<html lang="ar" dir="rtl">"#));
}

#[tokio::test]
async fn every_answer_forbids_other_origins() {
    let app = caravane::serve::app(state());
    for path in ["/", "/assets/app.css", "/api/nothing"] {
        let r = call(&app, "GET", path, None).await;
        let csp = r.headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'none'") && csp.contains("script-src 'self'"),
            "{path}: {csp}"
        );
        assert_eq!(r.headers["x-content-type-options"], "nosniff");
    }
}

#[tokio::test]
async fn a_change_without_the_page_header_is_refused() {
    let app = caravane::serve::app(state());
    let request = Request::post("/api/stops")
        .header("authorization", format!("Bearer {TOKEN}"))
        .body(Body::empty())
        .unwrap();
    let r = send(&app, request).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.json["error"]["code"], "missing-header");
}

#[tokio::test]
async fn the_fonts_scripts_and_styles_are_inside_the_program() {
    let app = caravane::serve::app(state());
    for (name, kind) in [
        ("app.css", "text/css"),
        ("core.js", "text/javascript"),
        ("NotoNaskhArabic-Regular.ttf", "font/ttf"),
    ] {
        let r = send(
            &app,
            Request::get(format!("/assets/{name}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{name}");
        assert!(
            r.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with(kind),
            "{name}"
        );
    }
    let r = send(
        &app,
        Request::get("/assets/..%2fCargo.toml")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_workspace_page_opens_in_chromium_in_french_and_in_arabic_right_to_left() {
    let browser = Browser::start("workspace-page", state(), "fr").await;
    browser
        .run(|b| async move {
            let h1 = b.find("h1").await.text().await.unwrap();
            assert_eq!(h1, "Espace de travail");
            b.goto("/?lang=ar").await;
            let dir = b.js("return document.documentElement.dir").await;
            assert_eq!(dir, "rtl");
            let h1 = b.find("h1").await.text().await.unwrap();
            assert_eq!(h1, "مساحة العمل");
        })
        .await;
}

//! The workbench's server side, measured: a change by hand on the Taroudant plan (the checker's
//! verdict and everything the page redraws from), and the opening of a stop of 300 exhibitors.
//!
//! Run with `cargo bench --bench serve`. Requests go through the application's service, as the
//! browser's would, without a socket: what is measured is the server's work. The browser's
//! side (the page updated after a drag, a 300-exhibitor stop usable) is measured by
//! `cargo bench --bench workbench_browser`.

use axum::body::Body;
use axum::http::Request;
use axum::Router;
use caravane::planning::stop::plan;
use caravane::serve::workspace::{State, Workspace};
use caravane::serve::{app, AppState, Config};
use caravane::solve::Options;
use caravane::stop::generate::{generate, Spec};
use caravane::stop::load::{read_problem, read_solution};
use criterion::{criterion_group, criterion_main, Criterion};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use std::path::Path;
use std::time::Duration;
use tower::ServiceExt;

const TOKEN: &str = "bench-token";

async fn call(app: &Router, method: &str, path: &str, body: Option<Value>) -> Value {
    let request = Request::builder()
        .method(method)
        .uri(path)
        .header("authorization", format!("Bearer {TOKEN}"))
        .header("x-caravane", "1")
        .header("content-type", "application/json")
        .body(body.map_or_else(Body::empty, |b| Body::from(b.to_string())))
        .expect("a request");
    let response = app.clone().oneshot(request).await.expect("an answer");
    assert!(
        response.status().is_success(),
        "{path}: {}",
        response.status()
    );
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("a body")
        .to_bytes();
    serde_json::from_slice(&bytes).unwrap_or(Value::Null)
}

fn workbench(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances");
    let problem = read_problem(&dir.join("taroudant-2025.problem.json")).expect("shipped stop");
    let solution = read_solution(&dir.join("taroudant-2025.solution.json")).expect("its plan");
    let large = generate(Spec {
        exhibitors: 300,
        sessions: None,
        days: None,
        seed: 1,
    });
    let large_plan = plan("generated-300", &large, &Options::default(), &()).expect("a plan");
    let mut ws = Workspace::in_memory().expect("a workspace");
    let taroudant = ws
        .create_stop("taroudant-2025", &problem, Some(&solution), State::Solved)
        .expect("added");
    let big = ws
        .create_stop(
            "generated-300",
            &large,
            Some(&large_plan.solution),
            State::Solved,
        )
        .expect("added");
    let config = Config {
        token: TOKEN.to_string(),
        worker: env!("CARGO_BIN_EXE_caravane").into(),
        upload_limit: caravane::serve::UPLOAD_LIMIT,
    };
    let app = app(AppState::new(ws, config));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");

    // Two exhibitors of the plan, swapped back and forth: every iteration is one drag.
    let first = solution.assignments[0].exhibitor.clone();
    let second = solution.assignments[1].exhibitor.clone();
    let mut revision = 0;
    let mut group = c.benchmark_group("workbench");
    group
        .sample_size(30)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("drag-taroudant", |b| {
        b.iter(|| {
            let answer = runtime.block_on(call(
                &app,
                "POST",
                &format!("/api/stops/{taroudant}/swap"),
                Some(json!({"revision": revision, "first": first, "second": second})),
            ));
            revision = answer["stop"]["revision"].as_i64().expect("a revision");
        })
    });
    group.bench_function("open-300", |b| {
        b.iter(|| runtime.block_on(call(&app, "GET", &format!("/api/stops/{big}"), None)))
    });
    group.finish();
}

criterion_group!(benches, workbench);
criterion_main!(benches);

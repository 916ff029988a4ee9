//! The plan's endpoints: a stop's state, changes by hand, pins and forbidden stands, undo and
//! redo, versions, the journal and the downloads, through the server's service.

#[path = "support/workbench.rs"]
mod workbench;

use axum::http::StatusCode;
use axum::Router;
use caravane::serve::workspace::State;
use caravane::stop::load::{parse_problem, parse_solution};
use serde_json::{json, Value};
use std::time::Instant;
use workbench::*;

/// A server over a workspace holding the shipped Taroudant stop with its shipped solution.
fn taroudant() -> (Router, caravane::serve::AppState) {
    let state = state();
    let problem = parse_problem(&instance("taroudant-2025.problem.json")).expect("the stop");
    let solution = parse_solution(&instance("taroudant-2025.solution.json")).expect("a layout");
    let id = state
        .shared()
        .workspace
        .lock()
        .unwrap()
        .create_stop("taroudant-2025", &problem, Some(&solution), State::Solved)
        .expect("a stop");
    assert_eq!(id, 1);
    (caravane::serve::app(state.clone()), state)
}

async fn stop(app: &Router) -> Value {
    let r = call(app, "GET", "/api/stops/1", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json
}

fn stand_of<'a>(stop: &'a Value, exhibitor: &str) -> &'a str {
    stop["exhibitors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == exhibitor)
        .and_then(|x| x["stand"].as_str())
        .unwrap_or_else(|| panic!("{exhibitor} has no stand"))
}

#[tokio::test]
async fn the_state_of_a_stop_comes_from_the_checker() {
    let (app, _) = taroudant();
    let s = stop(&app).await;
    for key in [
        "id",
        "name",
        "title",
        "revision",
        "state",
        "state_words",
        "undo",
        "redo",
        "has_layout",
        "base_version",
        "status",
        "claim",
        "terms",
        "costs",
        "plan_svg",
        "stands",
        "exhibitors",
        "zone_table",
        "versions",
    ] {
        assert!(s.get(key).is_some(), "no {key}");
    }
    assert_eq!(s["state"], "solved");
    assert_eq!(s["state_words"], "calculé");
    assert_eq!(s["status"], "optimal");
    assert!(s["plan_svg"].as_str().unwrap().starts_with("<svg"));
    assert_eq!(s["stands"].as_array().unwrap().len(), 68);
    assert_eq!(s["exhibitors"].as_array().unwrap().len(), 60);
    let weighted: f64 = s["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["weighted"].as_f64().unwrap())
        .sum();
    let total = s["claim"]["total"].as_f64().unwrap();
    assert!((weighted - total).abs() < 1e-6, "{weighted} ≠ {total}");
    let tifawin = s["exhibitors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "coop-tifawin")
        .unwrap();
    assert_eq!(tifawin["stand"], "C04");
    assert!(tifawin["province"]["colour"]
        .as_str()
        .unwrap()
        .starts_with('#'));
    assert!(!tifawin["agenda"].as_array().unwrap().is_empty());
    let placed = s["zone_table"]["placed"].as_u64().unwrap();
    assert_eq!(placed, 60);
    let r = call(&app, "GET", "/api/stops/9", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let ar = call(&app, "GET", "/api/stops/1?lang=ar", None).await;
    assert_eq!(ar.json["state_words"], "محسوب");
}

#[tokio::test]
async fn a_move_says_what_it_costs_and_undo_redo_come_back_to_the_same_layout() {
    let (app, _) = taroudant();
    let before = stop(&app).await;
    let r = call(
        &app,
        "POST",
        "/api/stops/1/move",
        Some(json!({"revision": 0, "exhibitor": "coop-tifawin", "stand": "B11"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let s = &r.json["stop"];
    assert_eq!(s["state"], "hand");
    assert_eq!(s["state_words"], "modifié à la main");
    assert_eq!(s["revision"], 1);
    assert_eq!(stand_of(s, "coop-tifawin"), "B11");
    assert_eq!(s["undo"], "Déplacer Coopérative Tifawin en B11");
    let change = &r.json["change"];
    assert_eq!(change["moves"][0]["from"], "C04");
    assert_eq!(change["moves"][0]["name"], "Coopérative Tifawin");
    assert_eq!(change["total_before"], before["claim"]["total"]);
    assert_eq!(change["total_after"], s["claim"]["total"]);
    let last = change["terms"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["term"], "total");

    // A stale revision: 409 with its sentence, nothing changed.
    let r = call(
        &app,
        "POST",
        "/api/stops/1/move",
        Some(json!({"revision": 0, "exhibitor": "coop-tifawin", "stand": "B12"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.json["error"]["code"], "conflict");
    assert!(
        r.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("révision 1"),
        "{}",
        r.text
    );

    let r = call(
        &app,
        "POST",
        "/api/stops/1/undo",
        Some(json!({"revision": 1})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let undone = &r.json["stop"];
    assert_eq!(undone["state"], "solved");
    assert_eq!(undone["exhibitors"], before["exhibitors"]);
    assert_eq!(undone["claim"], before["claim"]);
    assert_eq!(undone["redo"], "Déplacer Coopérative Tifawin en B11");
    let r = call(
        &app,
        "POST",
        "/api/stops/1/redo",
        Some(json!({"revision": 2})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(stand_of(&r.json["stop"], "coop-tifawin"), "B11");
    let r = call(
        &app,
        "POST",
        "/api/stops/1/redo",
        Some(json!({"revision": 3})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.json["error"]["message"], "Rien à rétablir.");
}

#[tokio::test]
async fn refused_changes_say_why_and_change_nothing() {
    let (app, _) = taroudant();
    // Onto a taken stand: swap instead.
    let r = call(
        &app,
        "POST",
        "/api/stops/1/move",
        Some(json!({"revision": 0, "exhibitor": "coop-tifawin", "stand": "A04"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert_eq!(r.json["error"]["code"], "taken");
    // A pinned exhibitor cannot move.
    let r = call(
        &app,
        "POST",
        "/api/stops/1/move",
        Some(json!({"revision": 0, "exhibitor": "coop-imensi", "stand": "B11"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert_eq!(r.json["error"]["code"], "breaks-rules");
    let r = call(
        &app,
        "POST",
        "/api/stops/1/move",
        Some(json!({"revision": 0, "exhibitor": "nobody", "stand": "B11"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let s = stop(&app).await;
    assert_eq!(s["revision"], 0);
    assert_eq!(s["state"], "solved");
    assert_eq!(s["undo"], Value::Null);
}

#[tokio::test]
async fn a_swap_exchanges_two_stands() {
    let (app, _) = taroudant();
    let r = call(
        &app,
        "POST",
        "/api/stops/1/swap",
        Some(json!({"revision": 0, "first": "coop-tifawin", "second": "coop-zaafrane-askaoun"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let s = &r.json["stop"];
    assert_eq!(stand_of(s, "coop-tifawin"), "A04");
    assert_eq!(stand_of(s, "coop-zaafrane-askaoun"), "C04");
    assert_eq!(r.json["change"]["moves"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn pins_and_forbidden_stands_land_in_the_stop_file_and_the_checker_keeps_them() {
    let (app, state) = taroudant();
    let r = call(
        &app,
        "POST",
        "/api/stops/1/pin",
        Some(json!({"revision": 0, "exhibitor": "coop-tifawin", "pinned": true})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let s = &r.json["stop"];
    assert_eq!(s["state"], "solved", "a pin does not change the layout");
    assert_eq!(s["status"], "optimal", "the layout keeps the new pin");
    let w = state.shared().workspace.lock().unwrap().working(1).unwrap();
    assert!(w
        .problem
        .pins
        .iter()
        .any(|p| p.exhibitor == "coop-tifawin" && p.stand == "C04"));
    // The checker now refuses to move it.
    let r = call(
        &app,
        "POST",
        "/api/stops/1/move",
        Some(json!({"revision": 1, "exhibitor": "coop-tifawin", "stand": "B11"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert_eq!(r.json["error"]["code"], "breaks-rules");

    // Forbid B11 to another exhibitor: moving it there is refused.
    let r = call(
        &app,
        "POST",
        "/api/stops/1/forbid",
        Some(json!({"revision": 1, "exhibitor": "coop-zaafrane-askaoun", "stand": "B11", "forbidden": true})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let x = r.json["stop"]["exhibitors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "coop-zaafrane-askaoun")
        .unwrap()
        .clone();
    assert_eq!(x["forbidden"], json!(["B11"]));
    let r = call(
        &app,
        "POST",
        "/api/stops/1/move",
        Some(json!({"revision": 2, "exhibitor": "coop-zaafrane-askaoun", "stand": "B11"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    // Its own stand cannot be forbidden to it.
    let r = call(
        &app,
        "POST",
        "/api/stops/1/forbid",
        Some(json!({"revision": 2, "exhibitor": "coop-zaafrane-askaoun", "stand": "A04", "forbidden": true})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    // Both undone: the stop file is as shipped.
    call(
        &app,
        "POST",
        "/api/stops/1/undo",
        Some(json!({"revision": 2})),
    )
    .await;
    let r = call(
        &app,
        "POST",
        "/api/stops/1/undo",
        Some(json!({"revision": 3})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let w = state.shared().workspace.lock().unwrap().working(1).unwrap();
    let shipped = parse_problem(&instance("taroudant-2025.problem.json")).unwrap();
    assert_eq!(w.problem, shipped);
    // Unpin.
    let r = call(
        &app,
        "POST",
        "/api/stops/1/pin",
        Some(json!({"revision": 4, "exhibitor": "coop-imensi", "pinned": false})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let w = state.shared().workspace.lock().unwrap().working(1).unwrap();
    assert!(!w.problem.pins.iter().any(|p| p.exhibitor == "coop-imensi"));
}

#[tokio::test]
async fn a_version_saved_announced_compared_and_opened_again() {
    let (app, _) = taroudant();
    call(
        &app,
        "POST",
        "/api/stops/1/move",
        Some(json!({"revision": 0, "exhibitor": "coop-tifawin", "stand": "B11"})),
    )
    .await;
    let r = call(
        &app,
        "POST",
        "/api/stops/1/versions",
        Some(json!({"revision": 1, "note": "Tifawin près de l’entrée"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["version"]["number"], 2);
    let v2 = r.json["version"]["id"].as_i64().unwrap();
    let r = call(&app, "GET", "/api/stops/1/versions", None).await;
    let versions = r.json["versions"].as_array().unwrap().clone();
    assert_eq!(versions.len(), 2);
    let v1 = versions[1]["id"].as_i64().unwrap();
    let r = call(&app, "POST", &format!("/api/versions/{v1}/announce"), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert!(r.json["version"]["announced"].is_string());

    let r = call(
        &app,
        "GET",
        &format!("/api/stops/1/compare?a={v1}&b={v2}"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json["moves"],
        json!([{"exhibitor": "coop-tifawin", "name": "Coopérative Tifawin", "before": "C04", "after": "B11"}])
    );
    let r = call(
        &app,
        "GET",
        &format!("/api/stops/1/compare?a={v2}&b=working"),
        None,
    )
    .await;
    assert_eq!(r.json["moves"], json!([]));

    let r = call(
        &app,
        "POST",
        "/api/stops/1/open-version",
        Some(json!({"revision": 2, "version": v1})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let s = &r.json["stop"];
    assert_eq!(s["state"], "restored");
    assert_eq!(s["base_version"], v1);
    assert_eq!(stand_of(s, "coop-tifawin"), "C04");
    assert_eq!(s["undo"], "Rouvrir la version 1");
    let r = call(
        &app,
        "POST",
        "/api/stops/1/open-version",
        Some(json!({"revision": 3, "version": 999})),
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    let r = call(&app, "GET", "/api/stops/1/journal", None).await;
    let actions: Vec<&str> = r.json["journal"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["create", "move", "save", "announce", "open-version"]
    );
}

#[tokio::test]
async fn downloads_are_the_files_the_command_line_writes() {
    let (app, _) = taroudant();
    let r = call(&app, "GET", "/api/stops/1/download/solution", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.headers["content-disposition"],
        "attachment; filename=\"taroudant-2025.solution.json\""
    );
    assert_eq!(
        r.json,
        serde_json::from_str::<Value>(&instance("taroudant-2025.solution.json")).unwrap()
    );
    assert!(r.text.ends_with("}\n"));
    let r = call(&app, "GET", "/api/stops/1/download/problem", None).await;
    assert_eq!(
        r.headers["content-disposition"],
        "attachment; filename=\"taroudant-2025.problem.json\""
    );
    assert_eq!(r.json["stop"]["town"], "Taroudant");
    let r = call(&app, "GET", "/api/stops/1/download/export", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    assert!(r.text.contains("coop-tifawin") && r.text.contains("C04"));
    let r = call(&app, "GET", "/api/stops/1/download/report", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.text.contains("<html"));
    let r = call(&app, "GET", "/api/stops/1/download/pack", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.text.starts_with("%PDF"));
    assert_eq!(
        r.headers["content-disposition"],
        "attachment; filename=\"taroudant-2025.pack.pdf\""
    );
    // A version by its id.
    let r = call(&app, "GET", "/api/stops/1/versions", None).await;
    let v1 = r.json["versions"][0]["id"].as_i64().unwrap();
    let r = call(
        &app,
        "GET",
        &format!("/api/stops/1/download/solution?version={v1}"),
        None,
    )
    .await;
    assert_eq!(
        r.headers["content-disposition"],
        "attachment; filename=\"taroudant-2025.v1.solution.json\""
    );
    for bad in [
        "/api/stops/1/download/..%2fetc",
        "/api/stops/1/download/solution?version=abc",
        "/api/stops/1/download/solution?version=999",
    ] {
        let r = call(&app, "GET", bad, None).await;
        assert!(r.status.is_client_error(), "{bad}: {}", r.status);
    }
}

#[tokio::test]
async fn a_drag_on_taroudant_stays_within_its_budget() {
    let (app, _) = taroudant();
    let mut times = Vec::new();
    // The revision a move is made on is the number of moves made before it.
    for revision in 0..10 {
        let to = if revision % 2 == 0 { "B11" } else { "C04" };
        let started = Instant::now();
        let r = call(
            &app,
            "POST",
            "/api/stops/1/move",
            Some(json!({"revision": revision, "exhibitor": "coop-tifawin", "stand": to})),
        )
        .await;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    eprintln!("move on Taroudant, change + redraw data: median {median:.1} ms, all {times:.1?}");
    // The budget is 20 ms on a planner's machine; the tests run beside other work.
    assert!(median < 200.0, "median {median:.1} ms");
}

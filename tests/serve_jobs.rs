//! The workbench's long jobs, late changes and sessions, through the HTTP interface: a solve
//! to optimal, a cancel that ends the child process, one job per stop, a stop changed during
//! a job, withdraw and re-plan, newcomers, recommended stands, and a server killed during a
//! solve.

#[path = "support/workbench.rs"]
mod workbench;

use axum::http::StatusCode;
use caravane::serve::workspace::{State, Workspace};
use caravane::serve::AppState;
use caravane::stop::load::{parse_problem, parse_solution};
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use workbench::*;

/// Taroudant in a fresh workspace, with its shipped layout or without one; its id.
fn taroudant(state: &AppState, with_layout: bool) -> i64 {
    let problem = parse_problem(&instance("taroudant-2025.problem.json")).unwrap();
    let solution = parse_solution(&instance("taroudant-2025.solution.json")).unwrap();
    let mut ws = state.shared().workspace.lock().unwrap();
    if with_layout {
        ws.create_stop("taroudant-2025", &problem, Some(&solution), State::Solved)
            .unwrap()
    } else {
        ws.create_stop("taroudant-2025", &problem, None, State::Empty)
            .unwrap()
    }
}

/// Polls job `job` until it is no longer running.
async fn finished(app: &axum::Router, job: &Value) -> Value {
    let started = Instant::now();
    loop {
        let r = call(app, "GET", &format!("/api/jobs/{job}"), None).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        if r.json["state"] != "running" {
            return r.json;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "job still running: {}",
            r.text
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn revision(state: &AppState, id: i64) -> i64 {
    state
        .shared()
        .workspace
        .lock()
        .unwrap()
        .working(id)
        .unwrap()
        .revision
}

#[tokio::test]
async fn a_solve_runs_in_a_child_and_puts_the_proven_optimum_in_the_working_layout() {
    let state = state();
    let id = taroudant(&state, false);
    let app = caravane::serve::app(state.clone());
    let r = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/solve"),
        Some(json!({"revision": 0})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let job = finished(&app, &r.json["job"]).await;
    assert_eq!(job["state"], "done", "{job}");
    assert_eq!(job["kind"], "plan");
    assert!(!job["stages"].as_array().unwrap().is_empty(), "{job}");
    assert!(job["stages"][0]["words"].as_str().unwrap().len() > 2);
    assert!(job["best"].as_f64().is_some() && job["bound"].as_f64().is_some());
    assert_eq!(job["result"]["claim"]["status"], "optimal", "{job}");
    assert_eq!(job["result"]["applied"], true);
    assert!(
        job["message"]
            .as_str()
            .unwrap()
            .starts_with("Calcul terminé"),
        "{job}"
    );
    let w = state
        .shared()
        .workspace
        .lock()
        .unwrap()
        .working(id)
        .unwrap();
    assert_eq!(w.state, State::Solved);
    assert_eq!(w.revision, 1);
    assert!(w.solution.is_some());
    // The stop's last job is found again by a page opened later.
    let r = call(&app, "GET", &format!("/api/stops/{id}/job"), None).await;
    assert_eq!(r.json["job"]["id"], job["id"]);
    // A stale revision is refused with the conflict sentence.
    let r = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/solve"),
        Some(json!({"revision": 0})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
}

/// A generated stop of `n` exhibitors in the workspace; its id.
fn generated(state: &AppState, n: usize) -> i64 {
    let problem = caravane::stop::generate::generate(caravane::stop::generate::Spec {
        exhibitors: n,
        sessions: None,
        days: None,
        seed: 7,
    });
    state
        .shared()
        .workspace
        .lock()
        .unwrap()
        .create_stop("big", &problem, None, State::Empty)
        .unwrap()
}

fn alive(pid: u64) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| !s.contains(") Z "))
        .unwrap_or(false)
}

#[tokio::test]
async fn cancel_ends_the_child_and_one_job_runs_per_stop() {
    let state = state();
    let id = generated(&state, 300);
    let app = caravane::serve::app(state.clone());
    let r = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/solve"),
        Some(json!({"revision": 0})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let job = r.json["job"].clone();
    // A second job for the same stop is refused while the first runs.
    let again = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/solve"),
        Some(json!({"revision": 0})),
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.text);
    assert_eq!(again.json["error"]["code"], "busy");
    // Wait for the child to be at work.
    let started = Instant::now();
    let pid = loop {
        let r = call(&app, "GET", &format!("/api/jobs/{job}"), None).await;
        if let Some(pid) = r.json["pid"].as_u64() {
            if !r.json["stages"].as_array().unwrap().is_empty() {
                break pid;
            }
        }
        assert!(started.elapsed() < Duration::from_secs(30), "{}", r.text);
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(alive(pid));
    let r = call(&app, "POST", &format!("/api/jobs/{job}/cancel"), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let ended = finished(&app, &job).await;
    assert_eq!(ended["state"], "cancelled", "{ended}");
    assert!(!alive(pid), "the child {pid} still runs");
    let w = state
        .shared()
        .workspace
        .lock()
        .unwrap()
        .working(id)
        .unwrap();
    assert_eq!((w.revision, w.state), (0, State::Empty));
    assert!(w.solution.is_none());
}

#[tokio::test]
async fn a_stop_changed_during_the_job_keeps_the_change_and_the_layout_becomes_a_version() {
    let state = state();
    let id = taroudant(&state, true);
    let app = caravane::serve::app(state.clone());
    let r = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/solve"),
        Some(json!({"revision": 0})),
    )
    .await;
    let job = r.json["job"].clone();
    let w = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/withdraw"),
        Some(json!({"revision": 0, "exhibitor": "coop-tifawin"})),
    )
    .await;
    assert_eq!(w.status, StatusCode::OK, "{}", w.text);
    let ended = finished(&app, &job).await;
    assert_eq!(ended["state"], "done", "{ended}");
    assert_eq!(ended["result"]["applied"], false);
    assert_eq!(ended["result"]["version"], 2);
    assert!(
        ended["message"].as_str().unwrap().contains("version 2"),
        "{ended}"
    );
    let ws = state.shared().workspace.lock().unwrap();
    let working = ws.working(id).unwrap();
    assert_eq!(working.state, State::Hand);
    assert!(!working
        .problem
        .exhibitors
        .iter()
        .any(|e| e.id == "coop-tifawin"));
    assert_eq!(ws.versions(id).unwrap().len(), 2);
}

#[tokio::test]
async fn withdraw_then_replan_lists_the_moves_from_the_announced_plan() {
    let state = state();
    let id = taroudant(&state, true);
    {
        let mut ws = state.shared().workspace.lock().unwrap();
        let v = ws.versions(id).unwrap()[0].id;
        ws.announce(v).unwrap();
    }
    let app = caravane::serve::app(state.clone());
    let rev = revision(&state, id);
    let r = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/withdraw"),
        Some(json!({"revision": rev, "exhibitor": "coop-tifawin"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["working"]["state"], "hand");
    let stand_of_e01 = {
        let ws = state.shared().workspace.lock().unwrap();
        let w = ws.working(id).unwrap();
        assert!(!w
            .solution
            .unwrap()
            .assignments
            .iter()
            .any(|a| a.exhibitor == "coop-tifawin"));
        parse_solution(&instance("taroudant-2025.solution.json"))
            .unwrap()
            .assignments
            .iter()
            .find(|a| a.exhibitor == "coop-tifawin")
            .unwrap()
            .stand
            .clone()
    };
    let rev = revision(&state, id);
    let r = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/replan"),
        Some(json!({"revision": rev, "time_limit": 30})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let ended = finished(&app, &r.json["job"]).await;
    assert_eq!(ended["state"], "done", "{ended}");
    let result = &ended["result"];
    assert_eq!(result["left"][0]["exhibitor"], "coop-tifawin", "{result}");
    assert_eq!(result["left"][0]["stand"], stand_of_e01.as_str());
    assert!(result["moves"].is_array(), "{result}");
    for m in result["moves"].as_array().unwrap() {
        assert!(m["exhibitor"].is_string() && m["to"].is_string() && m["why"].is_string());
    }
    assert!(result["sessions_moved"].is_array());
    let w = state
        .shared()
        .workspace
        .lock()
        .unwrap()
        .working(id)
        .unwrap();
    assert_eq!(w.state, State::Replanned);
}

#[tokio::test]
async fn a_newcomer_is_checked_with_the_stop_rules_and_gets_recommended_stands() {
    let state = state();
    let id = taroudant(&state, true);
    let app = caravane::serve::app(state.clone());
    let bad = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/add"),
        Some(json!({"revision": 0, "exhibitor": {
            "name": "Coopérative Argane d’Igherm", "province": "marrakech", "family": "argan"
        }})),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.text);
    assert_eq!(bad.json["error"]["code"], "invalid-file");
    let problem = &bad.json["error"]["problems"][0];
    assert!(
        problem["path"].as_str().unwrap().contains("exhibitors[60]"),
        "{problem}"
    );
    assert!(problem["text"].as_str().unwrap().contains("marrakech"));
    assert_eq!(
        revision(&state, id),
        0,
        "a refused newcomer changes nothing"
    );
    let p = parse_problem(&instance("taroudant-2025.problem.json")).unwrap();
    let (province, family) = (p.provinces[0].id.clone(), p.families[0].id.clone());
    let good = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/add"),
        Some(json!({"revision": 0, "exhibitor": {
            "name": "Coopérative Argane d’Igherm", "province": province, "family": family,
            "women_led": true
        }})),
    )
    .await;
    assert_eq!(good.status, StatusCode::OK, "{}", good.text);
    let newcomer = good.json["added"][0].as_str().unwrap().to_string();
    let r = call(
        &app,
        "GET",
        &format!("/api/stops/{id}/recommend?exhibitor={newcomer}"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let candidates = r.json["candidates"].as_array().unwrap();
    assert!(!candidates.is_empty());
    assert_eq!(candidates[0]["more_than_best"], 0.0);
    assert!(candidates[0]["total"].as_f64().is_some());
    // A sheet of newcomers.
    let sheet = format!("name,province,family\nCoopérative Tifawin,{province},{family}\n");
    let r = upload(
        &app,
        &format!("/api/stops/{id}/newcomers?revision=1"),
        sheet.into_bytes(),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["added"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_server_killed_during_a_solve_leaves_the_workspace_whole() {
    let dir = std::env::temp_dir().join(format!("caravane-serve-kill-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("workspace.sqlite");
    let id = {
        let mut ws = Workspace::open(&file).unwrap();
        let problem = parse_problem(&instance("taroudant-2025.problem.json")).unwrap();
        let solution = parse_solution(&instance("taroudant-2025.solution.json")).unwrap();
        let id = ws
            .create_stop("taroudant-2025", &problem, Some(&solution), State::Solved)
            .unwrap();
        ws.save_version(id, 0, "première version").unwrap();
        let big = caravane::stop::generate::generate(caravane::stop::generate::Spec {
            exhibitors: 300,
            sessions: None,
            days: None,
            seed: 3,
        });
        ws.create_stop("big", &big, None, State::Empty).unwrap()
    };
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_caravane"))
        .args(["serve", "--port", "0", "--workspace"])
        .arg(&file)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(server.stdout.take().unwrap());
    let mut address = String::new();
    let started = Instant::now();
    while !address.contains("token=") {
        let mut line = String::new();
        std::io::BufRead::read_line(&mut out, &mut line).unwrap();
        if let Some(at) = line.find("http://") {
            address = line[at..].trim().to_string();
        }
        assert!(started.elapsed() < Duration::from_secs(20));
    }
    let base = address.split("/?").next().unwrap().to_string();
    let token = address.split("token=").nth(1).unwrap().to_string();
    let client = |method: &str, path: &str, body: Option<Value>| {
        let mut request = std::process::Command::new("curl");
        request.args(["-s", "-X", method, "-H", "X-Caravane: 1", "-H"]);
        request.arg(format!("Authorization: Bearer {token}"));
        if let Some(b) = body {
            request.args(["-H", "Content-Type: application/json", "-d", &b.to_string()]);
        }
        let o = request.arg(format!("{base}{path}")).output().unwrap();
        serde_json::from_slice::<Value>(&o.stdout).unwrap_or(Value::Null)
    };
    let r = client(
        "POST",
        &format!("/api/stops/{id}/solve"),
        Some(json!({"revision": 0, "time_limit": 20})),
    );
    let job = r["job"].clone();
    assert!(job.is_u64(), "{r}");
    let pid = loop {
        let j = client("GET", &format!("/api/jobs/{job}"), None);
        if let Some(pid) = j["pid"].as_u64() {
            break pid;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    std::thread::sleep(Duration::from_millis(300));
    server.kill().unwrap();
    server.wait().unwrap();
    // The orphaned child ends by its time limit; the test does not wait for it.
    let _ = std::process::Command::new("kill")
        .arg(pid.to_string())
        .status();
    let ws = Workspace::open(&file).unwrap();
    let stops = ws.stops().unwrap();
    assert_eq!(stops.len(), 2);
    let versions = ws.versions(1).unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0].note, "première version");
    let big = ws.working(id).unwrap();
    assert_eq!((big.revision, big.state), (0, State::Empty));
    drop(ws);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn the_programme_is_read_and_a_session_moved_by_hand_says_what_it_costs() {
    let state = state();
    let id = taroudant(&state, true);
    let app = caravane::serve::app(state.clone());
    let r = call(&app, "GET", &format!("/api/stops/{id}/programme"), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["days"].as_array().unwrap().len(), 6);
    let financing = r.json["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "financing")
        .unwrap()
        .clone();
    assert_eq!(financing["room"], "tente");
    assert_eq!(financing["hours"], "10:00–11:30", "{financing}");
    assert!(financing["registered"].as_u64().unwrap() > 0);
    // Into the room and slot « labels » holds: the checker refuses it, nothing changes.
    let r = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/move-session"),
        Some(json!({"revision": 0, "session": "financing", "slot": "d1-am", "room": "tente"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert_eq!(r.json["error"]["code"], "breaks-a-rule");
    assert_eq!(revision(&state, id), 0);
    // An evening in the tent: allowed, with the change of each term.
    let r = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/move-session"),
        Some(json!({"revision": 0, "session": "financing", "slot": "d5-ev", "room": "tente"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["working"]["state"], "hand");
    let cost = &r.json["cost"];
    let change = cost["change"].as_f64().unwrap();
    let terms: f64 = cost["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["change"].as_f64().unwrap())
        .sum();
    assert!((change - terms).abs() < 1e-6, "{cost}");
    // Undone like any other change.
    let w = state
        .shared()
        .workspace
        .lock()
        .unwrap()
        .step(id, 1, false)
        .unwrap();
    assert_eq!(w.state, State::Solved);
    // The sessions re-planned for the stands: a job.
    let r = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/replan-sessions"),
        Some(json!({"revision": 2})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let ended = finished(&app, &r.json["job"]).await;
    assert_eq!(ended["state"], "done", "{ended}");
    assert_eq!(ended["kind"], "sessions");
    let w = state
        .shared()
        .workspace
        .lock()
        .unwrap()
        .working(id)
        .unwrap();
    assert_eq!(w.state, State::Sessions);
}

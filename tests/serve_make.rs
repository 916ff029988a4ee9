//! The workspace's endpoints: the list, the files sent, a stop made from the sheets or from the
//! JSON files (with every problem as the command line tells it), the venue drawn before
//! saving, the rules and weights, and tours compared as `caravane compare` compares them.

#[path = "support/workbench.rs"]
mod workbench;

use axum::http::StatusCode;
use caravane::format::Problem;
use caravane::serve::workspace::State;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::Command;
use workbench::*;

fn file(name: &str) -> Vec<u8> {
    std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("instances")
            .join(name),
    )
    .expect("a shipped file")
}

async fn sent(app: &axum::Router, name: &str, bytes: Vec<u8>) -> i64 {
    let r = upload(app, &format!("/api/uploads?name={name}"), bytes).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json["upload"].as_i64().expect("an upload id")
}

fn taroudant(state: &caravane::serve::AppState) -> i64 {
    let problem = caravane::stop::load::parse_problem(&instance("taroudant-2025.problem.json"))
        .expect("the shipped stop");
    let solution = caravane::stop::load::parse_solution(&instance("taroudant-2025.solution.json"))
        .expect("the shipped layout");
    state
        .shared()
        .workspace
        .lock()
        .unwrap()
        .create_stop("taroudant-2025", &problem, Some(&solution), State::Solved)
        .unwrap()
}

#[tokio::test]
async fn the_workspace_lists_its_stops_and_tours() {
    let state = state();
    let id = taroudant(&state);
    let app = caravane::serve::app(state);
    let r = call(&app, "GET", "/api/workspace?lang=fr", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let stop = &r.json["stops"][0];
    assert_eq!(stop["id"], id);
    assert_eq!(stop["name"], "taroudant-2025");
    assert_eq!(stop["town"], "Taroudant");
    assert_eq!(stop["exhibitors"], 60);
    assert_eq!(stop["state"], "solved");
    assert_eq!(stop["state_words"], "calculé");
    assert_eq!(stop["versions"], 1);
    assert_eq!(r.json["tours"], json!([]));
}

#[tokio::test]
async fn an_upload_keeps_only_a_label_and_refuses_a_file_over_the_limit() {
    let app = caravane::serve::app(state());
    let r = upload(
        &app,
        "/api/uploads?name=..%2F..%2Fetc%2Fpasswd",
        b"abc".to_vec(),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["name"], "passwd");
    assert_eq!(r.json["bytes"], 3);
    let big = vec![b'x'; caravane::serve::UPLOAD_LIMIT + 1];
    let r = upload(&app, "/api/uploads?name=big.csv", big).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.json["error"]["code"], "too-large");
    assert!(
        r.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("8 Mio"),
        "{}",
        r.text
    );
}

/// The README's walk, by the command line, into `dir`: the venue, then the stop.
fn cli_walk(dir: &std::path::Path) -> Problem {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bin = env!("CARGO_BIN_EXE_caravane");
    let venue = dir.join("taroudant.venue.json");
    let stop = dir.join("taroudant.problem.json");
    let ok = Command::new(bin)
        .current_dir(&root)
        .args(["venue", "import", "instances/taroudant-2025.stands.csv"])
        .args(["--town", "Taroudant", "--place", "Place du 20 Août"])
        .args(["--from", "2025-11-07", "--to", "2025-11-12", "-o"])
        .arg(&venue)
        .status()
        .unwrap()
        .success();
    assert!(ok);
    let ok = Command::new(bin)
        .current_dir(&root)
        .args([
            "import",
            "instances/taroudant-2025.exhibitors.csv",
            "--venue",
        ])
        .arg(&venue)
        .args([
            "--sessions-sheet",
            "instances/taroudant-2025.sessions.csv",
            "--rooms",
            "instances/taroudant-2025.rooms.csv",
            "--slot-times",
            "10:00-11:30 calme, 15:00-16:30, 17:30-19:00 affluence",
            "--busy-days",
            "samedi,dimanche",
            "--title",
            "Marché itinérant ESS — Taroudant 2025",
            "-o",
        ])
        .arg(&stop)
        .status()
        .unwrap()
        .success();
    assert!(ok);
    caravane::stop::load::read_problem(&stop).unwrap()
}

#[tokio::test]
async fn the_shipped_sheets_make_the_stop_the_command_line_makes() {
    let state = state();
    let app = caravane::serve::app(state.clone());
    let exhibitors = sent(
        &app,
        "taroudant-2025.exhibitors.csv",
        file("taroudant-2025.exhibitors.csv"),
    )
    .await;
    let stands = sent(
        &app,
        "taroudant-2025.stands.csv",
        file("taroudant-2025.stands.csv"),
    )
    .await;
    let sessions = sent(
        &app,
        "taroudant-2025.sessions.csv",
        file("taroudant-2025.sessions.csv"),
    )
    .await;
    let rooms = sent(
        &app,
        "taroudant-2025.rooms.csv",
        file("taroudant-2025.rooms.csv"),
    )
    .await;
    let venue = json!({"kind": "sheet", "upload": stands});
    let details = json!({"town": "Taroudant", "place": "Place du 20 Août",
        "from": "2025-11-07", "to": "2025-11-12"});
    let mut preview = details.clone();
    preview["venue"] = venue.clone();
    let r = call(&app, "POST", "/api/venue/preview", Some(preview)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert!(r.json["svg"].as_str().unwrap().starts_with("<svg"));
    let mut body = details.clone();
    body["venue"] = venue;
    body["exhibitors"] = json!(exhibitors);
    body["sessions"] = json!(sessions);
    body["rooms"] = json!(rooms);
    body["slot_times"] = json!("10:00-11:30 calme, 15:00-16:30, 17:30-19:00 affluence");
    body["busy_days"] = json!("samedi,dimanche");
    body["title"] = json!("Marché itinérant ESS — Taroudant 2025");
    let r = call(&app, "POST", "/api/stops/from-sheets", Some(body)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let id = r.json["stop"].as_i64().unwrap();
    assert_eq!(r.json["name"], "taroudant");
    let made = state
        .shared()
        .workspace
        .lock()
        .unwrap()
        .working(id)
        .unwrap();
    let dir = std::env::temp_dir().join(format!("caravane-serve-make-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cli = cli_walk(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(made.problem.exhibitors, cli.exhibitors);
    assert_eq!(made.problem.stands, cli.stands);
    assert_eq!(
        made.problem, cli,
        "the whole stop file is the command line's"
    );
    assert_eq!(made.state, State::Empty);
}

#[tokio::test]
async fn a_sheet_with_mistakes_lists_every_problem_at_its_line_and_column() {
    let app = caravane::serve::app(state());
    let stands = sent(
        &app,
        "taroudant-2025.stands.csv",
        file("taroudant-2025.stands.csv"),
    )
    .await;
    let text = String::from_utf8(file("taroudant-2025.exhibitors.csv")).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for k in [3, 7] {
        let cells: Vec<&str> = lines[k - 1].split(';').collect();
        let province = cells[2].to_string();
        lines[k - 1] = lines[k - 1].replacen(&province, "Atlantide", 1);
    }
    let exhibitors = sent(
        &app,
        "exposants.csv",
        (lines.join("\n") + "\n").into_bytes(),
    )
    .await;
    let r = call(
        &app,
        "POST",
        "/api/stops/from-sheets",
        Some(
            json!({"exhibitors": exhibitors, "venue": {"kind": "sheet", "upload": stands},
            "town": "Taroudant", "from": "2025-11-07", "to": "2025-11-12"}),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
    assert_eq!(r.json["error"]["code"], "invalid-file");
    let problems = r.json["error"]["problems"].as_array().unwrap();
    let lines: Vec<i64> = problems.iter().filter_map(|p| p["line"].as_i64()).collect();
    assert!(lines.contains(&3) && lines.contains(&7), "{problems:#?}");
    for p in problems {
        assert_eq!(p["file"], "exposants.csv");
        assert!(p["line"].as_i64().is_some(), "{p}");
        assert!(p["path"].as_str().unwrap().contains("colonne"), "{p}");
        assert!(!p["cause"].as_str().unwrap().is_empty());
        assert!(!p["action"].as_str().unwrap().is_empty());
        assert!(p["text"].as_str().unwrap().starts_with("exposants.csv"));
    }
    let rows = call(
        &app,
        "GET",
        &format!("/api/uploads/{exhibitors}/rows"),
        None,
    )
    .await;
    assert_eq!(rows.status, StatusCode::OK);
    assert_eq!(rows.json["rows"][2]["line"], 3);
    assert!(rows.json["rows"][2]["cells"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c == "Atlantide"));
}

#[tokio::test]
async fn a_json_stop_with_problems_lists_them_with_their_paths() {
    let app = caravane::serve::app(state());
    let text = r#"{"format": "caravane.stop/1",
      "stop": {"name": "n", "town": "Tata", "venue": "v", "from": "2025-12-05", "to": "2025-12-08"},
      "provinces": [{"id": "tata", "name": "Tata"}],
      "families": [{"id": "dates", "name": "Dattes", "category": "agricultural"}],
      "stands": [{"id": "A1", "x": 0, "y": 0, "width": 3, "depth": 3}],
      "exhibitors": [{"id": "e1", "name": "Coop", "province": "tata", "famliy": "dates"}]}"#;
    let problem = sent(&app, "tata.problem.json", text.as_bytes().to_vec()).await;
    let r = call(
        &app,
        "POST",
        "/api/stops/import-json",
        Some(json!({"problem": problem})),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
    let problems = r.json["error"]["problems"].as_array().unwrap();
    assert!(
        problems
            .iter()
            .any(|p| p["path"] == "$.exhibitors[0].famliy"),
        "{problems:#?}"
    );
}

#[tokio::test]
async fn a_stop_file_with_its_layout_is_imported_and_a_layout_of_another_stop_refused() {
    let state = state();
    let app = caravane::serve::app(state.clone());
    let problem = sent(
        &app,
        "taroudant-2025.problem.json",
        file("taroudant-2025.problem.json"),
    )
    .await;
    let solution = sent(
        &app,
        "taroudant-2025.solution.json",
        file("taroudant-2025.solution.json"),
    )
    .await;
    let r = call(
        &app,
        "POST",
        "/api/stops/import-json",
        Some(json!({"problem": problem, "solution": solution})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["name"], "taroudant-2025");
    let list = call(&app, "GET", "/api/workspace", None).await;
    assert_eq!(list.json["stops"][0]["state"], "imported");
    let tiznit = sent(
        &app,
        "tiznit-2025.problem.json",
        file("tiznit-2025.problem.json"),
    )
    .await;
    let r = call(
        &app,
        "POST",
        "/api/stops/import-json",
        Some(json!({"problem": tiznit, "solution": solution})),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
    let problems = r.json["error"]["problems"].as_array().unwrap();
    assert!(!problems.is_empty());
    assert!(problems
        .iter()
        .all(|p| p["file"] == "taroudant-2025.solution.json"));
    let list = call(&app, "GET", "/api/workspace", None).await;
    assert_eq!(list.json["stops"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn the_grid_builder_draws_its_venue_and_tells_a_bad_field() {
    let state = state();
    let like = taroudant(&state);
    let app = caravane::serve::app(state);
    let r = call(
        &app,
        "POST",
        "/api/venue/preview",
        Some(
            json!({"venue": {"kind": "grid", "rows": 4, "per_row": 8, "prime": ["entrée"],
            "entrance": "sud"}, "town": "Tata", "from": "2025-12-05", "to": "2025-12-08"}),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["stands"], 32);
    assert!(r.json["prime"].as_i64().unwrap() > 0);
    assert!(r.json["svg"].as_str().unwrap().contains("<svg"));
    let r = call(
        &app,
        "POST",
        "/api/venue/preview",
        Some(json!({"venue": {"kind": "grid", "rows": 4, "per_row": 8, "aisle": "large"}})),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
    assert_eq!(r.json["error"]["problems"][0]["path"], "aisle");
    let r = call(
        &app,
        "POST",
        "/api/venue/preview",
        Some(json!({"venue": {"kind": "like", "stop": like}, "town": "Taroudant"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["stands"], 68);
}

#[tokio::test]
async fn the_weights_change_as_one_change_that_can_be_undone() {
    let state = state();
    let id = taroudant(&state);
    let app = caravane::serve::app(state.clone());
    let r = call(&app, "GET", &format!("/api/stops/{id}/rules"), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let clash = r.json["terms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["term"] == "clash")
        .unwrap()
        .clone();
    assert_eq!(clash["weight"], 10.0);
    assert!(!clash["description"].as_str().unwrap().is_empty());
    assert!(!clash["bigger"].as_str().unwrap().is_empty());
    let before = r.json["total"].as_f64().unwrap();
    let revision = r.json["revision"].as_i64().unwrap();
    let r = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/rules"),
        Some(json!({"revision": revision, "weights": {"zone_balance": 5.0}})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let zone = r.json["terms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["term"] == "zone_balance")
        .unwrap()
        .clone();
    assert_eq!(zone["weight"], 5.0);
    assert_eq!(r.json["state"], "solved", "the layout's state is kept");
    assert!(r.json["resolve"].as_str().is_some());
    let after = r.json["total"].as_f64().unwrap();
    assert!(after >= before, "{before} → {after}");
    let again = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/rules"),
        Some(json!({"revision": revision, "weights": {"clash": 1.0}})),
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.text);
    let bad = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/rules"),
        Some(json!({"revision": revision + 1, "weights": {"clash": -1.0}})),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text);
    state
        .shared()
        .workspace
        .lock()
        .unwrap()
        .step(id, revision + 1, false)
        .unwrap();
    let r = call(&app, "GET", &format!("/api/stops/{id}/rules"), None).await;
    let zone = r.json["terms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["term"] == "zone_balance")
        .unwrap()
        .clone();
    assert_eq!(zone["weight"], 1.0);
    assert_eq!(r.json["total"].as_f64().unwrap(), before);
    let page = call(&app, "GET", &format!("/stops/{id}/rules"), None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("id=\"rules\""));
}

/// The rules of the working stop file, as saved.
fn saved_rules(state: &caravane::serve::AppState, id: i64) -> caravane::format::Rules {
    let ws = state.shared().workspace.lock().unwrap();
    ws.working(id).unwrap().problem.rules.unwrap_or_default()
}

#[tokio::test]
async fn balances_are_listed_saved_refused_and_undone() {
    let state = state();
    let id = taroudant(&state);
    let app = caravane::serve::app(state.clone());
    let r = call(&app, "GET", &format!("/api/stops/{id}/rules?lang=fr"), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["balance"], json!([]));
    let attributes = r.json["attributes"].as_array().unwrap();
    let names: Vec<&str> = attributes
        .iter()
        .map(|a| a["attribute"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["province", "category", "form", "women_led"]);
    let women = &attributes[3];
    assert_eq!(women["name"], "direction par des femmes");
    assert_eq!(
        women["values"],
        json!([
            {"value": "true", "name": "dirigées par des femmes", "count": 36},
            {"value": "false", "name": "non dirigées par des femmes", "count": 24},
        ])
    );
    assert!(women["labels"]["prime"]
        .as_str()
        .unwrap()
        .contains("stands privilégiés"));
    let province = &attributes[0];
    let counted: i64 = (province["values"].as_array().unwrap().iter())
        .map(|v| v["count"].as_i64().unwrap())
        .sum();
    assert_eq!(counted, 60);
    assert_eq!(province["values"][0]["name"], "Taroudant");
    let revision = r.json["revision"].as_i64().unwrap();
    let before = r.json["total"].as_f64().unwrap();
    let rules_before = saved_rules(&state, id);

    // A refused list: an attribute no exhibitor carries, the same side twice, a weight out of
    // range. Every problem is placed at its row, and nothing is saved.
    let bad = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/rules?lang=fr"),
        Some(json!({"revision": revision, "balance": [
            {"attribute": "secteur", "over": "zones"},
            {"attribute": "women_led", "over": "prime", "weight": 2.0},
            {"attribute": "women_led", "over": "both", "weight": 1e9},
        ]})),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.text);
    let paths: Vec<&str> = (bad.json["error"]["problems"].as_array().unwrap().iter())
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    assert!(paths.contains(&"$.rules.balance[0].attribute"), "{paths:?}");
    assert!(paths.contains(&"$.rules.balance[2].over"), "{paths:?}");
    assert!(paths.contains(&"$.rules.balance[2].weight"), "{paths:?}");
    assert_eq!(saved_rules(&state, id), rules_before);
    // A province weight that says otherwise than `weights`.
    let bad = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/rules"),
        Some(json!({"revision": revision, "balance": [
            {"attribute": "province", "over": "zones", "weight": 3.0},
        ]})),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.text);
    assert_eq!(
        bad.json["error"]["problems"][0]["path"],
        "$.rules.balance[0].attribute"
    );
    assert_eq!(saved_rules(&state, id), rules_before);
    // An unknown side is not a list at all.
    let bad = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/rules"),
        Some(json!({"revision": revision, "balance": [{"attribute": "form", "over": "partout"}]})),
    )
    .await;
    assert!(bad.status.is_client_error(), "{}", bad.text);
    assert_eq!(saved_rules(&state, id), rules_before);

    // Saved: the stop file has the list, the weights are kept, and each side's value is the
    // checker's.
    let r = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/rules?lang=fr"),
        Some(json!({"revision": revision, "balance": [
            {"attribute": "women_led", "over": "prime", "weight": 2.0},
            {"attribute": "form", "over": "both"},
        ]})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert!(r.json["resolve"].as_str().is_some());
    let rules = saved_rules(&state, id);
    assert_eq!(rules.weights, rules_before.weights);
    assert_eq!(
        serde_json::to_value(&rules.balance).unwrap(),
        json!([
            {"attribute": "women_led", "over": "prime", "weight": 2.0},
            {"attribute": "form", "over": "both"},
        ])
    );
    let (problem, solution) = {
        let ws = state.shared().workspace.lock().unwrap();
        let w = ws.working(id).unwrap();
        (w.problem, w.solution.unwrap())
    };
    let checked = caravane::check::check(&problem, &solution).objective;
    let women = &r.json["balance"][0];
    assert_eq!(women["name"], "direction par des femmes");
    let side = &women["sides"][0];
    assert_eq!(side["over"], "prime");
    assert_eq!(side["weight"], 2.0);
    let value = checked
        .balance
        .iter()
        .find(|b| b.attribute == "women_led")
        .unwrap()
        .value;
    assert_eq!(side["value"].as_f64().unwrap(), value);
    assert_eq!(side["cost"].as_f64().unwrap(), 2.0 * value);
    let form = &r.json["balance"][1]["sides"];
    assert_eq!(form.as_array().unwrap().len(), 2);
    assert_eq!(form[0]["weight"], 1.0, "the default over the zones");
    assert_eq!(form[1]["weight"], 2.0, "the default on the prime stands");
    let after = r.json["total"].as_f64().unwrap();
    assert!(after >= before, "{before} → {after}");
    assert_eq!(after, checked.total);

    // A body without `balance` keeps the list.
    let r = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/rules"),
        Some(json!({"revision": revision + 1, "weights": {"clash": 10.0}})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(saved_rules(&state, id).balance.len(), 2);

    // Undone twice: the rules as they were.
    {
        let mut ws = state.shared().workspace.lock().unwrap();
        ws.step(id, revision + 2, false).unwrap();
        ws.step(id, revision + 3, false).unwrap();
    }
    assert_eq!(saved_rules(&state, id), rules_before);
    let r = call(&app, "GET", &format!("/api/stops/{id}/rules"), None).await;
    assert_eq!(r.json["balance"], json!([]));
    assert_eq!(r.json["total"].as_f64().unwrap(), before);
}

/// The exhibitors' own attributes and the sheet's other columns are offered too.
#[tokio::test]
async fn the_exhibitors_own_attributes_can_be_balanced() {
    let state = state();
    let mut problem = caravane::stop::load::parse_problem(&instance("taroudant-2025.problem.json"))
        .expect("the shipped stop");
    for (i, e) in problem.exhibitors.iter_mut().enumerate() {
        let sector = if i % 3 == 0 { "agricole" } else { "artisanal" };
        e.attributes.insert("secteur".into(), sector.into());
        e.extra
            .insert("téléphone".into(), format!("06 00 00 00 {i:02}"));
    }
    let id = state
        .shared()
        .workspace
        .lock()
        .unwrap()
        .create_stop("taroudant-secteurs", &problem, None, State::Empty)
        .unwrap();
    let app = caravane::serve::app(state.clone());
    let r = call(&app, "GET", &format!("/api/stops/{id}/rules?lang=fr"), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let attributes = r.json["attributes"].as_array().unwrap();
    let sector = attributes
        .iter()
        .find(|a| a["attribute"] == "secteur")
        .expect("the exhibitors' attribute");
    assert_eq!(sector["values"][0]["count"], 40);
    assert_eq!(sector["values"][1]["name"], "«\u{202f}agricole\u{202f}»");
    let phone = attributes
        .iter()
        .find(|a| a["attribute"] == "téléphone")
        .expect("the sheet's other column");
    assert_eq!(phone["distinct"], 60);
    assert!(phone["values"].as_array().unwrap().len() < 60);
    let revision = r.json["revision"].as_i64().unwrap();
    let r = call(
        &app,
        "POST",
        &format!("/api/stops/{id}/rules"),
        Some(json!({"revision": revision, "balance": [{"attribute": "secteur", "over": "zones", "weight": 1.5}]})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert!(r.json.get("resolve").is_none(), "no layout yet");
    assert_eq!(r.json["balance"][0]["sides"][0]["value"], Value::Null);
    assert_eq!(saved_rules(&state, id).balance[0].attribute, "secteur");
}

#[tokio::test]
async fn a_tour_is_compared_as_the_command_line_compares_it() {
    let app = caravane::serve::app(state());
    let tour = sent(
        &app,
        "souss-massa-2025.tour.json",
        file("souss-massa-2025.tour.json"),
    )
    .await;
    let r = call(&app, "POST", "/api/tours", Some(json!({"tour": tour}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let id = r.json["tour"].as_i64().unwrap();
    let r = call(&app, "GET", &format!("/api/tours/{id}"), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["comparison"], Value::Null);
    let page = call(&app, "GET", &format!("/api/tours/{id}/page"), None).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    let r = call(
        &app,
        "POST",
        &format!("/api/tours/{id}/compare"),
        Some(json!({})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let ranked: Vec<String> = r.json["comparison"]["ranking"]["itineraries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    let out = Command::new(env!("CARGO_BIN_EXE_caravane"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "compare",
            "instances/souss-massa-2025.tour.json",
            "--format",
            "json",
            "-q",
        ])
        .output()
        .unwrap();
    let cli: Value = serde_json::from_slice(&out.stdout).unwrap();
    let cli_ranked: Vec<String> = cli["itineraries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ranked, cli_ranked);
    assert!(r.json["comparison"]["map"]
        .as_str()
        .unwrap()
        .contains("<svg"));
    let page = call(&app, "GET", &format!("/api/tours/{id}/page?lang=ar"), None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.headers["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    assert!(page.text.contains("dir=\"rtl\""));
    let list = call(&app, "GET", "/api/workspace", None).await;
    assert_eq!(list.json["tours"][0]["compared"], true);
    let orders = call(
        &app,
        "POST",
        &format!("/api/tours/{id}/orders"),
        Some(json!({"itinerary": "edition-2025", "keep": 3})),
    )
    .await;
    assert_eq!(orders.status, StatusCode::OK, "{}", orders.text);
    let list = orders.json["orders"].as_array().unwrap();
    assert_eq!(list.len(), 3);
    assert!(list[0]["km"].as_f64().unwrap() <= list[1]["km"].as_f64().unwrap());
    let bad = call(
        &app,
        "POST",
        &format!("/api/tours/{id}/orders"),
        Some(json!({"itinerary": "nowhere"})),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.json["error"]["message"]
        .as_str()
        .unwrap()
        .contains("edition-2025"));
}

#[tokio::test]
async fn tour_sheets_with_mistakes_are_refused_with_their_problems() {
    let app = caravane::serve::app(state());
    let towns = sent(
        &app,
        "souss-massa-2025.towns.csv",
        file("souss-massa-2025.towns.csv"),
    )
    .await;
    let roads = sent(
        &app,
        "souss-massa-2025.roads.csv",
        file("souss-massa-2025.roads.csv"),
    )
    .await;
    let itineraries = sent(
        &app,
        "souss-massa-2025.itineraries.csv",
        file("souss-massa-2025.itineraries.csv"),
    )
    .await;
    let exhibitors = sent(&app, "pool.csv", b"nom;province\n".to_vec()).await;
    let r = call(
        &app,
        "POST",
        "/api/tours",
        Some(
            json!({"sheets": {"towns": towns, "roads": roads, "itineraries": itineraries,
            "exhibitors": exhibitors, "venues": []}}),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
    assert!(!r.json["error"]["problems"].as_array().unwrap().is_empty());
}

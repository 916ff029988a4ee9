//! The trade-off explorer, as a planner relies on it: every point of a front is a valid plan
//! that the checker confirms, no point is beaten on both sides by another, every claim is
//! proven, and the command writes the front, one solution per point and the page, or refuses
//! bad input clearly.

mod common;

use caravane::check::check;
use caravane::format::{Problem, Solution, Status};
use caravane::planning::replan::{replan, Priority, ReplanOptions};
use caravane::planning::stop::plan;
use caravane::planning::tradeoffs::{
    balance_side, clash_balance_front, clash_side, moves_objective_front, Between, Front,
};
use caravane::solve::Options;
use caravane::stop::load::{parse_problem, read_problem, read_solution};
use caravane::stop::model::Stop;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;

fn instances() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("instances")
}

fn taroudant() -> (Problem, Solution) {
    (
        read_problem(&instances().join("taroudant-2025.problem.json")).unwrap(),
        read_solution(&instances().join("taroudant-2025.solution.json")).unwrap(),
    )
}

/// Taroudant after the ninth exhibitor of the announced plan withdrew: keeping everyone else
/// leaves the balance far from its best.
fn taroudant_withdrawal() -> (Problem, Solution) {
    let (mut p, old) = taroudant();
    let gone = old.assignments[8].exhibitor.clone();
    p.exhibitors.retain(|e| e.id != gone);
    (p, old)
}

/// Five date sellers of two provinces on a row of six stands in two zones, three of them prime:
/// the least clash leaves the gap inside the row, where it spoils the balance of the prime
/// stands and of the zones; the best balance costs a clash more.
fn forced_clashes() -> serde_json::Value {
    let mut v = common::small_stop();
    let stands: Vec<_> = (0..6)
        .map(|i| {
            json!({ "id": format!("R{i}"), "x": 3 * i, "y": 0, "width": 3, "depth": 3,
                    "front": "south", "zone": if i == 5 { "back" } else { "entrance" },
                    "tags": if [0, 3, 4].contains(&i) { json!(["prime"]) } else { json!([]) } })
        })
        .collect();
    v["stands"] = json!(stands);
    let provinces = ["tata", "tata", "tiznit", "tata", "tiznit"];
    let ex: Vec<_> = provinces
        .iter()
        .enumerate()
        .map(|(i, p)| json!({ "id": format!("d{i}"), "name": format!("Dattes {i}"), "province": p, "family": "dates" }))
        .collect();
    v["exhibitors"] = json!(ex);
    v["sessions"] = json!([]);
    v
}

fn problem_of(v: &serde_json::Value) -> Problem {
    parse_problem(&serde_json::to_string(v).unwrap()).unwrap_or_else(|d| panic!("{d:#?}"))
}

/// What every front promises: each point's solution passes the checker, its two values are
/// the checker's, its claim is proven, and no point dominates another.
fn assert_sound(problem: &Problem, name: &str, front: &Front) {
    let stop = Stop::new(name, problem);
    assert!(front.complete, "the front ran to its end");
    assert!(!front.points.is_empty());
    for (i, p) in front.points.iter().enumerate() {
        let report = check(problem, &p.solution);
        assert!(
            report.is_valid(),
            "point {}: {:?}",
            i + 1,
            report.violations
        );
        assert_eq!(p.status, Status::Optimal, "point {} is proven", i + 1);
        assert_eq!(p.gap, 0.0);
        let o = &report.objective;
        if front.between == Between::ClashBalance {
            assert!((p.first - clash_side(&stop.weights, o)).abs() < 1e-6);
            assert!((p.second - balance_side(&stop.weights, o)).abs() < 1e-6);
        } else {
            assert!((p.second - o.total).abs() < 1e-6);
        }
    }
    for (i, a) in front.points.iter().enumerate() {
        for (j, b) in front.points.iter().enumerate() {
            let no_worse = a.first <= b.first + 1e-9 && a.second <= b.second + 1e-9;
            let better = a.first < b.first - 1e-9 || a.second < b.second - 1e-9;
            assert!(
                i == j || !(no_worse && better),
                "point {} dominates point {}",
                i + 1,
                j + 1
            );
        }
    }
}

#[test]
fn taroudant_has_one_proven_point_with_no_clash_at_the_best_balance() {
    let (problem, _) = taroudant();
    let front = clash_balance_front("taroudant-2025", &problem, &Options::default(), &()).unwrap();
    assert_sound(&problem, "taroudant-2025", &front);
    // The staged solve already reaches no clash at the least balance: nothing to trade.
    assert_eq!(front.points.len(), 1);
    assert_eq!(front.points[0].first, 0.0);
    let best = plan("taroudant-2025", &problem, &Options::default(), &()).unwrap();
    let o = best.solution.objective.unwrap();
    let stop = Stop::new("taroudant-2025", &problem);
    assert!((front.points[0].second - balance_side(&stop.weights, &o)).abs() < 1e-6);
}

#[test]
fn forced_clashes_trade_one_clash_for_balance_and_both_points_are_proven() {
    let problem = problem_of(&forced_clashes());
    let front = clash_balance_front("forced", &problem, &Options::default(), &()).unwrap();
    assert_sound(&problem, "forced", &front);
    let values: Vec<(f64, f64)> = front.points.iter().map(|p| (p.first, p.second)).collect();
    // The best balance with four side pairs clashing, then one clash fewer for 1.6 more balance
    // points (the least clash any layout has: five of six stands in a row).
    assert_eq!(values, vec![(40.0, 0.8), (30.0, 2.4)]);
    assert_eq!(front.points[0].moves, None);
    assert!(front.points[1].moves.unwrap() > 0);
}

#[test]
fn the_moves_front_of_a_withdrawal_improves_with_each_move_up_to_the_best_plan() {
    let (problem, old) = taroudant_withdrawal();
    let name = "taroudant-2025";
    let front = moves_objective_front(name, &problem, &old, &Options::default(), &()).unwrap();
    assert_sound(&problem, name, &front);
    assert!(front.points.len() >= 2, "one move pays off");
    for w in front.points.windows(2) {
        assert!(w[1].first > w[0].first, "more moves");
        assert!(w[1].second < w[0].second, "a strictly better objective");
    }
    // The first point keeps everyone: the re-plan with no move at all.
    let keep = ReplanOptions {
        priority: Priority::Weighted { cost: 0.0 },
        max_moves: Some(0),
        ..ReplanOptions::default()
    };
    let kept = replan(name, &problem, &old, &keep).unwrap();
    assert_eq!(front.points[0].first, 0.0);
    assert_eq!(front.points[0].moves, Some(0));
    let total = |s: &Solution| s.objective.as_ref().unwrap().total;
    assert!((front.points[0].second - total(&kept.solution)).abs() < 1e-6);
    // The last one is as good as any plan of the changed stop (what a re-plan with no cost per
    // move and no limit minimises), proven.
    let best = plan(name, &problem, &Options::default(), &()).unwrap();
    assert_eq!(best.solution.status, Status::Optimal);
    let last = front.points.last().unwrap();
    assert!((last.second - total(&best.solution)).abs() < 1e-6);
    assert_eq!(last.moves, Some(last.first as usize));
}

fn caravane(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_caravane"))
        .args(args)
        .env_remove("CARAVANE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("caravane-tradeoffs-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_command_writes_the_front_a_solution_per_point_and_the_page() {
    let dir = scratch("cli");
    let stop = dir.join("forced.problem.json");
    std::fs::write(&stop, common::text(&forced_clashes())).unwrap();
    let o = caravane(&["tradeoffs", stop.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        out.contains("front entre conflits et équilibre : 2 points"),
        "{out}"
    );
    assert!(out.contains("fait gagner 10 points de conflits"), "{out}");
    let folder = dir.join("forced.tradeoffs");
    let front: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(folder.join("front.json")).unwrap()).unwrap();
    assert_eq!(front["format"], "caravane.front/1");
    assert_eq!(front["between"], json!(["clash", "balance"]));
    let points = front["points"].as_array().unwrap();
    assert_eq!(points.len(), 2);
    let problem = problem_of(&forced_clashes());
    for p in points {
        assert_eq!(p["status"], "optimal");
        let file = folder.join(p["solution"].as_str().unwrap());
        let solution = read_solution(&file).unwrap();
        assert!(check(&problem, &solution).is_valid());
    }
    let html = std::fs::read_to_string(folder.join("front.html")).unwrap();
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(html.contains("id=\"plan-1\"") && html.contains("id=\"diff-0-1\""));
    assert!(html.contains("Conflits (pondérés)"));
    // In Arabic the page reads from the right.
    let ar = dir.join("ar");
    let o = caravane(&[
        "tradeoffs",
        stop.to_str().unwrap(),
        "-o",
        ar.to_str().unwrap(),
        "--lang",
        "ar",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let html = std::fs::read_to_string(ar.join("front.html")).unwrap();
    assert!(html.contains("dir=\"rtl\""));
}

#[test]
fn the_command_writes_the_moves_front_of_a_re_plan() {
    let dir = scratch("moves");
    let (problem, _) = taroudant_withdrawal();
    let stop = dir.join("taroudant-2025.problem.json");
    std::fs::write(&stop, serde_json::to_string_pretty(&problem).unwrap()).unwrap();
    let from = instances().join("taroudant-2025.solution.json");
    let o = caravane(&[
        "tradeoffs",
        stop.to_str().unwrap(),
        "--between",
        "moves,objective",
        "--from",
        from.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let front: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(front["between"], json!(["moves", "objective"]));
    let points = front["points"].as_array().unwrap();
    assert_eq!(points[0]["moves"], 0.0);
    assert!(points.len() >= 2);
    assert!(dir
        .join("taroudant-2025.tradeoffs/point-2.solution.json")
        .exists());
}

#[test]
fn bad_input_is_refused_clearly_and_nothing_is_written() {
    let dir = scratch("bad");
    let stop = dir.join("forced.problem.json");
    std::fs::write(&stop, common::text(&forced_clashes())).unwrap();
    let s = stop.to_str().unwrap();
    let err = |o: &std::process::Output| String::from_utf8_lossy(&o.stderr).to_string();
    let o = caravane(&["tradeoffs", s, "--between", "clash,moves"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("--between attend clash,balance ou moves,objective"),
        "{}",
        err(&o)
    );
    let o = caravane(&["tradeoffs", s, "--between", "moves,objective"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("--from"), "{}", err(&o));
    let o = caravane(&["tradeoffs", s, "--time-limit", "0"]);
    assert_eq!(o.status.code(), Some(2));
    let missing = dir.join("nowhere.problem.json");
    let o = caravane(&["tradeoffs", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(!err(&o).is_empty());
    let broken = dir.join("broken.problem.json");
    std::fs::write(&broken, "{ \"format\": \"caravane.stop/1\", ").unwrap();
    let o = caravane(&["tradeoffs", broken.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(!dir.join("forced.tradeoffs").exists());
    assert!(!dir.join("broken.tradeoffs").exists());
}

#[test]
fn a_stop_where_nobody_can_be_placed_has_no_front_and_says_why() {
    // Three sellers need electricity, and two stands have it.
    let mut v = forced_clashes();
    for i in 0..2 {
        v["stands"][i]["tags"] = json!(["electricity"]);
    }
    for i in 0..3 {
        v["exhibitors"][i]["needs"] = json!(["electricity"]);
    }
    let problem = problem_of(&v);
    let err = clash_balance_front("full", &problem, &Options::default(), &()).unwrap_err();
    assert!(!err.to_string().is_empty());
    let dir = scratch("full");
    let stop = dir.join("full.problem.json");
    std::fs::write(&stop, common::text(&v)).unwrap();
    let o = caravane(&["tradeoffs", stop.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!dir.join("full.tradeoffs").exists());
}

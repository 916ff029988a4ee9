//! Promises the solver keeps at every size and under every limit: the time limit is honoured,
//! a bound is never below zero, a total is always a number, every generated stop can be planned,
//! and what `solve` prints for people is readable.
//!
//! Tests of wall time allow generous margins, so that a busy machine does not make them fail;
//! the precise figures come from the command given in BENCHMARKS.md.

mod common;

use caravane::check::verify;
use caravane::format::{Problem, Solution, Status};
use caravane::planning::stop::{plan, plan_parts, Parts, PlanError};
use caravane::solve::counts::balance_bound;
use caravane::solve::feasibility::place_everyone;
use caravane::solve::greedy::greedy_timetable;
use caravane::solve::highs::Limits;
use caravane::solve::timetable::explain_shortages;
use caravane::solve::Options;
use caravane::stop::generate::{generate, Spec};
use caravane::stop::load::parse_problem;
use caravane::stop::model::Stop;
use serde_json::json;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Instant;

/// A generated stop, read back through the validator as a planner's file would be.
fn generated(
    exhibitors: usize,
    seed: u64,
    sessions: Option<usize>,
    days: Option<usize>,
) -> Problem {
    let p = generate(Spec {
        exhibitors,
        sessions,
        days,
        seed,
    });
    parse_problem(&serde_json::to_string(&p).unwrap())
        .unwrap_or_else(|d| panic!("{exhibitors} exhibitors, seed {seed}: {d:#?}"))
}

fn within(seconds: f64) -> Options {
    Options {
        time_limit: Some(seconds),
        ..Options::default()
    }
}

/// Plans the parts of a stop within the options, and how long it took.
fn timed(name: &str, problem: &Problem, options: &Options, parts: Parts) -> (Solution, f64) {
    let started = Instant::now();
    let planned =
        plan_parts(name, problem, options, &(), parts).unwrap_or_else(|e| panic!("{name}: {e}"));
    (planned.solution, started.elapsed().as_secs_f64())
}

/// A solution's figures are numbers, the bound is between 0 and the total, and `check` agrees
/// with the file.
fn assert_sound(name: &str, problem: &Problem, s: &Solution) {
    if let Some(o) = &s.objective {
        let bound = s.bound.expect("a plan has a bound");
        let gap = s.gap.expect("a plan has a gap");
        assert!(o.total.is_finite() && gap.is_finite(), "{name}: {s:?}");
        assert!(
            (0.0..=o.total + 1e-9).contains(&bound),
            "{name}: bound {bound}, total {}",
            o.total
        );
        let verdict = verify(name, problem, s);
        assert!(verdict.passed(), "{name}: {verdict}");
    }
}

#[test]
fn the_time_limit_is_kept_on_stops_of_thousands_with_and_without_sessions() {
    let limit = 2.0;
    for (n, seed, parts) in [(3000, 2, Parts::Whole), (5000, 1, Parts::Stands)] {
        let problem = generated(n, seed, None, None);
        let name = format!("generated-{n}");
        let (s, seconds) = timed(&name, &problem, &within(limit), parts);
        assert!(
            seconds <= limit + 1.5,
            "{name}: {seconds:.2} s for a limit of {limit} s"
        );
        assert!(
            matches!(s.status, Status::Optimal | Status::Feasible),
            "{name}: {:?}",
            s.status
        );
        if matches!(parts, Parts::Whole) {
            assert_eq!(s.sessions.len(), problem.sessions.len(), "{name}");
        }
        assert_sound(&name, &problem, &s);
    }
}

#[test]
fn the_matching_places_five_thousand_exhibitors_in_well_under_a_second() {
    let problem = generated(5000, 1, None, None);
    let stop = Stop::new("generated-5000", &problem);
    let started = Instant::now();
    let placed = place_everyone(&stop);
    let seconds = started.elapsed().as_secs_f64();
    assert!(placed.is_ok());
    assert!(seconds < 1.0, "{seconds:.2} s");
}

#[test]
fn a_limit_too_short_for_any_solver_ends_at_once_with_a_checked_plan_or_unknown() {
    let problem = generated(3000, 2, None, None);
    let (s, seconds) = timed("generated-3000", &problem, &within(0.001), Parts::Whole);
    assert!(seconds < 2.0, "{seconds:.2} s for a limit of 1 ms");
    match s.status {
        Status::Feasible => assert_eq!(s.sessions.len(), problem.sessions.len()),
        Status::Unknown => assert!(s.objective.is_none() && s.assignments.is_empty()),
        other => panic!("{other:?}"),
    }
    assert_sound("generated-3000", &problem, &s);
}

#[test]
fn bounds_are_never_below_zero_when_a_limit_cuts_the_solve() {
    let problem = generated(3000, 2, None, None);
    for limit in [0.001, 0.02, 0.1, 0.5] {
        let (s, _) = timed("generated-3000", &problem, &within(limit), Parts::Stands);
        assert!(s.bound.is_none_or(|b| b >= 0.0), "limit {limit}: {s:?}");
        assert_sound("generated-3000", &problem, &s);
    }
    // The count model stopped before its first relaxation reports the bound of the variables'
    // ranges, below zero with the `empty_prime` term: read as 0.
    let stop = Stop::new("generated-3000", &problem);
    let cut = Limits {
        time_limit: Some(0.0),
        rel_gap: 1e-6,
        threads: 1,
        presolve: false,
        give_up_at: None,
    };
    let bound = balance_bound(&stop, cut);
    assert!(bound >= 0.0, "{bound}");
}

/// Five date sellers in a row of six stands: at least three side pairs clash.
fn forced_clashes(clash_weight: f64) -> serde_json::Value {
    let mut v = common::small_stop();
    let stands: Vec<_> = (0..6).map(|i| json!({ "id": format!("R{i}"), "x": 3 * i, "y": 0, "width": 3, "depth": 3, "front": "south", "zone": "z" })).collect();
    v["stands"] = json!(stands);
    let ex: Vec<_> = (0..5).map(|i| json!({ "id": format!("d{i}"), "name": format!("Dattes {i}"), "province": "tata", "family": "dates" })).collect();
    v["exhibitors"] = json!(ex);
    v["sessions"] = json!([]);
    v["rules"] = json!({ "weights": { "clash": clash_weight } });
    v
}

#[test]
fn a_total_too_large_for_a_number_is_an_error_and_never_a_file() {
    // Validation refuses such weights; the planner does not rely on it.
    let problem: Problem = serde_json::from_value(forced_clashes(1e308)).unwrap();
    match plan("huge", &problem, &Options::default(), &()) {
        Err(e @ PlanError::NotFinite { .. }) => {
            let text = e.to_string();
            assert!(
                text.contains("les poids de l’étape sont trop grands") && text.contains("1000000"),
                "{text}"
            );
            let text = caravane::i18n::scoped(caravane::i18n::Lang::En, || e.to_string());
            assert!(
                text.contains("weights") && text.contains("1000000"),
                "{text}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_very_large_but_finite_total_is_written_as_a_number_that_check_reads_back() {
    let problem: Problem = serde_json::from_value(forced_clashes(1e300)).unwrap();
    let s = plan("large", &problem, &Options::default(), &())
        .unwrap()
        .solution;
    let total = s.objective.as_ref().unwrap().total;
    assert!(total.is_finite() && total >= 3e300, "{total}");
    let text = serde_json::to_string(&s).unwrap();
    let back: Solution = serde_json::from_str(&text).unwrap();
    assert_eq!(back.objective.as_ref().unwrap().total, total);
    assert_sound("large", &problem, &back);
}

#[test]
fn weights_at_the_largest_allowed_value_solve_and_check() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances/taroudant-2025.problem.json");
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let w = 1e6;
    v["rules"]["weights"] = json!({ "clash": w, "zone_balance": w, "prime_balance": w,
        "empty_prime": w, "missed_session": w, "unattended": w, "neighbour_watch": w });
    v["rules"]["adjacency_weights"] = json!({ "side": w, "facing": w, "back": w });
    v["rules"]["same_family"] = json!(w);
    let problem = parse_problem(&serde_json::to_string(&v).unwrap()).unwrap();
    let s = plan("taroudant-heavy", &problem, &within(30.0), &())
        .unwrap()
        .solution;
    assert!(
        matches!(s.status, Status::Optimal | Status::Feasible),
        "{:?}",
        s.status
    );
    assert_sound("taroudant-heavy", &problem, &s);
}

#[test]
fn every_generated_stop_can_be_planned() {
    let mut specs: Vec<(usize, u64, Option<usize>, Option<usize>)> = Vec::new();
    for n in [1, 5, 30, 60, 150, 400, 1000] {
        for seed in 0..4 {
            specs.push((n, seed, None, None));
        }
    }
    specs.extend([
        (3000, 1, None, None),
        (3000, 2, None, None),
        (1500, 1, Some(20), None),
        (400, 3, Some(30), Some(1)),
        (200, 4, Some(12), Some(2)),
    ]);
    for (n, seed, sessions, days) in specs {
        let what = format!("{n} exhibitors, seed {seed}, {sessions:?} sessions, {days:?} days");
        let problem = generated(n, seed, sessions, days);
        let stop = Stop::new("generated", &problem);
        assert!(place_everyone(&stop).is_ok(), "{what}: not everyone fits");
        let short = explain_shortages(&stop);
        assert!(short.is_empty(), "{what}: {:?}", short[0].text);
        assert!(greedy_timetable(&stop).is_some(), "{what}: no timetable");
    }
}

fn caravane(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_caravane"))
        .env_remove("CARAVANE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn scratch(test: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("caravane-limits-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_stage_lines_of_solve_are_for_people() {
    let dir = scratch("stages");
    let out = dir.join("t.solution.json");
    let o = caravane(&[
        "solve",
        "instances/taroudant-2025.problem.json",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let err = String::from_utf8_lossy(&o.stderr);
    let stages: Vec<&str> = err.lines().filter(|l| l.contains("phase ")).collect();
    assert!(!stages.is_empty(), "{err}");
    for line in stages {
        assert!(
            !line.contains("Some(") && !line.contains("None") && !line.contains("Optimal"),
            "{line}"
        );
        // No figure with more than four decimals, and the seconds with a decimal comma.
        let long = line
            .split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .any(|w| {
                w.split_once([',', '.'])
                    .is_some_and(|(_, decimals)| decimals.len() > 4)
            });
        assert!(!long, "{line}");
        assert!(
            line.split_whitespace()
                .any(|w| w.contains(',') && w.chars().all(|c| c.is_ascii_digit() || c == ',')),
            "{line}"
        );
    }
}

#[test]
fn quiet_silences_progress_but_keeps_the_results() {
    let dir = scratch("quiet");
    let out = dir.join("t.solution.json");
    let o = caravane(&[
        "solve",
        "instances/tata-2025.problem.json",
        "-q",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("tata-2025\u{a0}: optimal"), "{text}");
    assert!(
        text.contains("exposantes et exposants par zone et par province"),
        "{text}"
    );
    assert!(!String::from_utf8_lossy(&o.stderr).contains("phase "));
}

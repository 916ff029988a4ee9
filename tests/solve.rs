//! Solving stand layouts: proven optima that the independent checker reproduces, pins kept,
//! infeasible stops explained, and the same answer every time.

mod common;

use caravane::check::{check, verify, Code};
use caravane::format::{Assignment, Problem, Status};
use caravane::i18n::{scoped, Lang};
use caravane::planning::stop::plan;
use caravane::solve::Options;
use caravane::stop::load::{parse_problem, read_problem};
use serde_json::json;
use std::path::Path;

fn shipped(name: &str) -> Problem {
    read_problem(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("instances")
            .join(format!("{name}.problem.json")),
    )
    .unwrap()
}

#[test]
fn every_shipped_stop_solves_to_a_proven_optimum_that_check_reproduces() {
    for name in ["taroudant-2025", "tiznit-2025", "tata-2025"] {
        let problem = shipped(name);
        let planned = plan(name, &problem, &Options::default(), &())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let s = &planned.solution;
        assert_eq!(s.status, Status::Optimal, "{name}");
        assert_eq!(s.gap, Some(0.0), "{name}");
        assert_eq!(s.assignments.len(), problem.exhibitors.len());
        let verdict = verify(name, &problem, s);
        assert!(verdict.passed(), "{name}: {verdict}");
        // Pins are kept.
        for pin in &problem.pins {
            assert!(
                s.assignments
                    .iter()
                    .any(|a| a.exhibitor == pin.exhibitor && a.stand == pin.stand),
                "{name}: pin {pin:?}"
            );
        }
    }
}

#[test]
fn the_same_problem_and_options_give_the_same_file_but_for_the_seconds() {
    let problem = shipped("tiznit-2025");
    let text = || {
        let mut s = plan("tiznit-2025", &problem, &Options::default(), &())
            .unwrap()
            .solution;
        s.seconds = 0.0;
        serde_json::to_string_pretty(&s).unwrap()
    };
    assert_eq!(text(), text());
}

fn small(v: serde_json::Value) -> Problem {
    parse_problem(&serde_json::to_string(&v).unwrap()).unwrap_or_else(|d| panic!("{d:#?}"))
}

#[test]
fn a_hand_edited_layout_with_three_faults_fails_check_naming_all_three() {
    let mut v = common::small_stop();
    v["pins"] = json!([{ "exhibitor": "e3", "stand": "A4" }]);
    let problem = small(v);
    let mut solution = plan("small", &problem, &Options::default(), &())
        .unwrap()
        .solution;
    assert!(verify("small", &problem, &solution).passed());
    // The planner puts e1 on e2's stand, moves e2 (who needs electricity) to a bare stand, and
    // moves the pinned e3 off its stand.
    let stand_of = |id: &str| {
        solution
            .assignments
            .iter()
            .find(|a| a.exhibitor == id)
            .unwrap()
            .stand
            .clone()
    };
    let e2_stand = stand_of("e2");
    solution.assignments = vec![
        Assignment {
            exhibitor: "e1".into(),
            stand: e2_stand.clone(),
        },
        Assignment {
            exhibitor: "e2".into(),
            stand: "A2".into(),
        },
        Assignment {
            exhibitor: "e3".into(),
            stand: e2_stand,
        },
    ];
    let report = check(&problem, &solution);
    let codes: Vec<Code> = report.violations.iter().map(|v| v.code).collect();
    assert!(codes.contains(&Code::DoubleBooked), "{codes:?}");
    assert!(codes.contains(&Code::UnmetNeed), "{codes:?}");
    assert!(codes.contains(&Code::BrokenPin), "{codes:?}");
    let verdict = verify("small", &problem, &solution);
    assert!(!verdict.passed());
    let text = verdict.to_string();
    assert!(
        text.contains("e2") && text.contains("electricity") && text.contains("qui lui est réservé"),
        "{text}"
    );
}

#[test]
fn an_infeasible_stop_gets_the_hall_set_sentence() {
    let mut v = common::small_stop();
    // Three exhibitors need electricity; only A1 and A3 offer it.
    for e in 0..3 {
        v["exhibitors"][e]["needs"] = json!(["electricity"]);
    }
    let problem = small(v);
    let planned = plan("small", &problem, &Options::default(), &()).unwrap();
    let s = &planned.solution;
    assert_eq!(s.status, Status::Infeasible);
    assert!(
        s.assignments.is_empty() && s.objective.is_none() && s.bound.is_none() && s.gap.is_none()
    );
    let text = &s.explanations[0].text;
    assert!(
        text.starts_with(
            "Ces 3 exposantes et exposants ont besoin de «\u{a0}electricity\u{a0}», mais seuls 2 stands le leur offrent : A1, A3. Exposantes et exposants : "
        ) && text.ends_with("Ajoutez «\u{a0}electricity\u{a0}» à un stand de plus, ou reportez-en un à une autre étape."),
        "{text}"
    );
    for (lang, said) in [
        (
            Lang::En,
            "These 3 exhibitors need \"electricity\", but only 2 stands offer it to them: A1, A3.",
        ),
        (Lang::Ar, "يحتاج هؤلاء العارضون"),
    ] {
        let again = scoped(lang, || plan("small", &problem, &Options::default(), &())).unwrap();
        let text = &again.solution.explanations[0].text;
        assert!(text.contains(said), "{text}");
        assert!(text.contains("Coopérative Tamount"), "{text}");
    }
    assert!(
        text.contains("A1") && text.contains("A3") && text.contains("Coopérative Tamount"),
        "{text}"
    );
}

#[test]
fn forced_clashes_are_still_proven_optimal() {
    // Five date sellers in one row of six stands: at least three side pairs must clash... and
    // the solver must prove how few.
    let mut v = common::small_stop();
    let stands: Vec<_> = (0..6).map(|i| json!({ "id": format!("R{i}"), "x": 3 * i, "y": 0, "width": 3, "depth": 3, "front": "south", "zone": "z" })).collect();
    v["stands"] = json!(stands);
    let ex: Vec<_> = (0..5).map(|i| json!({ "id": format!("d{i}"), "name": format!("Dattes {i}"), "province": "tata", "family": "dates" })).collect();
    v["exhibitors"] = json!(ex);
    v["sessions"] = json!([]);
    let problem = small(v);
    let s = plan("forced", &problem, &Options::default(), &())
        .unwrap()
        .solution;
    assert_eq!(s.status, Status::Optimal);
    // Five of six stands in a row: one gap, so at least three touching pairs.
    assert_eq!(s.objective.as_ref().unwrap().clash, 3.0);
}

//! Balance over any attribute, as a specification.
//!
//! * A stop without `balance` rules keeps the two province terms with their weights: its file,
//!   layout and total are what they were.
//! * A rule over another attribute (`women_led`, `form`, `category` or an exhibitor's own
//!   attribute) adds a term that the solver minimises exactly and the checker recomputes with
//!   a sentence per value off its fair share.
//! * A rule over the province sets the province terms' weights, as `weights` would.
//! * Mistakes in the rules are all reported at once, each with its place in the file.

use caravane::check::{check, verify};
use caravane::format::*;
use caravane::i18n::{scoped, Lang};
use caravane::planning::stop::{plan, plan_parts, Parts};
use caravane::solve::Options;
use caravane::stop::diagnostic::Code;
use caravane::stop::load::{parse_problem, read_problem, read_solution};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn instance(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("instances")
        .join(file)
}

/// The shipped stop of Taroudant as JSON, to add rules to.
fn taroudant_json() -> Value {
    serde_json::from_str(&std::fs::read_to_string(instance("taroudant-2025.problem.json")).unwrap())
        .unwrap()
}

fn with_balance(balance: Value) -> Problem {
    let mut v = taroudant_json();
    v["rules"]["balance"] = balance;
    parse_problem(&v.to_string()).expect("a valid stop")
}

fn stands(s: &Solution) -> Vec<(String, String)> {
    s.assignments
        .iter()
        .map(|a| (a.exhibitor.clone(), a.stand.clone()))
        .collect()
}

#[test]
fn without_balance_rules_the_shipped_stop_keeps_its_totals_and_file() {
    let problem = read_problem(&instance("taroudant-2025.problem.json")).unwrap();
    let shipped = read_solution(&instance("taroudant-2025.solution.json")).unwrap();
    let planned = plan("taroudant-2025", &problem, &Options::default(), &()).unwrap();
    // The optimum is not unique: the layout may be another optimal one, with the same terms.
    let (o, was) = (
        planned.solution.objective.as_ref().unwrap(),
        shipped.objective.as_ref().unwrap(),
    );
    assert_eq!(planned.solution.status, Status::Optimal);
    assert_eq!(o.total, was.total);
    for (now, then) in [
        (o.clash, was.clash),
        (o.zone_balance, was.zone_balance),
        (o.prime_balance, was.prime_balance),
        (o.empty_prime, was.empty_prime),
        (o.missed_session, was.missed_session),
        (o.unattended, was.unattended),
        (o.neighbour_watch, was.neighbour_watch),
    ] {
        assert!((now - then).abs() < 1e-9, "{now} vs {then}");
    }
    assert!(verify("taroudant-2025", &problem, &planned.solution).passed());
    assert!(o.balance.is_empty());
    // The file writes no balance list when the stop has none.
    let text = serde_json::to_string(&planned.solution).unwrap();
    assert!(!text.contains("\"balance\""), "{text}");
    // An empty list is no list.
    let empty = with_balance(json!([]));
    let again = plan("taroudant-2025", &empty, &Options::default(), &()).unwrap();
    assert_eq!(stands(&again.solution), stands(&planned.solution));
}

#[test]
fn women_led_cooperatives_on_the_prime_stands_change_the_layout_and_check_explains_it() {
    let rule = with_balance(json!([{"attribute": "women_led", "over": "prime", "weight": 2}]));
    let shipped = read_solution(&instance("taroudant-2025.solution.json")).unwrap();
    // The shipped plan, judged under the new rule: women-led exhibitors are 60 % of the stop but
    // hold few prime stands.
    let before = check(&rule, &shipped);
    let term = |o: &Objective| {
        o.balance
            .iter()
            .find(|b| b.attribute == "women_led" && b.over == Over::Prime)
            .map(|b| b.value)
            .unwrap()
    };
    let women_before = term(&before.objective);
    assert!(women_before > 4.0, "{women_before}");

    let planned = plan("taroudant-2025", &rule, &Options::default(), &()).unwrap();
    let s = &planned.solution;
    assert_eq!(s.status, Status::Optimal);
    assert_ne!(stands(s), stands(&shipped), "the rule moves people");
    let o = s.objective.as_ref().unwrap();
    assert!(
        term(o) < women_before - 3.0,
        "{} vs {women_before}",
        term(o)
    );
    assert!(o.total <= before.objective.total + 1e-9);
    assert_eq!(o.balance[0].weight, 2.0);

    // `check` passes and explains the new term in sentences, in French and Arabic.
    let verdict = verify("taroudant-2025", &rule, s);
    assert!(verdict.passed(), "{verdict}");
    let row = verdict
        .terms
        .iter()
        .find(|t| t.term == "balance/women_led/prime")
        .expect("a row for the new term");
    assert!(row.agrees);
    let why: Vec<&Explanation> = verdict
        .justifications
        .iter()
        .filter(|j| j.term == "balance/women_led/prime")
        .collect();
    assert!(!why.is_empty());
    let cost: f64 = why.iter().map(|j| j.cost).sum();
    assert!((cost - 2.0 * term(o)).abs() < 1e-9);
    assert!(
        why.iter().any(|j| j
            .text
            .starts_with("Stands privilégiés : dirigées par des femmes — ")
            && j.text.contains("pour une cible de")),
        "{:?}",
        why.iter().map(|j| &j.text).collect::<Vec<_>>()
    );
    let printed = verdict.to_string();
    assert!(
        printed.contains("équilibre : direction par des femmes, stands privilégiés"),
        "{printed}"
    );
    let arabic = scoped(Lang::Ar, || check(&rule, s));
    assert!(arabic
        .justifications
        .iter()
        .any(|j| j.text.contains("تسيّرها نساء")));
}

#[test]
fn province_women_led_and_form_over_zones_and_prime_stands_are_proved_optimal() {
    let rule = with_balance(json!([
        {"attribute": "province", "over": "both"},
        {"attribute": "women_led", "over": "both", "weight": 2},
        {"attribute": "form", "over": "both", "weight": 1}
    ]));
    let planned = plan_parts(
        "taroudant-2025",
        &rule,
        &Options::default(),
        &(),
        Parts::Stands,
    )
    .unwrap();
    let s = &planned.solution;
    assert_eq!(s.status, Status::Optimal);
    let o = s.objective.as_ref().unwrap();
    assert_eq!(o.balance.len(), 4, "two attributes, two sides each");
    assert!(verify("taroudant-2025", &rule, s).passed());
}

#[test]
fn a_province_rule_sets_the_province_weights() {
    let mut v = taroudant_json();
    let weights = v["rules"]["weights"].as_object_mut().unwrap();
    weights.remove("zone_balance");
    weights.remove("prime_balance");
    v["rules"]["balance"] = json!([{"attribute": "province", "over": "both", "weight": 3}]);
    let by_rule = parse_problem(&v.to_string()).unwrap();
    let mut v = taroudant_json();
    v["rules"]["weights"].as_object_mut().unwrap().extend([
        ("zone_balance".into(), json!(3)),
        ("prime_balance".into(), json!(3)),
    ]);
    let by_weights = parse_problem(&v.to_string()).unwrap();
    let options = Options::default();
    let a = plan_parts("t", &by_rule, &options, &(), Parts::Stands).unwrap();
    let b = plan_parts("t", &by_weights, &options, &(), Parts::Stands).unwrap();
    let (oa, ob) = (a.solution.objective.unwrap(), b.solution.objective.unwrap());
    assert_eq!(oa.total, ob.total);
    assert!(
        oa.balance.is_empty(),
        "the province is not another attribute"
    );
}

#[test]
fn an_attribute_of_the_exhibitors_own_or_a_sheet_column_can_be_balanced() {
    // Three stands in each of two zones; the sector of each exhibitor comes from its
    // `attributes` or, for one, from a column of its sheet kept in `extra`.
    let mut v = common_stop();
    for (i, e) in v["exhibitors"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
    {
        let sector = if i < 3 { "agricole" } else { "artisanat" };
        if i == 0 {
            e["extra"] = json!({"secteur": sector});
        } else {
            e["attributes"] = json!({"secteur": sector});
        }
    }
    v["rules"] = json!({"balance": [{"attribute": "secteur", "over": "zones", "weight": 5}],
                        "weights": {"zone_balance": 0, "prime_balance": 0}});
    let problem = parse_problem(&v.to_string()).unwrap();
    let s = plan("t", &problem, &Options::default(), &())
        .unwrap()
        .solution;
    assert_eq!(s.status, Status::Optimal);
    let o = s.objective.as_ref().unwrap();
    // Three of each sector, three stands per zone: 1.5 of each in each zone is the target, so
    // each zone is at least half an exhibitor off per sector.
    assert_eq!(o.balance[0].value, 2.0);
    assert!(verify("t", &problem, &s).passed());
}

/// Six exhibitors of two provinces and two families, six stands in two zones.
fn common_stop() -> Value {
    let stands: Vec<Value> = (0..6)
        .map(|i| {
            json!({"id": format!("S{i}"), "x": 3 * (i % 3), "y": 8 * (i / 3), "width": 3, "depth": 3,
                   "front": if i < 3 { "south" } else { "north" },
                   "zone": if i < 3 { "front" } else { "back" }})
        })
        .collect();
    let exhibitors: Vec<Value> = (0..6)
        .map(|i| {
            json!({"id": format!("e{i}"), "name": format!("Coopérative {i}"),
                   "province": if i % 2 == 0 { "tata" } else { "tiznit" },
                   "family": if i % 3 == 0 { "dates" } else { "argan" }})
        })
        .collect();
    json!({
        "format": "caravane.stop/1",
        "stop": {"name": "t", "town": "Tata", "venue": "Place", "from": "2025-12-05", "to": "2025-12-05"},
        "provinces": [{"id": "tata", "name": "Tata"}, {"id": "tiznit", "name": "Tiznit"}],
        "families": [{"id": "dates", "name": "Dattes", "category": "agricultural"},
                     {"id": "argan", "name": "Argan", "category": "agricultural"}],
        "stands": stands,
        "exhibitors": exhibitors,
    })
}

#[test]
fn every_mistake_in_the_balance_rules_is_reported_at_once() {
    let mut v = taroudant_json();
    v["rules"]["balance"] = json!([
        {"attribute": "secteur", "over": "zones"},
        {"attribute": "women_led", "over": "both", "weight": -1},
        {"attribute": "women_led", "over": "prime"},
        {"attribute": "province", "over": "zones", "weight": 4}
    ]);
    let problems = scoped(Lang::Fr, || parse_problem(&v.to_string())).unwrap_err();
    let at = |path: &str, code: Code| {
        problems
            .iter()
            .find(|d| d.path == path && d.code == code)
            .unwrap_or_else(|| panic!("{path}: {problems:#?}"))
    };
    let unknown = at("$.rules.balance[0].attribute", Code::UnknownReference);
    assert!(unknown.cause.contains("secteur"), "{}", unknown.cause);
    assert!(unknown.action.contains("women_led"), "{}", unknown.action);
    at("$.rules.balance[1].weight", Code::BadNumber);
    let twice = at("$.rules.balance[2].over", Code::DuplicateReference);
    assert!(
        twice.cause.contains("stands privilégiés"),
        "{}",
        twice.cause
    );
    // Taroudant's file writes every weight: the province's weight over the zones is 1 there.
    let province = at("$.rules.balance[3].attribute", Code::DuplicateReference);
    assert!(
        province.action.contains("weights.zone_balance"),
        "{}",
        province.action
    );
    // A bad balance value in a form of the format is refused by its shape.
    let mut v = taroudant_json();
    v["rules"]["balance"] = json!([{"attribute": "women_led", "over": "everywhere"}]);
    let problems = parse_problem(&v.to_string()).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|d| d.path.starts_with("$.rules.balance[0].over")),
        "{problems:#?}"
    );
}

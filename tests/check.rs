//! The independent checker, as a specification.
//!
//! * Every rule it enforces has a stable code, and each code is reported by `verify` (and in
//!   its JSON) when one mutation breaks that rule in the shipped plan of Taroudant (the codes of
//!   what a file claims about itself are specified in `tests/claims.rs`).
//! * Its neighbour pairs, derived from the stands' ground by its own code, equal the venue
//!   graph's on every shipped square.
//! * Its total equals a brute-force scorer's, written here from the stop format and the
//!   checker's documented reading of broken layouts, on random small stops and random layouts:
//!   valid, broken (double bookings, unknown ids, unmet needs) and partial ones.

mod common;

use caravane::check::{check, neighbour_pairs, verify, Code, Verdict};
use caravane::format::*;
use caravane::i18n::{self, Lang};
use caravane::stop::load::{parse_problem, read_problem, read_solution, read_tour};
use caravane::stop::model::Stop;
use caravane::util::Rng;
use proptest::prelude::*;
use serde_json::json;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

fn instance(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("instances")
        .join(file)
}

/// A stop file and a plan of it.
struct Case {
    problem: Problem,
    solution: Solution,
}

/// The shipped stop of Taroudant and its shipped plan.
fn taroudant() -> Case {
    Case {
        problem: read_problem(&instance("taroudant-2025.problem.json")).unwrap(),
        solution: read_solution(&instance("taroudant-2025.solution.json")).unwrap(),
    }
}

impl Case {
    fn verdict(&self) -> Verdict {
        verify("taroudant-2025", &self.problem, &self.solution)
    }

    fn assignment(&mut self, exhibitor: &str) -> &mut Assignment {
        self.solution
            .assignments
            .iter_mut()
            .find(|a| a.exhibitor == exhibitor)
            .unwrap_or_else(|| panic!("{exhibitor} is placed"))
    }

    /// The first stand nobody has.
    fn free_stand(&self) -> String {
        let taken: HashSet<&str> = self
            .solution
            .assignments
            .iter()
            .map(|a| a.stand.as_str())
            .collect();
        let free = self
            .problem
            .stands
            .iter()
            .find(|s| !taken.contains(s.id.as_str()));
        free.expect("Taroudant has more stands than exhibitors")
            .id
            .clone()
    }

    /// Puts an exhibitor on a stand; whoever had that stand gets the exhibitor's old one.
    fn swap_onto(&mut self, exhibitor: &str, stand: &str) {
        let old = self.assignment(exhibitor).stand.clone();
        for a in &mut self.solution.assignments {
            if a.stand == stand {
                a.stand = old.clone();
            }
        }
        self.assignment(exhibitor).stand = stand.into();
    }

    fn session(&mut self, id: &str) -> &mut SessionPlan {
        self.solution
            .sessions
            .iter_mut()
            .find(|p| p.session == id)
            .unwrap_or_else(|| panic!("{id} is held"))
    }
}

/// `verify` reports the code, in its sentences and in its JSON.
fn assert_reports(case: &Case, code: Code) {
    let verdict = case.verdict();
    assert!(!verdict.passed(), "{verdict}");
    assert!(
        verdict.violations.iter().any(|v| v.code == code),
        "{code} expected:\n{verdict}"
    );
    assert!(
        verdict.to_string().contains(&format!("  [{code}] ")),
        "{verdict}"
    );
    let json = serde_json::to_value(&verdict).unwrap();
    let codes: Vec<&str> = json["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&code.as_str()), "{codes:?}");
}

/// One test per mutation of the shipped plan, each breaking the rule of one code; the list of
/// codes so tested is kept for the test that every code has one.
macro_rules! mutations {
    ($( $(#[doc = $doc:expr])* $name:ident: $code:ident => $mutate:expr; )*) => {
        $(
            $(#[doc = $doc])*
            #[test]
            fn $name() {
                let mut case = taroudant();
                let mutate: fn(&mut Case) = $mutate;
                mutate(&mut case);
                assert_reports(&case, Code::$code);
            }
        )*

        /// The codes a mutation test breaks.
        const MUTATED: &[Code] = &[$(Code::$code),*];

        /// Every mutation, with the code it breaks.
        const MUTATIONS: &[(Code, fn(&mut Case))] = &[$((Code::$code, $mutate)),*];
    };
}

mutations! {
    /// An assignment of someone who is not an exhibitor of the stop.
    a_stranger_on_the_square_is_an_unknown_exhibitor: UnknownExhibitor => |c| {
        let stand = c.free_stand();
        c.solution.assignments.push(Assignment { exhibitor: "coop-fantome".into(), stand });
    };
    /// A stand id that is not painted on the square.
    a_stand_that_is_not_on_the_square_is_an_unknown_stand: UnknownStand => |c| {
        c.solution.assignments[0].stand = "Z99".into();
    };
    /// An exhibitor left out of the layout.
    an_exhibitor_left_out_has_no_stand: NoStand => |c| {
        c.solution.assignments.remove(0);
    };
    /// A second assignment for the same exhibitor.
    a_second_stand_for_one_exhibitor_is_two_stands: TwoStands => |c| {
        let exhibitor = c.solution.assignments[0].exhibitor.clone();
        let stand = c.free_stand();
        c.solution.assignments.push(Assignment { exhibitor, stand });
    };
    /// Two exhibitors on one stand.
    two_exhibitors_on_one_stand_are_double_booked: DoubleBooked => |c| {
        c.solution.assignments[1].stand = c.solution.assignments[0].stand.clone();
    };
    /// The caterer who needs water and electricity on a bare stand.
    a_stand_without_what_its_exhibitor_needs_is_an_unmet_need: UnmetNeed => |c| {
        let bare = c.problem.stands.iter().find(|s| s.tags.is_empty()).unwrap().id.clone();
        c.swap_onto("coop-imensi", &bare);
    };
    /// A pinned exhibitor moved off its stand.
    a_pinned_exhibitor_elsewhere_is_a_broken_pin: BrokenPin => |c| {
        c.assignment("assoc-al-ittiqane").stand = c.free_stand();
    };
    /// An exhibitor on a stand forbidden to it.
    a_forbidden_stand_taken_is_a_forbidden_stand: ForbiddenStand => |c| {
        c.swap_onto("coop-tamaynut", "C10");
    };
    /// A session the stop does not offer.
    a_session_the_stop_does_not_offer_is_an_unknown_session: UnknownSession => |c| {
        c.solution.sessions.push(SessionPlan {
            session: "permaculture".into(),
            room: "tente".into(),
            slots: vec!["d1-pm".into()],
        });
    };
    /// A session in a tent the venue does not have.
    a_room_the_venue_does_not_have_is_an_unknown_room: UnknownRoom => |c| {
        c.session("financing").room = "chapiteau".into();
    };
    /// A session on a day after the market closed.
    a_slot_the_stop_does_not_have_is_an_unknown_slot: UnknownSlot => |c| {
        c.session("financing").slots = vec!["d9-am".into()];
    };
    /// The same session listed twice.
    a_session_listed_twice_is_held_twice: SessionTwice => |c| {
        let again = c.solution.sessions[0].clone();
        c.solution.sessions.push(again);
    };
    /// A session left out of a programme that holds the others.
    a_session_left_out_is_not_held: SessionNotHeld => |c| {
        c.solution.sessions.retain(|p| p.session != "labels");
    };
    /// The two-slot export session given one slot.
    a_session_given_too_few_slots_has_the_wrong_length: SessionLength => |c| {
        c.session("export").slots = vec!["d6-am".into()];
    };
    /// The export session given the morning and the evening of one day.
    a_session_in_slots_that_do_not_follow_each_other_breaks_session_slots: SessionSlots => |c| {
        c.session("export").slots = vec!["d6-am".into(), "d6-ev".into()];
    };
    /// Financing (26 registrants, 2 facilitators) in the 20-seat municipal hall.
    a_session_with_more_people_than_seats_is_in_a_room_too_small: RoomTooSmall => |c| {
        c.session("financing").room = "salle-municipale".into();
    };
    /// Digital marketing, which needs a projector, in the tent, which has none.
    a_room_without_the_equipment_a_session_needs_lacks_it: RoomLacks => |c| {
        c.session("digital-marketing").room = "tente".into();
    };
    /// Labels in the tent at the time of financing, also in the tent.
    two_sessions_in_one_room_at_once_double_book_it: RoomDoubleBooked => |c| {
        let when = c.session("financing").slots.clone();
        c.session("labels").slots = when;
    };
    /// Networking, led by the same representative as financing, at the same time elsewhere.
    one_facilitator_in_two_sessions_at_once_is_double_booked: FacilitatorDoubleBooked => |c| {
        let when = c.session("financing").slots.clone();
        let networking = c.session("networking");
        networking.room = "salle-municipale".into();
        networking.slots = when;
    };
}

/// The codes of the claims a file makes about itself are tested in `tests/claims.rs`.
#[test]
fn every_rule_code_is_broken_by_a_mutation_test() {
    let untested: Vec<&str> = Code::RULES
        .iter()
        .filter(|c| !MUTATED.contains(c))
        .map(|c| c.as_str())
        .collect();
    assert!(untested.is_empty(), "no mutation test for {untested:?}");
}

#[test]
fn codes_have_distinct_kebab_case_names() {
    let names: HashSet<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(names.len(), Code::ALL.len());
    for name in names {
        assert!(
            name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{name}"
        );
        assert_eq!(
            serde_json::to_value(Code::ALL.iter().find(|c| c.as_str() == name)).unwrap(),
            json!(name)
        );
    }
}

#[test]
fn the_shipped_plan_passes_before_any_mutation() {
    let verdict = taroudant().verdict();
    assert!(verdict.passed(), "{verdict}");
    assert!(verdict.notes.is_empty(), "{verdict}");
}

#[test]
fn check_json_gives_each_violation_as_an_object_with_the_ids_it_concerns() {
    let mut case = taroudant();
    let bare = case
        .problem
        .stands
        .iter()
        .find(|s| s.tags.is_empty())
        .unwrap()
        .id
        .clone();
    case.swap_onto("coop-imensi", &bare);
    let json = serde_json::to_value(case.verdict()).unwrap();
    let water = json["violations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| {
            v["code"] == "unmet-need" && v["text"].as_str().unwrap().contains("«\u{a0}water\u{a0}»")
        })
        .expect("the caterer's need of water is reported");
    assert_eq!(water["exhibitors"], json!(["coop-imensi"]));
    assert_eq!(water["stands"], json!([bare]));
    assert!(
        water.get("sessions").is_none(),
        "ids of no kind are left out: {water}"
    );
}

#[test]
fn a_solution_that_names_another_stop_gets_a_note() {
    let case = taroudant();
    let verdict = verify("taroudant-2026", &case.problem, &case.solution);
    assert!(verdict.passed(), "{verdict}");
    assert_eq!(
        verdict.notes,
        ["la solution a été faite pour l’étape «\u{a0}taroudant-2025\u{a0}», mais le fichier d’étape est celui \
          de «\u{a0}taroudant-2026\u{a0}»"]
    );
    let english = i18n::scoped(Lang::En, || {
        verify("taroudant-2026", &case.problem, &case.solution)
    });
    assert_eq!(
        english.notes,
        ["the solution names problem \"taroudant-2025\", the stop file is \"taroudant-2026\""]
    );
}

// ---------------------------------------------------------------------------------------------
// Sentences: in the language of the command (French by default), codes and ids as they are.

/// The shipped plan with the caterer (pinned to D12, needs electricity and water) moved onto a
/// stand with nothing; returns the case and that stand.
fn caterer_on_a_bare_stand() -> (Case, String) {
    let mut case = taroudant();
    let bare = case
        .problem
        .stands
        .iter()
        .find(|s| s.tags.is_empty())
        .unwrap()
        .id
        .clone();
    case.swap_onto("coop-imensi", &bare);
    (case, bare)
}

#[test]
fn a_broken_rule_is_told_in_french_by_default() {
    let (case, bare) = caterer_on_a_bare_stand();
    let verdict = case.verdict();
    let told = |code: Code| -> Vec<String> {
        verdict
            .violations
            .iter()
            .filter(|v| v.code == code)
            .map(|v| v.text.clone())
            .collect()
    };
    assert_eq!(
        told(Code::UnmetNeed),
        [
            format!("Coopérative Imensi (coop-imensi) a besoin de «\u{a0}electricity\u{a0}», que le stand {bare} n’offre pas"),
            format!("Coopérative Imensi (coop-imensi) a besoin de «\u{a0}water\u{a0}», que le stand {bare} n’offre pas"),
        ]
    );
    assert_eq!(
        told(Code::BrokenPin),
        [format!(
            "Coopérative Imensi (coop-imensi) doit occuper le stand D12, qui lui est réservé, mais se \
             trouve sur le stand {bare}"
        )]
    );
    let text = verdict.to_string();
    assert!(
        text.contains(&format!(
            "  [unmet-need] Coopérative Imensi (coop-imensi) a besoin de «\u{a0}water\u{a0}», que le stand \
             {bare} n’offre pas\n"
        )),
        "{text}"
    );
    assert!(
        text.starts_with("règles impératives\u{a0}: 3 non respectées\n"),
        "{text}"
    );
    assert!(text.ends_with("vérification ÉCHOUÉE\n"), "{text}");
    // In English when asked, the same codes and ids.
    let english = i18n::scoped(Lang::En, || case.verdict());
    assert_eq!(
        english
            .violations
            .iter()
            .map(|v| v.code)
            .collect::<Vec<_>>(),
        verdict
            .violations
            .iter()
            .map(|v| v.code)
            .collect::<Vec<_>>()
    );
    assert!(english.violations.iter().any(|v| v.text
        == format!(
            "Coopérative Imensi (coop-imensi) needs \"water\" but stand {bare} does not offer it"
        )));
    let text = i18n::scoped(Lang::En, || english.to_string());
    assert!(text.starts_with("hard constraints: 3 broken\n"), "{text}");
    assert!(text.ends_with("check FAILED\n"), "{text}");
}

#[test]
fn the_objective_table_is_headed_in_the_language_of_the_command() {
    let mut case = taroudant();
    // Two one-person stands side by side, both left for the same session.
    let swap = |c: &mut Case, a: &str, b: &str| {
        for x in &mut c.solution.assignments {
            if x.stand == a {
                x.stand = b.into();
            } else if x.stand == b {
                x.stand = a.into();
            }
        }
    };
    swap(&mut case, "A06", "B08");
    let verdict = case.verdict();
    let french = verdict.to_string();
    let heading = french
        .lines()
        .find(|l| l.starts_with("objectif "))
        .expect("a table");
    assert!(
        heading.contains(" fichier ") && heading.ends_with(" recalculé"),
        "{heading}"
    );
    // Terms by their names for people, the figures the French way.
    // (Columns are padded to the longest name: compare the words and figures of each row.)
    let rows: Vec<String> = french
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    for row in [
        "voisins en conflit 0,0000 0,0000 ok",
        "voisins absents ensemble 0,0000 1,0000 DIFFÈRE",
        "total 12,3000 13,3000 DIFFÈRE",
    ] {
        assert!(rows.iter().any(|r| r == row), "{row}\n{french}");
    }
    assert!(
        french.contains(
            "ce que coûte le plan, et pourquoi\u{a0}:\n  [équilibre des zones 0,333] Zone «\u{a0}Fond\u{a0}»"
        ) && french.contains("\n  [voisins absents ensemble 1,000] Les stands voisins B08 et C07"),
        "{french}"
    );
    let english = i18n::scoped(Lang::En, || case.verdict().to_string());
    assert!(
        english.contains("objective           in file   recomputed\n"),
        "{english}"
    );
    assert!(
        english.contains("\n  clash              0.0000       0.0000  ok\n"),
        "{english}"
    );
    assert!(
        english.contains("\n  total             12.3000      13.3000  DIFFERS\n"),
        "{english}"
    );
    // The JSON keeps the terms' names.
    let json = serde_json::to_value(&verdict).unwrap();
    assert_eq!(json["terms"][6]["term"], "neighbour_watch");
    assert_eq!(json["terms"][6]["agrees"], false);
    assert!(
        english.contains("why it costs what it costs:\n  [zone_balance 0.333] Zone \"Back\"")
            && english.contains("\n  [neighbour_watch 1.000] Stands B08 and C07"),
        "{english}"
    );
}

/// A small stop of one tour: Coopérative Tamount had a prime stand at the entrance in Tiznit,
/// and has one again here, next to another seller of dates (who needs nothing here); it keeps
/// its stand alone and leaves it for a session in the afternoon.
fn tamount_again_at_the_entrance() -> (Problem, Solution) {
    let mut v = common::small_stop();
    v["history"] = json!([{ "exhibitor": "e1", "stop": "Tiznit (2025-11-21)", "stand": "B3",
                            "zone": "entrance", "prime": true }]);
    v["exhibitors"][1]["needs"] = json!([]);
    let problem = parse_problem(&common::text(&v)).unwrap();
    let on = |e: &str, s: &str| Assignment {
        exhibitor: e.into(),
        stand: s.into(),
    };
    let solution = Solution {
        format: SOLUTION_FORMAT.into(),
        problem: "petit".into(),
        problem_sha256: None,
        status: Status::Feasible,
        objective: None,
        bound: None,
        gap: None,
        stopped: None,
        seconds: 0.0,
        assignments: vec![on("e1", "A1"), on("e2", "A2"), on("e3", "A4")],
        sessions: vec![SessionPlan {
            session: "financing".into(),
            room: "tent".into(),
            slots: vec!["d1-pm".into()],
        }],
        explanations: vec![],
    };
    (problem, solution)
}

#[test]
fn every_cost_is_justified_in_french_with_zones_by_name_and_plurals() {
    let (p, s) = tamount_again_at_the_entrance();
    let report = check(&p, &s);
    assert!(report.is_valid(), "{:?}", report.violations);
    let why = |term: &str| -> Vec<String> {
        report
            .justifications
            .iter()
            .filter(|j| j.term == term)
            .map(|j| j.text.clone())
            .collect()
    };
    assert_eq!(
        why("rotation"),
        [
            "Coopérative Tamount (e1) retrouve un stand privilégié (A1) après en avoir eu un à \
          l’étape Tiznit (2025-11-21), et se retrouve dans la zone «\u{a0}Entrée\u{a0}», comme à l’étape \
          Tiznit (2025-11-21)."
        ]
    );
    assert_eq!(
        why("clash"),
        [
            "Les stands A1 et A2 sont voisins côte à côte et tous deux relèvent de la famille \
          «\u{a0}dattes\u{a0}»\u{a0}: Coopérative Tamount (e1) et تعاونية النخيل (e2) (1 × 1 = 1)."
        ]
    );
    assert_eq!(
        why("unattended"),
        ["Coopérative Tamount (e1) tient seul son stand et le quitte pour *Financer l'ESS* le 5 \
          décembre à 15:00 (affluence normale, 1)\u{a0}: 1."]
    );
    let zones = why("zone_balance");
    for expected in [
        "Zone «\u{a0}Entrée\u{a0}»\u{a0}: Tata y compte 2 exposantes et exposants pour une cible de 1,33 \
         (66,7\u{a0}% de 2), soit 0,67 en trop.",
        "Zone «\u{a0}Entrée\u{a0}»\u{a0}: Tiznit y compte 0 exposant pour une cible de 0,67 (33,3\u{a0}% de 2), \
         soit 0,67 en moins.",
        "Zone «\u{a0}Fond\u{a0}»\u{a0}: Tiznit y compte 1 exposant pour une cible de 0,33 (33,3\u{a0}% de 1), \
         soit 0,67 en trop.",
    ] {
        assert!(zones.iter().any(|z| z == expected), "{expected}\nnot in {zones:#?}");
    }
    // The cost of a reason is written the language's way: 1 × 1 + 1 × 0.25.
    let verdict = verify("petit", &p, &s);
    let text = verdict.to_string();
    assert!(
        text.contains("\n  [rotation 1,250] Coopérative Tamount (e1) retrouve"),
        "{text}"
    );
    let english = i18n::scoped(Lang::En, || verdict_text(&p, &s));
    assert!(
        english.contains(
            "  [rotation 1.250] Coopérative Tamount (e1) gets prime stand A1 again after prime \
             stands at Tiznit (2025-11-21), and stands in zone \"Entrance\" again after Tiznit \
             (2025-11-21).\n"
        ),
        "{english}"
    );
    assert!(
        english.contains("Zone \"Back\": 1 exhibitor of Tiznit against a target of 0.33"),
        "{english}"
    );
    // A zone the stop file names is told by its name.
    let mut named = p.clone();
    named.zones = vec![Zone {
        id: "entrance".into(),
        name: "Porte de la kasbah".into(),
        names: [("ar".to_string(), "باب القصبة".to_string())].into(),
    }];
    let fr = verdict_text(&named, &s);
    assert!(
        fr.contains("se retrouve dans la zone «\u{a0}Porte de la kasbah\u{a0}»"),
        "{fr}"
    );
    let ar = i18n::scoped(Lang::Ar, || verdict_text(&named, &s));
    assert!(ar.contains("باب القصبة"), "{ar}");
    assert!(!ar.contains("Porte de la kasbah"), "{ar}");
}

fn verdict_text(p: &Problem, s: &Solution) -> String {
    verify("petit", p, s).to_string()
}

/// Whether a text has Arabic letters.
fn arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

#[test]
fn every_sentence_of_every_mutation_exists_in_every_language() {
    for &(code, mutate) in MUTATIONS {
        let mut case = taroudant();
        mutate(&mut case);
        for lang in Lang::ALL {
            let (verdict, text) = i18n::scoped(lang, || {
                let v = case.verdict();
                let t = v.to_string();
                (v, t)
            });
            assert!(
                !text.contains("check-") && !text.contains("{$") && !text.contains("{NUMBER"),
                "{code} in {lang}: a message is missing or unfilled:\n{text}"
            );
            for v in verdict.violations.iter().chain(&verdict.claims) {
                assert!(!v.text.trim().is_empty(), "{code} in {lang}");
                assert_eq!(
                    arabic(&v.text),
                    lang == Lang::Ar || v.text.contains("تعاونية"),
                    "{code} in {lang}: {}",
                    v.text
                );
            }
            let n = verdict.violations.len();
            let heading = text.lines().next().unwrap_or_default();
            let expected = match lang {
                Lang::Fr if n == 1 => "règles impératives\u{a0}: 1 non respectée".to_string(),
                Lang::Fr => format!("règles impératives\u{a0}: {n} non respectées"),
                Lang::En => format!("hard constraints: {n} broken"),
                Lang::Ar => "القيود الإلزامية: ".to_string(),
            };
            assert!(
                heading.starts_with(&expected),
                "{code} in {lang}: {heading}"
            );
        }
    }
}

/// The binary, with the user's language settings removed.
fn caravane(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_caravane"))
        .env_remove("CARAVANE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

#[test]
fn check_in_arabic_tells_a_broken_layout_in_arabic_and_keeps_codes_and_ids() {
    let dir = std::env::temp_dir().join(format!("caravane-check-{}-arabic", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut case = taroudant();
    // Two exhibitors on one stand: one of them is left without a stand.
    case.solution.assignments[1].stand = case.solution.assignments[0].stand.clone();
    let (stand, second) = (
        case.solution.assignments[0].stand.clone(),
        case.solution.assignments[1].exhibitor.clone(),
    );
    let file = dir.join("broken.solution.json");
    std::fs::write(&file, serde_json::to_string_pretty(&case.solution).unwrap()).unwrap();
    let problem = instance("taroudant-2025.problem.json");
    let (p, s) = (problem.to_str().unwrap(), file.to_str().unwrap());

    let o = caravane(&["check", "--lang", "ar", p, s]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("القيود الإلزامية: "), "{out}");
    assert!(out.contains("[double-booked] الرواق "), "{out}");
    assert!(out.contains("مُسند في آن واحد إلى"), "{out}");
    assert!(out.contains("[no-stand] لم يُسند أي رواق إلى"), "{out}");
    assert!(out.contains(&second), "the ids stay as they are: {out}");
    assert!(out.contains("ما هو ثابت: "), "{out}");
    assert!(out.contains("مخالف للقواعد"), "{out}");
    assert!(out.trim_end().ends_with("فشل التحقق"), "{out}");
    for word in [
        "hard constraints",
        "contraintes",
        "check FAILED",
        "exhibitor",
        "stand ",
    ] {
        assert!(!out.contains(word), "{word} in:\n{out}");
    }

    // The JSON keeps its keys and codes; its sentences are Arabic.
    let o = caravane(&["check", "--lang", "ar", "--json", p, s]);
    assert_eq!(o.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let double = json["violations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["code"] == "double-booked")
        .expect("the double booking");
    assert_eq!(double["stands"], json!([stand]));
    let text = double["text"].as_str().unwrap();
    assert!(arabic(text) && text.contains(&stand), "{text}");
    assert!(json["notes"].is_array() && json["claim"]["status"] == "breaks-rules");
    // French without --lang.
    let o = caravane(&["check", p, s]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(&format!(
            "[double-booked] le stand {stand} est attribué à la fois à"
        )),
        "{out}"
    );
}

// ---------------------------------------------------------------------------------------------
// Neighbours: the checker's own reading of the ground against the venue graph.

/// Every square shipped: the three stop files' and the four venues of the tour.
fn shipped_squares() -> Vec<Problem> {
    let base = read_problem(&instance("taroudant-2025.problem.json")).unwrap();
    let mut out: Vec<Problem> = ["taroudant-2025", "tata-2025", "tiznit-2025"]
        .iter()
        .map(|n| read_problem(&instance(&format!("{n}.problem.json"))).unwrap())
        .collect();
    let tour = read_tour(&instance("souss-massa-2025.tour.json")).unwrap();
    for venue in tour.venues {
        out.push(Problem {
            stands: venue.stands,
            adjacency: venue.adjacency,
            pins: vec![],
            forbidden: vec![],
            ..base.clone()
        });
    }
    out
}

/// The venue graph's pairs, as the solver sees them.
fn graph_pairs(p: &Problem) -> Vec<(usize, usize, EdgeKind)> {
    Stop::new("v", p).venue.edges().collect()
}

#[test]
fn the_checkers_neighbours_equal_the_venue_graphs_on_every_shipped_square() {
    for mut p in shipped_squares() {
        assert!(!neighbour_pairs(&p).is_empty());
        assert_eq!(neighbour_pairs(&p), graph_pairs(&p), "{}", p.stop.venue);
        // Derived only, with the default aisle.
        p.adjacency = None;
        assert_eq!(neighbour_pairs(&p), graph_pairs(&p), "{}", p.stop.venue);
        // Listed by hand only: a few pairs of stands, nothing derived.
        let ids: Vec<String> = p.stands.iter().map(|s| s.id.clone()).collect();
        p.adjacency = Some(Adjacency {
            derive: None,
            edges: vec![
                Edge {
                    a: ids[3].clone(),
                    b: ids[0].clone(),
                    kind: EdgeKind::Facing,
                },
                Edge {
                    a: ids[1].clone(),
                    b: ids[2].clone(),
                    kind: EdgeKind::Back,
                },
            ],
        });
        assert_eq!(
            neighbour_pairs(&p),
            vec![(0, 3, EdgeKind::Facing), (1, 2, EdgeKind::Back)]
        );
        assert_eq!(neighbour_pairs(&p), graph_pairs(&p));
    }
}

/// Stands in distinct cells of a 4 m grid, of random sizes and fronts (some touching, some
/// across an aisle, some at a corner), with a random aisle width.
fn random_square() -> impl Strategy<Value = Problem> {
    (any::<u64>(), 2usize..=14).prop_map(|(seed, n)| {
        let mut rng = Rng::new(seed);
        let fronts = [
            Some(Front::North),
            Some(Front::South),
            Some(Front::East),
            Some(Front::West),
            None,
        ];
        let mut cells: Vec<(usize, usize)> =
            (0..4).flat_map(|x| (0..4).map(move |y| (x, y))).collect();
        let stands = (0..n)
            .map(|i| {
                let (cx, cy) = cells.swap_remove(rng.below(cells.len()));
                Stand {
                    id: format!("S{i}"),
                    x: 4.0 * cx as f64,
                    y: 4.0 * cy as f64,
                    width: [2.0, 3.0, 4.0][rng.below(3)],
                    depth: [2.0, 3.0, 4.0][rng.below(3)],
                    front: fronts[rng.below(fronts.len())],
                    zone: None,
                    tags: vec![],
                }
            })
            .collect();
        let mut p = read_problem(&instance("tata-2025.problem.json")).unwrap();
        p.stands = stands;
        p.pins.clear();
        p.forbidden.clear();
        p.adjacency = Some(Adjacency {
            derive: Some(Derive {
                max_aisle: [0.5, 1.0, 2.0, 5.0][rng.below(4)],
            }),
            edges: vec![],
        });
        p
    })
}

proptest! {
    #![proptest_config(common::property::config(200))]

    #[test]
    fn the_checkers_neighbours_equal_the_venue_graphs_on_random_squares(p in random_square()) {
        prop_assert_eq!(neighbour_pairs(&p), graph_pairs(&p));
    }
}

// ---------------------------------------------------------------------------------------------
// The total, against a brute-force scorer.

/// The objective of a solution file, term by term in the order of the files, straight from the
/// stop format's definitions and the checker's documented reading of a broken layout:
/// assignments in the file's order, unknown ids skipped, the first stand of an exhibitor and
/// the first exhibitor of a stand kept; session plans in the file's order, unknown sessions
/// and second plans skipped, a plan in an unknown room holding nothing, unknown slots dropped;
/// no session term without a programme.
fn brute_force(p: &Problem, s: &Solution) -> [f64; 8] {
    let rules = p.rules.clone().unwrap_or_default();
    let exhibitors: HashMap<&str, &Exhibitor> =
        p.exhibitors.iter().map(|e| (e.id.as_str(), e)).collect();
    let stands: HashMap<&str, &Stand> = p.stands.iter().map(|s| (s.id.as_str(), s)).collect();
    // Who stands where.
    let mut stand_of: HashMap<&str, &Stand> = HashMap::new();
    let mut occupant: HashMap<&str, &Exhibitor> = HashMap::new();
    for a in &s.assignments {
        let (Some(&e), Some(&st)) = (
            exhibitors.get(a.exhibitor.as_str()),
            stands.get(a.stand.as_str()),
        ) else {
            continue;
        };
        if !stand_of.contains_key(e.id.as_str()) && !occupant.contains_key(st.id.as_str()) {
            stand_of.insert(e.id.as_str(), st);
            occupant.insert(st.id.as_str(), e);
        }
    }
    let pairs: Vec<(&Exhibitor, &Exhibitor, EdgeKind)> = graph_pairs(p)
        .into_iter()
        .filter_map(|(a, b, k)| {
            Some((
                *occupant.get(p.stands[a].id.as_str())?,
                *occupant.get(p.stands[b].id.as_str())?,
                k,
            ))
        })
        .collect();

    // clash
    let aw = rules.adjacency_weights.clone().unwrap_or_default();
    let mut clash = 0.0;
    for &(i, j, kind) in &pairs {
        let mut families = if i.family == j.family {
            rules.same_family.unwrap_or(1.0)
        } else {
            0.0
        };
        for r in &rules.incompatible {
            let [f, g] = &r.families;
            if (*f == i.family && *g == j.family) || (*f == j.family && *g == i.family) {
                families += r.weight;
            }
        }
        let kind = match kind {
            EdgeKind::Side => aw.side.unwrap_or(1.0),
            EdgeKind::Facing => aw.facing.unwrap_or(0.5),
            EdgeKind::Back => aw.back.unwrap_or(0.25),
        };
        clash += kind * families;
    }

    // zone_balance, prime_balance, empty_prime
    let n = p.exhibitors.len() as f64;
    let off_target = |placed: Vec<&Exhibitor>| -> f64 {
        let mut off = 0.0;
        for province in &p.provinces {
            let share = p
                .exhibitors
                .iter()
                .filter(|e| e.province == province.id)
                .count() as f64
                / n;
            let here = placed.iter().filter(|e| e.province == province.id).count() as f64;
            off += (here - share * placed.len() as f64).abs();
        }
        off
    };
    let on = |wanted: &dyn Fn(&Stand) -> bool| -> Vec<&Exhibitor> {
        p.stands
            .iter()
            .filter(|s| wanted(s))
            .filter_map(|s| occupant.get(s.id.as_str()).copied())
            .collect()
    };
    let zones: HashSet<&str> = p.stands.iter().filter_map(|s| s.zone.as_deref()).collect();
    let zone_balance: f64 = zones
        .iter()
        .map(|&z| off_target(on(&|s| s.zone.as_deref() == Some(z))))
        .sum();
    let prime = |s: &Stand| s.tags.iter().any(|t| t == "prime");
    let prime_balance = off_target(on(&prime));
    let empty_prime = p
        .stands
        .iter()
        .filter(|s| prime(s) && !occupant.contains_key(s.id.as_str()))
        .count() as f64;

    // rotation
    let rotation_rules = rules.rotation.clone().unwrap_or_default();
    let mut rotation = 0.0;
    for h in &p.history {
        let Some(st) = stand_of.get(h.exhibitor.as_str()) else {
            continue;
        };
        if h.prime && prime(st) {
            rotation += rotation_rules.prime.unwrap_or(1.0);
        }
        if h.zone.is_some() && h.zone == st.zone {
            rotation += rotation_rules.zone.unwrap_or(0.25);
        }
    }

    // missed_session, unattended, neighbour_watch
    let (mut missed, mut unattended, mut watch) = (0.0, 0.0, 0.0);
    if !s.sessions.is_empty() {
        let sessions: HashSet<&str> = p.sessions.iter().map(|x| x.id.as_str()).collect();
        let rooms: HashSet<&str> = p.rooms.iter().map(|x| x.id.as_str()).collect();
        let mut held: HashMap<&str, Vec<&str>> = HashMap::new();
        for plan in &s.sessions {
            let id = plan.session.as_str();
            if !sessions.contains(id) || held.contains_key(id) {
                continue;
            }
            let slots = if rooms.contains(plan.room.as_str()) {
                plan.slots.iter().map(|t| t.as_str()).collect()
            } else {
                vec![]
            };
            held.insert(id, slots);
        }
        let away = |e: &Exhibitor, slot: &str| {
            e.sessions
                .iter()
                .filter(|k| held.get(k.as_str()).is_some_and(|ts| ts.contains(&slot)))
                .count()
        };
        for slot in &p.slots {
            let leaving = match slot.footfall {
                Footfall::Quiet => 0.0,
                Footfall::Normal => 1.0,
                Footfall::Busy => 3.0,
            };
            for e in &p.exhibitors {
                missed += away(e, &slot.id).saturating_sub(1) as f64;
                if e.staff == 1 && away(e, &slot.id) > 0 {
                    unattended += leaving;
                }
            }
            for &(i, j, _) in &pairs {
                if i.staff == 1 && j.staff == 1 && away(i, &slot.id) > 0 && away(j, &slot.id) > 0 {
                    watch += 1.0;
                }
            }
        }
    }
    [
        clash,
        zone_balance,
        prime_balance,
        empty_prime,
        missed,
        unattended,
        watch,
        rotation,
    ]
}

/// The weighted total of the terms, with the stop format's default weights.
fn weighted(p: &Problem, terms: [f64; 8]) -> f64 {
    let w = p
        .rules
        .clone()
        .unwrap_or_default()
        .weights
        .unwrap_or_default();
    let weights = [
        w.clash.unwrap_or(10.0),
        w.zone_balance.unwrap_or(1.0),
        w.prime_balance.unwrap_or(2.0),
        w.empty_prime.unwrap_or(10.0),
        w.missed_session.unwrap_or(5.0),
        w.unattended.unwrap_or(1.0),
        w.neighbour_watch.unwrap_or(1.0),
        w.rotation.unwrap_or(1.0),
    ];
    weights.iter().zip(terms).map(|(w, x)| w * x).sum()
}

/// A random small stop with a programme: up to 7 stands in one or two rows, up to 6
/// exhibitors, sessions over two days, sometimes a tour's history, other weights and clash
/// rules.
fn random_stop(rng: &mut Rng) -> serde_json::Value {
    let stands_n = 2 + rng.below(6);
    let per_row = if rng.unit() < 0.5 {
        stands_n
    } else {
        stands_n.div_ceil(2)
    };
    let zones = ["front", "back"];
    let stands: Vec<_> = (0..stands_n)
        .map(|i| {
            let (row, col) = (i / per_row, i % per_row);
            let mut tags = vec![];
            if rng.unit() < 0.4 {
                tags.push("prime");
            }
            if rng.unit() < 0.5 {
                tags.push("electricity");
            }
            let mut s = json!({ "id": format!("S{i}"), "x": 3 * col, "y": 7 * row, "width": 3, "depth": 3,
                "front": if row == 0 { "south" } else { "north" }, "tags": tags });
            if rng.unit() < 0.8 {
                s["zone"] = json!(zones[rng.below(2)]);
            }
            s
        })
        .collect();
    let slots: Vec<_> = (0..2)
        .flat_map(|d| (0..2).map(move |i| (d, i)))
        .map(|(d, i)| {
            json!({ "id": format!("d{d}-{i}"), "day": format!("2025-12-0{}", 5 + d),
                    "start": format!("{:02}:00", 10 + 4 * i), "end": format!("{:02}:30", 10 + 4 * i),
                    "footfall": (["quiet", "normal", "busy"][rng.below(3)]) })
        })
        .collect();
    let sessions_n = rng.below(4);
    let sessions: Vec<_> = (0..sessions_n)
        .map(|k| json!({ "id": format!("s{k}"), "title": format!("Session {k}"), "length": 1 + usize::from(rng.unit() < 0.3),
                         "facilitators": [(["Conseillère", "Inspecteur"][rng.below(2)])] }))
        .collect();
    let exhibitors_n = 1 + rng.below(stands_n.min(6));
    let exhibitors: Vec<_> = (0..exhibitors_n)
        .map(|i| {
            let registered: Vec<String> = (0..sessions_n)
                .filter(|_| rng.unit() < 0.5)
                .map(|k| format!("s{k}"))
                .collect();
            let needs: Vec<&str> = if rng.unit() < 0.2 { vec!["electricity"] } else { vec![] };
            json!({ "id": format!("e{i}"), "name": format!("Exposant {i}"), "province": format!("p{}", rng.below(2)),
                    "family": format!("f{}", rng.below(2)), "staff": 1 + usize::from(rng.unit() < 0.3),
                    "needs": needs, "sessions": registered })
        })
        .collect();
    let mut v = common::small_stop();
    v["stands"] = json!(stands);
    v["exhibitors"] = json!(exhibitors);
    v["provinces"] = json!([{ "id": "p0", "name": "Tata" }, { "id": "p1", "name": "Tiznit" }]);
    v["families"] = json!([{ "id": "f0", "name": "Dattes", "category": "agricultural" },
                           { "id": "f1", "name": "Argent", "category": "artisanal" }]);
    v["slots"] = json!(slots);
    v["sessions"] = json!(sessions);
    v["rooms"] = json!([{ "id": "tent", "capacity": 20 }, { "id": "hall", "capacity": 20 }]);
    if rng.unit() < 0.5 {
        v["rules"] = json!({
            "weights": { "clash": 1 + rng.below(10), "zone_balance": rng.below(3), "unattended": 2, "rotation": 3 },
            "adjacency_weights": { "facing": 0.75 },
            "same_family": 0.5 + rng.unit(),
            "incompatible": [{ "families": ["f0", "f1"], "weight": 1.5 }],
            "rotation": { "zone": 0.5 }
        });
    }
    if rng.unit() < 0.5 {
        let mut history = vec![];
        for i in 0..exhibitors_n {
            for k in 0..rng.below(3) {
                history.push(
                    json!({ "exhibitor": format!("e{i}"), "stop": format!("stop {k}"),
                                     "zone": zones[rng.below(2)], "prime": rng.unit() < 0.5 }),
                );
            }
        }
        v["history"] = json!(history);
    }
    // A valid stop lists only the provinces and families its exhibitors come from.
    for (list, key) in [("provinces", "province"), ("families", "family")] {
        let used: HashSet<String> = v["exhibitors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e[key].as_str().unwrap().to_string())
            .collect();
        v[list]
            .as_array_mut()
            .unwrap()
            .retain(|x| used.contains(x["id"].as_str().unwrap()));
    }
    if v["families"].as_array().unwrap().len() < 2 {
        if let Some(rules) = v.get_mut("rules") {
            rules["incompatible"] = json!([]);
        }
    }
    v
}

/// An id of the list, or now and then one that names nothing.
fn pick(rng: &mut Rng, ids: &[&str], stranger: &str) -> String {
    if rng.unit() < 0.1 || ids.is_empty() {
        stranger.into()
    } else {
        ids[rng.below(ids.len())].into()
    }
}

/// A random layout and programme: whole or partial, with exhibitors left out, given two stands
/// or a stand already taken, unknown ids, needs unmet; sessions left out, listed twice, in
/// unknown rooms or slots, or no programme at all.
fn random_solution(rng: &mut Rng, p: &Problem) -> Solution {
    let exhibitors: Vec<&str> = p.exhibitors.iter().map(|x| x.id.as_str()).collect();
    let stands: Vec<&str> = p.stands.iter().map(|x| x.id.as_str()).collect();
    let sessions: Vec<&str> = p.sessions.iter().map(|x| x.id.as_str()).collect();
    let rooms: Vec<&str> = p.rooms.iter().map(|x| x.id.as_str()).collect();
    let slots: Vec<&str> = p.slots.iter().map(|x| x.id.as_str()).collect();
    // Half the time everyone on a stand of their own, then a stray assignment or two.
    let mut assignments = vec![];
    if rng.unit() < 0.5 {
        let mut free = stands.clone();
        for e in &exhibitors {
            let stand = free.swap_remove(rng.below(free.len()));
            assignments.push(Assignment {
                exhibitor: e.to_string(),
                stand: stand.into(),
            });
        }
    }
    for _ in 0..rng.below(exhibitors.len() + 3) / (1 + assignments.len()) {
        assignments.push(Assignment {
            exhibitor: pick(rng, &exhibitors, "ghost"),
            stand: pick(rng, &stands, "Z9"),
        });
    }
    // A quarter of the time no programme; otherwise random plans, sometimes every session once.
    let mut plans = vec![];
    if rng.unit() < 0.4 {
        for k in &sessions {
            let t = rng.below(slots.len());
            plans.push(SessionPlan {
                session: k.to_string(),
                room: rooms[rng.below(rooms.len())].into(),
                slots: vec![slots[t].into()],
            });
        }
    } else if rng.unit() < 0.6 {
        for _ in 0..rng.below(sessions.len() + 2) {
            plans.push(SessionPlan {
                session: pick(rng, &sessions, "permaculture"),
                room: pick(rng, &rooms, "attic"),
                slots: (0..1 + rng.below(2))
                    .map(|_| pick(rng, &slots, "d9-0"))
                    .collect(),
            });
        }
    }
    Solution {
        format: SOLUTION_FORMAT.into(),
        problem: "random".into(),
        problem_sha256: None,
        status: Status::Feasible,
        objective: None,
        bound: None,
        gap: None,
        stopped: None,
        seconds: 0.0,
        assignments,
        sessions: plans,
        explanations: vec![],
    }
}

fn random_case() -> impl Strategy<Value = (Problem, Solution)> {
    any::<u64>().prop_filter_map("the stop must pass validation", |seed| {
        let mut rng = Rng::new(seed);
        let text = serde_json::to_string(&random_stop(&mut rng)).unwrap();
        let p = parse_problem(&text).ok()?;
        let s = random_solution(&mut rng, &p);
        Some((p, s))
    })
}

proptest! {
    #![proptest_config(common::property::config(400))]

    #[test]
    fn the_checkers_total_equals_a_brute_force_scorers_on_any_layout((p, s) in random_case()) {
        let report = check(&p, &s);
        let expected = brute_force(&p, &s);
        let o = &report.objective;
        let got = [o.clash, o.zone_balance, o.prime_balance, o.empty_prime, o.missed_session,
                   o.unattended, o.neighbour_watch, o.rotation];
        for (term, (g, e)) in ["clash", "zone_balance", "prime_balance", "empty_prime", "missed_session",
                               "unattended", "neighbour_watch", "rotation"].iter().zip(got.iter().zip(expected)) {
            prop_assert!((g - e).abs() < 1e-9, "{}: checker {} vs brute force {}", term, g, e);
        }
        let total = weighted(&p, expected);
        prop_assert!((o.total - total).abs() < 1e-9, "total: checker {} vs brute force {}", o.total, total);
        // Every cost is explained: the justifications add up to the total.
        let explained: f64 = report.justifications.iter().map(|j| j.cost).sum();
        prop_assert!((explained - o.total).abs() < 1e-9, "explained {} of {}", explained, o.total);
    }
}

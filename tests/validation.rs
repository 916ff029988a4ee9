//! Every validation code is triggered by a small bad stop, and names the JSON path to fix; the
//! problems are told in French by default, in English or Arabic on demand, with the same codes
//! and paths.

mod common;

use caravane::i18n::{scoped, Lang};
use caravane::stop::diagnostic::{Code, Diagnostic, Report};
use caravane::stop::load::parse_problem;
use common::{small_stop, text};
use serde_json::{json, Value};

fn problems(v: &Value) -> Vec<Diagnostic> {
    parse_problem(&text(v)).expect_err("the stop should be refused")
}

/// Asserts that the bent stop is refused with exactly this code at this path (maybe among others).
fn refused(bend: impl FnOnce(&mut Value), code: Code, path: &str) -> Diagnostic {
    let mut v = small_stop();
    bend(&mut v);
    let all = problems(&v);
    let found = all
        .iter()
        .find(|d| d.code == code && d.path == path)
        .cloned();
    let d = found.unwrap_or_else(|| panic!("expected {code} at {path}, got {all:#?}"));
    assert!(!d.cause.is_empty() && !d.action.is_empty());
    let shown = d.to_string();
    assert!(
        shown.contains(code.as_str()) && shown.contains(path),
        "{shown}"
    );
    d
}

#[test]
fn the_small_stop_is_valid() {
    parse_problem(&text(&small_stop())).expect("valid");
}

#[test]
fn json_syntax_gives_line_and_column() {
    let full = text(&small_stop());
    let cut = &full[..full.len() / 2];
    let all = parse_problem(cut).unwrap_err();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].code, Code::JsonSyntax);
    assert!(all[0].line.unwrap() > 1 && all[0].column.is_some());
    assert!(
        all[0].cause.contains("le fichier s’arrête trop tôt"),
        "{}",
        all[0].cause
    );
    let english = scoped(Lang::En, || parse_problem(cut).unwrap_err());
    assert!(
        english[0].cause.contains("ends too early"),
        "{}",
        english[0].cause
    );
    let bad = "{\n  \"format\": \"caravane.stop/1\",\n  \"stop\": { \"name\": \"x\" \n}";
    let d = &parse_problem(bad).unwrap_err()[0];
    assert_eq!((d.code, d.line), (Code::JsonSyntax, Some(4)));
}

#[test]
fn json_syntax_errors_are_explained_in_words_with_their_place() {
    // serde's own message is English and terse: each kind of error gets a cause and an action.
    for (text, line, column, cause, action) in [
        (
            "{\n  \"a\": 1\n  \"b\": 2\n}",
            3,
            3,
            "virgule manquante entre deux champs d’un objet",
            "ajoutez la virgule qui manque",
        ),
        (
            "{\"a\": [1 2]}",
            1,
            10,
            "virgule manquante entre deux éléments d’une liste",
            "ajoutez la virgule qui manque",
        ),
        (
            "{\"a\": 1,}",
            1,
            9,
            "virgule en trop",
            "retirez cette virgule",
        ),
        (
            "{'a': 1}",
            1,
            2,
            "le nom d’un champ s’écrit entre guillemets doubles",
            "écrivez \"nom\": valeur",
        ),
        (
            "{\"a\": 2,5}",
            1,
            9,
            "le nom d’un champ",
            "écrivez \"nom\": valeur",
        ),
        (
            "{\"a\": tru}",
            1,
            10,
            "seuls true, false et null s’écrivent sans guillemets",
            "guillemets doubles",
        ),
        (
            "{\"a\": vrai}",
            1,
            7,
            "une valeur est attendue ici",
            "un texte écrit sans guillemets",
        ),
        (
            "{\"a\": 1} }",
            1,
            10,
            "du texte suit la fin du JSON",
            "un seul objet",
        ),
    ] {
        let all = parse_problem(text).unwrap_err();
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        let d = &all[0];
        assert_eq!(
            (d.code, d.path.as_str(), d.line, d.column),
            (Code::JsonSyntax, "$", Some(line), Some(column)),
            "{text}"
        );
        assert!(d.cause.contains(cause), "{text}: {}", d.cause);
        assert!(d.action.contains(action), "{text}: {}", d.action);
        // serde's English words stay out of the French sentence.
        assert!(!d.cause.contains("expected"), "{}", d.cause);
        let shown = d.to_string();
        assert!(
            shown.starts_with(&format!(
                "erreur [json-syntax] en $ (ligne {line}, colonne {column})\n  cause : "
            )),
            "{shown}"
        );
    }
}

#[test]
fn wrong_format() {
    refused(
        |v| v["format"] = json!("caravane.stop/2"),
        Code::WrongFormat,
        "$.format",
    );
}

#[test]
fn unknown_field_at_top_and_inside() {
    refused(|v| v["stnads"] = json!([]), Code::UnknownField, "$.stnads");
    let d = refused(
        |v| v["exhibitors"][1]["provnce"] = json!("tata"),
        Code::UnknownField,
        "$.exhibitors[1].provnce",
    );
    assert!(d.cause.contains("provnce"));
}

#[test]
fn missing_field_at_top_and_inside() {
    refused(
        |v| {
            v.as_object_mut().unwrap().remove("stands");
        },
        Code::MissingField,
        "$.stands",
    );
    refused(
        |v| {
            v["stands"][2].as_object_mut().unwrap().remove("width");
        },
        Code::MissingField,
        "$.stands[2].width",
    );
}

#[test]
fn invalid_value() {
    refused(
        |v| v["families"][0]["category"] = json!("fruit"),
        Code::InvalidValue,
        "$.families[0].category",
    );
    refused(
        |v| v["stands"][0]["x"] = json!("zero"),
        Code::InvalidValue,
        "$.stands[0].x",
    );
    refused(|v| v["slots"] = json!({}), Code::InvalidValue, "$.slots");
}

#[test]
fn empty_id() {
    refused(
        |v| v["stands"][1]["id"] = json!(" "),
        Code::EmptyId,
        "$.stands[1].id",
    );
}

#[test]
fn duplicate_id() {
    let d = refused(
        |v| v["exhibitors"][2]["id"] = json!("e1"),
        Code::DuplicateId,
        "$.exhibitors[2].id",
    );
    assert!(d.cause.contains("$.exhibitors[0]"));
}

#[test]
fn unknown_references_of_every_kind() {
    refused(
        |v| v["exhibitors"][0]["province"] = json!("agadir"),
        Code::UnknownReference,
        "$.exhibitors[0].province",
    );
    refused(
        |v| v["exhibitors"][0]["family"] = json!("saffron"),
        Code::UnknownReference,
        "$.exhibitors[0].family",
    );
    refused(
        |v| v["exhibitors"][0]["sessions"] = json!(["export"]),
        Code::UnknownReference,
        "$.exhibitors[0].sessions[0]",
    );
    refused(
        |v| v["pins"] = json!([{ "exhibitor": "e9", "stand": "Z9" }]),
        Code::UnknownReference,
        "$.pins[0].exhibitor",
    );
    refused(
        |v| v["pins"] = json!([{ "exhibitor": "e1", "stand": "Z9" }]),
        Code::UnknownReference,
        "$.pins[0].stand",
    );
    refused(
        |v| v["forbidden"] = json!([{ "exhibitor": "e1", "stands": ["A1", "Z9"] }]),
        Code::UnknownReference,
        "$.forbidden[0].stands[1]",
    );
    refused(
        |v| v["adjacency"] = json!({ "edges": [{ "a": "A1", "b": "B7" }] }),
        Code::UnknownReference,
        "$.adjacency.edges[0].b",
    );
    refused(
        |v| {
            v["rules"] =
                json!({ "incompatible": [{ "families": ["dates", "smoke"], "weight": 1 }] })
        },
        Code::UnknownReference,
        "$.rules.incompatible[0].families[1]",
    );
}

#[test]
fn no_knock_on_reference_errors_when_a_list_failed_to_decode() {
    let mut v = small_stop();
    v["provinces"][1]["nme"] = json!("Tiznit");
    let all = problems(&v);
    assert!(all.iter().any(|d| d.code == Code::UnknownField));
    assert!(
        !all.iter().any(|d| d.code == Code::UnknownReference),
        "{all:#?}"
    );
}

#[test]
fn duplicate_reference() {
    refused(
        |v| v["exhibitors"][0]["sessions"] = json!(["financing", "financing"]),
        Code::DuplicateReference,
        "$.exhibitors[0].sessions[1]",
    );
    refused(
        |v| v["adjacency"] = json!({ "edges": [{ "a": "A1", "b": "A3" }, { "a": "A3", "b": "A1", "kind": "facing" }] }),
        Code::DuplicateReference,
        "$.adjacency.edges[1]",
    );
}

#[test]
fn a_facilitator_listed_twice() {
    refused(
        |v| v["sessions"][0]["facilitators"] = json!(["Conseillère", "Conseillère"]),
        Code::DuplicateReference,
        "$.sessions[0].facilitators[1]",
    );
}

#[test]
fn bad_numbers() {
    refused(
        |v| v["stands"][0]["width"] = json!(0),
        Code::BadNumber,
        "$.stands[0].width",
    );
    refused(
        |v| v["stands"][0]["depth"] = json!(-3),
        Code::BadNumber,
        "$.stands[0].depth",
    );
    refused(
        |v| v["rules"] = json!({ "weights": { "clash": -1 } }),
        Code::BadNumber,
        "$.rules.weights.clash",
    );
    refused(
        |v| {
            v["rules"] =
                json!({ "incompatible": [{ "families": ["dates", "silver"], "weight": -2 }] })
        },
        Code::BadNumber,
        "$.rules.incompatible[0].weight",
    );
    refused(
        |v| v["exhibitors"][0]["staff"] = json!(0),
        Code::BadNumber,
        "$.exhibitors[0].staff",
    );
    refused(
        |v| v["rooms"][0]["capacity"] = json!(0),
        Code::BadNumber,
        "$.rooms[0].capacity",
    );
    refused(
        |v| v["sessions"][0]["length"] = json!(0),
        Code::BadNumber,
        "$.sessions[0].length",
    );
    refused(
        |v| v["adjacency"] = json!({ "derive": { "max_aisle": -1 } }),
        Code::BadNumber,
        "$.adjacency.derive.max_aisle",
    );
}

#[test]
fn bad_dates() {
    refused(
        |v| v["stop"]["from"] = json!("05/12/2025"),
        Code::BadDate,
        "$.stop.from",
    );
    refused(
        |v| v["stop"]["to"] = json!("2025-12-01"),
        Code::BadDate,
        "$.stop.to",
    );
    refused(
        |v| v["slots"][0]["day"] = json!("2025-02-30"),
        Code::BadDate,
        "$.slots[0].day",
    );
}

#[test]
fn bad_times() {
    refused(
        |v| v["slots"][0]["start"] = json!("9h30"),
        Code::BadTime,
        "$.slots[0].start",
    );
    refused(
        |v| v["slots"][1]["end"] = json!("14:00"),
        Code::BadTime,
        "$.slots[1].end",
    );
}

#[test]
fn bad_slots() {
    refused(
        |v| v["slots"][1]["day"] = json!("2025-12-09"),
        Code::BadSlot,
        "$.slots[1].day",
    );
    refused(
        |v| v["slots"][1]["start"] = json!("11:00"),
        Code::BadSlot,
        "$.slots[1].start",
    );
}

#[test]
fn overlapping_stands() {
    let d = refused(
        |v| v["stands"][3]["x"] = json!(7.5),
        Code::OverlappingStands,
        "$.stands[3]",
    );
    assert!(d.cause.contains("A4") && d.cause.contains("A3"));
}

#[test]
fn self_edge() {
    refused(
        |v| v["adjacency"] = json!({ "edges": [{ "a": "A2", "b": "A2" }] }),
        Code::SelfEdge,
        "$.adjacency.edges[0]",
    );
}

#[test]
fn unmet_needs() {
    let d = refused(
        |v| v["exhibitors"][1]["needs"] = json!(["electricity", "water"]),
        Code::UnmetNeeds,
        "$.exhibitors[1].needs",
    );
    assert!(
        d.cause
            .contains("(stands : 2 avec «\u{a0}electricity\u{a0}», 0 avec «\u{a0}water\u{a0}»)"),
        "{}",
        d.cause
    );
}

#[test]
fn too_many_exhibitors() {
    refused(
        |v| {
            let list = v["exhibitors"].as_array_mut().unwrap();
            list.push(json!({ "id": "e4", "name": "x", "province": "tata", "family": "dates" }));
            list.push(json!({ "id": "e5", "name": "y", "province": "tata", "family": "dates" }));
        },
        Code::TooManyExhibitors,
        "$.exhibitors",
    );
}

#[test]
fn double_pins() {
    refused(
        |v| {
            v["pins"] =
                json!([{ "exhibitor": "e1", "stand": "A2" }, { "exhibitor": "e3", "stand": "A2" }])
        },
        Code::DoublePin,
        "$.pins[1].stand",
    );
    refused(
        |v| {
            v["pins"] =
                json!([{ "exhibitor": "e1", "stand": "A2" }, { "exhibitor": "e1", "stand": "A4" }])
        },
        Code::DoublePin,
        "$.pins[1].exhibitor",
    );
}

#[test]
fn pin_contradicting_needs_or_forbidden() {
    let d = refused(
        |v| v["pins"] = json!([{ "exhibitor": "e2", "stand": "A2" }]),
        Code::PinContradiction,
        "$.pins[0]",
    );
    assert!(d.cause.contains("electricity"));
    refused(
        |v| {
            v["pins"] = json!([{ "exhibitor": "e1", "stand": "A2" }]);
            v["forbidden"] = json!([{ "exhibitor": "e1", "stands": ["A2"] }]);
        },
        Code::PinContradiction,
        "$.pins[0]",
    );
}

#[test]
fn forbidden_contradicting_needs() {
    let d = refused(
        |v| v["forbidden"] = json!([{ "exhibitor": "e2", "stands": ["A1", "A3"] }]),
        Code::ForbiddenContradiction,
        "$.forbidden[0]",
    );
    assert!(d.cause.contains("A1, A3"));
}

#[test]
fn session_without_a_fitting_room() {
    let d = refused(
        |v| v["rooms"][0]["capacity"] = json!(2),
        Code::SessionNoRoom,
        "$.sessions[0]",
    );
    assert!(d.cause.contains("demande 3 places"), "{}", d.cause);
    refused(
        |v| v["sessions"][0]["needs"] = json!(["projector"]),
        Code::SessionNoRoom,
        "$.sessions[0]",
    );
    refused(
        |v| v["rooms"] = json!([]),
        Code::SessionNoRoom,
        "$.sessions[0]",
    );
}

#[test]
fn session_longer_than_any_day() {
    refused(
        |v| v["sessions"][0]["length"] = json!(3),
        Code::SessionTooLong,
        "$.sessions[0].length",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut v = small_stop();
    v["exhibitors"][2]["id"] = json!("e1");
    v["exhibitors"][0]["province"] = json!("souss");
    v["stands"][3]["x"] = json!(7.5);
    v["stands"][0]["colour"] = json!("red");
    let codes: Vec<Code> = problems(&v).iter().map(|d| d.code).collect();
    for c in [
        Code::DuplicateId,
        Code::UnknownReference,
        Code::OverlappingStands,
        Code::UnknownField,
    ] {
        assert!(codes.contains(&c), "{c} missing from {codes:?}");
    }
}

#[test]
fn defaults_fill_what_is_left_out() {
    let p = parse_problem(&text(&small_stop())).unwrap();
    let stop = caravane::stop::model::Stop::new("small", &p);
    assert_eq!(stop.weights, caravane::terms::Weights::default());
    assert_eq!(stop.exhibitors[0].staff, 1);
    assert_eq!(stop.sessions[0].length, 1);
    assert_eq!(stop.slots[1].footfall, caravane::format::Footfall::Normal);
    // Without "adjacency", neighbours are derived with a 5 m aisle: a row of four gives three.
    assert_eq!(stop.venue.edges().count(), 3);
    assert_eq!(stop.clash.pair[0][0], 1.0);
    assert_eq!(stop.clash.pair[0][1], 0.0);
}

#[test]
fn incompatible_rules_add_up_and_one_family_twice_adds_to_same_family() {
    let mut v = small_stop();
    v["rules"] = json!({ "same_family": 2.0, "incompatible": [
        { "families": ["dates", "silver"], "weight": 1.5 },
        { "families": ["silver", "dates"], "weight": 0.5 },
        { "families": ["dates", "dates"], "weight": 3.0 } ] });
    let stop = caravane::stop::model::Stop::new("small", &parse_problem(&text(&v)).unwrap());
    assert_eq!(stop.clash.pair[0][1], 2.0);
    assert_eq!(stop.clash.pair[1][0], 2.0);
    assert_eq!(stop.clash.pair[0][0], 5.0);
    assert_eq!(stop.clash.pair[1][1], 2.0);
}

#[test]
fn a_solution_file_is_named_as_such_in_one_problem_that_points_to_check() {
    let solution = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("instances/taroudant-2025.solution.json"),
    )
    .unwrap();
    let all = parse_problem(&solution).unwrap_err();
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(
        (all[0].code, all[0].path.as_str()),
        (Code::WrongFormat, "$.format")
    );
    assert!(
        all[0].cause.contains("c’est un fichier de solution"),
        "{}",
        all[0].cause
    );
    assert!(
        all[0].action.contains("caravane check PROBLEM SOLUTION"),
        "{}",
        all[0].action
    );
}

#[test]
fn a_tour_file_where_a_stop_is_read_and_the_reverse_say_what_they_are() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let tour = std::fs::read_to_string(root.join("instances/souss-massa-2025.tour.json")).unwrap();
    let all = parse_problem(&tour).unwrap_err();
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].code, Code::WrongFormat);
    assert!(
        all[0].cause.contains("c’est un fichier de tournée"),
        "{}",
        all[0].cause
    );
    assert!(all[0].action.contains("caravane tour"), "{}", all[0].action);

    let all = caravane::stop::load::parse_tour(&text(&small_stop())).unwrap_err();
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].code, Code::WrongFormat);
    assert!(
        all[0].cause.contains("c’est un fichier d’étape"),
        "{}",
        all[0].cause
    );

    let all = caravane::stop::load::parse_solution(&text(&small_stop())).unwrap_err();
    assert_eq!(all.len(), 1, "{all:#?}");
    assert!(
        all[0].cause.contains("c’est un fichier d’étape"),
        "{}",
        all[0].cause
    );
    assert!(
        all[0].action.contains("un fichier de solution"),
        "{}",
        all[0].action
    );
}

#[test]
fn an_unknown_family_names_the_closest_known_one_and_lists_them() {
    // The family written by its name instead of its id, as a planner would.
    let d = refused(
        |v| v["exhibitors"][0]["family"] = json!("Bijoux en Argent"),
        Code::UnknownReference,
        "$.exhibitors[0].family",
    );
    assert!(
        d.cause.starts_with(
            "famille inconnue «\u{a0}Bijoux en Argent\u{a0}» : vouliez-vous dire «\u{a0}silver\u{a0}» (Bijoux en argent) ?"
        ),
        "{}",
        d.cause
    );
    assert!(
        d.cause
            .contains("Familles connues : «\u{a0}dates\u{a0}» (Dattes), «\u{a0}silver\u{a0}» (Bijoux en argent)"),
        "{}",
        d.cause
    );
    assert!(
        d.action
            .starts_with("écrivez «\u{a0}silver\u{a0}» si c’est bien cela")
            && d.action
                .contains("ajoutez la famille à «\u{a0}families\u{a0}»"),
        "{}",
        d.action
    );
    // The same in English, word for word as before the catalogues.
    let mut v = small_stop();
    v["exhibitors"][0]["family"] = json!("Bijoux en Argent");
    let english = scoped(Lang::En, || problems(&v));
    let d = english
        .iter()
        .find(|d| d.path == "$.exhibitors[0].family")
        .unwrap();
    assert_eq!(
        d.cause,
        "unknown family \"Bijoux en Argent\": did you mean \"silver\" (Bijoux en argent)? \
         Known families: \"dates\" (Dattes), \"silver\" (Bijoux en argent)"
    );
    assert_eq!(
        d.action,
        "write \"silver\" if that is meant, or correct the id, or add the family to \"families\""
    );
    // A typo in an id: the nearest id, a letter away.
    let d = refused(
        |v| v["exhibitors"][2]["province"] = json!("tizint"),
        Code::UnknownReference,
        "$.exhibitors[2].province",
    );
    assert!(
        d.cause
            .contains("vouliez-vous dire «\u{a0}tiznit\u{a0}» ? Provinces connues : «\u{a0}tata\u{a0}», «\u{a0}tiznit\u{a0}»"),
        "{}",
        d.cause
    );
    // Stands have no name: their ids are matched.
    let d = refused(
        |v| v["pins"] = json!([{ "exhibitor": "e1", "stand": "a2" }]),
        Code::UnknownReference,
        "$.pins[0].stand",
    );
    assert!(
        d.cause.contains("vouliez-vous dire «\u{a0}A2\u{a0}» ?"),
        "{}",
        d.cause
    );
    // Nothing near: no guess, the list only.
    let d = refused(
        |v| v["exhibitors"][0]["family"] = json!("pottery"),
        Code::UnknownReference,
        "$.exhibitors[0].family",
    );
    assert!(!d.cause.contains("vouliez-vous dire"), "{}", d.cause);
    assert!(
        d.cause
            .starts_with("famille inconnue «\u{a0}pottery\u{a0}». Familles connues :"),
        "{}",
        d.cause
    );
    assert!(d.action.starts_with("corrigez l’id"), "{}", d.action);
}

#[test]
fn a_long_list_of_known_values_is_cut_short() {
    let d = refused(
        |v| {
            let families = v["families"].as_array_mut().unwrap();
            for k in 0..30 {
                families.push(json!({ "id": format!("f{k}"), "name": format!("Famille {k}"), "category": "artisanal" }));
            }
            v["exhibitors"][0]["family"] = json!("pottery");
        },
        Code::UnknownReference,
        "$.exhibitors[0].family",
    );
    assert!(d.cause.contains("… (32 en tout)"), "{}", d.cause);
    assert!(
        d.cause.contains("«\u{a0}f7\u{a0}» (Famille 7), …"),
        "{}",
        d.cause
    );
    assert!(!d.cause.contains("«\u{a0}f8\u{a0}»"), "{}", d.cause);
}

#[test]
fn a_key_written_twice_is_refused_at_its_path_with_every_other_problem() {
    let original = text(&small_stop());
    // An exhibitor with two ids, and the stop's format twice.
    let twice = original
        .replacen("\"id\": \"e2\",", "\"id\": \"e2\", \"id\": \"e9\",", 1)
        .replacen(
            "\"format\": \"caravane.stop/1\",",
            "\"format\": \"caravane.stop/1\", \"format\": \"caravane.stop/1\",",
            1,
        )
        .replacen("\"name\": \"Tiznit\"", "\"nme\": \"Tiznit\"", 1);
    assert_ne!(twice, original);
    let all = parse_problem(&twice).unwrap_err();
    let at: Vec<(Code, &str)> = all.iter().map(|d| (d.code, d.path.as_str())).collect();
    assert!(
        at.contains(&(Code::DuplicateKey, "$.exhibitors[1].id")),
        "{at:?}"
    );
    assert!(at.contains(&(Code::DuplicateKey, "$.format")), "{at:?}");
    assert!(at.iter().any(|(c, _)| *c == Code::UnknownField), "{at:?}");
    let d = all.iter().find(|d| d.code == Code::DuplicateKey).unwrap();
    assert!(d.cause.contains("écrite deux fois"), "{}", d.cause);
    assert!(d.action.contains("n’en gardez qu’une"), "{}", d.action);
}

#[test]
fn ids_with_invisible_characters_are_refused_and_names_may_hold_them() {
    for (hidden, code) in [
        ("\u{200B}", "U+200B"),
        ("\u{FEFF}", "U+FEFF"),
        ("\u{202E}", "U+202E"),
        ("\u{2067}", "U+2067"),
        ("\u{0}", "U+0000"),
        ("\t", "U+0009"),
    ] {
        let d = refused(
            |v| v["stands"][3]["id"] = json!(format!("A{hidden}3")),
            Code::ConfusableId,
            "$.stands[3].id",
        );
        assert!(d.cause.contains(code), "{}", d.cause);
        assert!(d.cause.contains(&format!("A<{code}>3")), "{}", d.cause);
    }
    refused(
        |v| v["exhibitors"][0]["id"] = json!("e\u{200D}1"),
        Code::ConfusableId,
        "$.exhibitors[0].id",
    );
    refused(
        |v| v["provinces"][0]["id"] = json!("\u{200F}tata"),
        Code::ConfusableId,
        "$.provinces[0].id",
    );
    // Names keep any script, and may even hold such characters.
    let mut v = small_stop();
    v["exhibitors"][1]["name"] = json!("تعاونية\u{200F} النخيل");
    v["exhibitors"][2]["name"] = json!("ⵜⴰⵡⵓⵔⵉ\u{200B}");
    parse_problem(&text(&v)).expect("names may hold any text");
}

#[test]
fn positions_and_sizes_are_bounded() {
    for (field, value) in [
        ("x", 1e308),
        ("y", -200_000.0),
        ("width", 20_000.0),
        ("depth", 1e308),
    ] {
        let d = refused(
            |v| v["stands"][3][field] = json!(value),
            Code::BadNumber,
            &format!("$.stands[3].{field}"),
        );
        // The bounds, written the French way (a narrow no-break space between thousands).
        let bound = if field == "x" || field == "y" {
            "entre -100\u{202f}000 et 100\u{202f}000"
        } else {
            "au plus 10\u{202f}000"
        };
        assert!(d.action.contains(bound), "{}", d.action);
    }
    // At the bounds, far from the others: accepted.
    let mut v = small_stop();
    v["stands"][3]["x"] = json!(-100_000.0);
    v["stands"][3]["y"] = json!(100_000.0);
    v["stands"][2]["width"] = json!(10_000.0);
    parse_problem(&text(&v)).expect("the bounds themselves are allowed");
}

#[test]
fn every_weight_is_at_most_a_million() {
    let cases = [
        (
            json!({ "weights": { "clash": 1e300 } }),
            "$.rules.weights.clash",
        ),
        (
            json!({ "weights": { "rotation": 2e6 } }),
            "$.rules.weights.rotation",
        ),
        (
            json!({ "adjacency_weights": { "facing": 1e7 } }),
            "$.rules.adjacency_weights.facing",
        ),
        (json!({ "same_family": 1e300 }), "$.rules.same_family"),
        (
            json!({ "rotation": { "prime": 1e300 } }),
            "$.rules.rotation.prime",
        ),
        (
            json!({ "rotation": { "zone": 1e9 } }),
            "$.rules.rotation.zone",
        ),
        (
            json!({ "incompatible": [{ "families": ["dates", "silver"], "weight": 1e300 }] }),
            "$.rules.incompatible[0].weight",
        ),
    ];
    for (rules, path) in cases {
        let d = refused(|v| v["rules"] = rules, Code::BadNumber, path);
        assert!(
            d.action.contains("de 0 à 1\u{202f}000\u{202f}000"),
            "{}",
            d.action
        );
    }
    let mut v = small_stop();
    v["rules"] = json!({ "same_family": 1e6, "weights": { "clash": 1e6 } });
    parse_problem(&text(&v)).expect("a weight of a million is allowed");
}

#[test]
fn a_problem_is_told_in_french_by_default() {
    let mut v = small_stop();
    v["stnads"] = json!([]);
    let all = problems(&v);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(
        all[0].to_string(),
        "erreur [unknown-field] en $.stnads\n  \
         cause : «\u{a0}stnads\u{a0}» n’est pas une section d’un fichier d’étape : vouliez-vous dire «\u{a0}stands\u{a0}» ?\n  \
         action : retirez-la ou corrigez son orthographe ; les sections sont : format, stop, provinces, \
         families, stands, adjacency, zones, landmarks, exhibitors, rules, pins, forbidden, rooms, slots, \
         sessions, history"
    );
    let report = Report {
        file: "tata.problem.json".into(),
        diagnostics: all,
    };
    assert!(
        report
            .to_string()
            .starts_with("tata.problem.json: 1 problème\ntata.problem.json: erreur [unknown-field] en $.stnads\n"),
        "{report}"
    );
}

#[test]
fn fields_words_and_types_are_explained_with_the_nearest_allowed_one() {
    let d = refused(
        |v| v["exhibitors"][1]["provnce"] = json!("tata"),
        Code::UnknownField,
        "$.exhibitors[1].provnce",
    );
    assert_eq!(
        d.cause,
        "«\u{a0}provnce\u{a0}» n’est pas un champ connu ici : vouliez-vous dire «\u{a0}province\u{a0}» ?"
    );
    assert!(
        d.action
            .starts_with("retirez ce champ ou corrigez son orthographe ; les champs permis ici : id, name, province,"),
        "{}",
        d.action
    );
    let d = refused(
        |v| {
            v["stands"][2].as_object_mut().unwrap().remove("width");
        },
        Code::MissingField,
        "$.stands[2].width",
    );
    assert_eq!(d.cause, "le champ obligatoire «\u{a0}width\u{a0}» manque");
    let d = refused(
        |v| v["families"][0]["category"] = json!("artisanl"),
        Code::InvalidValue,
        "$.families[0].category",
    );
    assert_eq!(
        (d.cause.as_str(), d.action.as_str()),
        (
            "«\u{a0}artisanl\u{a0}» n’est pas une valeur permise ici : vouliez-vous dire «\u{a0}artisanal\u{a0}» ?",
            "écrivez «\u{a0}agricultural\u{a0}», «\u{a0}artisanal\u{a0}» ou «\u{a0}services\u{a0}»"
        )
    );
    let d = refused(
        |v| v["stands"][0]["x"] = json!("zero"),
        Code::InvalidValue,
        "$.stands[0].x",
    );
    assert_eq!(
        d.cause,
        "il faut ici un nombre, pas du texte («\u{a0}zero\u{a0}»)"
    );
    let d = refused(
        |v| v["exhibitors"][0]["staff"] = json!(-1),
        Code::InvalidValue,
        "$.exhibitors[0].staff",
    );
    assert_eq!(
        d.cause,
        "il faut ici un nombre entier, 0 ou plus, pas le nombre -1"
    );
    let d = refused(
        |v| v["provinces"] = json!([["tata"]]),
        Code::InvalidValue,
        "$.provinces[0]",
    );
    assert_eq!(d.cause, "il faut ici un objet { … }, pas une liste");
}

#[test]
fn a_problem_is_told_in_english_or_arabic_with_the_same_code_and_path() {
    let mut v = small_stop();
    v["exhibitors"][2]["id"] = json!("e1");
    v["exhibitors"][0]["province"] = json!("souss");
    v["stands"][3]["x"] = json!(7.5);
    v["exhibitors"][1]["provnce"] = json!("tata");
    v["slots"][0]["start"] = json!("9h30");
    let fr = problems(&v);
    let en = scoped(Lang::En, || problems(&v));
    let ar = scoped(Lang::Ar, || problems(&v));
    let place = |all: &[Diagnostic]| -> Vec<(Code, String)> {
        all.iter().map(|d| (d.code, d.path.clone())).collect()
    };
    assert_eq!(place(&fr), place(&en));
    assert_eq!(place(&fr), place(&ar));
    for ((f, e), a) in fr.iter().zip(&en).zip(&ar) {
        assert!(f.cause != e.cause && f.cause != a.cause && e.cause != a.cause);
        assert!(f.action != e.action && f.action != a.action);
    }
    let overlap = |all: &[Diagnostic]| {
        all.iter()
            .find(|d| d.code == Code::OverlappingStands)
            .unwrap()
            .clone()
    };
    // The figures follow the language: 7,5 in French and Arabic, 7.5 in English.
    assert!(
        overlap(&fr).cause.contains("en x 7,5, y 0"),
        "{}",
        overlap(&fr).cause
    );
    assert!(
        overlap(&en).cause.contains("at x 7.5, y 0"),
        "{}",
        overlap(&en).cause
    );
    let d = overlap(&ar);
    assert!(d.cause.starts_with("الرواق «"), "{}", d.cause);
    assert!(d.cause.contains("يتداخل مع الرواق"), "{}", d.cause);
    assert!(d.cause.contains("A4") && d.cause.contains("A3") && d.cause.contains("7,5"));
    assert!(
        d.action.contains("يمكن أن تتلامس الأروقة لا أن تتداخل"),
        "{}",
        d.action
    );
    let shown = scoped(Lang::Ar, || d.to_string());
    assert!(
        shown.starts_with(
            "خطأ [\u{2068}overlapping-stands\u{2069}] في \u{2068}$.stands[3]\u{2069}\n  السبب:"
        ),
        "{shown:?}"
    );
    assert!(shown.contains("\n  الإجراء: "), "{shown}");
    let shown = scoped(Lang::En, || overlap(&en).to_string());
    assert!(
        shown.starts_with("error[overlapping-stands] at $.stands[3]\n  cause: stand \"A4\""),
        "{shown}"
    );
    // No French or English word is left in the Arabic sentences (ids and paths apart).
    for d in &ar {
        for word in ["the ", " not ", "pas ", " est ", "unknown", "inconnu"] {
            assert!(!d.cause.contains(word), "{word:?} in {}", d.cause);
            assert!(!d.action.contains(word), "{word:?} in {}", d.action);
        }
    }
    // Plurals are Fluent's: Arabic has a dual.
    let report = Report {
        file: "f.json".into(),
        diagnostics: ar[..2].to_vec(),
    };
    assert!(
        scoped(Lang::Ar, || report.to_string()).starts_with("f.json: مشكلتان\n"),
        "{report}"
    );
}

#[test]
fn after_an_item_that_failed_to_decode_the_later_items_are_named_where_the_file_has_them() {
    let mut v = small_stop();
    v["stands"][0]["colour"] = json!("red");
    // A4 (the fourth stand of the file) now covers part of A3.
    v["stands"][3]["x"] = json!(7);
    let found = problems(&v);
    assert!(
        found
            .iter()
            .any(|d| d.code == Code::UnknownField && d.path.starts_with("$.stands[0]")),
        "{found:?}"
    );
    let overlap = found
        .iter()
        .find(|d| d.code == Code::OverlappingStands)
        .expect("the overlap is told");
    // A3 and A4 are the file's third and fourth stands: $.stands[2] and $.stands[3].
    assert_eq!(overlap.path, "$.stands[3]");
    assert!(overlap.cause.contains("($.stands[2],"), "{}", overlap.cause);
}

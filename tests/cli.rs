//! The `caravane` command as a planner uses it: exit codes, messages, files.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("caravane-cli-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn taroudant() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances/taroudant-2025.problem.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The command wrote `file` and said so on standard error, in French (the default) or in
/// English (with `--lang en`), leaving standard output to the results a user may pipe.
fn assert_wrote(o: &Output, file: &Path) {
    assert_eq!(o.status.code(), Some(0), "{}", stderr(o));
    let said = [
        format!("écrit\u{a0}: {}", file.display()),
        format!("wrote {}", file.display()),
    ];
    assert!(
        said.iter().any(|s| stderr(o).contains(s)),
        "no \"{}\" in:\n{}",
        said[0],
        stderr(o)
    );
    assert!(
        !stdout(o)
            .lines()
            .any(|l| l.starts_with("écrit ") || l.starts_with("wrote ")),
        "{}",
        stdout(o)
    );
    assert!(file.exists(), "{} is missing", file.display());
}

/// Every command, in the order `caravane --help` lists them.
const COMMANDS: [&str; 23] = [
    "validate",
    "info",
    "solve",
    "timetable",
    "check",
    "scaling",
    "plan",
    "report",
    "print",
    "import",
    "venue",
    "import-tour",
    "export",
    "replan",
    "tradeoffs",
    "move",
    "swap",
    "recommend",
    "schema",
    "tour",
    "compare",
    "generate",
    "serve",
];

#[test]
fn validate_accepts_every_shipped_stop() {
    let mut args = vec!["validate".to_string()];
    for e in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("instances")).unwrap() {
        let p = e.unwrap().path();
        if p.to_string_lossy().ends_with(".problem.json") {
            args.push(p.to_string_lossy().into_owned());
        }
    }
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = caravane(&refs);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("valide\u{a0}: "));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("60 exposantes et exposants, "),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn validate_reports_all_three_problems_of_a_broken_taroudant_and_exits_2() {
    let dir = scratch("broken");
    let mut v = taroudant();
    let first = v["exhibitors"][0]["id"].clone();
    v["exhibitors"][5]["id"] = first;
    v["exhibitors"][7]["province"] = Value::from("marrakech");
    let (x, y) = (
        v["stands"][0]["x"].as_f64().unwrap(),
        v["stands"][0]["y"].as_f64().unwrap(),
    );
    v["stands"][1]["x"] = Value::from(x + 1.0);
    v["stands"][1]["y"] = Value::from(y + 1.0);
    let file = dir.join("taroudant-broken.problem.json");
    std::fs::write(&file, serde_json::to_string_pretty(&v).unwrap()).unwrap();

    let out = caravane(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let text = stderr(&out);
    for needle in [
        "duplicate-id",
        "$.exhibitors[5].id",
        "unknown-reference",
        "$.exhibitors[7].province",
        "overlapping-stands",
        "$.stands[1]",
        "taroudant-broken.problem.json",
    ] {
        assert!(text.contains(needle), "missing {needle} in:\n{text}");
    }

    let out = caravane(&["validate", "--json", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let reports: Value = serde_json::from_slice(&out.stdout).expect("--json gives JSON");
    let codes: Vec<&str> = reports[0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"duplicate-id")
            && codes.contains(&"unknown-reference")
            && codes.contains(&"overlapping-stands")
    );
    for d in reports[0]["diagnostics"].as_array().unwrap() {
        assert!(
            d["path"].as_str().unwrap().starts_with('$')
                && d["cause"].is_string()
                && d["action"].is_string()
        );
    }
}

#[test]
fn validate_tells_the_problems_in_arabic_when_asked_with_the_same_codes_and_paths() {
    let dir = scratch("broken-ar");
    let mut v = taroudant();
    v["exhibitors"][7]["province"] = Value::from("marrakech");
    v["stands"][2]["widht"] = Value::from(3);
    let file = dir.join("taroudant-ar.problem.json");
    std::fs::write(&file, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let f = file.to_str().unwrap();
    let out = caravane(&["validate", f, "--lang", "ar"]);
    assert_eq!(out.status.code(), Some(2));
    let text = stderr(&out);
    assert!(text.contains(&format!("{f}: مشكلتان\n")), "{text}");
    assert!(
        text.contains(&format!("{f}: خطأ [\u{2068}unknown-reference\u{2069}] في \u{2068}$.exhibitors[7].province\u{2069}")),
        "{text}"
    );
    assert!(
        text.contains("إقليم غير معروف") && text.contains("«\u{2068}marrakech\u{2069}»"),
        "{text}"
    );
    assert!(
        text.contains("  السبب:") && text.contains("  الإجراء:"),
        "{text}"
    );
    let out = caravane(&["validate", f, "--json", "--lang", "ar"]);
    let reports: Value = serde_json::from_slice(&out.stdout).expect("--json gives JSON");
    let d = &reports[0]["diagnostics"];
    // Codes and paths stay as they are; the sentences follow the language.
    assert_eq!(d[0]["code"], "unknown-field");
    assert_eq!(d[0]["path"], "$.stands[2].widht");
    assert!(
        d[0]["cause"]
            .as_str()
            .unwrap()
            .contains("هل تقصدون «\u{2068}width\u{2069}»؟"),
        "{d}"
    );
    assert_eq!(d[1]["code"], "unknown-reference");
    assert!(
        d[1]["action"].as_str().unwrap().starts_with("صححوا المعرّف"),
        "{d}"
    );
}

#[test]
fn a_truncated_file_reports_line_and_column() {
    let dir = scratch("truncated");
    let text = serde_json::to_string_pretty(&taroudant()).unwrap();
    let file = dir.join("cut.problem.json");
    std::fs::write(&file, &text[..text.len() * 2 / 3]).unwrap();
    let out = caravane(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("erreur [json-syntax] en $ (ligne ") && err.contains(", colonne "),
        "{err}"
    );
    assert!(err.contains("le fichier s’arrête trop tôt"), "{err}");
    let out = caravane(&["validate", file.to_str().unwrap(), "--lang", "en"]);
    let err = stderr(&out);
    assert!(
        err.contains("error[json-syntax] at $ (line ") && err.contains(", column "),
        "{err}"
    );
    assert!(err.contains("the file ends too early"), "{err}");
}

#[test]
fn a_missing_file_is_an_input_error_not_a_panic() {
    let out = caravane(&["validate", "instances/no-such-stop.problem.json"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("instances/no-such-stop.problem.json: erreur [io] en $")
            && err.contains("le fichier est introuvable")
            && !err.contains("panicked"),
        "{err}"
    );
}

#[test]
fn info_shows_sixty_exhibitors_across_six_provinces() {
    let out = caravane(&["info", "instances/taroudant-2025.problem.json"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Place du 20 Août, du 7 au 12 novembre 2025"),
        "{text}"
    );
    assert!(
        text.contains("60 exposantes et exposants sur 68 stands (8 libres)"),
        "{text}"
    );
    // Shares with a decimal comma, zones by their names.
    assert!(text.contains("16,7 %") && text.contains("Entrée"), "{text}");
    for english in ["exhibitors", "Stands by", "entrance", "16.7"] {
        assert!(!text.contains(english), "{english} in:\n{text}");
    }
    for p in [
        "Taroudant",
        "Tiznit",
        "Tata",
        "Agadir Ida-Outanane",
        "Inezgane-Aït Melloul",
        "Chtouka-Aït Baha",
    ] {
        assert!(text.contains(p), "{p} missing:\n{text}");
    }
    let out = caravane(&[
        "--lang",
        "en",
        "info",
        "instances/taroudant-2025.problem.json",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("7–12 November 2025") && text.contains("60 exhibitors on 68 stands"),
        "{text}"
    );
    assert!(
        text.contains("16.7 %") && text.contains("Entrance"),
        "{text}"
    );
    let out = caravane(&["info", "--json", "instances/taroudant-2025.problem.json"]);
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["exhibitors"], 60);
    // Ids as the file writes them, names for people.
    let zones: Vec<(&str, &str)> = s["zones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|z| (z["id"].as_str().unwrap(), z["name"].as_str().unwrap()))
        .collect();
    assert!(zones.contains(&("entrance", "Entrée")), "{zones:?}");
    assert_eq!(s["provinces"].as_array().unwrap().len(), 6);
    let total: u64 = s["provinces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["count"].as_u64().unwrap())
        .sum();
    assert_eq!(total, 60);
}

#[test]
fn generate_writes_a_stop_that_validates_and_is_the_same_for_a_seed() {
    let dir = scratch("generate");
    let a = dir.join("a.problem.json");
    let b = dir.join("b.problem.json");
    for f in [&a, &b] {
        let out = caravane(&[
            "generate",
            "--exhibitors",
            "1000",
            "--seed",
            "9",
            "-o",
            f.to_str().unwrap(),
        ]);
        assert_wrote(&out, f);
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let out = caravane(&["validate", a.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn an_unwritable_output_fails_with_exit_1_and_leaves_nothing() {
    let dir = scratch("unwritable");
    let target = dir.join("missing-folder").join("x.problem.json");
    let out = caravane(&["generate", "-n", "10", "-o", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("erreur\u{a0}: impossible d’écrire"),
        "{}",
        stderr(&out)
    );
    assert!(!target.exists());
}

#[test]
fn schema_prints_the_committed_schema() {
    let out = caravane(&["schema"]);
    assert_eq!(out.status.code(), Some(0));
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed, caravane::stop_schema());
}

#[test]
fn solve_writes_an_optimal_taroudant_that_check_accepts() {
    let dir = scratch("solve");
    let out = dir.join("taroudant-2025.solution.json");
    let run = caravane(&[
        "solve",
        "instances/taroudant-2025.problem.json",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_wrote(&run, &out);
    let text = String::from_utf8_lossy(&run.stdout);
    // French by default: the status, the terms by their French names, the zones by their names.
    assert!(
        text.contains("taroudant-2025\u{a0}: optimal")
            && text.contains("Équilibre des zones")
            && !text.contains("zone_balance")
            && text.contains("Entrée")
            && text.contains("paires de voisins en conflit restantes\u{a0}: 0"),
        "{text}"
    );
    let solution: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(solution["status"], "optimal");
    assert_eq!(solution["problem"], "taroudant-2025");
    assert_eq!(solution["assignments"].as_array().unwrap().len(), 60);

    let check = caravane(&[
        "check",
        "instances/taroudant-2025.problem.json",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(
        report.contains("règles impératives\u{a0}: toutes respectées")
            && report.contains("vérification réussie"),
        "{report}"
    );

    // A hand edit that double-books a stand fails the check with exit 1.
    let mut edited = solution.clone();
    let first_stand = edited["assignments"][0]["stand"].clone();
    edited["assignments"][1]["stand"] = first_stand;
    let bad = dir.join("edited.solution.json");
    std::fs::write(&bad, serde_json::to_string_pretty(&edited).unwrap()).unwrap();
    let check = caravane(&[
        "check",
        "instances/taroudant-2025.problem.json",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stdout).contains("double-booked"));
}

#[test]
fn an_infeasible_stop_exits_3_with_the_reason() {
    let dir = scratch("infeasible");
    let mut v = taroudant();
    // Every exhibitor now needs water: far more than the stands that offer it.
    for e in v["exhibitors"].as_array_mut().unwrap() {
        e["needs"] = serde_json::json!(["water"]);
    }
    v["pins"] = serde_json::json!([]);
    v["forbidden"] = serde_json::json!([]);
    let file = dir.join("dry.problem.json");
    std::fs::write(&file, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let run = caravane(&["solve", file.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(3), "{}", stderr(&run));
    let text = String::from_utf8_lossy(&run.stdout);
    assert!(
        text.contains("dry\u{a0}: impossible")
            && text
                .contains("exposantes et exposants ont besoin de «\u{a0}water\u{a0}», mais seuls"),
        "{text}"
    );
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("dry.solution.json")).unwrap())
            .unwrap();
    assert_eq!(written["status"], "infeasible");
    assert!(written["assignments"].as_array().unwrap().is_empty());
    assert!(written["objective"].is_null());
}

#[test]
fn solve_refuses_bad_options_and_invalid_stops_without_writing() {
    let dir = scratch("refuse");
    let out = dir.join("x.solution.json");
    let run = caravane(&[
        "solve",
        "instances/taroudant-2025.problem.json",
        "--time-limit",
        "0",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    let bad = dir.join("bad.problem.json");
    std::fs::write(&bad, "{ \"format\": ").unwrap();
    let run = caravane(&["solve", bad.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    assert!(!out.exists());
}

#[test]
fn timetable_prints_the_programme_and_each_agenda_and_only_replans_one_part() {
    let dir = scratch("timetable");
    let whole = dir.join("tata.solution.json");
    let run = caravane(&[
        "solve",
        "instances/tata-2025.problem.json",
        "-q",
        "-o",
        whole.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let out = caravane(&[
        "timetable",
        "instances/tata-2025.problem.json",
        whole.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("décembre 2025")
            && text.contains("Agendas des exposantes et exposants :")
            && text.contains("inscrits"),
        "{text}"
    );

    // Stands only: no timetable, and check accepts it as a stand-only plan.
    let stands = dir.join("stands.solution.json");
    let run = caravane(&[
        "solve",
        "instances/tata-2025.problem.json",
        "-q",
        "--only",
        "stands",
        "-o",
        stands.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let s: Value = serde_json::from_str(&std::fs::read_to_string(&stands).unwrap()).unwrap();
    assert!(s["sessions"].as_array().unwrap().is_empty());
    let check = caravane(&[
        "check",
        "instances/tata-2025.problem.json",
        stands.to_str().unwrap(),
    ]);
    assert_eq!(check.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&check.stdout)
        .contains("le fichier ne contient pas de programme des rencontres"));

    // Sessions only, keeping those stands.
    let sessions = dir.join("sessions.solution.json");
    let run = caravane(&[
        "solve",
        "instances/tata-2025.problem.json",
        "-q",
        "--only",
        "sessions",
        "--layout",
        stands.to_str().unwrap(),
        "-o",
        sessions.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let t: Value = serde_json::from_str(&std::fs::read_to_string(&sessions).unwrap()).unwrap();
    assert_eq!(t["assignments"], s["assignments"], "the stands are kept");
    assert!(!t["sessions"].as_array().unwrap().is_empty());
    let check = caravane(&[
        "check",
        "instances/tata-2025.problem.json",
        sessions.to_str().unwrap(),
    ]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );

    // Sessions only without a layout is refused.
    let run = caravane(&[
        "solve",
        "instances/tata-2025.problem.json",
        "--only",
        "sessions",
    ]);
    assert_eq!(run.status.code(), Some(2));
}

/// The shipped tour cut down to one itinerary of two small stops (Tata, then Tiznit, four days
/// each), written to a scratch folder.
fn small_tour(dir: &Path) -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances/souss-massa-2025.tour.json");
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut it = v["itineraries"][0].clone();
    let stops = it["stops"].as_array().unwrap();
    let tata = stops
        .iter()
        .find(|s| s["venue"].as_str().unwrap().starts_with("tata"))
        .unwrap()
        .clone();
    let mut tiznit = stops
        .iter()
        .find(|s| s["venue"].as_str().unwrap().starts_with("tiznit"))
        .unwrap()
        .clone();
    let (from, to) = (tata["from"].clone(), tata["to"].clone());
    let mut first = tata;
    // Two windows of four days, so that either order can hold the sessions.
    first["from"] = serde_json::json!("2025-11-01");
    first["to"] = serde_json::json!("2025-11-04");
    tiznit["from"] = from;
    tiznit["to"] = to;
    it["stops"] = serde_json::json!([first, tiznit]);
    v["itineraries"] = serde_json::json!([it]);
    let out = dir.join("small.tour.json");
    std::fs::write(&out, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    out
}

#[test]
fn tour_writes_every_stop_and_check_accepts_each() {
    let dir = scratch("tour");
    let tour = small_tour(&dir);
    let plans = dir.join("plans");
    let o = caravane(&[
        "tour",
        tour.to_str().unwrap(),
        "-o",
        plans.to_str().unwrap(),
        "-v",
    ]);
    assert_wrote(&o, &plans.join("comparison.json"));
    let said = format!("fichiers dans {}", plans.display());
    assert!(stderr(&o).contains(&said), "{}", stderr(&o));
    // With -v, the log says what was done: a line per stop, and the solver's calls.
    assert!(stderr(&o).contains("1/2]") && stderr(&o).contains("2/2]"));
    assert!(stderr(&o).contains("HiGHS solve"), "{}", stderr(&o));
    let folder = std::fs::read_dir(&plans)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut problems: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".problem.json"))
        .collect();
    problems.sort();
    assert_eq!(problems.len(), 2);
    for p in &problems {
        let s = PathBuf::from(
            p.to_string_lossy()
                .replace(".problem.json", ".solution.json"),
        );
        let c = caravane(&["check", p.to_str().unwrap(), s.to_str().unwrap()]);
        assert_eq!(
            c.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&c.stdout)
        );
    }
    // The second stop knows where its exhibitors stood at the first (Tata's 32 places and
    // Tiznit's 44 cannot all go to different exhibitors of a pool of 68).
    let second: Value =
        serde_json::from_str(&std::fs::read_to_string(&problems[1]).unwrap()).unwrap();
    assert!(!second["history"].as_array().unwrap().is_empty());
}

#[test]
fn compare_prints_a_table_a_csv_and_json() {
    let dir = scratch("compare");
    let tour = small_tour(&dir);
    let t = tour.to_str().unwrap();
    let table = caravane(&["compare", t, "-q"]);
    assert_eq!(
        table.status.code(),
        Some(0),
        "{}{}",
        stderr(&table),
        String::from_utf8_lossy(&table.stdout)
    );
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(
        text.contains("km tournée") && text.contains("Tata → Tiznit"),
        "{text}"
    );
    let csv = caravane(&["compare", t, "-q", "--format", "csv"]);
    let csv = String::from_utf8_lossy(&csv.stdout).into_owned();
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(
        csv.starts_with("rang,identifiant,nom,score,trajet,km de tournée"),
        "{csv}"
    );
    let csv = caravane(&["compare", t, "-q", "--format", "csv", "--lang", "en"]);
    let csv = String::from_utf8_lossy(&csv.stdout).into_owned();
    assert!(csv.starts_with("rank,id,name,score,route,tour_km"), "{csv}");
    let json = dir.join("ranking.json");
    let plans = dir.join("plans");
    let o = caravane(&[
        "compare",
        t,
        "-q",
        "--format",
        "json",
        "-o",
        json.to_str().unwrap(),
        "--plans",
        plans.to_str().unwrap(),
    ]);
    assert_wrote(&o, &json);
    let said = format!("écrit\u{a0}: 4 fichiers dans {}", plans.display());
    assert!(stderr(&o).contains(&said), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(v["itineraries"][0]["stops"].as_array().unwrap().len(), 2);
    assert_eq!(v["itineraries"][0]["rank"], 1);
    // The best order of two stops: the other order, planned and ranked against the given one.
    let best = caravane(&[
        "compare",
        t,
        "-q",
        "--best-order",
        "--keep",
        "1",
        "--format",
        "csv",
    ]);
    assert_eq!(best.status.code(), Some(0), "{}", stderr(&best));
    assert_eq!(String::from_utf8_lossy(&best.stdout).lines().count(), 3);
}

#[test]
fn an_invalid_tour_exits_2_naming_the_field() {
    let dir = scratch("bad-tour");
    let tour = small_tour(&dir);
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&tour).unwrap()).unwrap();
    v["exhibitors"][3]["home"] = serde_json::json!("Marrakech");
    v["roads"][2]["km"] = serde_json::json!(-5);
    std::fs::write(&tour, v.to_string()).unwrap();
    for cmd in ["tour", "compare", "validate"] {
        let o = caravane(&[cmd, tour.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{cmd}");
        let e = stderr(&o);
        assert!(
            e.contains("$.exhibitors[3].home") && e.contains("$.roads[2].km"),
            "{e}"
        );
    }
    let fine = small_tour(&dir);
    let o = caravane(&["tour", fine.to_str().unwrap(), "--itinerary", "nowhere"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nowhere"));
    for (option, value) in [("--time-limit", "-1"), ("--gap", "nan"), ("--jobs", "0")] {
        let arg = format!("{option}={value}");
        let o = caravane(&["compare", fine.to_str().unwrap(), &arg]);
        assert_eq!(o.status.code(), Some(2), "{arg}");
        assert!(stderr(&o).contains(option), "{}", stderr(&o));
    }
}

/// The rows of an exported sheet, read with its separator, without the byte-order mark.
fn sheet(path: &Path, separator: u8) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).unwrap();
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("a BOM for Excel");
    csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn export_writes_the_sheet_in_the_language_french_with_semicolons() {
    let dir = scratch("export-languages");
    let fr = dir.join("fr.csv");
    let o = caravane(&["export", SOLUTION, "--csv", fr.to_str().unwrap()]);
    assert_wrote(&o, &fr);
    let text = std::fs::read_to_string(&fr).unwrap();
    assert!(text.starts_with(
        "\u{feff}identifiant;exposant;province;famille;stand;zone;stand privilégié;agenda\n"
    ));
    let rows = sheet(&fr, b';');
    assert_eq!(rows.len(), 61);
    assert!(rows.iter().all(|r| r.len() == 8), "{rows:?}");
    let zones: Vec<&str> = rows[1..].iter().map(|r| r[5].as_str()).collect();
    assert!(
        zones.contains(&"Entrée") && zones.contains(&"Fond"),
        "{zones:?}"
    );
    assert!(rows[1..].iter().all(|r| r[6] == "oui" || r[6] == "non"));
    let agendas: Vec<&str> = rows[1..].iter().map(|r| r[7].as_str()).collect();
    assert!(
        agendas.iter().any(|a| a.contains(" novembre ")),
        "days the French way: {agendas:?}"
    );

    // In English: commas, English headers and words.
    let en = dir.join("en.csv");
    let o = caravane(&[
        "--lang",
        "en",
        "export",
        SOLUTION,
        "--csv",
        en.to_str().unwrap(),
    ]);
    assert_wrote(&o, &en);
    let rows = sheet(&en, b',');
    assert_eq!(
        rows[0],
        [
            "id",
            "exhibitor",
            "province",
            "family",
            "stand",
            "zone",
            "prime stand",
            "agenda"
        ]
    );
    assert_eq!(rows.len(), 61);
    assert!(rows.iter().all(|r| r.len() == 8));
    assert!(rows[1..].iter().any(|r| r[5] == "Entrance"));
    assert!(rows[1..].iter().all(|r| r[6] == "yes" || r[6] == "no"));
    assert!(rows[1..].iter().any(|r| r[7].contains(" November ")));

    // A stop file that asks for Arabic documents gets an Arabic sheet, `;` separated, unless
    // the command asks for another language.
    let mut stop = taroudant();
    stop["stop"]["language"] = Value::from("ar");
    let arabic_stop = dir.join("arabic.problem.json");
    std::fs::write(&arabic_stop, stop.to_string()).unwrap();
    let ar = dir.join("ar.csv");
    let o = caravane(&[
        "export",
        SOLUTION,
        "--problem",
        arabic_stop.to_str().unwrap(),
        "--csv",
        ar.to_str().unwrap(),
    ]);
    assert_wrote(&o, &ar);
    let rows = sheet(&ar, b';');
    assert_eq!(rows[0][0], "المعرف");
    assert_eq!(rows[0][4], "الرواق");
    assert!(rows[1..].iter().any(|r| r[5] == "المدخل"));
    let forced = dir.join("forced.csv");
    let o = caravane(&[
        "--lang",
        "fr",
        "export",
        SOLUTION,
        "--problem",
        arabic_stop.to_str().unwrap(),
        "--csv",
        forced.to_str().unwrap(),
    ]);
    assert_wrote(&o, &forced);
    assert_eq!(sheet(&forced, b';')[0][0], "identifiant");
}

#[test]
fn the_plan_is_drawn_in_the_language_of_the_document() {
    let dir = scratch("plan-languages");
    let fr = dir.join("fr.svg");
    let o = caravane(&["plan", SOLUTION, "--svg", fr.to_str().unwrap()]);
    assert_wrote(&o, &fr);
    let svg = std::fs::read_to_string(&fr).unwrap();
    assert!(svg.contains("xml:lang=\"fr\"") && svg.contains("Familles de produits"));
    assert!(svg.contains("du 7 au 12 novembre 2025"));
    // The stop file's language, then --lang above it.
    let mut stop = taroudant();
    stop["stop"]["language"] = Value::from("ar");
    let arabic_stop = dir.join("arabic.problem.json");
    std::fs::write(&arabic_stop, stop.to_string()).unwrap();
    let ar = dir.join("ar.svg");
    let p = arabic_stop.to_str().unwrap();
    let o = caravane(&[
        "plan",
        SOLUTION,
        "--problem",
        p,
        "--svg",
        ar.to_str().unwrap(),
    ]);
    assert_wrote(&o, &ar);
    let svg = std::fs::read_to_string(&ar).unwrap();
    assert!(svg.contains("xml:lang=\"ar\"") && svg.contains("عائلات المنتجات"));
    // Its Arabic sentences are set right to left (held in right-to-left runs).
    assert!(svg.contains("\u{2067}عائلات المنتجات\u{2069}"));
    let en = dir.join("en.svg");
    let o = caravane(&[
        "--lang",
        "en",
        "plan",
        SOLUTION,
        "--problem",
        p,
        "--svg",
        en.to_str().unwrap(),
    ]);
    assert_wrote(&o, &en);
    let svg = std::fs::read_to_string(&en).unwrap();
    assert!(svg.contains("xml:lang=\"en\"") && svg.contains("Product families"));
}

#[test]
fn a_spreadsheet_goes_round_import_solve_export() {
    let dir = scratch("round-trip");
    let stop = dir.join("taroudant-import.problem.json");
    let o = caravane(&[
        "import",
        "instances/taroudant-2025.exhibitors.csv",
        "--venue",
        "instances/taroudant-2025.problem.json",
        "-o",
        stop.to_str().unwrap(),
    ]);
    assert_wrote(&o, &stop);
    assert!(
        stderr(&o).contains("60 exposantes et exposants lus"),
        "{}",
        stderr(&o)
    );
    let o = caravane(&["solve", stop.to_str().unwrap(), "-q"]);
    let solution = dir.join("taroudant-import.solution.json");
    assert_wrote(&o, &solution);
    let csv = dir.join("assignments.csv");
    let o = caravane(&[
        "export",
        solution.to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
    ]);
    assert_wrote(&o, &csv);
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a BOM for Excel");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut lines = text.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("identifiant;exposant;province;famille;stand"));
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(';').collect()).collect();
    assert_eq!(rows.len(), 60);
    let source = taroudant();
    for e in source["exhibitors"].as_array().unwrap() {
        let row = rows
            .iter()
            .find(|r| r[0] == e["id"].as_str().unwrap())
            .expect("every exhibitor is listed");
        assert!(!row[4].is_empty(), "{} has a stand", row[0]);
    }
    // The plan and the report, with the stop file found beside the solution.
    let svg = dir.join("plan.svg");
    let html = dir.join("report.html");
    let o = caravane(&[
        "plan",
        solution.to_str().unwrap(),
        "--svg",
        svg.to_str().unwrap(),
    ]);
    assert_wrote(&o, &svg);
    let o = caravane(&[
        "report",
        solution.to_str().unwrap(),
        "--html",
        html.to_str().unwrap(),
    ]);
    assert_wrote(&o, &html);
    assert!(std::fs::read_to_string(&html).unwrap().contains("<svg"));
}

#[test]
fn a_bad_spreadsheet_exits_2_naming_the_line_and_writes_nothing() {
    let dir = scratch("bad-csv");
    let csv = dir.join("bad.csv");
    std::fs::write(
        &csv,
        "nom;province;famille\nCoopérative Une;Taroudant;Safran\nCoopérative Deux;Rabat;Safran\n",
    )
    .unwrap();
    let out = dir.join("stop.problem.json");
    let o = caravane(&[
        "import",
        csv.to_str().unwrap(),
        "--venue",
        "instances/taroudant-2025.problem.json",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let said = format!("{}: erreur [", csv.display());
    assert!(stderr(&o).contains(&said), "{}", stderr(&o));
    assert!(stderr(&o).contains("ligne 3"), "{}", stderr(&o));
    assert!(stderr(&o).contains("Rabat"));
    assert!(!out.exists());
}

#[test]
fn recommend_and_replan_for_a_late_arrival_and_check_lists_the_moves() {
    let dir = scratch("late");
    let mut v = taroudant();
    v["exhibitors"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": "coop-late", "name": "Coopérative Tardive", "province": "tata", "family": "dates"
        }));
    let problem = dir.join("taroudant-late.problem.json");
    std::fs::write(&problem, v.to_string()).unwrap();
    let p = problem.to_str().unwrap();
    let from = "instances/taroudant-2025.solution.json";
    let o = caravane(&[
        "recommend",
        p,
        "--from",
        from,
        "--exhibitor",
        "coop-late",
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let list: Value = serde_json::from_slice(&o.stdout).unwrap();
    let first = list[0]["stand"].as_str().unwrap().to_string();
    assert_eq!(list.as_array().unwrap().len(), 3);
    let out = dir.join("late.solution.json");
    let o = caravane(&[
        "replan",
        p,
        "--from",
        from,
        "--max-moves",
        "0",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_wrote(&o, &out);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("0 déplacement choisi") && text.contains(&first),
        "{text}"
    );
    let o = caravane(&["check", p, out.to_str().unwrap(), "--against", from]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("1 exposant a un autre stand que dans l’ancienne solution\u{a0}:"),
        "{text}"
    );
    assert!(
        text.contains("coop-late") && text.contains("(absent)"),
        "{text}"
    );
    let o = caravane(&[
        "check",
        "--lang",
        "en",
        p,
        out.to_str().unwrap(),
        "--against",
        from,
    ]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("1 exhibitor has another stand than in the older solution:")
            && text.contains("(not there)"),
        "{text}"
    );
    // An unknown newcomer is refused.
    let o = caravane(&["recommend", p, "--from", from, "--exhibitor", "nobody"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nobody"));
}

#[test]
fn every_command_answers_help_with_exit_0() {
    // French by default, English and Arabic when asked: the headings and every command.
    for (lang, commands, usage) in [
        ("fr", "Commandes\u{a0}:", "Utilisation\u{a0}: caravane"),
        ("en", "Commands:", "Usage: caravane"),
        ("ar", "الأوامر:", "الاستعمال: caravane"),
    ] {
        let top = if lang == "fr" {
            caravane(&["--help"])
        } else {
            caravane(&["--help", "--lang", lang])
        };
        assert_eq!(top.status.code(), Some(0));
        let listed: Vec<String> = stdout(&top)
            .lines()
            .skip_while(|l| !l.starts_with(commands))
            .skip(1)
            .take_while(|l| l.starts_with("  "))
            .filter_map(|l| l.split_whitespace().next().map(str::to_string))
            .filter(|c| c != "help")
            .collect();
        assert_eq!(listed, COMMANDS, "{lang}: {}", stdout(&top));
        for command in COMMANDS {
            let o = caravane(&[command, "--help", "--lang", lang]);
            assert_eq!(o.status.code(), Some(0), "{command}: {}", stderr(&o));
            let usage = format!("{usage} {command} ");
            assert!(stdout(&o).contains(&usage), "{command}: {}", stdout(&o));
        }
    }
}

#[test]
fn help_says_what_each_command_does_in_the_language_asked() {
    let fr = stdout(&caravane(&["--help"]));
    assert!(
        fr.contains("Planifie une étape, les stands puis les rencontres")
            && fr.contains("La langue de Caravane")
            && fr.contains("Affiche l’aide"),
        "{fr}"
    );
    let en = stdout(&caravane(&["--lang", "en", "solve", "--help"]));
    assert!(
        en.starts_with("Plan the stands of a stop")
            && en.contains("Output file (default: NAME.solution.json beside the problem)"),
        "{en}"
    );
    let ar = Command::new(env!("CARGO_BIN_EXE_caravane"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("CARAVANE_LANG", "ar")
        .args(["solve", "--help"])
        .output()
        .unwrap();
    assert!(
        stdout(&ar).starts_with("يخطط أروقة محطة"),
        "{}",
        stdout(&ar)
    );
}

#[test]
fn every_writing_command_says_wrote_on_standard_error() {
    let dir = scratch("writing");
    let stop = dir.join("g.problem.json");
    let o = caravane(&["generate", "-n", "12", "-o", stop.to_str().unwrap()]);
    assert_wrote(&o, &stop);
    // The solution goes beside the stop file by default.
    let o = caravane(&["solve", stop.to_str().unwrap(), "-q"]);
    let solution = dir.join("g.solution.json");
    assert_wrote(&o, &solution);
    assert!(stdout(&o).contains("g\u{a0}: optimal"), "{}", stdout(&o));
    let s = solution.to_str().unwrap();
    for (command, option, file) in [
        ("plan", "--svg", "g.svg"),
        ("report", "--html", "g.html"),
        ("export", "--csv", "g.csv"),
    ] {
        let out = dir.join(file);
        let o = caravane(&[command, s, option, out.to_str().unwrap()]);
        assert_wrote(&o, &out);
    }
    let imported = dir.join("imported.problem.json");
    let o = caravane(&[
        "import",
        "instances/taroudant-2025.exhibitors.csv",
        "--venue",
        "instances/taroudant-2025.problem.json",
        "-o",
        imported.to_str().unwrap(),
    ]);
    assert_wrote(&o, &imported);
    // With --json too, standard output holds only the JSON.
    let replanned = dir.join("replanned.solution.json");
    let o = caravane(&[
        "replan",
        "instances/taroudant-2025.problem.json",
        "--from",
        "instances/taroudant-2025.solution.json",
        "--json",
        "-o",
        replanned.to_str().unwrap(),
    ]);
    assert_wrote(&o, &replanned);
    let moves: Value = serde_json::from_slice(&o.stdout).expect("--json gives JSON");
    assert_eq!(moves["chosen_moves"], 0);
    assert_eq!(moves["solution"], replanned.to_str().unwrap());
}

/// A copy of Taroudant whose eighth exhibitor comes from a province the stop does not have.
fn broken_stop(dir: &Path) -> PathBuf {
    let mut v = taroudant();
    v["exhibitors"][7]["province"] = Value::from("marrakech");
    let file = dir.join("broken.problem.json");
    std::fs::write(&file, v.to_string()).unwrap();
    file
}

/// A copy of the shipped Taroudant solution with a misspelt field in its third assignment.
fn broken_solution(dir: &Path) -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SOLUTION);
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v["assignments"][2]["stnad"] = Value::from("A1");
    let file = dir.join("broken.solution.json");
    std::fs::write(&file, v.to_string()).unwrap();
    file
}

const STOP: &str = "instances/taroudant-2025.problem.json";
const SOLUTION: &str = "instances/taroudant-2025.solution.json";
const SHEET: &str = "instances/taroudant-2025.exhibitors.csv";

#[test]
fn an_invalid_input_file_exits_2_naming_the_file_and_the_json_path_and_writes_nothing() {
    let dir = scratch("invalid-input");
    let stop = broken_stop(&dir);
    let solution = broken_solution(&dir);
    let (bp, bs) = (stop.to_str().unwrap(), solution.to_str().unwrap());
    let out = dir.join("out");
    let o = out.to_str().unwrap();
    let broken_stops: Vec<Vec<&str>> = vec![
        vec!["solve", bp, "-o", o],
        vec!["info", bp],
        vec!["check", bp, SOLUTION],
        vec!["timetable", bp, SOLUTION],
        vec!["replan", bp, "--from", SOLUTION, "-o", o],
        vec!["recommend", bp, "--from", SOLUTION, "--exhibitor", "x"],
        vec!["import", SHEET, "--venue", bp, "-o", o],
        vec!["import", SHEET, "--venue", STOP, "--sessions", bp, "-o", o],
        vec!["plan", SOLUTION, "--svg", o, "--problem", bp],
        vec!["report", SOLUTION, "--html", o, "--problem", bp],
        vec!["export", SOLUTION, "--csv", o, "--problem", bp],
        vec!["validate", bp],
    ];
    let broken_solutions: Vec<Vec<&str>> = vec![
        vec!["check", STOP, bs],
        vec!["check", STOP, SOLUTION, "--against", bs],
        vec!["timetable", STOP, bs],
        vec!["plan", bs, "--svg", o],
        vec!["report", bs, "--html", o],
        vec!["export", bs, "--csv", o],
        vec!["replan", STOP, "--from", bs, "-o", o],
        vec!["recommend", STOP, "--from", bs, "--exhibitor", "x"],
        vec!["solve", STOP, "--only", "sessions", "--layout", bs, "-o", o],
    ];
    let cases = broken_stops
        .iter()
        .map(|args| (args, bp, "$.exhibitors[7].province"))
        .chain(
            broken_solutions
                .iter()
                .map(|args| (args, bs, "$.assignments[2].stnad")),
        );
    for (args, file, path) in cases {
        let run = caravane(args);
        assert_eq!(run.status.code(), Some(2), "{args:?}: {}", stderr(&run));
        let said = format!("{file}: erreur [");
        assert!(
            stderr(&run).contains(&said) && stderr(&run).contains(path),
            "{args:?}: {}",
            stderr(&run)
        );
        assert!(!out.exists(), "{args:?} wrote {o}");
    }
}

#[test]
fn with_json_the_problems_of_an_input_file_are_json_on_standard_output() {
    let dir = scratch("invalid-json");
    let stop = broken_stop(&dir);
    let solution = broken_solution(&dir);
    let (bp, bs) = (stop.to_str().unwrap(), solution.to_str().unwrap());
    let cases: [(Vec<&str>, &str, &str); 7] = [
        (vec!["validate", bp], bp, "$.exhibitors[7].province"),
        (vec!["info", bp], bp, "$.exhibitors[7].province"),
        (vec!["check", bp, SOLUTION], bp, "$.exhibitors[7].province"),
        (vec!["check", STOP, bs], bs, "$.assignments[2].stnad"),
        (
            vec!["replan", STOP, "--from", bs],
            bs,
            "$.assignments[2].stnad",
        ),
        (
            vec!["recommend", bp, "--from", SOLUTION, "--exhibitor", "x"],
            bp,
            "$.exhibitors[7].province",
        ),
        (
            vec!["recommend", STOP, "--from", bs, "--exhibitor", "x"],
            bs,
            "$.assignments[2].stnad",
        ),
    ];
    for (mut args, file, path) in cases {
        args.push("--json");
        let run = caravane(&args);
        assert_eq!(run.status.code(), Some(2), "{args:?}: {}", stderr(&run));
        let reports: Value = serde_json::from_slice(&run.stdout).expect("--json gives JSON");
        assert_eq!(reports[0]["file"], file, "{args:?}");
        let paths: Vec<&str> = reports[0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["path"].as_str().unwrap())
            .collect();
        assert!(paths.contains(&path), "{args:?}: {paths:?}");
    }
}

#[test]
fn a_solution_without_a_layout_is_no_plan_to_start_from() {
    let dir = scratch("no-layout");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SOLUTION);
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v["status"] = Value::from("infeasible");
    v["assignments"] = serde_json::json!([]);
    v["objective"] = Value::Null;
    let empty = dir.join("empty.solution.json");
    std::fs::write(&empty, v.to_string()).unwrap();
    let e = empty.to_str().unwrap();
    for args in [
        vec!["replan", STOP, "--from", e],
        vec!["recommend", STOP, "--from", e, "--exhibitor", "x"],
    ] {
        let run = caravane(&args);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&run).contains(e) && stderr(&run).contains("$.assignments"),
            "{}",
            stderr(&run)
        );
    }
}

#[test]
fn check_json_is_the_verdict_with_the_moves_since_an_older_solution() {
    let run = caravane(&["check", STOP, SOLUTION, "--json"]);
    assert_eq!(run.status.code(), Some(0), "{}", stdout(&run));
    let verdict: Value = serde_json::from_slice(&run.stdout).expect("--json gives JSON");
    assert_eq!(verdict["status"], "optimal");
    assert_eq!(verdict["violations"], serde_json::json!([]));
    assert!(verdict["terms"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| t["agrees"] == true));
    assert!(verdict.get("moves").is_none());
    let run = caravane(&["check", STOP, SOLUTION, "--json", "--against", SOLUTION]);
    let verdict: Value = serde_json::from_slice(&run.stdout).expect("--json gives JSON");
    assert_eq!(verdict["moves"], serde_json::json!([]));
}

#[test]
fn a_missing_spreadsheet_is_an_input_error_naming_the_file() {
    let dir = scratch("no-sheet");
    let out = dir.join("stop.problem.json");
    let sheet = dir.join("nowhere.csv");
    let run = caravane(&[
        "import",
        sheet.to_str().unwrap(),
        "--venue",
        STOP,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    let said = format!("{}: erreur [io]", sheet.display());
    assert!(stderr(&run).contains(&said), "{}", stderr(&run));
    assert!(!out.exists());
}

/// The command with `env` set (and no other language variable).
fn caravane_in(env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_caravane"));
    for k in ["CARAVANE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(k);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    c.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

/// `solve` on Tata in a language chosen by `env` and `extra` options: its standard output and
/// standard error.
fn solve_tata_in(test: &str, env: &[(&str, &str)], extra: &[&str]) -> (String, String) {
    let dir = scratch(test);
    let out = dir.join("t.solution.json");
    let mut args = vec![
        "solve",
        "instances/tata-2025.problem.json",
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let o = caravane_in(env, &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let solution: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(solution["status"], "optimal", "the file keeps its codes");
    (stdout(&o), stderr(&o))
}

#[test]
fn solve_speaks_french_by_default() {
    let (out, err) = solve_tata_in("speaks-fr", &[], &[]);
    assert!(out.starts_with("tata-2025\u{a0}: optimal\n"), "{out}");
    for said in [
        "  objectif ",
        "borne prouvée ",
        "écart 0\u{a0}%",
        "Voisins en conflit",
        "Stands privilégiés vides",
        "paires de voisins en conflit restantes\u{a0}: ",
        "exposantes et exposants par zone et par province (cible entre parenthèses)\u{a0}:",
    ] {
        assert!(out.contains(said), "no {said:?} in:\n{out}");
    }
    // Decimal commas, never points, in the figures of the summary.
    assert!(out.contains(','), "{out}");
    assert!(!out.lines().skip(1).any(|l| l
        .split_whitespace()
        .any(|w| w.contains('.') && w.chars().all(|c| c.is_ascii_digit() || c == '.'))));
    assert!(
        err.contains("écrit\u{a0}: ") && err.contains("phase appariement"),
        "{err}"
    );
    assert!(err.contains("chacun peut être placé"), "{err}");
    assert!(!err.contains("wrote") && !err.contains("stage "), "{err}");
}

#[test]
fn solve_speaks_english_with_lang_en() {
    let (out, err) = solve_tata_in("speaks-en", &[], &["--lang", "en"]);
    assert!(out.starts_with("tata-2025: optimal\n"), "{out}");
    assert!(
        out.contains("clashing neighbour pairs left: ")
            && out.contains("exhibitors per zone and province (target in brackets):")
            && out.contains("Zone balance"),
        "{out}"
    );
    assert!(
        err.contains("wrote ")
            && err.contains("stage matching")
            && err.contains("everyone can be placed"),
        "{err}"
    );
}

#[test]
fn solve_speaks_arabic_with_lang_ar_with_caravane_lang_and_with_the_locale() {
    for (test, env, extra) in [
        ("speaks-ar-flag", vec![], vec!["--lang", "ar"]),
        ("speaks-ar-env", vec![("CARAVANE_LANG", "ar")], vec![]),
        ("speaks-ar-locale", vec![("LANG", "ar_MA.UTF-8")], vec![]),
    ] {
        let (out, err) = solve_tata_in(test, &env, &extra);
        assert!(out.contains("أمثل"), "{test}: {out}");
        assert!(
            out.contains("أزواج الجيران المتعارضين المتبقية")
                && out.contains("العارضون حسب المنطقة والإقليم"),
            "{test}: {out}"
        );
        assert!(
            err.contains("كُتب: ") && err.contains("مرحلة"),
            "{test}: {err}"
        );
        assert!(
            !out.contains("optimal") && !out.contains("total"),
            "{test}: {out}"
        );
    }
}

#[test]
fn lang_wins_over_caravane_lang_and_caravane_lang_over_the_locale() {
    let (out, _) = solve_tata_in("lang-wins", &[("CARAVANE_LANG", "ar")], &["--lang", "en"]);
    assert!(out.starts_with("tata-2025: optimal\n"), "{out}");
    let (out, _) = solve_tata_in("lang-wins-eq", &[("CARAVANE_LANG", "ar")], &["--lang=fr"]);
    assert!(out.starts_with("tata-2025\u{a0}: optimal\n"), "{out}");
    let (out, _) = solve_tata_in(
        "env-wins",
        &[("CARAVANE_LANG", "en"), ("LANG", "ar_MA.UTF-8")],
        &[],
    );
    assert!(out.starts_with("tata-2025: optimal\n"), "{out}");
    // A locale Caravane does not speak leaves French.
    let (out, _) = solve_tata_in("de-locale", &[("LANG", "de_DE.UTF-8")], &[]);
    assert!(out.starts_with("tata-2025\u{a0}: optimal\n"), "{out}");
}

#[test]
fn a_reader_that_stops_reading_ends_the_command_quietly() {
    // More than a pipe holds, so the command is still writing when its reader goes.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_caravane"))
        .args(["generate", "-n", "1000"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(141), "{stderr}");
}

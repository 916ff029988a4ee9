//! Inputs no planner means to give, as a careless save, a copy from the web or a fuzzer gives
//! them: every one is answered at once, clearly, and leaves every file as it was.

use caravane::format::Problem;
use caravane::i18n::{scoped, Lang};
use caravane::sheets::import::{decode, import_exhibitors};
use caravane::stop::diagnostic::Code;
use caravane::stop::load::{parse_tour, read_problem, write_atomic, write_json_atomic};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn scratch(test: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("caravane-robustness-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn caravane(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_caravane"))
        .env_remove("CARAVANE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .current_dir(root())
        .output()
        .expect("the binary runs")
}

fn venue() -> Problem {
    read_problem(&root().join("instances/taroudant-2025.problem.json")).unwrap()
}

/// The sample sheet's rows repeated to `rows` rows, with unique ids; `bend` may change the
/// cells of row `k` (counted from 0).
fn long_sheet(rows: usize, bend: impl Fn(usize, &mut Vec<String>)) -> String {
    let bytes = std::fs::read(root().join("instances/taroudant-2025.exhibitors.csv")).unwrap();
    let (text, _) = decode(&bytes);
    let mut lines = text.lines();
    let mut out = vec![lines.next().unwrap().to_string()];
    let sample: Vec<&str> = lines.collect();
    for k in 0..rows {
        let mut cells: Vec<String> = sample[k % sample.len()]
            .split(';')
            .map(str::to_string)
            .collect();
        cells[0] = format!("exposant-{k}");
        bend(k, &mut cells);
        out.push(cells.join(";"));
    }
    out.join("\n") + "\n"
}

/// Asserts that `f` answers in well under the time a planner would wait.
fn quickly<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let result = f();
    let took = start.elapsed();
    assert!(
        took < Duration::from_secs(5),
        "{what} took {took:?}; it should take a fraction of a second"
    );
    result
}

#[test]
fn a_quote_left_open_in_the_sessions_column_is_refused_at_once() {
    // Row 4 (line 5) opens a quote in "ateliers" and never closes it: the 3,000 rows after it
    // would be one cell.
    let sheet = long_sheet(3000, |k, cells| {
        if k == 3 {
            cells[9] = "\"financing, labels".into();
        }
    });
    // The sheet's problems are the import's words: read in English, whatever French they take.
    let venue = venue();
    let problems = quickly("importing a sheet with a quote left open", || {
        scoped(Lang::En, || import_exhibitors(sheet.as_bytes(), &venue))
    })
    .unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let d = &problems[0];
    assert_eq!(d.line, Some(5));
    assert!(d.path.contains("ateliers"), "{}", d.path);
    assert!(d.cause.contains("never closed"), "{}", d.cause);
    assert!(d.action.contains("close the quote"), "{}", d.action);
}

#[test]
fn a_sessions_cell_of_thousands_of_pieces_is_read_in_linear_time() {
    // A quoted cell, closed, that lists 20,000 sessions the programme does not have.
    let sheet = long_sheet(1, |_, cells| {
        let pieces: Vec<String> = (0..20_000).map(|k| format!("atelier {k}")).collect();
        cells[9] = format!("\"{}\"", pieces.join(", "));
    });
    let problems = quickly("importing a sessions cell of 20,000 pieces", || {
        import_exhibitors(sheet.as_bytes(), &venue())
    })
    .unwrap_err();
    assert_eq!(problems.len(), 20_000);
    assert!(problems.iter().all(|d| d.code == Code::UnknownReference));
    // Long titles with commas are still found among them.
    let sheet = long_sheet(1, |_, cells| {
        cells[9] = "\"networking, Accéder aux marchés d'export : normes, emballage et groupements, financing\"".into();
    });
    let stop = import_exhibitors(sheet.as_bytes(), &venue())
        .unwrap()
        .problem;
    assert_eq!(
        stop.exhibitors[0].sessions,
        vec!["networking", "export", "financing"]
    );
}

#[test]
fn a_symbolic_link_is_written_through_and_stays_a_link() {
    let dir = scratch("link");
    let target = dir.join("target.json");
    let link = dir.join("link.json");
    std::fs::write(&target, "old").unwrap();
    std::os::unix::fs::symlink("target.json", &link).unwrap();
    write_atomic(&link, b"new").unwrap();
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read_link(&link).unwrap(), Path::new("target.json"));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
    // A link to a file not yet written makes it.
    let fresh = dir.join("fresh.json");
    std::os::unix::fs::symlink(dir.join("made.json"), &fresh).unwrap();
    write_json_atomic(&fresh, &json!({ "made": true })).unwrap();
    assert!(std::fs::symlink_metadata(&fresh)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(dir.join("made.json"))
        .unwrap()
        .contains("made"));
    // Nothing else is left beside them.
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["fresh.json", "link.json", "made.json", "target.json"]
    );
}

#[test]
fn a_replaced_file_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("permissions");
    let file = dir.join("private.json");
    std::fs::write(&file, "old").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    write_atomic(&file, b"new").unwrap();
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

/// A named pipe, as `mkfifo` makes it.
fn fifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success());
}

#[test]
fn what_is_not_a_regular_file_is_refused_and_left_as_it_is() {
    use std::os::unix::fs::FileTypeExt;
    let dir = scratch("not-a-file");
    let pipe = dir.join("pipe.json");
    fifo(&pipe);
    let folder = dir.join("folder.json");
    std::fs::create_dir(&folder).unwrap();
    let to_pipe = dir.join("to-pipe.json");
    std::os::unix::fs::symlink(&pipe, &to_pipe).unwrap();
    for (path, what) in [
        (&pipe, "est un tube nommé"),
        (&folder, "est un dossier"),
        (&to_pipe, "est un tube nommé"),
    ] {
        let e = write_atomic(path, b"{}").unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::InvalidInput);
        assert!(e.to_string().contains(what), "{e}");
        assert!(e.to_string().contains("pas un fichier ordinaire"), "{e}");
        let e = scoped(Lang::En, || write_atomic(path, b"{}").unwrap_err());
        assert!(e.to_string().contains("not a regular file"), "{e}");
    }
    assert!(std::fs::metadata(&pipe).unwrap().file_type().is_fifo());
    assert!(std::fs::metadata(&folder).unwrap().is_dir());
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        3,
        "no temporary file left"
    );
}

#[test]
fn a_command_told_to_write_onto_a_pipe_says_so_and_does_not_say_wrote() {
    use std::os::unix::fs::FileTypeExt;
    let dir = scratch("command-pipe");
    let pipe = dir.join("stop.json");
    fifo(&pipe);
    let o = caravane(&["generate", "-n", "5", "-o", pipe.to_str().unwrap()]);
    let said = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{said}");
    assert!(said.contains("pas un fichier ordinaire"), "{said}");
    // In English, where the word the command says after writing is known.
    let o = caravane(&[
        "generate",
        "-n",
        "5",
        "-o",
        pipe.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    let said = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{said}");
    assert!(said.contains("not a regular file"), "{said}");
    assert!(!said.contains("wrote"), "{said}");
    assert!(std::fs::metadata(&pipe).unwrap().file_type().is_fifo());
}

#[test]
fn validate_given_a_solution_says_it_is_one_and_points_to_check() {
    let o = caravane(&["validate", "instances/taroudant-2025.solution.json"]);
    let said = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{said}");
    assert!(said.contains(": 1 problème\n"), "{said}");
    assert!(said.contains("erreur [wrong-format] en $.format"), "{said}");
    assert!(said.contains("c’est un fichier de solution"), "{said}");
    assert!(said.contains("caravane check PROBLEM SOLUTION"), "{said}");
    let o = caravane(&[
        "validate",
        "instances/taroudant-2025.solution.json",
        "--lang",
        "en",
    ]);
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(said.contains(": 1 problem\n"), "{said}");
    assert!(said.contains("error[wrong-format] at $.format"), "{said}");
    assert!(said.contains("this is a solution file"), "{said}");
}

#[test]
fn validate_reads_a_tour_by_its_format_whatever_its_name() {
    let dir = scratch("tour-named-otherwise");
    let renamed = dir.join("souss-massa.json");
    std::fs::copy(
        root().join("instances/souss-massa-2025.tour.json"),
        &renamed,
    )
    .unwrap();
    let o = caravane(&["validate", renamed.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("3 itinéraires"));
}

fn tour() -> Value {
    let text =
        std::fs::read_to_string(root().join("instances/souss-massa-2025.tour.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn tour_problems(v: &Value) -> Vec<caravane::stop::diagnostic::Diagnostic> {
    parse_tour(&serde_json::to_string_pretty(v).unwrap()).expect_err("the tour should be refused")
}

#[test]
fn a_tour_exhibitor_needing_what_no_stand_offers_is_refused_like_in_a_stop() {
    let mut v = tour();
    v["exhibitors"][0]["needs"] = json!(["hammam"]);
    let all = tour_problems(&v);
    let d = all
        .iter()
        .find(|d| d.code == Code::UnmetNeeds && d.path == "$.exhibitors[0].needs")
        .unwrap_or_else(|| panic!("{all:#?}"));
    assert!(
        d.cause.contains("a besoin de «\u{a0}hammam\u{a0}»"),
        "{}",
        d.cause
    );
    // An offer at one venue of the tour is enough: the other stops turn the exhibitor away.
    v["venues"][1]["stands"][0]["tags"] = json!(["hammam"]);
    parse_tour(&serde_json::to_string_pretty(&v).unwrap()).expect("one venue offers it");
}

#[test]
fn a_tour_stop_naming_an_exhibitor_its_venue_cannot_host_is_refused_there() {
    let mut v = tour();
    let id = v["exhibitors"][0]["id"].clone();
    v["exhibitors"][0]["needs"] = json!(["hammam"]);
    v["venues"][1]["stands"][0]["tags"] = json!(["hammam"]);
    let first_venue = v["itineraries"][0]["stops"][0]["venue"].clone();
    assert_ne!(first_venue, v["venues"][1]["id"]);
    v["itineraries"][0]["stops"][0]["participants"] = json!({ "exhibitors": [id] });
    let all = tour_problems(&v);
    assert!(
        all.iter().any(|d| d.code == Code::UnmetNeeds
            && d.path == "$.itineraries[0].stops[0].participants.exhibitors[0]"),
        "{all:#?}"
    );
}

#[test]
fn tour_weights_roads_and_ids_are_held_to_the_stop_rules() {
    let mut v = tour();
    v["compare"] = json!({ "layout": 1e300, "tour_km": 1 });
    v["rules"] = json!({ "weights": { "clash": 1e300 } });
    v["roads"][0]["km"] = json!(1e308);
    v["towns"][0]["id"] = json!(format!("{}\u{200B}", v["towns"][0]["id"].as_str().unwrap()));
    let all = tour_problems(&v);
    let at: Vec<(Code, &str)> = all.iter().map(|d| (d.code, d.path.as_str())).collect();
    for expected in [
        (Code::BadNumber, "$.compare.layout"),
        (Code::BadNumber, "$.rules.weights.clash"),
        (Code::BadNumber, "$.roads[0].km"),
        (Code::ConfusableId, "$.towns[0].id"),
    ] {
        assert!(at.contains(&expected), "{expected:?} missing from {at:?}");
    }
}

#[test]
fn a_tour_with_a_key_written_twice_is_refused() {
    let text = serde_json::to_string_pretty(&tour()).unwrap().replacen(
        "\"tour\": {",
        "\"tour\": { \"name\": \"Autre\",",
        1,
    );
    let all = parse_tour(&text).unwrap_err();
    assert!(
        all.iter()
            .any(|d| d.code == Code::DuplicateKey && d.path == "$.tour.name"),
        "{all:#?}"
    );
}

//! A venue without JSON written by hand: the stands sheet the town's technical service keeps,
//! or a few numbers for the rows of a square, made into a stop file that `validate` accepts.

use caravane::format::EdgeKind;
use caravane::format::{Front, LandmarkKind, Problem, StopInfo};
use caravane::sheets::venue::import_venue;
use caravane::stop::grid::{self, Facing, Grid};
use caravane::stop::load::read_problem;
use caravane::stop::region;
use caravane::stop::venue::Venue;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn taroudant() -> Problem {
    read_problem(&root().join("instances/taroudant-2025.problem.json")).unwrap()
}

fn stands_sheet() -> Vec<u8> {
    std::fs::read(root().join("instances/taroudant-2025.stands.csv")).unwrap()
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

fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("caravane-venue-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn info() -> StopInfo {
    taroudant().stop
}

#[test]
fn the_regions_lists_are_those_of_the_shipped_stops() {
    let t = taroudant();
    assert_eq!(region::provinces(), t.provinces);
    assert_eq!(region::families(), t.families);
    assert_eq!(Some(region::rules()), t.rules);
}

#[test]
fn the_taroudant_sheet_gives_the_stands_of_the_taroudant_stop() {
    let bytes = stands_sheet();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a BOM, as Excel writes"
    );
    let venue = import_venue(&bytes, info(), 5.0, None)
        .expect("the shipped sheet reads")
        .problem;
    let t = taroudant();
    assert_eq!(venue.stands, t.stands);
    assert_eq!(
        venue.adjacency, t.adjacency,
        "aisle of 5 m and A07–A08 by hand"
    );
    assert!(venue.exhibitors.is_empty());
    let names: Vec<(&str, &str)> = venue
        .zones
        .iter()
        .map(|z| (z.id.as_str(), z.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("back", "Fond"),
            ("centre", "Centre"),
            ("entrance", "Entrée")
        ]
    );
    let marks: Vec<(LandmarkKind, &str, [f64; 4])> = venue
        .landmarks
        .iter()
        .map(|l| (l.kind, l.name.as_str(), [l.x, l.y, l.width, l.depth]))
        .collect();
    assert_eq!(
        marks,
        [
            (
                LandmarkKind::Entrance,
                "Entrée principale",
                [17.0, 33.0, 9.0, 0.0]
            ),
            (
                LandmarkKind::Street,
                "Avenue Mohammed V",
                [-4.0, 34.0, 51.0, 4.0]
            ),
            (
                LandmarkKind::Street,
                "Rue de la Kasbah",
                [-9.0, -4.0, 4.0, 42.0]
            ),
            (
                LandmarkKind::Landmark,
                "Remparts de la médina",
                [-4.0, -6.0, 51.0, 2.0]
            ),
        ]
    );
    // With the Taroudant exhibitors and programme, the stop is the shipped one in everything
    // the solver reads: it solves to the same optimum.
    let mut full = venue;
    full.exhibitors = t.exhibitors.clone();
    full.rooms = t.rooms.clone();
    full.slots = t.slots.clone();
    full.sessions = t.sessions.clone();
    full.pins = t.pins.clone();
    full.forbidden = t.forbidden.clone();
    full.zones = t.zones.clone();
    full.landmarks = t.landmarks.clone();
    assert_eq!(full, t);
}

#[test]
fn venue_import_writes_a_stop_file_that_validate_accepts() {
    let dir = scratch("import");
    let out = dir.join("taroudant.venue.json");
    let o = caravane(&[
        "venue",
        "import",
        "instances/taroudant-2025.stands.csv",
        "--town",
        "Taroudant",
        "--place",
        "Place du 20 Août",
        "--from",
        "2025-11-07",
        "--to",
        "2025-11-12",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("68 stands, dont 14 stands privilégiés, en 3 zones, 4 repères"),
        "{}",
        stderr(&o)
    );
    let written = read_problem(&out).unwrap();
    assert_eq!(written.stop.town, "Taroudant");
    assert_eq!(written.stop.venue, "Place du 20 Août");
    assert_eq!(
        (written.stop.from.as_str(), written.stop.to.as_str()),
        ("2025-11-07", "2025-11-12")
    );
    let v = caravane(&["validate", out.to_str().unwrap()]);
    assert_eq!(v.status.code(), Some(0), "{}", stderr(&v));
}

#[test]
fn like_takes_the_lists_and_the_programme_of_another_stop() {
    let t = taroudant();
    let venue = import_venue(&stands_sheet(), info(), 5.0, Some(&t))
        .unwrap()
        .problem;
    assert_eq!(venue.rooms, t.rooms);
    assert_eq!(venue.slots, t.slots);
    assert_eq!(venue.sessions, t.sessions);
    assert!(venue.exhibitors.is_empty() && venue.pins.is_empty() && venue.forbidden.is_empty());
}

#[test]
fn commas_windows_1252_and_decimal_commas_are_read() {
    let text =
        "Identifiant,Façade,X (m),Y (m),Largeur (m),Profondeur (m),Zone,Caractéristiques\r\n\
                A01,sud,0,0,\"2,5\",3,entrée,\"électricité, angle\"\r\n\
                A02,Sud,\"2,5\",0,\"2,5\",3,entrée,eau\r\n";
    let (bytes, _, lossy) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!lossy && std::str::from_utf8(&bytes).is_err());
    let stop = import_venue(&bytes, info(), 5.0, None).unwrap().problem;
    assert_eq!(stop.stands[1].x, 2.5);
    assert_eq!(stop.stands[0].width, 2.5);
    assert_eq!(stop.stands[0].front, Some(Front::South));
    assert_eq!(stop.stands[0].zone.as_deref(), Some("entrée"));
    assert_eq!(stop.stands[0].tags, ["electricity", "corner"]);
    assert_eq!(stop.stands[1].tags, ["water"]);
}

/// A sheet with six kinds of mistakes: an unknown front, a width that is not a number, a stand
/// without an id, an id used twice, a slip in a tag, two stands on the same ground.
const MISTAKES: &str = "identifiant;x;y;largeur;profondeur;façade;zone;caractéristiques\n\
                        A01;0;0;3;3;sud;back;électricité\n\
                        A02;3;0;3;3;suf;back;\n\
                        A03;6;0;trois;3;sud;back;\n\
                        ;9;0;3;3;sud;back;\n\
                        A02;12;0;3;3;sud;back;\n\
                        A06;15;0;3;3;sud;back;électricté\n\
                        A07;18;0;3;3;sud;back;\n\
                        A08;19,5;0;3;3;sud;back;\n";

#[test]
fn a_sheet_with_six_kinds_of_mistakes_gets_all_of_them_with_their_lines_and_columns() {
    let dir = scratch("mistakes");
    let sheet = dir.join("stands.csv");
    std::fs::write(&sheet, MISTAKES).unwrap();
    let out = dir.join("venue.json");
    let o = caravane(&[
        "venue",
        "import",
        sheet.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.exists(), "nothing is written");
    let said = stderr(&o);
    for expected in [
        "6 problèmes",
        "[invalid-value] en ligne 3, colonne F «\u{a0}façade\u{a0}»",
        "«\u{a0}suf\u{a0}» n’est pas une façade\u{a0}: vouliez-vous dire «\u{a0}sud\u{a0}»\u{a0}? Valeurs possibles\u{a0}: nord, sud, est, ouest",
        "[bad-number] en ligne 4, colonne D «\u{a0}largeur\u{a0}»",
        "«\u{a0}trois\u{a0}» n’est pas un nombre de mètres pour la largeur",
        "[empty-id] en ligne 5, colonne A «\u{a0}identifiant\u{a0}»",
        "[duplicate-id] en ligne 6, colonne A «\u{a0}identifiant\u{a0}»",
        "déjà celui du stand de la ligne 3",
        "[invalid-value] en ligne 7, colonne H «\u{a0}caractéristiques\u{a0}»",
        "vouliez-vous dire «\u{a0}électricité\u{a0}» (electricity)",
        "[overlapping-stands] en ligne 9",
        "empiète sur le stand «\u{a0}A07\u{a0}» (ligne 8,",
    ] {
        assert!(said.contains(expected), "no «{expected}» in:\n{said}");
    }
}

#[test]
fn the_mistakes_are_told_in_english_when_asked() {
    let problems = caravane::i18n::scoped(caravane::i18n::Lang::En, || {
        caravane::sheets::venue::read_stands(MISTAKES.as_bytes())
    })
    .expect_err("the sheet has mistakes");
    assert_eq!(
        problems.len(),
        5,
        "the overlap is a rule of the stop file, checked after"
    );
    assert_eq!(problems[0].path, "line 3, column F \"façade\"");
    assert_eq!(problems[0].line, Some(3));
    assert!(problems[0]
        .cause
        .starts_with("\"suf\" is not a front: did you mean \"sud\"? Valid values: nord, sud"));
}

#[test]
fn a_failed_import_leaves_the_former_file_as_it_was() {
    let dir = scratch("former");
    let sheet = dir.join("stands.csv");
    std::fs::write(&sheet, MISTAKES).unwrap();
    let out = dir.join("venue.json");
    std::fs::write(&out, "the former venue").unwrap();
    let o = caravane(&[
        "venue",
        "import",
        sheet.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "the former venue");
    let leftovers = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(leftovers, 2, "no temporary file left beside it");
}

#[test]
fn landmarks_are_checked_like_stands() {
    let mut t = taroudant();
    t.landmarks = import_venue(&stands_sheet(), info(), 5.0, None)
        .unwrap()
        .problem
        .landmarks;
    t.landmarks[0].name = " ".into();
    t.landmarks[1].width = -1.0;
    t.landmarks[2].y = 1e6;
    let found = caravane::stop::validate::validate(&t, &Default::default());
    let paths: Vec<&str> = found.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "$.landmarks[0].name",
            "$.landmarks[1].width",
            "$.landmarks[2].y"
        ]
    );
}

/// The six rows of the Taroudant square, from a few numbers.
fn six_rows() -> Grid {
    Grid {
        rows: 6,
        per_row: 12,
        cross_aisles: vec![6],
        prime: vec!["cross-aisle".into()],
        zones: vec![
            "back=A-B".into(),
            "centre=C-D".into(),
            "entrance=E-F".into(),
        ],
        tags: vec!["électricité=E-F".into(), "water=C10-D12".into()],
        entrance: Some(Front::South),
        entrance_name: "Entrée".into(),
        ..Grid::default()
    }
}

#[test]
fn rows_in_pairs_face_across_an_aisle_and_stand_back_to_back_between_pairs() {
    let venue = grid::build(&six_rows()).unwrap();
    assert_eq!(venue.stands.len(), 72);
    let row = |letter: &str| {
        let s = venue
            .stands
            .iter()
            .find(|s| s.id == format!("{letter}01"))
            .unwrap();
        (s.y, s.front.unwrap())
    };
    // As on the Taroudant square: 3 m stands, 4 m aisles.
    assert_eq!(
        ["A", "B", "C", "D", "E", "F"].map(row),
        [
            (0.0, Front::South),
            (7.0, Front::North),
            (10.0, Front::South),
            (17.0, Front::North),
            (20.0, Front::South),
            (27.0, Front::North),
        ]
    );
    let ids = |tag: &str| -> Vec<&str> {
        venue
            .stands
            .iter()
            .filter(|s| s.tags.iter().any(|t| t == tag))
            .map(|s| s.id.as_str())
            .collect()
    };
    assert_eq!(
        ids("corner").len(),
        24,
        "four corners a row: its ends and the cross aisle"
    );
    assert_eq!(
        ids("prime"),
        ["A06", "A07", "B06", "B07", "C06", "C07", "D06", "D07", "E06", "E07", "F06", "F07"]
    );
    assert_eq!(ids("electricity").len(), 24);
    assert_eq!(ids("water"), ["C10", "C11", "C12", "D10", "D11", "D12"]);
    let a07 = venue.stands.iter().find(|s| s.id == "A07").unwrap();
    assert_eq!(a07.x, 22.0, "six stands of 3 m, then an aisle of 4 m");
    for zone in ["back", "centre", "entrance"] {
        let n = venue
            .stands
            .iter()
            .filter(|s| s.zone.as_deref() == Some(zone))
            .count();
        assert_eq!(n, 24, "{zone}");
    }
    // The entrance: in the cross aisle, an aisle's width south of row F.
    let e = &venue.landmarks[0];
    assert_eq!(
        (e.kind, e.x, e.y, e.width),
        (LandmarkKind::Entrance, 18.0, 34.0, 4.0)
    );
    // Facing across the aisles, back to back between the pairs.
    let stop = region::venue_stop(info(), venue, 4.0, None);
    let graph = Venue::build(&stop.stands, Some(4.0), &[]);
    let counts = graph.count_by_kind();
    assert_eq!(counts[&EdgeKind::Facing], 3 * 12);
    assert_eq!(counts[&EdgeKind::Back], 2 * 12);
    assert_eq!(counts[&EdgeKind::Side], 6 * 10);
}

#[test]
fn islands_back_to_back_open_onto_the_aisles_on_both_sides() {
    let venue = grid::build(&Grid {
        rows: 4,
        per_row: 8,
        width: 6.0,
        facing: Facing::BackToBack,
        prime: vec!["ends".into()],
        ..Grid::default()
    })
    .unwrap();
    let rows: Vec<(f64, Front)> = venue
        .stands
        .iter()
        .filter(|s| s.id.ends_with("01"))
        .map(|s| (s.y, s.front.unwrap()))
        .collect();
    assert_eq!(
        rows,
        [
            (0.0, Front::North),
            (3.0, Front::South),
            (10.0, Front::North),
            (13.0, Front::South)
        ]
    );
    let prime = venue
        .stands
        .iter()
        .filter(|s| s.tags.contains(&"prime".to_string()));
    assert_eq!(prime.count(), 8);
}

#[test]
fn the_two_examples_of_the_help_write_valid_stops() {
    let dir = scratch("examples");
    let help = caravane(&["venue", "grid", "--help"]);
    let text = String::from_utf8_lossy(&help.stdout).into_owned();
    assert!(text.contains("Exemples"), "{text}");
    // The command lines of the examples, their continuation lines joined.
    let mut examples: Vec<String> = vec![];
    let mut current: Option<String> = None;
    for line in text.lines().map(str::trim) {
        if let Some(c) = current.as_mut() {
            c.push(' ');
            c.push_str(line.trim_end_matches('\\').trim());
            if !line.ends_with('\\') {
                examples.push(current.take().unwrap());
            }
        } else if line.starts_with("caravane venue grid") {
            let start = line.trim_end_matches('\\').trim().to_string();
            if line.ends_with('\\') {
                current = Some(start);
            } else {
                examples.push(start);
            }
        }
    }
    assert_eq!(examples.len(), 2, "{text}");
    let mut counts = vec![];
    for example in &examples {
        let mut words: Vec<String> = example
            .split_whitespace()
            .skip(1)
            .map(String::from)
            .collect();
        let last = words.len() - 1;
        words[last] = dir.join(&words[last]).to_string_lossy().into_owned();
        let args: Vec<&str> = words.iter().map(String::as_str).collect();
        let o = caravane(&args);
        assert_eq!(o.status.code(), Some(0), "{example}: {}", stderr(&o));
        let v = caravane(&["validate", &words[last]]);
        assert_eq!(v.status.code(), Some(0), "{example}: {}", stderr(&v));
        counts.push(read_problem(Path::new(&words[last])).unwrap().stands.len());
    }
    assert_eq!(counts, [72, 32]);
}

#[test]
fn every_bad_option_of_a_grid_is_told_at_once_and_nothing_is_written() {
    let dir = scratch("grid-options");
    let out = dir.join("venue.json");
    let o = caravane(&[
        "venue",
        "grid",
        "--rows",
        "2",
        "--per-row",
        "12",
        "--tag",
        "électricité=A13",
        "--zone",
        "a=A",
        "--zone",
        "b=A01-B02",
        "--prime",
        "cornres",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.exists());
    let said = stderr(&o);
    for expected in [
        "3 problèmes",
        "en --tag",
        "«\u{a0}A13\u{a0}» ne désigne aucun stand de la grille (de A01 à B12)\u{a0}: vouliez-vous dire «\u{a0}A12\u{a0}»\u{a0}?",
        "le stand A01 serait dans la zone «\u{a0}b\u{a0}» et dans la zone «\u{a0}a\u{a0}»",
        "vouliez-vous dire «\u{a0}corners\u{a0}»",
    ] {
        assert!(said.contains(expected), "no «{expected}» in:\n{said}");
    }
    let o = caravane(&[
        "--lang",
        "ar",
        "venue",
        "grid",
        "--rows",
        "30",
        "--per-row",
        "4",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("تضم الشبكة من 1 إلى 26 صفا"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_venue_with_no_exhibitor_yet_solves_without_a_fault_and_checks() {
    let dir = scratch("empty-solve");
    let venue = dir.join("venue.json");
    let solution = dir.join("venue.solution.json");
    let made = caravane(&[
        "venue",
        "import",
        "instances/taroudant-2025.stands.csv",
        "--from",
        "2025-11-07",
        "--to",
        "2025-11-12",
        "-o",
        venue.to_str().unwrap(),
    ]);
    assert!(made.status.success(), "{}", stderr(&made));
    let solved = caravane(&[
        "solve",
        venue.to_str().unwrap(),
        "-q",
        "-o",
        solution.to_str().unwrap(),
    ]);
    assert!(solved.status.success(), "{}", stderr(&solved));
    assert!(!stderr(&solved).contains("panicked"), "{}", stderr(&solved));
    let checked = caravane(&["check", venue.to_str().unwrap(), solution.to_str().unwrap()]);
    assert!(checked.status.success(), "{}", stderr(&checked));
}

#[test]
fn a_mistake_in_the_shipped_sheet_is_told_at_the_line_excel_shows() {
    // The shipped sheet as Excel writes it: a byte-order mark and CRLF line ends. Stand A03 is
    // on line 4 (the header is line 1).
    let text = String::from_utf8(stands_sheet()).unwrap();
    let bad = text.replacen("A03;stand;;12;0;3;", "A03;stand;;12;0;trois;", 1);
    assert_ne!(
        bad, text,
        "the sheet has stand A03 where this test expects it"
    );
    let dir = scratch("excel-line");
    let sheet = dir.join("stands.csv");
    std::fs::write(&sheet, bad).unwrap();
    let o = caravane(&[
        "venue",
        "import",
        sheet.to_str().unwrap(),
        "-o",
        dir.join("v.json").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("en ligne 4, colonne F"),
        "{}",
        stderr(&o)
    );
}

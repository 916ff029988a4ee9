//! The exhibitor spreadsheet as planners save it: semicolons and a byte-order mark, commas,
//! Windows-1252 from an older Excel, Arabic names; and every bad row reported with its line.

use caravane::i18n::{scoped, Lang};
use caravane::sheets::import::import_exhibitors;
use caravane::stop::load::read_problem;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn venue() -> caravane::format::Problem {
    read_problem(&root().join("instances/taroudant-2025.problem.json")).unwrap()
}

fn sample() -> Vec<u8> {
    std::fs::read(root().join("instances/taroudant-2025.exhibitors.csv")).unwrap()
}

#[test]
fn the_sample_with_semicolons_and_a_bom_gives_the_taroudant_exhibitors() {
    let bytes = sample();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let stop = import_exhibitors(&bytes, &venue())
        .expect("the sample reads")
        .problem;
    // The same exhibitors as the shipped stop, field by field.
    assert_eq!(stop.exhibitors, venue().exhibitors);
}

/// The sample rewritten with another separator (cells quoted where they hold it).
fn with_commas() -> String {
    let (text, _) = caravane::sheets::import::decode(&sample());
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    let mut w = csv::WriterBuilder::new()
        .delimiter(b',')
        .from_writer(vec![]);
    w.write_record(reader.headers().unwrap()).unwrap();
    for r in reader.records() {
        w.write_record(&r.unwrap()).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

#[test]
fn commas_are_read_as_well() {
    let text = with_commas();
    assert!(text.lines().next().unwrap().contains(','));
    let stop = import_exhibitors(text.as_bytes(), &venue())
        .unwrap()
        .problem;
    assert_eq!(stop.exhibitors, venue().exhibitors);
}

#[test]
fn windows_1252_from_an_older_excel_keeps_its_accents() {
    // Arabic and Tifinagh do not exist in Windows-1252: the rows with them are left out here.
    let text: String = with_commas()
        .lines()
        .filter(|l| l.chars().all(|c| (c as u32) < 0x250))
        .map(|l| format!("{l}\r\n"))
        .collect();
    let (bytes, _, lossy) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!lossy);
    assert!(std::str::from_utf8(&bytes).is_err(), "really not UTF-8");
    let stop = import_exhibitors(&bytes, &venue()).unwrap().problem;
    let tifawin = stop
        .exhibitors
        .iter()
        .find(|e| e.id == "coop-tifawin")
        .unwrap();
    assert_eq!(tifawin.name, "Coopérative Tifawin");
    assert!(stop.exhibitors.len() >= 50);
}

#[test]
fn arabic_and_tifinagh_names_come_through() {
    let stop = import_exhibitors(&sample(), &venue()).unwrap().problem;
    assert!(stop.exhibitors.iter().any(|e| e
        .name
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))));
    assert!(stop.exhibitors.iter().any(|e| e
        .name
        .chars()
        .any(|c| ('\u{2D30}'..='\u{2D7F}').contains(&c))));
}

#[test]
fn a_missing_column_is_named_with_its_french_names() {
    let (text, _) = caravane::sheets::import::decode(&sample());
    let cut: String = text
        .lines()
        .map(|l| {
            let cells: Vec<&str> = l.split(';').collect();
            let mut kept = cells.clone();
            kept.remove(3); // famille
            kept.join(";") + "\n"
        })
        .collect();
    let problems = import_exhibitors(cut.as_bytes(), &venue()).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0]
            .cause
            .starts_with("aucune colonne ne donne la famille de l’exposant"),
        "{}",
        problems[0].cause
    );
    assert!(
        problems[0].action.contains("famille"),
        "{}",
        problems[0].action
    );
    let problems = scoped(Lang::En, || import_exhibitors(cut.as_bytes(), &venue())).unwrap_err();
    assert!(
        problems[0].cause.contains("family"),
        "{}",
        problems[0].cause
    );
}

#[test]
fn a_bad_province_on_line_17_is_reported_at_line_17_with_every_other_problem() {
    let (text, _) = caravane::sheets::import::decode(&sample());
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    // Line 17 of the file is the 16th exhibitor.
    let mut cells: Vec<String> = lines[16].split(';').map(str::to_string).collect();
    cells[2] = "Marrakech".into();
    lines[16] = cells.join(";");
    let mut cells: Vec<String> = lines[20].split(';').map(str::to_string).collect();
    cells[6] = "deux".into();
    lines[20] = cells.join(";");
    let problems = import_exhibitors(lines.join("\n").as_bytes(), &venue()).unwrap_err();
    let at: Vec<(Option<usize>, &str)> =
        problems.iter().map(|d| (d.line, d.path.as_str())).collect();
    assert_eq!(problems.len(), 2, "{at:?}");
    assert_eq!(problems[0].line, Some(17));
    assert!(problems[0].path.contains("province"));
    assert!(problems[0].cause.contains("Marrakech"));
    assert!(problems[0].cause.contains("taroudant"));
    assert_eq!(problems[1].line, Some(21));
    assert!(problems[1].path.contains("effectif"));
}

#[test]
fn more_exhibitors_than_stands_is_a_stop_problem_reported_once() {
    let (text, _) = caravane::sheets::import::decode(&sample());
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let extra: Vec<String> = (0..10)
        .map(|k| format!("extra-{k};Coopérative {k};Tata;Dattes;;;;;;"))
        .collect();
    lines.extend(extra);
    let problems = import_exhibitors(lines.join("\n").as_bytes(), &venue()).unwrap_err();
    assert!(
        problems.iter().any(|d| d.cause.contains("stands")),
        "{problems:?}"
    );
}

#[test]
fn session_titles_with_commas_and_extra_columns_are_understood() {
    let text = "nom;province;famille;téléphone;ateliers\n\
        Coopérative Tifawin;Taroudant;Safran;0600000000;\"Accéder aux marchés d'export : normes, emballage et groupements, financing\"\n";
    let imported = import_exhibitors(text.as_bytes(), &venue()).unwrap();
    assert_eq!(imported.extra_columns, vec!["téléphone".to_string()]);
    assert_eq!(
        imported.problem.exhibitors[0].sessions,
        vec!["export".to_string(), "financing".to_string()]
    );
}

/// The sample with a bad province on line 17 and a bad staff on line 21, its lines ended by
/// `ending`.
fn two_bad_rows(ending: &str) -> String {
    let (text, _) = caravane::sheets::import::decode(&sample());
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut cells: Vec<String> = lines[16].split(';').map(str::to_string).collect();
    cells[2] = "Marrakech".into();
    lines[16] = cells.join(";");
    let mut cells: Vec<String> = lines[20].split(';').map(str::to_string).collect();
    cells[6] = "deux".into();
    lines[20] = cells.join(";");
    lines.join(ending) + ending
}

#[test]
fn line_numbers_are_the_same_with_the_line_ends_excel_writes() {
    for ending in ["\n", "\r\n", "\r"] {
        let problems = import_exhibitors(two_bad_rows(ending).as_bytes(), &venue()).unwrap_err();
        let lines: Vec<Option<usize>> = problems.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![Some(17), Some(21)], "line ends {ending:?}");
        assert!(
            problems[0].path.starts_with("ligne 17,"),
            "{}",
            problems[0].path
        );
    }
}

#[test]
fn a_line_after_a_quoted_cell_over_two_lines_keeps_its_number() {
    let text = "nom;province;famille;commune\r\n\
        Coopérative Tifawin;Taroudant;Safran;\"Taliouine\r\n(douar)\"\r\n\
        Coopérative Amal;Marrakech;Safran;Taliouine\r\n";
    let problems = import_exhibitors(text.as_bytes(), &venue()).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].line, Some(4));
}

#[test]
fn an_unknown_family_names_the_closest_and_the_known_ones() {
    let text = "nom;province;famille\nCoopérative Tifawin;Taroudant;Safrn\n";
    let venue = venue();
    let problems = import_exhibitors(text.as_bytes(), &venue).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let d = &problems[0];
    assert!(
        d.cause.starts_with(
            "famille «\u{a0}Safrn\u{a0}» inconnue : vouliez-vous dire «\u{a0}saffron\u{a0}» (Safran) ?"
        ),
        "{}",
        d.cause
    );
    assert!(d.cause.contains("Valeurs possibles : "), "{}", d.cause);
    assert!(d.cause.contains("(19 en tout)"), "{}", d.cause);
    assert!(
        d.action.starts_with("écrivez «\u{a0}Safran\u{a0}»"),
        "{}",
        d.action
    );
    // In English.
    let problems = scoped(Lang::En, || import_exhibitors(text.as_bytes(), &venue)).unwrap_err();
    let d = &problems[0];
    assert!(
        d.cause.starts_with(
            "unknown family \"Safrn\": did you mean \"saffron\" (Safran)?"
        ),
        "{}",
        d.cause
    );
    assert!(d.cause.contains("Possible values: "), "{}", d.cause);
    assert!(d.cause.contains("(19 in all)"), "{}", d.cause);
    assert!(d.action.contains("\"Safran\""), "{}", d.action);
    assert_eq!(d.path, "line 2, column \"famille\"");
    // In Arabic: the same ids and names, the sentence in Arabic.
    let problems = scoped(Lang::Ar, || import_exhibitors(text.as_bytes(), &venue)).unwrap_err();
    let d = &problems[0];
    assert!(
        d.cause.contains("شعبة غير معروفة") && d.cause.contains("saffron"),
        "{}",
        d.cause
    );
    assert!(d.path.starts_with("السطر"), "{}", d.path);
}

#[test]
fn a_quote_left_open_in_any_column_is_refused_at_its_line_and_nothing_is_lost() {
    let (text, _) = caravane::sheets::import::decode(&sample());
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut cells: Vec<String> = lines[4].split(';').map(str::to_string).collect();
    cells[7] = format!("\"{}", cells[7]);
    lines[4] = cells.join(";");
    let problems = import_exhibitors(lines.join("\n").as_bytes(), &venue()).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].line, Some(5));
    assert!(problems[0].path.contains("commune"), "{}", problems[0].path);
    assert!(
        problems[0].cause.contains("n’est jamais refermé"),
        "{}",
        problems[0].cause
    );
}

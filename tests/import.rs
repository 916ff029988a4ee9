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
        d.cause
            .starts_with("unknown family \"Safrn\": did you mean \"saffron\" (Safran)?"),
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

/// The sample with `family` in place of the family of its first exhibitor.
fn with_first_family(family: &str) -> String {
    let (text, _) = caravane::sheets::import::decode(&sample());
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut cells: Vec<String> = lines[1].split(';').map(str::to_string).collect();
    cells[3] = family.into();
    lines[1] = cells.join(";");
    lines.join("\n")
}

#[test]
fn a_family_written_by_the_first_word_of_its_name_is_suggested() {
    let problems = import_exhibitors(with_first_family("Miel").as_bytes(), &venue()).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let d = &problems[0];
    assert_eq!(
        d.cause.split(" Valeurs possibles").next().unwrap(),
        "famille «\u{a0}Miel\u{a0}» inconnue : vouliez-vous dire «\u{a0}honey\u{a0}» (Miel (thym, euphorbe)) ?"
    );
    assert!(
        d.cause
            .contains("Valeurs possibles : «\u{a0}argan-culinary\u{a0}»"),
        "{}",
        d.cause
    );
    assert!(d.cause.ends_with("… (19 en tout)"), "{}", d.cause);
    assert!(
        d.action
            .starts_with("écrivez «\u{a0}Miel (thym, euphorbe)\u{a0}»"),
        "{}",
        d.action
    );
    // A whole word inside the name, and a slip of a letter.
    let d = &import_exhibitors(with_first_family("olive").as_bytes(), &venue()).unwrap_err()[0];
    assert!(
        d.cause
            .contains("vouliez-vous dire «\u{a0}olive-oil\u{a0}»"),
        "{}",
        d.cause
    );
    let d = &import_exhibitors(with_first_family("Datte").as_bytes(), &venue()).unwrap_err()[0];
    assert!(
        d.cause.contains("vouliez-vous dire «\u{a0}dates\u{a0}»"),
        "{}",
        d.cause
    );
    // Nothing near: no question, the possible values all the same.
    let d = &import_exhibitors(with_first_family("Voitures").as_bytes(), &venue()).unwrap_err()[0];
    assert!(!d.cause.contains("vouliez-vous dire"), "{}", d.cause);
    assert!(d.cause.contains(". Valeurs possibles : "), "{}", d.cause);
}

#[test]
fn the_closest_form_province_need_and_session_are_suggested_too() {
    let text = "nom;province;famille;forme;besoins;ateliers\n\
        Coopérative Tifawin;Tiznitt;Safran;coopérativ;electricte;financer\n";
    let problems = import_exhibitors(text.as_bytes(), &venue()).unwrap_err();
    let causes: Vec<&str> = problems.iter().map(|d| d.cause.as_str()).collect();
    assert_eq!(problems.len(), 4, "{causes:#?}");
    assert!(
        causes[0].starts_with(
            "province «\u{a0}Tiznitt\u{a0}» inconnue : vouliez-vous dire «\u{a0}tiznit\u{a0}»"
        ),
        "{}",
        causes[0]
    );
    assert!(causes[1].starts_with("forme «\u{a0}coopérativ\u{a0}» inconnue : vouliez-vous dire «\u{a0}coopérative\u{a0}» ?"), "{}", causes[1]);
    assert!(causes[2].starts_with("besoin «\u{a0}electricte\u{a0}» qu’aucun stand n’offre : vouliez-vous dire «\u{a0}electricity\u{a0}» (électricité) ?"), "{}", causes[2]);
    assert!(
        causes[3].starts_with(
            "rencontre «\u{a0}financer\u{a0}» inconnue : vouliez-vous dire «\u{a0}financing\u{a0}»"
        ),
        "{}",
        causes[3]
    );
    let columns: Vec<&str> = problems.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        columns,
        [
            "ligne 2, colonne «\u{a0}province\u{a0}»",
            "ligne 2, colonne «\u{a0}forme\u{a0}»",
            "ligne 2, colonne «\u{a0}besoins\u{a0}»",
            "ligne 2, colonne «\u{a0}ateliers\u{a0}»"
        ]
    );
}

#[test]
fn the_other_columns_are_kept_in_sheet_order() {
    let text = "remarques;nom;province;téléphone;famille\n\
        arrive la veille;Coopérative Tifawin;Taroudant;0600000000;Safran\n\
        ;Coopérative Amal;Tata;0611111111;Dattes\n";
    let imported = import_exhibitors(text.as_bytes(), &venue()).unwrap();
    assert_eq!(imported.extra_columns, ["remarques", "téléphone"]);
    let first = &imported.problem.exhibitors[0].extra;
    let kept: Vec<(&str, &str)> = first
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        kept,
        [
            ("remarques", "arrive la veille"),
            ("téléphone", "0600000000")
        ]
    );
    assert_eq!(imported.problem.exhibitors[1].extra["remarques"], "");
}

mod stop_details {
    use super::*;
    use caravane::sheets::import::{with_details, StopDetails};

    #[test]
    fn the_title_town_place_and_dates_replace_the_venue_files() {
        let mut stop = venue();
        let details = StopDetails {
            title: Some("Marché de Tiznit".into()),
            town: Some("Tiznit".into()),
            place: Some("Place El Mechouar".into()),
            from: Some("2025-11-21".into()),
            to: Some("2025-11-23".into()),
        };
        with_details(&mut stop, &details).unwrap();
        assert_eq!(stop.stop.name, "Marché de Tiznit");
        assert_eq!(stop.stop.town, "Tiznit");
        assert_eq!(stop.stop.venue, "Place El Mechouar");
        assert_eq!(
            (stop.stop.from.as_str(), stop.stop.to.as_str()),
            ("2025-11-21", "2025-11-23")
        );
        // What is not given stays.
        let mut stop = venue();
        with_details(
            &mut stop,
            &StopDetails {
                town: Some("Tata".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(stop.stop.from, venue().stop.from);
    }

    #[test]
    fn a_bad_date_and_reversed_dates_are_refused_at_their_option() {
        let mut stop = venue();
        let bad = StopDetails {
            from: Some("2025-11-31".into()),
            to: Some("12/11/2025".into()),
            ..Default::default()
        };
        let problems = with_details(&mut stop, &bad).unwrap_err();
        let at: Vec<&str> = problems.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(at, ["--from", "--to"]);
        assert!(
            problems[0].cause.contains("2025-11-31"),
            "{}",
            problems[0].cause
        );
        assert_eq!(stop, venue(), "nothing changed");
        let reversed = StopDetails {
            from: Some("2025-11-12".into()),
            to: Some("2025-11-07".into()),
            ..Default::default()
        };
        let problems = with_details(&mut stop, &reversed).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].cause,
            "l’étape s’ouvrirait le 2025-11-12 après sa fermeture le 2025-11-07"
        );
        let en = scoped(Lang::En, || with_details(&mut venue(), &reversed)).unwrap_err();
        assert_eq!(
            en[0].cause,
            "the stop would open on 2025-11-12, after it closes on 2025-11-07"
        );
    }
}

mod programme {
    use super::*;
    use caravane::format::Footfall;
    use caravane::sheets::sessions::{daily_slots, read_rooms, read_sessions, room_from_words};

    fn rooms() -> Vec<caravane::format::Room> {
        vec![
            room_from_words("Tente des rencontres:40:sono").unwrap(),
            room_from_words("Salle municipale:20:vidéoprojecteur").unwrap(),
        ]
    }

    #[test]
    fn the_shipped_sessions_sheet_gives_the_taroudant_sessions() {
        let bytes = std::fs::read(root().join("instances/taroudant-2025.sessions.csv")).unwrap();
        let sessions = read_sessions(&bytes, &rooms()).unwrap();
        let shipped = venue().sessions;
        assert_eq!(sessions.len(), shipped.len());
        for (read, kept) in sessions.iter().zip(&shipped) {
            assert_eq!(read.id, kept.id);
            assert_eq!(read.title, kept.title);
            assert_eq!(read.length, kept.length);
            assert_eq!(read.needs, kept.needs);
            assert_eq!(read.facilitators, kept.facilitators);
            assert!(read.theme.is_some() && read.seats.is_some());
        }
    }

    #[test]
    fn rooms_come_from_words_or_from_a_small_sheet() {
        let sheet = "nom;places;équipements\nTente des rencontres;40;sono\nSalle municipale;20;vidéoprojecteur, écran\n";
        let read = read_rooms(sheet.as_bytes()).unwrap();
        assert_eq!(read[0], rooms()[0]);
        assert_eq!(read[1].tags, ["projector", "screen"]);
        let bad = "nom;places\nTente;quarante\nTente;40\nTente;30\n";
        let problems = read_rooms(bad.as_bytes()).unwrap_err();
        let lines: Vec<Option<usize>> = problems.iter().map(|d| d.line).collect();
        assert_eq!(lines, [Some(2), Some(4)], "{problems:?}");
        let d = room_from_words("Tente:beaucoup").unwrap_err();
        assert_eq!(d.path, "--room");
    }

    #[test]
    fn the_same_times_every_day_busy_on_the_weekend() {
        let slots = daily_slots(
            "10:00-11:30 calme, 15:00-16:30, 17:30-19:00 affluence",
            "samedi,dimanche",
            "2025-11-07",
            "2025-11-12",
        )
        .unwrap();
        // The shipped Taroudant slots, but for their ids.
        let shipped = venue().slots;
        assert_eq!(slots.len(), shipped.len());
        for (made, kept) in slots.iter().zip(&shipped) {
            assert_eq!(
                (&made.day, &made.start, &made.end, made.footfall),
                (&kept.day, &kept.start, &kept.end, kept.footfall)
            );
        }
        assert_eq!(slots[0].id, "d1-10h00");
        assert_eq!(slots[0].footfall, Footfall::Quiet);
    }

    #[test]
    fn bad_slot_times_and_days_are_each_named() {
        let problems = daily_slots(
            "10:00-09:00, 15:00-16:30 bondé",
            "jour férié",
            "2025-11-07",
            "2025-11-08",
        )
        .unwrap_err();
        let at: Vec<&str> = problems.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(
            at,
            ["--slot-times", "--slot-times", "--busy-days"],
            "{problems:?}"
        );
        assert!(
            problems[0].cause.contains("10:00-09:00"),
            "{}",
            problems[0].cause
        );
        let overlap =
            daily_slots("10:00-12:00, 11:00-13:00", "", "2025-11-07", "2025-11-07").unwrap_err();
        assert_eq!(overlap.len(), 1);
    }

    #[test]
    fn a_sessions_sheet_with_mistakes_tells_each_with_its_line_and_column() {
        let sheet = "titre;durée;places;besoins;animatrices\n\
            Financer l'ESS;1;30;sono;Conseillère, Représentante\n\
            ;1;;;\n\
            Vendre en ligne;deux;;projecteurr;Formatrice\n\
            Financer l'ESS;1;;;\n";
        let problems = read_sessions(sheet.as_bytes(), &rooms()).unwrap_err();
        let at: Vec<(Option<usize>, &str)> =
            problems.iter().map(|d| (d.line, d.path.as_str())).collect();
        assert_eq!(
            at,
            [
                (Some(3), "ligne 3, colonne «\u{a0}titre\u{a0}»"),
                (Some(4), "ligne 4, colonne «\u{a0}durée\u{a0}»"),
                (Some(4), "ligne 4, colonne «\u{a0}besoins\u{a0}»"),
                (Some(5), "ligne 5, colonne «\u{a0}id\u{a0}»"),
            ]
        );
        assert!(
            problems[2]
                .cause
                .contains("vouliez-vous dire «\u{a0}projector\u{a0}»"),
            "{}",
            problems[2].cause
        );
        // In Arabic.
        let ar = scoped(Lang::Ar, || read_sessions(sheet.as_bytes(), &rooms())).unwrap_err();
        assert!(
            ar[0].path.starts_with("السطر") && ar[0].path.contains('3'),
            "{}",
            ar[0].path
        );
        assert!(ar[0].cause.contains("عنوان"), "{}", ar[0].cause);
    }
}

mod commands {
    use super::*;
    use std::process::{Command, Output};

    fn caravane(args: &[&str], lang: Option<&str>) -> Output {
        let mut c = Command::new(env!("CARGO_BIN_EXE_caravane"));
        c.env_remove("CARAVANE_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .current_dir(root());
        if let Some(lang) = lang {
            c.env("CARAVANE_LANG", lang);
        }
        c.args(args).output().unwrap()
    }

    fn folder(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("caravane-import-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn the_spreadsheets_give_a_stop_that_solves_to_the_shipped_optimum() {
        let dir = folder("chain");
        let stop = dir.join("taroudant.problem.json");
        let solution = dir.join("taroudant.solution.json");
        let out = caravane(
            &[
                "import",
                "instances/taroudant-2025.exhibitors.csv",
                "--venue",
                "instances/taroudant-2025.problem.json",
                "--sessions-sheet",
                "instances/taroudant-2025.sessions.csv",
                "--room",
                "Tente des rencontres:40:sono",
                "--room",
                "Salle municipale:20:vidéoprojecteur",
                "--slot-times",
                "10:00-11:30 calme, 15:00-16:30, 17:30-19:00 affluence",
                "--busy-days",
                "samedi,dimanche",
                "--title",
                "Marché itinérant ESS — Taroudant 2025",
                "--town",
                "Taroudant",
                "--place",
                "Place du 20 Août",
                "--from",
                "2025-11-07",
                "--to",
                "2025-11-12",
                "-o",
                stop.to_str().unwrap(),
            ],
            None,
        );
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{said}");
        assert!(
            said.contains("programme : 5 rencontres, 2 salles, 18 créneaux"),
            "{said}"
        );
        let made = read_problem(&stop).unwrap();
        assert_eq!(made.stop.venue, "Place du 20 Août");
        assert_eq!(made.exhibitors, venue().exhibitors);
        let out = caravane(
            &[
                "solve",
                stop.to_str().unwrap(),
                "-o",
                solution.to_str().unwrap(),
            ],
            None,
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let solved: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&solution).unwrap()).unwrap();
        let shipped: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root().join("instances/taroudant-2025.solution.json"))
                .unwrap(),
        )
        .unwrap();
        assert_eq!(solved["status"], "optimal");
        let total = |v: &serde_json::Value| v["objective"]["total"].as_f64().unwrap();
        assert!(
            (total(&solved) - total(&shipped)).abs() < 1e-6,
            "{} against {}",
            total(&solved),
            total(&shipped)
        );
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn a_bad_date_writes_nothing_and_names_the_option() {
        let dir = folder("dates");
        let stop = dir.join("x.problem.json");
        let out = caravane(
            &[
                "import",
                "instances/taroudant-2025.exhibitors.csv",
                "--venue",
                "instances/taroudant-2025.problem.json",
                "--from",
                "2025-11-12",
                "--to",
                "2025-11-07",
                "-o",
                stop.to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(out.status.code(), Some(2));
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains("en --from"), "{said}");
        assert!(said.contains("après sa fermeture"), "{said}");
        assert!(!stop.exists());
        std::fs::remove_dir_all(dir).ok();
    }

    /// The sample with a telephone column after the family and remarks at the end.
    fn with_telephones() -> String {
        let (text, _) = caravane::sheets::import::decode(&sample());
        let mut out = Vec::new();
        for (k, line) in text.lines().enumerate() {
            let mut cells: Vec<String> = line.split(';').map(str::to_string).collect();
            if k == 0 {
                cells.insert(4, "téléphone".into());
                cells.push("remarques".into());
            } else {
                cells.insert(4, format!("06{:08}", k));
                cells.push(if k == 1 {
                    "arrive la veille".into()
                } else {
                    String::new()
                });
            }
            out.push(cells.join(";"));
        }
        out.join("\n")
    }

    #[test]
    fn the_export_for_the_stewards_is_sorted_by_zone_and_stand_and_keeps_the_other_columns() {
        let dir = folder("export");
        let sheet = dir.join("exposants.csv");
        std::fs::write(&sheet, with_telephones()).unwrap();
        let stop = dir.join("t.problem.json");
        let solution = dir.join("t.solution.json");
        let csv = dir.join("t.csv");
        let out = caravane(
            &[
                "import",
                sheet.to_str().unwrap(),
                "--venue",
                "instances/taroudant-2025.problem.json",
                "-o",
                stop.to_str().unwrap(),
            ],
            None,
        );
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{said}");
        assert!(
            said.contains("colonnes gardées telles quelles pour l’export : téléphone, remarques"),
            "{said}"
        );
        assert!(caravane(
            &[
                "solve",
                stop.to_str().unwrap(),
                "-o",
                solution.to_str().unwrap()
            ],
            None
        )
        .status
        .success());
        let out = caravane(
            &[
                "export",
                solution.to_str().unwrap(),
                "--problem",
                stop.to_str().unwrap(),
                "--csv",
                csv.to_str().unwrap(),
            ],
            None,
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(&csv).unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_string)
            .collect();
        assert_eq!(header[header.len() - 2..], ["téléphone", "remarques"]);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 60);
        // Zones in the order the square names them (as the printed lists), then stands in
        // natural order.
        let rank = |zone: &str| ["Fond", "Centre", "Entrée"].iter().position(|z| *z == zone);
        type Key = (Option<usize>, Vec<(String, u64)>);
        let keys: Vec<Key> = rows
            .iter()
            .map(|r| (rank(&r[5]), caravane::sheets::export::natural(&r[4])))
            .collect();
        assert!(keys.iter().all(|(zone, _)| zone.is_some()), "{keys:?}");
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        assert_eq!(rows[0][4].to_string(), "A01");
        // Each exhibitor keeps its own telephone and remarks.
        let tifawin = rows.iter().find(|r| &r[0] == "coop-tifawin").unwrap();
        assert_eq!(&tifawin[8], "0600000001");
        assert_eq!(&tifawin[9], "arrive la veille");
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn in_english_the_export_is_comma_separated() {
        let dir = folder("export-en");
        let csv = dir.join("t.csv");
        let out = caravane(
            &[
                "export",
                "instances/taroudant-2025.solution.json",
                "--problem",
                "instances/taroudant-2025.problem.json",
                "--csv",
                csv.to_str().unwrap(),
            ],
            Some("en"),
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(&csv).unwrap();
        let mut reader =
            csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        assert_eq!(&reader.headers().unwrap()[5], "zone");
        let stands: Vec<String> = reader
            .records()
            .map(|r| r.unwrap()[4].to_string())
            .collect();
        assert_eq!(stands.len(), 60);
        std::fs::remove_dir_all(dir).ok();
    }
}

#[test]
fn registrations_without_a_programme_are_one_mistake_that_says_what_to_add() {
    let mut without = venue();
    without.sessions.clear();
    let problems = import_exhibitors(&sample(), &without).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].line, Some(2));
    assert!(
        problems[0].cause.contains("54 lignes"),
        "{}",
        problems[0].cause
    );
    assert!(
        problems[0].action.contains("--sessions-sheet"),
        "{}",
        problems[0].action
    );
}

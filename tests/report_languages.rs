//! The report and the comparison page speak the document's language: French by default,
//! English, and Arabic written right to left.
//!
//! The reports of Taroudant are kept and compared byte for byte: the French one is the shipped
//! example (`examples/taroudant-2025.report.html`), the English and Arabic ones are under
//! `tests/snapshots/`. After a change meant to show in the report (its template, its
//! words, the plan, the checker's sentences), look at the pages, then write them again with
//! `CARAVANE_BLESS=1 cargo test --release --test report_languages` and commit them.

use caravane::format::{Problem, Solution};
use caravane::i18n::{message_ids, Lang};
use caravane::stop::load::{read_problem, read_solution};
use caravane::stop::model::Stop;
use caravane::view::report::report_html;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn taroudant() -> (Problem, Stop, Solution) {
    let dir = root().join("instances");
    let problem = read_problem(&dir.join("taroudant-2025.problem.json")).unwrap();
    let solution = read_solution(&dir.join("taroudant-2025.solution.json")).unwrap();
    let stop = Stop::new("taroudant-2025", &problem);
    (problem, stop, solution)
}

fn report(lang: Lang) -> String {
    let (problem, stop, solution) = taroudant();
    report_html(&problem, &stop, &solution, lang).unwrap()
}

/// The page compared with its snapshot (`name`, from the repository's folder), or written as
/// the snapshot with `CARAVANE_BLESS=1`.
fn same_as_snapshot(page: &str, name: &str) {
    let path = root().join(name);
    if std::env::var_os("CARAVANE_BLESS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, page).unwrap();
        return;
    }
    let kept = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{name} cannot be read ({e}): write it with \
             CARAVANE_BLESS=1 cargo test --release --test report_languages"
        )
    });
    if kept != page {
        let at = kept
            .lines()
            .zip(page.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| kept.lines().count().min(page.lines().count()));
        panic!(
            "the page differs from {name} from line {}:\n  kept: {}\n  made: {}\n\
             If the change is meant, look at the page and write the snapshots again with \
             CARAVANE_BLESS=1 cargo test --release --test report_languages",
            at + 1,
            kept.lines().nth(at).unwrap_or("(end of file)"),
            page.lines().nth(at).unwrap_or("(end of file)"),
        );
    }
}

#[test]
fn the_reports_of_taroudant_are_their_snapshots() {
    for lang in Lang::ALL {
        let name = match lang {
            Lang::Fr => "examples/taroudant-2025.report.html".to_string(),
            _ => format!("tests/snapshots/taroudant-2025.report.{}.html", lang.code()),
        };
        same_as_snapshot(&report(lang), &name);
    }
}

/// The page without the plan and the checker's sentences: the report's own words.
fn own_words(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    loop {
        let next = [("<svg", "</svg>"), ("<ul class=\"why\">", "</ul>")]
            .into_iter()
            .filter_map(|(open, close)| rest.find(open).map(|k| (k, close)))
            .min_by_key(|x| x.0);
        let Some((k, close)) = next else { break };
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        rest = &rest[rest.find(close).map_or(rest.len(), |e| e + close.len())..];
    }
    out.push_str(rest);
    out
}

/// The text of the page's headings (`<h2>`).
fn headings(html: &str) -> Vec<&str> {
    html.split("<h2>")
        .skip(1)
        .filter_map(|s| s.split("</h2>").next())
        .collect()
}

#[test]
fn the_french_report_is_in_french_with_commas_and_french_dates() {
    let html = report(Lang::Fr);
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert_eq!(
        headings(&html),
        [
            "Le résultat",
            "Le plan",
            "Chaque coût expliqué",
            "Les provinces dans les zones",
            "Les rencontres d’échange",
            "Les exposantes et exposants",
        ]
    );
    assert!(html.contains("Place du 20 Août, Taroudant — du 7 au 12 novembre 2025"));
    assert!(html.contains("60 exposantes et exposants sur 68 stands"));
    // The claim's figures, with a decimal comma and a no-break space before « % ».
    assert!(html.contains(
        "objectif <strong>12,30</strong>, borne prouvée 12,30, écart 0\u{a0}% — résolu en 0,73\u{a0}s."
    ));
    // Every term by its name for people; the files' names of the terms are for the files.
    assert!(html.contains("<td>Équilibre des zones</td>"));
    assert!(!html.contains("zone_balance"));
    assert!(html.contains("<td class=\"num\">3,77</td>"));
    // Zones by their names, targets with a comma.
    for zone in ["Entrée", "Centre", "Fond"] {
        assert!(html.contains(&format!("<tr><th>{zone}</th>")), "{zone}");
    }
    assert!(html.contains("(2,3)"));
    // The programme and the agendas by day, the French way.
    assert!(html.contains("<td>7 novembre</td>"));
    assert!(html.contains("7 novembre, 10:00–11:30"));
    // None of the English words of the page is left.
    let own = own_words(&html);
    for english in [
        "The result",
        "exhibitors on",
        "Every cost",
        "what it measures",
        "Sample data",
        "proven bound",
        "registered",
        "Made by Caravane",
    ] {
        assert!(!own.contains(english), "{english}");
    }
}

#[test]
fn the_english_report_is_in_english() {
    let html = report(Lang::En);
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert_eq!(headings(&html)[0], "The result");
    assert!(html.contains("Place du 20 Août, Taroudant — 7–12 November 2025"));
    assert!(html.contains("60 exhibitors on 68 stands"));
    assert!(html.contains(
        "objective <strong>12.30</strong>, proven bound 12.30, gap 0 % — solved in 0.73 s."
    ));
    assert!(html.contains("<tr><th>Entrance</th>"));
    assert!(!html.contains("exposant"));
}

#[test]
fn the_arabic_report_reads_right_to_left_with_latin_ids_kept_apart() {
    let html = report(Lang::Ar);
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert_eq!(headings(&html)[0], "النتيجة");
    assert_eq!(headings(&html)[5], "العارضون");
    // Arabic months of Morocco, digits 0–9, a decimal comma.
    assert!(html.contains("من 7 إلى 12 نونبر 2025"));
    assert!(html.contains("<strong>12,30</strong>"));
    assert!(html.contains("<tr><th>المدخل</th>"));
    // Ids and codes, Latin inside Arabic text, are isolated so they read the right way.
    assert!(!html.contains("zone_balance"));
    assert!(html.contains("<bdi>coop-tifawin</bdi>"));
    // An Arabic font comes first for Arabic text; the plan is still drawn left to right.
    assert!(html.contains("html[dir=\"rtl\"] body { font-family: 'Noto Naskh Arabic'"));
    assert!(html.contains(".plan { direction: ltr; }"));
    // Names in Arabic and Tifinagh are written as they are.
    assert!(html.contains("تعاونية سيدي احساين للزعفران"));
    assert!(html.contains('\u{2d5c}'), "a Tifinagh name");
    let own = own_words(&html);
    for english in [
        "The result",
        "exhibitors on",
        "Every cost",
        "proven bound",
        "registered",
    ] {
        assert!(!own.contains(english), "{english}");
    }
}

#[test]
fn every_word_the_templates_ask_for_is_in_the_catalogues() {
    let ids: Vec<String> = message_ids(Lang::Fr)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    for file in ["report.html", "tour.html"] {
        let text = std::fs::read_to_string(root().join("src/view/templates").join(file)).unwrap();
        let mut asked = 0;
        for (k, _) in text.match_indices("t(\"") {
            let rest = &text[k + 3..];
            let id = &rest[..rest.find('"').unwrap()];
            assert!(ids.iter().any(|x| x == id), "{file}: {id}");
            assert!(id.starts_with("report-"), "{file}: {id}");
            asked += 1;
        }
        assert!(asked > 10, "{file} asks for {asked} words");
    }
}

fn caravane(args: &[&str], lang_env: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_caravane"));
    command
        .env_remove("CARAVANE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .current_dir(root());
    if let Some(lang) = lang_env {
        command.env("CARAVANE_LANG", lang);
    }
    command.output().expect("the binary runs")
}

fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "caravane-report-languages-{}-{test}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The opening tag of the page the command wrote.
fn html_tag(o: &Output, file: &Path) -> String {
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let page = std::fs::read_to_string(file).unwrap();
    page.lines().nth(1).unwrap().to_string()
}

#[test]
fn the_command_writes_the_report_in_the_stops_language_unless_told_otherwise() {
    let dir = scratch("stop-language");
    let shipped = root().join("instances/taroudant-2025.solution.json");
    let solution = shipped.to_str().unwrap();
    let out = dir.join("r.html");
    let o = out.to_str().unwrap();
    // Without a language anywhere: French.
    let run = caravane(&["report", solution, "--html", o], None);
    assert_eq!(html_tag(&run, &out), "<html lang=\"fr\" dir=\"ltr\">");
    // The user's language.
    let run = caravane(&["report", solution, "--html", o], Some("en"));
    assert_eq!(html_tag(&run, &out), "<html lang=\"en\" dir=\"ltr\">");
    // A stop file that asks for Arabic documents comes before the user's language…
    let mut stop: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("instances/taroudant-2025.problem.json")).unwrap(),
    )
    .unwrap();
    stop["stop"]["language"] = "ar".into();
    let problem = dir.join("taroudant-2025.problem.json");
    std::fs::write(&problem, serde_json::to_string_pretty(&stop).unwrap()).unwrap();
    let p = problem.to_str().unwrap();
    let run = caravane(
        &["report", solution, "--html", o, "--problem", p],
        Some("en"),
    );
    assert_eq!(html_tag(&run, &out), "<html lang=\"ar\" dir=\"rtl\">");
    // …and --lang before both.
    let run = caravane(
        &[
            "--lang",
            "fr",
            "report",
            solution,
            "--html",
            o,
            "--problem",
            p,
        ],
        Some("en"),
    );
    assert_eq!(html_tag(&run, &out), "<html lang=\"fr\" dir=\"ltr\">");
}

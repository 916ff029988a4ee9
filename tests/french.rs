//! No English word is left in what Caravane shows in French: the terminal output of the usual
//! commands and the documents made from the shipped examples, read as a planner reads them.
//!
//! English words are those of the English catalogues that the French ones do not use, and the
//! common English words; a word is allowed when it is an id or a proper name of the files
//! (exhibitors, provinces, towns, venues, sessions…) or a word both languages share. Zone and
//! family ids are not allowed: people see zones by their names and families by names or codes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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
        .unwrap()
}

/// The words of a text: letters, digits, `-` and `_` (so that ids stay whole), lower case.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .map(|w| w.trim_matches(|c| c == '-' || c == '_').to_lowercase())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect()
}

/// The words of a catalogue's messages (not its ids, comments or variables).
fn catalogue_words(lang: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for entry in std::fs::read_dir(root().join("locales").join(lang)).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let value = match line.split_once(" = ") {
                Some((id, v)) if !id.starts_with(' ') => v,
                _ => line,
            };
            // Without placeables: { $count }, { NUMBER(...) }, selectors' keys.
            let mut plain = String::new();
            let mut depth = 0;
            for c in value.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ if depth == 0 => plain.push(c),
                    _ => {}
                }
            }
            let plain = plain.trim_start().trim_start_matches('*');
            let plain = plain
                .trim_start()
                .strip_prefix('[')
                .map_or(plain, |r| r.split_once(']').map_or(r, |x| x.1));
            out.extend(words(plain));
        }
    }
    out
}

/// Common English words that no catalogue needs to hold to be caught.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "with",
    "for",
    "from",
    "to",
    "is",
    "are",
    "was",
    "be",
    "not",
    "no",
    "by",
    "at",
    "in",
    "this",
    "that",
    "these",
    "or",
    "which",
    "who",
    "each",
    "every",
    "all",
    "none",
    "wrote",
    "read",
    "stage",
    "stages",
    "vars",
    "rows",
    "bound",
    "gap",
    "feasible",
    "infeasible",
    "objective",
    "layout",
    "exhibitor",
    "exhibitors",
    "clash",
    "clashing",
    "neighbour",
    "neighbours",
    "pairs",
    "target",
    "brackets",
    "province",
    "provinces",
    "family",
    "families",
    "zone_balance",
    "prime_balance",
    "empty_prime",
    "missed_session",
    "neighbour_watch",
    "rotation",
    "unattended",
    "back",
    "entrance",
    "centre",
    "programme",
    "agenda",
    "room",
    "slot",
    "slots",
    "day",
    "days",
    "report",
    "plan",
    "floor",
    "legend",
    "total",
    "cost",
    "costs",
    "what",
    "holds",
    "hard",
    "constraints",
    "kept",
    "check",
    "failed",
    "passed",
    "best",
    "proven",
    "seconds",
    "time",
    "limit",
    "stopped",
    "found",
    "free",
    "stand",
    "stands",
    "here",
    "there",
    "because",
    "why",
    "yes",
    "it",
    "its",
    "has",
    "have",
    "had",
    "gets",
    "again",
    "after",
    "before",
    "than",
    "more",
    "less",
    "least",
    "most",
    "one",
    "two",
    "three",
    "itinerary",
    "itineraries",
    "tour",
    "km",
    "score",
    "rank",
    "attendance",
    "representation",
];

/// Words French shares with English, or that Caravane's French uses as they are.
const SHARED: &[&str] = &[
    "total",
    "zone",
    "zones",
    "stand",
    "stands",
    "session",
    "sessions",
    "province",
    "provinces",
    "agenda",
    "km",
    "rotation",
    "score",
    "plan",
    "minimum",
    "maximum",
    "ok",
    "id",
    "ids",
    "csv",
    "json",
    "svg",
    "html",
    "caravane",
    "ess",
    "highs",
    "milp",
    "gini",
    "optimal",
    "optimale",
    "a",
    "on",
    "en",
    "ne",
    "de",
    "est",
    "vars",
    "s",
    "min",
    "max",
    "format",
    "code",
    "codes",
    "simple",
    "type",
    "note",
    "places",
    "place",
    "distance",
    "solution",
    "solutions",
    "stop",
    "page",
    "date",
    "dates",
    "table",
    "profil",
    "nature",
    "formation",
    "restauration",
    "tourisme",
    "design",
    "services",
    "date",
    "global",
    "ordre",
    "options",
    "option",
];

/// Every id and proper name of the files, except zone and family ids.
fn allowed(files: &[&Path]) -> BTreeSet<String> {
    fn collect(v: &serde_json::Value, key: Option<&str>, out: &mut BTreeSet<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    collect(x, Some(k), out);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| collect(x, key, out)),
            serde_json::Value::String(s) => {
                let proper = matches!(
                    key,
                    Some(
                        "name"
                            | "title"
                            | "town"
                            | "venue"
                            | "stand"
                            | "a"
                            | "b"
                            | "home"
                            | "exhibitor"
                            | "exhibitors"
                            | "stop"
                            | "facilitators"
                            | "problem"
                    )
                );
                if proper {
                    out.extend(words(s));
                }
                if matches!(key, Some("id")) {
                    out.insert(s.to_lowercase());
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    let mut excluded = BTreeSet::new();
    for f in files {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root().join(f)).unwrap()).unwrap();
        collect(&v, None, &mut out);
        for s in v["stands"].as_array().into_iter().flatten() {
            if let Some(z) = s["zone"].as_str() {
                excluded.insert(z.to_lowercase());
            }
        }
        for fam in v["families"].as_array().into_iter().flatten() {
            excluded.insert(fam["id"].as_str().unwrap().to_lowercase());
        }
        // The codes the plan prints on the stands.
        if let Ok(families) =
            serde_json::from_value::<Vec<caravane::format::Family>>(v["families"].clone())
        {
            out.extend(
                caravane::view::names::family_codes(&families)
                    .iter()
                    .map(|c| c.to_lowercase()),
            );
        }
    }
    out.retain(|w| !excluded.contains(w));
    out
}

/// `markup` without the elements `tag` (with what they hold).
fn without(markup: &str, tag: &str) -> String {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut kept = String::new();
    let mut rest = markup;
    while let Some(a) = rest.find(&open) {
        kept.push_str(&rest[..a]);
        rest = rest[a..]
            .find(&close)
            .map_or("", |b| &rest[a + b + close.len()..]);
    }
    kept.push_str(rest);
    kept
}

/// Visible text of an HTML page or an SVG picture: without tags, styles and scripts.
fn visible(markup: &str) -> String {
    let source = without(&without(markup, "style"), "script");
    let mut out = String::new();
    let mut in_tag = false;
    for c in source.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&nbsp;", " ")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
}

fn english_left(what: &str, text: &str, allowed: &BTreeSet<String>) -> Vec<String> {
    let en = catalogue_words("en");
    let fr = catalogue_words("fr");
    let shared: BTreeSet<&str> = SHARED.iter().copied().collect();
    let mut found = BTreeSet::new();
    for w in words(text) {
        if allowed.contains(&w) || shared.contains(w.as_str()) || fr.contains(&w) {
            continue;
        }
        if en.contains(&w) || ENGLISH.contains(&w.as_str()) {
            found.insert(w);
        }
    }
    found.into_iter().map(|w| format!("{what}: {w}")).collect()
}

#[test]
fn the_french_outputs_of_the_shipped_examples_hold_no_english_word() {
    let dir = std::env::temp_dir().join(format!("caravane-french-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let problem = "instances/taroudant-2025.problem.json";
    let tour = "instances/souss-massa-2025.tour.json";
    let allowed = allowed(&[Path::new(problem), Path::new(tour)]);
    let mut texts: Vec<(String, String)> = vec![];
    let mut run = |what: &str, args: &[&str]| {
        let o = caravane(args);
        assert!(
            o.status.success() || o.status.code() == Some(1),
            "{what}: {o:?}"
        );
        let text = format!(
            "{}\n{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        texts.push((what.to_string(), text));
    };
    let solution = out("t.solution.json");
    run("solve", &["solve", problem, "-o", &solution]);
    run("check", &["check", problem, &solution]);
    run("info", &["info", problem]);
    run("validate", &["validate", problem, tour]);
    run("timetable", &["timetable", problem, &solution]);
    run(
        "plan",
        &[
            "plan",
            &solution,
            "--problem",
            problem,
            "--svg",
            &out("t.svg"),
        ],
    );
    run(
        "report",
        &[
            "report",
            &solution,
            "--problem",
            problem,
            "--html",
            &out("t.html"),
        ],
    );
    run(
        "export",
        &[
            "export",
            &solution,
            "--problem",
            problem,
            "--csv",
            &out("t.csv"),
        ],
    );
    for (what, file) in [("plan.svg", "t.svg"), ("report.html", "t.html")] {
        texts.push((
            what.into(),
            visible(&std::fs::read_to_string(dir.join(file)).unwrap()),
        ));
    }
    texts.push((
        "export.csv".into(),
        std::fs::read_to_string(dir.join("t.csv")).unwrap(),
    ));
    for (what, file) in [
        (
            "examples/taroudant-2025.report.html",
            "examples/taroudant-2025.report.html",
        ),
        (
            "examples/taroudant-2025.plan.svg",
            "examples/taroudant-2025.plan.svg",
        ),
        (
            "examples/souss-massa-2025.comparison.html",
            "examples/souss-massa-2025.comparison.html",
        ),
    ] {
        texts.push((
            what.into(),
            visible(&std::fs::read_to_string(root().join(file)).unwrap()),
        ));
    }
    let left: Vec<String> = texts
        .iter()
        .flat_map(|(what, text)| english_left(what, text, &allowed))
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        left.is_empty(),
        "English words in French outputs:\n{}",
        left.join("\n")
    );
}

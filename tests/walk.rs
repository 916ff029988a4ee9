//! The README's walk from the planner's spreadsheets to the printed pack works as written: every
//! command of it runs, in order, and says what the README shows it saying; the stop it builds
//! from the four shipped sheets is proved optimal, and the pack is a PDF of the pages its
//! content implies.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One step of the walk: a command and the lines the README shows after it.
struct Step {
    words: Vec<String>,
    shown: Vec<String>,
}

/// The words of a command line, with `"…"` keeping spaces inside a word.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut started = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                started = true;
            }
            ' ' if !quoted => {
                if started {
                    out.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            c => {
                word.push(c);
                started = true;
            }
        }
    }
    if started {
        out.push(word);
    }
    out
}

/// The commands of the README's walk and, for each, the output shown under it.
fn walk() -> Vec<Step> {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let start = readme
        .find("## From the spreadsheets to the printed pack")
        .expect("the README has the planner's walk");
    let section = &readme[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |e| e + 3)];
    let mut steps: Vec<Step> = Vec::new();
    let mut block: Option<&str> = None;
    for line in section.lines() {
        match (block, line) {
            (None, "```sh") => block = Some("sh"),
            (None, "```text") => block = Some("text"),
            (Some(_), "```") => block = None,
            (Some("sh"), l) if l.starts_with("scripts/caravane ") => steps.push(Step {
                words: words(&l["scripts/caravane ".len()..]),
                shown: Vec::new(),
            }),
            (Some("text"), l) => {
                if let Some(last) = steps.last_mut() {
                    last.shown.push(l.to_string());
                }
            }
            _ => {}
        }
    }
    steps
}

/// Whether a line the README shows is in what the command said: a line with `…` stands for
/// what the README leaves out, a time is the machine's, and the README writes the no-break
/// spaces of French typography as plain spaces.
fn said(output: &str, shown: &str) -> bool {
    let output = output.replace(['\u{a0}', '\u{202f}'], " ");
    if shown.trim() == "…" {
        return true;
    }
    let shown = shown.strip_suffix('…').map_or(shown, str::trim_end);
    let shown = match shown.find(" s)") {
        Some(_) => &shown[..shown.rfind(", ").unwrap_or(shown.len())],
        None => shown,
    };
    output.lines().any(|l| l.starts_with(shown))
}

#[test]
fn the_readme_walk_builds_a_proved_stop_and_its_pack_from_the_shipped_sheets() {
    let dir: PathBuf = std::env::temp_dir().join(format!("caravane-walk-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let plans = format!("{}/", dir.display());
    let steps = walk();
    let names: Vec<&str> = steps.iter().map(|s| s.words[0].as_str()).collect();
    for wanted in ["venue", "import", "solve", "check", "print"] {
        assert!(
            names.contains(&wanted),
            "the walk runs `{wanted}`: {names:?}"
        );
    }
    for step in &steps {
        let args: Vec<String> = step
            .words
            .iter()
            .map(|w| w.replace("plans/", &plans))
            .collect();
        let out = Command::new(env!("CARGO_BIN_EXE_caravane"))
            .env_remove("CARAVANE_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .args(&args)
            .current_dir(root())
            .output()
            .expect("the binary runs");
        // What a command writes to a spreadsheet is shown as the sheet's first lines.
        let sheet = args
            .iter()
            .filter(|a| a.ends_with(".csv") && a.starts_with(&plans))
            .map(|a| std::fs::read_to_string(a).unwrap_or_default())
            .collect::<String>();
        let said_all = format!(
            "{}{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
            sheet.trim_start_matches('\u{feff}')
        )
        .replace(&plans, "plans/");
        assert!(out.status.success(), "caravane {args:?}\n{said_all}");
        for line in &step.shown {
            assert!(
                said(&said_all, line),
                "`caravane {}` does not say « {line} »; it says:\n{said_all}",
                step.words.join(" ")
            );
        }
    }
    let solution: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("taroudant.solution.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(solution["status"], "optimal", "{solution:#}");
    let info = Command::new("pdfinfo")
        .arg(dir.join("taroudant.pdf"))
        .output()
        .expect("pdfinfo (poppler-utils) is installed");
    assert!(info.status.success());
    let pages = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| {
            l.strip_prefix("Pages:")
                .map(|n| n.trim().parse::<usize>().unwrap())
        })
        .unwrap();
    assert!(pages > 30, "the pack of 60 exhibitors has {pages} pages");
    let _ = std::fs::remove_dir_all(&dir);
}

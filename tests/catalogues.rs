//! The catalogues, as a specification: every message is in French, English and Arabic, every
//! message is used, every message used exists, and every catalogue parses.

use caravane::i18n::{message_ids, Lang, RESOURCES};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn ids(lang: Lang) -> BTreeMap<String, &'static str> {
    message_ids(lang).into_iter().collect()
}

/// Every text of the sources the messages may be named in: Rust files and templates.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
        entries.sort_by_key(|e| e.path());
        for e in entries {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p
                .extension()
                .is_some_and(|x| x == "rs" || x == "html" || x == "js" || x == "svg")
            {
                out.push((
                    p.display().to_string(),
                    std::fs::read_to_string(&p).unwrap(),
                ));
            }
        }
    }
    let mut out = vec![];
    walk(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path(),
        &mut out,
    );
    out
}

#[test]
fn every_catalogue_parses() {
    for (lang, file, text) in RESOURCES {
        if let Err((_, errors)) = fluent_syntax::parser::parse(*text) {
            panic!("locales/{lang}/{file} does not parse: {errors:?}");
        }
    }
}

#[test]
fn every_message_is_in_every_language_and_in_the_same_file() {
    let fr = ids(Lang::Fr);
    for lang in [Lang::En, Lang::Ar] {
        let other = ids(lang);
        let missing: Vec<_> = fr.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !fr.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "missing from locales/{lang}: {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "in locales/{lang} but not in locales/fr: {extra:?}"
        );
        for (k, file) in &fr {
            assert_eq!(
                other[k], *file,
                "{k} is in {file} in French but in {} in {lang}",
                other[k]
            );
        }
    }
}

#[test]
fn no_message_is_defined_twice() {
    for lang in Lang::ALL {
        let mut seen = BTreeSet::new();
        for (id, file) in message_ids(lang) {
            assert!(
                seen.insert(id.clone()),
                "{id} defined twice in locales/{lang} (again in {file})"
            );
        }
    }
}

#[test]
fn every_message_is_used_and_every_message_used_exists() {
    let fr = ids(Lang::Fr);
    let sources = sources();
    let quoted = |id: &str| format!("\"{id}\"");
    let unused: Vec<_> = fr
        .keys()
        .filter(|id| {
            !sources
                .iter()
                .any(|(_, text)| text.contains(&quoted(id)) || text.contains(&format!("'{id}'")))
        })
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    // Every id a `t!(…)` or `tl!(lang, …)` names (its first literal argument).
    let mut unknown = vec![];
    for (file, text) in &sources {
        for (k, _) in text.match_indices("!(") {
            let before = &text[..k];
            // Not in a comment: the documentation speaks of `t!("id", …)` in general.
            let line = &before[before.rfind('\n').map_or(0, |n| n + 1)..];
            if line.trim_start().starts_with("//") && !line.contains("assert") {
                continue;
            }
            let name: String = before
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let args = &text[k + 2..];
            let literal = match name.as_str() {
                "t" => args.trim_start(),
                "lt" => match args.find(',') {
                    Some(comma) => args[comma + 1..].trim_start(),
                    None => continue,
                },
                _ => continue,
            };
            let Some(rest) = literal.strip_prefix('"') else {
                continue;
            };
            let id = &rest[..rest.find('"').unwrap_or(0)];
            if !fr.contains_key(id) {
                unknown.push(format!("{file}: {id}"));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "messages used but in no catalogue: {unknown:?}"
    );
}

/// The French catalogues say one word for each thing: « rencontre » for the exchange sessions
/// (the files' `sessions`), « famille » for a product family, « stand privilégié » for a prime
/// stand; and their quotes hold no-break spaces.
#[test]
fn the_french_says_one_word_for_each_thing() {
    let mut found = vec![];
    for (lang, file, text) in RESOURCES {
        if *lang != Lang::Fr {
            continue;
        }
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            // The words people read, without the command line's own values (`--only sessions`).
            // (`cli-arg-solve-only` explains the values of `--only`, `stands` and `sessions`.)
            if line.starts_with("cli-arg-solve-only ") {
                continue;
            }
            let words = line.replace("--only sessions", "").replace("$session", "");
            let lower = words.to_lowercase();
            for banned in [
                "atelier",
                " session",
                "filière",
                "stand prime",
                "stands prime",
            ] {
                if lower.contains(banned) {
                    found.push(format!("{file}: « {banned} » in {line}"));
                }
            }
            if words.contains("« ") || words.contains(" »") {
                found.push(format!("{file}: a plain space inside « » in {line}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

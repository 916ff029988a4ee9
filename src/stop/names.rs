//! The optional words a file gives for people: the language of its documents, the names of its
//! zones, the short codes of its families. None of them changes a layout; each must still be
//! well formed, so that a plan does not print a code twice or a zone name for no zone.

use super::diagnostic::{Code, Diagnostic};
use crate::format::Problem;
use crate::i18n::Lang;
use crate::t;
use std::collections::{BTreeMap, BTreeSet};

/// Checks a `language` field: `fr`, `en` or `ar`.
pub fn language_is_known(path: &str, language: Option<&str>, out: &mut Vec<Diagnostic>) {
    let Some(value) = language else { return };
    if value.parse::<Lang>().is_err() {
        out.push(Diagnostic::new(
            Code::InvalidValue,
            path,
            t!("names-language-unknown", value = value),
            t!("names-language-action"),
        ));
    }
}

/// Checks the stop's language, its zones' names and its families' codes.
pub fn names_are_proper(p: &Problem, out: &mut Vec<Diagnostic>) {
    language_is_known("$.stop.language", p.stop.language.as_deref(), out);
    let named: BTreeSet<&str> = p.stands.iter().filter_map(|s| s.zone.as_deref()).collect();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, z) in p.zones.iter().enumerate() {
        let path = format!("$.zones[{i}]");
        if let Some(first) = seen.insert(z.id.as_str(), i) {
            out.push(Diagnostic::new(
                Code::DuplicateId,
                format!("{path}.id"),
                t!("names-zone-twice", zone = z.id.as_str(), first = first),
                t!("names-zone-twice-action"),
            ));
        } else if !named.contains(z.id.as_str()) {
            let zones: Vec<&str> = named.iter().copied().collect();
            out.push(Diagnostic::new(
                Code::UnknownReference,
                format!("{path}.id"),
                t!(
                    "names-zone-unknown",
                    zone = z.id.as_str(),
                    count = zones.len(),
                    zones = zones.join(", ")
                ),
                t!("names-zone-unknown-action"),
            ));
        }
        if z.name.trim().is_empty() {
            out.push(Diagnostic::new(
                Code::InvalidValue,
                format!("{path}.name"),
                t!("names-zone-name-empty", zone = z.id.as_str()),
                t!("names-zone-name-empty-action"),
            ));
        }
        for (lang, name) in &z.names {
            if lang.parse::<Lang>().is_err() {
                out.push(Diagnostic::new(
                    Code::InvalidValue,
                    format!("{path}.names.{lang}"),
                    t!("names-language-unknown", value = lang.as_str()),
                    t!("names-language-action"),
                ));
            } else if name.trim().is_empty() {
                out.push(Diagnostic::new(
                    Code::InvalidValue,
                    format!("{path}.names.{lang}"),
                    t!("names-zone-name-empty", zone = z.id.as_str()),
                    t!("names-zone-name-empty-action"),
                ));
            }
        }
    }
    let mut codes: BTreeMap<String, usize> = BTreeMap::new();
    for (i, f) in p.families.iter().enumerate() {
        let Some(code) = &f.code else { continue };
        let path = format!("$.families[{i}].code");
        let letters = code.chars().count();
        if !(1..=6).contains(&letters) || code.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            out.push(Diagnostic::new(
                Code::InvalidValue,
                path,
                t!(
                    "names-code-shape",
                    code = code.as_str(),
                    family = f.id.as_str()
                ),
                t!("names-code-shape-action"),
            ));
        } else if let Some(first) = codes.insert(code.to_uppercase(), i) {
            out.push(Diagnostic::new(
                Code::DuplicateId,
                path,
                t!(
                    "names-code-twice",
                    code = code.as_str(),
                    family = f.id.as_str(),
                    other = p.families[first].id.as_str()
                ),
                t!("names-code-twice-action"),
            ));
        }
    }
}

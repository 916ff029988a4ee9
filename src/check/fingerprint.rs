//! The fingerprint of a stop: what a solution remembers of the stop it was made for.
//!
//! It is the SHA-256 of the stop's canonical JSON: the parsed stop file written back with its
//! object keys sorted, no spaces, and every number with a fraction to 12 significant digits.
//! Formatting, key order, `1` against `1.0` and fields left at their default do not change it;
//! any change of content does (a stand moved by a centimetre, a weight, an exhibitor's need).

use crate::format::Problem;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::fmt::Write;

/// The fingerprint of a stop: SHA-256 of its canonical JSON, in lowercase hex.
///
/// ```
/// use caravane::check::fingerprint;
/// use caravane::stop::load::parse_problem;
/// let text = std::fs::read_to_string("instances/taroudant-2025.problem.json").unwrap();
/// let a = parse_problem(&text).unwrap();
/// // The same content, written another way.
/// let again: serde_json::Value = serde_json::from_str(&text).unwrap();
/// let b = parse_problem(&serde_json::to_string(&again).unwrap()).unwrap();
/// assert_eq!(fingerprint(&a), fingerprint(&b));
/// assert_eq!(fingerprint(&a).len(), 64);
/// ```
pub fn fingerprint(problem: &Problem) -> String {
    let value = serde_json::to_value(problem).expect("a stop is JSON");
    let mut text = String::new();
    canonical(&value, &mut text);
    let digest = Sha256::digest(text.as_bytes());
    let mut hex = String::with_capacity(64);
    for byte in digest {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// Writes a JSON value canonically: object keys sorted, no spaces, numbers as [`number`].
fn canonical(value: &Value, out: &mut String) {
    match value {
        Value::Null | Value::Bool(_) | Value::String(_) => out.push_str(&value.to_string()),
        Value::Number(n) => out.push_str(&number(n)),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                canonical(&map[key], out);
            }
            out.push('}');
        }
    }
}

/// A number as written in the canonical JSON: whole numbers as they are, others to 12
/// significant digits, so that a number written to a file and read back (which may differ in
/// its last binary digit) keeps its fingerprint.
fn number(n: &serde_json::Number) -> String {
    match (n.as_u64(), n.as_i64(), n.as_f64()) {
        (Some(u), _, _) => u.to_string(),
        (_, Some(i), _) => i.to_string(),
        (_, _, Some(0.0)) => "0".into(),
        (_, _, Some(x)) => format!("{x:.11e}"),
        _ => n.to_string(),
    }
}

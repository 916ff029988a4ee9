//! `caravane work` (hidden): runs one long job of the workbench in a process of its own. The
//! request comes as JSON on standard input, each stage as one JSON line on standard error, the
//! result as JSON on standard output (`{"error": …}` and exit code 1 when there is none). The
//! work itself is [`caravane::serve::worker`]; the server starts this command and ends it to
//! cancel.

use super::{Exit, EXIT_FAILURE, EXIT_INVALID, EXIT_OK};
use caravane::serve::worker::{run as work, Request, Update};
use std::io::{Read, Write};

/// Run one job of the workbench (for `caravane serve` only).
#[derive(Debug, clap::Args)]
pub struct WorkArgs {}

/// Reads the request, runs it, writes the result.
pub fn run(_args: &WorkArgs) -> Exit {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        return Err(EXIT_INVALID);
    }
    let request: Request = serde_json::from_str(&text).map_err(|e| {
        println!("{}", serde_json::json!({ "error": e.to_string() }));
        EXIT_INVALID
    })?;
    let report = |update: Update| {
        if let Ok(line) = serde_json::to_string(&update) {
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "{line}");
            let _ = err.flush();
        }
    };
    let (answer, code) = match work(&request, &report) {
        Ok(result) => (serde_json::json!({ "result": result }), EXIT_OK),
        Err(error) => (serde_json::json!({ "error": error }), EXIT_FAILURE),
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{answer}");
    let _ = out.flush();
    Ok(code)
}

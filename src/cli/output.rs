//! Writing the output files of every command.
//!
//! Each file is written whole or not at all, through the library's atomic writer (a temporary
//! file beside the target, then renamed). What was written is said on standard error (`écrit :
//! PATH` in French, `wrote PATH` in English), so that standard output carries only the results a user may pipe; a file that
//! cannot be written is an [`EXIT_FAILURE`].

use super::EXIT_FAILURE;
use caravane::stop::load;
use caravane::t;
use caravane::tour::itinerary::PlannedItinerary;
use serde::Serialize;
use std::fmt::Display;
use std::path::Path;

/// Writes a value as a JSON file.
pub fn json<T: Serialize>(path: &Path, value: &T) -> Result<(), i32> {
    file(path, load::write_json_atomic(path, value))
}

/// Writes a text file.
pub fn text(path: &Path, text: &str) -> Result<(), i32> {
    file(path, load::write_atomic(path, text.as_bytes()))
}

/// Writes a binary file (a PDF).
pub fn bytes(path: &Path, bytes: &[u8]) -> Result<(), i32> {
    file(path, load::write_atomic(path, bytes))
}

/// Writes the stop file and solution of every planned stop under `dir`, a folder per
/// itinerary.
pub fn plans(dir: &Path, plans: &[PlannedItinerary]) -> Result<(), i32> {
    let place = dir.display().to_string();
    told(
        t!("cli-plans-under", dir = &place),
        caravane::tour::write_plans(dir, plans),
        |files| t!("cli-files-under", count = files.len(), dir = &place),
    )
    .map(drop)
}

/// Says what became of the writing of one file.
fn file(path: &Path, result: std::io::Result<()>) -> Result<(), i32> {
    told(path.display(), result, |()| path.display().to_string())
}

/// Says what became of a writing: what was written, or why `place` cannot be written and the
/// exit code of a failure.
fn told<T>(
    place: impl Display,
    result: std::io::Result<T>,
    written: impl FnOnce(&T) -> String,
) -> Result<T, i32> {
    match result {
        Ok(value) => {
            eprintln!("{}", t!("cli-wrote", what = written(&value)));
            Ok(value)
        }
        Err(e) => {
            eprintln!(
                "{}",
                t!(
                    "cli-cannot-write",
                    place = place.to_string(),
                    why = e.to_string()
                )
            );
            Err(EXIT_FAILURE)
        }
    }
}

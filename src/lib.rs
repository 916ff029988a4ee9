//! # Caravane
//!
//! Plans the stops of a travelling market of the social and solidarity economy: which stand
//! each exhibitor gets on the square, so that every province is seen in every part of it, the
//! best places are shared fairly and clashing neighbours are kept apart.
//!
//! The layers, in the order a stop file meets them:
//! * [`format`]: the JSON files as written on disk (`caravane.stop/1`, `caravane.solution/1`,
//!   `caravane.tour/1`), kept apart from the model;
//! * [`stop`]: reading and validating a stop file, and the resolved stop with its venue graph;
//! * [`solve`]: the optimisation, in stages that each prove a bound;
//! * [`planning`]: a whole stop planned, re-planned or completed, as a checked solution file;
//! * [`terms`]: the objective terms, each defined once, and [`term_words`]: their names for
//!   people in every language;
//! * [`check`]: the independent re-verification of any layout;
//! * [`view`]: what people see (floor plan, report, agenda, summaries);
//! * [`sheets`]: spreadsheets in and out;
//! * [`print`]: the print pack, one PDF with the plan, lists, signs, programme and summary;
//! * [`serve`]: the planner's workbench in the browser (`caravane serve`), over one workspace file;
//! * [`tour`]: tours of several stops, planned and compared;
//! * [`i18n`]: every word users read, in French, English and Arabic;
//! * [`util`]: small shared helpers.
//!
//! The library never prints; the `caravane` command decides what the user sees.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// Loops over several parallel tables by index read better than zipped iterators here.
#![allow(clippy::needless_range_loop)]

pub mod check;
pub mod format;
pub mod i18n;
pub mod planning;
pub mod print;
pub mod serve;
pub mod sheets;
pub mod solve;
pub mod stop;
pub mod term_words;
pub mod terms;
pub mod tour;
pub mod util;
pub mod view;

/// The JSON Schema of a stop file, generated from [`format::Problem`].
pub fn stop_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(format::Problem)).expect("a schema is JSON")
}

/// The JSON Schema of a solution file, generated from [`format::Solution`].
pub fn solution_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(format::Solution)).expect("a schema is JSON")
}

/// The JSON Schema of the tour file.
pub fn tour_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(format::Tour)).expect("a schema is JSON")
}

/// The problem name of a file: its file name without `.problem.json` (or its extension).
///
/// ```
/// assert_eq!(caravane::problem_name(std::path::Path::new("instances/tata-2025.problem.json")), "tata-2025");
/// ```
pub fn problem_name(path: &std::path::Path) -> String {
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    for suffix in [".problem.json", ".json"] {
        if let Some(stem) = file.strip_suffix(suffix) {
            return stem.to_string();
        }
    }
    file
}

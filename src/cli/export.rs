//! `caravane export`: the assignments of a solution as a spreadsheet.

use super::input::Input;
use super::{output, Exit, EXIT_OK};
use std::path::PathBuf;

/// Write the assignments of a solution as a spreadsheet for Excel (UTF-8 with BOM; `;`
/// separated in French and Arabic, `,` in English): exhibitor, province, family, stand, zone,
/// agenda. The sheet is in the language of `--lang`, else the stop file's `language`, else the
/// user's.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The solution file.
    solution: PathBuf,
    /// The CSV file to write.
    #[arg(long)]
    csv: PathBuf,
    /// The stop file (default: `NAME.problem.json` beside the solution).
    #[arg(long)]
    problem: Option<PathBuf>,
}

/// Writes the spreadsheet.
pub fn run(args: &ExportArgs) -> Exit {
    let (problem, stop, solution) =
        Input::human().solution_and_stop(&args.solution, args.problem.as_deref())?;
    let lang = super::document_lang(problem.stop.language.as_deref());
    let csv = caravane::sheets::export::assignments_csv(&problem, &stop, &solution, lang);
    output::text(&args.csv, &csv)?;
    Ok(EXIT_OK)
}

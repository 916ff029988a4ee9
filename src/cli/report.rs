//! `caravane report`: the printable report of a solution, one self-contained HTML file.

use super::input::Input;
use super::{output, Exit, EXIT_FAILURE, EXIT_OK};
use std::path::PathBuf;

/// Write the printable report of a solution: one self-contained HTML file with the plan,
/// every cost explained, the provinces across the zones, the programme and the agendas, in the
/// language of `--lang`, else the stop's `language`, else the user's.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The solution file.
    solution: PathBuf,
    /// The HTML file to write.
    #[arg(long)]
    html: PathBuf,
    /// The stop file (default: `NAME.problem.json` beside the solution).
    #[arg(long)]
    problem: Option<PathBuf>,
}

/// Writes the report.
pub fn run(args: &ReportArgs) -> Exit {
    let (problem, stop, solution) =
        Input::human().solution_and_stop(&args.solution, args.problem.as_deref())?;
    let lang = super::document_lang(problem.stop.language.as_deref());
    let html =
        caravane::view::report::report_html(&problem, &stop, &solution, lang).map_err(|e| {
            eprintln!(
                "{}",
                caravane::t!("report-cannot-be-made", error = e.to_string())
            );
            EXIT_FAILURE
        })?;
    output::text(&args.html, &html)?;
    Ok(EXIT_OK)
}

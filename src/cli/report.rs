//! `caravane report`: the printable report of a solution, one self-contained HTML file.

use super::input::Input;
use super::{output, Exit, EXIT_FAILURE, EXIT_OK};
use std::path::PathBuf;

/// Write the printable report of a solution: one self-contained HTML file with the plan,
/// every cost explained, the provinces across the zones, the programme and the agendas.
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
    let html = caravane::view::report::report_html(&problem, &stop, &solution).map_err(|e| {
        eprintln!("error: the report cannot be made: {e}");
        EXIT_FAILURE
    })?;
    output::text(&args.html, &html)?;
    Ok(EXIT_OK)
}

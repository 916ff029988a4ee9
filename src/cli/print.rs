//! `caravane print`: the print pack of a solution, one PDF file.

use super::input::Input;
use super::{output, Exit, EXIT_FAILURE, EXIT_OK};
use std::path::PathBuf;

/// Write the print pack of a solution as one PDF file: the plan on A3, a list per zone for
/// the stewards, an A5 sign per stand, the programme and the agendas, and the summary of the
/// result; in the language of `--lang`, else the stop's `language`, else the user's.
#[derive(Debug, clap::Args)]
pub struct PrintArgs {
    /// The solution file.
    solution: PathBuf,
    /// The PDF file to write.
    #[arg(short, long)]
    output: PathBuf,
    /// The stop file (default: `NAME.problem.json` beside the solution).
    #[arg(long)]
    problem: Option<PathBuf>,
}

/// Writes the pack.
pub fn run(args: &PrintArgs) -> Exit {
    let (problem, stop, solution) =
        Input::human().solution_and_stop(&args.solution, args.problem.as_deref())?;
    let lang = super::document_lang(problem.stop.language.as_deref());
    let pdf = caravane::print::pack_pdf(&problem, &stop, &solution, lang).map_err(|e| {
        eprintln!(
            "{}",
            caravane::t!("print-cannot-be-made", error = e.to_string())
        );
        EXIT_FAILURE
    })?;
    output::bytes(&args.output, &pdf)?;
    Ok(EXIT_OK)
}

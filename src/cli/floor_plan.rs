//! `caravane plan`: the floor plan of a solution as an SVG drawing to scale.

use super::input::Input;
use super::{output, Exit, EXIT_OK};
use std::path::PathBuf;

/// Draw the floor plan of a solution to scale, for printing on A3: stands coloured by
/// province, prime stands, zones, clashing neighbours in red with the reason. The plan is in
/// the language of `--lang`, else the stop file's `language`, else the user's.
#[derive(Debug, clap::Args)]
pub struct PlanArgs {
    /// The solution file.
    solution: PathBuf,
    /// The SVG file to write.
    #[arg(long)]
    svg: PathBuf,
    /// The stop file (default: `NAME.problem.json` beside the solution).
    #[arg(long)]
    problem: Option<PathBuf>,
}

/// Writes the drawing.
pub fn run(args: &PlanArgs) -> Exit {
    let (problem, stop, solution) =
        Input::human().solution_and_stop(&args.solution, args.problem.as_deref())?;
    let lang = super::document_lang(problem.stop.language.as_deref());
    let svg = caravane::view::floor_plan::plan_svg(&problem, &stop, &solution, lang);
    output::text(&args.svg, &svg)?;
    Ok(EXIT_OK)
}

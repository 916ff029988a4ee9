//! The `plan`, `report`, `import` and `export` commands: what the planner sees and the
//! spreadsheets in and out.

use super::{EXIT_FAILURE, EXIT_INVALID};
use caravane::format::{Problem, Solution};
use caravane::stop::diagnostic::Report;
use caravane::stop::load;
use caravane::stop::model::Stop;
use std::path::{Path, PathBuf};

/// The stop file of a solution: given, or `NAME.problem.json` beside the solution, where
/// `NAME` is the problem the solution names.
fn problem_of(solution_path: &Path, solution: &Solution, given: Option<&Path>) -> PathBuf {
    given.map(Path::to_path_buf).unwrap_or_else(|| {
        solution_path.with_file_name(format!("{}.problem.json", solution.problem))
    })
}

/// Reads a solution and its stop; prints the problems and returns the exit code otherwise.
fn read_pair(
    solution_path: &Path,
    problem: Option<&Path>,
) -> Result<(Problem, Stop, Solution), i32> {
    let solution = load::read_solution(solution_path).map_err(|r| {
        eprint!("{r}");
        EXIT_INVALID
    })?;
    let problem_path = problem_of(solution_path, &solution, problem);
    let p = load::read_problem(&problem_path).map_err(|r| {
        eprint!("{r}");
        if problem.is_none() {
            eprintln!("(the stop file was looked for beside the solution; give it with --problem)");
        }
        EXIT_INVALID
    })?;
    let stop = Stop::new(&caravane::problem_name(&problem_path), &p);
    Ok((p, stop, solution))
}

fn write(path: &Path, text: &str) -> i32 {
    super::written(path, load::write_atomic(path, text.as_bytes()))
}

/// `caravane plan SOLUTION --svg FILE`.
pub fn plan_cmd(solution: &Path, problem: Option<&Path>, svg: &Path) -> i32 {
    match read_pair(solution, problem) {
        Ok((p, stop, sol)) => write(svg, &caravane::view::floor_plan::plan_svg(&p, &stop, &sol)),
        Err(code) => code,
    }
}

/// `caravane report SOLUTION --html FILE`.
pub fn report_cmd(solution: &Path, problem: Option<&Path>, html: &Path) -> i32 {
    match read_pair(solution, problem) {
        Ok((p, stop, sol)) => match caravane::view::report::report_html(&p, &stop, &sol) {
            Ok(text) => write(html, &text),
            Err(e) => {
                eprintln!("error: the report cannot be made: {e}");
                EXIT_FAILURE
            }
        },
        Err(code) => code,
    }
}

/// `caravane export SOLUTION --csv FILE`.
pub fn export_cmd(solution: &Path, problem: Option<&Path>, csv: &Path) -> i32 {
    match read_pair(solution, problem) {
        Ok((_, stop, sol)) => write(csv, &caravane::sheets::export::assignments_csv(&stop, &sol)),
        Err(code) => code,
    }
}

/// `caravane import EXHIBITORS.csv --venue STOP [--sessions STOP] -o NEW`.
pub fn import_cmd(csv: &Path, venue: &Path, sessions: Option<&Path>, output: &Path) -> i32 {
    let mut template = match load::read_problem(venue) {
        Ok(p) => p,
        Err(r) => {
            eprint!("{r}");
            return EXIT_INVALID;
        }
    };
    if let Some(path) = sessions {
        match load::read_problem(path) {
            Ok(p) => {
                template.rooms = p.rooms;
                template.slots = p.slots;
                template.sessions = p.sessions;
            }
            Err(r) => {
                eprint!("{r}");
                return EXIT_INVALID;
            }
        }
    }
    let bytes = match std::fs::read(csv) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{}: error[io]: the file cannot be read: {e}", csv.display());
            return EXIT_INVALID;
        }
    };
    match caravane::sheets::import::import_exhibitors(&bytes, &template) {
        Ok(imported) => {
            let (_, encoding) = caravane::sheets::import::decode(&bytes);
            eprintln!(
                "read {} exhibitors from {} ({encoding})",
                imported.problem.exhibitors.len(),
                csv.display()
            );
            if !imported.ignored_columns.is_empty() {
                eprintln!(
                    "note: columns left aside (not read by Caravane): {}",
                    imported.ignored_columns.join(", ")
                );
            }
            super::write_or_fail(output, &imported.problem)
        }
        Err(diagnostics) => {
            eprint!(
                "{}",
                Report {
                    file: csv.display().to_string(),
                    diagnostics
                }
            );
            EXIT_INVALID
        }
    }
}

//! Reading the input files of every command, and telling their problems in one format.
//!
//! A file's problems are told as the library reports them: each with its file, code, JSON path
//! (or line), cause and action. For people they go to standard error; with `--json`, where a
//! command has it, they are printed on standard output as a JSON list of reports. A command
//! given an invalid file stops with [`EXIT_INVALID`] and writes nothing.

use super::EXIT_INVALID;
use caravane::format::{Problem, Solution, Tour};
use caravane::sheets::import::{decode, import_exhibitors, Imported};
use caravane::stop::diagnostic::{Code, Diagnostic, Report};
use caravane::stop::load;
use caravane::stop::model::Stop;
use caravane::t;
use std::path::Path;

/// The input files of one command, and how their problems are told.
#[derive(Debug, Clone, Copy)]
pub struct Input {
    json: bool,
}

impl Input {
    /// Problems told for people, on standard error.
    pub fn human() -> Input {
        Input { json: false }
    }

    /// Problems told as JSON on standard output when `json`, for people otherwise.
    pub fn new(json: bool) -> Input {
        Input { json }
    }

    /// A valid stop file.
    pub fn stop(self, path: &Path) -> Result<Problem, i32> {
        load::read_problem(path).map_err(|r| self.refuse(r))
    }

    /// A valid stop file, resolved into the stop the library works on.
    pub fn resolved_stop(self, path: &Path) -> Result<(Problem, Stop), i32> {
        let problem = self.stop(path)?;
        let stop = Stop::new(&caravane::problem_name(path), &problem);
        Ok((problem, stop))
    }

    /// A solution file of the right shape (whether it fits its stop is `check`'s business).
    pub fn solution(self, path: &Path) -> Result<Solution, i32> {
        load::read_solution(path).map_err(|r| self.refuse(r))
    }

    /// A solution that holds a layout, to start from: an announced plan.
    pub fn announced(self, path: &Path) -> Result<Solution, i32> {
        let solution = self.solution(path)?;
        if solution.assignments.is_empty() {
            return Err(self.refuse(report(
                path,
                vec![Diagnostic::new(
                    Code::SolutionMismatch,
                    "$.assignments",
                    t!(
                        "cli-input-no-layout",
                        status = super::words::status(solution.status)
                    ),
                    t!("cli-input-no-layout-action"),
                )],
            )));
        }
        Ok(solution)
    }

    /// A valid tour file.
    pub fn tour(self, path: &Path) -> Result<Tour, i32> {
        load::read_tour(path).map_err(|r| self.refuse(r))
    }

    /// An exhibitor spreadsheet saved as CSV, read into a stop made from `template` (see
    /// [`import_exhibitors`]), with the encoding it was found in.
    pub fn exhibitor_sheet(
        self,
        path: &Path,
        template: &Problem,
    ) -> Result<(Imported, &'static str), i32> {
        let bytes = std::fs::read(path)
            .map_err(|e| self.refuse(report(path, vec![caravane::stop::load::unreadable(&e)])))?;
        let imported =
            import_exhibitors(&bytes, template).map_err(|d| self.refuse(report(path, d)))?;
        Ok((imported, decode(&bytes).1))
    }

    /// A solution file and its stop file: the one given, or by default `NAME.problem.json`
    /// beside the solution, where `NAME` is the problem the solution names.
    pub fn solution_and_stop(
        self,
        solution_path: &Path,
        given: Option<&Path>,
    ) -> Result<(Problem, Stop, Solution), i32> {
        let solution = self.solution(solution_path)?;
        let problem_path = given.map(Path::to_path_buf).unwrap_or_else(|| {
            solution_path.with_file_name(format!("{}.problem.json", solution.problem))
        });
        let found = self.resolved_stop(&problem_path);
        if found.is_err() && given.is_none() {
            eprintln!("{}", t!("cli-input-stop-looked-beside"));
        }
        let (problem, stop) = found?;
        Ok((problem, stop, solution))
    }

    /// Tells the problems of several files at once.
    pub fn tell(self, reports: &[Report]) {
        if self.json {
            println!(
                "{}",
                serde_json::to_string_pretty(reports).expect("reports are JSON")
            );
        } else {
            for r in reports {
                eprint!("{r}");
            }
        }
    }

    /// Tells the problems of a file and returns the exit code of an invalid input.
    pub fn refuse(self, report: Report) -> i32 {
        self.tell(&[report]);
        EXIT_INVALID
    }
}

pub use caravane::stop::load::StopOrTour;

/// Reads a stop or tour file, told apart by its `format` (or else its name: `*.tour.json` is a
/// tour), keeping its problems to be told with those of other files.
pub fn stop_or_tour(path: &Path) -> Result<StopOrTour, Report> {
    load::read_stop_or_tour(path)
}

/// The report of the problems of a file.
fn report(path: &Path, diagnostics: Vec<Diagnostic>) -> Report {
    Report {
        file: path.display().to_string(),
        diagnostics,
    }
}

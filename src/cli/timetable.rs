//! `caravane timetable`: the programme of a solution, and each exhibitor's agenda.

use super::input::Input;
use super::{Exit, EXIT_INVALID, EXIT_OK};
use caravane::t;
use caravane::view::agenda::Programme;
use std::path::PathBuf;

/// Print the programme of a solution by day and room, and each exhibitor's own agenda.
#[derive(Debug, clap::Args)]
pub struct TimetableArgs {
    /// The stop file.
    problem: PathBuf,
    /// The solution file.
    solution: PathBuf,
    /// Only this exhibitor's agenda.
    #[arg(long)]
    exhibitor: Option<String>,
}

/// Prints the programme and the agendas, or one exhibitor's agenda.
pub fn run(args: &TimetableArgs) -> Exit {
    let input = Input::human();
    let (_, stop) = input.resolved_stop(&args.problem)?;
    let solution = input.solution(&args.solution)?;
    let programme = Programme::read(&stop, &solution).map_err(|why| {
        eprintln!("{}", t!("cli-error", message = why));
        EXIT_INVALID
    })?;
    match &args.exhibitor {
        None => print!("{}", programme.render(&stop)),
        Some(id) => match programme.agenda_of(&stop, id) {
            Some(text) => print!("{text}"),
            None => {
                eprintln!(
                    "{}",
                    t!(
                        "cli-timetable-no-such-exhibitor",
                        id = id.as_str(),
                        file = args.problem.display().to_string()
                    )
                );
                return Err(EXIT_INVALID);
            }
        },
    }
    Ok(EXIT_OK)
}

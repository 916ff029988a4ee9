//! `caravane import`: a stop file made from the exhibitor spreadsheet.

use super::input::Input;
use super::{output, Exit, EXIT_OK};
use caravane::t;
use std::path::PathBuf;

/// Make a stop file from the exhibitor spreadsheet (CSV, `;` or `,`, UTF-8 or
/// Windows-1252) and a stop file giving the venue, provinces, families and rules.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The exhibitor spreadsheet saved as CSV.
    exhibitors: PathBuf,
    /// A stop file whose venue, provinces, families, rules and programme are used (its
    /// exhibitors are replaced).
    #[arg(long)]
    venue: PathBuf,
    /// A stop file whose rooms, slots and sessions replace those of the venue file.
    #[arg(long)]
    sessions: Option<PathBuf>,
    /// The stop file to write.
    #[arg(long, short = 'o')]
    output: PathBuf,
}

/// Reads the spreadsheet into the venue's stop and writes the new stop file.
pub fn run(args: &ImportArgs) -> Exit {
    let input = Input::human();
    let mut template = input.stop(&args.venue)?;
    if let Some(path) = &args.sessions {
        let programme = input.stop(path)?;
        template.rooms = programme.rooms;
        template.slots = programme.slots;
        template.sessions = programme.sessions;
    }
    let (imported, encoding) = input.exhibitor_sheet(&args.exhibitors, &template)?;
    eprintln!(
        "{}",
        t!(
            "cli-import-read",
            count = imported.problem.exhibitors.len(),
            file = args.exhibitors.display().to_string(),
            encoding = encoding
        )
    );
    if !imported.ignored_columns.is_empty() {
        eprintln!(
            "{}",
            t!(
                "cli-import-ignored-columns",
                columns = imported.ignored_columns.join(", ")
            )
        );
    }
    output::json(&args.output, &imported.problem)?;
    Ok(EXIT_OK)
}

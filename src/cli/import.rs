//! `caravane import`: a stop file made from the exhibitor spreadsheet, and if need be the
//! sessions sheet, the rooms and the daily slots.

use super::input::Input;
use super::{output, Exit, EXIT_OK};
use caravane::sheets::import::{with_details, StopDetails};
use caravane::sheets::sessions::{daily_slots, read_rooms, read_sessions, room_from_words};
use caravane::stop::diagnostic::{Diagnostic, Report};
use caravane::t;
use std::path::{Path, PathBuf};

/// Make a stop file from the exhibitor spreadsheet (CSV, `;` or `,`, UTF-8 or
/// Windows-1252) and a stop file giving the venue, provinces, families and rules; the stop's
/// title, town, place and dates, its sessions, rooms and slots may be given too.
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
    /// The sessions sheet saved as CSV (titre, thème, durée, places, besoins, animation).
    #[arg(long, value_name = "SESSIONS.csv")]
    sessions_sheet: Option<PathBuf>,
    /// A room: "name:seats[:equipment]", e.g. "Tente des rencontres:40:sono" (repeat it).
    #[arg(long, value_name = "NAME:SEATS[:EQUIPMENT]")]
    room: Vec<String>,
    /// The rooms sheet saved as CSV (nom, places, équipements).
    #[arg(long, value_name = "ROOMS.csv", conflicts_with = "room")]
    rooms: Option<PathBuf>,
    /// The slots of every day of the stop: "10:00-11:30 calme, 15:00-16:30, 17:30-19:00 affluence".
    #[arg(long, value_name = "TIMES")]
    slot_times: Option<String>,
    /// Days on which a slot of normal footfall is busy: "samedi,dimanche" or dates.
    #[arg(long, value_name = "DAYS", requires = "slot_times")]
    busy_days: Option<String>,
    /// The stop's title.
    #[arg(long)]
    title: Option<String>,
    /// The host town.
    #[arg(long)]
    town: Option<String>,
    /// The square or hall.
    #[arg(long)]
    place: Option<String>,
    /// The first day, YYYY-MM-DD.
    #[arg(long)]
    from: Option<String>,
    /// The last day, YYYY-MM-DD.
    #[arg(long)]
    to: Option<String>,
    /// The stop file to write.
    #[arg(long, short = 'o')]
    output: PathBuf,
}

/// The problems of one input, told, and the exit code of an invalid input.
fn refuse(input: Input, file: &str, diagnostics: Vec<Diagnostic>) -> i32 {
    input.refuse(Report {
        file: file.to_string(),
        diagnostics,
    })
}

/// The bytes of a sheet, or its problem told.
fn bytes(input: Input, path: &Path) -> Result<Vec<u8>, i32> {
    std::fs::read(path).map_err(|e| {
        refuse(
            input,
            &path.display().to_string(),
            vec![caravane::stop::load::unreadable(&e)],
        )
    })
}

/// Reads the sheets into the venue's stop and writes the new stop file.
pub fn run(args: &ImportArgs) -> Exit {
    let input = Input::human();
    let mut template = input.stop(&args.venue)?;
    let details = StopDetails {
        title: args.title.clone(),
        town: args.town.clone(),
        place: args.place.clone(),
        from: args.from.clone(),
        to: args.to.clone(),
    };
    with_details(&mut template, &details).map_err(|d| refuse(input, "caravane import", d))?;
    if let Some(path) = &args.sessions {
        let programme = input.stop(path)?;
        template.rooms = programme.rooms;
        template.slots = programme.slots;
        template.sessions = programme.sessions;
    }
    if let Some(path) = &args.rooms {
        let rooms = read_rooms(&bytes(input, path)?)
            .map_err(|d| refuse(input, &path.display().to_string(), d))?;
        template.rooms = rooms;
    } else if !args.room.is_empty() {
        let (rooms, problems): (Vec<_>, Vec<_>) = args
            .room
            .iter()
            .map(|r| room_from_words(r))
            .partition(Result::is_ok);
        if !problems.is_empty() {
            let problems = problems.into_iter().filter_map(Result::err).collect();
            return Err(refuse(input, "caravane import", problems));
        }
        template.rooms = rooms.into_iter().filter_map(Result::ok).collect();
    }
    if let Some(times) = &args.slot_times {
        template.slots = daily_slots(
            times,
            args.busy_days.as_deref().unwrap_or_default(),
            &template.stop.from,
            &template.stop.to,
        )
        .map_err(|d| refuse(input, "caravane import", d))?;
    }
    if let Some(path) = &args.sessions_sheet {
        let sessions = read_sessions(&bytes(input, path)?, &template.rooms)
            .map_err(|d| refuse(input, &path.display().to_string(), d))?;
        template.sessions = sessions;
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
    let stop = &imported.problem;
    eprintln!(
        "{}",
        t!(
            "sheets-programme-read",
            sessions = stop.sessions.len(),
            rooms = stop.rooms.len(),
            slots = stop.slots.len()
        )
    );
    if !imported.extra_columns.is_empty() {
        eprintln!(
            "{}",
            t!(
                "sheets-extra-columns",
                columns = imported.extra_columns.join(", ")
            )
        );
    }
    output::json(&args.output, &imported.problem)?;
    Ok(EXIT_OK)
}

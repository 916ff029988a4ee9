//! `caravane import-tour`: a tour file made from the planner's spreadsheets and the stop files
//! of the towns' squares.

use super::input::Input;
use super::{output, Exit, EXIT_INVALID, EXIT_OK};
use caravane::sheets::tour::{import_tour, SheetFile, TourSheets, VenueFile};
use caravane::stop::diagnostic::{Code, Diagnostic, Report};
use caravane::t;
use std::path::{Path, PathBuf};

/// Make a tour file from spreadsheets saved as CSV: the towns, the roads, the itineraries and
/// the exhibitor pool, with a stop file for the square of each town.
#[derive(Debug, clap::Args)]
pub struct ImportTourArgs {
    /// The towns: nom, and optional identifiant, province, latitude, longitude.
    #[arg(long)]
    towns: PathBuf,
    /// The roads: de, à, km.
    #[arg(long)]
    roads: PathBuf,
    /// The itineraries: itinéraire, ordre, ville, du, au, and optional lieu, places, rayon,
    /// exposants, quotas, rencontres.
    #[arg(long)]
    itineraries: PathBuf,
    /// The exhibitor sheet of the whole pool; its commune is each exhibitor's home town.
    #[arg(long)]
    exhibitors: PathBuf,
    /// TOWN=STOP.json: the stop file whose stands, zones, landmarks, rooms and slots are the
    /// venue of that town (its id or name). Repeat for every town the market stops in.
    #[arg(long, value_name = "TOWN=STOP.json", required = true)]
    venue: Vec<String>,
    /// A stop file giving the provinces, families, rules and sessions (default: the first
    /// venue file).
    #[arg(long)]
    like: Option<PathBuf>,
    /// The tour's name (default: the name of the stop given by --like or the first venue).
    #[arg(long)]
    name: Option<String>,
    /// The tour file to write.
    #[arg(long, short = 'o')]
    output: PathBuf,
}

/// Reads every sheet and stop file, tells every problem at once, and writes the tour file only
/// when there is none.
pub fn run(args: &ImportTourArgs) -> Exit {
    let input = Input::human();
    let mut refused: Vec<Report> = Vec::new();
    let mut sheet = |path: &Path| match std::fs::read(path) {
        Ok(bytes) => SheetFile {
            file: path.display().to_string(),
            bytes,
        },
        Err(e) => {
            refused.push(unreadable(path, &e));
            SheetFile {
                file: path.display().to_string(),
                bytes: vec![],
            }
        }
    };
    let towns = sheet(&args.towns);
    let roads = sheet(&args.roads);
    let itineraries = sheet(&args.itineraries);
    let exhibitors = sheet(&args.exhibitors);
    let mut venues = Vec::new();
    for arg in &args.venue {
        let Some((town, file)) = arg.split_once('=') else {
            refused.push(Report {
                file: arg.clone(),
                diagnostics: vec![Diagnostic::new(
                    Code::InvalidValue,
                    "--venue",
                    t!("tour-cli-venue-arg", value = arg.as_str()),
                    t!("tour-cli-venue-arg-action"),
                )],
            });
            continue;
        };
        match caravane::stop::load::read_problem(Path::new(file)) {
            Ok(stop) => venues.push(VenueFile {
                town: town.trim().to_string(),
                file: file.to_string(),
                stop,
            }),
            Err(r) => refused.push(r),
        }
    }
    let like = match &args.like {
        None => None,
        Some(path) => match caravane::stop::load::read_problem(path) {
            Ok(stop) => Some((path.display().to_string(), stop)),
            Err(r) => {
                refused.push(r);
                None
            }
        },
    };
    if !refused.is_empty() {
        input.tell(&refused);
        return Err(EXIT_INVALID);
    }
    let sheets = TourSheets {
        name: args.name.clone(),
        towns,
        roads,
        itineraries,
        exhibitors,
        venues,
        like,
    };
    let tour = import_tour(&sheets).map_err(|reports| {
        input.tell(&reports);
        EXIT_INVALID
    })?;
    let stops: usize = tour.itineraries.iter().map(|i| i.stops.len()).sum();
    eprintln!(
        "{}",
        t!(
            "tour-cli-read",
            towns = tour.towns.len(),
            roads = tour.roads.len(),
            exhibitors = tour.exhibitors.len(),
            venues = tour.venues.len(),
            itineraries = tour.itineraries.len(),
            stops = stops
        )
    );
    output::json(&args.output, &tour)?;
    Ok(EXIT_OK)
}

/// The problem of a file that cannot be read.
fn unreadable(path: &Path, e: &std::io::Error) -> Report {
    Report {
        file: path.display().to_string(),
        diagnostics: vec![caravane::stop::load::unreadable(e)],
    }
}

//! `caravane tour`: plans every stop of every itinerary of a tour and writes them.

use super::input::Input;
use super::itineraries::{exit_code, itinerary_ids, TourRunArgs};
use super::{output, Exit, EXIT_INVALID};
use caravane::format::Itinerary;
use caravane::i18n::{current, numbers};
use caravane::t;
use caravane::tour::compare::compare;
use caravane::tour::itinerary::PlannedItinerary;
use caravane::tour::TourModel;
use std::path::{Path, PathBuf};

/// Plan every stop of every itinerary of a tour, in date order with the history of the
/// earlier stops, and write each stop file and solution.
#[derive(Debug, clap::Args)]
pub struct TourArgs {
    /// The tour file (`NAME.tour.json`).
    tour: PathBuf,
    /// Folder for the plans (default: `NAME.plans` beside the tour file); each itinerary
    /// gets a sub-folder with `NN-VENUE.problem.json` and `NN-VENUE.solution.json`.
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// Only these itineraries (by id; repeat the option for several).
    #[arg(long)]
    itinerary: Vec<String>,
    #[command(flatten)]
    run: TourRunArgs,
}

/// Plans the chosen itineraries, writes their plans with `comparison.json` (every figure, and
/// who was turned away at each stop and why), and prints a line per stop.
pub fn run(args: &TourArgs) -> Exit {
    let options = args.run.options()?;
    let m = TourModel::new(Input::human().tour(&args.tour)?);
    let chosen = chosen(&m, args)?;
    let plans = args.run.plan(&m, &chosen, &options)?;
    let dir = args
        .output
        .clone()
        .unwrap_or_else(|| default_plans_dir(&args.tour));
    output::plans(&dir, &plans)?;
    output::json(&dir.join("comparison.json"), &compare(&m, &plans))?;
    for p in &plans {
        print_itinerary(&m, p);
    }
    Ok(exit_code(&plans))
}

/// The itineraries asked for with `--itinerary` (all by default); an unknown id is refused.
fn chosen(m: &TourModel, args: &TourArgs) -> Result<Vec<Itinerary>, i32> {
    let only = &args.itinerary;
    let unknown: Vec<String> = only
        .iter()
        .filter(|id| !m.tour.itineraries.iter().any(|i| &i.id == *id))
        .map(|id| format!("\"{id}\""))
        .collect();
    if !unknown.is_empty() {
        eprintln!(
            "{}",
            t!(
                "cli-tour-no-such-itinerary",
                ids = unknown.join(", "),
                file = args.tour.display().to_string(),
                known = itinerary_ids(m)
            )
        );
        return Err(EXIT_INVALID);
    }
    Ok(m.tour
        .itineraries
        .iter()
        .filter(|i| only.is_empty() || only.contains(&i.id))
        .cloned()
        .collect())
}

/// `NAME.plans` beside the tour file `NAME.tour.json`.
fn default_plans_dir(tour: &Path) -> PathBuf {
    let file = tour
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = file
        .strip_suffix(".tour.json")
        .or_else(|| file.strip_suffix(".json"))
        .unwrap_or(&file);
    tour.with_file_name(format!("{stem}.plans"))
}

/// The itinerary's name, then a line per stop: dates, exhibitors, status and objective, or why
/// it was not planned.
fn print_itinerary(m: &TourModel, p: &PlannedItinerary) {
    let lang = current();
    println!("{} ({})", p.name, p.id);
    for s in &p.stops {
        let town = &m.tour.towns[s.town].name;
        match &s.solution {
            Ok(sol) => {
                let dates = numbers::date_range_text(lang, &s.from, &s.to);
                let status = super::words::status(sol.status);
                let line = match &sol.objective {
                    Some(o) => t!(
                        "cli-tour-stop",
                        dates = dates,
                        exhibitors = s.selection.chosen.len(),
                        turned_away = s.selection.turned_away.len(),
                        status = status,
                        objective = numbers::number(lang, o.total, 0, 4)
                    ),
                    None => t!(
                        "cli-tour-stop-no-layout",
                        dates = dates,
                        exhibitors = s.selection.chosen.len(),
                        turned_away = s.selection.turned_away.len(),
                        status = status
                    ),
                };
                println!("  {:<26} {line}", format!("{}/{}", p.id, s.name));
            }
            Err(e) => println!(
                "  {}",
                t!(
                    "cli-tour-not-planned",
                    stop = format!("{}/{}", p.id, s.name),
                    town = town.as_str(),
                    why = e.to_string()
                )
            ),
        }
    }
}

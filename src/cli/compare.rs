//! `caravane compare`: the itineraries of a tour planned and ranked side by side.

use super::input::Input;
use super::itineraries::{exit_code, itinerary_ids, TourRunArgs};
use super::{output, Exit, EXIT_FAILURE, EXIT_INVALID};
use caravane::format::Itinerary;
use caravane::i18n::Lang;
use caravane::t;
use caravane::tour::compare::{compare, Comparison};
use caravane::tour::order::with_shortest_orders;
use caravane::tour::TourModel;
use std::path::PathBuf;

/// Plan the itineraries of a tour and rank them side by side: travel, attendance,
/// representation, layout quality, fairness of prime stands, sessions missed.
#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// The tour file (`NAME.tour.json`).
    tour: PathBuf,
    /// How to print the ranking.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Write the ranking to this file instead of the screen.
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// Also write every stop file and solution into this folder.
    #[arg(long)]
    plans: Option<PathBuf>,
    /// Search the best order of an itinerary's stops (default: the first itinerary) and
    /// rank the shortest orders found against it.
    #[arg(long, num_args = 0..=1, default_missing_value = "")]
    best_order: Option<String>,
    /// How many of the shortest orders to plan in full with `--best-order`.
    #[arg(long, default_value_t = 3)]
    keep: usize,
    #[command(flatten)]
    run: TourRunArgs,
}

/// How a comparison is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// A table for people.
    Table,
    /// One line per itinerary, for a spreadsheet.
    Csv,
    /// Everything, per stop too.
    Json,
    /// A page with the ranking, a chart of the criteria and each itinerary's stops.
    Html,
}

/// Plans the itineraries (or the orders of one), ranks them and prints or writes the ranking.
pub fn run(args: &CompareArgs) -> Exit {
    let options = args.run.options()?;
    let m = TourModel::new(Input::human().tour(&args.tour)?);
    let itineraries = match &args.best_order {
        None => m.tour.itineraries.clone(),
        Some(id) => orders(&m, args, id)?,
    };
    let plans = args.run.plan(&m, &itineraries, &options)?;
    if let Some(dir) = &args.plans {
        output::plans(dir, &plans)?;
    }
    let lang = super::document_lang(m.tour.tour.language.as_deref());
    let text = render(&compare(&m, &plans), args.format, lang)?;
    match &args.output {
        None => print!("{text}"),
        Some(file) => output::text(file, &text)?,
    }
    Ok(exit_code(&plans))
}

/// The itinerary `id` (the first one when empty) and the `--keep` shortest other orders of
/// its stops.
fn orders(m: &TourModel, args: &CompareArgs, id: &str) -> Result<Vec<Itinerary>, i32> {
    let base = if id.is_empty() {
        m.tour.itineraries.first()
    } else {
        m.tour.itineraries.iter().find(|i| i.id == id)
    };
    let Some(base) = base else {
        eprintln!(
            "{}",
            t!(
                "cli-tour-no-such-itinerary",
                ids = format!("\"{id}\""),
                file = args.tour.display().to_string(),
                known = itinerary_ids(m)
            )
        );
        return Err(EXIT_INVALID);
    };
    let list = args
        .run
        .on_pool(|| with_shortest_orders(m, base, args.keep))?;
    if !args.run.quiet {
        eprintln!(
            "{}",
            t!(
                "cli-compare-best-order",
                id = base.id.as_str(),
                stops = base.stops.len(),
                others = list.len() - 1
            )
        );
    }
    Ok(list)
}

/// The ranking in the format asked for.
fn render(ranking: &Comparison, format: Format, lang: Lang) -> Result<String, i32> {
    Ok(match format {
        Format::Table => ranking.table(),
        Format::Csv => csv(ranking),
        Format::Json => serde_json::to_string_pretty(ranking).expect("a comparison is JSON") + "\n",
        Format::Html => caravane::view::tour_page::tour_html(ranking, lang).map_err(|e| {
            eprintln!(
                "{}",
                caravane::t!("report-tour-cannot-be-made", error = e.to_string())
            );
            EXIT_FAILURE
        })?,
    })
}

/// One CSV row per itinerary (comma-separated, quoted where needed; numbers as the files write
/// them, the column names in the language of the command).
fn csv(c: &Comparison) -> String {
    let header = [
        t!("cli-csv-rank"),
        t!("cli-csv-id"),
        t!("cli-csv-name"),
        t!("cli-csv-score"),
        t!("cli-csv-route"),
        t!("cli-csv-tour-km"),
        t!("cli-csv-exhibitor-km"),
        t!("cli-csv-attending"),
        t!("cli-csv-places"),
        t!("cli-csv-turned-away"),
        t!("cli-csv-representation-gap"),
        t!("cli-csv-layout"),
        t!("cli-csv-prime-min"),
        t!("cli-csv-prime-max"),
        t!("cli-csv-prime-gini"),
        t!("cli-csv-sessions-missed"),
    ];
    let mut out: String = header
        .iter()
        .map(|h| quote(h))
        .collect::<Vec<_>>()
        .join(",");
    out.push('\n');
    for f in &c.itineraries {
        let cells = [
            f.rank.to_string(),
            quote(&f.id),
            quote(&f.name),
            f.score.map(|x| x.to_string()).unwrap_or_default(),
            quote(&f.route.join(" > ")),
            f.tour_km.to_string(),
            f.exhibitor_km.to_string(),
            f.attending.to_string(),
            f.places.to_string(),
            f.turned_away.to_string(),
            f.representation_gap.to_string(),
            f.layout.map(|x| x.to_string()).unwrap_or_default(),
            f.prime_min.to_string(),
            f.prime_max.to_string(),
            f.prime_gini.to_string(),
            f.sessions_missed.to_string(),
        ];
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// A CSV cell, quoted when it holds a comma, a quote or a line break.
fn quote(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

//! `caravane compare`: the itineraries of a tour planned and ranked side by side.

use super::input::Input;
use super::itineraries::{exit_code, itinerary_ids, TourRunArgs};
use super::{output, Exit, EXIT_FAILURE, EXIT_INVALID};
use caravane::format::Itinerary;
use caravane::i18n::{current, numbers, Lang};
use caravane::t;
use caravane::tour::compare::{compare, Comparison, StopFigures};
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
    let text = render(&compare(&m, &plans), args.format)?;
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
                count = 1,
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
fn render(ranking: &Comparison, format: Format) -> Result<String, i32> {
    Ok(match format {
        Format::Table => table(ranking),
        Format::Csv => csv(ranking),
        Format::Json => serde_json::to_string_pretty(ranking).expect("a comparison is JSON") + "\n",
        Format::Html => caravane::view::tour_page::tour_html(ranking).map_err(|e| {
            eprintln!("{}", t!("cli-compare-page-failed", why = e.to_string()));
            EXIT_FAILURE
        })?,
    })
}

/// A figure with `digits` decimals the language's way, or a dash when there is none.
fn num(lang: Lang, x: Option<f64>, digits: usize) -> String {
    match x {
        Some(v) if v.is_finite() => numbers::decimal(lang, v, digits),
        _ => "—".into(),
    }
}

/// The first `n` characters of `s`, with an ellipsis when it is longer.
fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

/// A stop's status in a word or two: the solution's, or the reason it has none.
fn stop_status(s: &StopFigures) -> String {
    let status = match s.status.as_str() {
        "optimal" => caravane::format::Status::Optimal,
        "feasible" => caravane::format::Status::Feasible,
        "infeasible" => caravane::format::Status::Infeasible,
        "unknown" => caravane::format::Status::Unknown,
        _ => return t!("cli-compare-not-planned"),
    };
    super::words::status(status)
}

/// The ranking as a table for people, then each itinerary's stops.
fn table(c: &Comparison) -> String {
    let lang = current();
    let mut out = t!(
        "cli-compare-title",
        tour = c.tour.as_str(),
        count = c.itineraries.len()
    );
    out.push_str("\n\n");
    out.push_str(&format!(
        "{:<4} {:<22} {:>6} {:>9} {:>10} {:>7} {:>7} {:>7} {:>9} {:>7} {:>6} {:>8}\n",
        t!("cli-compare-rank"),
        t!("cli-compare-itinerary"),
        t!("cli-compare-score"),
        t!("cli-compare-tour-km"),
        t!("cli-compare-exhibitor-km"),
        t!("cli-compare-attending"),
        t!("cli-compare-turned-away"),
        t!("cli-compare-representation"),
        t!("cli-compare-layout"),
        t!("cli-compare-prime"),
        t!("cli-compare-gini"),
        t!("cli-compare-missed"),
    ));
    for f in &c.itineraries {
        out.push_str(&format!(
            "{:<4} {:<22} {:>6} {:>9} {:>10} {:>7} {:>7} {:>7} {:>9} {:>7} {:>6} {:>8}\n",
            f.rank,
            truncate(&f.id, 22),
            num(lang, f.score, 2),
            numbers::decimal(lang, f.tour_km, 0),
            numbers::decimal(lang, f.exhibitor_km, 0),
            f.attending,
            f.turned_away,
            numbers::decimal(lang, f.representation_gap, 2),
            num(lang, f.layout, 2),
            format!("{}–{}", f.prime_min, f.prime_max),
            numbers::decimal(lang, f.prime_gini, 3),
            numbers::figure(lang, f.sessions_missed),
        ));
    }
    for f in &c.itineraries {
        out.push_str(&format!(
            "\n{} ({}): {}\n",
            f.name,
            f.id,
            f.route.join(" → ")
        ));
        for s in &f.stops {
            let line = t!(
                "cli-compare-stop",
                dates = numbers::date_range_text(lang, &s.from, &s.to),
                exhibitors = s.exhibitors,
                turned_away = s.turned_away,
                gap = numbers::decimal(lang, s.representation_gap, 2),
                status = stop_status(s),
                objective = num(lang, s.objective, 2)
            );
            let error = s
                .error
                .as_ref()
                .map(|e| format!(" — {e}"))
                .unwrap_or_default();
            out.push_str(&format!(
                "  {:<34} {line}{error}\n",
                truncate(&format!("{} ({})", s.town, s.venue), 34)
            ));
        }
    }
    out.push('\n');
    out.push_str(&t!("cli-compare-score-note"));
    out.push('\n');
    out
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

//! `caravane venue`: a venue file (a stop file with stands and no exhibitors yet) from the
//! stands sheet (`venue import`) or from a few numbers (`venue grid`).

use super::input::Input;
use super::{output, Exit, EXIT_OK};
use caravane::format::{Front, Problem, StopInfo};
use caravane::i18n::Lang;
use caravane::sheets::venue::import_venue;
use caravane::stop::diagnostic::{Code, Diagnostic, Report};
use caravane::stop::grid::{self, Facing, Grid};
use caravane::stop::region::venue_stop;
use caravane::stop::time::Date;
use caravane::{t, tl};
use clap::Subcommand;
use std::path::{Path, PathBuf};

/// Make a venue file from the stands sheet or from a few numbers.
#[derive(Debug, clap::Args)]
pub struct VenueArgs {
    #[command(subcommand)]
    command: VenueCommand,
}

#[derive(Debug, Subcommand)]
enum VenueCommand {
    Import(Box<ImportArgs>),
    Grid(Box<GridArgs>),
}

/// What the stop file says besides its stands.
#[derive(Debug, clap::Args)]
struct StopOptions {
    /// The stop's title.
    #[arg(long)]
    title: Option<String>,
    /// The host town.
    #[arg(long)]
    town: Option<String>,
    /// The square or hall.
    #[arg(long)]
    place: Option<String>,
    /// Opening day, YYYY-MM-DD (default: today).
    #[arg(long)]
    from: Option<String>,
    /// Closing day, YYYY-MM-DD (default: the opening day).
    #[arg(long)]
    to: Option<String>,
    /// A stop file whose provinces, families, rules, rooms, slots and sessions are taken
    /// (default: the Souss-Massa region's lists and rules, without sessions).
    #[arg(long)]
    like: Option<PathBuf>,
    /// The venue file to write.
    #[arg(long, short = 'o')]
    output: PathBuf,
}

/// Make a venue file from the stands sheet.
#[derive(Debug, clap::Args)]
struct ImportArgs {
    /// The stands sheet saved as CSV.
    stands: PathBuf,
    /// Widest aisle, in metres, across which two stands' fronts face each other.
    #[arg(long, default_value = "5")]
    aisle: String,
    #[command(flatten)]
    stop: StopOptions,
}

/// Make a venue file of rows of stands.
#[derive(Debug, clap::Args)]
struct GridArgs {
    /// Number of rows, lettered A, B… from the north.
    #[arg(long)]
    rows: usize,
    /// Stands in each row, numbered 01, 02… from the west.
    #[arg(long)]
    per_row: usize,
    /// Size of a stand, WIDTHxDEPTH in metres.
    #[arg(long, default_value = "3x3")]
    stand: String,
    /// Width of the aisles, in metres.
    #[arg(long, default_value = "4")]
    aisle: String,
    /// How the rows face: pairs, back-to-back, all-south or all-north.
    #[arg(long, default_value = "pairs")]
    facing: String,
    /// Cut every row with a cross aisle after these stand numbers.
    #[arg(long, value_delimiter = ',')]
    cross_aisle: Vec<usize>,
    /// Prime stands: corners, ends, cross-aisle, entrance, or stands (A01-A03,C05).
    #[arg(long)]
    prime: Vec<String>,
    /// A zone: ID=ROWS or stands (entrance=E-F, centre=C-D).
    #[arg(long)]
    zone: Vec<String>,
    /// A tag on stands: TAG=STANDS (electricity=A01-A05,C03).
    #[arg(long)]
    tag: Vec<String>,
    /// The side visitors come in by: north, south, east or west.
    #[arg(long)]
    entrance: Option<String>,
    #[command(flatten)]
    stop: StopOptions,
}

/// Runs `venue import` or `venue grid`.
pub fn run(args: &VenueArgs) -> Exit {
    match &args.command {
        VenueCommand::Import(a) => import(a),
        VenueCommand::Grid(a) => grid(a),
    }
}

/// The options' problems, told as those of a file.
fn refuse(place: &str, diagnostics: Vec<Diagnostic>) -> i32 {
    Input::human().refuse(Report {
        file: place.to_string(),
        diagnostics,
    })
}

/// A problem of an option's value.
fn bad_option(option: &str, cause: String, action: String) -> Diagnostic {
    Diagnostic::new(Code::InvalidValue, option.to_string(), cause, action)
}

/// Today, as the calendar of the machine says (UTC).
fn today() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    let mut date = Date::parse("1970-01-01").expect("a date");
    for _ in 0..days {
        date = date.next();
    }
    date
}

/// The stop's identity from the options, and the stop file to take lists from; or every
/// problem of the options.
fn stop_options(
    o: &StopOptions,
    out: &mut Vec<Diagnostic>,
) -> Result<(StopInfo, Option<Problem>), i32> {
    let like = match &o.like {
        Some(path) => Some(Input::human().stop(path)?),
        None => None,
    };
    let mut day = |option: &str, value: Option<&String>, default: Date| -> String {
        match value {
            None => default.to_string(),
            Some(v) => match Date::parse(v.trim()) {
                Some(d) => d.to_string(),
                None => {
                    out.push(bad_option(
                        option,
                        t!("venue-bad-date", value = v.as_str()),
                        t!("venue-bad-date-action"),
                    ));
                    v.clone()
                }
            },
        }
    };
    let from = day("--from", o.from.as_ref(), today());
    let to = day(
        "--to",
        o.to.as_ref(),
        Date::parse(&from).unwrap_or_else(today),
    );
    let town = o.town.clone().unwrap_or_default();
    let name = o.title.clone().unwrap_or_else(|| {
        if town.is_empty() {
            caravane::problem_name(&o.output)
        } else {
            town.clone()
        }
    });
    let info = StopInfo {
        name,
        town,
        venue: o.place.clone().unwrap_or_default(),
        from,
        to,
        sample_data: false,
        language: None,
    };
    Ok((info, like))
}

/// A length option (`2,5` or `2.5`).
fn metres(option: &str, value: &str, out: &mut Vec<Diagnostic>) -> f64 {
    grid::parse_metres(value).unwrap_or_else(|| {
        out.push(bad_option(
            option,
            t!("venue-bad-metres", value = value, option = option),
            t!("venue-bad-metres-action"),
        ));
        f64::NAN
    })
}

/// Says what the venue holds, then writes it.
fn write(path: &Path, stop: &Problem) -> Exit {
    output::json(path, stop)?;
    eprintln!(
        "{}",
        t!(
            "venue-holds",
            stands = stop.stands.len(),
            zones = stop
                .stands
                .iter()
                .filter_map(|s| s.zone.as_deref())
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            landmarks = stop.landmarks.len(),
            prime = stop
                .stands
                .iter()
                .filter(|s| s.tags.iter().any(|t| t == "prime"))
                .count()
        )
    );
    Ok(EXIT_OK)
}

fn import(args: &ImportArgs) -> Exit {
    let mut problems = Vec::new();
    let aisle = metres("--aisle", &args.aisle, &mut problems);
    let (info, like) = stop_options(&args.stop, &mut problems)?;
    if !problems.is_empty() {
        return Err(refuse("caravane venue import", problems));
    }
    let place = args.stands.display().to_string();
    let bytes = std::fs::read(&args.stands)
        .map_err(|e| refuse(&place, vec![caravane::stop::load::unreadable(&e)]))?;
    let imported =
        import_venue(&bytes, info, aisle, like.as_ref()).map_err(|d| refuse(&place, d))?;
    if !imported.ignored_columns.is_empty() {
        eprintln!(
            "{}",
            t!(
                "venue-ignored-columns",
                columns = imported.ignored_columns.join(", ")
            )
        );
    }
    write(&args.stop.output, &imported.problem)
}

fn grid(args: &GridArgs) -> Exit {
    let mut problems = Vec::new();
    let aisle = metres("--aisle", &args.aisle, &mut problems);
    let (width, depth) = grid::parse_size(&args.stand).unwrap_or_else(|| {
        problems.push(bad_option(
            "--stand",
            t!("venue-bad-stand-size", value = args.stand.as_str()),
            t!("venue-bad-stand-size-action"),
        ));
        (3.0, 3.0)
    });
    let facing = Facing::from_word(&args.facing).unwrap_or_else(|| {
        problems.push(bad_option(
            "--facing",
            t!("venue-bad-facing", value = args.facing.as_str()),
            t!("venue-bad-facing-action", words = Facing::WORDS.join(", ")),
        ));
        Facing::Pairs
    });
    let entrance = args.entrance.as_deref().and_then(|side| {
        let found = match caravane::stop::diagnostic::fold(side).as_str() {
            "north" | "nord" => Some(Front::North),
            "south" | "sud" => Some(Front::South),
            "east" | "est" => Some(Front::East),
            "west" | "ouest" => Some(Front::West),
            _ => None,
        };
        if found.is_none() {
            problems.push(bad_option(
                "--entrance",
                t!("venue-bad-side", value = side),
                t!("venue-bad-side-action"),
            ));
        }
        found
    });
    let (info, like) = stop_options(&args.stop, &mut problems)?;
    let place = "caravane venue grid";
    if !problems.is_empty() {
        return Err(refuse(place, problems));
    }
    let spec = Grid {
        rows: args.rows,
        per_row: args.per_row,
        width,
        depth,
        aisle,
        facing,
        cross_aisles: args.cross_aisle.clone(),
        prime: args.prime.clone(),
        zones: args.zone.clone(),
        tags: args.tag.clone(),
        entrance,
        entrance_name: t!("venue-entrance-name"),
    };
    let venue = grid::build(&spec).map_err(|d| refuse(place, d))?;
    let stop = venue_stop(info, venue, aisle, like.as_ref());
    let found = caravane::stop::validate::validate(&stop, &Default::default());
    if !found.is_empty() {
        return Err(refuse(place, found));
    }
    write(&args.stop.output, &stop)
}

/// The one-line description of `venue` and of its subcommands, in `lang`.
pub fn about(lang: Lang, command: &str) -> Option<String> {
    Some(match command {
        "venue" => tl!(lang, "venue-about"),
        "import" => tl!(lang, "venue-about-import"),
        "grid" => tl!(lang, "venue-about-grid"),
        "help" => tl!(lang, "cli-about-help"),
        _ => return None,
    })
}

/// The worked examples shown after the help of a subcommand, in `lang`.
pub fn after_help(lang: Lang, command: &str) -> Option<String> {
    Some(match command {
        "import" => tl!(lang, "venue-examples-import"),
        "grid" => tl!(lang, "venue-examples-grid"),
        _ => return None,
    })
}

/// What an option of `venue import` or `venue grid` is for, in `lang`.
pub fn arg_help(lang: Lang, command: &str, arg: &str) -> Option<String> {
    Some(match (command, arg) {
        (_, "title") => tl!(lang, "venue-arg-title"),
        (_, "town") => tl!(lang, "venue-arg-town"),
        (_, "place") => tl!(lang, "venue-arg-place"),
        (_, "from") => tl!(lang, "venue-arg-from"),
        (_, "to") => tl!(lang, "venue-arg-to"),
        (_, "like") => tl!(lang, "venue-arg-like"),
        (_, "output") => tl!(lang, "venue-arg-output"),
        ("import", "stands") => tl!(lang, "venue-arg-stands"),
        ("import", "aisle") => tl!(lang, "venue-arg-import-aisle"),
        ("grid", "aisle") => tl!(lang, "venue-arg-grid-aisle"),
        ("grid", "rows") => tl!(lang, "venue-arg-rows"),
        ("grid", "per_row") => tl!(lang, "venue-arg-per-row"),
        ("grid", "stand") => tl!(lang, "venue-arg-stand"),
        ("grid", "facing") => tl!(lang, "venue-arg-facing"),
        ("grid", "cross_aisle") => tl!(lang, "venue-arg-cross-aisle"),
        ("grid", "prime") => tl!(lang, "venue-arg-prime"),
        ("grid", "zone") => tl!(lang, "venue-arg-zone"),
        ("grid", "tag") => tl!(lang, "venue-arg-tag"),
        ("grid", "entrance") => tl!(lang, "venue-arg-entrance"),
        _ => return None,
    })
}

/// A subcommand of `venue` with its description, examples and options in `lang`; `headings`
/// gives it the headings and option help of every command.
pub fn localised(
    sub: clap::Command,
    lang: Lang,
    headings: fn(clap::Command, &str, Lang) -> clap::Command,
) -> clap::Command {
    let name = sub.get_name().to_string();
    let mut sub = headings(sub, &format!("venue {name}"), lang);
    if let Some(text) = about(lang, &name) {
        sub = sub.about(text).long_about(None::<&str>);
    }
    if let Some(text) = after_help(lang, &name) {
        sub = sub.after_help(text);
    }
    sub
}

//! Command-line interface: parses arguments and hands each command to its own module.
//!
//! Every command lives in a file of its own, with its arguments and its `run`. Input files are
//! read, and their problems told, by [`input`]; output files are written by [`output`];
//! progress and the log go through [`feedback`]. Standard output carries the results a user may
//! pipe; standard error what Caravane says while it works.

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

mod check;
mod compare;
mod export;
mod feedback;
mod floor_plan;
mod generate;
mod hand;
mod help;
mod import;
mod import_tour;
mod info;
mod input;
mod itineraries;
mod output;
mod print;
mod recommend;
mod replan;
mod report;
mod scaling;
mod schema;
mod serve;
mod solve;
mod timetable;
mod tour;
mod tradeoffs;
mod validate;
mod venue;
mod words;
mod work;

/// Exit code: everything went well.
pub const EXIT_OK: i32 = 0;
/// Exit code: a failure that is not the input's fault (an output file cannot be written).
pub const EXIT_FAILURE: i32 = 1;
/// Exit code: an input file is invalid; nothing was written.
pub const EXIT_INVALID: i32 = 2;
/// Exit code: the stop has no layout (the solution file says why).
pub const EXIT_INFEASIBLE: i32 = 3;
/// Exit code: a limit stopped the search before any layout was found.
pub const EXIT_NO_LAYOUT: i32 = 4;

/// How a command ends: `Ok(code)` when it ran to its end, `Err(code)` when it stopped early
/// after saying why.
pub type Exit = Result<i32, i32>;

/// Caravane plans the stops of a travelling market of the social and solidarity economy.
#[derive(Debug, Parser)]
#[command(name = "caravane", version, about, long_about = None)]
struct Cli {
    /// Show what Caravane does on standard error: `-v` its stages and solver calls, `-vv` also
    /// the solver's own log.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    /// The language Caravane speaks: fr (the default), en or ar. Without it, CARAVANE_LANG,
    /// then the system locale when it is one of the three, then French.
    #[arg(long, global = true, value_name = "fr|en|ar")]
    lang: Option<caravane::i18n::Lang>,
    #[command(subcommand)]
    command: Command,
}

/// The commands, in the order `caravane --help` lists them; each one's help is the doc comment
/// of its arguments.
#[derive(Debug, Subcommand)]
enum Command {
    Validate(validate::ValidateArgs),
    Info(info::InfoArgs),
    Solve(solve::SolveArgs),
    Timetable(timetable::TimetableArgs),
    Check(check::CheckArgs),
    Scaling(scaling::ScalingArgs),
    Plan(floor_plan::PlanArgs),
    Report(report::ReportArgs),
    Print(print::PrintArgs),
    Import(import::ImportArgs),
    Venue(venue::VenueArgs),
    ImportTour(import_tour::ImportTourArgs),
    Export(export::ExportArgs),
    Replan(replan::ReplanArgs),
    Tradeoffs(tradeoffs::TradeoffsArgs),
    Move(hand::MoveArgs),
    Swap(hand::SwapArgs),
    Recommend(recommend::RecommendArgs),
    Schema(schema::SchemaArgs),
    Tour(tour::TourArgs),
    Compare(compare::CompareArgs),
    Generate(generate::GenerateArgs),
    Serve(serve::ServeArgs),
    #[command(hide = true)]
    Work(work::WorkArgs),
}

/// The language given with `--lang`, if any.
static LANG_FLAG: std::sync::OnceLock<Option<caravane::i18n::Lang>> = std::sync::OnceLock::new();

/// The language of the command's sentences (`--lang`, `CARAVANE_LANG`, the locale, French).
#[allow(dead_code)]
pub fn lang() -> caravane::i18n::Lang {
    caravane::i18n::current()
}

/// The language of a document whose file may name its own `language`: `--lang` first, then
/// the file's, then as [`lang`].
#[allow(dead_code)]
pub fn document_lang(own: Option<&str>) -> caravane::i18n::Lang {
    caravane::i18n::Lang::for_document(LANG_FLAG.get().copied().flatten(), own)
}

/// Runs the command line and returns the exit code.
///
/// The language is found before the arguments are parsed (from `--lang`, wherever it is, then
/// as [`caravane::i18n::Lang::detect`]), so that `--help` speaks it too.
pub fn run() -> i32 {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let speaks = caravane::i18n::Lang::detect(help::lang_in_args(&args));
    caravane::i18n::set_default(speaks);
    let matches = help::localised(Cli::command(), speaks).get_matches_from(args);
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let _ = LANG_FLAG.set(cli.lang);
    caravane::i18n::set_default(caravane::i18n::Lang::detect(cli.lang));
    feedback::init_log(cli.verbose);
    let (Ok(code) | Err(code)) = match &cli.command {
        Command::Validate(args) => validate::run(args),
        Command::Info(args) => info::run(args),
        Command::Solve(args) => solve::run(args),
        Command::Timetable(args) => timetable::run(args),
        Command::Check(args) => check::run(args),
        Command::Scaling(args) => scaling::run(args),
        Command::Plan(args) => floor_plan::run(args),
        Command::Report(args) => report::run(args),
        Command::Print(args) => print::run(args),
        Command::Import(args) => import::run(args),
        Command::Venue(args) => venue::run(args),
        Command::ImportTour(args) => import_tour::run(args),
        Command::Export(args) => export::run(args),
        Command::Replan(args) => replan::run(args),
        Command::Tradeoffs(args) => tradeoffs::run(args),
        Command::Move(args) => hand::run_move(args),
        Command::Swap(args) => hand::run_swap(args),
        Command::Recommend(args) => recommend::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Tour(args) => tour::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Generate(args) => generate::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Work(args) => work::run(args),
    };
    code
}

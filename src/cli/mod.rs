//! Command-line interface: parses arguments, calls the library, renders for a person or as JSON.

use caravane::format::{Problem, Solution, Status};
use caravane::stop::diagnostic::Report;
use caravane::stop::{generate, load, model::Stop};
use caravane::view::info;
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};

mod late;
mod show;
mod tour;

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

/// Caravane plans the stops of a travelling market of the social and solidarity economy.
#[derive(Debug, Parser)]
#[command(name = "caravane", version, about, long_about = None)]
struct Cli {
    /// Show what Caravane does on standard error: `-v` its stages and solver calls, `-vv` also
    /// the solver's own log.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

/// A part of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Only {
    /// The stands.
    Stands,
    /// The sessions.
    Sessions,
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

/// How the stops of a tour are solved.
#[derive(Debug, clap::Args)]
struct TourRun {
    /// Seconds allowed per stop.
    #[arg(long, default_value_t = 30.0)]
    time_limit: f64,
    /// Stop each solve once proven within this relative gap.
    #[arg(long, default_value_t = 1e-6)]
    gap: f64,
    /// Seed of the local search.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Itineraries planned at once (default: one per core).
    #[arg(long)]
    jobs: Option<usize>,
    /// Plan without the rotation term (to see what it changes).
    #[arg(long)]
    without_rotation: bool,
    /// No progress messages.
    #[arg(long, short = 'q')]
    quiet: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check stop and tour files and report every problem, with where and how to fix it.
    Validate {
        /// Stop files (`NAME.problem.json`) or tour files (`NAME.tour.json`).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print the problems as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Summarise a stop: exhibitors per province and family, stands per zone and tag, needs
    /// against supply, neighbour pairs.
    Info {
        /// A stop file.
        file: PathBuf,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Plan the stands of a stop: solve exactly, check the answer, write the solution file.
    Solve {
        /// The stop file (`NAME.problem.json`).
        problem: PathBuf,
        /// Output file (default: `NAME.solution.json` beside the problem).
        #[arg(long, short = 'o')]
        output: Option<PathBuf>,
        /// Stop after this many seconds with the best layout found and how far it is from proven.
        #[arg(long)]
        time_limit: Option<f64>,
        /// Stop once the layout is proven within this relative gap (e.g. 0.01 for 1 %).
        #[arg(long, default_value_t = 1e-6)]
        gap: f64,
        /// Solver threads.
        #[arg(long, default_value_t = 1)]
        threads: u32,
        /// Seed of the local search (the same seed gives the same layout).
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// No progress messages.
        #[arg(long, short = 'q')]
        quiet: bool,
        /// Plan one part only: `stands` (no timetable) or `sessions` (keeping the stands of
        /// `--layout`).
        #[arg(long, value_enum)]
        only: Option<Only>,
        /// The solution whose stands are kept with `--only sessions`.
        #[arg(long, requires = "only")]
        layout: Option<PathBuf>,
    },
    /// Print the programme of a solution by day and room, and each exhibitor's own agenda.
    Timetable {
        /// The stop file.
        problem: PathBuf,
        /// The solution file.
        solution: PathBuf,
        /// Only this exhibitor's agenda.
        #[arg(long)]
        exhibitor: Option<String>,
    },
    /// Re-verify a layout (ours or edited by hand): hard constraints, and every objective term
    /// recomputed with its reasons.
    Check {
        /// The stop file.
        problem: PathBuf,
        /// The solution file.
        solution: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Also list the exhibitors whose stand differs from this older solution.
        #[arg(long)]
        against: Option<PathBuf>,
    },
    /// Measure the stand solve on generated stops of growing size and print a table (for
    /// engineers).
    Scaling {
        /// Numbers of exhibitors.
        #[arg(long, value_delimiter = ',', default_values_t = [50, 100, 200, 400, 700, 1000])]
        sizes: Vec<usize>,
        /// Seed of the generated stops.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Seconds allowed per solve.
        #[arg(long, default_value_t = 60.0)]
        time_limit: f64,
    },
    /// Draw the floor plan of a solution to scale, for printing on A3: stands coloured by
    /// province, prime stands, zones, clashing neighbours in red with the reason.
    Plan {
        /// The solution file.
        solution: PathBuf,
        /// The SVG file to write.
        #[arg(long)]
        svg: PathBuf,
        /// The stop file (default: `NAME.problem.json` beside the solution).
        #[arg(long)]
        problem: Option<PathBuf>,
    },
    /// Write the printable report of a solution: one self-contained HTML file with the plan,
    /// every cost explained, the provinces across the zones, the programme and the agendas.
    Report {
        /// The solution file.
        solution: PathBuf,
        /// The HTML file to write.
        #[arg(long)]
        html: PathBuf,
        /// The stop file (default: `NAME.problem.json` beside the solution).
        #[arg(long)]
        problem: Option<PathBuf>,
    },
    /// Make a stop file from the exhibitor spreadsheet (CSV, `;` or `,`, UTF-8 or
    /// Windows-1252) and a stop file giving the venue, provinces, families and rules.
    Import {
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
    },
    /// Write the assignments of a solution as a spreadsheet for Excel (`;`, UTF-8 with BOM):
    /// exhibitor, province, family, stand, zone, agenda.
    Export {
        /// The solution file.
        solution: PathBuf,
        /// The CSV file to write.
        #[arg(long)]
        csv: PathBuf,
        /// The stop file (default: `NAME.problem.json` beside the solution).
        #[arg(long)]
        problem: Option<PathBuf>,
    },
    /// Re-plan a stop that changed after its plan was announced, moving as few exhibitors as
    /// possible; prints who moves where and why, and the objective before and after.
    Replan {
        /// The changed stop file.
        problem: PathBuf,
        /// The announced solution.
        #[arg(long)]
        from: PathBuf,
        /// Output file (default: `NAME.replanned.solution.json` beside the problem).
        #[arg(long, short = 'o')]
        output: Option<PathBuf>,
        /// What a chosen move costs, in objective units.
        #[arg(long, default_value_t = caravane::planning::replan::DEFAULT_MOVE_COST)]
        move_cost: f64,
        /// At most this many chosen moves.
        #[arg(long)]
        max_moves: Option<usize>,
        /// The fewest moves first, then the best objective with that many. (For the best
        /// objective within at most K moves, give `--max-moves K --move-cost 0`.)
        #[arg(long)]
        fewest_moves_first: bool,
        /// Seconds allowed.
        #[arg(long, default_value_t = 60.0)]
        time_limit: f64,
        /// Print the moves as JSON.
        #[arg(long)]
        json: bool,
    },
    /// The best free stands for one more exhibitor, without moving anyone.
    Recommend {
        /// The stop file, with the newcomer among its exhibitors.
        problem: PathBuf,
        /// The announced solution.
        #[arg(long)]
        from: PathBuf,
        /// The newcomer's id.
        #[arg(long)]
        exhibitor: String,
        /// How many stands to propose.
        #[arg(long, default_value_t = 3)]
        top: usize,
        /// Print the stands as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print the JSON Schema of the stop file (or of the solution or tour file).
    Schema {
        /// The schema of solution files instead.
        #[arg(long, conflicts_with = "tour")]
        solution: bool,
        /// The schema of tour files instead.
        #[arg(long)]
        tour: bool,
    },
    /// Plan every stop of every itinerary of a tour, in date order with the history of the
    /// earlier stops, and write each stop file and solution.
    Tour {
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
        run: TourRun,
    },
    /// Plan the itineraries of a tour and rank them side by side: travel, attendance,
    /// representation, layout quality, fairness of prime stands, sessions missed.
    Compare {
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
        run: TourRun,
    },
    /// Write a synthetic stop of any size with the region's statistics.
    Generate {
        /// Number of exhibitors.
        #[arg(long, short = 'n')]
        exhibitors: usize,
        /// Seed: the same seed gives the same stop.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Number of thematic sessions (default: about one per 20 exhibitors).
        #[arg(long)]
        sessions: Option<usize>,
        /// Days of the market, three session slots each (default: 5).
        #[arg(long)]
        days: Option<usize>,
        /// Output file (default: standard output).
        #[arg(long, short = 'o')]
        output: Option<PathBuf>,
    },
}

/// Runs the command line and returns the exit code.
pub fn run() -> i32 {
    let cli = Cli::parse();
    init_log(cli.verbose);
    match cli.command {
        Command::Validate { files, json } => validate(&files, json),
        Command::Info { file, json } => info_cmd(&file, json),
        Command::Solve {
            problem,
            output,
            time_limit,
            gap,
            threads,
            seed,
            quiet,
            only,
            layout,
        } => {
            let options = caravane::solve::Options {
                time_limit,
                gap,
                threads,
                seed,
            };
            solve_cmd(&problem, output, &options, quiet, only, layout.as_deref())
        }
        Command::Check {
            problem,
            solution,
            json,
            against,
        } => check_cmd(&problem, &solution, json, against.as_deref()),
        Command::Timetable {
            problem,
            solution,
            exhibitor,
        } => timetable_cmd(&problem, &solution, exhibitor.as_deref()),
        Command::Scaling {
            sizes,
            seed,
            time_limit,
        } => scaling(&sizes, seed, time_limit),
        Command::Replan {
            problem,
            from,
            output,
            move_cost,
            max_moves,
            fewest_moves_first,
            time_limit,
            json,
        } => {
            let priority = if fewest_moves_first {
                caravane::planning::replan::Priority::FewestMovesFirst
            } else {
                caravane::planning::replan::Priority::Weighted { cost: move_cost }
            };
            late::replan_cmd(
                &problem, &from, output, priority, max_moves, time_limit, json,
            )
        }
        Command::Recommend {
            problem,
            from,
            exhibitor,
            top,
            json,
        } => late::recommend_cmd(&problem, &from, &exhibitor, top, json),
        Command::Plan {
            solution,
            svg,
            problem,
        } => show::plan_cmd(&solution, problem.as_deref(), &svg),
        Command::Report {
            solution,
            html,
            problem,
        } => show::report_cmd(&solution, problem.as_deref(), &html),
        Command::Import {
            exhibitors,
            venue,
            sessions,
            output,
        } => show::import_cmd(&exhibitors, &venue, sessions.as_deref(), &output),
        Command::Export {
            solution,
            csv,
            problem,
        } => show::export_cmd(&solution, problem.as_deref(), &csv),
        Command::Tour {
            tour,
            output,
            itinerary,
            run,
        } => tour::tour_cmd(&tour, output, &itinerary, &run),
        Command::Compare {
            tour,
            format,
            output,
            plans,
            best_order,
            keep,
            run,
        } => tour::compare_cmd(
            &tour,
            format,
            output.as_deref(),
            plans.as_deref(),
            best_order.as_deref(),
            keep,
            &run,
        ),
        Command::Schema { solution, tour } => {
            let schema = if solution {
                caravane::solution_schema()
            } else if tour {
                caravane::tour_schema()
            } else {
                caravane::stop_schema()
            };
            println!(
                "{}",
                serde_json::to_string_pretty(&schema).expect("a schema is JSON")
            );
            EXIT_OK
        }
        Command::Generate {
            exhibitors,
            seed,
            sessions,
            days,
            output,
        } => {
            let problem = generate::generate(generate::Spec {
                exhibitors,
                sessions,
                days,
                seed,
            });
            match output {
                None => {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&problem).expect("a stop is JSON")
                    );
                    EXIT_OK
                }
                Some(path) => write_or_fail(&path, &problem),
            }
        }
    }
}

fn write_or_fail<T: serde::Serialize>(path: &Path, value: &T) -> i32 {
    written(path, load::write_json_atomic(path, value))
}

/// Says what became of a file written whole or not at all, and returns the exit code.
fn written(path: &Path, result: std::io::Result<()>) -> i32 {
    match result {
        Ok(()) => {
            eprintln!("wrote {}", path.display());
            EXIT_OK
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", path.display());
            EXIT_FAILURE
        }
    }
}

/// Loads and validates a stop, printing its problems when it is invalid.
fn load_stop(path: &Path, json: bool) -> Result<Stop, i32> {
    match load::read_problem(path) {
        Ok(p) => Ok(Stop::new(&caravane::problem_name(path), &p)),
        Err(report) => {
            print_reports(&[report], json);
            Err(EXIT_INVALID)
        }
    }
}

fn print_reports(reports: &[Report], json: bool) {
    if json {
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

fn validate(files: &[PathBuf], json: bool) -> i32 {
    let mut reports = Vec::new();
    let mut oks = Vec::new();
    let mut tours = Vec::new();
    for f in files {
        if f.to_string_lossy().ends_with(".tour.json") {
            match load::read_tour(f) {
                Ok(t) => tours.push((f, t.itineraries.len(), t.exhibitors.len())),
                Err(r) => reports.push(r),
            }
            continue;
        }
        match load::read_problem(f) {
            Ok(p) => oks.push((f, p.exhibitors.len(), p.stands.len())),
            Err(r) => reports.push(r),
        }
    }
    if json {
        print_reports(&reports, true);
    } else {
        for (f, e, s) in &oks {
            println!("ok: {} ({e} exhibitors, {s} stands)", f.display());
        }
        for (f, i, e) in &tours {
            println!(
                "ok: {} ({i} itineraries, {e} exhibitors in the pool)",
                f.display()
            );
        }
        print_reports(&reports, false);
        if !reports.is_empty() {
            let n: usize = reports.iter().map(|r| r.diagnostics.len()).sum();
            eprintln!(
                "{} of {} files invalid, {n} problems in all",
                reports.len(),
                files.len()
            );
        }
    }
    if reports.is_empty() {
        EXIT_OK
    } else {
        EXIT_INVALID
    }
}

fn info_cmd(file: &Path, json: bool) -> i32 {
    let stop = match load_stop(file, json) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let s = info::summarize(&stop);
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&s).expect("a summary is JSON")
        );
        return EXIT_OK;
    }
    println!(
        "{} — {}, {} ({} to {}){}",
        s.name,
        s.town,
        s.venue,
        s.from,
        s.to,
        if s.sample_data { " [sample data]" } else { "" }
    );
    println!(
        "{} exhibitors on {} stands ({} spare)",
        s.exhibitors,
        s.stands,
        s.stands.saturating_sub(s.exhibitors)
    );
    let total = s.exhibitors.max(1) as f64;
    println!("\nExhibitors by province:");
    for c in &s.provinces {
        println!(
            "  {:<28} {:>4}  {:>5.1} %",
            c.name,
            c.count,
            100.0 * c.count as f64 / total
        );
    }
    println!("\nExhibitors by category:");
    for c in &s.categories {
        println!("  {:<28} {:>4}", c.name, c.count);
    }
    println!("\nExhibitors by product family:");
    for c in &s.families {
        println!("  {:<40} {:>4}", c.name, c.count);
    }
    println!("\nStands by zone:");
    for c in &s.zones {
        println!("  {:<28} {:>4}", c.name, c.count);
    }
    println!("\nStands by tag:");
    for c in &s.tags {
        println!("  {:<28} {:>4}", c.name, c.count);
    }
    if !s.needs.is_empty() {
        println!("\nNeeds against supply (exhibitors needing / stands offering):");
        for n in &s.needs {
            let flag = if n.exhibitors > n.stands {
                "  SHORT"
            } else {
                ""
            };
            println!(
                "  {:<28} {:>4} / {:<4}{flag}",
                n.needs.join(" + "),
                n.exhibitors,
                n.stands
            );
        }
    }
    println!("\nNeighbour pairs:");
    for c in &s.adjacency {
        println!("  {:<28} {:>4}", c.name, c.count);
    }
    println!("\nProgramme and constraints:");
    for c in &s.programme {
        println!("  {:<28} {:>4}", c.name, c.count);
    }
    EXIT_OK
}

/// Progress on standard error as a spinner, when it is a terminal and not silenced.
struct StderrProgress {
    bar: Option<indicatif::ProgressBar>,
}

impl StderrProgress {
    fn new(quiet: bool) -> StderrProgress {
        use std::io::IsTerminal;
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} [{elapsed_precise}] {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
            bar
        });
        StderrProgress { bar }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl caravane::solve::Progress for StderrProgress {
    fn stage(&self, name: &str, detail: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(format!("{name}: {detail}"));
        }
    }
}

/// Shows the library's log on standard error: `-v` the stages and solver calls, `-vv` also
/// HiGHS's own log.
fn init_log(verbose: u8) {
    let level = match verbose {
        0 => return,
        1 => tracing::Level::DEBUG,
        _ => tracing::Level::TRACE,
    };
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(level)
        .with_target(verbose > 1)
        .try_init();
}

fn read_valid_problem(path: &Path) -> Result<Problem, i32> {
    load::read_problem(path).map_err(|report| {
        print_reports(&[report], false);
        EXIT_INVALID
    })
}

fn solve_cmd(
    path: &Path,
    output: Option<PathBuf>,
    options: &caravane::solve::Options,
    quiet: bool,
    only: Option<Only>,
    layout: Option<&Path>,
) -> i32 {
    if options.time_limit.is_some_and(|t| t.is_nan() || t <= 0.0)
        || options.gap.is_nan()
        || options.gap < 0.0
        || options.threads == 0
    {
        eprintln!(
            "error: --time-limit must be more than 0 seconds, --gap 0 or more, --threads 1 or more"
        );
        return EXIT_INVALID;
    }
    let problem = match read_valid_problem(path) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let name = caravane::problem_name(path);
    let progress = StderrProgress::new(quiet);
    let kept = match (only, layout) {
        (Some(Only::Sessions), Some(l)) => match load::read_solution(l) {
            Ok(s) => Some(s),
            Err(report) => {
                print_reports(&[report], false);
                return EXIT_INVALID;
            }
        },
        (Some(Only::Sessions), None) => {
            eprintln!(
                "error: --only sessions needs --layout SOLUTION, the plan whose stands are kept"
            );
            return EXIT_INVALID;
        }
        _ => None,
    };
    let parts = match (only, &kept) {
        (Some(Only::Stands), _) => caravane::planning::stop::Parts::Stands,
        (_, Some(layout)) => caravane::planning::stop::Parts::Sessions { layout },
        _ => caravane::planning::stop::Parts::Whole,
    };
    let planned = caravane::planning::stop::plan_parts(&name, &problem, options, &progress, parts);
    progress.finish();
    let planned = match planned {
        Ok(p) => p,
        Err(caravane::planning::stop::PlanError::BadLayout(why)) => {
            eprintln!("error: the layout to keep is not valid for this stop:");
            for w in why {
                eprintln!("  {w}");
            }
            return EXIT_INVALID;
        }
        Err(e) => {
            eprintln!(
                "internal error: {e}. No solution was written; please report this stop file."
            );
            return EXIT_FAILURE;
        }
    };
    let out = output.unwrap_or_else(|| path.with_file_name(format!("{name}.solution.json")));
    if let Err(e) = load::write_json_atomic(&out, &planned.solution) {
        eprintln!("error: cannot write {}: {e}", out.display());
        return EXIT_FAILURE;
    }
    let stop = Stop::new(&name, &problem);
    print_solution_summary(&stop, &planned.solution, quiet);
    if !quiet {
        for st in &planned.outcome.stages {
            eprintln!(
                "  stage {:<12} {:>8.3} s  {:>6} vars {:>6} rows  {}",
                st.name, st.seconds, st.variables, st.rows, st.result
            );
        }
    }
    println!("wrote {}", out.display());
    match planned.solution.status {
        Status::Optimal | Status::Feasible => EXIT_OK,
        Status::Infeasible => EXIT_INFEASIBLE,
        Status::Unknown => EXIT_NO_LAYOUT,
    }
}

fn print_solution_summary(stop: &Stop, solution: &Solution, quiet: bool) {
    println!("{}: {}", solution.problem, solution.status.as_str());
    if solution.status == Status::Infeasible {
        for e in &solution.explanations {
            println!("  {}", e.text);
        }
        return;
    }
    let Some(o) = &solution.objective else {
        println!("  no layout was found within the limits");
        return;
    };
    let w = &stop.weights;
    println!(
        "  total {:.4}  (bound {:.4}, gap {:.4} %, {:.2} s)",
        o.total,
        solution.bound.unwrap_or(0.0),
        100.0 * solution.gap.unwrap_or(0.0),
        solution.seconds
    );
    for (term, raw, weight) in w.table(o) {
        if !term.shown(raw) {
            continue;
        }
        println!(
            "    {:<16} {raw:>9.4} × {weight:<5} = {:>9.4}",
            term.name(),
            raw * weight
        );
    }
    let clashes = solution
        .explanations
        .iter()
        .filter(|e| e.term == "clash")
        .count();
    println!("  clashing neighbour pairs left: {clashes}");
    if quiet {
        return;
    }
    let layout = caravane::stop::layout::Layout::from_solution(stop, solution);
    let table = caravane::view::zones::zone_table(stop, &layout);
    if table.is_empty() {
        return;
    }
    println!("  exhibitors per zone and province (target in brackets):");
    print!("    {:<12}", "");
    for p in &stop.provinces {
        print!(" {:>14}", truncate(&p.name, 14));
    }
    println!();
    for (z, row) in table.iter().enumerate() {
        print!("    {:<12}", truncate(&stop.zones[z], 12));
        for (n, target) in row {
            print!(" {:>14}", format!("{n} ({target:.1})"));
        }
        println!();
    }
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// Reads a stop file and a solution file, printing their problems when either is invalid.
fn read_problem_and_solution(
    problem_path: &Path,
    solution_path: &Path,
    json: bool,
) -> Result<(Problem, Solution), i32> {
    let problem = read_valid_problem(problem_path)?;
    let solution = load::read_solution(solution_path).map_err(|report| {
        print_reports(&[report], json);
        EXIT_INVALID
    })?;
    Ok((problem, solution))
}

fn check_cmd(problem_path: &Path, solution_path: &Path, json: bool, against: Option<&Path>) -> i32 {
    let (problem, solution) = match read_problem_and_solution(problem_path, solution_path, json) {
        Ok(both) => both,
        Err(code) => return code,
    };
    let older = match against.map(load::read_solution) {
        None => None,
        Some(Ok(s)) => Some(s),
        Some(Err(report)) => {
            print_reports(&[report], json);
            return EXIT_INVALID;
        }
    };
    let name = caravane::problem_name(problem_path);
    let stop = Stop::new(&name, &problem);
    let verdict = caravane::check::verify(&problem, &stop, &solution);
    let moves = older
        .as_ref()
        .map(|o| caravane::planning::moves::moves_between(o, &solution));
    if json {
        let mut v = serde_json::to_value(&verdict).expect("a verdict is JSON");
        if let Some(m) = &moves {
            v["moves"] = serde_json::to_value(m).expect("moves are JSON");
        }
        println!(
            "{}",
            serde_json::to_string_pretty(&v).expect("a verdict is JSON")
        );
    } else {
        print!("{verdict}");
        if let Some(m) = &moves {
            println!(
                "\n{} exhibitor(s) with another stand than in the older solution:",
                m.len()
            );
            for c in m {
                println!(
                    "  {:<28} {} → {}",
                    c.exhibitor,
                    c.before.as_deref().unwrap_or("(not there)"),
                    c.after.as_deref().unwrap_or("(gone)")
                );
            }
        }
    }
    if verdict.passed() {
        EXIT_OK
    } else {
        EXIT_FAILURE
    }
}

fn scaling(sizes: &[usize], seed: u64, time_limit: f64) -> i32 {
    println!("| exhibitors | stands | variables | rows | seconds | status | gap | stages |");
    println!("|---:|---:|---:|---:|---:|---|---:|---|");
    for &n in sizes {
        let problem = generate::generate(generate::Spec {
            exhibitors: n,
            sessions: None,
            days: None,
            seed,
        });
        let options = caravane::solve::Options {
            time_limit: Some(time_limit),
            ..Default::default()
        };
        let started = std::time::Instant::now();
        let planned = match caravane::planning::stop::plan_parts(
            &format!("generated-{n}"),
            &problem,
            &options,
            &(),
            caravane::planning::stop::Parts::Stands,
        ) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("internal error at {n} exhibitors: {e}");
                return EXIT_FAILURE;
            }
        };
        let seconds = started.elapsed().as_secs_f64();
        let stages = &planned.outcome.stages;
        let (vars, rows) = stages
            .iter()
            .map(|s| (s.variables, s.rows))
            .max()
            .unwrap_or((0, 0));
        let names: Vec<&str> = stages.iter().map(|s| s.name).collect();
        println!(
            "| {n} | {} | {vars} | {rows} | {seconds:.2} | {} | {:.4} % | {} |",
            problem.stands.len(),
            planned.solution.status.as_str(),
            100.0 * planned.solution.gap.unwrap_or(f64::NAN),
            names.join(" → ")
        );
    }
    EXIT_OK
}

fn timetable_cmd(problem_path: &Path, solution_path: &Path, exhibitor: Option<&str>) -> i32 {
    let (problem, solution) = match read_problem_and_solution(problem_path, solution_path, false) {
        Ok(both) => both,
        Err(code) => return code,
    };
    let stop = Stop::new(&caravane::problem_name(problem_path), &problem);
    match caravane::view::agenda::Programme::read(&stop, &solution) {
        Ok(programme) => {
            if let Some(id) = exhibitor {
                match programme.agenda_of(&stop, id) {
                    Some(text) => print!("{text}"),
                    None => {
                        eprintln!(
                            "error: there is no exhibitor \"{id}\" in {}",
                            problem_path.display()
                        );
                        return EXIT_INVALID;
                    }
                }
            } else {
                print!("{}", programme.render(&stop));
            }
            EXIT_OK
        }
        Err(why) => {
            eprintln!("error: {why}");
            EXIT_INVALID
        }
    }
}

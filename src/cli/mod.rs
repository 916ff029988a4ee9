//! Command-line interface: parses arguments, calls the library, renders for a person or as JSON.

use caravane::diagnostic::Report;
use caravane::{generate, info, load, model::Stop};
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};

/// Exit code: everything went well.
pub const EXIT_OK: i32 = 0;
/// Exit code: a failure that is not the input's fault (an output file cannot be written).
pub const EXIT_FAILURE: i32 = 1;
/// Exit code: an input file is invalid; nothing was written.
pub const EXIT_INVALID: i32 = 2;

/// Caravane plans the stops of a travelling market of the social and solidarity economy.
#[derive(Debug, Parser)]
#[command(name = "caravane", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check stop files and report every problem, with where and how to fix it.
    Validate {
        /// Stop files (`NAME.problem.json`).
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
    /// Print the JSON Schema of the stop file (or of the solution file).
    Schema {
        /// The schema of solution files instead.
        #[arg(long)]
        solution: bool,
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
        /// Output file (default: standard output).
        #[arg(long, short = 'o')]
        output: Option<PathBuf>,
    },
}

/// Runs the command line and returns the exit code.
pub fn run() -> i32 {
    let cli = Cli::parse();
    match cli.command {
        Command::Validate { files, json } => validate(&files, json),
        Command::Info { file, json } => info_cmd(&file, json),
        Command::Schema { solution } => {
            let schema = if solution {
                caravane::solution_schema()
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
            output,
        } => {
            let problem = generate::generate(generate::Spec {
                exhibitors,
                sessions,
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
    match load::write_json_atomic(path, value) {
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
    for f in files {
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

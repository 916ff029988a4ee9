//! `caravane solve`: plans a stop, checks the answer and writes the solution file.

use super::feedback::StderrProgress;
use super::input::Input;
use super::{output, Exit, EXIT_FAILURE, EXIT_INFEASIBLE, EXIT_INVALID, EXIT_NO_LAYOUT, EXIT_OK};
use caravane::format::{Problem, Solution, Status};
use caravane::i18n::{current, numbers};
use caravane::planning::stop::{plan_parts, Parts, PlanError, Planned};
use caravane::solve::Options;
use caravane::stop::model::Stop;
use caravane::t;
use caravane::term_words::row_name;
use std::path::PathBuf;
use std::time::Instant;

/// Plan the stands of a stop: solve exactly, check the answer, write the solution file.
#[derive(Debug, clap::Args)]
pub struct SolveArgs {
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
    /// No progress messages nor stage times on standard error (the results are still printed).
    #[arg(long, short = 'q')]
    quiet: bool,
    /// Plan one part only: `stands` (no timetable) or `sessions` (keeping the stands of
    /// `--layout`).
    #[arg(long, value_enum)]
    only: Option<Only>,
    /// The solution whose stands are kept with `--only sessions`.
    #[arg(long, requires = "only")]
    layout: Option<PathBuf>,
}

/// A part of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Only {
    /// The stands.
    Stands,
    /// The sessions.
    Sessions,
}

/// Plans the stop, writes the solution, prints its summary; the exit code tells the status.
pub fn run(args: &SolveArgs) -> Exit {
    let started = Instant::now();
    let options = options(args)?;
    let input = Input::human();
    let problem = input.stop(&args.problem)?;
    let kept = match (args.only, &args.layout) {
        (Some(Only::Sessions), Some(layout)) => Some(input.solution(layout)?),
        (Some(Only::Sessions), None) => {
            eprintln!("{}", t!("cli-solve-only-sessions-needs-layout"));
            return Err(EXIT_INVALID);
        }
        _ => None,
    };
    let parts = match (args.only, &kept) {
        (Some(Only::Stands), _) => Parts::Stands,
        (_, Some(layout)) => Parts::Sessions { layout },
        _ => Parts::Whole,
    };
    let name = caravane::problem_name(&args.problem);
    let options = within_the_command(options, started.elapsed().as_secs_f64());
    let progress = StderrProgress::spinner(args.quiet);
    let planned = plan_parts(&name, &problem, &options, &progress, parts);
    progress.finish();
    let planned = planned.map_err(refused)?;
    let out = args
        .output
        .clone()
        .unwrap_or_else(|| args.problem.with_file_name(format!("{name}.solution.json")));
    output::json(&out, &planned.solution)?;
    print_summary(&problem, &Stop::new(&name, &problem), &planned.solution);
    if !args.quiet {
        print_stages(&planned);
    }
    Ok(match planned.solution.status {
        Status::Optimal | Status::Feasible => EXIT_OK,
        Status::Infeasible => EXIT_INFEASIBLE,
        Status::Unknown => EXIT_NO_LAYOUT,
    })
}

/// The solve options, refused when they make no sense.
fn options(args: &SolveArgs) -> Result<Options, i32> {
    if args.time_limit.is_some_and(|t| t.is_nan() || t <= 0.0)
        || args.gap.is_nan()
        || args.gap < 0.0
        || args.threads == 0
    {
        eprintln!("{}", t!("cli-solve-bad-options"));
        return Err(EXIT_INVALID);
    }
    Ok(Options {
        time_limit: args.time_limit,
        gap: args.gap,
        threads: args.threads,
        seed: args.seed,
    })
}

/// The solve's options once reading the stop took `spent` seconds: `--time-limit` counts from
/// the moment the command starts, so the solve gets what is left once that time, and twice as
/// much for checking and writing the plan after the solve, are set aside (it gets at least half
/// the limit).
fn within_the_command(options: Options, spent: f64) -> Options {
    Options {
        time_limit: options.time_limit.map(|l| (l - 3.0 * spent).max(l / 2.0)),
        ..options
    }
}

/// Says why no solution was written, and returns the exit code.
fn refused(error: PlanError) -> i32 {
    match error {
        PlanError::BadLayout(why) => {
            eprintln!("{}", t!("cli-solve-bad-layout"));
            for w in why {
                eprintln!("  {w}");
            }
            EXIT_INVALID
        }
        PlanError::NotFinite { .. } => {
            eprintln!("{}", t!("cli-solve-not-written", why = error.to_string()));
            EXIT_FAILURE
        }
        e => {
            eprintln!("{}", t!("cli-solve-internal-error", why = e.to_string()));
            EXIT_FAILURE
        }
    }
}

/// The time and size of each stage of the solve, on standard error.
fn print_stages(planned: &Planned) {
    let lang = current();
    for st in &planned.outcome.stages {
        eprintln!(
            "  {}",
            t!(
                "cli-solve-stage",
                stage = format!("{:<18}", caravane::solve::stage_label(st.name)),
                seconds = format!("{:>8}", numbers::decimal(lang, st.seconds, 3)),
                vars = format!("{:>6}", numbers::count(lang, st.variables)),
                rows = format!("{:>6}", numbers::count(lang, st.rows)),
                result = st.result.as_str()
            )
        );
    }
}

/// The status, the objective term by term, the clashes left and the exhibitors per zone and
/// province against their targets: the results, printed with `-q` too. The status, bound and
/// gap are the checker's claim on the solution written.
fn print_summary(problem: &Problem, stop: &Stop, solution: &Solution) {
    let lang = current();
    let claim = caravane::check::claim(problem, solution);
    println!(
        "{}",
        t!(
            "cli-solve-status",
            problem = solution.problem.as_str(),
            status = super::words::standing(claim.status)
        )
    );
    if solution.status == Status::Infeasible {
        for e in &solution.explanations {
            println!("  {}", e.text);
        }
        return;
    }
    let (Some(o), Some(total)) = (&solution.objective, claim.total) else {
        println!("  {}", t!("cli-solve-no-layout"));
        return;
    };
    let figure = |x: f64| numbers::number(lang, x, 0, 4);
    let proof = match (claim.bound, claim.gap) {
        (Some(b), Some(g)) => t!(
            "cli-solve-bound",
            bound = figure(b),
            gap = numbers::number(lang, 100.0 * g, 0, 4)
        ),
        _ => t!("cli-solve-no-bound"),
    };
    println!(
        "  {}",
        t!(
            "cli-solve-total",
            total = figure(total),
            proof = proof,
            seconds = numbers::decimal(lang, solution.seconds, 2)
        )
    );
    let rows: Vec<(String, f64, f64)> = (stop.weights.rows(o).into_iter())
        .filter(|row| row.shown())
        .map(|row| (row_name(&row, lang), row.raw, row.weight))
        .collect();
    let width = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    for (name, raw, weight) in rows {
        println!(
            "    {name:<width$} {:>9} × {:<5} = {:>9}",
            figure(raw),
            numbers::figure(lang, weight),
            figure(raw * weight)
        );
    }
    let clashes = solution
        .explanations
        .iter()
        .filter(|e| e.term == "clash")
        .count();
    println!("  {}", t!("cli-solve-clashes-left", count = clashes));
    print_zone_table(problem, stop, solution);
}

/// Exhibitors per zone and province, with the target of each in brackets.
fn print_zone_table(problem: &Problem, stop: &Stop, solution: &Solution) {
    let lang = current();
    let layout = caravane::stop::layout::Layout::from_solution(stop, solution);
    let table = caravane::view::zones::zone_table(stop, &layout);
    if table.is_empty() {
        return;
    }
    println!("  {}", t!("cli-solve-zone-table"));
    print!("    {:<14}", "");
    for p in &stop.provinces {
        print!(" {:>14}", truncate(&p.name, 14));
    }
    println!();
    for (z, row) in table.iter().enumerate() {
        let zone = caravane::view::names::zone_name(&problem.zones, &stop.zones[z], lang);
        print!("    {:<14}", truncate(&zone, 14));
        for (n, target) in row {
            let cell = format!("{n} ({})", numbers::decimal(lang, *target, 1));
            print!(" {cell:>14}");
        }
        println!();
    }
    for table in caravane::view::zones::attribute_tables(stop, &layout) {
        let attribute = caravane::term_words::attribute_name(&table.attribute, lang);
        println!(
            "  {}",
            t!("cli-solve-attribute-table", attribute = attribute)
        );
        let values: Vec<String> = (table.values.iter())
            .map(|v| caravane::term_words::value_name(&table.attribute, v, lang))
            .collect();
        let w = values.iter().map(|v| v.chars().count()).max().unwrap_or(0);
        let w = w.clamp(14, 26);
        print!("    {:<14}", "");
        for value in &values {
            print!(" {:>w$}", truncate(value, w));
        }
        println!();
        for (z, row) in &table.rows {
            let group = match z {
                Some(z) => caravane::view::names::zone_name(&problem.zones, &stop.zones[*z], lang),
                None => t!("cli-solve-prime-row"),
            };
            print!("    {:<14}", truncate(&group, 14));
            for (n, target) in row {
                let cell = format!("{n} ({})", numbers::decimal(lang, *target, 1));
                print!(" {cell:>w$}");
            }
            println!();
        }
    }
}

/// The first `n` characters of `s`.
fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

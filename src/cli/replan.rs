//! `caravane replan`: re-plans a stop that changed after its plan was announced.

use super::input::Input;
use super::{output, Exit, EXIT_FAILURE, EXIT_INFEASIBLE, EXIT_INVALID, EXIT_OK};
use caravane::planning::replan::{replan, Priority, ReplanOptions, Replanned, DEFAULT_MOVE_COST};
use caravane::planning::stop::PlanError;
use caravane::solve::Options;
use std::path::{Path, PathBuf};

/// Re-plan a stop that changed after its plan was announced, moving as few exhibitors as
/// possible; prints who moves where and why, and the objective before and after.
#[derive(Debug, clap::Args)]
pub struct ReplanArgs {
    /// The changed stop file.
    problem: PathBuf,
    /// The announced solution.
    #[arg(long)]
    from: PathBuf,
    /// Output file (default: `NAME.replanned.solution.json` beside the problem).
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// What a chosen move costs, in objective units.
    #[arg(long, default_value_t = DEFAULT_MOVE_COST)]
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
}

/// Re-plans, writes the new solution and prints the moves.
pub fn run(args: &ReplanArgs) -> Exit {
    let options = options(args)?;
    let input = Input::new(args.json);
    let problem = input.stop(&args.problem)?;
    let announced = input.announced(&args.from)?;
    let name = caravane::problem_name(&args.problem);
    let done = replan(&name, &problem, &announced, &options).map_err(refused)?;
    let out = args.output.clone().unwrap_or_else(|| {
        args.problem
            .with_file_name(format!("{name}.replanned.solution.json"))
    });
    output::json(&out, &done.solution)?;
    if args.json {
        print_json(&done, &out);
    } else {
        print_moves(&done);
    }
    Ok(EXIT_OK)
}

/// The re-plan's options, refused when they make no sense.
fn options(args: &ReplanArgs) -> Result<ReplanOptions, i32> {
    if !(args.time_limit.is_finite() && args.time_limit > 0.0) {
        eprintln!("error: --time-limit must be a number of seconds above 0");
        return Err(EXIT_INVALID);
    }
    let priority = if args.fewest_moves_first {
        Priority::FewestMovesFirst
    } else if args.move_cost.is_finite() && args.move_cost >= 0.0 {
        Priority::Weighted {
            cost: args.move_cost,
        }
    } else {
        eprintln!("error: --move-cost must be 0 or more");
        return Err(EXIT_INVALID);
    };
    Ok(ReplanOptions {
        priority,
        max_moves: args.max_moves,
        solve: Options {
            time_limit: Some(args.time_limit),
            ..Options::default()
        },
    })
}

/// Says why nothing was written, and returns the exit code.
fn refused(error: PlanError) -> i32 {
    match error {
        PlanError::BadLayout(why) => {
            eprintln!("error: {}", why.join("; "));
            EXIT_INFEASIBLE
        }
        e => {
            eprintln!("internal error: {e}. Nothing was written; please report this stop file.");
            EXIT_FAILURE
        }
    }
}

/// The objective of the new solution (NaN when it has none).
fn after(done: &Replanned) -> f64 {
    done.solution
        .objective
        .as_ref()
        .map_or(f64::NAN, |o| o.total)
}

/// The re-plan as JSON, with the path of the solution written.
fn print_json(done: &Replanned, out: &Path) {
    let v = serde_json::json!({
        "before": done.before,
        "after": after(done),
        "chosen_moves": done.chosen_moves,
        "moves": done.moves,
        "sessions_kept": done.sessions_kept,
        "sessions_moved": done.sessions_moved,
        "proven": done.proven,
        "solution": out.display().to_string(),
    });
    println!("{}", serde_json::to_string_pretty(&v).expect("JSON"));
}

/// The objective before and after, who moves and why, and what became of the sessions.
fn print_moves(done: &Replanned) {
    let after = after(done);
    match done.before {
        Some(b) => println!(
            "objective: {b} before (the announced layout, as far as it still applies), {after} after"
        ),
        None => println!("objective: {after}"),
    }
    println!(
        "{} chosen move(s), {} change(s) in all{}",
        done.chosen_moves,
        done.moves.len(),
        if done.proven {
            " — proven best for what the re-plan minimises"
        } else {
            " — the best found within the time limit"
        }
    );
    for m in &done.moves {
        println!("  {}", m.why);
    }
    if done.sessions_kept || done.sessions_moved.is_empty() {
        println!("sessions: every session keeps its announced room and slots");
    } else {
        println!(
            "sessions: the changed stop moves {}: {}",
            done.sessions_moved.len(),
            done.sessions_moved.join("; ")
        );
    }
}

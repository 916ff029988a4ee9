//! `caravane replan`: re-plans a stop that changed after its plan was announced.

use super::input::Input;
use super::{output, Exit, EXIT_FAILURE, EXIT_INFEASIBLE, EXIT_INVALID, EXIT_OK};
use caravane::format::Stopped;
use caravane::i18n::{current, numbers};
use caravane::planning::replan::{replan, Priority, ReplanOptions, Replanned, DEFAULT_MOVE_COST};
use caravane::planning::stop::PlanError;
use caravane::solve::Options;
use caravane::t;
use std::path::{Path, PathBuf};

/// Re-plan a stop that changed after its plan was announced, minimising the whole objective plus
/// the cost of moves; prints who left, which stands are free, who arrived or moved and why, the
/// objective before and after, and why the search ended.
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
    /// Stop once the re-plan is proven within this relative gap (e.g. 0.01 for 1 %).
    #[arg(long, default_value_t = 1e-6)]
    gap: f64,
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
        eprintln!("{}", t!("cli-bad-time-limit"));
        return Err(EXIT_INVALID);
    }
    if !(args.gap.is_finite() && args.gap >= 0.0) {
        eprintln!("{}", t!("cli-bad-gap"));
        return Err(EXIT_INVALID);
    }
    let priority = if args.fewest_moves_first {
        Priority::FewestMovesFirst
    } else if args.move_cost.is_finite() && args.move_cost >= 0.0 {
        Priority::Weighted {
            cost: args.move_cost,
        }
    } else {
        eprintln!("{}", t!("cli-bad-move-cost"));
        return Err(EXIT_INVALID);
    };
    Ok(ReplanOptions {
        priority,
        max_moves: args.max_moves,
        solve: Options {
            time_limit: Some(args.time_limit),
            gap: args.gap,
            ..Options::default()
        },
    })
}

/// Says why nothing was written, and returns the exit code.
fn refused(error: PlanError) -> i32 {
    match error {
        PlanError::BadLayout(why) => {
            eprintln!("{}", t!("cli-error", message = why.join("; ")));
            EXIT_INFEASIBLE
        }
        e => {
            eprintln!("{}", t!("cli-replan-internal-error", why = e.to_string()));
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

/// The re-plan as JSON, with the path of the solution written: the same facts as the printed
/// lines.
fn print_json(done: &Replanned, out: &Path) {
    let v = serde_json::json!({
        "left": done.left,
        "free": done.free,
        "moves": done.moves,
        "chosen_moves": done.chosen_moves,
        "sessions_kept": done.sessions_kept,
        "sessions_moved": done.sessions_moved,
        "before": done.before,
        "after": after(done),
        "bound": done.solution.bound,
        "gap": done.solution.gap,
        "stopped": done.stopped,
        "proven": done.stopped == Stopped::Proved,
        "solution": out.display().to_string(),
    });
    println!("{}", serde_json::to_string_pretty(&v).expect("JSON"));
}

/// Who left, which stands are free, who arrived or moved and why, what became of the sessions,
/// the objective before and after, and why the search ended.
fn print_moves(done: &Replanned) {
    let figure = |x: f64| numbers::number(current(), x, 0, 4);
    for d in &done.left {
        println!(
            "{}",
            t!(
                "cli-replan-left",
                exhibitor = d.exhibitor.as_str(),
                stand = d.stand.as_str()
            )
        );
    }
    if done.free.is_empty() {
        println!("{}", t!("cli-replan-no-free-stand"));
    } else {
        println!(
            "{}",
            t!(
                "cli-replan-free-stands",
                count = done.free.len(),
                stands = done.free.join(", ")
            )
        );
    }
    for m in &done.moves {
        if m.from.is_none() {
            println!("{}", t!("cli-replan-arrived", why = m.why.as_str()));
        } else {
            println!("{}", t!("cli-replan-moved", why = m.why.as_str()));
        }
    }
    println!(
        "{}",
        t!(
            "cli-replan-move-count",
            chosen = done.chosen_moves,
            changes = done.moves.len()
        )
    );
    if done.sessions_kept {
        println!("{}", t!("cli-replan-sessions-kept"));
    }
    for m in &done.sessions_moved {
        let to = t!(
            "cli-replan-session-place",
            room = m.to.room.as_str(),
            slots = m.to.slots.join(", ")
        );
        let line = match &m.from {
            Some(p) => t!(
                "cli-replan-session-moved",
                why = m.why.as_str(),
                from = t!(
                    "cli-replan-session-place",
                    room = p.room.as_str(),
                    slots = p.slots.join(", ")
                ),
                to = to
            ),
            None => t!("cli-replan-session-new", why = m.why.as_str(), to = to),
        };
        println!("{line}");
    }
    let after = figure(after(done));
    match done.before {
        Some(b) => println!(
            "{}",
            t!(
                "cli-replan-objective-change",
                before = figure(b),
                after = after
            )
        ),
        None => println!("{}", t!("cli-replan-objective", after = after)),
    }
    println!("{}", stopped_line(done));
}

/// Why the search ended, with the bound and gap of the file.
fn stopped_line(done: &Replanned) -> String {
    let lang = current();
    let bound = numbers::number(lang, done.solution.bound.unwrap_or(f64::NAN), 0, 4);
    let gap = numbers::decimal(lang, 100.0 * done.solution.gap.unwrap_or(f64::NAN), 4);
    let held = t!("cli-replan-held", bound = bound, gap = gap);
    match done.stopped {
        Stopped::Proved => t!("cli-replan-proved"),
        Stopped::Gap => t!("cli-replan-stopped-gap", held = held),
        Stopped::TimeLimit => t!("cli-replan-stopped-time", held = held),
        Stopped::StagesDone => t!("cli-replan-stages-done", held = held),
    }
}

//! `caravane check`: re-verifies a layout, ours or edited by hand.

use super::input::Input;
use super::{Exit, EXIT_FAILURE, EXIT_OK};
use caravane::check::Verdict;
use caravane::planning::moves::StandChange;
use std::path::PathBuf;

/// Re-verify a layout (ours or edited by hand): hard constraints, every objective term
/// recomputed with its reasons, and apart what the file claims about itself and what holds.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
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
}

/// Prints the verdict (and the moves since an older solution); exits 1 when a hard rule is
/// broken or the file claims what does not hold.
pub fn run(args: &CheckArgs) -> Exit {
    let input = Input::new(args.json);
    let problem = input.stop(&args.problem)?;
    let solution = input.solution(&args.solution)?;
    let older = args
        .against
        .as_ref()
        .map(|o| input.solution(o))
        .transpose()?;
    let name = caravane::problem_name(&args.problem);
    let verdict = caravane::check::verify(&name, &problem, &solution);
    let moves = older.map(|o| caravane::planning::moves::moves_between(&o, &solution));
    if args.json {
        print_json(&verdict, moves.as_deref());
    } else {
        print!("{verdict}");
        if let Some(m) = &moves {
            print_moves(m);
        }
    }
    Ok(if verdict.passed() {
        EXIT_OK
    } else {
        EXIT_FAILURE
    })
}

/// The verdict as JSON, with the moves under `moves` when asked for.
fn print_json(verdict: &Verdict, moves: Option<&[StandChange]>) {
    let mut v = serde_json::to_value(verdict).expect("a verdict is JSON");
    if let Some(m) = moves {
        v["moves"] = serde_json::to_value(m).expect("moves are JSON");
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&v).expect("a verdict is JSON")
    );
}

/// The exhibitors whose stand changed since the older solution.
fn print_moves(moves: &[StandChange]) {
    println!(
        "\n{}",
        caravane::t!("check-moves-heading", count = moves.len())
    );
    for c in moves {
        println!(
            "  {:<28} {} → {}",
            c.exhibitor,
            c.before
                .clone()
                .unwrap_or_else(|| caravane::t!("check-moves-not-there")),
            c.after
                .clone()
                .unwrap_or_else(|| caravane::t!("check-moves-gone"))
        );
    }
}

//! `caravane move` and `caravane swap`: change a layout by hand, keeping every hard rule, and
//! see what the change costs term by term and why.

use super::input::Input;
use super::{output, Exit, EXIT_INVALID, EXIT_OK};
use caravane::check::figure;
use caravane::planning::hand::{apply, Change, Handed, Refusal};
use std::path::{Path, PathBuf};

/// Move one exhibitor to a free stand, keeping every hard rule; print what the change costs
/// term by term and why, and write the new solution.
#[derive(Debug, clap::Args)]
pub struct MoveArgs {
    /// The stop file.
    problem: PathBuf,
    /// The solution to change.
    solution: PathBuf,
    /// The exhibitor to move.
    #[arg(long)]
    exhibitor: String,
    /// The free stand it moves to.
    #[arg(long)]
    to: String,
    /// The new solution file (default: `NAME.moved.solution.json` beside the solution).
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
}

/// Swap the stands of two exhibitors, keeping every hard rule; print what the change costs term
/// by term and why, and write the new solution.
#[derive(Debug, clap::Args)]
pub struct SwapArgs {
    /// The stop file.
    problem: PathBuf,
    /// The solution to change.
    solution: PathBuf,
    /// One exhibitor.
    first: String,
    /// The other.
    second: String,
    /// The new solution file (default: `NAME.moved.solution.json` beside the solution).
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
}

/// Moves an exhibitor.
pub fn run_move(args: &MoveArgs) -> Exit {
    let change = Change::Move {
        exhibitor: &args.exhibitor,
        to: &args.to,
    };
    run(
        &args.problem,
        &args.solution,
        change,
        args.output.as_deref(),
    )
}

/// Swaps two exhibitors.
pub fn run_swap(args: &SwapArgs) -> Exit {
    let change = Change::Swap {
        first: &args.first,
        second: &args.second,
    };
    run(
        &args.problem,
        &args.solution,
        change,
        args.output.as_deref(),
    )
}

/// Applies the change, writes the new solution and prints what changed; a refused change
/// writes nothing and exits with [`EXIT_INVALID`].
fn run(problem_path: &Path, solution: &Path, change: Change, output: Option<&Path>) -> Exit {
    let input = Input::human();
    let problem = input.stop(problem_path)?;
    let old = input.solution(solution)?;
    let name = caravane::problem_name(problem_path);
    let done =
        apply(&name, &problem, &old, change).map_err(|r| refused(&r, problem_path, solution))?;
    let out = output
        .map(Path::to_path_buf)
        .unwrap_or_else(|| solution.with_file_name(format!("{name}.moved.solution.json")));
    output::json(&out, &done.solution)?;
    print_change(&done);
    Ok(EXIT_OK)
}

/// Says why the change is refused, and returns the exit code.
fn refused(refusal: &Refusal, problem: &Path, solution: &Path) -> i32 {
    match refusal {
        Refusal::Breaks(broken) => {
            eprintln!(
                "error: the change would break {} rule(s) of the stop; nothing was written:",
                broken.len()
            );
            for v in broken {
                eprintln!("  {v}");
            }
        }
        Refusal::Taken { exhibitor, by, .. } => {
            eprintln!("error: {refusal}; nothing was written:");
            eprintln!(
                "  caravane swap {} {} {exhibitor} {by}",
                problem.display(),
                solution.display()
            );
        }
        _ => eprintln!("error: {refusal}; nothing was written."),
    }
    EXIT_INVALID
}

/// Who moved, each term that changed, the costs that go and come, and the claim that holds.
fn print_change(done: &Handed) {
    for m in &done.moves {
        println!(
            "{}: {} → {}",
            m.exhibitor,
            m.from.as_deref().unwrap_or("(no stand)"),
            m.to
        );
    }
    println!("objective          before      after     change");
    for t in &done.terms {
        let weight = if t.term == "total" {
            String::new()
        } else {
            format!("× {}", t.weight)
        };
        let sign = if t.change > 0.0 { "+" } else { "" };
        println!(
            "  {:<16} {:>8} {:>10} {:>10}  {weight}",
            t.term,
            figure(t.before),
            figure(t.after),
            format!("{sign}{}", figure(t.change))
        );
    }
    if !done.gone.is_empty() {
        println!("costs that go:");
        for j in &done.gone {
            println!("  - [{} {}] {}", j.term, figure(j.cost), j.text);
        }
    }
    if !done.new.is_empty() {
        println!("costs that come:");
        for j in &done.new {
            println!("  + [{} {}] {}", j.term, figure(j.cost), j.text);
        }
    }
    if done.gone.is_empty() && done.new.is_empty() {
        println!("no cost comes or goes");
    }
    println!("what holds: {}", done.claim.headline());
    for n in &done.notes {
        println!("note: {n}");
    }
}

//! `caravane move` and `caravane swap`: change a layout by hand, keeping every hard rule, and
//! see what the change costs term by term and why.

use super::input::Input;
use super::{output, Exit, EXIT_INVALID, EXIT_OK};
use caravane::i18n::{current, numbers};
use caravane::planning::hand::{apply, Change, Handed, Refusal};
use caravane::t;
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
            eprintln!("{}", t!("cli-hand-breaks", count = broken.len()));
            for v in broken {
                eprintln!("  {v}");
            }
        }
        Refusal::Taken { exhibitor, by, .. } => {
            eprintln!("{}", t!("cli-hand-refused-then", why = refusal.to_string()));
            eprintln!(
                "  caravane swap {} {} {exhibitor} {by}",
                problem.display(),
                solution.display()
            );
        }
        _ => eprintln!("{}", t!("cli-hand-refused", why = refusal.to_string())),
    }
    EXIT_INVALID
}

/// Who moved, each term that changed, the costs that go and come, and the claim that holds.
fn print_change(done: &Handed) {
    let lang = current();
    let figure = |x: f64| numbers::figure(lang, x);
    for m in &done.moves {
        println!(
            "{}: {} → {}",
            m.exhibitor,
            m.from.clone().unwrap_or_else(|| t!("cli-hand-no-stand")),
            m.to
        );
    }
    println!(
        "{:<26} {:>10} {:>10} {:>10}",
        t!("cli-hand-objective"),
        t!("cli-hand-before"),
        t!("cli-hand-after"),
        t!("cli-hand-change")
    );
    for c in &done.terms {
        let (name, weight) = match caravane::term_words::code_name(&c.term, lang) {
            Some(words) => (words, format!("× {}", figure(c.weight))),
            None => (t!("cli-hand-total"), String::new()),
        };
        let sign = if c.change > 0.0 { "+" } else { "" };
        println!(
            "  {:<24} {:>10} {:>10} {:>10}  {weight}",
            name,
            figure(c.before),
            figure(c.after),
            format!("{sign}{}", figure(c.change))
        );
    }
    let term = |name: &str| {
        caravane::term_words::code_name(name, lang).unwrap_or_else(|| name.to_string())
    };
    if !done.gone.is_empty() {
        println!("{}", t!("cli-hand-costs-gone"));
        for j in &done.gone {
            println!("  - [{} {}] {}", term(&j.term), figure(j.cost), j.text);
        }
    }
    if !done.new.is_empty() {
        println!("{}", t!("cli-hand-costs-new"));
        for j in &done.new {
            println!("  + [{} {}] {}", term(&j.term), figure(j.cost), j.text);
        }
    }
    if done.gone.is_empty() && done.new.is_empty() {
        println!("{}", t!("cli-hand-no-cost-change"));
    }
    println!(
        "{}",
        t!("cli-hand-what-holds", claim = done.claim.headline())
    );
    for n in &done.notes {
        println!("{}", t!("cli-hand-note", note = n.as_str()));
    }
}

//! `caravane tradeoffs`: the proven trade-offs of a stop, between clash and balance or, for a
//! re-plan, between moves and the objective; writes the front, one solution per point and a
//! page to choose from.

use super::feedback::StderrProgress;
use super::input::Input;
use super::{output, Exit, EXIT_FAILURE, EXIT_INFEASIBLE, EXIT_INVALID, EXIT_OK};
use caravane::format::Status;
use caravane::i18n::{current, numbers};
use caravane::planning::stop::PlanError;
use caravane::planning::tradeoffs::{clash_balance_front, moves_objective_front, Between, Front};
use caravane::solve::Options;
use caravane::stop::model::Stop;
use caravane::t;
use std::path::{Path, PathBuf};

/// The format of `front.json`.
pub const FRONT_FORMAT: &str = "caravane.front/1";

/// Show the proven trade-offs of a stop: for each reachable clash level the least balance cost
/// (or, for a re-plan, the best objective for 0, 1, 2… moves), each point saved as a solution
/// and drawn on a page to compare.
#[derive(Debug, clap::Args)]
pub struct TradeoffsArgs {
    /// The stop file.
    problem: PathBuf,
    /// The two sides: `clash,balance` or `moves,objective` (a re-plan: needs `--from`).
    #[arg(long, default_value = "clash,balance")]
    between: String,
    /// The announced solution, for `--between moves,objective`.
    #[arg(long)]
    from: Option<PathBuf>,
    /// Folder of the front (default: `NAME.tradeoffs/` beside the problem).
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// Seconds allowed for the whole front.
    #[arg(long, default_value_t = 120.0)]
    time_limit: f64,
    /// Print the front as JSON.
    #[arg(long)]
    json: bool,
}

/// Computes the front, writes its files and prints it.
pub fn run(args: &TradeoffsArgs) -> Exit {
    let between = match args.between.replace(' ', "").as_str() {
        "clash,balance" => Between::ClashBalance,
        "moves,objective" => Between::MovesObjective,
        other => {
            eprintln!("{}", t!("cli-tradeoffs-bad-between", given = other));
            return Err(EXIT_INVALID);
        }
    };
    if !(args.time_limit.is_finite() && args.time_limit > 0.0) {
        eprintln!("{}", t!("cli-bad-time-limit"));
        return Err(EXIT_INVALID);
    }
    let input = Input::new(args.json);
    let problem = input.stop(&args.problem)?;
    let announced = match (between, &args.from) {
        (Between::MovesObjective, Some(path)) => Some(input.announced(path)?),
        (Between::MovesObjective, None) => {
            eprintln!("{}", t!("cli-tradeoffs-needs-from"));
            return Err(EXIT_INVALID);
        }
        _ => None,
    };
    let name = caravane::problem_name(&args.problem);
    let options = Options {
        time_limit: Some(args.time_limit),
        ..Options::default()
    };
    let progress = StderrProgress::spinner(args.json);
    let front = match &announced {
        Some(old) => moves_objective_front(&name, &problem, old, &options, &progress),
        None => clash_balance_front(&name, &problem, &options, &progress),
    };
    progress.finish();
    let front = front.map_err(refused)?;
    let dir = args
        .output
        .clone()
        .unwrap_or_else(|| args.problem.with_file_name(format!("{name}.tradeoffs")));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!(
            "{}",
            t!(
                "cli-cannot-write",
                place = dir.display().to_string(),
                why = e.to_string()
            )
        );
        return Err(EXIT_FAILURE);
    }
    let files: Vec<String> = (1..=front.points.len())
        .map(|k| format!("point-{k}.solution.json"))
        .collect();
    for (p, file) in front.points.iter().zip(&files) {
        output::json(&dir.join(file), &p.solution)?;
    }
    let json = front_json(&name, &front, &files);
    output::json(&dir.join("front.json"), &json)?;
    let stop = Stop::new(&name, &problem);
    let lang = super::document_lang(problem.stop.language.as_deref());
    let html = caravane::view::front_page::front_html(&problem, &stop, &front, &files, lang);
    output::text(&dir.join("front.html"), &html)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&json).expect("JSON"));
    } else {
        print_front(&front, &files, &dir);
    }
    Ok(EXIT_OK)
}

/// Says why no front was written, and returns the exit code.
fn refused(error: PlanError) -> i32 {
    match error {
        PlanError::BadLayout(why) => {
            eprintln!("{}", t!("cli-error", message = why.join("; ")));
            EXIT_INFEASIBLE
        }
        e => {
            eprintln!(
                "{}",
                t!("cli-tradeoffs-internal-error", why = e.to_string())
            );
            EXIT_FAILURE
        }
    }
}

/// The content of `front.json`.
pub fn front_json(name: &str, front: &Front, files: &[String]) -> serde_json::Value {
    let [a, b] = front.between.names();
    let points: Vec<serde_json::Value> = front
        .points
        .iter()
        .zip(files)
        .map(|(p, file)| {
            let mut v = serde_json::Map::new();
            v.insert(a.into(), value(p.first));
            v.insert(b.into(), value(p.second));
            v.insert(
                "status".into(),
                serde_json::to_value(p.status).expect("status"),
            );
            v.insert("gap".into(), value(p.gap));
            v.insert("solution".into(), file.as_str().into());
            if front.between == Between::ClashBalance {
                v.insert("moves".into(), p.moves.into());
            }
            serde_json::Value::Object(v)
        })
        .collect();
    serde_json::json!({
        "format": FRONT_FORMAT,
        "problem": name,
        "between": [a, b],
        "complete": front.complete,
        "seconds": (front.seconds * 1000.0).round() / 1000.0,
        "points": points,
    })
}

/// A value of the front as JSON: a number with float noise rounded away (null when infinite).
fn value(x: f64) -> serde_json::Value {
    if x.is_finite() {
        caravane::planning::solution::tidy_number(x).into()
    } else {
        serde_json::Value::Null
    }
}

/// The front as a table, then a sentence per step.
fn print_front(front: &Front, files: &[String], dir: &Path) {
    let lang = current();
    let n = |x: f64| numbers::number(lang, x, 0, 2);
    let proven = front.points.iter().all(|p| p.status == Status::Optimal);
    let head = match front.between {
        Between::ClashBalance => t!(
            "cli-tradeoffs-head-clash-balance",
            count = front.points.len()
        ),
        Between::MovesObjective => t!(
            "cli-tradeoffs-head-moves-objective",
            count = front.points.len()
        ),
    };
    println!("{head}");
    let (a, b) = match front.between {
        Between::ClashBalance => (t!("front-axis-clash"), t!("front-axis-balance")),
        Between::MovesObjective => (t!("front-axis-moves"), t!("front-axis-objective")),
    };
    let point = t!("front-col-point");
    let widths = [
        point.chars().count().max(3),
        a.chars().count().max(8),
        b.chars().count().max(8),
        t!("front-status-proven").chars().count().max(12),
    ];
    println!(
        "  {:<w0$}  {:>w1$}  {:>w2$}  {:<w3$}  {}",
        point,
        a,
        b,
        t!("front-col-status"),
        t!("front-col-file"),
        w0 = widths[0],
        w1 = widths[1],
        w2 = widths[2],
        w3 = widths[3]
    );
    for (i, (p, file)) in front.points.iter().zip(files).enumerate() {
        let status = match p.status {
            Status::Optimal => t!("front-status-proven"),
            _ => t!(
                "front-status-gap",
                gap = numbers::number(lang, 100.0 * p.gap, 0, 2)
            ),
        };
        println!(
            "  {:<w0$}  {:>w1$}  {:>w2$}  {:<w3$}  {}",
            i + 1,
            n(p.first),
            n(p.second),
            status,
            file,
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
            w3 = widths[3]
        );
    }
    for w in front.points.windows(2) {
        let (p, q) = (&w[0], &w[1]);
        let line = match front.between {
            Between::ClashBalance => t!(
                "cli-tradeoffs-step-clash-balance",
                clash = n(p.first - q.first),
                balance = n(q.second - p.second),
                changes = q.moves.unwrap_or(0)
            ),
            Between::MovesObjective => t!(
                "cli-tradeoffs-step-moves",
                moves = q.first,
                gain = n(front.points[0].second - q.second)
            ),
        };
        println!("{line}");
    }
    if !front.complete {
        println!("{}", t!("front-incomplete"));
    } else if proven {
        println!("{}", t!("cli-tradeoffs-all-proven"));
    }
    println!(
        "{}",
        t!(
            "cli-tradeoffs-open-page",
            page = dir.join("front.html").display().to_string()
        )
    );
}

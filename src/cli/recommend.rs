//! `caravane recommend`: the best free stands for a newcomer, without moving anyone.

use super::input::Input;
use super::{Exit, EXIT_INVALID, EXIT_OK};
use caravane::i18n::{current, numbers};
use caravane::planning::replan::{recommend, Candidate};
use caravane::stop::model::Stop;
use caravane::t;
use std::path::PathBuf;

/// The best free stands for one more exhibitor, without moving anyone.
#[derive(Debug, clap::Args)]
pub struct RecommendArgs {
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
}

/// Prints the best stands, best first, each with why.
pub fn run(args: &RecommendArgs) -> Exit {
    let input = Input::new(args.json);
    let (problem, stop) = input.resolved_stop(&args.problem)?;
    let announced = input.announced(&args.from)?;
    let list =
        recommend(&problem, &stop, &announced, &args.exhibitor, args.top).map_err(|why| {
            eprintln!("{}", t!("cli-error", message = why));
            EXIT_INVALID
        })?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&list).expect("JSON"));
    } else {
        print_candidates(&problem, &stop, &args.exhibitor, &list);
    }
    Ok(EXIT_OK)
}

/// The stands for people, numbered, with their reasons.
fn print_candidates(
    problem: &caravane::format::Problem,
    stop: &Stop,
    id: &str,
    list: &[Candidate],
) {
    let lang = current();
    let name = stop
        .exhibitors
        .iter()
        .find(|x| x.id == id)
        .map_or(id, |x| x.name.as_str());
    println!("{}", t!("cli-recommend-title", name = name, id = id));
    for (k, c) in list.iter().enumerate() {
        let zone = c.zone.as_deref().map_or("—".to_string(), |z| {
            caravane::view::names::zone_name(&problem.zones, z, lang)
        });
        let total = numbers::figure(lang, c.total);
        let stand = format!("{}{}", c.stand, if c.prime { " ★" } else { "" });
        let line = if c.more_than_best > 0.0 {
            t!(
                "cli-recommend-stand-more",
                stand = stand,
                zone = zone,
                total = total,
                more = numbers::figure(lang, c.more_than_best)
            )
        } else {
            t!(
                "cli-recommend-stand",
                stand = stand,
                zone = zone,
                total = total
            )
        };
        println!("{}. {line}", k + 1);
        for r in &c.reasons {
            println!("     {r}");
        }
    }
}

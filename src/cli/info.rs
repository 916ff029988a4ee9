//! `caravane info`: what a stop holds, counted the way a planner checks a file before solving.

use super::input::Input;
use super::{Exit, EXIT_OK};
use caravane::view::info::{summarize, Count, Summary};
use std::path::PathBuf;

/// Summarise a stop: exhibitors per province and family, stands per zone and tag, needs
/// against supply, neighbour pairs.
#[derive(Debug, clap::Args)]
pub struct InfoArgs {
    /// A stop file.
    file: PathBuf,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

/// Prints the summary of the stop.
pub fn run(args: &InfoArgs) -> Exit {
    let (_, stop) = Input::new(args.json).resolved_stop(&args.file)?;
    let s = summarize(&stop);
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&s).expect("a summary is JSON")
        );
    } else {
        print_summary(&s);
    }
    Ok(EXIT_OK)
}

fn print_summary(s: &Summary) {
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
    print_counts("Exhibitors by category", &s.categories, 28);
    print_counts("Exhibitors by product family", &s.families, 40);
    print_counts("Stands by zone", &s.zones, 28);
    print_counts("Stands by tag", &s.tags, 28);
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
    print_counts("Neighbour pairs", &s.adjacency, 28);
    print_counts("Programme and constraints", &s.programme, 28);
}

/// A titled list of counts, names padded to `width`.
fn print_counts(title: &str, counts: &[Count], width: usize) {
    println!("\n{title}:");
    for c in counts {
        println!("  {:<width$} {:>4}", c.name, c.count);
    }
}

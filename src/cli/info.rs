//! `caravane info`: what a stop holds, counted the way a planner checks a file before solving.

use super::input::Input;
use super::{Exit, EXIT_OK};
use caravane::i18n::numbers::{date_range_text, decimal};
use caravane::i18n::{tl, Lang};
use caravane::view::info::{summarize, Count, Summary};
use caravane::view::names::tag_name;
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

/// Prints the summary of the stop, in the command's language.
pub fn run(args: &InfoArgs) -> Exit {
    let (problem, stop) = Input::new(args.json).resolved_stop(&args.file)?;
    let lang = super::lang();
    let s = summarize(&problem, &stop, lang);
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&s).expect("a summary is JSON")
        );
    } else {
        print_summary(&s, lang);
    }
    Ok(EXIT_OK)
}

fn print_summary(s: &Summary, lang: Lang) {
    let title = tl!(
        lang,
        "plan-info-title",
        name = s.name.as_str(),
        town = s.town.as_str(),
        venue = s.venue.as_str(),
        dates = date_range_text(lang, &s.from, &s.to)
    );
    if s.sample_data {
        println!("{title} {}", tl!(lang, "plan-info-sample"));
    } else {
        println!("{title}");
    }
    println!(
        "{}",
        tl!(
            lang,
            "plan-info-counts",
            exhibitors = s.exhibitors,
            stands = s.stands,
            spare = s.stands.saturating_sub(s.exhibitors)
        )
    );
    let total = s.exhibitors.max(1) as f64;
    let width = name_width(&s.provinces, 28);
    println!("\n{}", tl!(lang, "plan-info-by-province"));
    for c in &s.provinces {
        println!(
            "  {:<width$} {:>4}  {:>5} %",
            c.name,
            c.count,
            decimal(lang, 100.0 * c.count as f64 / total, 1)
        );
    }
    print_counts(&tl!(lang, "plan-info-by-category"), &s.categories);
    print_counts(&tl!(lang, "plan-info-by-family"), &s.families);
    print_counts(&tl!(lang, "plan-info-by-zone"), &s.zones);
    print_counts(&tl!(lang, "plan-info-by-tag"), &s.tags);
    if !s.needs.is_empty() {
        println!("\n{}", tl!(lang, "plan-info-needs"));
        let short = tl!(lang, "plan-info-short");
        for n in &s.needs {
            let flag = if n.exhibitors > n.stands {
                format!("  {short}")
            } else {
                String::new()
            };
            let needs: Vec<String> = n.needs.iter().map(|t| tag_name(t, lang)).collect();
            println!(
                "  {:<28} {:>4} / {:<4}{flag}",
                needs.join(" + "),
                n.exhibitors,
                n.stands
            );
        }
    }
    print_counts(&tl!(lang, "plan-info-adjacency"), &s.adjacency);
    print_counts(&tl!(lang, "plan-info-programme"), &s.programme);
}

/// The width the names of a list are padded to: the longest, at least `least`.
fn name_width(counts: &[Count], least: usize) -> usize {
    counts
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(least)
}

/// A titled list of counts, names padded to the longest.
fn print_counts(title: &str, counts: &[Count]) {
    println!("\n{title}");
    let width = name_width(counts, 28);
    for c in counts {
        println!("  {:<width$} {:>4}", c.name, c.count);
    }
}

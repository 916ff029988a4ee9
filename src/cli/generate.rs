//! `caravane generate`: a synthetic stop of any size.

use super::{output, Exit, EXIT_OK};
use caravane::stop::generate::{generate, Spec};
use std::path::PathBuf;

/// Write a synthetic stop of any size with the region's statistics.
#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    /// Number of exhibitors.
    #[arg(long, short = 'n')]
    exhibitors: usize,
    /// Seed: the same seed gives the same stop.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Number of thematic sessions (default: about one per 20 exhibitors).
    #[arg(long)]
    sessions: Option<usize>,
    /// Days of the market, three session slots each (default: 5).
    #[arg(long)]
    days: Option<usize>,
    /// Output file (default: standard output).
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
}

/// Writes the stop to its file, or prints it.
pub fn run(args: &GenerateArgs) -> Exit {
    let problem = generate(Spec {
        exhibitors: args.exhibitors,
        sessions: args.sessions,
        days: args.days,
        seed: args.seed,
    });
    match &args.output {
        Some(path) => output::json(path, &problem)?,
        None => println!(
            "{}",
            serde_json::to_string_pretty(&problem).expect("a stop is JSON")
        ),
    }
    Ok(EXIT_OK)
}

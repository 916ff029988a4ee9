//! `caravane scaling`: the solve measured on generated stops of growing size.

use super::{Exit, EXIT_FAILURE, EXIT_OK};
use caravane::i18n::{current, numbers};
use caravane::planning::scaling::{measure, Measure};
use caravane::t;

/// Measure the stand solve on generated stops of growing size and print a table (for
/// engineers).
#[derive(Debug, clap::Args)]
pub struct ScalingArgs {
    /// Numbers of exhibitors.
    #[arg(long, value_delimiter = ',', default_values_t = [50, 100, 200, 400, 700, 1000])]
    sizes: Vec<usize>,
    /// Seed of the generated stops.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Seconds allowed per solve.
    #[arg(long, default_value_t = 60.0)]
    time_limit: f64,
    /// Plan the generated exchange sessions too (the whole plan), not the stands alone.
    #[arg(long)]
    sessions: bool,
}

/// Prints a Markdown table, a row per size as soon as it is measured.
pub fn run(args: &ScalingArgs) -> Exit {
    let columns = [
        t!("cli-scaling-exhibitors"),
        t!("cli-scaling-stands"),
        t!("cli-scaling-sessions"),
        t!("cli-scaling-variables"),
        t!("cli-scaling-rows"),
        t!("cli-scaling-seconds"),
        t!("cli-scaling-status"),
        t!("cli-scaling-gap"),
        t!("cli-scaling-stages"),
    ];
    println!("| {} |", columns.join(" | "));
    println!("|---:|---:|---:|---:|---:|---:|---|---:|---|");
    for &n in &args.sizes {
        match measure(n, args.seed, args.time_limit, args.sessions) {
            Ok(m) => println!("{}", row(&m)),
            Err(e) => {
                eprintln!(
                    "{}",
                    t!("cli-scaling-internal-error", count = n, why = e.to_string())
                );
                return Err(EXIT_FAILURE);
            }
        }
    }
    Ok(EXIT_OK)
}

/// A row of the table.
fn row(m: &Measure) -> String {
    let lang = current();
    let stages: Vec<String> = m
        .stages
        .iter()
        .map(|s| caravane::solve::stage_label(s))
        .collect();
    format!(
        "| {} | {} | {} | {} | {} | {} | {} | {} % | {} |",
        m.exhibitors,
        m.stands,
        m.sessions,
        m.variables,
        m.rows,
        numbers::decimal(lang, m.seconds, 2),
        super::words::status(m.status),
        numbers::decimal(lang, 100.0 * m.gap.unwrap_or(f64::NAN), 4),
        stages.join(" → ")
    )
}

//! `caravane scaling`: the stand solve measured on generated stops of growing size.

use super::{Exit, EXIT_FAILURE, EXIT_OK};
use caravane::planning::scaling::{measure, Measure};

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
}

/// Prints a Markdown table, a row per size as soon as it is measured.
pub fn run(args: &ScalingArgs) -> Exit {
    println!("| exhibitors | stands | variables | rows | seconds | status | gap | stages |");
    println!("|---:|---:|---:|---:|---:|---|---:|---|");
    for &n in &args.sizes {
        match measure(n, args.seed, args.time_limit) {
            Ok(m) => println!("{}", row(&m)),
            Err(e) => {
                eprintln!("internal error at {n} exhibitors: {e}");
                return Err(EXIT_FAILURE);
            }
        }
    }
    Ok(EXIT_OK)
}

/// A row of the table.
fn row(m: &Measure) -> String {
    format!(
        "| {} | {} | {} | {} | {:.2} | {} | {:.4} % | {} |",
        m.exhibitors,
        m.stands,
        m.variables,
        m.rows,
        m.seconds,
        m.status.as_str(),
        100.0 * m.gap.unwrap_or(f64::NAN),
        m.stages.join(" → ")
    )
}

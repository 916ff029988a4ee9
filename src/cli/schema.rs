//! `caravane schema`: the JSON Schema of each file format.

use super::{Exit, EXIT_OK};

/// Print the JSON Schema of the stop file (or of the solution or tour file).
#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// The schema of solution files instead.
    #[arg(long, conflicts_with = "tour")]
    solution: bool,
    /// The schema of tour files instead.
    #[arg(long)]
    tour: bool,
}

/// Prints the schema asked for.
pub fn run(args: &SchemaArgs) -> Exit {
    let schema = if args.solution {
        caravane::solution_schema()
    } else if args.tour {
        caravane::tour_schema()
    } else {
        caravane::stop_schema()
    };
    println!(
        "{}",
        serde_json::to_string_pretty(&schema).expect("a schema is JSON")
    );
    Ok(EXIT_OK)
}

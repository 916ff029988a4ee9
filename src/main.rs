//! The `caravane` command: a thin shell over the library.
#![forbid(unsafe_code)]

mod cli;

/// The exit code of a command whose reader stopped reading (`caravane check … | head`), as
/// the shell reports a command ended by a closed pipe.
const EXIT_CLOSED_PIPE: i32 = 141;

fn main() {
    // Printing to a pipe whose reader has gone fails; the command then stops quietly, as other
    // command-line tools do, instead of reporting a fault. Output files are written whole or
    // not at all, so nothing is left half-written.
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let text = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .unwrap_or_default();
        if text.starts_with("failed printing to std") && text.contains("Broken pipe") {
            std::process::exit(EXIT_CLOSED_PIPE);
        }
        report(info)
    }));
    std::process::exit(cli::run());
}

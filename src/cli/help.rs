//! `caravane --help` in the language of the command: what each command and option does, the
//! headings, and the help and version flags.
//!
//! The language is read from the arguments before they are parsed ([`lang_in_args`]); the
//! command built from the argument structs is then given the catalogue's sentences
//! ([`localised`]). What clap writes by itself stays English: its error messages and the
//! placeholders of the usage line (`[OPTIONS]`, `<COMMAND>`, the value names).

use caravane::i18n::Lang;
use caravane::tl;
use clap::Command;
use std::ffi::OsString;

/// The language `--lang` gives, wherever it is on the command line (`--lang ar` or
/// `--lang=ar`); None without it, or when its value is none of the three (clap then refuses
/// it).
pub fn lang_in_args(args: &[OsString]) -> Option<Lang> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word == "--lang" {
            return words.next().and_then(|v| v.parse().ok());
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            return value.parse().ok();
        }
    }
    None
}

/// The command with every description, heading and flag of its help in `lang`.
pub fn localised(mut cmd: Command, lang: Lang) -> Command {
    // Built first, so that the help and version flags, the `help` command and the global
    // options are there to be given their sentences.
    cmd.build();
    let cmd = cmd.about(tl!(lang, "cli-about")).long_about(None::<&str>);
    let cmd = with_headings(cmd, "", lang);
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        let sub = match about(lang, &name) {
            Some(text) => sub.about(text).long_about(None::<&str>),
            None => sub,
        };
        let sub = with_headings(sub, &name, lang);
        let sub = if name == "venue" {
            sub.mut_subcommands(|s| super::venue::localised(s, lang, with_headings))
        } else {
            sub
        };
        if name == "help" {
            sub.mut_subcommands(|s| with_headings(s, "help", lang))
        } else {
            sub
        }
    })
}

/// A command's usage heading, section headings and options in `lang`.
fn with_headings(cmd: Command, name: &str, lang: Lang) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tl!(lang, "cli-help-usage")
    );
    let (arguments, options) = (
        for_the_process(tl!(lang, "cli-help-arguments")),
        for_the_process(tl!(lang, "cli-help-options")),
    );
    let name = name.to_string();
    cmd.help_template(template)
        .subcommand_help_heading(for_the_process(tl!(lang, "cli-help-commands")))
        .mut_args(move |arg| {
            let heading = if arg.is_positional() {
                arguments
            } else {
                options
            };
            let arg = arg.help_heading(heading);
            match arg_help(lang, &name, arg.get_id().as_str()) {
                Some(text) => arg
                    .help(text)
                    .long_help(None::<&str>)
                    .hide_possible_values(true),
                None => arg,
            }
        })
}

/// A heading kept for the rest of the process, as clap takes its headings (a few words, made
/// once per command).
fn for_the_process(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The one-line description of a command.
fn about(lang: Lang, command: &str) -> Option<String> {
    Some(match command {
        "validate" => tl!(lang, "cli-about-validate"),
        "info" => tl!(lang, "cli-about-info"),
        "solve" => tl!(lang, "cli-about-solve"),
        "timetable" => tl!(lang, "cli-about-timetable"),
        "check" => tl!(lang, "cli-about-check"),
        "scaling" => tl!(lang, "cli-about-scaling"),
        "plan" => tl!(lang, "cli-about-plan"),
        "report" => tl!(lang, "cli-about-report"),
        "print" => tl!(lang, "print-about"),
        "import" => tl!(lang, "cli-about-import"),
        "import-tour" => tl!(lang, "tour-cli-about-import-tour"),
        "export" => tl!(lang, "cli-about-export"),
        "replan" => tl!(lang, "cli-about-replan"),
        "tradeoffs" => tl!(lang, "cli-about-tradeoffs"),
        "move" => tl!(lang, "cli-about-move"),
        "swap" => tl!(lang, "cli-about-swap"),
        "recommend" => tl!(lang, "cli-about-recommend"),
        "schema" => tl!(lang, "cli-about-schema"),
        "tour" => tl!(lang, "cli-about-tour"),
        "compare" => tl!(lang, "cli-about-compare"),
        "generate" => tl!(lang, "cli-about-generate"),
        "serve" => tl!(lang, "cli-about-serve"),
        "venue" => return super::venue::about(lang, "venue"),
        "help" => tl!(lang, "cli-about-help"),
        _ => return None,
    })
}

/// What an option or argument of a command is for; None for one the catalogue does not
/// describe (its own documentation is then shown).
fn arg_help(lang: Lang, command: &str, arg: &str) -> Option<String> {
    Some(match (command, arg) {
        (_, "help") => tl!(lang, "cli-arg-help"),
        (_, "version") => tl!(lang, "cli-arg-version"),
        (_, "verbose") => tl!(lang, "cli-arg-verbose"),
        (_, "lang") => tl!(lang, "cli-arg-lang"),
        ("help", "subcommand") => tl!(lang, "cli-arg-help-command"),
        (c, a) if c.starts_with("venue ") => return super::venue::arg_help(lang, &c[6..], a),
        ("validate", "files") => tl!(lang, "cli-arg-validate-files"),
        ("validate", "json") | ("check", "json") => tl!(lang, "cli-arg-json-report"),
        ("info", "file") => tl!(lang, "cli-arg-stop-file"),
        ("info", "json") => tl!(lang, "cli-arg-info-json"),
        ("solve", "problem") => tl!(lang, "cli-arg-solve-problem"),
        ("solve", "output") => tl!(lang, "cli-arg-solve-output"),
        ("solve", "time_limit") => tl!(lang, "cli-arg-solve-time-limit"),
        ("solve" | "replan", "gap") => tl!(lang, "cli-arg-gap"),
        ("solve", "threads") => tl!(lang, "cli-arg-threads"),
        ("solve", "seed") => tl!(lang, "cli-arg-solve-seed"),
        ("solve", "quiet") => tl!(lang, "cli-arg-solve-quiet"),
        ("solve", "only") => tl!(lang, "cli-arg-solve-only"),
        ("solve", "layout") => tl!(lang, "cli-arg-solve-layout"),
        ("timetable" | "check" | "move" | "swap", "problem") => tl!(lang, "cli-arg-stop-file"),
        ("timetable" | "check" | "plan" | "report" | "print" | "export", "solution") => {
            tl!(lang, "cli-arg-solution-file")
        }
        ("timetable", "exhibitor") => tl!(lang, "cli-arg-timetable-exhibitor"),
        ("check", "against") => tl!(lang, "cli-arg-check-against"),
        ("scaling", "sizes") => tl!(lang, "cli-arg-scaling-sizes"),
        ("scaling", "seed") => tl!(lang, "cli-arg-scaling-seed"),
        ("scaling", "time_limit") => tl!(lang, "cli-arg-scaling-time-limit"),
        ("scaling", "sessions") => tl!(lang, "cli-arg-scaling-sessions"),
        ("plan", "svg") => tl!(lang, "cli-arg-plan-svg"),
        ("report", "html") => tl!(lang, "cli-arg-report-html"),
        ("print", "output") => tl!(lang, "print-arg-output"),
        ("export", "csv") => tl!(lang, "cli-arg-export-csv"),
        ("plan" | "report" | "print" | "export", "problem") => tl!(lang, "cli-arg-problem-beside"),
        ("import", "exhibitors") => tl!(lang, "cli-arg-import-exhibitors"),
        ("import", "venue") => tl!(lang, "cli-arg-import-venue"),
        ("import", "sessions") => tl!(lang, "cli-arg-import-sessions"),
        ("import", "output") => tl!(lang, "cli-arg-import-output"),
        ("import", "sessions_sheet") => tl!(lang, "sheets-arg-sessions-sheet"),
        ("import", "room") => tl!(lang, "sheets-arg-room"),
        ("import", "rooms") => tl!(lang, "sheets-arg-rooms"),
        ("import", "slot_times") => tl!(lang, "sheets-arg-slot-times"),
        ("import", "busy_days") => tl!(lang, "sheets-arg-busy-days"),
        ("import", "title") => tl!(lang, "sheets-arg-title"),
        ("import", "town") => tl!(lang, "sheets-arg-town"),
        ("import", "place") => tl!(lang, "sheets-arg-place"),
        ("import", "from") => tl!(lang, "sheets-arg-from"),
        ("import", "to") => tl!(lang, "sheets-arg-to"),
        ("import-tour", "towns") => tl!(lang, "tour-cli-arg-towns"),
        ("import-tour", "roads") => tl!(lang, "tour-cli-arg-roads"),
        ("import-tour", "itineraries") => tl!(lang, "tour-cli-arg-itineraries"),
        ("import-tour", "exhibitors") => tl!(lang, "tour-cli-arg-exhibitors"),
        ("import-tour", "venue") => tl!(lang, "tour-cli-arg-venue"),
        ("import-tour", "like") => tl!(lang, "tour-cli-arg-like"),
        ("import-tour", "name") => tl!(lang, "tour-cli-arg-name"),
        ("import-tour", "output") => tl!(lang, "tour-cli-arg-output"),
        ("replan", "problem") => tl!(lang, "cli-arg-replan-problem"),
        ("replan" | "recommend", "from") => tl!(lang, "cli-arg-announced"),
        ("replan", "output") => tl!(lang, "cli-arg-replan-output"),
        ("replan", "move_cost") => tl!(lang, "cli-arg-replan-move-cost"),
        ("replan", "max_moves") => tl!(lang, "cli-arg-replan-max-moves"),
        ("replan", "fewest_moves_first") => tl!(lang, "cli-arg-replan-fewest-moves-first"),
        ("replan", "time_limit") => tl!(lang, "cli-arg-replan-time-limit"),
        ("replan", "json") => tl!(lang, "cli-arg-replan-json"),
        ("tradeoffs", "problem") => tl!(lang, "cli-arg-tradeoffs-problem"),
        ("tradeoffs", "between") => tl!(lang, "cli-arg-tradeoffs-between"),
        ("tradeoffs", "from") => tl!(lang, "cli-arg-tradeoffs-from"),
        ("tradeoffs", "output") => tl!(lang, "cli-arg-tradeoffs-output"),
        ("tradeoffs", "time_limit") => tl!(lang, "cli-arg-tradeoffs-time-limit"),
        ("tradeoffs", "json") => tl!(lang, "cli-arg-tradeoffs-json"),
        ("move" | "swap", "solution") => tl!(lang, "cli-arg-hand-solution"),
        ("move", "exhibitor") => tl!(lang, "cli-arg-move-exhibitor"),
        ("move", "to") => tl!(lang, "cli-arg-move-to"),
        ("move" | "swap", "output") => tl!(lang, "cli-arg-hand-output"),
        ("swap", "first") => tl!(lang, "cli-arg-swap-first"),
        ("swap", "second") => tl!(lang, "cli-arg-swap-second"),
        ("recommend", "problem") => tl!(lang, "cli-arg-recommend-problem"),
        ("recommend", "exhibitor") => tl!(lang, "cli-arg-recommend-exhibitor"),
        ("recommend", "top") => tl!(lang, "cli-arg-recommend-top"),
        ("recommend", "json") => tl!(lang, "cli-arg-recommend-json"),
        ("schema", "solution") => tl!(lang, "cli-arg-schema-solution"),
        ("schema", "tour") => tl!(lang, "cli-arg-schema-tour"),
        ("tour" | "compare", "tour") => tl!(lang, "cli-arg-tour-file"),
        ("tour", "output") => tl!(lang, "cli-arg-tour-output"),
        ("tour", "itinerary") => tl!(lang, "cli-arg-tour-itinerary"),
        ("tour" | "compare", "time_limit") => tl!(lang, "cli-arg-tour-time-limit"),
        ("tour" | "compare", "gap") => tl!(lang, "cli-arg-tour-gap"),
        ("tour" | "compare", "seed") => tl!(lang, "cli-arg-tour-seed"),
        ("tour" | "compare", "jobs") => tl!(lang, "cli-arg-tour-jobs"),
        ("tour" | "compare", "without_rotation") => tl!(lang, "cli-arg-tour-without-rotation"),
        ("tour" | "compare", "quiet") => tl!(lang, "cli-arg-tour-quiet"),
        ("compare", "format") => tl!(lang, "cli-arg-compare-format"),
        ("compare", "output") => tl!(lang, "cli-arg-compare-output"),
        ("compare", "plans") => tl!(lang, "cli-arg-compare-plans"),
        ("compare", "best_order") => tl!(lang, "cli-arg-compare-best-order"),
        ("compare", "keep") => tl!(lang, "cli-arg-compare-keep"),
        ("generate", "exhibitors") => tl!(lang, "cli-arg-generate-exhibitors"),
        ("generate", "seed") => tl!(lang, "cli-arg-generate-seed"),
        ("generate", "sessions") => tl!(lang, "cli-arg-generate-sessions"),
        ("generate", "days") => tl!(lang, "cli-arg-generate-days"),
        ("generate", "output") => tl!(lang, "cli-arg-generate-output"),
        ("serve", "workspace") => tl!(lang, "cli-arg-serve-workspace"),
        ("serve", "port") => tl!(lang, "cli-arg-serve-port"),
        ("serve", "host") => tl!(lang, "cli-arg-serve-host"),
        ("serve", "open") => tl!(lang, "cli-arg-serve-open"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_found_anywhere_on_the_command_line() {
        let found = |w: &[&str]| lang_in_args(&args(w));
        assert_eq!(
            found(&["caravane", "solve", "x", "--lang", "ar"]),
            Some(Lang::Ar)
        );
        assert_eq!(found(&["caravane", "--lang=en", "solve"]), Some(Lang::En));
        assert_eq!(found(&["caravane", "solve", "x"]), None);
        assert_eq!(found(&["caravane", "--lang", "de"]), None);
        assert_eq!(found(&["caravane", "--", "--lang", "en"]), None);
    }
}

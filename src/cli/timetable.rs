//! `caravane timetable`: the programme of a solution, and each exhibitor's agenda.

use super::input::Input;
use super::{Exit, EXIT_INVALID, EXIT_OK};
use caravane::i18n::numbers::{self, Date};
use caravane::i18n::{current, Lang};
use caravane::stop::model::Stop;
use caravane::t;
use caravane::view::agenda::Programme;
use std::path::PathBuf;

/// Print the programme of a solution by day and room, and each exhibitor's own agenda.
#[derive(Debug, clap::Args)]
pub struct TimetableArgs {
    /// The stop file.
    problem: PathBuf,
    /// The solution file.
    solution: PathBuf,
    /// Only this exhibitor's agenda.
    #[arg(long)]
    exhibitor: Option<String>,
}

/// Prints the programme and the agendas, or one exhibitor's agenda.
pub fn run(args: &TimetableArgs) -> Exit {
    let input = Input::human();
    let (_, stop) = input.resolved_stop(&args.problem)?;
    let solution = input.solution(&args.solution)?;
    let programme = Programme::read(&stop, &solution).map_err(|why| {
        eprintln!("{}", t!("cli-error", message = why));
        EXIT_INVALID
    })?;
    match &args.exhibitor {
        None => print!("{}", programme_text(&programme, &stop)),
        Some(id) => match stop.exhibitors.iter().position(|x| &x.id == id) {
            Some(e) => print!("{}", agenda(&programme, &stop, e)),
            None => {
                eprintln!(
                    "{}",
                    t!(
                        "cli-timetable-no-such-exhibitor",
                        id = id.as_str(),
                        file = args.problem.display().to_string()
                    )
                );
                return Err(EXIT_INVALID);
            }
        },
    }
    Ok(EXIT_OK)
}

/// A day of the programme the language's way ("5 décembre 2025"), or as the file writes it.
fn day(lang: Lang, day: &str) -> String {
    Date::parse(day).map_or_else(|| day.to_string(), |d| numbers::date(lang, d))
}

/// The programme by day, then time, then room; then the agendas.
fn programme_text(programme: &Programme, stop: &Stop) -> String {
    let lang = current();
    let mut out = String::new();
    if programme.held.is_empty() {
        out.push_str(&t!("cli-timetable-empty"));
        out.push('\n');
        return out;
    }
    let mut rows: Vec<(usize, usize, &Vec<usize>)> = programme
        .held
        .iter()
        .map(|(k, r, ts)| (*k, *r, ts))
        .collect();
    rows.sort_by_key(|(_, r, ts)| (ts.first().copied().unwrap_or(0), *r));
    let mut current_day = String::new();
    for (k, r, ts) in rows {
        let (Some(&first), Some(&last)) = (ts.first(), ts.last()) else {
            continue;
        };
        let slot = &stop.slots[first];
        if slot.day != current_day {
            current_day = slot.day.clone();
            out.push_str(&day(lang, &current_day));
            out.push('\n');
        }
        let s = &stop.sessions[k];
        let led = if s.facilitators.is_empty() {
            "—".to_string()
        } else {
            s.facilitators.join(", ")
        };
        out.push_str(&format!(
            "  {}–{}  {:<28} {}\n",
            slot.start,
            stop.slots[last].end,
            stop.rooms[r].name,
            t!(
                "cli-timetable-session",
                title = s.title.as_str(),
                registered = stop.registrants(k).count(),
                led = led
            )
        ));
    }
    out.push('\n');
    out.push_str(&t!("cli-timetable-agendas"));
    out.push('\n');
    for (e, x) in stop.exhibitors.iter().enumerate() {
        if !x.sessions.is_empty() {
            out.push_str(&agenda(programme, stop, e));
        }
    }
    out
}

/// One exhibitor's agenda: its sessions in time order, those at the same time as another of
/// its sessions marked, those not held said so.
fn agenda(programme: &Programme, stop: &Stop, e: usize) -> String {
    let lang = current();
    let x = &stop.exhibitors[e];
    let mut out = if x.staff == 1 {
        t!(
            "cli-timetable-exhibitor-alone",
            name = x.name.as_str(),
            id = x.id.as_str()
        )
    } else {
        t!(
            "cli-timetable-exhibitor",
            name = x.name.as_str(),
            id = x.id.as_str()
        )
    };
    out.insert_str(0, "  ");
    out.push('\n');
    let mut items: Vec<(usize, String)> = Vec::new();
    for &k in &x.sessions {
        let title = stop.sessions[k].title.as_str();
        match programme.held.iter().find(|(kk, _, _)| *kk == k) {
            Some((_, r, ts)) => {
                let (Some(&a), Some(&b)) = (ts.first(), ts.last()) else {
                    continue;
                };
                let clash = programme.held.iter().any(|(o, _, ots)| {
                    *o != k && x.sessions.contains(o) && ots.iter().any(|t| ts.contains(t))
                });
                let when = format!(
                    "{} {}–{}",
                    day(lang, &stop.slots[a].day),
                    stop.slots[a].start,
                    stop.slots[b].end
                );
                let room = stop.rooms[*r].name.as_str();
                let line = if clash {
                    t!(
                        "cli-timetable-item-clash",
                        when = when,
                        title = title,
                        room = room
                    )
                } else {
                    t!(
                        "cli-timetable-item",
                        when = when,
                        title = title,
                        room = room
                    )
                };
                items.push((a, format!("    {line}\n")));
            }
            None => items.push((
                usize::MAX,
                format!("    {}\n", t!("cli-timetable-not-scheduled", title = title)),
            )),
        }
    }
    items.sort();
    for (_, line) in items {
        out.push_str(&line);
    }
    out
}

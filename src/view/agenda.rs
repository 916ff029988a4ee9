//! The programme of a stop as people read it: by day and room, and each exhibitor's agenda.
//!
//! The days are written the language's way ("5 décembre 2025"); the times, titles, rooms and
//! names as the stop file gives them. What a command prints ([`Programme::render`],
//! [`Programme::agenda_of`]) is in the command's language; what a document shows
//! ([`Programme::entries`]) in the document's.

use crate::format::Solution;
use crate::i18n::numbers::{self, Date};
use crate::i18n::{self, t, tl, Lang};
use crate::stop::model::{index_by_id, Stop};
use std::fmt::Write;

/// A timetable read from a solution: for each session, its room and slots.
#[derive(Debug, Clone, PartialEq)]
pub struct Programme {
    /// `(session, room, slots)`, in the solution's order.
    pub held: Vec<(usize, usize, Vec<usize>)>,
}

/// A day of the stop file (`YYYY-MM-DD`) for people: "5 décembre 2025", or without its year
/// "5 décembre"; as the file writes it when it is not a date.
/// The hours of a session held in `slots` (indices of the stop's slots, in order): one range
/// when the slots follow each other ("10:00–13:00"), else each run of them, joined the
/// language's way ("10:00–11:30 et 15:00–16:30"), so a break between them is never hidden.
///
/// ```
/// # use caravane::stop::{load::read_problem, model::Stop};
/// # let problem = read_problem(std::path::Path::new("instances/taroudant-2025.problem.json")).unwrap();
/// # let stop = Stop::new("taroudant-2025", &problem);
/// use caravane::i18n::Lang;
/// use caravane::view::agenda::hours;
/// // The stop's first day: 10:00–11:30, 15:00–16:30, 17:30–19:00.
/// assert_eq!(hours(&stop, &[0], Lang::Fr), "10:00–11:30");
/// assert_eq!(hours(&stop, &[0, 1], Lang::Fr), "10:00–11:30 et 15:00–16:30");
/// assert_eq!(hours(&stop, &[0, 1], Lang::En), "10:00–11:30 and 15:00–16:30");
/// ```
pub fn hours(stop: &Stop, slots: &[usize], lang: Lang) -> String {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &t in slots {
        match runs.last_mut() {
            Some((_, b))
                if stop.slots[*b].day == stop.slots[t].day
                    && stop.slots[*b].end == stop.slots[t].start =>
            {
                *b = t
            }
            _ => runs.push((t, t)),
        }
    }
    let mut text = String::new();
    for (k, (a, b)) in runs.iter().enumerate() {
        let run = format!("{}–{}", stop.slots[*a].start, stop.slots[*b].end);
        text = if k == 0 {
            run
        } else {
            tl!(lang, "plan-hours-and", first = text, then = run)
        };
    }
    text
}

fn day(lang: Lang, text: &str, year: bool) -> String {
    match Date::parse(text) {
        Some(d) if year => numbers::date(lang, d),
        Some(d) => numbers::day_month(lang, d),
        None => text.to_string(),
    }
}

impl Programme {
    /// Reads the programme of a solution; unknown ids are an error naming them (in the
    /// current language).
    pub fn read(stop: &Stop, solution: &Solution) -> Result<Programme, String> {
        let sess = index_by_id(&stop.sessions, |x| x.id.as_str());
        let rooms = index_by_id(&stop.rooms, |x| x.id.as_str());
        let slots = index_by_id(&stop.slots, |x| x.id.as_str());
        let mut held = Vec::new();
        for p in &solution.sessions {
            let k = *sess
                .get(p.session.as_str())
                .ok_or_else(|| t!("plan-agenda-unknown-session", id = p.session.as_str()))?;
            let r = *rooms
                .get(p.room.as_str())
                .ok_or_else(|| t!("plan-agenda-unknown-room", id = p.room.as_str()))?;
            let ts = p
                .slots
                .iter()
                .map(|s| {
                    slots
                        .get(s.as_str())
                        .copied()
                        .ok_or_else(|| t!("plan-agenda-unknown-slot", id = s.as_str()))
                })
                .collect::<Result<Vec<_>, _>>()?;
            held.push((k, r, ts));
        }
        Ok(Programme { held })
    }

    /// The programme by day, then time, then room, and each exhibitor's agenda, in the current
    /// language.
    pub fn render(&self, stop: &Stop) -> String {
        let lang = i18n::current();
        let mut out = String::new();
        if self.held.is_empty() {
            let _ = writeln!(out, "{}", tl!(lang, "plan-agenda-nothing"));
            return out;
        }
        let mut rows: Vec<(usize, usize, &Vec<usize>)> =
            self.held.iter().map(|(k, r, ts)| (*k, *r, ts)).collect();
        rows.sort_by_key(|(_, r, ts)| (ts.first().copied().unwrap_or(0), *r));
        let width = rows
            .iter()
            .map(|(_, r, _)| stop.rooms[*r].name.chars().count())
            .max()
            .unwrap_or(0)
            .min(40);
        let mut today = String::new();
        for (k, r, ts) in rows {
            let Some(&first) = ts.first() else {
                continue;
            };
            let slot = &stop.slots[first];
            if slot.day != today {
                today = slot.day.clone();
                let _ = writeln!(out, "{}", day(lang, &today, true));
            }
            let s = &stop.sessions[k];
            let registered = stop.registrants(k).count();
            let people = if s.facilitators.is_empty() {
                tl!(lang, "plan-agenda-registered", registered = registered)
            } else {
                tl!(
                    lang,
                    "plan-agenda-registered-led",
                    registered = registered,
                    facilitators = s.facilitators.join(", ")
                )
            };
            let _ = writeln!(
                out,
                "  {}  {:<width$}  {}  ({people})",
                hours(stop, ts, lang),
                stop.rooms[r].name,
                s.title,
            );
        }
        let _ = writeln!(out, "\n{}", tl!(lang, "plan-agenda-heading"));
        for (e, x) in stop.exhibitors.iter().enumerate() {
            if !x.sessions.is_empty() {
                out.push_str(&self.agenda(stop, e, lang));
            }
        }
        out
    }

    fn agenda(&self, stop: &Stop, e: usize, lang: Lang) -> String {
        let x = &stop.exhibitors[e];
        let mut out = format!(
            "  {}\n",
            tl!(
                lang,
                "plan-agenda-exhibitor",
                name = x.name.as_str(),
                id = x.id.as_str(),
                alone = if x.staff == 1 { "yes" } else { "no" }
            )
        );
        let mut items: Vec<(usize, String)> = Vec::new();
        for &k in &x.sessions {
            let title = stop.sessions[k].title.as_str();
            if let Some((_, r, ts)) = self.held.iter().find(|(kk, _, _)| *kk == k) {
                if let Some(&a) = ts.first() {
                    let clash = self.held.iter().any(|(o, _, ots)| {
                        *o != k && x.sessions.contains(o) && ots.iter().any(|t| ts.contains(t))
                    });
                    let line = tl!(
                        lang,
                        "plan-agenda-held",
                        day = day(lang, &stop.slots[a].day, false),
                        hours = hours(stop, ts, lang),
                        title = title,
                        room = stop.rooms[*r].name.as_str()
                    );
                    let line = if clash {
                        format!("{line}  {}", tl!(lang, "plan-agenda-at-once"))
                    } else {
                        line
                    };
                    items.push((a, format!("    {line}\n")));
                }
            } else {
                items.push((
                    usize::MAX,
                    format!(
                        "    {}\n",
                        tl!(lang, "plan-agenda-unscheduled", title = title)
                    ),
                ));
            }
        }
        items.sort();
        for (_, line) in items {
            out.push_str(&line);
        }
        out
    }

    /// One exhibitor's sessions in time order, each as "5 décembre 10:00–11:30 : title (room)",
    /// in `lang`.
    pub fn entries(&self, stop: &Stop, e: usize, lang: Lang) -> Vec<String> {
        let x = &stop.exhibitors[e];
        let mut items: Vec<(usize, String)> = self
            .held
            .iter()
            .filter(|(k, _, _)| x.sessions.contains(k))
            .filter_map(|(k, r, ts)| {
                let a = *ts.first()?;
                Some((
                    a,
                    tl!(
                        lang,
                        "plan-agenda-entry",
                        day = day(lang, &stop.slots[a].day, false),
                        hours = hours(stop, ts, lang),
                        title = stop.sessions[*k].title.as_str(),
                        room = stop.rooms[*r].name.as_str()
                    ),
                ))
            })
            .collect();
        items.sort();
        items.into_iter().map(|x| x.1).collect()
    }

    /// One exhibitor's agenda, by id, in the current language.
    pub fn agenda_of(&self, stop: &Stop, id: &str) -> Option<String> {
        stop.exhibitors
            .iter()
            .position(|x| x.id == id)
            .map(|e| self.agenda(stop, e, i18n::current()))
    }
}

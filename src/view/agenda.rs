//! The programme of a stop as people read it: by day and room, and each exhibitor's agenda.

use crate::format::Solution;
use crate::stop::model::{index_by_id, Stop};
use std::fmt::Write;

/// A timetable read from a solution: for each session, its room and slots.
#[derive(Debug, Clone, PartialEq)]
pub struct Programme {
    /// `(session, room, slots)`, in the solution's order.
    pub held: Vec<(usize, usize, Vec<usize>)>,
}

impl Programme {
    /// Reads the programme of a solution; unknown ids are an error naming them.
    pub fn read(stop: &Stop, solution: &Solution) -> Result<Programme, String> {
        let sess = index_by_id(&stop.sessions, |x| x.id.as_str());
        let rooms = index_by_id(&stop.rooms, |x| x.id.as_str());
        let slots = index_by_id(&stop.slots, |x| x.id.as_str());
        let mut held = Vec::new();
        for p in &solution.sessions {
            let k = *sess.get(p.session.as_str()).ok_or(format!(
                "the solution holds an unknown session \"{}\"",
                p.session
            ))?;
            let r = *rooms
                .get(p.room.as_str())
                .ok_or(format!("the solution uses an unknown room \"{}\"", p.room))?;
            let ts = p
                .slots
                .iter()
                .map(|t| {
                    slots
                        .get(t.as_str())
                        .copied()
                        .ok_or(format!("the solution uses an unknown slot \"{t}\""))
                })
                .collect::<Result<Vec<_>, _>>()?;
            held.push((k, r, ts));
        }
        Ok(Programme { held })
    }

    /// The programme by day, then time, then room.
    pub fn render(&self, stop: &Stop) -> String {
        let mut out = String::new();
        if self.held.is_empty() {
            out.push_str("No session is planned in this solution.\n");
            return out;
        }
        let mut rows: Vec<(usize, usize, &Vec<usize>)> =
            self.held.iter().map(|(k, r, ts)| (*k, *r, ts)).collect();
        rows.sort_by_key(|(_, r, ts)| (ts.first().copied().unwrap_or(0), *r));
        let mut day = String::new();
        for (k, r, ts) in rows {
            let (Some(&first), Some(&last)) = (ts.first(), ts.last()) else {
                continue;
            };
            let slot = &stop.slots[first];
            if slot.day != day {
                day = slot.day.clone();
                let _ = writeln!(out, "{day}");
            }
            let s = &stop.sessions[k];
            let seats = stop.registrants(k).count();
            let _ = writeln!(
                out,
                "  {}–{}  {:<28} {}  ({} registered; led by {})",
                slot.start,
                stop.slots[last].end,
                stop.rooms[r].name,
                s.title,
                seats,
                if s.facilitators.is_empty() {
                    "—".to_string()
                } else {
                    s.facilitators.join(", ")
                }
            );
        }
        let _ = writeln!(out, "\nAgendas:");
        for (e, x) in stop.exhibitors.iter().enumerate() {
            if !x.sessions.is_empty() {
                out.push_str(&self.agenda(stop, e));
            }
        }
        out
    }

    fn agenda(&self, stop: &Stop, e: usize) -> String {
        let x = &stop.exhibitors[e];
        let mut out = format!(
            "  {} ({}){}\n",
            x.name,
            x.id,
            if x.staff == 1 {
                ", keeps the stand alone"
            } else {
                ""
            }
        );
        let mut items: Vec<(usize, String)> = Vec::new();
        for &k in &x.sessions {
            if let Some((_, r, ts)) = self.held.iter().find(|(kk, _, _)| *kk == k) {
                if let (Some(&a), Some(&b)) = (ts.first(), ts.last()) {
                    let clash = self.held.iter().any(|(o, _, ots)| {
                        *o != k && x.sessions.contains(o) && ots.iter().any(|t| ts.contains(t))
                    });
                    items.push((
                        a,
                        format!(
                            "    {} {}–{}  {} — {}{}\n",
                            stop.slots[a].day,
                            stop.slots[a].start,
                            stop.slots[b].end,
                            stop.sessions[k].title,
                            stop.rooms[*r].name,
                            if clash {
                                "  (at the same time as another of its sessions)"
                            } else {
                                ""
                            }
                        ),
                    ));
                }
            } else {
                items.push((
                    usize::MAX,
                    format!("    {} — not scheduled\n", stop.sessions[k].title),
                ));
            }
        }
        items.sort();
        for (_, line) in items {
            out.push_str(&line);
        }
        out
    }

    /// One exhibitor's sessions in time order, each as "day start–end: title (room)".
    pub fn entries(&self, stop: &Stop, e: usize) -> Vec<String> {
        let x = &stop.exhibitors[e];
        let mut items: Vec<(usize, String)> = self
            .held
            .iter()
            .filter(|(k, _, _)| x.sessions.contains(k))
            .filter_map(|(k, r, ts)| {
                let (a, b) = (*ts.first()?, *ts.last()?);
                Some((
                    a,
                    format!(
                        "{} {}–{}: {} ({})",
                        stop.slots[a].day,
                        stop.slots[a].start,
                        stop.slots[b].end,
                        stop.sessions[*k].title,
                        stop.rooms[*r].name
                    ),
                ))
            })
            .collect();
        items.sort();
        items.into_iter().map(|x| x.1).collect()
    }

    /// One exhibitor's agenda, by id.
    pub fn agenda_of(&self, stop: &Stop, id: &str) -> Option<String> {
        stop.exhibitors
            .iter()
            .position(|x| x.id == id)
            .map(|e| self.agenda(stop, e))
    }
}

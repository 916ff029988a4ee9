//! Hard constraint 3: every session is held once, in one room that fits it, in `length`
//! consecutive slots of one day; a room holds one session at a time; a facilitator is never in
//! two sessions at once.
//!
//! One binary per *option* — a session in a room from a first slot — created only for rooms
//! with enough seats (registered exhibitors and facilitators) and the tags the session needs,
//! and for first slots that leave `length` slots of the same day.

use super::Builder;
use crate::stop::model::Stop;
use good_lp::{Expression, Variable};
use std::collections::BTreeMap;

/// A way to hold a session: a room and the slots it takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionOption {
    /// Session index.
    pub session: usize,
    /// Room index.
    pub room: usize,
    /// Slot indices, consecutive within one day.
    pub slots: Vec<usize>,
}

/// The slots of each day, in list order (a day's slots follow each other in this order).
pub fn slots_by_day(stop: &Stop) -> Vec<Vec<usize>> {
    let mut days: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, s) in stop.slots.iter().enumerate() {
        match days.iter_mut().find(|(d, _)| *d == s.day) {
            Some((_, v)) => v.push(i),
            None => days.push((s.day.clone(), vec![i])),
        }
    }
    days.into_iter().map(|(_, v)| v).collect()
}

/// Whether a room fits a session: seats for registrants and facilitators, and the tags needed.
pub fn room_fits(stop: &Stop, session: usize, room: usize) -> bool {
    let s = &stop.sessions[session];
    let r = &stop.rooms[room];
    let seats = stop.seats(session);
    r.capacity as usize >= seats && s.needs.iter().all(|n| r.tags.contains(n))
}

/// Every option of every session.
pub fn options(stop: &Stop) -> Vec<SessionOption> {
    let days = slots_by_day(stop);
    let mut out = Vec::new();
    for (k, s) in stop.sessions.iter().enumerate() {
        let len = s.length as usize;
        for r in 0..stop.rooms.len() {
            if !room_fits(stop, k, r) {
                continue;
            }
            for day in &days {
                for first in 0..day.len().saturating_sub(len - 1) {
                    out.push(SessionOption {
                        session: k,
                        room: r,
                        slots: day[first..first + len].to_vec(),
                    });
                }
            }
        }
    }
    out
}

/// The option variables, and for each session and slot the expression "held then" (0 or 1).
pub struct Held {
    /// `(option, variable)`.
    pub options: Vec<(SessionOption, Variable)>,
    /// `held[session][slot]`.
    pub held: Vec<Vec<Expression>>,
}

/// Adds the option variables and the rows of hard constraint 3.
pub fn schedule(b: &mut Builder, stop: &Stop, options: Vec<SessionOption>) -> Held {
    let n_slots = stop.slots.len();
    let mut held = vec![vec![Expression::from(0.0); n_slots]; stop.sessions.len()];
    let mut per_session: Vec<Expression> = vec![Expression::from(0.0); stop.sessions.len()];
    let mut per_room_slot: BTreeMap<(usize, usize), Expression> = BTreeMap::new();
    let mut per_person_slot: BTreeMap<(&str, usize), Expression> = BTreeMap::new();
    let mut vars = Vec::with_capacity(options.len());
    for o in options {
        let y = b.binary();
        per_session[o.session] += y;
        for &t in &o.slots {
            held[o.session][t] += y;
            *per_room_slot
                .entry((o.room, t))
                .or_insert_with(|| Expression::from(0.0)) += y;
            let people: std::collections::BTreeSet<&str> = stop.sessions[o.session]
                .facilitators
                .iter()
                .map(String::as_str)
                .collect();
            for f in people {
                *per_person_slot
                    .entry((f, t))
                    .or_insert_with(|| Expression::from(0.0)) += y;
            }
        }
        vars.push((o, y));
    }
    for once in per_session {
        b.constraints.push(once.eq(1.0));
    }
    for (_, e) in per_room_slot {
        b.constraints.push(e.leq(1.0));
    }
    for (_, e) in per_person_slot {
        b.constraints.push(e.leq(1.0));
    }
    Held {
        options: vars,
        held,
    }
}

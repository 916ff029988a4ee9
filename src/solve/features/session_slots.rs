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
use std::collections::{BTreeMap, BTreeSet};

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

/// Rooms a timetable cannot tell apart (the same seats and the same equipment), each class in
/// the order of its first room. Which room of a class holds a session changes no term.
pub fn room_classes(stop: &Stop) -> Vec<Vec<usize>> {
    let mut classes: Vec<Vec<usize>> = Vec::new();
    let key = |r: usize| {
        let room = &stop.rooms[r];
        (room.capacity, room.tags.clone())
    };
    for r in 0..stop.rooms.len() {
        match classes.iter_mut().find(|c| key(c[0]) == key(r)) {
            Some(c) => c.push(r),
            None => classes.push(vec![r]),
        }
    }
    classes
}

/// The options of every session with one room per class of interchangeable rooms (its first):
/// a timetable chosen among them holds a class's sessions at most as many at once as the class
/// has rooms, and [`seat_rooms`] then gives each its own room.
pub fn pooled_options(stop: &Stop) -> Vec<SessionOption> {
    let firsts: Vec<usize> = room_classes(stop).iter().map(|c| c[0]).collect();
    options(stop)
        .into_iter()
        .filter(|o| firsts.contains(&o.room))
        .collect()
}

/// The same timetable as the pooled model sees it: each room replaced by the first room of its
/// class, and the days of each class of days alike renamed in the order of their first session
/// (see [`days_in_order`]). It costs what the timetable costs; a timetable found elsewhere (the
/// greedy one) can then start the pooled model.
pub fn pooled(stop: &Stop, plan: &[SessionOption]) -> Vec<SessionOption> {
    let rooms = room_classes(stop);
    let days = slots_by_day(stop);
    let mut place = vec![(0, 0); stop.slots.len()];
    for (d, slots) in days.iter().enumerate() {
        for (pos, &t) in slots.iter().enumerate() {
            place[t] = (d, pos);
        }
    }
    // The day each day is renamed to.
    let mut renamed: Vec<usize> = (0..days.len()).collect();
    for class in day_classes(stop) {
        let first_session = |d: usize| {
            plan.iter()
                .filter(|o| place[o.slots[0]].0 == d)
                .map(|o| o.session)
                .min()
                .unwrap_or(usize::MAX)
        };
        let mut order = class.clone();
        order.sort_by_key(|&d| first_session(d));
        for (&from, &to) in order.iter().zip(&class) {
            renamed[from] = to;
        }
    }
    plan.iter()
        .map(|o| SessionOption {
            session: o.session,
            room: rooms
                .iter()
                .find(|c| c.contains(&o.room))
                .map_or(o.room, |c| c[0]),
            slots: o
                .slots
                .iter()
                .map(|&t| {
                    let (d, pos) = place[t];
                    days[renamed[d]][pos]
                })
                .collect(),
        })
        .collect()
}

/// Gives each session of a pooled timetable a room of its class: in each class, sessions in the
/// order they start (day, then slot) take the first room free at all their slots. A session's
/// slots are consecutive slots of one day, so sessions that share a slot all hold the first
/// slot of the latest one: no more of them are busy then than the class has rooms, and a room
/// is always free.
pub fn seat_rooms(stop: &Stop, plan: &[SessionOption]) -> Vec<SessionOption> {
    let classes = room_classes(stop);
    let days = slots_by_day(stop);
    let start = |o: &SessionOption| {
        let first = o.slots[0];
        days.iter()
            .enumerate()
            .find_map(|(d, day)| Some((d, day.iter().position(|&t| t == first)?)))
            .unwrap_or((usize::MAX, first))
    };
    let mut order: Vec<usize> = (0..plan.len()).collect();
    order.sort_by_key(|&k| (start(&plan[k]), plan[k].session));
    let mut busy: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut out = plan.to_vec();
    for k in order {
        let o = &plan[k];
        let Some(class) = classes.iter().find(|c| c[0] == o.room) else {
            continue;
        };
        let free = |r: usize| o.slots.iter().all(|&t| !busy.contains(&(r, t)));
        let room = class.iter().copied().find(|&r| free(r));
        debug_assert!(
            room.is_some(),
            "a class holds no more sessions at once than rooms"
        );
        let room = room.unwrap_or(o.room);
        for &t in &o.slots {
            busy.insert((room, t));
        }
        out[k].room = room;
    }
    out
}

/// Days that a timetable cannot tell apart: as many slots, with the same footfall in the same
/// order. Each class lists days (indices into [`slots_by_day`]) in order; nothing else in a
/// stop is tied to a day (rooms and facilitators are there every day).
pub fn day_classes(stop: &Stop) -> Vec<Vec<usize>> {
    let days = slots_by_day(stop);
    let shape = |d: usize| -> Vec<_> { days[d].iter().map(|&t| stop.slots[t].footfall).collect() };
    let mut classes: Vec<Vec<usize>> = Vec::new();
    for d in 0..days.len() {
        match classes.iter_mut().find(|c| shape(c[0]) == shape(d)) {
            Some(c) => c.push(d),
            None => classes.push(vec![d]),
        }
    }
    classes
}

/// Breaks the symmetry of interchangeable days ([`day_classes`]): in each class, a session may
/// be held on the class's `j`-th day only if a session listed before it is held on the
/// `(j − 1)`-th. Any timetable becomes one of these by renaming the days of a class in the
/// order their first session is listed, which changes no term: the optimum is kept and the
/// solver no longer explores the same timetable under every order of the days.
pub fn days_in_order(b: &mut Builder, stop: &Stop, held: &Held) {
    let days = slots_by_day(stop);
    let mut day_of = vec![0; stop.slots.len()];
    for (d, slots) in days.iter().enumerate() {
        for &t in slots {
            day_of[t] = d;
        }
    }
    // on[k][d]: session k is held on day d.
    let mut on = vec![vec![Expression::from(0.0); days.len()]; stop.sessions.len()];
    for (o, y) in &held.options {
        on[o.session][day_of[o.slots[0]]] += *y;
    }
    for class in day_classes(stop).iter().filter(|c| c.len() > 1) {
        for pair in class.windows(2) {
            let (before, day) = (pair[0], pair[1]);
            let mut earlier = Expression::from(0.0);
            for session in &on {
                b.constraints
                    .push((session[day].clone() - earlier.clone()).leq(0.0));
                earlier += session[before].clone();
            }
        }
    }
}

/// The option variables, and for each session and slot the expression "held then" (0 or 1).
pub struct Held {
    /// `(option, variable)`.
    pub options: Vec<(SessionOption, Variable)>,
    /// `held[session][slot]`.
    pub held: Vec<Vec<Expression>>,
}

/// Adds the option variables and the rows of hard constraint 3. With `pooled` options (see
/// [`pooled_options`]), the option's room stands for its class, which holds as many sessions at
/// once as it has rooms.
pub fn schedule(b: &mut Builder, stop: &Stop, options: Vec<SessionOption>, pooled: bool) -> Held {
    let classes = room_classes(stop);
    let rooms_in = |r: usize| -> f64 {
        if pooled {
            classes.iter().find(|c| c[0] == r).map_or(1, Vec::len) as f64
        } else {
            1.0
        }
    };
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
    for ((r, _), e) in per_room_slot {
        b.constraints.push(e.leq(rooms_in(r)));
    }
    for (_, e) in per_person_slot {
        b.constraints.push(e.leq(1.0));
    }
    Held {
        options: vars,
        held,
    }
}

//! Scheduling the exchange sessions: which day, slots and room each session takes.
//!
//! The timetable model holds hard constraint 3 and the terms `missed_session`, `unattended` and
//! `neighbour_watch`. The last couples the timetable to the layout, so the stop is planned stands
//! first, then sessions given the layout. Without a layout (`None`) the model leaves
//! `neighbour_watch` out: its optimum is then a lower bound on the session terms of *any*
//! layout, which is what lets the whole plan be proven optimal when the timetable found for the
//! chosen layout meets it.

use super::features::session_slots::{self, SessionOption};
use super::features::{missed_session, neighbour_watch, unattended, Builder};
use super::highs::{self, Limits, Mip, MipStatus};
use super::StageReport;
use crate::format::Explanation;
use crate::stop::layout::Layout;
use crate::stop::model::Stop;
use crate::terms::Term;
use std::collections::{BTreeMap, BTreeSet};

/// The timetable found, its cost and bound.
#[derive(Debug, Clone, PartialEq)]
pub struct TimetableOutcome {
    /// What HiGHS reported.
    pub status: MipStatus,
    /// The option chosen for each session, in session order, when found.
    pub plan: Option<Vec<SessionOption>>,
    /// The weighted session terms of that timetable (plus the cost of the announced sessions it
    /// moves, when keeping a programme), evaluated exactly.
    pub objective: Option<f64>,
    /// A proven lower bound on them.
    pub bound: Option<f64>,
    /// Seconds.
    pub seconds: f64,
    /// Variables and rows.
    pub size: (usize, usize),
    /// Why no timetable exists, when none does.
    pub infeasible: Vec<Explanation>,
}

impl TimetableOutcome {
    /// The report of the stage that solved this timetable.
    pub fn report(&self, name: &'static str) -> StageReport {
        StageReport {
            name,
            variables: self.size.0,
            rows: self.size.1,
            seconds: self.seconds,
            result: crate::t!(
                "planning-result-timetable",
                status = self.status.word(),
                sessions = super::figure(self.objective),
                bound = super::figure(self.bound)
            ),
        }
    }
}

/// The sessions a group of exhibitors registered for (sorted), and how many they are.
pub type RegistrationGroup = (Vec<usize>, usize);

/// Whose registrations are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registrants {
    /// Every exhibitor registered for a session.
    Everyone,
    /// Only exhibitors with a staff of 1, whose stand is left alone while they are away.
    OnePersonStands,
}

/// Exhibitors grouped by the set of sessions they registered for (sorted), with their count.
/// Also returns each exhibitor's group.
pub fn registration_groups(
    stop: &Stop,
    registrants: Registrants,
) -> (Vec<RegistrationGroup>, Vec<Option<usize>>) {
    let one_person = registrants == Registrants::OnePersonStands;
    let mut index: BTreeMap<Vec<usize>, usize> = BTreeMap::new();
    let mut groups: Vec<(Vec<usize>, usize)> = Vec::new();
    let mut group_of = vec![None; stop.exhibitors.len()];
    for (e, x) in stop.exhibitors.iter().enumerate() {
        if x.sessions.is_empty() || (one_person && x.staff != 1) {
            continue;
        }
        let mut set = x.sessions.clone();
        set.sort_unstable();
        let g = *index.entry(set.clone()).or_insert_with(|| {
            groups.push((set, 0));
            groups.len() - 1
        });
        groups[g].1 += 1;
        group_of[e] = Some(g);
    }
    (groups, group_of)
}

/// An announced programme that a re-plan keeps where it can: each session that leaves an
/// announced option the changed stop still offers costs `cost`. A session whose announced room or
/// slots the stop no longer offers moves for free: the change left no choice.
#[derive(Debug, Clone, Copy)]
pub struct Keeping<'a> {
    /// The announced option of each session still in the stop (slots in the stop's order).
    pub announced: &'a [SessionOption],
    /// What leaving one costs, in objective units.
    pub cost: f64,
}

impl Keeping<'_> {
    /// The announced options a timetable leaves although the stop still offers them: the
    /// sessions it chooses to move.
    pub fn left_by<'p>(&'p self, stop: &Stop, plan: &[SessionOption]) -> Vec<&'p SessionOption> {
        let offered = session_slots::options(stop);
        self.announced
            .iter()
            .filter(|o| offered.contains(o) && !plan.contains(o))
            .collect()
    }

    /// What a timetable's chosen session moves cost.
    pub fn cost_of(&self, stop: &Stop, plan: &[SessionOption]) -> f64 {
        self.cost * self.left_by(stop, plan).len() as f64
    }
}

/// The announced programme repaired for the changed stop: each session keeps its announced
/// option when the stop still offers it and it clashes with none kept before it (a room holds
/// one session at a time, a facilitator is in one place); the others take the first free option
/// in the stop's order. A timetable to start from, so that a re-plan always has one; None when
/// some session finds no free option this way.
pub fn repaired(stop: &Stop, announced: &[SessionOption]) -> Option<Vec<SessionOption>> {
    let offered = session_slots::options(stop);
    let mut taken = Taken::default();
    let mut plan: Vec<Option<SessionOption>> = vec![None; stop.sessions.len()];
    for o in announced.iter().filter(|o| offered.contains(o)) {
        if plan[o.session].is_none() && taken.take(stop, o) {
            plan[o.session] = Some(o.clone());
        }
    }
    for k in 0..stop.sessions.len() {
        if plan[k].is_none() {
            let o = offered
                .iter()
                .find(|o| o.session == k && taken.take(stop, o))?;
            plan[k] = Some(o.clone());
        }
    }
    plan.into_iter().collect()
}

/// The rooms and the facilitators taken at each slot by the sessions placed so far.
#[derive(Default)]
struct Taken<'a> {
    rooms: BTreeSet<(usize, usize)>,
    people: BTreeSet<(&'a str, usize)>,
}

impl<'a> Taken<'a> {
    /// Takes an option's room and facilitators at its slots, when all are free.
    fn take(&mut self, stop: &'a Stop, o: &SessionOption) -> bool {
        let who = &stop.sessions[o.session].facilitators;
        let free = o.slots.iter().all(|&t| {
            !self.rooms.contains(&(o.room, t))
                && who.iter().all(|f| !self.people.contains(&(f.as_str(), t)))
        });
        if free {
            for &t in &o.slots {
                self.rooms.insert((o.room, t));
                self.people.extend(who.iter().map(|f| (f.as_str(), t)));
            }
        }
        free
    }
}

/// Solves the timetable, given the layout (`stand_of`) or, without one, without
/// `neighbour_watch`; when `keep` is given, each announced session it moves costs more, and the
/// objective and bound include that cost.
///
/// `start` is a timetable to begin from (one option per session), e.g. the best timetable
/// found without a layout.
pub fn solve_timetable(
    stop: &Stop,
    stand_of: Option<&[usize]>,
    limits: Limits,
    start: Option<&[SessionOption]>,
    keep: Option<Keeping>,
    at_least: Option<f64>,
) -> TimetableOutcome {
    let mut out = TimetableOutcome {
        status: MipStatus::Optimal,
        plan: Some(vec![]),
        objective: Some(0.0),
        bound: Some(0.0),
        seconds: 0.0,
        size: (0, 0),
        infeasible: vec![],
    };
    if stop.sessions.is_empty() {
        return out;
    }
    let why = explain_shortages(stop);
    if !why.is_empty() {
        out.status = MipStatus::Infeasible;
        out.plan = None;
        out.objective = None;
        out.bound = None;
        out.infeasible = why;
        return out;
    }
    if limits.expired() {
        out.status = MipStatus::TimedOut;
        (out.plan, out.objective, out.bound) = (None, None, None);
        return out;
    }
    let w = &stop.weights;
    let mut b = Builder::default();
    // Interchangeable rooms are pooled (fewer variables, no symmetry between them) unless an
    // announced programme is kept: moving a session to another room of its class is a move.
    let pooled = keep.is_none();
    let options = if pooled {
        session_slots::pooled_options(stop)
    } else {
        session_slots::options(stop)
    };
    let held = session_slots::schedule(&mut b, stop, options, pooled);
    if pooled {
        session_slots::days_in_order(&mut b, stop, &held);
    }
    let n_slots = stop.slots.len();
    let (all, _) = registration_groups(stop, Registrants::Everyone);
    let (alone, group_of) = registration_groups(stop, Registrants::OnePersonStands);
    let (missed, excess) = missed_session::missed_session(&mut b, &held.held, &all, n_slots);
    let mut terms = vec![(Term::MissedSession, missed)];
    let (away_cost, away) = unattended::unattended(&mut b, stop, &held.held, &alone, &excess);
    terms.push((Term::Unattended, away_cost));
    if let (Some(stand_of), true) = (stand_of, w.counts(Term::NeighbourWatch)) {
        let layout = Layout::from_assignment(stop, stand_of);
        let group_on = |s: usize| group_of[layout.occupant(s)?];
        let pairs: Vec<(usize, usize)> = stop
            .venue
            .edges()
            .filter_map(|(s, t, _)| Some((group_on(s)?, group_on(t)?)))
            .collect();
        let watch = neighbour_watch::neighbour_watch(&mut b, &away, &pairs, n_slots);
        terms.push((Term::NeighbourWatch, watch));
    }
    let mut objective = w.total(terms);
    if let Some(keep) = keep {
        for o in keep.announced {
            if let Some((_, y)) = held.options.iter().find(|(x, _)| x == o) {
                objective += keep.cost * (1.0 - *y);
            }
        }
    }
    // A bound already proven for every timetable: the solve stops as soon as it meets it.
    if let Some(bound) = at_least.filter(|&x| x > 0.0) {
        b.constraints.push(objective.clone().geq(bound - 1e-7));
    }
    let size = (b.vars.len(), b.constraints.len());
    let start = start.map(|chosen| {
        let chosen = if pooled {
            session_slots::pooled(stop, chosen)
        } else {
            chosen.to_vec()
        };
        let main = held
            .options
            .iter()
            .map(|(o, y)| (*y, f64::from(u8::from(chosen.contains(o)))))
            .collect();
        b.complete_start(main)
    });
    let mip = Mip {
        vars: b.vars,
        objective,
        constraints: b.constraints,
        start,
    };
    let res = highs::solve(mip, limits);
    out.status = res.status;
    out.seconds = res.seconds;
    out.size = size;
    out.objective = res.objective;
    out.bound = res.bound;
    out.plan = res.objective.map(|_| {
        let mut plan: Vec<Option<SessionOption>> = vec![None; stop.sessions.len()];
        for (o, y) in &held.options {
            if res.value(*y) > 0.5 {
                plan[o.session] = Some(o.clone());
            }
        }
        let plan: Vec<SessionOption> = plan
            .into_iter()
            .map(|o| o.expect("every session is held once"))
            .collect();
        if pooled {
            session_slots::seat_rooms(stop, &plan)
        } else {
            plan
        }
    });
    // The solver's incumbent may leave auxiliary variables above their value (a limit stopped
    // it): the cost reported is the timetable's own, evaluated exactly.
    out.objective = out.plan.as_ref().map(|plan| {
        session_cost(stop, stand_of, plan) + keep.map_or(0.0, |k| k.cost_of(stop, plan))
    });
    if res.status == MipStatus::Infeasible {
        out.infeasible = vec![Explanation {
            term: "infeasible".into(),
            cost: 0.0,
            text: crate::t!("planning-timetable-infeasible"),
            stands: vec![],
            exhibitors: vec![],
        }];
    }
    out
}

fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| format!("*{s}*"))
        .collect::<Vec<_>>()
        .join(&crate::t!("planning-list-comma"))
}

/// Shortages that make any timetable impossible, in sentences: a facilitator whose sessions
/// need more slots than the programme has, or sessions that need more room-slots than the rooms
/// that fit them offer.
pub fn explain_shortages(stop: &Stop) -> Vec<Explanation> {
    let mut out = Vec::new();
    let slots = stop.slots.len();
    let mut people: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (k, s) in stop.sessions.iter().enumerate() {
        for f in &s.facilitators {
            people.entry(f.as_str()).or_default().push(k);
        }
    }
    for (person, sessions) in people {
        let need: u32 = sessions.iter().map(|&k| stop.sessions[k].length).sum();
        if need as usize > slots {
            let titles: Vec<String> = sessions
                .iter()
                .map(|&k| stop.sessions[k].title.clone())
                .collect();
            out.push(Explanation {
                term: "infeasible".into(),
                cost: 0.0,
                text: crate::t!(
                    "planning-facilitator-overbooked",
                    person = person,
                    sessions = list(&titles),
                    need = need,
                    slots = slots
                ),
                stands: vec![],
                exhibitors: vec![],
            });
        }
    }
    // Sessions whose fitting rooms all lie within a set of rooms compete for that set's slots.
    let fitting: Vec<Vec<usize>> = (0..stop.sessions.len())
        .map(|k| {
            (0..stop.rooms.len())
                .filter(|&r| session_slots::room_fits(stop, k, r))
                .collect()
        })
        .collect();
    let mut sets: Vec<Vec<usize>> = fitting.clone();
    sets.sort();
    sets.dedup();
    for rooms in sets {
        let within: Vec<usize> = (0..stop.sessions.len())
            .filter(|&k| fitting[k].iter().all(|r| rooms.contains(r)))
            .collect();
        let need: u32 = within.iter().map(|&k| stop.sessions[k].length).sum();
        let offer = rooms.len() * slots;
        if need as usize > offer {
            let titles: Vec<String> = within
                .iter()
                .map(|&k| stop.sessions[k].title.clone())
                .collect();
            let names: Vec<String> = rooms.iter().map(|&r| stop.rooms[r].name.clone()).collect();
            out.push(Explanation {
                term: "infeasible".into(),
                cost: 0.0,
                text: crate::t!(
                    "planning-rooms-short",
                    sessions = list(&titles),
                    count = titles.len(),
                    rooms = super::or_list(&names),
                    offer = offer,
                    need = need
                ),
                stands: vec![],
                exhibitors: vec![],
            });
        }
    }
    out
}

/// The weighted session terms of a timetable, evaluated directly; `neighbour_watch` only when a
/// layout is given.
pub fn session_cost(stop: &Stop, stand_of: Option<&[usize]>, plan: &[SessionOption]) -> f64 {
    let n_slots = stop.slots.len();
    let mut away = vec![vec![0usize; n_slots]; stop.exhibitors.len()];
    for o in plan {
        for (e, x) in stop.exhibitors.iter().enumerate() {
            if x.sessions.contains(&o.session) {
                for &t in &o.slots {
                    away[e][t] += 1;
                }
            }
        }
    }
    let w = &stop.weights;
    let mut missed = 0.0;
    let mut unattended = 0.0;
    for (e, x) in stop.exhibitors.iter().enumerate() {
        for t in 0..n_slots {
            missed += away[e][t].saturating_sub(1) as f64;
            if x.staff == 1 && away[e][t] > 0 {
                unattended += stop.slots[t].footfall.cost();
            }
        }
    }
    let mut watch = 0.0;
    if let Some(stand_of) = stand_of {
        let layout = Layout::from_assignment(stop, stand_of);
        for (s, t, _) in stop.venue.edges() {
            if let (Some(i), Some(j)) = (layout.occupant(s), layout.occupant(t)) {
                if stop.exhibitors[i].staff == 1 && stop.exhibitors[j].staff == 1 {
                    watch += (0..n_slots)
                        .filter(|&k| away[i][k] > 0 && away[j][k] > 0)
                        .count() as f64;
                }
            }
        }
    }
    w.total([
        (Term::MissedSession, missed),
        (Term::Unattended, unattended),
        (Term::NeighbourWatch, watch),
    ])
}

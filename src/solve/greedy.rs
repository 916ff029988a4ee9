//! A first timetable, found in a moment without a solver: session after session — always the
//! one with the fewest ways left to be held — takes the way that keeps its room and its
//! facilitators free and costs its registrants the least given the sessions already placed
//! (`missed_session`, then `unattended`), in the smallest room that fits. At a dead end it goes
//! back on its last choices, a bounded number of times.
//!
//! It is no optimum and proves nothing; it is there so that a plan cut short by its time limit
//! still gets a timetable whenever one is this easy to find.

use super::features::session_slots::{self, SessionOption};
use crate::stop::model::Stop;
use crate::terms::Term;
use std::collections::HashSet;

/// How many ways the search may try in all before it gives up.
const TRIES: usize = 2000;

/// A timetable holding every session once, without two sessions in one room or one facilitator
/// in two places at once, in session order; None when the search found none within its tries.
pub fn greedy_timetable(stop: &Stop) -> Option<Vec<SessionOption>> {
    let mut ways: Vec<Vec<SessionOption>> = vec![Vec::new(); stop.sessions.len()];
    for o in session_slots::options(stop) {
        ways[o.session].push(o);
    }
    let mut registrants: Vec<Vec<usize>> = vec![Vec::new(); stop.sessions.len()];
    for (e, x) in stop.exhibitors.iter().enumerate() {
        for &k in &x.sessions {
            registrants[k].push(e);
        }
    }
    let mut search = Search {
        stop,
        ways,
        registrants,
        room_taken: HashSet::new(),
        person_taken: HashSet::new(),
        away: vec![vec![0; stop.slots.len()]; stop.exhibitors.len()],
        chosen: vec![None; stop.sessions.len()],
        tries: TRIES,
    };
    if !search.place_the_rest() {
        return None;
    }
    let Search { ways, chosen, .. } = search;
    chosen
        .into_iter()
        .zip(ways)
        .map(|(w, ways)| w.map(|w| ways[w].clone()))
        .collect()
}

/// The state of the search: what is taken, who is away when, and the way chosen per session.
struct Search<'a> {
    stop: &'a Stop,
    ways: Vec<Vec<SessionOption>>,
    registrants: Vec<Vec<usize>>,
    room_taken: HashSet<(usize, usize)>,
    person_taken: HashSet<(&'a str, usize)>,
    /// Sessions each exhibitor attends in each slot.
    away: Vec<Vec<u32>>,
    /// The way chosen for each session (an index into its ways).
    chosen: Vec<Option<usize>>,
    tries: usize,
}

impl<'a> Search<'a> {
    /// Places every session not placed yet; false at a dead end or out of tries.
    fn place_the_rest(&mut self) -> bool {
        let next = (0..self.ways.len())
            .filter(|&k| self.chosen[k].is_none())
            .map(|k| (k, self.free_ways(k)))
            .min_by_key(|(k, free)| {
                (
                    free.len(),
                    std::cmp::Reverse(self.stop.sessions[*k].length),
                    *k,
                )
            });
        let Some((k, free)) = next else {
            return true;
        };
        let mut by_cost: Vec<(f64, usize)> =
            free.into_iter().map(|w| (self.cost(k, w), w)).collect();
        by_cost.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        for (_, w) in by_cost {
            if self.tries == 0 {
                return false;
            }
            self.tries -= 1;
            self.take(k, w, true);
            if self.place_the_rest() {
                return true;
            }
            self.take(k, w, false);
        }
        false
    }

    /// The ways of session `k` whose room and facilitators are free in all their slots: for
    /// each set of slots, the one in the smallest room, leaving the larger rooms to others.
    fn free_ways(&self, k: usize) -> Vec<usize> {
        let people = &self.stop.sessions[k].facilitators;
        let mut free: Vec<usize> = Vec::new();
        for (w, o) in self.ways[k].iter().enumerate() {
            let open = o.slots.iter().all(|&t| {
                !self.room_taken.contains(&(o.room, t))
                    && people
                        .iter()
                        .all(|f| !self.person_taken.contains(&(f.as_str(), t)))
            });
            if !open {
                continue;
            }
            let seats = |w: usize| self.stop.rooms[self.ways[k][w].room].capacity;
            match free.iter_mut().find(|x| self.ways[k][**x].slots == o.slots) {
                Some(x) if seats(w) < seats(*x) => *x = w,
                Some(_) => {}
                None => free.push(w),
            }
        }
        free
    }

    /// What holding session `k` its way `w` costs its registrants, given the sessions placed.
    fn cost(&self, k: usize, w: usize) -> f64 {
        let missed = self.stop.weights[Term::MissedSession];
        let unattended = self.stop.weights[Term::Unattended];
        let mut cost = 0.0;
        for &e in &self.registrants[k] {
            for &t in &self.ways[k][w].slots {
                if self.away[e][t] > 0 {
                    cost += missed;
                } else if self.stop.exhibitors[e].staff == 1 {
                    cost += unattended * self.stop.slots[t].footfall.cost();
                }
            }
        }
        cost
    }

    /// Holds session `k` its way `w` (`hold`), or takes that back.
    fn take(&mut self, k: usize, w: usize, hold: bool) {
        let stop = self.stop;
        let o = &self.ways[k][w];
        for &t in &o.slots {
            for f in &stop.sessions[k].facilitators {
                if hold {
                    self.person_taken.insert((f.as_str(), t));
                } else {
                    self.person_taken.remove(&(f.as_str(), t));
                }
            }
            if hold {
                self.room_taken.insert((o.room, t));
            } else {
                self.room_taken.remove(&(o.room, t));
            }
            for &e in &self.registrants[k] {
                if hold {
                    self.away[e][t] += 1;
                } else {
                    self.away[e][t] -= 1;
                }
            }
        }
        self.chosen[k] = hold.then_some(w);
    }
}

//! The time a solve may spend, and how it is split between the stages: the one place that
//! decides the [`Limits`] each MILP is solved with.
//!
//! A [`Budget`] starts its clock when a solve starts. Each stage asks it for its limits by name;
//! the shares are fixed here:
//!
//! * **Stands.** The stands get the whole time limit, or 60 % of it when a timetable is planned
//!   after them. The matching that finds a first layout is given at least 0.05 s. Within their solve, the count model may use all the time left, the search for
//!   whole flows half of it, the least-clash model 80 % and the whole model the rest.
//! * **Sessions.** The timetable gets what is left (at least 0.01 s). When it is planned for
//!   stands that may still change, the bound over every layout, each seating of one-person
//!   neighbours apart and the first timetable each get half of what is left, keeping time for
//!   re-seating.
//! * **A bound over every layout** when the layout is given (kept stands, a re-plan): 20 % of the
//!   time limit.
//! * **Re-plans.** The fewest-moves step gets 30 % of what is left, the layout all that is left,
//!   or half of it when a timetable is planned after it (at least 0.1 s each); the sessions then
//!   share what is left as a plan's do, each re-seating of the stands taking half of what is
//!   left (at least 0.1 s).
//!
//! Every stage stops at the relative gap of the options, halved so that the sum of the stages
//! still meets it, and uses the options' threads.
//!
//! The time limit is a promise about the whole solve: every stage looks at the clock, a stage
//! that finds the time spent is not started, and a solver call that does not come back is given
//! up 1 % of the time limit (at most a second) past the deadline, keeping what was found.

use super::highs::Limits;
use super::{Options, OPTIMAL_GAP};
use std::time::{Duration, Instant};

/// Share of the time limit for the stands when a timetable is planned after them.
const STANDS_BEFORE_TIMETABLE: f64 = 0.6;
/// Share of the time left for the search for whole flows that realise the counts found.
const REALISING_COUNTS: f64 = 0.5;
/// Share of the time left for the least-clash model.
const LEAST_CLASH: f64 = 0.8;
/// Share of the time left for a timetable solved while the stands may still change.
const TIMETABLE_BEFORE_RESEATING: f64 = 0.5;
/// Share of the time left for seating one-person neighbours apart under a timetable.
const SEATING_APART: f64 = 0.5;
/// The least time a timetable solve is given, in seconds.
const TIMETABLE_AT_LEAST: f64 = 0.01;
/// Share of the time limit for a bound over every layout when the layout is given.
const BOUND_OVER_EVERY_LAYOUT: f64 = 0.2;
/// Share of the time left for the fewest-moves step of a re-plan.
const FEWEST_MOVES: f64 = 0.3;
/// The least time a re-plan's layout stage is given, in seconds.
const REPLAN_AT_LEAST: f64 = 0.1;
/// Share of the time left for a re-plan's layout when a timetable is planned after it.
const REPLAN_LAYOUT_BEFORE_TIMETABLE: f64 = 0.5;
/// Share of the time left for re-seating a re-plan's stands under a timetable.
const REPLAN_RESEAT: f64 = 0.5;
/// The least time the matching is given, in seconds: a stop of thousands is matched in a few
/// milliseconds, and without it there is no layout at all.
const MATCHING_AT_LEAST: f64 = 0.05;
/// Share of the time limit a solver call may run past the deadline before it is given up.
const GIVE_UP_SHARE: f64 = 0.01;
/// The most a solver call may run past the deadline, in seconds.
const GIVE_UP_AT_MOST: f64 = 1.0;

/// The options of a solve with its clock started: what each stage may spend.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    options: Options,
    started: Instant,
}

impl Budget {
    /// Starts the clock of a solve with these options.
    pub fn start(options: &Options) -> Budget {
        Budget {
            options: *options,
            started: Instant::now(),
        }
    }

    /// The options the budget was made from.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Seconds since the solve started.
    pub fn seconds(&self) -> f64 {
        self.started.elapsed().as_secs_f64()
    }

    /// When the time limit runs out, if there is one (a limit too far to tell is none).
    pub fn deadline(&self) -> Option<Instant> {
        self.options.time_limit.and_then(|l| after(self.started, l))
    }

    /// When the matching must stop: the deadline, but not before it had a few milliseconds.
    pub fn matching_deadline(&self) -> Option<Instant> {
        self.options
            .time_limit
            .and_then(|l| after(self.started, l.max(MATCHING_AT_LEAST)))
    }

    /// When a solver call that has not come back is given up: a little past the deadline.
    pub fn give_up_at(&self) -> Option<Instant> {
        self.options
            .time_limit
            .and_then(|l| after(self.started, l + (l * GIVE_UP_SHARE).min(GIVE_UP_AT_MOST)))
    }

    /// Whether the time limit has run out.
    pub fn out_of_time(&self) -> bool {
        self.deadline().is_some_and(|d| Instant::now() >= d)
    }

    /// The options of the stands' solve when nothing is planned after them: the whole time.
    pub fn stands_alone(&self) -> Options {
        self.options
    }

    /// The options of the stands' solve when a timetable is planned after them.
    pub fn stands_before_timetable(&self) -> Options {
        Options {
            time_limit: self.options.time_limit.map(|l| l * STANDS_BEFORE_TIMETABLE),
            ..self.options
        }
    }

    /// The count model of the stands' solve: all the time left.
    pub fn counts(&self) -> Limits {
        without_presolve(self.limits(self.left(0.0)))
    }

    /// Whole flows for the counts found: half of the time left.
    pub fn realising_counts(&self) -> Limits {
        without_presolve(self.limits(self.share_of_left(0.0, REALISING_COUNTS)))
    }

    /// The least-clash model.
    pub fn least_clash(&self) -> Limits {
        self.limits(self.share_of_left(0.0, LEAST_CLASH))
    }

    /// The whole model of the stand objective: all the time left.
    pub fn whole_stands(&self) -> Limits {
        self.limits(self.left(0.0))
    }

    /// A timetable solve: all the time left.
    pub fn timetable(&self) -> Limits {
        self.limits(self.left(TIMETABLE_AT_LEAST))
    }

    /// A timetable solve that leaves time for re-seating the stands after it.
    pub fn timetable_before_reseating(&self) -> Limits {
        self.limits(self.share_of_left(TIMETABLE_AT_LEAST, TIMETABLE_BEFORE_RESEATING))
    }

    /// When seating one-person neighbours apart under a timetable must stop: half of the time
    /// left, keeping time for the timetable of the new layout (None without a time limit).
    pub fn seating_apart_deadline(&self) -> Option<Instant> {
        self.share_of_left(0.0, SEATING_APART)
            .and_then(|t| after(Instant::now(), t))
    }

    /// The count model's bound over every layout, when the layout itself is given.
    pub fn bound_over_every_layout(&self) -> Limits {
        let time = self.options.time_limit.map(|l| l * BOUND_OVER_EVERY_LAYOUT);
        without_presolve(self.limits(time))
    }

    /// The fewest moves any layout of a re-plan needs.
    pub fn fewest_moves(&self) -> Limits {
        self.limits(self.share_of_left(REPLAN_AT_LEAST, FEWEST_MOVES))
    }

    /// The layout of a re-plan: all the time left, or half of it when a timetable is planned
    /// after it.
    pub fn replan_layout(&self, timetable_after: bool) -> Limits {
        let share = if timetable_after {
            REPLAN_LAYOUT_BEFORE_TIMETABLE
        } else {
            1.0
        };
        self.limits(self.share_of_left(REPLAN_AT_LEAST, share))
    }

    /// The stands of a re-plan seated anew under a timetable: half of the time left.
    pub fn replan_reseat(&self) -> Limits {
        self.limits(self.share_of_left(REPLAN_AT_LEAST, REPLAN_RESEAT))
    }

    /// Seconds left (at least `floor`), None without a time limit.
    fn left(&self, floor: f64) -> Option<f64> {
        self.options
            .time_limit
            .map(|l| (l - self.seconds()).max(floor))
    }

    /// A share of the seconds left (at least `floor` before the share is taken).
    fn share_of_left(&self, floor: f64, share: f64) -> Option<f64> {
        self.left(floor).map(|t| t * share)
    }

    /// The limits of one stage with so many seconds, presolving.
    fn limits(&self, time_limit: Option<f64>) -> Limits {
        Limits {
            time_limit,
            rel_gap: self.options.gap.max(OPTIMAL_GAP) * 0.5,
            threads: self.options.threads,
            presolve: true,
            give_up_at: self.give_up_at(),
        }
    }
}

/// The instant `seconds` after `start`, unless it is too far (or not a number of seconds).
fn after(start: Instant, seconds: f64) -> Option<Instant> {
    Duration::try_from_secs_f64(seconds.max(0.0))
        .ok()
        .and_then(|d| start.checked_add(d))
}

/// The same limits without presolve: small models with strong cuts (the count model) solve
/// faster without, as presolve weakens the rounding cuts.
fn without_presolve(limits: Limits) -> Limits {
    Limits {
        presolve: false,
        ..limits
    }
}

//! Planning a whole stop: the solver's stages turned into a checked solution file, re-plans of
//! an announced layout, recommendations for a newcomer, and how the solve scales.
//!
//! * [`stop`]: a stop planned end to end, in short phases;
//! * [`solution`]: the solution file, re-verified by the checker, made in one place;
//! * [`replan`]: a changed stop re-planned with as few moves as possible;
//! * [`recommend`]: the best free stands for one more exhibitor;
//! * [`moves`]: who has another stand from one layout to another, and why;
//! * [`tradeoffs`]: the proven fronts between clash and balance, and between moves and quality.

pub mod hand;
pub mod moves;
pub mod recommend;
pub mod replan;
pub mod scaling;
pub mod solution;
pub mod stop;
pub mod tradeoffs;

use crate::format::Status;

/// The status of a solution file for people, in the current language (the files keep their
/// codes: `optimal`, `feasible`, `infeasible`, `unknown`).
pub fn status_word(status: Status) -> String {
    match status {
        Status::Optimal => crate::t!("planning-status-optimal"),
        Status::Feasible => crate::t!("planning-status-feasible"),
        Status::Infeasible => crate::t!("planning-status-infeasible"),
        Status::Unknown => crate::t!("planning-status-unknown"),
    }
}

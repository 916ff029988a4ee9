//! Words several commands print: the status of a plan for people (the files keep their own
//! codes: `optimal`, `feasible`, `infeasible`, `unknown`).

use caravane::check::Standing;
use caravane::format::Status;
use caravane::t;

/// What the checker finds can be said of a solution, in a word or two.
pub fn standing(s: Standing) -> String {
    match s {
        Standing::Optimal => t!("cli-status-optimal"),
        Standing::Feasible => t!("cli-status-feasible"),
        Standing::BreaksRules => t!("cli-status-breaks-rules"),
        Standing::Infeasible => t!("cli-status-infeasible"),
        Standing::Unknown => t!("cli-status-unknown"),
    }
}

/// The status a solution file gives, in a word or two.
pub fn status(s: Status) -> String {
    match s {
        Status::Optimal => t!("cli-status-optimal"),
        Status::Feasible => t!("cli-status-feasible"),
        Status::Infeasible => t!("cli-status-infeasible"),
        Status::Unknown => t!("cli-status-unknown"),
    }
}

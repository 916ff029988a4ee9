//! Re-verifies a layout from the layout alone: the hard constraints, and the objective
//! recomputed term by term with a justification for every cost.
//!
//! The checker shares nothing with the solver but the file formats ([`crate::format`]) and
//! the names and default weights of the objective terms ([`crate::terms`]). It reads every
//! table of the stop file itself: ids, weights, the clash weights of families and
//! of kinds of neighbours, what leaving a stand costs in each slot, the days, the rooms, and
//! the neighbour pairs, derived from the stands' ground as the stop format defines them. It
//! then walks the pairs and the zones of the square and counts, the way a planner would with
//! the drawn plan in hand, so that a mistake in the solver or in the checker shows up as a
//! disagreement.
//!
//! # How a broken layout is read
//!
//! The checker reads any solution file, valid or not, and reports every broken rule with a
//! [`Code`]. What it reads is then scored as it stands:
//!
//! * Assignments are read in the file's order. One naming an exhibitor or a stand the stop
//!   does not have is reported (`unknown-exhibitor`, `unknown-stand`) and skipped.
//! * An assignment is taken when its exhibitor has no stand yet and its stand is free. One that
//!   gives an exhibitor a second stand is reported (`two-stands`) and skipped: the first stand
//!   counts. One that gives a taken stand to another exhibitor is reported (`double-booked`)
//!   and skipped: the first exhibitor keeps the stand, and the other has none unless a later
//!   assignment gives it a free one.
//! * An exhibitor left without a stand is reported (`no-stand`). It makes no clash and pays no
//!   rotation, and it counts in no zone and on no prime stand; the fair share of its province
//!   is still reckoned over every exhibitor of the stop.
//! * Needs, pins and forbidden stands are judged on the stands taken.
//! * A solution that lists no session is a plan of the stands alone: the timetable is not
//!   judged and the session terms count 0. Otherwise session plans are read in the file's
//!   order: one naming a session the stop does not have is reported (`unknown-session`) and
//!   skipped, and so is a second plan of the same session (`session-twice`: the first counts);
//!   one in a room the stop does not have is reported (`unknown-room`) and leaves its session
//!   not held; slot ids that name nothing are reported (`unknown-slot`) and left out of the
//!   session's slots.
//! * The session terms count every exhibitor of the stop, placed or not, in the slots read:
//!   `missed_session` and `unattended` by its registrations, `neighbour_watch` on neighbouring
//!   stands taken.
//!
//! # What a solution file claims
//!
//! Apart from the hard rules, the checker judges what the file says about itself — its
//! objective, its status, bound and gap, and the stop it was made for (`problem_sha256`, see
//! [`fingerprint`]) — and reports each claim that does not hold with a claim code
//! ([`Code::CLAIMS`]). From the layout as it is, it derives the one honest [`Claim`] that every
//! view shows ([`claim`]).
//!
//! # In which language
//!
//! Every sentence — a broken rule, an untrue claim, a note, the reason of a cost — is made in
//! the [current](crate::i18n::current) language when the check runs (French unless the command
//! set another); a document in another language checks within
//! [`scoped`](crate::i18n::scoped). Codes, ids, term names in the JSON and numbers in the files
//! stay as they are. Zones are told by their names ([`Problem::zones`], else a common name for
//! their id), exhibitors as `name (id)`.

mod claims;
mod fingerprint;
mod layout;
mod neighbours;
mod reading;
mod rules;
mod terms;
mod verdict;
mod violation;

pub use claims::{figure, percent, Claim, ProblemMatch, Standing, OPTIMAL_GAP};
pub use fingerprint::fingerprint;
pub use neighbours::neighbour_pairs;
pub use verdict::{term_word, verify, TermCheck, Verdict};
pub use violation::{Code, Violation};

use crate::format::{self, Objective, Problem, Solution};
use layout::{Layout, Programme};
use reading::Reading;

/// What `check` finds.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckReport {
    /// Hard constraints broken (empty: the layout is valid).
    pub violations: Vec<Violation>,
    /// The objective recomputed from the layout.
    pub objective: Objective,
    /// Every non-zero cost, with its reason.
    pub justifications: Vec<format::Explanation>,
}

impl CheckReport {
    /// True when no hard constraint is broken.
    pub fn is_valid(&self) -> bool {
        self.violations.is_empty()
    }
}

/// The honest claim about a solution file: its status, total, proven bound and gap derived
/// from the layout as it is now and the stop file as it is now, and what the file claims that
/// no longer holds.
///
/// # Panics
/// As [`check`].
pub fn claim(problem: &Problem, solution: &Solution) -> Claim {
    let report = verdict::holds_layout(solution).then(|| check(problem, solution));
    claims::judge(problem, solution, report.as_ref())
}

/// Checks a layout against its stop file (one that passed validation): hard constraints, then
/// the objective.
///
/// # Panics
/// On an exhibitor whose province or family the stop file does not list, which validation
/// refuses.
pub fn check(problem: &Problem, solution: &Solution) -> CheckReport {
    let r = Reading::of(problem);
    let mut violations = Vec::new();
    let layout = Layout::read(&r, solution, &mut violations);
    rules::stands(&r, &layout, &mut violations);
    let programme = Programme::read(&r, solution, &mut violations);
    let planned = !solution.sessions.is_empty();
    if planned {
        rules::timetable(&r, &programme, &mut violations);
    }
    let (values, balance, justifications) =
        terms::recompute(&r, &layout, planned.then_some(&programme));
    let mut objective = values.objective(&r.weights);
    objective.total += balance.iter().map(|b| b.weight * b.value).sum::<f64>();
    objective.balance = balance;
    CheckReport {
        violations,
        objective,
        justifications,
    }
}

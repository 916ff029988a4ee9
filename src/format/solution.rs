//! The solution file, `NAME.solution.json` (format `caravane.solution/1`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The format tag every solution file carries.
pub const SOLUTION_FORMAT: &str = "caravane.solution/1";

/// A solved (or explained-infeasible) plan of one stop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Solution {
    /// Always `"caravane.solution/1"`.
    pub format: String,
    /// The problem file's name without `.problem.json`.
    pub problem: String,
    /// The fingerprint of the stop this solution was made for: the SHA-256, in lowercase hex, of
    /// the canonical JSON of the stop file's content (keys sorted, no spaces, numbers to 12
    /// significant digits), so that formatting and key order do not change it. Left out of files
    /// made before Caravane wrote it; then nothing is claimed about which stop it was made for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem_sha256: Option<String>,
    /// How far the search got.
    pub status: Status,
    /// The raw terms and the weighted total; null when no layout was found.
    pub objective: Option<Objective>,
    /// The best proven lower bound on `total` (of a re-plan: on the `total` of every plan that
    /// costs no more in moves); null when no layout was found.
    pub bound: Option<f64>,
    /// `(total − bound) / |total|`, 0 when both are 0; null when no layout was found.
    pub gap: Option<f64>,
    /// Why the search ended (written by `replan`; absent from older files and other plans).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped: Option<Stopped>,
    /// Wall-clock seconds of the solve.
    pub seconds: f64,
    /// Which stand each exhibitor gets.
    pub assignments: Vec<Assignment>,
    /// When and where each session runs.
    pub sessions: Vec<SessionPlan>,
    /// What each compromise costs, or why no layout exists, in sentences.
    pub explanations: Vec<Explanation>,
}

/// How far the search got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Proven best (gap ≤ 1e-6).
    Optimal,
    /// Not proven best: `bound` and `gap` say how far from proven, `stopped` (when present) why
    /// the search ended there.
    Feasible,
    /// No layout exists; `explanations` say why.
    Infeasible,
    /// A limit stopped the search before any layout was found.
    Unknown,
}

impl Status {
    /// The word used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Optimal => "optimal",
            Status::Feasible => "feasible",
            Status::Infeasible => "infeasible",
            Status::Unknown => "unknown",
        }
    }
}

/// Why the search for a plan ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Stopped {
    /// The plan meets the bound (gap 0): no plan is better (of a re-plan: no plan that costs no
    /// more in moves).
    Proved,
    /// The plan is within the relative gap asked for.
    Gap,
    /// The time limit ended a stage before it was proven.
    TimeLimit,
    /// Every stage ran to its end without a limit, yet the plan does not meet the bound: the
    /// stands and the timetable are planned one after the other, and the bound (the sum of
    /// their bounds) leaves out `neighbour_watch`, which couples them.
    StagesDone,
}

impl Stopped {
    /// The word used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Stopped::Proved => "proved",
            Stopped::Gap => "gap",
            Stopped::TimeLimit => "time-limit",
            Stopped::StagesDone => "stages-done",
        }
    }
}

/// The objective: raw term values and the weighted total.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// Σ weights[term] × term.
    pub total: f64,
    /// Weighted neighbour clashes.
    pub clash: f64,
    /// Σ |n(z,p) − share_p · n(z)|.
    pub zone_balance: f64,
    /// Σ |n(prime,p) − share_p · n(prime)|.
    pub prime_balance: f64,
    /// Prime stands left empty.
    pub empty_prime: f64,
    /// Sessions of one exhibitor at the same time, beyond the first.
    pub missed_session: f64,
    /// Footfall cost of one-person stands left for a session.
    pub unattended: f64,
    /// Slots in which two neighbouring one-person stands are both away.
    pub neighbour_watch: f64,
    /// Repeated prime stands and zones over the tour (a Caravane addition; left out when 0).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub rotation: f64,
    /// The terms of the stop's `balance` rules other than the province (a Caravane addition;
    /// left out when the stop has none), one per attribute and side, in the rules' order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub balance: Vec<BalanceValue>,
}

/// The raw value of one balance term over an attribute other than the province.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BalanceValue {
    /// The attribute, as the rule names it.
    pub attribute: String,
    /// `zones` or `prime`.
    pub over: crate::format::problem::Over,
    /// Σ over values of |n − share · placed|, summed over the zones or on the prime stands.
    pub value: f64,
    /// The weight it counts with.
    pub weight: f64,
}

fn is_zero(x: &f64) -> bool {
    *x == 0.0
}

/// One exhibitor's stand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    /// Exhibitor id.
    pub exhibitor: String,
    /// Stand id.
    pub stand: String,
}

/// When and where one session runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionPlan {
    /// Session id.
    pub session: String,
    /// Room id.
    pub room: String,
    /// Slot ids, consecutive within one day.
    pub slots: Vec<String>,
}

/// One sentence of justification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Explanation {
    /// The objective term (`clash`, `zone_balance`…) or `infeasible`.
    pub term: String,
    /// The weighted cost this explains.
    pub cost: f64,
    /// The sentence.
    pub text: String,
    /// The stands concerned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stands: Vec<String>,
    /// The exhibitors concerned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exhibitors: Vec<String>,
}

//! Re-verifies a layout from the layout alone: the hard constraints, and the objective
//! recomputed term by term with a justification for every cost.
//!
//! This code shares nothing with the optimisation models: it walks the neighbour pairs and the
//! zones of the square and counts, the way a planner would with the drawn plan in hand. The
//! weights and clash rules are read from the stop file directly rather than from the solver's
//! tables, so that a mistake in either shows up as a disagreement. What it does share with the
//! solver is the reading of the input itself: the resolved ids and the neighbour graph of
//! [`crate::stop::venue`], which has tests of its own on plans drawn by hand.

use crate::format::{self, EdgeKind, Objective, Problem, Solution};
use crate::stop::model::{index_by_id, Stop};
use crate::terms::{Term, Values, Weights};

/// A broken hard constraint.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// Short stable name: `unknown-exhibitor`, `unknown-stand`, `no-stand`, `two-stands`,
    /// `double-booked`, `unmet-need`, `broken-pin`, `forbidden-stand`; for the timetable
    /// `unknown-session`, `unknown-room`, `unknown-slot`, `session-twice`, `session-not-held`,
    /// `session-length`, `session-slots`, `room-too-small`, `room-lacks`, `room-double-booked`,
    /// `facilitator-double-booked`.
    pub rule: &'static str,
    /// The sentence.
    pub text: String,
}

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

/// Which exhibitor sits on each stand, read from a solution's assignments; ids that name nothing
/// and double bookings are reported as violations.
struct Layout {
    occupant: Vec<Option<usize>>,
    stand_of: Vec<Option<usize>>,
}

fn read_layout(stop: &Stop, solution: &Solution, violations: &mut Vec<Violation>) -> Layout {
    let exh = index_by_id(&stop.exhibitors, |x| x.id.as_str());
    let st = index_by_id(&stop.stands, |x| x.id.as_str());
    let mut occupant = vec![None; stop.stands.len()];
    let mut stand_of = vec![None; stop.exhibitors.len()];
    for a in &solution.assignments {
        let (Some(&e), Some(&s)) = (exh.get(a.exhibitor.as_str()), st.get(a.stand.as_str())) else {
            if !exh.contains_key(a.exhibitor.as_str()) {
                violations.push(Violation {
                    rule: "unknown-exhibitor",
                    text: format!(
                        "the layout places \"{}\", who is not an exhibitor of this stop",
                        a.exhibitor
                    ),
                });
            }
            if !st.contains_key(a.stand.as_str()) {
                violations.push(Violation {
                    rule: "unknown-stand",
                    text: format!(
                        "the layout uses stand \"{}\", which is not on this square",
                        a.stand
                    ),
                });
            }
            continue;
        };
        if let Some(prev) = stand_of[e] {
            let prev: usize = prev;
            violations.push(Violation {
                rule: "two-stands",
                text: format!(
                    "{} is given two stands, {} and {}",
                    who(stop, e),
                    stop.stands[prev].id,
                    stop.stands[s].id
                ),
            });
            continue;
        }
        if let Some(other) = occupant[s] {
            violations.push(Violation {
                rule: "double-booked",
                text: format!(
                    "stand {} is given to both {} and {}",
                    stop.stands[s].id,
                    who(stop, other),
                    who(stop, e)
                ),
            });
            continue;
        }
        occupant[s] = Some(e);
        stand_of[e] = Some(s);
    }
    Layout { occupant, stand_of }
}

fn who(stop: &Stop, e: usize) -> String {
    let x = &stop.exhibitors[e];
    format!("{} ({})", x.name, x.id)
}

/// Checks a layout against its stop: hard constraints, then the objective.
pub fn check(problem: &Problem, stop: &Stop, solution: &Solution) -> CheckReport {
    let mut violations = Vec::new();
    let layout = read_layout(stop, solution, &mut violations);
    hard_every_exhibitor_placed(stop, &layout, &mut violations);
    hard_needs_met(stop, &layout, &mut violations);
    hard_pins_kept(stop, &layout, &mut violations);
    hard_forbidden_avoided(stop, &layout, &mut violations);

    // A programme that holds no session at all is a stand-only plan: the timetable is judged
    // only when one is given.
    let programme = read_programme(stop, solution, &mut violations);
    let planned = !solution.sessions.is_empty();
    if planned {
        hard_sessions(stop, &programme, &mut violations);
    }

    let mut justifications = Vec::new();
    let w = &weights_of(problem);
    let clash = term_clash(problem, stop, &layout, w, &mut justifications);
    let zone_balance = term_zone_balance(stop, &layout, w, &mut justifications);
    let prime_balance = term_prime_balance(stop, &layout, w, &mut justifications);
    let empty_prime = term_empty_prime(stop, &layout, w, &mut justifications);
    let rotation = term_rotation(problem, &layout, w, &mut justifications);
    let (missed_session, unattended, neighbour_watch) = if planned {
        session_terms(stop, &layout, &programme, w, &mut justifications)
    } else {
        (0.0, 0.0, 0.0)
    };
    let mut values = Values::splat(0.0);
    for (t, x) in [
        (Term::Clash, clash),
        (Term::ZoneBalance, zone_balance),
        (Term::PrimeBalance, prime_balance),
        (Term::EmptyPrime, empty_prime),
        (Term::MissedSession, missed_session),
        (Term::Unattended, unattended),
        (Term::NeighbourWatch, neighbour_watch),
        (Term::Rotation, rotation),
    ] {
        values[t] = x;
    }
    let objective = values.objective(w);
    CheckReport {
        violations,
        objective,
        justifications,
    }
}

fn hard_every_exhibitor_placed(stop: &Stop, layout: &Layout, out: &mut Vec<Violation>) {
    for (e, s) in layout.stand_of.iter().enumerate() {
        if s.is_none() {
            out.push(Violation {
                rule: "no-stand",
                text: format!("{} has no stand", who(stop, e)),
            });
        }
    }
}

fn hard_needs_met(stop: &Stop, layout: &Layout, out: &mut Vec<Violation>) {
    for (e, s) in layout.stand_of.iter().enumerate() {
        let Some(s) = *s else { continue };
        let stand = &stop.stands[s];
        for need in &stop.exhibitors[e].needs {
            if !stand.tags.contains(need) {
                out.push(Violation {
                    rule: "unmet-need",
                    text: format!(
                        "{} needs \"{need}\" but stand {} does not offer it",
                        who(stop, e),
                        stand.id
                    ),
                });
            }
        }
    }
}

fn hard_pins_kept(stop: &Stop, layout: &Layout, out: &mut Vec<Violation>) {
    for &(e, s) in &stop.pins {
        if layout.stand_of[e] != Some(s) {
            let got = layout.stand_of[e].map_or("no stand".to_string(), |x| {
                format!("stand {}", stop.stands[x].id)
            });
            out.push(Violation {
                rule: "broken-pin",
                text: format!(
                    "{} is pinned to stand {} but has {got}",
                    who(stop, e),
                    stop.stands[s].id
                ),
            });
        }
    }
}

fn hard_forbidden_avoided(stop: &Stop, layout: &Layout, out: &mut Vec<Violation>) {
    for &(e, s) in &stop.forbidden {
        if layout.stand_of[e] == Some(s) {
            out.push(Violation {
                rule: "forbidden-stand",
                text: format!(
                    "{} is on stand {}, which is forbidden to it",
                    who(stop, e),
                    stop.stands[s].id
                ),
            });
        }
    }
}

/// The weights of the objective terms, read from the stop file, with the registry's defaults.
fn weights_of(problem: &Problem) -> Weights {
    Weights::from_file(problem.rules.as_ref().and_then(|r| r.weights.as_ref()))
}

/// The clash weight of two families, read from the stop file's rules.
fn family_weight(problem: &Problem, f: &str, g: &str) -> f64 {
    let rules = problem.rules.clone().unwrap_or_default();
    let mut w = if f == g {
        rules.same_family.unwrap_or(1.0)
    } else {
        0.0
    };
    for r in &rules.incompatible {
        let [a, b] = &r.families;
        if (a == f && b == g) || (a == g && b == f) {
            w += r.weight;
        }
    }
    w
}

fn kind_weight(problem: &Problem, kind: EdgeKind) -> f64 {
    let aw = problem
        .rules
        .as_ref()
        .and_then(|r| r.adjacency_weights.clone())
        .unwrap_or_default();
    match kind {
        EdgeKind::Side => aw.side.unwrap_or(1.0),
        EdgeKind::Facing => aw.facing.unwrap_or(0.5),
        EdgeKind::Back => aw.back.unwrap_or(0.25),
    }
}

fn term_clash(
    problem: &Problem,
    stop: &Stop,
    layout: &Layout,
    w: &Weights,
    out: &mut Vec<format::Explanation>,
) -> f64 {
    let mut total = 0.0;
    for (s, t, kind) in stop.venue.edges() {
        let (Some(i), Some(j)) = (layout.occupant[s], layout.occupant[t]) else {
            continue;
        };
        let (fi, fj) = (
            &stop.families[stop.exhibitors[i].family],
            &stop.families[stop.exhibitors[j].family],
        );
        let fw = family_weight(problem, &fi.id, &fj.id);
        if fw == 0.0 {
            continue;
        }
        let kw = kind_weight(problem, kind);
        let raw = kw * fw;
        total += raw;
        if raw == 0.0 {
            continue;
        }
        let why = if fi.id == fj.id {
            format!("both sell {}", fi.name.to_lowercase())
        } else {
            format!(
                "{} and {} do not mix",
                fi.name.to_lowercase(),
                fj.name.to_lowercase()
            )
        };
        out.push(format::Explanation {
            term: "clash".into(),
            cost: w[Term::Clash] * raw,
            text: format!(
                "Stands {} and {} are {} neighbours and {why}: {} and {} ({} × {} = {}).",
                stop.stands[s].id,
                stop.stands[t].id,
                kind.as_str(),
                who(stop, i),
                who(stop, j),
                kw,
                fw,
                raw
            ),
            stands: vec![stop.stands[s].id.clone(), stop.stands[t].id.clone()],
            exhibitors: vec![stop.exhibitors[i].id.clone(), stop.exhibitors[j].id.clone()],
        });
    }
    total
}

/// Σ over provinces of |n_p − share_p · n| for one group of placed exhibitors, with a sentence
/// for each province off its target.
fn balance_of(
    stop: &Stop,
    placed: &[usize],
    group: &str,
    weight: f64,
    term: &str,
    out: &mut Vec<format::Explanation>,
) -> f64 {
    let n_total = stop.exhibitors.len().max(1) as f64;
    let mut total = 0.0;
    for (p, province) in stop.provinces.iter().enumerate() {
        let share = stop.exhibitors.iter().filter(|e| e.province == p).count() as f64 / n_total;
        let here = placed
            .iter()
            .filter(|&&e| stop.exhibitors[e].province == p)
            .count() as f64;
        let target = share * placed.len() as f64;
        let off = (here - target).abs();
        total += off;
        if off > 1e-9 {
            out.push(format::Explanation {
                term: term.into(),
                cost: weight * off,
                text: format!(
                    "{group}: {here} exhibitors of {} against a target of {:.2} ({:.1} % of its {}): {:.2} {}.",
                    province.name,
                    target,
                    100.0 * share,
                    placed.len(),
                    off,
                    if here > target { "over" } else { "under" }
                ),
                stands: vec![],
                exhibitors: vec![],
            });
        }
    }
    total
}

fn term_zone_balance(
    stop: &Stop,
    layout: &Layout,
    w: &Weights,
    out: &mut Vec<format::Explanation>,
) -> f64 {
    let mut total = 0.0;
    for (z, zone) in stop.zones.iter().enumerate() {
        let placed: Vec<usize> = (0..stop.stands.len())
            .filter(|&s| stop.stands[s].zone == Some(z))
            .filter_map(|s| layout.occupant[s])
            .collect();
        total += balance_of(
            stop,
            &placed,
            &format!("Zone \"{zone}\""),
            w[Term::ZoneBalance],
            "zone_balance",
            out,
        );
    }
    total
}

fn term_prime_balance(
    stop: &Stop,
    layout: &Layout,
    w: &Weights,
    out: &mut Vec<format::Explanation>,
) -> f64 {
    let placed: Vec<usize> = (0..stop.stands.len())
        .filter(|&s| stop.stands[s].tags.contains("prime"))
        .filter_map(|s| layout.occupant[s])
        .collect();
    balance_of(
        stop,
        &placed,
        "The prime stands",
        w[Term::PrimeBalance],
        "prime_balance",
        out,
    )
}

fn term_empty_prime(
    stop: &Stop,
    layout: &Layout,
    w: &Weights,
    out: &mut Vec<format::Explanation>,
) -> f64 {
    let mut n = 0.0;
    for (s, stand) in stop.stands.iter().enumerate() {
        if stand.tags.contains("prime") && layout.occupant[s].is_none() {
            n += 1.0;
            out.push(format::Explanation {
                term: "empty_prime".into(),
                cost: w[Term::EmptyPrime],
                text: format!("Prime stand {} is left empty.", stand.id),
                stands: vec![stand.id.clone()],
                exhibitors: vec![],
            });
        }
    }
    n
}

/// The rotation term, from the stop file's `history` and `rules.rotation` as written: each
/// exhibitor pays for every earlier stop where it had a prime stand, if it has one again, and
/// for every earlier stop in the zone it is placed in now (zones matched by id).
fn term_rotation(
    problem: &Problem,
    layout: &Layout,
    w: &Weights,
    out: &mut Vec<format::Explanation>,
) -> f64 {
    let rules = problem
        .rules
        .as_ref()
        .and_then(|r| r.rotation.clone())
        .unwrap_or_default();
    let (per_prime, per_zone) = (rules.prime.unwrap_or(1.0), rules.zone.unwrap_or(0.25));
    let mut total = 0.0;
    for (e, x) in problem.exhibitors.iter().enumerate() {
        let Some(s) = layout.stand_of[e] else {
            continue;
        };
        let stand = &problem.stands[s];
        let before: Vec<&format::Placement> = problem
            .history
            .iter()
            .filter(|h| h.exhibitor == x.id)
            .collect();
        let mut cost = 0.0;
        let mut reasons = Vec::new();
        if stand.tags.iter().any(|t| t == "prime") {
            let at: Vec<&str> = before
                .iter()
                .filter(|h| h.prime)
                .map(|h| h.stop.as_str())
                .collect();
            if !at.is_empty() {
                cost += per_prime * at.len() as f64;
                reasons.push(format!(
                    "gets prime stand {} again after prime stands at {}",
                    stand.id,
                    at.join(", ")
                ));
            }
        }
        if let Some(zone) = &stand.zone {
            let at: Vec<&str> = before
                .iter()
                .filter(|h| h.zone.as_ref() == Some(zone))
                .map(|h| h.stop.as_str())
                .collect();
            if !at.is_empty() {
                cost += per_zone * at.len() as f64;
                reasons.push(format!(
                    "stands in zone \"{zone}\" again after {}",
                    at.join(", ")
                ));
            }
        }
        if cost > 0.0 {
            total += cost;
            out.push(format::Explanation {
                term: "rotation".into(),
                cost: w[Term::Rotation] * cost,
                text: format!("{} ({}) {}.", x.name, x.id, reasons.join(", and ")),
                stands: vec![stand.id.clone()],
                exhibitors: vec![x.id.clone()],
            });
        }
    }
    total
}

/// The stand of each exhibitor in a solution (None when it has none or the id is unknown).
pub fn stands_of(stop: &Stop, solution: &Solution) -> Vec<Option<usize>> {
    let mut ignored = Vec::new();
    read_layout(stop, solution, &mut ignored).stand_of
}

/// For each zone and province: exhibitors placed, and the target `share_p · n(zone)`.
pub fn zone_table(stop: &Stop, stand_of: &[Option<usize>]) -> Vec<Vec<(usize, f64)>> {
    let n = stop.exhibitors.len().max(1) as f64;
    let mut count = vec![vec![0usize; stop.provinces.len()]; stop.zones.len()];
    for (e, s) in stand_of.iter().enumerate() {
        if let Some(z) = s.and_then(|s| stop.stands[s].zone) {
            count[z][stop.exhibitors[e].province] += 1;
        }
    }
    let share: Vec<f64> = (0..stop.provinces.len())
        .map(|p| stop.exhibitors.iter().filter(|e| e.province == p).count() as f64 / n)
        .collect();
    count
        .into_iter()
        .map(|row| {
            let placed: usize = row.iter().sum();
            row.into_iter()
                .enumerate()
                .map(|(p, c)| (c, share[p] * placed as f64))
                .collect()
        })
        .collect()
}

/// One objective term: what the file says and what the layout gives.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TermCheck {
    /// The term's name.
    pub term: &'static str,
    /// Value in the solution file (None when the file has no objective).
    pub in_file: Option<f64>,
    /// Value recomputed from the layout.
    pub recomputed: f64,
    /// Whether the two agree (within 1e-6).
    pub agrees: bool,
}

/// The verdict of `caravane check` on a solution file.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Verdict {
    /// The solution's status as written.
    pub status: &'static str,
    /// Broken hard constraints, in sentences.
    pub violations: Vec<String>,
    /// Each objective term, file against recomputed.
    pub terms: Vec<TermCheck>,
    /// Every cost with its reason.
    pub justifications: Vec<format::Explanation>,
    /// Remarks that do not fail the check.
    pub notes: Vec<String>,
}

impl Verdict {
    /// True when the layout keeps every hard constraint and its objective is reproduced.
    pub fn passed(&self) -> bool {
        self.violations.is_empty() && self.terms.iter().all(|t| t.agrees)
    }
}

/// Verifies a solution file against its stop.
pub fn verify(problem: &Problem, stop: &Stop, solution: &Solution) -> Verdict {
    let mut notes = Vec::new();
    if solution.problem != stop.name {
        notes.push(format!(
            "the solution names problem \"{}\", the stop file is \"{}\"",
            solution.problem, stop.name
        ));
    }
    let no_layout = matches!(
        solution.status,
        format::Status::Infeasible | format::Status::Unknown
    );
    if no_layout {
        let mut violations = Vec::new();
        if !solution.assignments.is_empty() {
            violations.push(format!(
                "the status is {} but the file holds {} assignments",
                solution.status.as_str(),
                solution.assignments.len()
            ));
        } else {
            notes.push(format!(
                "the file holds no layout (status {})",
                solution.status.as_str()
            ));
        }
        return Verdict {
            status: solution.status.as_str(),
            violations,
            terms: vec![],
            justifications: solution.explanations.clone(),
            notes,
        };
    }
    let report = check(problem, stop, solution);
    if solution.sessions.is_empty() && !stop.sessions.is_empty() {
        notes.push(
            "the file holds no timetable: the stands are checked, the session terms count 0".into(),
        );
    }
    let o = &report.objective;
    let f = solution.objective.as_ref();
    let pairs: Vec<(&'static str, f64, Option<f64>)> = Term::ALL
        .iter()
        .map(|&t| (t.name(), t.value_in(o), f.map(|x| t.value_in(x))))
        .chain([("total", o.total, f.map(|x| x.total))])
        .collect();
    let terms = pairs
        .into_iter()
        .map(|(term, recomputed, in_file)| TermCheck {
            term,
            in_file,
            recomputed,
            agrees: in_file
                .is_none_or(|x| (x - recomputed).abs() <= 1e-6 * recomputed.abs().max(1.0)),
        })
        .collect();
    if f.is_none() {
        notes.push("the file gives no objective: the recomputed values stand alone".into());
    }
    let mut violations: Vec<String> = report
        .violations
        .iter()
        .map(|v| format!("[{}] {}", v.rule, v.text))
        .collect();
    violations.extend(status_claims(solution, o.total));
    Verdict {
        status: solution.status.as_str(),
        violations,
        terms,
        justifications: report.justifications,
        notes,
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for n in &self.notes {
            writeln!(f, "note: {n}")?;
        }
        if self.violations.is_empty() {
            writeln!(f, "hard constraints: all kept")?;
        } else {
            writeln!(f, "hard constraints: {} broken", self.violations.len())?;
            for v in &self.violations {
                writeln!(f, "  {v}")?;
            }
        }
        if !self.terms.is_empty() {
            writeln!(f, "objective          in file   recomputed")?;
            for t in &self.terms {
                let file = t.in_file.map_or("—".to_string(), |x| format!("{x:.4}"));
                writeln!(
                    f,
                    "  {:<16} {:>9} {:>12.4}  {}",
                    t.term,
                    file,
                    t.recomputed,
                    if t.agrees { "ok" } else { "DIFFERS" }
                )?;
            }
        }
        if !self.justifications.is_empty() {
            writeln!(f, "why it costs what it costs:")?;
            for j in &self.justifications {
                writeln!(f, "  [{} {:.3}] {}", j.term, j.cost, j.text)?;
            }
        }
        writeln!(
            f,
            "{}",
            if self.passed() {
                "check passed"
            } else {
                "check FAILED"
            }
        )
    }
}

/// Which slots each session is held in, read from a solution (None: not planned or unreadable).
struct Programme {
    /// Slots of each session (empty when not held).
    slots_of: Vec<Vec<usize>>,
    /// Room of each session.
    room_of: Vec<Option<usize>>,
}

/// The date and time of a slot, for people.
fn when(stop: &Stop, t: usize) -> String {
    let s = &stop.slots[t];
    format!("{} {}", s.day, s.start)
}

fn read_programme(stop: &Stop, solution: &Solution, out: &mut Vec<Violation>) -> Programme {
    let sess = index_by_id(&stop.sessions, |x| x.id.as_str());
    let rooms = index_by_id(&stop.rooms, |x| x.id.as_str());
    let slots = index_by_id(&stop.slots, |x| x.id.as_str());
    let mut p = Programme {
        slots_of: vec![vec![]; stop.sessions.len()],
        room_of: vec![None; stop.sessions.len()],
    };
    let mut seen = vec![false; stop.sessions.len()];
    for plan in &solution.sessions {
        let Some(&k) = sess.get(plan.session.as_str()) else {
            out.push(Violation {
                rule: "unknown-session",
                text: format!(
                    "the programme holds \"{}\", which is not a session of this stop",
                    plan.session
                ),
            });
            continue;
        };
        if seen[k] {
            out.push(Violation {
                rule: "session-twice",
                text: format!("session *{}* is held twice", stop.sessions[k].title),
            });
            continue;
        }
        seen[k] = true;
        let Some(&r) = rooms.get(plan.room.as_str()) else {
            out.push(Violation {
                rule: "unknown-room",
                text: format!(
                    "session *{}* is in room \"{}\", which this stop does not have",
                    stop.sessions[k].title, plan.room
                ),
            });
            continue;
        };
        let mut ts = Vec::new();
        for id in &plan.slots {
            match slots.get(id.as_str()) {
                Some(&t) => ts.push(t),
                None => out.push(Violation {
                    rule: "unknown-slot",
                    text: format!(
                        "session *{}* uses slot \"{id}\", which this stop does not have",
                        stop.sessions[k].title
                    ),
                }),
            }
        }
        p.slots_of[k] = ts;
        p.room_of[k] = Some(r);
    }
    p
}

/// Hard constraint 3, checked on the programme; sessions missing from a programme that holds
/// none at all mean the timetable is not planned (a stand-only plan), which is a note, not a
/// violation.
fn hard_sessions(stop: &Stop, p: &Programme, out: &mut Vec<Violation>) {
    let days: Vec<Vec<usize>> = {
        let mut d: Vec<(String, Vec<usize>)> = Vec::new();
        for (i, s) in stop.slots.iter().enumerate() {
            match d.iter_mut().find(|(x, _)| *x == s.day) {
                Some((_, v)) => v.push(i),
                None => d.push((s.day.clone(), vec![i])),
            }
        }
        d.into_iter().map(|(_, v)| v).collect()
    };
    for (k, s) in stop.sessions.iter().enumerate() {
        let ts = &p.slots_of[k];
        let Some(r) = p.room_of[k] else {
            out.push(Violation {
                rule: "session-not-held",
                text: format!("session *{}* is not held", s.title),
            });
            continue;
        };
        let mut ts = ts.clone();
        ts.sort_unstable();
        if ts.len() != s.length as usize {
            out.push(Violation {
                rule: "session-length",
                text: format!(
                    "session *{}* lasts {} slots but is given {}",
                    s.title,
                    s.length,
                    ts.len()
                ),
            });
        } else if !days
            .iter()
            .any(|day| day.windows(ts.len().max(1)).any(|w| w == ts.as_slice()))
        {
            out.push(Violation {
                rule: "session-slots",
                text: format!(
                    "session *{}* is not in consecutive slots of one day",
                    s.title
                ),
            });
        }
        let room = &stop.rooms[r];
        let seats = stop.registrants(k).count() + s.facilitators.len();
        if (room.capacity as usize) < seats {
            out.push(Violation {
                rule: "room-too-small",
                text: format!(
                    "session *{}* needs {seats} seats but {} has {}",
                    s.title, room.name, room.capacity
                ),
            });
        }
        for n in &s.needs {
            if !room.tags.contains(n) {
                out.push(Violation {
                    rule: "room-lacks",
                    text: format!(
                        "session *{}* needs \"{n}\" but {} does not offer it",
                        s.title, room.name
                    ),
                });
            }
        }
    }
    for t in 0..stop.slots.len() {
        let here: Vec<usize> = (0..stop.sessions.len())
            .filter(|&k| p.slots_of[k].contains(&t))
            .collect();
        for (a, &k) in here.iter().enumerate() {
            for &l in &here[a + 1..] {
                if p.room_of[k].is_some() && p.room_of[k] == p.room_of[l] {
                    out.push(Violation {
                        rule: "room-double-booked",
                        text: format!(
                            "{} holds *{}* and *{}* at once, on {}",
                            stop.rooms[p.room_of[k].expect("held")].name,
                            stop.sessions[k].title,
                            stop.sessions[l].title,
                            when(stop, t)
                        ),
                    });
                }
                for f in &stop.sessions[k].facilitators {
                    if stop.sessions[l].facilitators.contains(f) {
                        out.push(Violation {
                            rule: "facilitator-double-booked",
                            text: format!(
                                "{f} leads *{}* and *{}* at once, on {}",
                                stop.sessions[k].title,
                                stop.sessions[l].title,
                                when(stop, t)
                            ),
                        });
                    }
                }
            }
        }
    }
}

/// The session terms recomputed from the programme: `(missed_session, unattended,
/// neighbour_watch)`, with a justification for each cost.
fn session_terms(
    stop: &Stop,
    layout: &Layout,
    p: &Programme,
    w: &Weights,
    out: &mut Vec<format::Explanation>,
) -> (f64, f64, f64) {
    let held_at = |k: usize, t: usize| p.slots_of[k].contains(&t);
    let away: Vec<Vec<Vec<usize>>> = stop
        .exhibitors
        .iter()
        .map(|e| {
            (0..stop.slots.len())
                .map(|t| {
                    e.sessions
                        .iter()
                        .copied()
                        .filter(|&k| held_at(k, t))
                        .collect()
                })
                .collect()
        })
        .collect();
    let titles = |ks: &[usize]| {
        ks.iter()
            .map(|&k| format!("*{}*", stop.sessions[k].title))
            .collect::<Vec<_>>()
            .join(" and ")
    };
    let mut missed = 0.0;
    let mut unattended = 0.0;
    for (e, x) in stop.exhibitors.iter().enumerate() {
        for (t, at) in away[e].iter().enumerate() {
            if at.len() > 1 {
                let extra = (at.len() - 1) as f64;
                missed += extra;
                out.push(format::Explanation {
                    term: "missed_session".into(),
                    cost: w[Term::MissedSession] * extra,
                    text: format!(
                        "{} registered for {}, all held on {}: {} missed.",
                        who(stop, e),
                        titles(at),
                        when(stop, t),
                        extra
                    ),
                    stands: vec![],
                    exhibitors: vec![x.id.clone()],
                });
            }
        }
        if x.staff != 1 {
            continue;
        }
        let mut cost = 0.0;
        let mut parts = Vec::new();
        for (t, at) in away[e].iter().enumerate() {
            if !at.is_empty() {
                let c = stop.slots[t].footfall.cost();
                cost += c;
                let footfall = match stop.slots[t].footfall {
                    format::Footfall::Quiet => "quiet",
                    format::Footfall::Normal => "normal",
                    format::Footfall::Busy => "busy",
                };
                parts.push(format!(
                    "{} on {} ({footfall}, {c})",
                    titles(at),
                    when(stop, t)
                ));
            }
        }
        unattended += cost;
        if cost > 0.0 {
            out.push(format::Explanation {
                term: "unattended".into(),
                cost: w[Term::Unattended] * cost,
                text: format!(
                    "{} keeps the stand alone and leaves it for {}: {cost}.",
                    who(stop, e),
                    parts.join("; ")
                ),
                stands: layout.stand_of[e]
                    .map(|s| vec![stop.stands[s].id.clone()])
                    .unwrap_or_default(),
                exhibitors: vec![x.id.clone()],
            });
        }
    }
    let mut watch = 0.0;
    for (s, t, _) in stop.venue.edges() {
        let (Some(i), Some(j)) = (layout.occupant[s], layout.occupant[t]) else {
            continue;
        };
        if stop.exhibitors[i].staff != 1 || stop.exhibitors[j].staff != 1 {
            continue;
        }
        for slot in 0..stop.slots.len() {
            if !away[i][slot].is_empty() && !away[j][slot].is_empty() {
                watch += 1.0;
                out.push(format::Explanation {
                    term: "neighbour_watch".into(),
                    cost: w[Term::NeighbourWatch],
                    text: format!(
                        "Stands {} and {} are neighbours, each kept by one person, and both are empty on {}: {} is at {}, {} at {}.",
                        stop.stands[s].id, stop.stands[t].id, when(stop, slot), who(stop, i), titles(&away[i][slot]), who(stop, j), titles(&away[j][slot])
                    ),
                    stands: vec![stop.stands[s].id.clone(), stop.stands[t].id.clone()],
                    exhibitors: vec![stop.exhibitors[i].id.clone(), stop.exhibitors[j].id.clone()],
                });
            }
        }
    }
    (missed, unattended, watch)
}

/// What the file claims about its own quality must hold: the bound is at most the total, the
/// gap follows the format's formula, and `optimal` means a gap of at most 1e-6.
fn status_claims(solution: &Solution, total: f64) -> Vec<String> {
    let mut out = Vec::new();
    let (Some(bound), Some(gap)) = (solution.bound, solution.gap) else {
        if solution.status == format::Status::Optimal || solution.status == format::Status::Feasible
        {
            out.push(format!(
                "[status] the status is {} but the file gives no bound or gap",
                solution.status.as_str()
            ));
        }
        return out;
    };
    let tol = 1e-6 * total.abs().max(1.0);
    if bound > total + tol {
        out.push(format!("[status] the bound {bound} is above the layout's total {total}: no layout can cost less than itself"));
    }
    let expected = if total.abs() < 1e-9 && bound.abs() < 1e-9 {
        0.0
    } else {
        (total - bound) / total.abs()
    };
    if (gap - expected).abs() > 1e-6 {
        out.push(format!("[status] the gap {gap} does not follow from the total {total} and the bound {bound} (it should be {expected})"));
    }
    if solution.status == format::Status::Optimal && gap > 1e-6 {
        out.push(format!(
            "[status] the status is optimal but the gap is {gap}"
        ));
    }
    out
}

/// One exhibitor whose stand differs between two layouts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StandChange {
    /// Exhibitor id.
    pub exhibitor: String,
    /// Its stand in the older layout (None: it was not there).
    pub before: Option<String>,
    /// Its stand in the newer layout (None: it is not there any more).
    pub after: Option<String>,
}

/// The exhibitors whose stands differ between two layouts, by id, in the order of the newer
/// layout then of the older one's leavers.
pub fn moves_between(old: &Solution, new: &Solution) -> Vec<StandChange> {
    let stand = |s: &Solution, id: &str| {
        s.assignments
            .iter()
            .find(|a| a.exhibitor == id)
            .map(|a| a.stand.clone())
    };
    let mut out: Vec<StandChange> = new
        .assignments
        .iter()
        .filter_map(|a| {
            let before = stand(old, &a.exhibitor);
            (before.as_deref() != Some(a.stand.as_str())).then(|| StandChange {
                exhibitor: a.exhibitor.clone(),
                before,
                after: Some(a.stand.clone()),
            })
        })
        .collect();
    out.extend(
        old.assignments
            .iter()
            .filter(|a| stand(new, &a.exhibitor).is_none())
            .map(|a| StandChange {
                exhibitor: a.exhibitor.clone(),
                before: Some(a.stand.clone()),
                after: None,
            }),
    );
    out
}

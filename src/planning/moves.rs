//! Moves between layouts: who has another stand in one solution than in another, and, for a
//! re-plan, whether the change of the stop left no choice, and why.
//!
//! An exhibitor *moves* when it had a stand in the announced solution and gets another one.
//! When its stand is gone, no longer meets its needs, is forbidden to it or pinned to someone
//! else, the move is *forced*; otherwise it is *chosen*.

use crate::format::Solution;
use crate::stop::layout::Layout;
use crate::stop::model::Stop;

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

/// One exhibitor's change of stand in a re-plan.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Move {
    /// Exhibitor id.
    pub exhibitor: String,
    /// Its stand before (None for a newcomer).
    pub from: Option<String>,
    /// Its stand now.
    pub to: String,
    /// Why, in a sentence.
    pub why: String,
    /// True when the change of the stop left no choice.
    pub forced: bool,
}

/// What the announced solution gave each exhibitor of the changed stop.
pub(crate) struct Announced<'a> {
    /// The stand each exhibitor had, by id (None: a newcomer).
    pub had: Vec<Option<&'a str>>,
    /// The stand each exhibitor may keep (None: a newcomer, or one forced to move).
    pub keep: Vec<Option<usize>>,
    /// Why each exhibitor cannot keep its stand, when it cannot.
    pub forced: Vec<Option<String>>,
}

impl<'a> Announced<'a> {
    /// Reads the announced solution against the changed stop.
    pub fn read(stop: &Stop, old: &'a Solution) -> Announced<'a> {
        let had: Vec<Option<&str>> = stop
            .exhibitors
            .iter()
            .map(|x| {
                old.assignments
                    .iter()
                    .find(|a| a.exhibitor == x.id)
                    .map(|a| a.stand.as_str())
            })
            .collect();
        let forced: Vec<Option<String>> = had
            .iter()
            .enumerate()
            .map(|(e, h)| h.and_then(|stand| forced_reason(stop, e, stand)))
            .collect();
        let keep = had
            .iter()
            .zip(&forced)
            .map(|(h, f)| match (h, f) {
                (Some(stand), None) => stop.stands.iter().position(|s| s.id == *stand),
                _ => None,
            })
            .collect();
        Announced { had, keep, forced }
    }

    /// The exhibitors that had no stand.
    pub fn newcomers(&self) -> Vec<usize> {
        (0..self.had.len())
            .filter(|&e| self.had[e].is_none())
            .collect()
    }

    /// Whether every exhibitor that had a stand may keep it.
    pub fn nothing_forced(&self) -> bool {
        self.forced.iter().all(Option::is_none)
    }

    /// Who moves or arrives in the new layout (`stand_of[e]` is the stand of exhibitor `e`),
    /// and why.
    pub fn moves(&self, stop: &Stop, stand_of: &[usize]) -> Vec<Move> {
        let layout = Layout::from_assignment(stop, stand_of);
        stop.exhibitors
            .iter()
            .enumerate()
            .filter_map(|(e, x)| {
                let to = stop.stands[stand_of[e]].id.clone();
                match self.had[e] {
                    None => Some(Move {
                        exhibitor: x.id.clone(),
                        from: None,
                        why: format!("{} arrives and gets stand {to}", x.name),
                        to,
                        forced: true,
                    }),
                    Some(from) if from != to => Some(self.moved(stop, &layout, e, from, to)),
                    Some(_) => None,
                }
            })
            .collect()
    }

    /// Exhibitor `e` moves from stand `from` to `to` in the new layout.
    fn moved(&self, stop: &Stop, layout: &Layout, e: usize, from: &str, to: String) -> Move {
        let x = &stop.exhibitors[e];
        let (why, forced) = match &self.forced[e] {
            Some(reason) => (format!("{} moves to {to}: {reason}", x.name), true),
            None => {
                let now = stop
                    .stands
                    .iter()
                    .position(|s| s.id == from)
                    .and_then(|s| layout.occupant(s))
                    .map(|o| format!(", which now holds {}", stop.exhibitors[o].name))
                    .unwrap_or_default();
                let why = format!(
                    "{} moves from {from}{now} to {to}: the whole plan costs less so (see the explanations)",
                    x.name
                );
                (why, false)
            }
        };
        Move {
            exhibitor: x.id.clone(),
            from: Some(from.to_string()),
            to,
            why,
            forced,
        }
    }
}

/// Why an exhibitor cannot keep its stand `old` in the changed stop, if so.
fn forced_reason(stop: &Stop, e: usize, old: &str) -> Option<String> {
    let Some(s) = stop.stands.iter().position(|x| x.id == old) else {
        return Some(format!("stand {old} is no longer on the plan"));
    };
    if !stop.meets_needs(e, s) {
        let missing: Vec<&str> = stop.exhibitors[e]
            .needs
            .iter()
            .filter(|n| !stop.stands[s].tags.contains(*n))
            .map(String::as_str)
            .collect();
        return Some(format!(
            "stand {old} no longer offers {}",
            missing.join(" and ")
        ));
    }
    if stop.forbidden.contains(&(e, s)) {
        return Some(format!("stand {old} is now forbidden to it"));
    }
    if let Some(&(_, p)) = stop.pins.iter().find(|&&(x, _)| x == e) {
        if p != s {
            return Some(format!("it is now pinned to stand {}", stop.stands[p].id));
        }
    }
    if let Some(&(o, _)) = stop.pins.iter().find(|&&(x, p)| p == s && x != e) {
        return Some(format!(
            "stand {old} is now pinned to {}",
            stop.exhibitors[o].name
        ));
    }
    None
}

/// The announced solution as far as it still applies to the changed stop: the assignments of
/// the exhibitors and stands the stop still has.
pub(crate) fn as_far_as_it_applies(stop: &Stop, announced: &Solution) -> Solution {
    let mut still = announced.clone();
    still.assignments.retain(|a| {
        stop.exhibitors.iter().any(|x| x.id == a.exhibitor)
            && stop.stands.iter().any(|s| s.id == a.stand)
    });
    still
}

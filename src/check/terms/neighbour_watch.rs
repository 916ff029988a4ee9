//! `neighbour_watch`: slots in which two neighbouring one-person stands are both away.

use super::{titles, Away, Found, Reason};
use crate::check::layout::Layout;
use crate::check::reading::Reading;
use crate::t;

/// The slots in which neighbours kept by one person each are both away, pair by pair.
pub fn watch(r: &Reading, l: &Layout, away: &Away) -> Found {
    let mut found = Found::default();
    for &(s, t, _) in &r.neighbours {
        let (Some(i), Some(j)) = (l.occupant[s], l.occupant[t]) else {
            continue;
        };
        if !r.alone(i) || !r.alone(j) {
            continue;
        }
        for slot in 0..r.problem.slots.len() {
            let (ai, aj) = (&away[i][slot], &away[j][slot]);
            if ai.is_empty() || aj.is_empty() {
                continue;
            }
            found.value += 1.0;
            found.reasons.push(Reason {
                raw: 1.0,
                text: t!(
                    "check-neighbour-watch",
                    a = r.stand_id(s),
                    b = r.stand_id(t),
                    when = r.when(slot),
                    first = r.who(i),
                    first_titles = titles(r, ai),
                    second = r.who(j),
                    second_titles = titles(r, aj)
                ),
                stands: vec![r.stand_id(s).into(), r.stand_id(t).into()],
                exhibitors: vec![r.exhibitor_id(i).into(), r.exhibitor_id(j).into()],
            });
        }
    }
    found
}

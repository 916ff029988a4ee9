//! `missed_session`: sessions an exhibitor registered for that run at the same time, beyond
//! the first.

use super::{titles, Away, Found, Reason};
use crate::check::reading::Reading;
use crate::t;

/// The sessions exhibitor `e` misses, slot by slot.
pub fn missed(r: &Reading, away: &Away, e: usize) -> Found {
    let mut found = Found::default();
    for (t, at) in away[e].iter().enumerate() {
        if at.len() > 1 {
            let extra = (at.len() - 1) as f64;
            found.value += extra;
            found.reasons.push(Reason {
                raw: extra,
                text: t!(
                    "check-missed",
                    who = r.who(e),
                    titles = titles(r, at),
                    when = r.when(t),
                    missed = extra
                ),
                stands: vec![],
                exhibitors: vec![r.exhibitor_id(e).into()],
            });
        }
    }
    found
}

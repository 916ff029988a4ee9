//! `clash`: Σ over neighbour pairs of the kind's weight × the two families' clash weight.

use super::{Found, Reason};
use crate::check::layout::Layout;
use crate::check::reading::Reading;
use crate::t;

/// The clash of the layout, with a reason for each clashing pair.
pub fn clash(r: &Reading, l: &Layout) -> Found {
    let mut found = Found::default();
    for &(s, t, kind) in &r.neighbours {
        let (Some(i), Some(j)) = (l.occupant[s], l.occupant[t]) else {
            continue;
        };
        let (fi, fj) = (r.family_of[i], r.family_of[j]);
        let fw = r.family_clash[fi][fj];
        if fw == 0.0 {
            continue;
        }
        let kw = r.kind_weight(kind);
        let raw = kw * fw;
        found.value += raw;
        if raw == 0.0 {
            continue;
        }
        let name = |f: usize| r.problem.families[f].name.to_lowercase();
        let why = if fi == fj {
            t!("check-clash-same", family = name(fi))
        } else {
            t!("check-clash-mix", first = name(fi), second = name(fj))
        };
        found.reasons.push(Reason {
            raw,
            text: t!(
                "check-clash",
                a = r.stand_id(s),
                b = r.stand_id(t),
                kind = kind.as_str(),
                why = why,
                first = r.who(i),
                second = r.who(j),
                kind_weight = kw,
                family_weight = fw,
                cost = raw
            ),
            stands: vec![r.stand_id(s).into(), r.stand_id(t).into()],
            exhibitors: vec![r.exhibitor_id(i).into(), r.exhibitor_id(j).into()],
        });
    }
    found
}

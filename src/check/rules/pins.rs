//! Every pinned exhibitor is on its stand (`broken-pin`).

use crate::check::layout::Layout;
use crate::check::reading::Reading;
use crate::check::{Code, Violation};
use crate::t;

/// Reports each pin not kept, in the file's order.
pub fn pins_kept(r: &Reading, l: &Layout, out: &mut Vec<Violation>) {
    for &(e, s) in &r.pins {
        let has = l.stand_of[e];
        if has == Some(s) {
            continue;
        }
        let (who, pinned) = (r.who(e), r.stand_id(s));
        let text = match has {
            Some(x) => t!(
                "check-broken-pin-elsewhere",
                who = who,
                pinned = pinned,
                stand = r.stand_id(x)
            ),
            None => t!("check-broken-pin-nowhere", who = who, pinned = pinned),
        };
        out.push(
            Violation::new(Code::BrokenPin, text)
                .exhibitors([r.exhibitor_id(e)])
                .stands([Some(s), has].into_iter().flatten().map(|x| r.stand_id(x))),
        );
    }
}

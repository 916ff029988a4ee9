//! Every pinned exhibitor is on its stand (`broken-pin`).

use crate::check::layout::Layout;
use crate::check::reading::Reading;
use crate::check::{Code, Violation};

/// Reports each pin not kept, in the file's order.
pub fn pins_kept(r: &Reading, l: &Layout, out: &mut Vec<Violation>) {
    for &(e, s) in &r.pins {
        let has = l.stand_of[e];
        if has == Some(s) {
            continue;
        }
        let got = has.map_or("no stand".to_string(), |x| {
            format!("stand {}", r.stand_id(x))
        });
        out.push(
            Violation::new(
                Code::BrokenPin,
                format!(
                    "{} is pinned to stand {} but has {got}",
                    r.who(e),
                    r.stand_id(s)
                ),
            )
            .exhibitors([r.exhibitor_id(e)])
            .stands([Some(s), has].into_iter().flatten().map(|x| r.stand_id(x))),
        );
    }
}

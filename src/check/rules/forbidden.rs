//! No exhibitor is on a stand forbidden to it (`forbidden-stand`).

use crate::check::layout::Layout;
use crate::check::reading::Reading;
use crate::check::{Code, Violation};
use crate::t;

/// Reports each forbidden pair the layout makes.
pub fn forbidden_avoided(r: &Reading, l: &Layout, out: &mut Vec<Violation>) {
    for &(e, s) in &r.forbidden {
        if l.stand_of[e] == Some(s) {
            out.push(
                Violation::new(
                    Code::ForbiddenStand,
                    t!(
                        "check-forbidden-stand",
                        who = r.who(e),
                        stand = r.stand_id(s)
                    ),
                )
                .exhibitors([r.exhibitor_id(e)])
                .stands([r.stand_id(s)]),
            );
        }
    }
}

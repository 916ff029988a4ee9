//! Every exhibitor of the stop has a stand (`no-stand`).

use crate::check::layout::Layout;
use crate::check::reading::Reading;
use crate::check::{Code, Violation};
use crate::t;

/// Reports each exhibitor left without a stand.
pub fn every_exhibitor_placed(r: &Reading, l: &Layout, out: &mut Vec<Violation>) {
    for (e, s) in l.stand_of.iter().enumerate() {
        if s.is_none() {
            out.push(
                Violation::new(Code::NoStand, t!("check-no-stand", who = r.who(e)))
                    .exhibitors([r.exhibitor_id(e)]),
            );
        }
    }
}

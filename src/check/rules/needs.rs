//! Every stand offers what its exhibitor needs (`unmet-need`).

use crate::check::layout::Layout;
use crate::check::reading::Reading;
use crate::check::{Code, Violation};
use crate::t;

/// Reports each need of a placed exhibitor that its stand does not offer.
pub fn needs_met(r: &Reading, l: &Layout, out: &mut Vec<Violation>) {
    for (e, s) in l.stand_of.iter().enumerate() {
        let Some(s) = *s else { continue };
        let stand = &r.problem.stands[s];
        for need in &r.problem.exhibitors[e].needs {
            if !stand.tags.contains(need) {
                out.push(
                    Violation::new(
                        Code::UnmetNeed,
                        t!(
                            "check-unmet-need",
                            who = r.who(e),
                            need = need,
                            stand = &stand.id
                        ),
                    )
                    .exhibitors([r.exhibitor_id(e)])
                    .stands([&stand.id]),
                );
            }
        }
    }
}

//! Who is on which stand: a layout of the stop, asked either way round — the occupant of a
//! stand, or the stand of an exhibitor — and either may be empty.

use crate::format::Solution;
use crate::stop::model::{index_by_id, Stop};

/// Which exhibitor is on each stand and which stand each exhibitor has, kept in step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// The stand of each exhibitor.
    stand: Vec<Option<usize>>,
    /// The exhibitor on each stand.
    occupant: Vec<Option<usize>>,
}

impl Layout {
    /// Nobody placed yet.
    pub fn empty(stop: &Stop) -> Layout {
        Layout {
            stand: vec![None; stop.exhibitors.len()],
            occupant: vec![None; stop.stands.len()],
        }
    }

    /// The layout a solution file describes. Assignments that name an exhibitor or a stand the
    /// stop does not have are left out; of two assignments of one exhibitor, or of one stand,
    /// the first counts (the checker reports the others).
    pub fn from_solution(stop: &Stop, solution: &Solution) -> Layout {
        let exhibitors = index_by_id(&stop.exhibitors, |x| x.id.as_str());
        let stands = index_by_id(&stop.stands, |x| x.id.as_str());
        let mut layout = Layout::empty(stop);
        for a in &solution.assignments {
            let (Some(&e), Some(&s)) = (
                exhibitors.get(a.exhibitor.as_str()),
                stands.get(a.stand.as_str()),
            ) else {
                continue;
            };
            if layout.stand[e].is_none() && layout.occupant[s].is_none() {
                layout.place(e, s);
            }
        }
        layout
    }

    /// The layout of a complete assignment: `stand_of[e]` is the stand of exhibitor `e`.
    ///
    /// # Panics
    /// When two exhibitors are given one stand.
    pub fn from_assignment(stop: &Stop, stand_of: &[usize]) -> Layout {
        let mut layout = Layout::empty(stop);
        for (e, &s) in stand_of.iter().enumerate() {
            assert!(layout.occupant[s].is_none(), "one exhibitor per stand");
            layout.place(e, s);
        }
        layout
    }

    /// The exhibitor on a stand, if any.
    pub fn occupant(&self, stand: usize) -> Option<usize> {
        self.occupant[stand]
    }

    /// The stand of an exhibitor, if it has one.
    pub fn stand_of(&self, exhibitor: usize) -> Option<usize> {
        self.stand[exhibitor]
    }

    /// The stand of every exhibitor, when everyone has one.
    pub fn complete(&self) -> Option<Vec<usize>> {
        self.stand.iter().copied().collect()
    }

    /// Puts an exhibitor on a free stand (it leaves the stand it had, if any).
    ///
    /// # Panics
    /// When the stand is taken by someone else.
    pub fn place(&mut self, exhibitor: usize, stand: usize) {
        assert!(
            self.occupant[stand].is_none_or(|o| o == exhibitor),
            "the stand is free"
        );
        self.exchange(exhibitor, stand);
    }

    /// Puts an exhibitor on a stand, and whoever was there on the exhibitor's former stand (or
    /// on none, when the exhibitor had none).
    pub fn exchange(&mut self, exhibitor: usize, stand: usize) {
        let from = self.stand[exhibitor];
        let other = self.occupant[stand];
        if let Some(f) = from {
            self.occupant[f] = other;
        }
        if let Some(o) = other {
            self.stand[o] = from;
        }
        self.occupant[stand] = Some(exhibitor);
        self.stand[exhibitor] = Some(stand);
    }
}

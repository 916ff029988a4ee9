//! Where the outlines of the zones and the labels go on the page, so that no outline crosses a
//! stand and no label lies on one.
//!
//! A zone is outlined by the rectangle around its stands when no stand of another zone lies in
//! it, else by the rectangles around its runs of stands in a row (a run ends where a stand of
//! another zone would fall inside), else stand by stand. Each rectangle is then widened by a
//! margin on each side, but by no more than half the gap to the nearest stand of another zone:
//! two zones facing each other across an aisle share it, and rows set back to back keep their
//! outlines on their common back edge.

/// A rectangle on the page, in dots.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Area {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

/// What two rectangles may share without being said to overlap: rounding of the drawing.
const EPS: f64 = 0.01;

impl Area {
    pub fn new(x0: f64, y0: f64, x1: f64, y1: f64) -> Area {
        Area { x0, y0, x1, y1 }
    }

    /// Whether the two share some surface (touching edges do not count).
    pub fn overlaps(&self, o: &Area) -> bool {
        self.x0 < o.x1 - EPS && o.x0 < self.x1 - EPS && self.y0 < o.y1 - EPS && o.y0 < self.y1 - EPS
    }

    /// The smallest rectangle holding both.
    pub fn union(&self, o: &Area) -> Area {
        Area::new(
            self.x0.min(o.x0),
            self.y0.min(o.y0),
            self.x1.max(o.x1),
            self.y1.max(o.y1),
        )
    }

    /// The rectangle grown by `d` on every side.
    pub fn grown(&self, d: f64) -> Area {
        Area::new(self.x0 - d, self.y0 - d, self.x1 + d, self.y1 + d)
    }

    /// Whether `o` lies wholly inside.
    pub fn holds(&self, o: &Area) -> bool {
        o.x0 >= self.x0 - EPS
            && o.y0 >= self.y0 - EPS
            && o.x1 <= self.x1 + EPS
            && o.y1 <= self.y1 + EPS
    }

    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }
}

/// The rectangle around some areas.
fn around(areas: impl IntoIterator<Item = Area>) -> Option<Area> {
    areas.into_iter().reduce(|a, b| a.union(&b))
}

/// `r` widened by at most `pad` on each side, by no more than half the gap to any of `others`.
fn widen(r: Area, others: &[Area], pad: f64) -> Area {
    let mut r = r;
    // West, then east, north and south: each step keeps clear of the others as they lie then.
    for side in 0..4 {
        let mut room = pad;
        for o in others {
            let (gap, across) = match side {
                0 => (r.x0 - o.x1, o.y0 < r.y1 - EPS && r.y0 < o.y1 - EPS),
                1 => (o.x0 - r.x1, o.y0 < r.y1 - EPS && r.y0 < o.y1 - EPS),
                2 => (r.y0 - o.y1, o.x0 < r.x1 - EPS && r.x0 < o.x1 - EPS),
                _ => (o.y0 - r.y1, o.x0 < r.x1 - EPS && r.x0 < o.x1 - EPS),
            };
            if across && gap > -EPS {
                room = room.min((gap / 2.0).max(0.0));
            }
        }
        match side {
            0 => r.x0 -= room,
            1 => r.x1 += room,
            2 => r.y0 -= room,
            _ => r.y1 += room,
        }
    }
    r
}

/// The outline of a zone: one rectangle or more, holding each of its stands (`own`), sharing no
/// surface with the stands of other zones (`others`), widened by up to `pad`.
pub(crate) fn zone_outline(own: &[Area], others: &[Area], pad: f64) -> Vec<Area> {
    let clear = |r: &Area| !others.iter().any(|o| o.overlaps(r));
    let Some(all) = around(own.iter().copied()) else {
        return Vec::new();
    };
    let boxes = if clear(&all) {
        vec![all]
    } else {
        // Runs of stands along rows: same north and south edges, west to east.
        let mut sorted = own.to_vec();
        sorted.sort_by(|a, b| {
            (a.y0, a.y1, a.x0)
                .partial_cmp(&(b.y0, b.y1, b.x0))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        let mut runs: Vec<Area> = Vec::new();
        for s in sorted {
            match runs.last_mut() {
                Some(run)
                    if (run.y0 - s.y0).abs() < EPS
                        && (run.y1 - s.y1).abs() < EPS
                        && clear(&run.union(&s)) =>
                {
                    *run = run.union(&s);
                }
                _ => runs.push(s),
            }
        }
        runs
    };
    boxes.into_iter().map(|b| widen(b, others, pad)).collect()
}

/// The first place for a label `w` by `h` dots near `zone` that overlaps none of `taken` and
/// stays inside `room`: inside the zone's outline first (from its top, on the side where
/// reading begins), else just above it, else just below it.
pub(crate) fn free_spot(
    zone: &Area,
    w: f64,
    h: f64,
    taken: &[Area],
    room: &Area,
    rtl: bool,
) -> Option<Area> {
    let fits = |a: &Area| room.holds(a) && !taken.iter().any(|t| t.overlaps(a));
    let xs = |from: f64, to: f64| {
        let n = ((to - from - w) / 4.0).floor().max(0.0) as usize;
        (0..=n).map(move |k| {
            if rtl {
                to - w - 4.0 * k as f64
            } else {
                from + 4.0 * k as f64
            }
        })
    };
    let inside = {
        let n = ((zone.height() - h - 4.0) / 2.0).floor().max(-1.0);
        (0..=(n as i64).max(-1)).map(|k| zone.y0 + 2.0 + 2.0 * k as f64)
    };
    let outside = (0..40).flat_map(|k| {
        let d = 2.0 + 3.0 * f64::from(k);
        [zone.y0 - h - d, zone.y1 + d]
    });
    for y in inside.chain(outside) {
        for x in xs(zone.x0 + 2.0, zone.x1 - 2.0) {
            let a = Area::new(x, y, x + w, y + h);
            if fits(&a) {
                return Some(a);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_back_to_back_keep_their_outlines_on_their_common_edge() {
        // Zone 1: a row from y 0 to 3 and one from 7 to 10; zone 2 from 10 to 13, touching.
        let own = [
            Area::new(0.0, 0.0, 3.0, 3.0),
            Area::new(0.0, 7.0, 3.0, 10.0),
        ];
        let others = [Area::new(0.0, 10.0, 3.0, 13.0)];
        let outline = zone_outline(&own, &others, 1.0);
        assert_eq!(outline, [Area::new(-1.0, -1.0, 4.0, 10.0)]);
    }

    #[test]
    fn a_zone_split_by_another_is_outlined_in_runs() {
        let own = [Area::new(0.0, 0.0, 3.0, 3.0), Area::new(6.0, 0.0, 9.0, 3.0)];
        let others = [Area::new(3.0, 0.0, 6.0, 3.0)];
        let outline = zone_outline(&own, &others, 1.0);
        assert_eq!(outline.len(), 2);
        for o in &outline {
            assert!(!o.overlaps(&others[0]));
        }
        assert!(own.iter().all(|s| outline.iter().any(|o| o.holds(s))));
    }

    #[test]
    fn zones_across_an_aisle_share_it() {
        let own = [Area::new(0.0, 0.0, 3.0, 3.0)];
        let others = [Area::new(0.0, 5.0, 3.0, 8.0)];
        assert_eq!(zone_outline(&own, &others, 4.0)[0].y1, 4.0);
    }

    #[test]
    fn a_label_goes_in_the_aisle_not_on_a_stand() {
        let stands = [
            Area::new(0.0, 0.0, 100.0, 30.0),
            Area::new(0.0, 60.0, 100.0, 90.0),
        ];
        let zone = Area::new(-2.0, -2.0, 102.0, 92.0);
        let room = Area::new(-50.0, -50.0, 200.0, 200.0);
        let spot = free_spot(&zone, 40.0, 20.0, &stands, &room, false).unwrap();
        assert!(spot.y0 >= 30.0 && spot.y1 <= 60.0, "{spot:?}");
        assert!(stands.iter().all(|s| !s.overlaps(&spot)));
    }
}

//! The venue as geometry and as a graph: stand rectangles, and which stands are neighbours.
//!
//! Neighbours come from two sources (see the stop format): pairs listed by hand, and pairs the
//! geometry implies when `derive` is on —
//! * `side`: the two rectangles share a boundary segment of positive length;
//! * `back`: the same, where that boundary is the back of both stands (both fronts known);
//! * `facing`: the fronts open toward each other across an aisle of width in (0, `max_aisle`],
//!   and the two stands overlap along the aisle by a positive length.
//!
//! A pair listed by hand overrides the derived kind of the same pair.

use crate::format::{EdgeKind, Front, Stand};
use petgraph::graph::{NodeIndex, UnGraph};
use std::collections::BTreeMap;

/// Lengths closer than this (metres) are equal.
pub const EPS: f64 = 1e-6;

/// An axis-aligned rectangle `[x0, x1] × [y0, y1]`, y growing to the south.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// West edge.
    pub x0: f64,
    /// North edge.
    pub y0: f64,
    /// East edge.
    pub x1: f64,
    /// South edge.
    pub y1: f64,
}

impl Rect {
    /// The rectangle of a stand.
    pub fn of(stand: &Stand) -> Rect {
        Rect {
            x0: stand.x,
            y0: stand.y,
            x1: stand.x + stand.width,
            y1: stand.y + stand.depth,
        }
    }

    /// True when the two rectangles share ground of positive area.
    pub fn overlaps(&self, o: &Rect) -> bool {
        overlap(self.x0, self.x1, o.x0, o.x1) > EPS && overlap(self.y0, self.y1, o.y0, o.y1) > EPS
    }

    /// The edge of `self` that lies on a boundary shared with `o` over a positive length.
    pub fn touching_edge(&self, o: &Rect) -> Option<Front> {
        let along_x = overlap(self.x0, self.x1, o.x0, o.x1) > EPS;
        let along_y = overlap(self.y0, self.y1, o.y0, o.y1) > EPS;
        if along_y && (self.x1 - o.x0).abs() <= EPS {
            Some(Front::East)
        } else if along_y && (self.x0 - o.x1).abs() <= EPS {
            Some(Front::West)
        } else if along_x && (self.y1 - o.y0).abs() <= EPS {
            Some(Front::South)
        } else if along_x && (self.y0 - o.y1).abs() <= EPS {
            Some(Front::North)
        } else {
            None
        }
    }
}

/// Length of the overlap of two intervals (negative when apart).
fn overlap(a0: f64, a1: f64, b0: f64, b1: f64) -> f64 {
    a1.min(b1) - a0.max(b0)
}

/// The side opposite a front: the back of a stand.
pub fn opposite(f: Front) -> Front {
    match f {
        Front::North => Front::South,
        Front::South => Front::North,
        Front::East => Front::West,
        Front::West => Front::East,
    }
}

/// The kind of neighbour pair the geometry implies for two stands, if any.
pub fn derived_kind(a: &Stand, b: &Stand, max_aisle: f64) -> Option<EdgeKind> {
    let (ra, rb) = (Rect::of(a), Rect::of(b));
    if let Some(edge_a) = ra.touching_edge(&rb) {
        let backs = match (a.front, b.front) {
            (Some(fa), Some(fb)) => edge_a == opposite(fa) && opposite(edge_a) == opposite(fb),
            _ => false,
        };
        return Some(if backs {
            EdgeKind::Back
        } else {
            EdgeKind::Side
        });
    }
    let (fa, fb) = (a.front?, b.front?);
    if faces(&ra, fa, &rb, fb, max_aisle) || faces(&rb, fb, &ra, fa, max_aisle) {
        Some(EdgeKind::Facing)
    } else {
        None
    }
}

/// True when `a` (front `fa`) opens toward `b` (front `fb`) across an aisle, `a` being north or
/// west of `b`.
fn faces(a: &Rect, fa: Front, b: &Rect, fb: Front, max_aisle: f64) -> bool {
    let (gap, along) = match (fa, fb) {
        (Front::South, Front::North) => (b.y0 - a.y1, overlap(a.x0, a.x1, b.x0, b.x1)),
        (Front::East, Front::West) => (b.x0 - a.x1, overlap(a.y0, a.y1, b.y0, b.y1)),
        _ => return false,
    };
    gap > EPS && gap <= max_aisle + EPS && along > EPS
}

/// Every pair of stands (indices, smaller first) that the geometry makes neighbours.
pub fn derive_edges(stands: &[Stand], max_aisle: f64) -> Vec<(usize, usize, EdgeKind)> {
    // Sort by west edge so that a pair farther apart east–west than the aisle is never tested.
    let mut order: Vec<usize> = (0..stands.len()).collect();
    order.sort_by(|&i, &j| stands[i].x.total_cmp(&stands[j].x).then(i.cmp(&j)));
    let mut out = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let reach = stands[i].x + stands[i].width + max_aisle + EPS;
        for &j in &order[k + 1..] {
            if stands[j].x > reach {
                break;
            }
            if let Some(kind) = derived_kind(&stands[i], &stands[j], max_aisle) {
                out.push((i.min(j), i.max(j), kind));
            }
        }
    }
    out.sort_by_key(|e| (e.0, e.1));
    out
}

/// The neighbour graph of a venue: one node per stand (node index = stand index), one edge per
/// neighbour pair, weighted by its kind.
#[derive(Debug, Clone)]
pub struct Venue {
    /// The graph; node `i` is stand `i`.
    pub graph: UnGraph<(), EdgeKind>,
}

impl Venue {
    /// Builds the graph from derived pairs (when `derive` is `Some(max_aisle)`) and hand-listed
    /// pairs, which override the derived kind. Hand pairs must name distinct, known stands.
    pub fn build(
        stands: &[Stand],
        derive: Option<f64>,
        hand: &[(usize, usize, EdgeKind)],
    ) -> Venue {
        let mut pairs: BTreeMap<(usize, usize), EdgeKind> = BTreeMap::new();
        if let Some(max_aisle) = derive {
            for (a, b, k) in derive_edges(stands, max_aisle) {
                pairs.insert((a, b), k);
            }
        }
        for &(a, b, k) in hand {
            pairs.insert((a.min(b), a.max(b)), k);
        }
        let mut graph = UnGraph::with_capacity(stands.len(), pairs.len());
        for _ in stands {
            graph.add_node(());
        }
        for ((a, b), k) in pairs {
            graph.add_edge(NodeIndex::new(a), NodeIndex::new(b), k);
        }
        Venue { graph }
    }

    /// Every neighbour pair `(a, b, kind)` with `a < b`, in a stable order.
    pub fn edges(&self) -> impl Iterator<Item = (usize, usize, EdgeKind)> + '_ {
        self.graph.edge_indices().map(move |e| {
            let (a, b) = self.graph.edge_endpoints(e).expect("edge of this graph");
            (a.index(), b.index(), self.graph[e])
        })
    }

    /// The neighbours of a stand with the kind of each pair.
    pub fn neighbours(&self, stand: usize) -> impl Iterator<Item = (usize, EdgeKind)> + '_ {
        use petgraph::visit::EdgeRef;
        self.graph.edges(NodeIndex::new(stand)).map(move |e| {
            let other = if e.source().index() == stand {
                e.target().index()
            } else {
                e.source().index()
            };
            (other, *e.weight())
        })
    }

    /// Number of neighbour pairs of each kind.
    pub fn count_by_kind(&self) -> BTreeMap<EdgeKind, usize> {
        let mut m = BTreeMap::new();
        for (_, _, k) in self.edges() {
            *m.entry(k).or_insert(0) += 1;
        }
        m
    }
}

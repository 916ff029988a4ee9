//! The neighbour pairs of a square, read from the stop file as its format defines them: pairs
//! the stands' ground implies when `derive` is on (or `adjacency` is left out), and pairs listed
//! by hand, which override the kind of the same pair.
//!
//! * Two stands whose rectangles share a boundary of positive length are `side` neighbours, or
//!   `back` neighbours when that boundary is the back of both (both fronts given). Touching at a
//!   corner makes no neighbours.
//! * Two stands are `facing` neighbours when both fronts are given and point at each other
//!   across an aisle strictly wider than 0 and at most `max_aisle` wide, and the stands overlap
//!   along the aisle by a positive length.

use crate::format::{EdgeKind, Front, Problem, Stand, DEFAULT_MAX_AISLE};
use std::collections::{BTreeMap, HashMap};

/// Lengths closer than this (metres) are equal.
const EPS: f64 = 1e-6;

/// Every neighbour pair of the stop's square: `(a, b, kind)` with stand indices `a < b`, in
/// increasing order of `(a, b)`.
pub fn neighbour_pairs(problem: &Problem) -> Vec<(usize, usize, EdgeKind)> {
    let (max_aisle, hand) = match &problem.adjacency {
        None => (Some(DEFAULT_MAX_AISLE), &[][..]),
        Some(a) => (a.derive.as_ref().map(|d| d.max_aisle), &a.edges[..]),
    };
    let stands = &problem.stands;
    let mut pairs = BTreeMap::new();
    if let Some(max_aisle) = max_aisle {
        for b in 0..stands.len() {
            for a in 0..b {
                if let Some(kind) = kind_of(&stands[a], &stands[b], max_aisle) {
                    pairs.insert((a, b), kind);
                }
            }
        }
    }
    let index: HashMap<&str, usize> = stands
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    for edge in hand {
        if let (Some(&a), Some(&b)) = (index.get(edge.a.as_str()), index.get(edge.b.as_str())) {
            if a != b {
                pairs.insert((a.min(b), a.max(b)), edge.kind);
            }
        }
    }
    pairs.into_iter().map(|((a, b), k)| (a, b, k)).collect()
}

/// The ground a stand covers, by its four edges (y grows to the south).
struct Ground {
    west: f64,
    east: f64,
    north: f64,
    south: f64,
}

impl Ground {
    fn of(s: &Stand) -> Ground {
        Ground {
            west: s.x,
            east: s.x + s.width,
            north: s.y,
            south: s.y + s.depth,
        }
    }
}

/// How far two intervals overlap (negative when apart).
fn overlap(a: (f64, f64), b: (f64, f64)) -> f64 {
    a.1.min(b.1) - a.0.max(b.0)
}

/// The kind of neighbours two stands are by their ground, if they are neighbours at all.
fn kind_of(a: &Stand, b: &Stand, max_aisle: f64) -> Option<EdgeKind> {
    let (ga, gb) = (Ground::of(a), Ground::of(b));
    if let Some(side) = touching_side(&ga, &gb) {
        // `a` touches `b` with its side `side`, and `b` touches `a` with the opposite one: each
        // is a back when the stand's front is across from it.
        let back_to_back = a.front == Some(opposite(side)) && b.front == Some(side);
        return Some(if back_to_back {
            EdgeKind::Back
        } else {
            EdgeKind::Side
        });
    }
    facing(&ga, a.front?, &gb, b.front?, max_aisle).then_some(EdgeKind::Facing)
}

/// The side of `a` that lies along a side of `b` over a positive length.
fn touching_side(a: &Ground, b: &Ground) -> Option<Front> {
    let along_x = overlap((a.west, a.east), (b.west, b.east));
    let along_y = overlap((a.north, a.south), (b.north, b.south));
    [
        (Front::East, a.east, b.west, along_y),
        (Front::West, a.west, b.east, along_y),
        (Front::South, a.south, b.north, along_x),
        (Front::North, a.north, b.south, along_x),
    ]
    .into_iter()
    .find(|&(_, mine, theirs, along)| (mine - theirs).abs() <= EPS && along > EPS)
    .map(|(side, ..)| side)
}

/// The side across a stand from `side`.
fn opposite(side: Front) -> Front {
    match side {
        Front::North => Front::South,
        Front::South => Front::North,
        Front::East => Front::West,
        Front::West => Front::East,
    }
}

/// Whether the fronts of `a` and `b` open toward each other across an aisle of width in
/// (0, `max_aisle`], the stands overlapping along it.
fn facing(a: &Ground, fa: Front, b: &Ground, fb: Front, max_aisle: f64) -> bool {
    let along_x = overlap((a.west, a.east), (b.west, b.east));
    let along_y = overlap((a.north, a.south), (b.north, b.south));
    let (aisle, along) = match (fa, fb) {
        (Front::South, Front::North) => (b.north - a.south, along_x),
        (Front::North, Front::South) => (a.north - b.south, along_x),
        (Front::East, Front::West) => (b.west - a.east, along_y),
        (Front::West, Front::East) => (a.west - b.east, along_y),
        _ => return false,
    };
    aisle > EPS && aisle <= max_aisle + EPS && along > EPS
}

//! Neighbours derived from the geometry match what a planner sees on a drawn plan.

use caravane::format::{EdgeKind, Front, Stand};
use caravane::stop::venue::{derive_edges, Venue};

fn stand(id: &str, x: f64, y: f64, w: f64, d: f64, front: Option<Front>) -> Stand {
    Stand {
        id: id.into(),
        x,
        y,
        width: w,
        depth: d,
        front,
        zone: None,
        tags: vec![],
    }
}

fn s3(id: &str, x: f64, y: f64, front: Front) -> Stand {
    stand(id, x, y, 3.0, 3.0, Some(front))
}

fn edges(stands: &[Stand], max_aisle: f64) -> Vec<(String, String, EdgeKind)> {
    derive_edges(stands, max_aisle)
        .into_iter()
        .map(|(a, b, k)| (stands[a].id.clone(), stands[b].id.clone(), k))
        .collect()
}

fn e(a: &str, b: &str, k: EdgeKind) -> (String, String, EdgeKind) {
    (a.into(), b.into(), k)
}

#[test]
fn stands_side_by_side_in_a_row_are_side_neighbours() {
    let row = [
        s3("A1", 0.0, 0.0, Front::South),
        s3("A2", 3.0, 0.0, Front::South),
        s3("A3", 6.0, 0.0, Front::South),
    ];
    assert_eq!(
        edges(&row, 5.0),
        vec![e("A1", "A2", EdgeKind::Side), e("A2", "A3", EdgeKind::Side)]
    );
}

#[test]
fn stands_whose_backs_touch_are_back_neighbours() {
    // A1 opens to the north, so its back is its south edge; B1 opens to the south.
    let plan = [
        s3("A1", 0.0, 0.0, Front::North),
        s3("B1", 0.0, 3.0, Front::South),
    ];
    assert_eq!(edges(&plan, 5.0), vec![e("A1", "B1", EdgeKind::Back)]);
}

#[test]
fn a_back_against_a_front_is_only_side() {
    // Both open to the north: A1's back touches B1's front.
    let plan = [
        s3("A1", 0.0, 0.0, Front::North),
        s3("B1", 0.0, 3.0, Front::North),
    ];
    assert_eq!(edges(&plan, 5.0), vec![e("A1", "B1", EdgeKind::Side)]);
}

#[test]
fn stands_without_fronts_that_touch_are_side_and_never_facing() {
    let plan = [
        stand("A1", 0.0, 0.0, 3.0, 3.0, None),
        stand("A2", 0.0, 3.0, 3.0, 3.0, None),
        stand("C1", 0.0, 10.0, 3.0, 3.0, None),
    ];
    assert_eq!(edges(&plan, 5.0), vec![e("A1", "A2", EdgeKind::Side)]);
}

#[test]
fn fronts_across_an_aisle_face_each_other_up_to_the_widest_aisle() {
    let plan = [
        s3("A1", 0.0, 0.0, Front::South),
        s3("B1", 0.0, 7.0, Front::North),
    ];
    assert_eq!(edges(&plan, 5.0), vec![e("A1", "B1", EdgeKind::Facing)]);
    assert_eq!(
        edges(&plan, 4.0),
        vec![e("A1", "B1", EdgeKind::Facing)],
        "an aisle of exactly max_aisle counts"
    );
    assert_eq!(
        edges(&plan, 3.9),
        vec![],
        "a wider aisle than max_aisle does not"
    );
}

#[test]
fn facing_needs_overlap_along_the_aisle() {
    let offset = [
        s3("A1", 0.0, 0.0, Front::South),
        s3("B1", 3.0, 7.0, Front::North),
    ];
    assert_eq!(edges(&offset, 5.0), vec![], "only the corners line up");
    let partial = [
        s3("A1", 0.0, 0.0, Front::South),
        s3("B1", 1.5, 7.0, Front::North),
    ];
    assert_eq!(edges(&partial, 5.0), vec![e("A1", "B1", EdgeKind::Facing)]);
}

#[test]
fn fronts_turned_away_do_not_face() {
    let plan = [
        s3("A1", 0.0, 0.0, Front::North),
        s3("B1", 0.0, 7.0, Front::South),
    ];
    assert_eq!(edges(&plan, 5.0), vec![]);
    let same_way = [
        s3("A1", 0.0, 0.0, Front::South),
        s3("B1", 0.0, 7.0, Front::South),
    ];
    assert_eq!(edges(&same_way, 5.0), vec![]);
}

#[test]
fn east_and_west_fronts_face_across_a_north_south_aisle() {
    let plan = [
        s3("A1", 0.0, 0.0, Front::East),
        s3("B1", 7.0, 1.0, Front::West),
    ];
    assert_eq!(edges(&plan, 5.0), vec![e("A1", "B1", EdgeKind::Facing)]);
}

#[test]
fn touching_at_a_corner_only_is_no_neighbour() {
    let plan = [
        s3("A1", 0.0, 0.0, Front::South),
        s3("B1", 3.0, 3.0, Front::South),
    ];
    assert_eq!(edges(&plan, 5.0), vec![]);
}

#[test]
fn a_double_pitch_neighbours_both_stands_behind_it() {
    // A 6 m double pitch opening north, with two 3 m stands behind it opening south.
    let plan = [
        stand("D1", 0.0, 0.0, 6.0, 3.0, Some(Front::North)),
        s3("B1", 0.0, 3.0, Front::South),
        s3("B2", 3.0, 3.0, Front::South),
    ];
    assert_eq!(
        edges(&plan, 5.0),
        vec![
            e("D1", "B1", EdgeKind::Back),
            e("D1", "B2", EdgeKind::Back),
            e("B1", "B2", EdgeKind::Side)
        ]
    );
}

#[test]
fn a_small_square_of_two_double_rows_has_the_expected_graph() {
    // Row A opens south, a 4 m aisle, rows B (north) and C (south) back to back.
    let plan = [
        s3("A1", 0.0, 0.0, Front::South),
        s3("A2", 3.0, 0.0, Front::South),
        s3("B1", 0.0, 7.0, Front::North),
        s3("B2", 3.0, 7.0, Front::North),
        s3("C1", 0.0, 10.0, Front::South),
        s3("C2", 3.0, 10.0, Front::South),
    ];
    let venue = Venue::build(&plan, Some(5.0), &[]);
    let mut got: Vec<_> = venue
        .edges()
        .map(|(a, b, k)| (plan[a].id.as_str(), plan[b].id.as_str(), k))
        .collect();
    got.sort();
    assert_eq!(
        got,
        vec![
            ("A1", "A2", EdgeKind::Side),
            ("A1", "B1", EdgeKind::Facing),
            ("A2", "B2", EdgeKind::Facing),
            ("B1", "B2", EdgeKind::Side),
            ("B1", "C1", EdgeKind::Back),
            ("B2", "C2", EdgeKind::Back),
            ("C1", "C2", EdgeKind::Side),
        ]
    );
    let counts = venue.count_by_kind();
    assert_eq!(
        (
            counts[&EdgeKind::Side],
            counts[&EdgeKind::Facing],
            counts[&EdgeKind::Back]
        ),
        (3, 2, 2)
    );
    assert_eq!(
        venue.neighbours(2).count(),
        3,
        "B1 touches B2, faces A1 and backs onto C1"
    );
}

#[test]
fn a_pair_listed_by_hand_overrides_the_derived_kind_and_adds_unseen_pairs() {
    let plan = [
        s3("A1", 0.0, 0.0, Front::South),
        s3("A2", 3.0, 0.0, Front::South),
        s3("A3", 7.0, 0.0, Front::South),
    ];
    // A1–A2 touch (side) but the planner says a curtain makes them back-like; A2–A3 stand 1 m
    // apart around a tree and are neighbours all the same.
    let venue = Venue::build(
        &plan,
        Some(5.0),
        &[(1, 0, EdgeKind::Back), (1, 2, EdgeKind::Side)],
    );
    let got: Vec<_> = venue.edges().collect();
    assert_eq!(got, vec![(0, 1, EdgeKind::Back), (1, 2, EdgeKind::Side)]);
}

#[test]
fn without_derive_only_hand_pairs_count() {
    let plan = [
        s3("A1", 0.0, 0.0, Front::South),
        s3("A2", 3.0, 0.0, Front::South),
    ];
    assert_eq!(Venue::build(&plan, None, &[]).edges().count(), 0);
}

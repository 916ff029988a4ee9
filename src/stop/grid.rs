//! A venue from a few numbers: the layouts town squares use, rows of stands of one size with
//! aisles between them.
//!
//! **Reading.** Rows are lettered from the north (`A`, `B`…), stands numbered from the west
//! (`A01`, `A02`…), as the shipped stops are; the first stand's north-west corner is at
//! x = 0, y = 0. Each row's front is set by [`Facing`]: an aisle of [`Grid::aisle`] metres runs
//! between two rows wherever a front opens onto the space between them, and two rows whose
//! backs meet stand back to back with no space between. A cross aisle of the same width may
//! cut every row after given stand numbers ([`Grid::cross_aisles`]). A stand is a corner
//! (`corner`) where its row ends, at the edge of the square or at a cross aisle.
//!
//! Stands are picked, for prime stands, zones and tags, by a list of items separated by commas:
//! a stand (`A01`), stands of one row (`A01-A05`), a block (`A01-B05`: rows A to B, stands 1
//! to 5), a whole row or rows (`C`, `E-F`), or whole columns (`1`, `1-4`: those stands of
//! every row). Prime stands may also be named by a word: `corners` (every corner), `ends` (the
//! two ends of every row), `cross-aisle` (the stands beside a cross aisle), `entrance` (the
//! stands nearest the entrance: its row, or its column on the east or west).
//!
//! Every option is checked and every problem reported at once, each naming its option.

use super::diagnostic::{Code, Diagnostic, Known};
use super::region::VenueParts;
use super::validate::{MAX_COORDINATE, MAX_SIZE};
use crate::format::{Front, Landmark, LandmarkKind, Stand};
use crate::t;
use std::collections::{BTreeMap, BTreeSet};

/// How the rows face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Facing {
    /// Rows face each other in pairs across an aisle, and the pairs stand back to back: the
    /// first row opens south, the second north, the third south… (the Taroudant square).
    #[default]
    Pairs,
    /// Rows stand back to back in pairs, islands with an aisle on both sides: the first row
    /// opens north, onto the edge of the square, the second south, the third north…
    BackToBack,
    /// Every row opens south, with an aisle before each.
    AllSouth,
    /// Every row opens north, with an aisle before each.
    AllNorth,
}

impl Facing {
    /// The words the command line takes, in the order of [`Facing::ALL`].
    pub const WORDS: [&'static str; 4] = ["pairs", "back-to-back", "all-south", "all-north"];

    /// Every layout.
    pub const ALL: [Facing; 4] = [
        Facing::Pairs,
        Facing::BackToBack,
        Facing::AllSouth,
        Facing::AllNorth,
    ];

    /// The layout a word names.
    ///
    /// ```
    /// use caravane::stop::grid::Facing;
    /// assert_eq!(Facing::from_word("back-to-back"), Some(Facing::BackToBack));
    /// assert_eq!(Facing::from_word("dos à dos"), Some(Facing::BackToBack));
    /// assert_eq!(Facing::from_word("sideways"), None);
    /// ```
    pub fn from_word(word: &str) -> Option<Facing> {
        Some(match super::diagnostic::fold(word).as_str() {
            "pairs" | "paires" | "face" | "faceaface" => Facing::Pairs,
            "backtoback" | "dosados" => Facing::BackToBack,
            "allsouth" | "south" | "sud" | "toutsud" => Facing::AllSouth,
            "allnorth" | "north" | "nord" | "toutnord" => Facing::AllNorth,
            _ => return None,
        })
    }

    /// The front of row `r` (counted from 0, north first).
    pub fn front(self, r: usize) -> Front {
        let even = r.is_multiple_of(2);
        match self {
            Facing::Pairs if even => Front::South,
            Facing::Pairs => Front::North,
            Facing::BackToBack if even => Front::North,
            Facing::BackToBack => Front::South,
            Facing::AllSouth => Front::South,
            Facing::AllNorth => Front::North,
        }
    }
}

/// A grid of stands, as the command line gives it. The lists are read as the module says.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    /// Number of rows (1 to 26).
    pub rows: usize,
    /// Stands in each row (1 to 99).
    pub per_row: usize,
    /// East–west size of a stand, metres.
    pub width: f64,
    /// North–south size of a stand, metres.
    pub depth: f64,
    /// Width of the aisles, metres.
    pub aisle: f64,
    /// How the rows face.
    pub facing: Facing,
    /// Cross aisles: after these stand numbers (1-based), every row is cut by an aisle.
    pub cross_aisles: Vec<usize>,
    /// Prime stands: words and stand lists.
    pub prime: Vec<String>,
    /// Zones: `ID=STANDS` each.
    pub zones: Vec<String>,
    /// Tags: `TAG=STANDS` each; tags may be written in French (`électricité`).
    pub tags: Vec<String>,
    /// The side of the square where visitors come in, drawn as an entrance.
    pub entrance: Option<Front>,
    /// The entrance's name for people.
    pub entrance_name: String,
}

impl Default for Grid {
    fn default() -> Self {
        Grid {
            rows: 4,
            per_row: 10,
            width: 3.0,
            depth: 3.0,
            aisle: 4.0,
            facing: Facing::Pairs,
            cross_aisles: vec![],
            prime: vec![],
            zones: vec![],
            tags: vec![],
            entrance: None,
            entrance_name: String::new(),
        }
    }
}

/// The letter of row `r` (counted from 0).
fn row_letter(r: usize) -> char {
    (b'A' + r as u8) as char
}

/// The id of the stand of row `r`, column `c` (both from 0): `A01`.
pub fn stand_id(r: usize, c: usize) -> String {
    format!("{}{:02}", row_letter(r), c + 1)
}

/// The words that name prime stands.
const PRIME_WORDS: [&str; 4] = ["corners", "ends", "cross-aisle", "entrance"];

/// The size `3x3`, `2,5 x 3` or `3×2` as (width, depth).
///
/// ```
/// use caravane::stop::grid::parse_size;
/// assert_eq!(parse_size("3x3"), Some((3.0, 3.0)));
/// assert_eq!(parse_size("2,5 x 3"), Some((2.5, 3.0)));
/// assert_eq!(parse_size("6×3"), Some((6.0, 3.0)));
/// assert_eq!(parse_size("3"), None);
/// ```
pub fn parse_size(text: &str) -> Option<(f64, f64)> {
    let lower = text.to_lowercase();
    let (w, d) = lower.split_once(['x', '×', '*'])?;
    Some((parse_metres(w)?, parse_metres(d)?))
}

/// A length as a planner writes it: `2,5`, `2.5`, `3 m`.
///
/// ```
/// use caravane::stop::grid::parse_metres;
/// assert_eq!(parse_metres("2,5"), Some(2.5));
/// assert_eq!(parse_metres(" 4 m"), Some(4.0));
/// assert_eq!(parse_metres("-1,5"), Some(-1.5));
/// assert_eq!(parse_metres("trois"), None);
/// assert_eq!(parse_metres("inf"), None);
/// ```
pub fn parse_metres(text: &str) -> Option<f64> {
    let plain: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202F}' && *c != '\u{A0}')
        .collect();
    let plain = plain.strip_suffix('m').unwrap_or(&plain).replace(',', ".");
    if plain.is_empty()
        || !plain
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '+')
    {
        return None;
    }
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The id of a common stand tag that a word names, in French or as the files write it
/// (`électricité` → `electricity`, `privilégié` → `prime`); None for any other word.
///
/// ```
/// use caravane::stop::grid::common_tag;
/// assert_eq!(common_tag("Électricité"), Some("electricity"));
/// assert_eq!(common_tag("privilégié"), Some("prime"));
/// assert_eq!(common_tag("angle"), Some("corner"));
/// assert_eq!(common_tag("ombre"), None);
/// ```
pub fn common_tag(word: &str) -> Option<&'static str> {
    Some(match super::diagnostic::fold(word).as_str() {
        "electricity" | "electricite" | "elec" | "courant" => "electricity",
        "water" | "eau" | "pointdeau" => "water",
        "covered" | "couvert" | "abrite" => "covered",
        "corner" | "angle" | "coin" => "corner",
        "prime" | "privilegie" | "privilegiee" => "prime",
        "double" => "double",
        _ => return None,
    })
}

/// The common tags, as the files write them and in French, for messages and near matches.
pub const COMMON_TAGS: [(&str, &str); 6] = [
    ("electricity", "électricité"),
    ("water", "eau"),
    ("covered", "couvert"),
    ("corner", "angle"),
    ("prime", "privilégié"),
    ("double", "double"),
];

/// A problem of one option.
fn bad(option: &str, code: Code, cause: String, action: String) -> Diagnostic {
    Diagnostic::new(code, option.to_string(), cause, action)
}

/// The positions (row, column) of a grid.
struct Shape {
    rows: usize,
    per_row: usize,
}

impl Shape {
    /// The row a letter names.
    fn row(&self, text: &str) -> Option<usize> {
        let mut chars = text.chars();
        let c = chars.next()?.to_ascii_uppercase();
        if chars.next().is_some() || !c.is_ascii_uppercase() {
            return None;
        }
        let r = (c as u8 - b'A') as usize;
        (r < self.rows).then_some(r)
    }

    /// The column a number names (from 1).
    fn column(&self, text: &str) -> Option<usize> {
        let n: usize = text.parse().ok()?;
        (1..=self.per_row).contains(&n).then(|| n - 1)
    }

    /// The stand an id names.
    fn stand(&self, text: &str) -> Option<(usize, usize)> {
        let text = text.trim();
        let first = text.chars().next()?;
        let r = self.row(&first.to_string())?;
        let c = self.column(&text[first.len_utf8()..])?;
        Some((r, c))
    }

    /// The stands one item names (see the module), or None when it names no stand of the grid.
    fn item(&self, item: &str) -> Option<Vec<(usize, usize)>> {
        let item = item.trim();
        let (from, to) = match item.split_once('-') {
            Some((a, b)) => (a.trim(), b.trim()),
            None => (item, item),
        };
        let block = |r0: usize, r1: usize, c0: usize, c1: usize| {
            let (r0, r1) = (r0.min(r1), r0.max(r1));
            let (c0, c1) = (c0.min(c1), c0.max(c1));
            (r0..=r1)
                .flat_map(|r| (c0..=c1).map(move |c| (r, c)))
                .collect::<Vec<_>>()
        };
        if let (Some(a), Some(b)) = (self.row(from), self.row(to)) {
            return Some(block(a, b, 0, self.per_row - 1));
        }
        if let (Some(a), Some(b)) = (self.column(from), self.column(to)) {
            return Some(block(0, self.rows - 1, a, b));
        }
        let (a, b) = (self.stand(from)?, self.stand(to)?);
        Some(block(a.0, b.0, a.1, b.1))
    }

    /// The stand of the grid nearest an id past its edge: `A13` is `A12` in rows of 12, `H02`
    /// is `F02` in six rows.
    fn nearest(&self, text: &str) -> Option<String> {
        let text = text.trim();
        let first = text.chars().next()?.to_ascii_uppercase();
        let n: usize = text[first.len_utf8()..].parse().ok()?;
        if !first.is_ascii_uppercase() || n == 0 {
            return None;
        }
        let r = ((first as u8 - b'A') as usize).min(self.rows - 1);
        Some(stand_id(r, n.min(self.per_row) - 1))
    }

    /// Every stand id, for near matches.
    fn ids(&self) -> Vec<String> {
        (0..self.rows)
            .flat_map(|r| (0..self.per_row).map(move |c| stand_id(r, c)))
            .collect()
    }
}

/// The stands a list names, or the problem of its first item that names none.
fn select(
    shape: &Shape,
    option: &str,
    list: &str,
    out: &mut Vec<Diagnostic>,
) -> BTreeSet<(usize, usize)> {
    let mut found = BTreeSet::new();
    for item in list.split([',', '+', ';']).map(str::trim) {
        if item.is_empty() {
            continue;
        }
        match shape.item(item) {
            Some(stands) => found.extend(stands),
            None => {
                // The end of a range that names nothing, matched against the stand ids.
                let wrong = item
                    .split('-')
                    .map(str::trim)
                    .find(|end| shape.item(end).is_none())
                    .unwrap_or(item);
                let ids = shape.ids();
                let known = Known::new("stands", ids.iter().map(|s| (s.as_str(), "")));
                let last = stand_id(shape.rows - 1, shape.per_row - 1);
                let cause = match shape
                    .nearest(wrong)
                    .or_else(|| known.closest(wrong).map(|(id, _)| id.to_string()))
                {
                    Some(meant) => t!(
                        "venue-grid-no-stand-meant",
                        item = wrong,
                        meant = meant.as_str(),
                        last = last.as_str()
                    ),
                    None => t!("venue-grid-no-stand", item = wrong, last = last.as_str()),
                };
                out.push(bad(
                    option,
                    Code::UnknownReference,
                    cause,
                    t!("venue-grid-no-stand-action"),
                ));
            }
        }
    }
    found
}

/// The stands and the entrance of a grid, or every problem of its options.
pub fn build(grid: &Grid) -> Result<VenueParts, Vec<Diagnostic>> {
    let mut out = Vec::new();
    if !(1..=26).contains(&grid.rows) {
        out.push(bad(
            "--rows",
            Code::BadNumber,
            t!("venue-grid-rows", value = grid.rows),
            t!("venue-grid-rows-action"),
        ));
    }
    if !(1..=99).contains(&grid.per_row) {
        out.push(bad(
            "--per-row",
            Code::BadNumber,
            t!("venue-grid-per-row", value = grid.per_row),
            t!("venue-grid-per-row-action"),
        ));
    }
    for (option, v, least) in [
        ("--stand", grid.width, 0.0),
        ("--stand", grid.depth, 0.0),
        ("--aisle", grid.aisle, 0.0),
    ] {
        if !(v.is_finite() && v > least && v <= MAX_SIZE) {
            out.push(bad(
                option,
                Code::BadNumber,
                t!("venue-grid-size", value = v, option = option),
                t!("venue-grid-size-action", max = MAX_SIZE),
            ));
        }
    }
    if !out.is_empty() {
        return Err(out);
    }
    let shape = Shape {
        rows: grid.rows,
        per_row: grid.per_row,
    };
    let mut cross: Vec<usize> = grid.cross_aisles.clone();
    cross.sort_unstable();
    cross.dedup();
    for &k in &cross {
        if !(1..grid.per_row).contains(&k) {
            out.push(bad(
                "--cross-aisle",
                Code::BadNumber,
                t!("venue-grid-cross-aisle", value = k, last = grid.per_row),
                t!("venue-grid-cross-aisle-action", last = grid.per_row - 1),
            ));
        }
    }
    // Where each stand is.
    let fronts: Vec<Front> = (0..grid.rows).map(|r| grid.facing.front(r)).collect();
    let mut ys = vec![0.0; grid.rows];
    for r in 1..grid.rows {
        let opens = fronts[r - 1] == Front::South || fronts[r] == Front::North;
        ys[r] = ys[r - 1] + grid.depth + if opens { grid.aisle } else { 0.0 };
    }
    let xs: Vec<f64> = (0..grid.per_row)
        .map(|c| {
            c as f64 * grid.width + cross.iter().filter(|&&k| k <= c).count() as f64 * grid.aisle
        })
        .collect();
    let east = xs[grid.per_row - 1] + grid.width;
    let south = ys[grid.rows - 1] + grid.depth;
    if east > MAX_COORDINATE || south > MAX_COORDINATE {
        out.push(bad(
            "--rows",
            Code::BadNumber,
            t!("venue-grid-too-large", east = east, south = south),
            t!("venue-grid-too-large-action", max = MAX_COORDINATE),
        ));
        return Err(out);
    }
    let corner = |c: usize| {
        c == 0 || c + 1 == grid.per_row || cross.contains(&c) || cross.contains(&(c + 1))
    };
    // The stands each option names.
    let mut prime: BTreeSet<(usize, usize)> = BTreeSet::new();
    for item in grid.prime.iter().flat_map(|p| p.split([',', '+', ';'])) {
        let word = item.trim();
        let all = (0..grid.rows).flat_map(|r| (0..grid.per_row).map(move |c| (r, c)));
        match super::diagnostic::fold(word).as_str() {
            "" | "none" | "aucun" => {}
            "corners" | "corner" | "angles" | "coins" => {
                prime.extend(all.filter(|&(_, c)| corner(c)));
            }
            "ends" | "bouts" | "extremites" => {
                prime.extend(all.filter(|&(_, c)| c == 0 || c + 1 == grid.per_row));
            }
            "crossaisle" | "passage" | "allee" => {
                prime.extend(all.filter(|&(_, c)| cross.contains(&c) || cross.contains(&(c + 1))));
            }
            "entrance" | "entree" => match grid.entrance {
                None => out.push(bad(
                    "--prime",
                    Code::InvalidValue,
                    t!("venue-grid-prime-no-entrance"),
                    t!("venue-grid-prime-no-entrance-action"),
                )),
                Some(side) => prime.extend(all.filter(|&(r, c)| match side {
                    Front::North => r == 0,
                    Front::South => r + 1 == grid.rows,
                    Front::West => c == 0,
                    Front::East => c + 1 == grid.per_row,
                })),
            },
            _ if word.chars().next().is_some_and(|c| c.is_alphabetic())
                && shape.item(word).is_none()
                && word.chars().count() > 3 =>
            {
                let known = Known::new("prime", PRIME_WORDS.iter().map(|w| (*w, "")));
                let cause = match known.closest(word) {
                    Some((meant, _)) => {
                        t!("venue-grid-prime-word-meant", value = word, meant = meant)
                    }
                    None => t!("venue-grid-prime-word", value = word),
                };
                out.push(bad(
                    "--prime",
                    Code::InvalidValue,
                    cause,
                    t!(
                        "venue-grid-prime-word-action",
                        words = PRIME_WORDS.join(", ")
                    ),
                ));
            }
            _ => prime.extend(select(&shape, "--prime", word, &mut out)),
        }
    }
    let mut zone_of: BTreeMap<(usize, usize), String> = BTreeMap::new();
    for spec in &grid.zones {
        let Some((id, list)) = spec.split_once('=').map(|(a, b)| (a.trim(), b.trim())) else {
            out.push(bad(
                "--zone",
                Code::InvalidValue,
                t!("venue-grid-zone-shape", value = spec.as_str()),
                t!("venue-grid-zone-shape-action"),
            ));
            continue;
        };
        if id.is_empty() {
            out.push(bad(
                "--zone",
                Code::EmptyId,
                t!("venue-grid-zone-shape", value = spec.as_str()),
                t!("venue-grid-zone-shape-action"),
            ));
            continue;
        }
        for at in select(&shape, "--zone", list, &mut out) {
            if let Some(other) = zone_of.get(&at).filter(|z| z.as_str() != id) {
                out.push(bad(
                    "--zone",
                    Code::InvalidValue,
                    t!(
                        "venue-grid-two-zones",
                        stand = stand_id(at.0, at.1),
                        zone = id,
                        other = other.as_str()
                    ),
                    t!("venue-grid-two-zones-action"),
                ));
                break;
            }
            zone_of.insert(at, id.to_string());
        }
    }
    let mut tags_of: BTreeMap<(usize, usize), Vec<String>> = BTreeMap::new();
    for spec in &grid.tags {
        let Some((tag, list)) = spec.split_once('=').map(|(a, b)| (a.trim(), b.trim())) else {
            out.push(bad(
                "--tag",
                Code::InvalidValue,
                t!("venue-grid-tag-shape", value = spec.as_str()),
                t!("venue-grid-tag-shape-action"),
            ));
            continue;
        };
        let tag = match common_tag(tag) {
            Some(t) => t.to_string(),
            None if tag.is_empty() => {
                out.push(bad(
                    "--tag",
                    Code::EmptyId,
                    t!("venue-grid-tag-shape", value = spec.as_str()),
                    t!("venue-grid-tag-shape-action"),
                ));
                continue;
            }
            None => tag.to_string(),
        };
        for at in select(&shape, "--tag", list, &mut out) {
            let tags = tags_of.entry(at).or_default();
            if !tags.contains(&tag) {
                tags.push(tag.clone());
            }
        }
    }
    if !out.is_empty() {
        return Err(out);
    }
    let mut stands = Vec::with_capacity(grid.rows * grid.per_row);
    for r in 0..grid.rows {
        for c in 0..grid.per_row {
            let mut tags = Vec::new();
            if prime.contains(&(r, c)) {
                tags.push("prime".to_string());
            }
            if corner(c) {
                tags.push("corner".to_string());
            }
            for t in tags_of.remove(&(r, c)).unwrap_or_default() {
                if !tags.contains(&t) {
                    tags.push(t);
                }
            }
            stands.push(Stand {
                id: stand_id(r, c),
                x: xs[c],
                y: ys[r],
                width: grid.width,
                depth: grid.depth,
                front: Some(fronts[r]),
                zone: zone_of.get(&(r, c)).cloned(),
                tags,
            });
        }
    }
    let landmarks = grid
        .entrance
        .map(|side| vec![entrance(grid, side, east, south, &cross, &xs)])
        .unwrap_or_default();
    Ok(VenueParts {
        stands,
        zones: vec![],
        landmarks,
        edges: vec![],
    })
}

/// The entrance on one side of the square, an aisle's width away from the stands: in the
/// middle cross aisle when there is one (north or south), else 6 m wide in the middle of that
/// side.
fn entrance(
    grid: &Grid,
    side: Front,
    east: f64,
    south: f64,
    cross: &[usize],
    xs: &[f64],
) -> Landmark {
    const WIDE: f64 = 6.0;
    let middle = cross
        .iter()
        .min_by_key(|&&k| (2 * k).abs_diff(grid.per_row))
        .map(|&k| (xs[k - 1] + grid.width, grid.aisle));
    let (x, y, width, depth) = match side {
        Front::North | Front::South => {
            let (x, width) = middle.unwrap_or(((east - WIDE.min(east)) / 2.0, WIDE.min(east)));
            let y = if side == Front::North {
                -grid.aisle
            } else {
                south + grid.aisle
            };
            (x, y, width, 0.0)
        }
        Front::West | Front::East => {
            let depth = WIDE.min(south);
            let x = if side == Front::West {
                -grid.aisle
            } else {
                east + grid.aisle
            };
            (x, (south - depth) / 2.0, 0.0, depth)
        }
    };
    Landmark {
        kind: LandmarkKind::Entrance,
        name: grid.entrance_name.clone(),
        names: Default::default(),
        x,
        y,
        width,
        depth,
    }
}

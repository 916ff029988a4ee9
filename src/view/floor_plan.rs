//! The floor plan of a stop as an SVG picture, to scale, on an A3 landscape page (420 × 297 mm,
//! so that a browser prints it on A3 and a converter to PDF gives that size): stands as
//! rectangles coloured by the exhibitor's province, with the stand number, the exhibitor's name
//! on one or two lines ([`set_name`]) and the family's code ([`family_codes`]); prime stands
//! with a dark star on a light outline (seen on every province colour) and a gold border; the
//! front of each stand (the side visitors walk past) as a dark edge; zones outlined without
//! crossing any stand, and named in an aisle or the margin with their exhibitors per province
//! ([`zone_name`]); the entrance, the streets and the landmarks the stop file names
//! ([`Landmark`]); a scale bar in metres and a north arrow (north is up: y grows to the south);
//! clashing neighbours joined by a red line under the names, with a number, set off the text,
//! that the legend explains.
//!
//! The plan speaks the document's language (French by default, English, Arabic): the title
//! with the stop's dates ("du 7 au 12 novembre 2025"), the legend, the zones' and landmarks'
//! names and the figures (decimal comma in French and Arabic). In Arabic the title and the
//! legend are set for reading from the right; the square is drawn as it lies.
//!
//! The clashes and their reasons come from the independent checker ([`crate::check`]), so the
//! picture shows what `check` would say. Names are written as they are: Arabic and Tifinagh
//! render with any font that has them (the font list names Noto's). Every text is measured with
//! [`text_width`] and set so that it stays inside its stand, its aisle or the legend's column.

mod outline;
mod text;

pub use text::{distinctive_words, set_name, short_name, text_width, NameLines};

use crate::check::{check, claim};
use crate::format::{Front, Landmark, LandmarkKind, Problem, Solution};
use crate::i18n::numbers::{date_range_text, figure};
use crate::i18n::{self, tl, Lang};
use crate::stop::layout::Layout;
use crate::stop::model::Stop;
use crate::view::names::{family_codes, zone_name};
use crate::view::zones::zone_table;
use outline::{free_spot, zone_outline, Area};
use svg::node::element::{Circle, Group, Line, Path, Rectangle, Text, Title};
use svg::Document;
use text::wrap;

/// Page size: A3 landscape at 96 dots per inch.
const PAGE_W: f64 = 1587.0;
const PAGE_H: f64 = 1123.0;
/// Width of the legend column.
const LEGEND_W: f64 = 330.0;
/// Height of the title band.
const TITLE_H: f64 = 80.0;
/// Height of the band under the plan that holds the scale bar and the north arrow.
const FOOT_H: f64 = 64.0;
const MARGIN: f64 = 24.0;

/// The fonts asked for, in order: Latin first, then Arabic and Tifinagh, by family name only
/// (the picture fetches nothing).
pub const FONTS: &str =
    "'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Tifinagh', 'DejaVu Sans', sans-serif";

/// Province colours, told apart by people with the common colour-vision deficiencies
/// (Okabe and Ito's palette), then further hues.
const PALETTE: [&str; 12] = [
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999",
    "#8DD3C7", "#BEBADA", "#FB8072", "#B3DE69",
];

/// How many province colours there are before they repeat.
pub const PROVINCE_COLOURS: usize = PALETTE.len();

/// The colour of a province (by its index in the stop).
pub fn province_colour(p: usize) -> &'static str {
    PALETTE[p % PALETTE.len()]
}

/// The fill of the star that marks a prime stand; its outline is [`PRIME_BADGE_OUTLINE`]. Dark
/// on every province colour (a gold border alone vanishes on the yellow one).
pub const PRIME_BADGE_FILL: &str = "#1a1a1a";
/// The light outline around the star of a prime stand.
pub const PRIME_BADGE_OUTLINE: &str = "#ffffff";

/// The smallest font size, in dots (1/96 inch), a name is shrunk to before it is shortened:
/// 7 dots is 5.25 points, read from a step away on the A3 sheet.
pub const NAME_MIN_SIZE: f64 = 7.0;

/// A name cut to `n` characters, with an ellipsis when cut.
fn short(name: &str, n: usize) -> String {
    if name.chars().count() <= n {
        name.to_string()
    } else {
        let mut s: String = name.chars().take(n.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// Whether a letter is written right to left (Arabic, or Hebrew).
fn rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Whether a text is written right to left: its first letter is Arabic (or Hebrew).
fn right_to_left(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(rtl_letter)
}

/// A sentence set right to left whatever the direction of the text around it: between the
/// Unicode marks that open and close a right-to-left run (RLI and PDI). The marks, rather than
/// SVG's `direction`, keep the sentence in place in every renderer: browsers, and the resvg
/// and usvg that draw the printed pack, which anchor a line by its page edge either way.
fn right_to_left_run(text: &str) -> String {
    format!("\u{2067}{text}\u{2069}")
}

/// Whether a text has any Arabic (or Hebrew) letter.
fn has_arabic(text: &str) -> bool {
    text.chars().any(rtl_letter)
}

/// Where the parts of the page go for the document's reading direction: left to right, the
/// title from the left and the legend on the right; right to left, the title from the right
/// and the legend on the left. The square itself is drawn as it lies, never mirrored.
#[derive(Debug, Clone, Copy)]
struct Page {
    rtl: bool,
}

impl Page {
    fn of(lang: Lang) -> Page {
        Page { rtl: lang.is_rtl() }
    }

    /// The left edge of the room given to the plan.
    fn plan_left(self) -> f64 {
        if self.rtl {
            LEGEND_W + 2.0 * MARGIN
        } else {
            MARGIN
        }
    }

    /// Where the legend's lines begin: its left edge, or its right edge right to left.
    fn legend_start(self) -> f64 {
        if self.rtl {
            MARGIN + LEGEND_W
        } else {
            PAGE_W - LEGEND_W - MARGIN
        }
    }

    /// Where the title's lines begin.
    fn title_start(self) -> f64 {
        if self.rtl {
            PAGE_W - MARGIN
        } else {
            MARGIN
        }
    }

    /// The point `d` dots further than `x` in the reading direction.
    fn along(self, x: f64, d: f64) -> f64 {
        if self.rtl {
            x - d
        } else {
            x + d
        }
    }

    /// A line of text that begins at `x` in the reading direction. Right to left, a line with
    /// Arabic in it is an Arabic sentence, laid out right to left and ending at `x` on the
    /// page; a line of Latin words only (a French name, a code) keeps its own order and ends at
    /// `x` too.
    fn line(self, x: f64, y: f64, size: f64, content: impl Into<String>) -> Text {
        let content = content.into();
        match (self.rtl, has_arabic(&content)) {
            (false, _) => text(x, y, size, content),
            (true, true) => text(x, y, size, right_to_left_run(&content)).set("text-anchor", "end"),
            (true, false) => text(x, y, size, content).set("text-anchor", "end"),
        }
    }
}

/// Maps metres on the square to dots on the page: the stands and the landmarks around them,
/// as large as the room left by the title, the legend and the foot band allows.
struct Scale {
    min_x: f64,
    min_y: f64,
    k: f64,
    left: f64,
    top: f64,
}

impl Scale {
    fn of(problem: &Problem, stop: &Stop, page: Page) -> Scale {
        let mut boxes: Vec<(f64, f64, f64, f64)> = stop
            .stands
            .iter()
            .map(|s| (s.rect.x0, s.rect.y0, s.rect.x1, s.rect.y1))
            .collect();
        boxes.extend(
            problem
                .landmarks
                .iter()
                .map(|l| (l.x, l.y, l.x + l.width.max(0.0), l.y + l.depth.max(0.0))),
        );
        let min_x = boxes.iter().map(|b| b.0).fold(f64::INFINITY, f64::min);
        let min_y = boxes.iter().map(|b| b.1).fold(f64::INFINITY, f64::min);
        let max_x = boxes.iter().map(|b| b.2).fold(f64::NEG_INFINITY, f64::max);
        let max_y = boxes.iter().map(|b| b.3).fold(f64::NEG_INFINITY, f64::max);
        let (min_x, min_y) = if min_x.is_finite() {
            (min_x, min_y)
        } else {
            (0.0, 0.0)
        };
        let (w, h) = ((max_x - min_x).max(1.0), (max_y - min_y).max(1.0));
        let room = plan_room(page);
        let k = (room.width() / w).min(room.height() / h);
        Scale {
            min_x,
            min_y,
            k,
            left: room.x0 + (room.width() - w * k) / 2.0,
            top: room.y0 + (room.height() - h * k) / 2.0,
        }
    }
    fn x(&self, m: f64) -> f64 {
        self.left + (m - self.min_x) * self.k
    }
    fn y(&self, m: f64) -> f64 {
        self.top + (m - self.min_y) * self.k
    }
    fn area(&self, x0: f64, y0: f64, x1: f64, y1: f64) -> Area {
        Area::new(self.x(x0), self.y(y0), self.x(x1), self.y(y1))
    }
}

/// The part of the page given to the square.
fn plan_room(page: Page) -> Area {
    let left = page.plan_left();
    Area::new(
        left,
        TITLE_H + MARGIN,
        left + PAGE_W - LEGEND_W - 3.0 * MARGIN,
        PAGE_H - MARGIN - FOOT_H,
    )
}

/// Where a stand is drawn on the page of a plan in `lang`: `(x, y, width, height)` in dots.
pub fn stand_box(problem: &Problem, stop: &Stop, stand: usize, lang: Lang) -> (f64, f64, f64, f64) {
    let sc = Scale::of(problem, stop, Page::of(lang));
    let r = &stop.stands[stand].rect;
    (
        sc.x(r.x0),
        sc.y(r.y0),
        (r.x1 - r.x0) * sc.k,
        (r.y1 - r.y0) * sc.k,
    )
}

/// The left and right edges of the legend's column on the page of a plan in `lang`, in dots:
/// every line of the legend is set between them.
pub fn legend_column(lang: Lang) -> (f64, f64) {
    let page = Page::of(lang);
    let start = page.legend_start();
    if page.rtl {
        (start - LEGEND_W, start)
    } else {
        (start, start + LEGEND_W)
    }
}

fn text(x: f64, y: f64, size: f64, content: impl Into<String>) -> Text {
    Text::new(content)
        .set("x", round(x))
        .set("y", round(y))
        .set("font-size", round(size))
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn rect(a: &Area) -> Rectangle {
    Rectangle::new()
        .set("x", round(a.x0))
        .set("y", round(a.y0))
        .set("width", round(a.width()))
        .set("height", round(a.height()))
}

/// A five-pointed star of radius `r` around `(cx, cy)`: the mark of a prime stand.
fn star(cx: f64, cy: f64, r: f64) -> Path {
    let mut d = String::new();
    for k in 0..10 {
        let radius = if k % 2 == 0 { r } else { r * 0.45 };
        let angle = std::f64::consts::PI * (k as f64 / 5.0 - 0.5);
        let (x, y) = (cx + radius * angle.cos(), cy + radius * angle.sin());
        d.push_str(&format!(
            "{}{} {} ",
            if k == 0 { "M" } else { "L" },
            round(x),
            round(y)
        ));
    }
    d.push('Z');
    Path::new()
        .set("d", d)
        .set("fill", PRIME_BADGE_FILL)
        .set("stroke", PRIME_BADGE_OUTLINE)
        .set("stroke-width", round(r * 0.22))
        .set("stroke-linejoin", "round")
}

/// A landmark's name in `lang`.
fn landmark_name(l: &Landmark, lang: Lang) -> String {
    l.names
        .get(lang.code())
        .cloned()
        .unwrap_or_else(|| l.name.clone())
}

/// A text with a white halo, readable over lines and bands.
fn haloed(t: Text) -> Text {
    t.set("stroke", "#ffffff")
        .set("stroke-width", 3)
        .set("paint-order", "stroke")
        .set("stroke-linejoin", "round")
}

/// The plan of a stop's layout as an SVG document for A3 landscape, in `lang`: the title, the
/// legend, the zones' names and the checker's sentences (made in `lang` too) are in that
/// language, and right to left the title and the legend are placed for reading from the right.
/// It is self-contained: no image, no font or style is fetched.
pub fn plan_svg(problem: &Problem, stop: &Stop, solution: &Solution, lang: Lang) -> String {
    i18n::scoped(lang, || draw(problem, stop, solution, lang))
}

fn draw(problem: &Problem, stop: &Stop, solution: &Solution, lang: Lang) -> String {
    let page = Page::of(lang);
    let sc = Scale::of(problem, stop, page);
    let room = plan_room(page);
    let layout = Layout::from_solution(stop, solution);
    let report = check(problem, solution);
    // The stop model keeps the families in the file's order.
    let codes = family_codes(&problem.families);
    let mut doc = Document::new()
        .set("width", "420mm")
        .set("height", "297mm")
        .set("viewBox", (0, 0, PAGE_W, PAGE_H))
        .set("xml:lang", lang.code())
        .set("font-family", FONTS)
        .add(
            Rectangle::new()
                .set("width", PAGE_W)
                .set("height", PAGE_H)
                .set("fill", "#ffffff"),
        );

    // Title: the stop's name, where and when, and the checker's claim.
    let info = &stop.info;
    let tx = page.title_start();
    doc = doc.add(
        page.line(tx, 36.0, 26.0, info.name.clone())
            .set("font-weight", "bold")
            .set("fill", "#222"),
    );
    let subtitle = tl!(
        lang,
        "plan-subtitle",
        place = crate::view::names::place(&info.venue, &info.town, lang),
        dates = date_range_text(lang, &info.from, &info.to),
        exhibitors = stop.exhibitors.len(),
        stands = stop.stands.len()
    );
    doc = doc.add(
        page.line(tx, 60.0, 15.0, short(&subtitle, 130))
            .set("fill", "#444"),
    );
    // The status is the checker's claim, derived from the layout and the stop file as they are
    // now; when the file claims what no longer holds, a warning says so in red.
    let claim = claim(problem, solution);
    doc = doc.add(
        page.line(tx, 80.0, 14.0, short(&claim.summary(), 130))
            .set("fill", "#444"),
    );
    let (col_left, col_right) = legend_column(lang);
    let col_w = col_right - col_left;
    let lx = page.legend_start();
    let mut legend_top = TITLE_H + MARGIN;
    if let Some(warning) = claim.warning() {
        // Above the legend, in lines as wide as the legend.
        let mut warn = Group::new().set("id", "warning");
        let mut y = 26.0;
        let said = if warning.ends_with(['.', '!', '?']) {
            format!("⚠ {warning}")
        } else {
            format!("⚠ {warning}.")
        };
        for line in wrap(&said, col_w, 13.0, true) {
            warn = warn.add(
                page.line(lx, y, 13.0, line)
                    .set("fill", "#b00020")
                    .set("font-weight", "bold"),
            );
            y += 17.0;
        }
        legend_top = legend_top.max(y + 16.0);
        doc = doc.add(warn);
    }

    // What no label may cover: the stands, then each label placed.
    let stand_areas: Vec<Area> = stop
        .stands
        .iter()
        .map(|s| sc.area(s.rect.x0, s.rect.y0, s.rect.x1, s.rect.y1))
        .collect();
    let mut taken: Vec<Area> = stand_areas.iter().map(|a| a.grown(2.0)).collect();

    // Landmarks: streets as grey bands named along them, other landmarks outlined and named,
    // the entrance as a green bar with an arrow into the square.
    let square = outline_of(&stand_areas);
    let mut marks = Group::new().set("id", "landmarks");
    let mut has_street = false;
    let mut has_entrance = false;
    for (i, l) in problem.landmarks.iter().enumerate() {
        let a = sc.area(l.x, l.y, l.x + l.width.max(0.0), l.y + l.depth.max(0.0));
        let name = landmark_name(l, lang);
        let id = match l.kind {
            LandmarkKind::Entrance => format!("entrance-{}", i + 1),
            LandmarkKind::Street => format!("street-{}", i + 1),
            LandmarkKind::Landmark => format!("landmark-{}", i + 1),
        };
        let mut g = Group::new()
            .set("id", id)
            .set(
                "class",
                match l.kind {
                    LandmarkKind::Entrance => "entrance",
                    LandmarkKind::Street => "street",
                    LandmarkKind::Landmark => "landmark",
                },
            )
            .add(Title::new(name.clone()));
        match l.kind {
            LandmarkKind::Street | LandmarkKind::Landmark => {
                let street = l.kind == LandmarkKind::Street;
                has_street |= street;
                let shape = if street {
                    rect(&a).set("fill", "#d6d6d6").set("stroke", "none")
                } else {
                    rect(&a)
                        .set("fill", "#f3efe6")
                        .set("stroke", "#6d6254")
                        .set("stroke-width", 1.5)
                };
                g = g.add(shape);
                taken.push(a);
                // The name along the band, centred; turned a quarter when the band stands up.
                let upright = a.height() > a.width();
                let (long, thick) = if upright {
                    (a.height(), a.width())
                } else {
                    (a.width(), a.height())
                };
                let mut size = (thick * 0.55).clamp(8.0, 15.0);
                while size > 6.0 && text::text_width(&name, size, false) > long - 8.0 {
                    size -= 0.5;
                }
                let (cx, cy) = ((a.x0 + a.x1) / 2.0, (a.y0 + a.y1) / 2.0);
                let mut t = text(cx, cy + 0.35 * size, size, name.clone())
                    .set("text-anchor", "middle")
                    .set("fill", if street { "#4a4a4a" } else { "#5a4e40" })
                    .set("font-style", if street { "normal" } else { "italic" });
                if has_arabic(&name) {
                    t = text(cx, cy + 0.35 * size, size, right_to_left_run(&name))
                        .set("text-anchor", "middle")
                        .set("fill", if street { "#4a4a4a" } else { "#5a4e40" })
                        .set("font-style", if street { "normal" } else { "italic" });
                }
                if upright {
                    t = t.set(
                        "transform",
                        format!("rotate(-90 {} {})", round(cx), round(cy)),
                    );
                }
                g = g.add(t);
            }
            LandmarkKind::Entrance => {
                has_entrance = true;
                let green = "#1b5e20";
                // A bar on the entrance's line (or a dot for a point), an arrow pointing into
                // the square, the name beside it on the side away from the stands.
                let (cx, cy) = ((a.x0 + a.x1) / 2.0, (a.y0 + a.y1) / 2.0);
                if a.width() < 1.0 && a.height() < 1.0 {
                    g = g.add(
                        Circle::new()
                            .set("cx", round(cx))
                            .set("cy", round(cy))
                            .set("r", 6)
                            .set("fill", green),
                    );
                } else {
                    g = g.add(
                        rect(&Area::new(
                            a.x0,
                            a.y0 - if a.height() < 6.0 { 3.0 } else { 0.0 },
                            a.x1.max(a.x0 + 6.0),
                            a.y1 + if a.height() < 6.0 { 3.0 } else { 0.0 },
                        ))
                        .set("fill", green),
                    );
                }
                // Which way the square lies from the entrance.
                let (dx, dy) = match square {
                    Some(sq) if cy >= sq.y1 => (0.0, -1.0),
                    Some(sq) if cy <= sq.y0 => (0.0, 1.0),
                    Some(sq) if cx >= sq.x1 => (-1.0, 0.0),
                    Some(_) => (1.0, 0.0),
                    None => (0.0, -1.0),
                };
                let (tip_x, tip_y) = (cx + dx * 30.0, cy + dy * 30.0);
                let (base_x, base_y) = (cx + dx * 8.0, cy + dy * 8.0);
                let (px, py) = (-dy * 9.0, dx * 9.0);
                g = g.add(
                    Path::new()
                        .set(
                            "d",
                            format!(
                                "M{} {} L{} {} L{} {} Z",
                                round(tip_x),
                                round(tip_y),
                                round(base_x + px),
                                round(base_y + py),
                                round(base_x - px),
                                round(base_y - py)
                            ),
                        )
                        .set("fill", green),
                );
                taken.push(Area::new(
                    tip_x.min(base_x) - 10.0,
                    tip_y.min(base_y) - 10.0,
                    tip_x.max(base_x) + 10.0,
                    tip_y.max(base_y) + 10.0,
                ));
                let size = 15.0;
                let w = text::text_width(&name, size, true);
                // The name beside the arrow, on the side where reading begins, else the other.
                let y = tip_y.min(base_y) + size;
                let left = Area::new(cx - 16.0 - w, y - size, cx - 16.0, y + 4.0);
                let right = Area::new(cx + 16.0, y - size, cx + 16.0 + w, y + 4.0);
                let clear = |b: &Area| !taken.iter().any(|t| t.overlaps(b));
                let spot = if page.rtl {
                    [right, left]
                } else {
                    [left, right]
                }
                .into_iter()
                .find(|b| clear(b))
                .unwrap_or(right);
                let mut t = haloed(
                    text(spot.x0, y, size, name.clone())
                        .set("font-weight", "bold")
                        .set("fill", green),
                );
                if has_arabic(&name) {
                    t = haloed(
                        text(spot.x1, y, size, right_to_left_run(&name))
                            .set("font-weight", "bold")
                            .set("fill", green)
                            .set("text-anchor", "end"),
                    );
                }
                taken.push(spot);
                g = g.add(t);
            }
        }
        marks = marks.add(g);
    }
    doc = doc.add(marks);

    // Stands: the boxes, coloured, with their fronts.
    let mut stands = Group::new().set("id", "stands");
    for (s, stand) in stop.stands.iter().enumerate() {
        let a = stand_areas[s];
        let (x, y, w, h) = (a.x0, a.y0, a.width(), a.height());
        let who = layout.occupant(s).map(|e| &stop.exhibitors[e]);
        let fill = who.map_or("#f4f4f4", |e| province_colour(e.province));
        let prime = stand.is_prime();
        let prime_word = if prime { "yes" } else { "no" };
        let tooltip = match who {
            Some(e) => tl!(
                lang,
                "plan-stand-occupied",
                stand = stand.id.as_str(),
                name = e.name.as_str(),
                province = stop.provinces[e.province].name.as_str(),
                family = stop.families[e.family].name.as_str(),
                prime = prime_word
            ),
            None => tl!(
                lang,
                "plan-stand-empty",
                stand = stand.id.as_str(),
                prime = prime_word
            ),
        };
        let mut g = Group::new()
            .set("class", "stand")
            .set("id", format!("stand-{}", stand.id))
            .add(Title::new(tooltip))
            .add(
                rect(&a)
                    .set("class", "stand-box")
                    .set("fill", fill)
                    .set("stroke", if prime { "#b8860b" } else { "#333" })
                    .set("stroke-width", if prime { 3.0 } else { 1.0 }),
            );
        if let Some(front) = stand.front {
            let (x1, y1, x2, y2) = match front {
                Front::North => (x, y, x + w, y),
                Front::South => (x, y + h, x + w, y + h),
                Front::West => (x, y, x, y + h),
                Front::East => (x + w, y, x + w, y + h),
            };
            g = g.add(
                Line::new()
                    .set("x1", round(x1))
                    .set("y1", round(y1))
                    .set("x2", round(x2))
                    .set("y2", round(y2))
                    .set("stroke", "#222")
                    .set("stroke-width", 3),
            );
        }
        stands = stands.add(g);
    }
    doc = doc.add(stands);

    // Zones: outlined without crossing a stand of another zone.
    let zone_of: Vec<Option<usize>> = stop.stands.iter().map(|s| s.zone).collect();
    let mut outlines: Vec<(usize, Vec<Area>)> = Vec::new();
    let mut zones = Group::new().set("id", "zones");
    for (z, id) in stop.zones.iter().enumerate() {
        let own: Vec<Area> = (0..stop.stands.len())
            .filter(|&s| zone_of[s] == Some(z))
            .map(|s| stand_areas[s])
            .collect();
        let others: Vec<Area> = (0..stop.stands.len())
            .filter(|&s| zone_of[s] != Some(z))
            .map(|s| stand_areas[s])
            .collect();
        let boxes = zone_outline(&own, &others, 6.0);
        if boxes.is_empty() {
            continue;
        }
        let entrance = id.to_lowercase().starts_with("entr");
        for b in &boxes {
            zones = zones.add(
                rect(b)
                    .set("class", "zone-outline")
                    .set("data-zone", id.as_str())
                    .set("fill", "none")
                    .set("stroke", if entrance { "#1b5e20" } else { "#555" })
                    .set("stroke-width", if entrance { 2.5 } else { 1.5 })
                    .set("stroke-dasharray", "8 5"),
            );
        }
        outlines.push((z, boxes));
    }
    doc = doc.add(zones);

    // Clashes, from the checker's justifications: lines under the names, numbers off them.
    let clashes: Vec<(usize, usize, String, f64)> = report
        .justifications
        .iter()
        .filter(|j| j.term == "clash" && j.stands.len() == 2)
        .filter_map(|j| {
            let a = stop.stands.iter().position(|s| s.id == j.stands[0])?;
            let b = stop.stands.iter().position(|s| s.id == j.stands[1])?;
            Some((a, b, j.text.clone(), j.cost))
        })
        .collect();
    let mut lines = Group::new().set("id", "clashes");
    let mut badges = Group::new().set("id", "clash-numbers");
    for (k, (a, b, why, _)) in clashes.iter().enumerate() {
        let centre = |s: usize| {
            let r = &stand_areas[s];
            ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0)
        };
        let ((x1, y1), (x2, y2)) = (centre(*a), centre(*b));
        let (mx, my) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0);
        lines = lines.add(
            Group::new().add(Title::new(why.clone())).add(
                Line::new()
                    .set("x1", round(x1))
                    .set("y1", round(y1))
                    .set("x2", round(x2))
                    .set("y2", round(y2))
                    .set("stroke", "#d00000")
                    .set("stroke-width", 3)
                    .set("stroke-linecap", "round")
                    .set("stroke-opacity", 0.8),
            ),
        );
        // The number in the nearest free place: the aisle or the margin, off every stand.
        let r = 9.0;
        let (along_x, along_y) = if (y2 - y1).abs() < 1.0 {
            (0.0, 1.0)
        } else {
            (1.0, 0.0)
        };
        let spot = (0..120)
            .flat_map(|d| {
                let d = 3.0 * d as f64;
                [
                    (mx + along_x * d, my + along_y * d),
                    (mx - along_x * d, my - along_y * d),
                    (mx + along_y * d, my + along_x * d),
                    (mx - along_y * d, my - along_x * d),
                ]
            })
            .find(|&(cx, cy)| {
                let b = Area::new(cx - r, cy - r, cx + r, cy + r);
                room.holds(&b) && !taken.iter().any(|t| t.overlaps(&b))
            })
            .unwrap_or((mx, my));
        taken.push(Area::new(spot.0 - r, spot.1 - r, spot.0 + r, spot.1 + r));
        let mut g = Group::new().add(Title::new(why.clone()));
        if (spot.0 - mx).abs() + (spot.1 - my).abs() > 1.0 {
            g = g.add(
                Line::new()
                    .set("x1", round(mx))
                    .set("y1", round(my))
                    .set("x2", round(spot.0))
                    .set("y2", round(spot.1))
                    .set("stroke", "#d00000")
                    .set("stroke-width", 1.2),
            );
        }
        badges = badges.add(
            g.add(
                Circle::new()
                    .set("cx", round(spot.0))
                    .set("cy", round(spot.1))
                    .set("r", r)
                    .set("fill", "#d00000")
                    .set("stroke", "#ffffff")
                    .set("stroke-width", 1.5),
            )
            .add(
                text(spot.0, spot.1 + 4.0, 11.0, (k + 1).to_string())
                    .set("fill", "#fff")
                    .set("text-anchor", "middle")
                    .set("font-weight", "bold"),
            ),
        );
    }
    doc = doc.add(lines);

    // The stands' words, over the clash lines: number, prime star, name, family's code.
    let mut labels = Group::new().set("id", "labels");
    for (s, stand) in stop.stands.iter().enumerate() {
        let a = stand_areas[s];
        let (x, y, w, h) = (a.x0, a.y0, a.width(), a.height());
        let who = layout.occupant(s).map(|e| &stop.exhibitors[e]);
        let base = w.min(h);
        let pad = 3.0;
        let number_size = (base * 0.2).clamp(6.0, 12.5);
        let name_size = (base * 0.17).clamp(5.5, 10.5);
        let code_size = (name_size * 0.85).max(5.5);
        let room_w = w - 2.0 * pad;
        let mut g = Group::new()
            .set("class", "stand-label")
            .set("id", format!("label-{}", stand.id));
        let number_y = y + pad + 0.72 * number_size;
        let badge_r = (number_size * 0.62).min(h / 4.0);
        let number_room = if stand.is_prime() {
            room_w - 2.0 * badge_r - 2.0
        } else {
            room_w
        };
        let mut size = number_size;
        while size > 5.0 && text_width(&stand.id, size, true) > number_room {
            size -= 0.5;
        }
        g = g.add(
            text(x + pad, number_y, size, stand.id.clone())
                .set("font-weight", "bold")
                .set("fill", "#111"),
        );
        if stand.is_prime() {
            g = g.add(star(x + w - pad - badge_r, y + pad + badge_r, badge_r));
        }
        if let Some(e) = who {
            let set = set_name(&e.name, room_w, name_size, NAME_MIN_SIZE.min(name_size));
            let ns = set.size;
            let first = y + pad + number_size + 2.0 + 0.78 * ns;
            let code_y = y + h - pad - 0.25 * code_size;
            let lines_bottom = first + 1.15 * ns * (set.lines.len() as f64 - 1.0) + 0.25 * ns;
            let with_code = lines_bottom <= code_y - 0.72 * code_size - 1.0;
            if lines_bottom <= y + h - pad {
                for (i, line) in set.lines.iter().enumerate() {
                    let ly = first + 1.15 * ns * i as f64;
                    // An Arabic name reads from the stand's right edge.
                    let t = if right_to_left(line) {
                        text(x + w - pad, ly, ns, right_to_left_run(line)).set("text-anchor", "end")
                    } else {
                        text(x + pad, ly, ns, line.clone())
                    };
                    g = g.add(t.set("class", "name").set("fill", "#111"));
                }
            }
            if with_code {
                g = g.add(
                    text(x + pad, code_y, code_size, codes[e.family].clone())
                        .set("fill", "#333")
                        .set("font-style", "italic"),
                );
            }
        }
        labels = labels.add(g);
    }
    doc = doc.add(labels);

    // The zones' names and their exhibitors per province, in an aisle or the margin.
    let table = zone_table(stop, &layout);
    let mut zone_names = Group::new().set("id", "zone-names");
    for (z, boxes) in &outlines {
        let id = &stop.zones[*z];
        let entrance = id.to_lowercase().starts_with("entr");
        let name = zone_name(&problem.zones, id, lang);
        let name = if entrance {
            format!("▼ {name}")
        } else {
            name
        };
        let (name_size, count_size) = (13.0, 10.5);
        let items: Vec<(usize, String)> = table[*z]
            .iter()
            .enumerate()
            .filter(|(_, (n, _))| *n > 0)
            .map(|(p, (n, _))| (p, format!("{} {}", stop.provinces[p].name, n)))
            .collect();
        let item_w = |t: &str| 13.0 + text_width(t, count_size, false) + 10.0;
        let counts_w: f64 = items.iter().map(|(_, t)| item_w(t)).sum();
        let w = text_width(&name, name_size, true).max(counts_w) + 6.0;
        let h = name_size + 6.0 + count_size + 6.0;
        let outline = boxes
            .iter()
            .copied()
            .reduce(|a, b| a.union(&b))
            .expect("a zone drawn has an outline");
        let Some(spot) = free_spot(&outline, w, h, &taken, &room, page.rtl) else {
            continue;
        };
        taken.push(spot);
        let start = if page.rtl {
            spot.x1 - 3.0
        } else {
            spot.x0 + 3.0
        };
        let mut g = Group::new()
            .set("class", "zone-name")
            .set("id", format!("zone-name-{id}"))
            .add(
                page.line(start, spot.y0 + name_size, name_size, name)
                    .set("fill", if entrance { "#1b5e20" } else { "#333" })
                    .set("font-weight", "bold"),
            );
        let mut cursor = start;
        let cy = spot.y0 + name_size + 6.0 + count_size;
        for (p, t) in items {
            let sw = if page.rtl { cursor - 10.0 } else { cursor };
            g = g
                .add(
                    Rectangle::new()
                        .set("x", round(sw))
                        .set("y", round(cy - 8.5))
                        .set("width", 10)
                        .set("height", 10)
                        .set("fill", province_colour(p))
                        .set("stroke", "#333")
                        .set("stroke-width", 0.5),
                )
                .add(
                    page.line(page.along(cursor, 13.0), cy, count_size, t.clone())
                        .set("class", "zone-count")
                        .set("fill", "#333"),
                );
            cursor = page.along(cursor, item_w(&t));
        }
        zone_names = zone_names.add(g);
    }
    doc = doc.add(zone_names).add(badges);

    // The scale bar and the north arrow, in the band under the plan, where reading begins.
    let foot_y = PAGE_H - MARGIN - FOOT_H + 14.0;
    let metres = nice_length((room.width() / sc.k) / 5.0);
    let bar = metres * sc.k;
    let bar_x = if page.rtl {
        room.x1 - bar - 70.0
    } else {
        room.x0 + 70.0
    };
    let mut scale = Group::new().set("id", "scale-bar");
    for part in 0..4 {
        let quarter = bar / 4.0;
        scale = scale.add(
            Rectangle::new()
                .set("x", round(bar_x + quarter * part as f64))
                .set("y", round(foot_y + 14.0))
                .set("width", round(quarter))
                .set("height", 7)
                .set("fill", if part % 2 == 0 { "#222" } else { "#ffffff" })
                .set("stroke", "#222")
                .set("stroke-width", 1),
        );
    }
    for (at, value) in [(0.0, 0.0), (0.5, metres / 2.0), (1.0, metres)] {
        let words = if at == 1.0 {
            tl!(lang, "plan-scale-metres", metres = figure(lang, value))
        } else {
            figure(lang, value)
        };
        scale = scale.add(
            text(bar_x + bar * at, foot_y + 36.0, 11.0, words)
                .set("text-anchor", "middle")
                .set("fill", "#222"),
        );
    }
    // One metre on the square is `k` dots, a dot 25.4 / 96 mm on the sheet.
    let ratio = (1000.0 / (sc.k * 25.4 / 96.0) / 10.0).round() * 10.0;
    scale = scale.add(
        page.line(
            if page.rtl { bar_x + bar } else { bar_x },
            foot_y + 6.0,
            11.0,
            tl!(
                lang,
                "plan-scale-ratio",
                ratio = format!("1:{}", ratio as u64)
            ),
        )
        .set("fill", "#444"),
    );
    let north_x = if page.rtl {
        room.x1 - 30.0
    } else {
        room.x0 + 30.0
    };
    let north = Group::new()
        .set("id", "north-arrow")
        .add(Title::new(tl!(lang, "plan-north-title")))
        .add(
            Path::new()
                .set(
                    "d",
                    format!(
                        "M{} {} L{} {} L{} {} L{} {} Z",
                        round(north_x),
                        round(foot_y - 6.0),
                        round(north_x + 10.0),
                        round(foot_y + 26.0),
                        round(north_x),
                        round(foot_y + 19.0),
                        round(north_x - 10.0),
                        round(foot_y + 26.0)
                    ),
                )
                .set("fill", "#222"),
        )
        .add(
            text(north_x, foot_y + 42.0, 13.0, tl!(lang, "plan-north"))
                .set("text-anchor", "middle")
                .set("font-weight", "bold")
                .set("fill", "#222"),
        );
    doc = doc.add(scale).add(north);

    // Legend, on the side where reading ends, every sentence whole on as many lines as it takes.
    let mut ly = legend_top;
    let mut legend = Group::new().set("id", "legend");
    let bottom = PAGE_H - MARGIN;
    let mut full = false;
    // Adds a text in lines from `indent` dots into the column; false when the page is full.
    let say = |legend: Group,
               ly: &mut f64,
               words: &str,
               size: f64,
               bold: bool,
               indent: f64,
               fill: &str|
     -> (Group, bool) {
        let mut legend = legend;
        for line in wrap(words, col_w - indent, size, bold) {
            if *ly + 1.3 * size > bottom - 16.0 {
                return (legend, false);
            }
            *ly += 1.3 * size;
            let mut t = page
                .line(page.along(lx, indent), *ly, size, line)
                .set("fill", fill);
            if bold {
                t = t.set("font-weight", "bold");
            }
            legend = legend.add(t);
        }
        (legend, true)
    };
    let mut ok;
    (legend, _) = say(
        legend,
        &mut ly,
        &tl!(lang, "plan-legend-provinces"),
        16.0,
        true,
        0.0,
        "#111",
    );
    ly += 4.0;
    let counts = stop.province_counts();
    for (p, prov) in stop.provinces.iter().enumerate() {
        if counts[p] == 0 {
            continue;
        }
        let top = ly;
        (legend, ok) = say(
            legend,
            &mut ly,
            &format!("{} ({})", prov.name, counts[p]),
            13.0,
            false,
            32.0,
            "#111",
        );
        legend = legend.add(
            Rectangle::new()
                .set("x", if page.rtl { lx - 24.0 } else { lx })
                .set("y", round(top + 3.0))
                .set("width", 24)
                .set("height", 14)
                .set("fill", province_colour(p))
                .set("stroke", "#333"),
        );
        ly += 3.0;
        full |= !ok;
    }
    ly += 12.0;
    (legend, _) = say(
        legend,
        &mut ly,
        &tl!(lang, "plan-legend-symbols"),
        16.0,
        true,
        0.0,
        "#111",
    );
    ly += 2.0;
    let mut symbols = vec![
        ("prime", tl!(lang, "plan-legend-prime")),
        ("front", tl!(lang, "plan-legend-front")),
        ("zone", tl!(lang, "plan-legend-zone")),
        ("empty", tl!(lang, "plan-legend-empty")),
        ("clash", tl!(lang, "plan-legend-clash")),
    ];
    if has_entrance {
        symbols.push(("entrance", tl!(lang, "plan-legend-entrance")));
    }
    if has_street {
        symbols.push(("street", tl!(lang, "plan-legend-street")));
    }
    for (kind, words) in symbols {
        let top = ly;
        (legend, ok) = say(legend, &mut ly, &words, 12.0, false, 32.0, "#111");
        full |= !ok;
        // A sample of the sign, 24 dots wide, before the words.
        let (sx, sy) = (if page.rtl { lx - 24.0 } else { lx }, top + 4.0);
        let sample = Area::new(sx, sy, sx + 24.0, sy + 12.0);
        legend = match kind {
            "prime" => legend
                .add(
                    rect(&sample)
                        .set("fill", province_colour(3))
                        .set("stroke", "#b8860b")
                        .set("stroke-width", 2),
                )
                .add(star(sx + 12.0, sy + 6.0, 6.0)),
            "front" => legend.add(
                Line::new()
                    .set("x1", round(sx))
                    .set("y1", round(sy + 10.0))
                    .set("x2", round(sx + 24.0))
                    .set("y2", round(sy + 10.0))
                    .set("stroke", "#222")
                    .set("stroke-width", 3),
            ),
            "zone" => legend.add(
                rect(&sample)
                    .set("fill", "none")
                    .set("stroke", "#555")
                    .set("stroke-width", 1.5)
                    .set("stroke-dasharray", "5 3"),
            ),
            "empty" => legend.add(rect(&sample).set("fill", "#f4f4f4").set("stroke", "#333")),
            "clash" => legend.add(
                Line::new()
                    .set("x1", round(sx))
                    .set("y1", round(sy + 6.0))
                    .set("x2", round(sx + 24.0))
                    .set("y2", round(sy + 6.0))
                    .set("stroke", "#d00000")
                    .set("stroke-width", 3),
            ),
            "entrance" => legend
                .add(rect(&Area::new(sx, sy + 3.0, sx + 24.0, sy + 9.0)).set("fill", "#1b5e20")),
            _ => legend.add(rect(&sample).set("fill", "#d6d6d6")),
        };
        ly += 2.0;
    }
    ly += 12.0;
    (legend, _) = say(
        legend,
        &mut ly,
        &tl!(lang, "plan-legend-families"),
        16.0,
        true,
        0.0,
        "#111",
    );
    let mut used: Vec<usize> = stop.exhibitors.iter().map(|e| e.family).collect();
    used.sort_unstable();
    used.dedup();
    for f in used {
        let fam = &stop.families[f];
        (legend, ok) = say(
            legend,
            &mut ly,
            &format!("{} — {}", codes[f], fam.name),
            11.0,
            false,
            0.0,
            "#111",
        );
        full |= !ok;
    }
    // Each attribute balanced besides the province: a line per zone and one for the prime
    // stands, each value's count against its target.
    for table in crate::view::zones::attribute_tables(stop, &layout) {
        ly += 12.0;
        let attribute = crate::term_words::attribute_name(&table.attribute, lang);
        (legend, _) = say(
            legend,
            &mut ly,
            &tl!(lang, "plan-legend-attribute", attribute = attribute),
            14.0,
            true,
            0.0,
            "#111",
        );
        for (z, row) in &table.rows {
            let group = match z {
                Some(z) => zone_name(&problem.zones, &stop.zones[*z], lang),
                None => tl!(lang, "check-group-prime"),
            };
            let cells: Vec<String> = (table.values.iter().zip(row))
                .map(|(v, &(n, target))| {
                    tl!(
                        lang,
                        "plan-legend-attribute-cell",
                        value = crate::term_words::value_name(&table.attribute, v, lang),
                        count = n,
                        target = crate::i18n::numbers::decimal(lang, target, 1)
                    )
                })
                .collect();
            (legend, ok) = say(
                legend,
                &mut ly,
                &tl!(
                    lang,
                    "plan-legend-attribute-row",
                    group = group,
                    cells = cells.join(" · ")
                ),
                11.0,
                false,
                0.0,
                "#111",
            );
            full |= !ok;
        }
    }
    ly += 12.0;
    (legend, _) = say(
        legend,
        &mut ly,
        &tl!(lang, "plan-legend-clashes", count = clashes.len()),
        16.0,
        true,
        0.0,
        "#111",
    );
    if clashes.is_empty() {
        (legend, _) = say(
            legend,
            &mut ly,
            &tl!(lang, "plan-legend-no-clash"),
            12.0,
            false,
            0.0,
            "#111",
        );
    }
    for (k, (_, _, why, cost)) in clashes.iter().enumerate() {
        if full {
            break;
        }
        let said = tl!(
            lang,
            "plan-legend-clash-line",
            number = k + 1,
            why = why.trim_end_matches('.'),
            cost = figure(lang, *cost)
        );
        (legend, ok) = say(legend, &mut ly, &said, 11.0, false, 0.0, "#d00000");
        full |= !ok;
        ly += 3.0;
    }
    if full {
        legend = legend.add(page.line(lx, bottom - 4.0, 11.0, tl!(lang, "plan-legend-more")));
    }
    doc = doc.add(legend);
    doc.to_string()
}

/// A round length for the scale bar: 1, 2 or 5 times a power of ten, at most `most` metres.
fn nice_length(most: f64) -> f64 {
    let mut best = 1.0;
    for power in [0.1, 1.0, 10.0, 100.0, 1000.0] {
        for step in [1.0, 2.0, 5.0] {
            if step * power <= most {
                best = step * power;
            }
        }
    }
    best
}

/// The rectangle around the stands, on the page.
fn outline_of(areas: &[Area]) -> Option<Area> {
    areas.iter().copied().reduce(|a, b| a.union(&b))
}

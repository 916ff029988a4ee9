//! The floor plan of a stop as an SVG picture, to scale, for printing on A3 (landscape):
//! stands as rectangles coloured by the exhibitor's province, with the stand id, a short name
//! and the family's code ([`family_codes`]); prime stands with a gold border and a star; the
//! front of each stand (the side visitors walk past) as a dark edge; zones outlined and named
//! ([`zone_name`]); clashing neighbours joined by a red line with a number that the legend
//! explains.
//!
//! The plan speaks the document's language (French by default, English, Arabic): the title
//! with the stop's dates ("du 7 au 12 novembre 2025"), the legend, the zones' names and the
//! figures (decimal comma in French and Arabic). In Arabic the title and the legend are set
//! for reading from the right; the square is drawn as it lies.
//!
//! The clashes and their reasons come from the independent checker ([`crate::check`]), so the
//! picture shows what `check` would say. Names are written as they are: Arabic and Tifinagh
//! render with any font that has them (the font list names Noto's).

use crate::check::{check, claim};
use crate::format::{Front, Problem, Solution};
use crate::i18n::numbers::{date_range_text, figure};
use crate::i18n::{self, tl, Lang};
use crate::stop::layout::Layout;
use crate::stop::model::Stop;
use crate::view::names::{family_codes, zone_name};
use svg::node::element::{Circle, Group, Line, Rectangle, Text, Title};
use svg::Document;

/// Page size: A3 landscape at 96 dots per inch.
const PAGE_W: f64 = 1587.0;
const PAGE_H: f64 = 1123.0;
/// Width of the legend column on the right.
const LEGEND_W: f64 = 380.0;
/// Height of the title band.
const TITLE_H: f64 = 80.0;
const MARGIN: f64 = 24.0;

/// The fonts asked for, in order: Latin first, then Arabic and Tifinagh.
pub const FONTS: &str =
    "'Noto Sans', 'DejaVu Sans', 'Noto Sans Arabic', 'Noto Sans Tifinagh', Arial, sans-serif";

/// Province colours, told apart by people with the common colour-vision deficiencies
/// (Okabe and Ito's palette), then further hues.
const PALETTE: [&str; 12] = [
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999",
    "#8DD3C7", "#BEBADA", "#FB8072", "#B3DE69",
];

/// The colour of a province (by its index in the stop).
pub fn province_colour(p: usize) -> &'static str {
    PALETTE[p % PALETTE.len()]
}

/// The name to print on a stand: without the legal form the names begin with (coopérative,
/// association…), which every other stand shares.
///
/// ```
/// use caravane::view::floor_plan::short_name;
/// assert_eq!(short_name("Coopérative Tifawin"), "Tifawin");
/// assert_eq!(short_name("Association Amal des femmes"), "Amal des femmes");
/// assert_eq!(short_name("Argania Solidaire"), "Argania Solidaire");
/// assert_eq!(short_name("Coopérative des artisans du cuir"), "artisans du cuir");
/// ```
pub fn short_name(name: &str) -> &str {
    const FORMS: [&str; 9] = [
        "coopérative agricole ",
        "coopérative ",
        "cooperative ",
        "coop. ",
        "association ",
        "groupement ",
        "entreprise sociale ",
        "تعاونية ",
        "جمعية ",
    ];
    let lower = name.to_lowercase();
    for f in FORMS {
        if lower.starts_with(f) && lower.len() > f.len() && name.is_char_boundary(f.len()) {
            // The prefix has the same bytes in lower case (é and Arabic letters included).
            let rest = name[f.len()..].trim_start();
            for article in ["des ", "de la ", "de l'", "du ", "de ", "d'"] {
                if rest.to_lowercase().starts_with(article) && rest.len() > article.len() {
                    return &rest[article.len()..];
                }
            }
            return rest;
        }
    }
    name
}

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

/// About how wide a character is in the plan's fonts, in ems.
fn em_width(c: char) -> f64 {
    match c {
        ' ' | 'i' | 'l' | 'j' | '.' | ',' | '\'' | '’' | 'I' | '!' | ':' | ';' | '|' => 0.3,
        'f' | 't' | 'r' | '(' | ')' | '-' => 0.4,
        'm' | 'w' | 'M' | 'W' | '—' | '★' | '…' => 0.95,
        c if c.is_ascii_uppercase() || c.is_ascii_digit() => 0.68,
        c if c.is_ascii_lowercase() => 0.57,
        // Tifinagh letters are about as wide as they are tall.
        '\u{2D30}'..='\u{2D7F}' => 0.85,
        // Joined Arabic letters are narrow.
        '\u{0600}'..='\u{06FF}' => 0.5,
        _ => 0.62,
    }
}

/// A name cut, with an ellipsis, to what fits in `width` dots at font size `size`.
fn fit(name: &str, width: f64, size: f64) -> String {
    let room = width / size;
    if name.chars().map(em_width).sum::<f64>() <= room {
        return name.to_string();
    }
    let mut out = String::new();
    let mut used = em_width('…');
    for c in name.chars() {
        used += em_width(c);
        if used > room {
            break;
        }
        out.push(c);
    }
    // A word cut to one or two letters says nothing: it goes.
    if let Some(space) = out.rfind(' ') {
        if out[space + 1..].chars().count() <= 2 {
            out.truncate(space);
        }
    }
    let mut out = out.trim_end().to_string();
    out.push('…');
    out
}

/// A text in lines of at most `n` characters, cut at spaces (the no-break spaces of French
/// typography hold).
fn wrap(text: &str, n: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > n {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
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
    /// Arabic in it is an Arabic sentence, laid out right to left from `x`; a line of Latin
    /// words only (a French name, a code) keeps its own order and ends at `x`.
    fn line(self, x: f64, y: f64, size: f64, content: impl Into<String>) -> Text {
        let content = content.into();
        let arabic = has_arabic(&content);
        let t = text(x, y, size, content);
        match (self.rtl, arabic) {
            (false, _) => t,
            (true, true) => t.set("direction", "rtl").set("text-anchor", "start"),
            (true, false) => t.set("text-anchor", "end"),
        }
    }
}

/// Maps metres on the square to dots on the page.
struct Scale {
    min_x: f64,
    min_y: f64,
    k: f64,
    left: f64,
    top: f64,
}

impl Scale {
    fn of(stop: &Stop, page: Page) -> Scale {
        let min_x = stop
            .stands
            .iter()
            .map(|s| s.rect.x0)
            .fold(f64::INFINITY, f64::min);
        let min_y = stop
            .stands
            .iter()
            .map(|s| s.rect.y0)
            .fold(f64::INFINITY, f64::min);
        let max_x = stop
            .stands
            .iter()
            .map(|s| s.rect.x1)
            .fold(f64::NEG_INFINITY, f64::max);
        let max_y = stop
            .stands
            .iter()
            .map(|s| s.rect.y1)
            .fold(f64::NEG_INFINITY, f64::max);
        let (w, h) = ((max_x - min_x).max(1.0), (max_y - min_y).max(1.0));
        let room_w = PAGE_W - LEGEND_W - 3.0 * MARGIN;
        let room_h = PAGE_H - TITLE_H - 2.0 * MARGIN;
        let k = (room_w / w).min(room_h / h);
        Scale {
            min_x,
            min_y,
            k,
            left: page.plan_left() + (room_w - w * k) / 2.0,
            top: TITLE_H + MARGIN + (room_h - h * k) / 2.0,
        }
    }
    fn x(&self, m: f64) -> f64 {
        self.left + (m - self.min_x) * self.k
    }
    fn y(&self, m: f64) -> f64 {
        self.top + (m - self.min_y) * self.k
    }
}

/// Where a stand is drawn on the page of a plan in `lang`: `(x, y, width, height)` in dots.
pub fn stand_box(stop: &Stop, stand: usize, lang: Lang) -> (f64, f64, f64, f64) {
    let sc = Scale::of(stop, Page::of(lang));
    let r = &stop.stands[stand].rect;
    (
        sc.x(r.x0),
        sc.y(r.y0),
        (r.x1 - r.x0) * sc.k,
        (r.y1 - r.y0) * sc.k,
    )
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

/// The plan of a stop's layout as an SVG document, in `lang`: the title, the legend, the zones'
/// names and the checker's sentences (made in `lang` too) are in that language, and right to
/// left the title and the legend are placed for reading from the right.
pub fn plan_svg(problem: &Problem, stop: &Stop, solution: &Solution, lang: Lang) -> String {
    i18n::scoped(lang, || draw(problem, stop, solution, lang))
}

fn draw(problem: &Problem, stop: &Stop, solution: &Solution, lang: Lang) -> String {
    let page = Page::of(lang);
    let sc = Scale::of(stop, page);
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
        venue = info.venue.as_str(),
        town = info.town.as_str(),
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
        for line in wrap(&said, 50) {
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

    // Zones, outlined (drawn over the stands, so that every outline and name shows).
    let mut zones = Group::new().set("id", "zones");
    for (z, id) in stop.zones.iter().enumerate() {
        let members: Vec<usize> = (0..stop.stands.len())
            .filter(|&s| stop.stands[s].zone == Some(z))
            .collect();
        if members.is_empty() {
            continue;
        }
        let pad = 5.0;
        let x0 = members
            .iter()
            .map(|&s| sc.x(stop.stands[s].rect.x0))
            .fold(f64::INFINITY, f64::min)
            - pad;
        let y0 = members
            .iter()
            .map(|&s| sc.y(stop.stands[s].rect.y0))
            .fold(f64::INFINITY, f64::min)
            - pad;
        let x1 = members
            .iter()
            .map(|&s| sc.x(stop.stands[s].rect.x1))
            .fold(f64::NEG_INFINITY, f64::max)
            + pad;
        let y1 = members
            .iter()
            .map(|&s| sc.y(stop.stands[s].rect.y1))
            .fold(f64::NEG_INFINITY, f64::max)
            + pad;
        let name = zone_name(&problem.zones, id, lang);
        let entrance = id.to_lowercase().starts_with("entr");
        let label = if entrance {
            format!("▼ {name}")
        } else {
            name
        };
        // The name at the corner where reading begins.
        let corner = if page.rtl { x1 - 2.0 } else { x0 + 2.0 };
        zones = zones
            .add(
                Rectangle::new()
                    .set("x", round(x0))
                    .set("y", round(y0))
                    .set("width", round(x1 - x0))
                    .set("height", round(y1 - y0))
                    .set("fill", "none")
                    .set("stroke", if entrance { "#1b5e20" } else { "#555" })
                    .set("stroke-width", if entrance { 2.5 } else { 1.5 })
                    .set("stroke-dasharray", "8 5"),
            )
            .add(
                page.line(corner, y0 - 4.0, 13.0, label)
                    .set("class", "zone-name")
                    .set("fill", if entrance { "#1b5e20" } else { "#444" })
                    .set("stroke", "#ffffff")
                    .set("stroke-width", 3)
                    .set("paint-order", "stroke")
                    .set("font-weight", "bold"),
            );
    }

    // Stands.
    let mut stands = Group::new().set("id", "stands");
    for (s, stand) in stop.stands.iter().enumerate() {
        let r = &stand.rect;
        let (x, y, w, h) = (
            sc.x(r.x0),
            sc.y(r.y0),
            (r.x1 - r.x0) * sc.k,
            (r.y1 - r.y0) * sc.k,
        );
        let who = layout.occupant(s).map(|e| &stop.exhibitors[e]);
        let fill = who.map_or("#f4f4f4", |e| province_colour(e.province));
        let prime = stand.is_prime();
        let mut g = Group::new()
            .set("class", "stand")
            .set("id", format!("stand-{}", stand.id));
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
        g = g.add(Title::new(tooltip)).add(
            Rectangle::new()
                .set("x", round(x))
                .set("y", round(y))
                .set("width", round(w))
                .set("height", round(h))
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
        let size = (w.min(h) / 4.2).clamp(6.0, 12.0);
        let room = w - 6.0;
        let label = fit(
            &format!("{}{}", if prime { "★ " } else { "" }, stand.id),
            room,
            size * 1.08,
        );
        g = g.add(
            text(x + 3.0, y + size + 2.0, size, label)
                .set("font-weight", "bold")
                .set("fill", "#111"),
        );
        if let Some(e) = who {
            let name = fit(short_name(&e.name), room, size);
            // An Arabic name reads from the stand's right edge.
            let name = if right_to_left(&name) {
                text(x + w - 3.0, y + 2.0 * size + 4.0, size, name)
                    .set("direction", "rtl")
                    .set("text-anchor", "start")
            } else {
                text(x + 3.0, y + 2.0 * size + 4.0, size, name)
            };
            g = g.add(name.set("fill", "#111"));
            g = g.add(
                text(
                    x + 3.0,
                    y + 3.0 * size + 6.0,
                    size * 0.9,
                    codes[e.family].clone(),
                )
                .set("fill", "#333")
                .set("font-style", "italic"),
            );
        }
        stands = stands.add(g);
    }
    doc = doc.add(stands).add(zones);

    // Clashes, from the checker's justifications.
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
    for (k, (a, b, why, _)) in clashes.iter().enumerate() {
        let centre = |s: usize| {
            let r = &stop.stands[s].rect;
            (sc.x((r.x0 + r.x1) / 2.0), sc.y((r.y0 + r.y1) / 2.0))
        };
        let ((x1, y1), (x2, y2)) = (centre(*a), centre(*b));
        let (mx, my) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0);
        lines = lines.add(
            Group::new()
                .add(Title::new(why.clone()))
                .add(
                    Line::new()
                        .set("x1", round(x1))
                        .set("y1", round(y1))
                        .set("x2", round(x2))
                        .set("y2", round(y2))
                        .set("stroke", "#d00000")
                        .set("stroke-width", 3)
                        .set("stroke-linecap", "round"),
                )
                .add(
                    Circle::new()
                        .set("cx", round(mx))
                        .set("cy", round(my))
                        .set("r", 9)
                        .set("fill", "#d00000"),
                )
                .add(
                    text(mx, my + 4.0, 11.0, (k + 1).to_string())
                        .set("fill", "#fff")
                        .set("text-anchor", "middle")
                        .set("font-weight", "bold"),
                ),
        );
    }
    doc = doc.add(lines);

    // Legend, on the side where reading ends.
    let mut ly = legend_top;
    let heading = |y: f64, words: String| page.line(lx, y, 16.0, words).set("font-weight", "bold");
    let mut legend = Group::new().set("id", "legend");
    legend = legend.add(heading(ly, tl!(lang, "plan-legend-provinces")));
    ly += 8.0;
    let counts = stop.province_counts();
    for (p, prov) in stop.provinces.iter().enumerate() {
        if counts[p] == 0 {
            continue;
        }
        ly += 20.0;
        legend = legend
            .add(
                Rectangle::new()
                    .set("x", if page.rtl { lx - 24.0 } else { lx })
                    .set("y", round(ly - 13.0))
                    .set("width", 24)
                    .set("height", 16)
                    .set("fill", province_colour(p))
                    .set("stroke", "#333"),
            )
            .add(page.line(
                page.along(lx, 32.0),
                ly,
                13.0,
                format!("{} ({})", prov.name, counts[p]),
            ));
    }
    ly += 30.0;
    legend = legend.add(heading(ly, tl!(lang, "plan-legend-symbols")));
    for line in [
        tl!(lang, "plan-legend-prime"),
        tl!(lang, "plan-legend-front"),
        tl!(lang, "plan-legend-zone"),
        tl!(lang, "plan-legend-empty"),
        tl!(lang, "plan-legend-clash"),
    ] {
        ly += 18.0;
        legend = legend.add(page.line(lx, ly, 12.0, line));
    }
    ly += 30.0;
    legend = legend.add(heading(ly, tl!(lang, "plan-legend-families")));
    let mut used: Vec<usize> = stop.exhibitors.iter().map(|e| e.family).collect();
    used.sort_unstable();
    used.dedup();
    for f in used {
        ly += 16.0;
        let fam = &stop.families[f];
        legend = legend.add(page.line(
            lx,
            ly,
            11.0,
            format!("{} — {}", codes[f], short(&fam.name, 52)),
        ));
    }
    ly += 30.0;
    legend = legend.add(heading(
        ly,
        tl!(lang, "plan-legend-clashes", count = clashes.len()),
    ));
    if clashes.is_empty() {
        ly += 18.0;
        legend = legend.add(page.line(lx, ly, 12.0, tl!(lang, "plan-legend-no-clash")));
    }
    'clashes: for (k, (_, _, why, cost)) in clashes.iter().enumerate() {
        let said = tl!(
            lang,
            "plan-legend-clash-line",
            number = k + 1,
            why = why.trim_end_matches('.'),
            cost = figure(lang, *cost)
        );
        for line in wrap(&said, 62) {
            if ly > PAGE_H - 30.0 {
                ly += 16.0;
                legend = legend.add(page.line(
                    lx,
                    ly.min(PAGE_H - 8.0),
                    11.0,
                    tl!(lang, "plan-legend-more"),
                ));
                break 'clashes;
            }
            ly += 15.0;
            legend = legend.add(page.line(lx, ly, 11.0, line).set("fill", "#d00000"));
        }
        ly += 3.0;
    }
    doc = doc.add(legend);
    doc.to_string()
}

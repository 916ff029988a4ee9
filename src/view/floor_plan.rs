//! The floor plan of a stop as an SVG picture, to scale, for printing on A3 (landscape):
//! stands as rectangles coloured by the exhibitor's province, with the stand id, a short name
//! and the family's code; prime stands with a gold border and a star; the front of each stand
//! (the side visitors walk past) as a dark edge; zones outlined and named; clashing neighbours
//! joined by a red line with a number that the legend explains.
//!
//! The clashes and their reasons come from the independent checker ([`crate::check`]), so the
//! picture shows what `check` would say. Names are written as they are: Arabic and Tifinagh
//! render with any font that has them (the font list names Noto's).

use crate::check::{check, claim};
use crate::format::{Front, Problem, Solution};
use crate::stop::layout::Layout;
use crate::stop::model::Stop;
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

/// The short code of a family printed on its stands: the first letters of its id's words.
///
/// ```
/// use caravane::view::floor_plan::family_code;
/// assert_eq!(family_code("silver-jewellery"), "SJ");
/// assert_eq!(family_code("saffron"), "SAF");
/// ```
pub fn family_code(id: &str) -> String {
    let words: Vec<&str> = id
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .collect();
    let code: String = if words.len() > 1 {
        words
            .iter()
            .filter_map(|w| w.chars().next())
            .take(3)
            .collect()
    } else {
        id.chars().take(3).collect()
    };
    code.to_uppercase()
}

/// Short codes for the families of a stop, one each and all different: the initials of the
/// id's words (or its first three letters), lengthened with the next letters of the id when two
/// families would share a code.
///
/// ```
/// use caravane::view::floor_plan::family_codes;
/// let ids = ["argan-culinary", "argan-cosmetic", "saffron"];
/// assert_eq!(family_codes(&ids), vec!["AC", "ACO", "SAF"]);
/// ```
pub fn family_codes(ids: &[&str]) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for id in ids {
        let first = family_code(id);
        let letters: Vec<char> = id
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_uppercase)
            .collect();
        let last_word: Vec<char> = id
            .rsplit(['-', '_', ' '])
            .next()
            .unwrap_or(id)
            .chars()
            .flat_map(char::to_uppercase)
            .collect();
        let mut code = first.clone();
        let mut k = 1;
        while codes.contains(&code) {
            // The initials plus more of the last word, then anything unused.
            code = if k < last_word.len() {
                format!("{first}{}", last_word[k])
            } else {
                format!("{}{}", letters.iter().take(3).collect::<String>(), k)
            };
            k += 1;
        }
        codes.push(code);
    }
    codes
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

/// Maps metres on the square to dots on the page.
struct Scale {
    min_x: f64,
    min_y: f64,
    k: f64,
    left: f64,
    top: f64,
}

impl Scale {
    fn of(stop: &Stop) -> Scale {
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
            left: MARGIN + (room_w - w * k) / 2.0,
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

/// Where a stand is drawn on the page: `(x, y, width, height)` in dots.
pub fn stand_box(stop: &Stop, stand: usize) -> (f64, f64, f64, f64) {
    let sc = Scale::of(stop);
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

/// The plan of a stop's layout as an SVG document.
pub fn plan_svg(problem: &Problem, stop: &Stop, solution: &Solution) -> String {
    let sc = Scale::of(stop);
    let layout = Layout::from_solution(stop, solution);
    let report = check(problem, solution);
    let ids: Vec<&str> = stop.families.iter().map(|f| f.id.as_str()).collect();
    let codes = family_codes(&ids);
    let mut doc = Document::new()
        .set("width", "420mm")
        .set("height", "297mm")
        .set("viewBox", (0, 0, PAGE_W, PAGE_H))
        .set("font-family", FONTS)
        .add(
            Rectangle::new()
                .set("width", PAGE_W)
                .set("height", PAGE_H)
                .set("fill", "#ffffff"),
        );

    // Title.
    let info = &stop.info;
    doc = doc.add(
        text(MARGIN, 40.0, 26.0, info.name.clone())
            .set("font-weight", "bold")
            .set("fill", "#222"),
    );
    // The status is the checker's claim, derived from the layout and the stop file as they are
    // now; when the file claims what no longer holds, a warning says so in red.
    let claim = claim(problem, solution);
    doc = doc.add(
        text(
            MARGIN,
            66.0,
            15.0,
            format!(
                "{}, {}, {} to {} — {} exhibitors on {} stands — {}",
                info.venue,
                info.town,
                info.from,
                info.to,
                stop.exhibitors.len(),
                stop.stands.len(),
                claim.summary()
            ),
        )
        .set("fill", "#444"),
    );
    if let Some(warning) = claim.warning() {
        // Above the legend, a clause a line.
        let mut warn = Group::new().set("id", "warning");
        let said = format!("⚠ {warning}.");
        let mut y = 26.0;
        for line in said.split_inclusive([':', ';']) {
            warn = warn.add(
                text(PAGE_W - LEGEND_W - MARGIN, y, 13.0, line.trim())
                    .set("fill", "#b00020")
                    .set("font-weight", "bold"),
            );
            y += 17.0;
        }
        doc = doc.add(warn);
    }

    // Zones, outlined (drawn over the stands, so that every outline and name shows).
    let mut zones = Group::new().set("id", "zones");
    for (z, name) in stop.zones.iter().enumerate() {
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
        let entrance = name.to_lowercase().starts_with("entr");
        let label = if entrance {
            format!("▼ Entrée — zone « {name} »")
        } else {
            format!("zone « {name} »")
        };
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
                text(x0 + 2.0, y0 - 4.0, 12.0, label)
                    .set("fill", if entrance { "#1b5e20" } else { "#444" })
                    .set("stroke", "#ffffff")
                    .set("stroke-width", 3)
                    .set("paint-order", "stroke")
                    .set("font-weight", if entrance { "bold" } else { "normal" }),
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
        let tooltip = match who {
            Some(e) => format!(
                "{} — {} ({}, {}){}",
                stand.id,
                e.name,
                stop.provinces[e.province].name,
                stop.families[e.family].name,
                if prime { ", prime stand" } else { "" }
            ),
            None => format!(
                "{} — empty{}",
                stand.id,
                if prime { ", prime stand" } else { "" }
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
        let chars = ((w / (size * 0.55)) as usize).max(4);
        let mut label = format!("{}{}", if prime { "★ " } else { "" }, stand.id);
        label = short(&label, chars);
        g = g.add(
            text(x + 3.0, y + size + 2.0, size, label)
                .set("font-weight", "bold")
                .set("fill", "#111"),
        );
        if let Some(e) = who {
            g = g.add(
                text(
                    x + 3.0,
                    y + 2.0 * size + 4.0,
                    size,
                    short(short_name(&e.name), chars),
                )
                .set("fill", "#111"),
            );
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

    // Legend.
    let lx = PAGE_W - LEGEND_W - MARGIN;
    let mut ly = TITLE_H + MARGIN;
    let mut legend = Group::new().set("id", "legend");
    legend = legend.add(text(lx, ly, 16.0, "Provinces").set("font-weight", "bold"));
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
                    .set("x", lx)
                    .set("y", round(ly - 13.0))
                    .set("width", 24)
                    .set("height", 16)
                    .set("fill", province_colour(p))
                    .set("stroke", "#333"),
            )
            .add(text(
                lx + 32.0,
                ly,
                13.0,
                format!("{} ({})", prov.name, counts[p]),
            ));
    }
    ly += 30.0;
    legend = legend.add(text(lx, ly, 16.0, "Symbols").set("font-weight", "bold"));
    for line in [
        "★ gold border: prime stand",
        "dark edge: the front, where visitors pass",
        "dashed outline: a zone",
        "grey: empty stand",
        "red line: clashing neighbours (below)",
    ] {
        ly += 18.0;
        legend = legend.add(text(lx, ly, 12.0, line));
    }
    ly += 30.0;
    legend = legend.add(text(lx, ly, 16.0, "Families").set("font-weight", "bold"));
    let mut used: Vec<usize> = stop.exhibitors.iter().map(|e| e.family).collect();
    used.sort_unstable();
    used.dedup();
    for f in used {
        ly += 16.0;
        let fam = &stop.families[f];
        legend = legend.add(text(
            lx,
            ly,
            11.0,
            format!("{} — {}", codes[f], short(&fam.name, 44)),
        ));
    }
    ly += 30.0;
    legend = legend
        .add(text(lx, ly, 16.0, format!("Clashes ({})", clashes.len())).set("font-weight", "bold"));
    if clashes.is_empty() {
        ly += 18.0;
        legend = legend.add(text(lx, ly, 12.0, "none: no neighbours that should not be"));
    }
    for (k, (_, _, why, cost)) in clashes.iter().enumerate() {
        if ly > PAGE_H - 30.0 {
            ly += 16.0;
            legend = legend.add(text(lx, ly.min(PAGE_H - 8.0), 11.0, "… (see the report)"));
            break;
        }
        ly += 16.0;
        legend = legend.add(
            text(
                lx,
                ly,
                11.0,
                short(&format!("{}. {why} (cost {cost})", k + 1), 64),
            )
            .set("fill", "#d00000"),
        );
    }
    doc = doc.add(legend);
    doc.to_string()
}

//! The report of a tour comparison: a map of the towns and of each itinerary's route, the
//! ranking, what each criterion means, a chart of the criteria per itinerary, and each
//! itinerary's route and stops with who was turned away and why, as one self-contained HTML
//! page (a minijinja template) in the language given. In Arabic the page, and its chart, read
//! right to left; the map keeps north up and west on the left in every language.
//!
//! **The map.** Drawn from the towns' latitude and longitude by an equirectangular projection
//! (east–west distances scaled by the cosine of the middle latitude), so that a kilometre is
//! the same length across and down and the scale bar holds everywhere on it. Each itinerary is
//! drawn in its colour (the chart's) along the shortest roads from stop to stop, its stops
//! numbered in order. When a town an itinerary goes through has no coordinates, the page says
//! which and draws no map; other towns without coordinates (home towns only) are named and
//! left off.

use super::report::environment;
use crate::i18n::numbers;
use crate::i18n::Lang;
use crate::tl;
use crate::tour::compare::TownPoint;
use crate::tour::compare::{Comparison, ItineraryFigures};
use minijinja::value::Serde;
use serde::Serialize;
use svg::node::element::{Circle, Group, Line as SvgLine, Path, Rectangle, Text};
use svg::Document;

const TEMPLATE: &str = include_str!("templates/tour.html");

/// A distance for people: "87 km".
fn km(lang: Lang, x: f64) -> String {
    if x.is_finite() {
        tl!(lang, "report-tour-km", km = numbers::decimal(lang, x, 0))
    } else {
        "—".into()
    }
}

/// The criteria drawn: their name, their raw value and that value as printed.
fn criteria(f: &ItineraryFigures, lang: Lang) -> [(String, f64, String); 7] {
    [
        (
            tl!(lang, "report-tour-chart-tour-km"),
            f.tour_km,
            km(lang, f.tour_km),
        ),
        (
            tl!(lang, "report-tour-chart-exhibitor-km"),
            f.exhibitor_km,
            km(lang, f.exhibitor_km),
        ),
        (
            tl!(lang, "report-tour-chart-attending"),
            f.attending as f64,
            numbers::count(lang, f.attending),
        ),
        (
            tl!(lang, "report-tour-chart-representation-gap"),
            f.representation_gap,
            format!("{} %", numbers::decimal(lang, f.representation_gap, 2)),
        ),
        (
            tl!(lang, "report-tour-chart-layout"),
            f.layout.unwrap_or(f64::INFINITY),
            f.layout
                .map_or("—".into(), |x| numbers::decimal(lang, x, 2)),
        ),
        (
            tl!(lang, "report-tour-chart-prime-gini"),
            f.prime_gini,
            numbers::decimal(lang, f.prime_gini, 3),
        ),
        (
            tl!(lang, "report-tour-chart-sessions-missed"),
            f.sessions_missed,
            numbers::figure(lang, f.sessions_missed),
        ),
    ]
}

/// Whether more is better, criterion by criterion (attendance only).
const MORE_IS_BETTER: [bool; 7] = [false, false, true, false, false, false, false];

/// Colours of the itineraries in the chart.
const COLOURS: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999",
];

/// A bar chart: one block per criterion, one bar per itinerary, scaled 0 (best) to 1 (worst),
/// with its words in `lang`. In a language written right to left the chart is mirrored: the
/// names on the right, the bars growing leftwards.
pub fn chart_svg(c: &Comparison, lang: Lang) -> String {
    let n = c.itineraries.len().max(1);
    let (label_w, bar_w, bar_h, gap) = (190.0, 520.0, 16.0, 14.0);
    let block_h = n as f64 * (bar_h + 3.0) + gap + 18.0;
    let rows = 7.0;
    let height = rows * block_h + 10.0;
    let width = label_w + bar_w + 160.0;
    // x as drawn: mirrored right to left, with the anchors of text swapped to match.
    let rtl = lang.is_rtl();
    let x = |at: f64| if rtl { width - at } else { at };
    let (start, end) = if rtl {
        ("end", "start")
    } else {
        ("start", "end")
    };
    let mut doc = Document::new()
        .set("viewBox", (0, 0, width, height))
        .set("width", width)
        .set("height", height)
        .set(
            "font-family",
            "'Noto Sans', 'DejaVu Sans', 'Noto Naskh Arabic', 'Noto Sans Arabic', Arial, sans-serif",
        )
        .set("direction", "ltr")
        .set("role", "img");
    let all: Vec<_> = c.itineraries.iter().map(|f| criteria(f, lang)).collect();
    if all.is_empty() {
        return doc.to_string();
    }
    for k in 0..7 {
        let y0 = k as f64 * block_h + 14.0;
        let name = all[0][k].0.clone();
        let more_is_better = MORE_IS_BETTER[k];
        let values: Vec<f64> = all
            .iter()
            .map(|r| r[k].1)
            .filter(|v| v.is_finite())
            .collect();
        let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let mut g = Group::new().add(
            Text::new(name)
                .set("x", x(0.0))
                .set("y", y0)
                .set("font-size", 13)
                .set("font-weight", "bold")
                .set("text-anchor", start),
        );
        for (i, row) in all.iter().enumerate() {
            let (_, v, ref shown) = row[k];
            let scaled = if !v.is_finite() {
                1.0
            } else if hi - lo > 1e-9 {
                let s = (v - lo) / (hi - lo);
                if more_is_better {
                    1.0 - s
                } else {
                    s
                }
            } else {
                0.0
            };
            let y = y0 + 8.0 + i as f64 * (bar_h + 3.0);
            let bar = (bar_w * scaled).max(1.0);
            g = g
                .add(
                    Text::new(c.itineraries[i].id.clone())
                        .set("x", x(label_w - 8.0))
                        .set("y", y + bar_h - 4.0)
                        .set("font-size", 11)
                        .set("text-anchor", end),
                )
                .add(
                    Rectangle::new()
                        .set("x", if rtl { width - label_w - bar } else { label_w })
                        .set("y", y)
                        .set("width", bar)
                        .set("height", bar_h)
                        .set("fill", COLOURS[i % COLOURS.len()]),
                )
                .add(
                    Text::new(shown.clone())
                        .set("x", x(label_w + bar_w * scaled + 6.0))
                        .set("y", y + bar_h - 4.0)
                        .set("font-size", 11)
                        .set("text-anchor", start),
                );
        }
        doc = doc.add(g);
    }
    doc.to_string()
}

#[derive(Serialize)]
struct Line {
    rank: usize,
    id: String,
    name: String,
    score: String,
    tour_km: String,
    exhibitor_km: String,
    attending: usize,
    turned_away: usize,
    representation_gap: String,
    layout: String,
    prime: String,
    gini: String,
    missed: String,
    route: Vec<String>,
    legs: Vec<String>,
    stops: Vec<StopLine>,
    away: Vec<AwayAt>,
}

#[derive(Serialize)]
struct StopLine {
    town: String,
    venue: String,
    dates: String,
    exhibitors: usize,
    turned_away: usize,
    representation_gap: String,
    status: String,
    objective: String,
}

/// A swatch of the map's legend: an itinerary, its colour and its stops in order.
#[derive(Serialize)]
struct Legend {
    colour: &'static str,
    name: String,
    id: String,
}

/// The stops where applicants were turned away, and why.
#[derive(Serialize)]
struct AwayAt {
    town: String,
    dates: String,
    count: usize,
    reasons: Vec<Reason>,
}

/// One reason, and the exhibitors it turned away.
#[derive(Serialize)]
struct Reason {
    why: String,
    names: Vec<String>,
}

#[derive(Serialize)]
struct Page {
    /// The map, when every town on a route has coordinates.
    map: Option<String>,
    /// Towns on a route without coordinates (then there is no map).
    unmapped: String,
    /// How many they are.
    unmapped_count: usize,
    /// Other towns without coordinates, left off the map.
    left_off: String,
    legend: Vec<Legend>,
    lang: &'static str,
    dir: &'static str,
    /// The arrow between the towns of a route, pointing the way the page reads.
    arrow: &'static str,
    tour: String,
    chart: String,
    itineraries: Vec<Line>,
}

/// The status of a stop's plan in words (as it is when Caravane does not know it).
fn status(lang: Lang, s: &str) -> String {
    match s {
        "optimal" => tl!(lang, "report-tour-status-optimal"),
        "feasible" => tl!(lang, "report-tour-status-feasible"),
        "infeasible" => tl!(lang, "report-tour-status-infeasible"),
        "unknown" => tl!(lang, "report-tour-status-unknown"),
        "not planned" => tl!(lang, "report-tour-status-not-planned"),
        other => other.to_string(),
    }
}

/// The comparison as one HTML page in `lang` (`dir="rtl"` in Arabic).
///
/// # Errors
/// When the template cannot be filled (a bug: the template ships with the program).
pub fn tour_html(c: &Comparison, lang: Lang) -> Result<String, minijinja::Error> {
    let dec = |x: f64, d: usize| numbers::decimal(lang, x, d);
    let opt = |x: Option<f64>, d: usize| {
        x.filter(|v| v.is_finite())
            .map_or("—".into(), |v| dec(v, d))
    };
    let drawn = map_svg(c, lang);
    let names = |towns: &[usize]| {
        let list: Vec<String> = towns.iter().map(|&k| c.towns[k].name.clone()).collect();
        crate::i18n::scoped(lang, || crate::stop::diagnostic::joined(&list))
    };
    let page = Page {
        map: drawn.svg,
        unmapped: names(&drawn.unmapped),
        unmapped_count: drawn.unmapped.len(),
        left_off: names(&drawn.left_off),
        legend: c
            .itineraries
            .iter()
            .enumerate()
            .map(|(i, f)| Legend {
                colour: COLOURS[i % COLOURS.len()],
                name: f.name.clone(),
                id: f.id.clone(),
            })
            .collect(),
        lang: lang.code(),
        dir: lang.dir(),
        arrow: if lang.is_rtl() { "←" } else { "→" },
        tour: c.tour.clone(),
        chart: chart_svg(c, lang),
        itineraries: c
            .itineraries
            .iter()
            .map(|f| Line {
                rank: f.rank,
                id: f.id.clone(),
                name: f.name.clone(),
                score: opt(f.score, 2),
                tour_km: opt(Some(f.tour_km), 0),
                exhibitor_km: opt(Some(f.exhibitor_km), 0),
                attending: f.attending,
                turned_away: f.turned_away,
                representation_gap: dec(f.representation_gap, 2),
                layout: opt(f.layout, 2),
                prime: format!("{}–{}", f.prime_min, f.prime_max),
                gini: dec(f.prime_gini, 3),
                missed: opt(Some(f.sessions_missed), 0),
                route: f.route.clone(),
                legs: f.legs.clone(),
                stops: f
                    .stops
                    .iter()
                    .map(|s| StopLine {
                        town: s.town.clone(),
                        venue: s.venue.clone(),
                        dates: numbers::date_range_text(lang, &s.from, &s.to),
                        exhibitors: s.exhibitors,
                        turned_away: s.turned_away,
                        representation_gap: dec(s.representation_gap, 2),
                        status: status(lang, &s.status),
                        objective: opt(s.objective, 2),
                    })
                    .collect(),
                away: f
                    .stops
                    .iter()
                    .filter(|s| !s.turned_away_reasons.is_empty())
                    .map(|s| {
                        let mut reasons: Vec<Reason> = Vec::new();
                        for a in &s.turned_away_reasons {
                            match reasons.iter_mut().find(|r| r.why == a.reason) {
                                Some(r) => r.names.push(a.name.clone()),
                                None => reasons.push(Reason {
                                    why: a.reason.clone(),
                                    names: vec![a.name.clone()],
                                }),
                            }
                        }
                        AwayAt {
                            town: s.town.clone(),
                            dates: numbers::date_range_text(lang, &s.from, &s.to),
                            count: s.turned_away_reasons.len(),
                            reasons,
                        }
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut env = environment(lang);
    // The name ends in .html, which turns on HTML escaping of every value the page shows.
    env.add_template("tour.html", TEMPLATE)?;
    env.get_template("tour.html")?.render(Serde(&page))
}

/// The map of a comparison, or the towns that keep it from being drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Map {
    /// The SVG, when every town on a route has coordinates.
    pub svg: Option<String>,
    /// Towns on a route without coordinates (indices of [`Comparison::towns`]).
    pub unmapped: Vec<usize>,
    /// Other towns without coordinates, left off the map.
    pub left_off: Vec<usize>,
}

/// Kilometres per degree of latitude (and of longitude at the equator).
const KM_PER_DEGREE: f64 = 111.2;

/// Round lengths the scale bar may take, in km.
const SCALE_KM: [f64; 12] = [
    1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 250.0, 500.0, 1000.0,
];

fn place(t: &TownPoint) -> Option<(f64, f64)> {
    Some((t.latitude?, t.longitude?))
}

/// The map of the towns and of each itinerary's route, north up, with a scale bar in km; its
/// few words in `lang`.
pub fn map_svg(c: &Comparison, lang: Lang) -> Map {
    let on_route: std::collections::BTreeSet<usize> = c
        .itineraries
        .iter()
        .flat_map(|f| f.path.iter().chain(&f.stop_towns).copied())
        .collect();
    let missing = |k: &usize| place(&c.towns[*k]).is_none();
    let unmapped: Vec<usize> = on_route.iter().copied().filter(missing).collect();
    let left_off: Vec<usize> = (0..c.towns.len())
        .filter(|k| !on_route.contains(k) && missing(k))
        .collect();
    if !unmapped.is_empty() || on_route.is_empty() {
        return Map {
            svg: None,
            unmapped,
            left_off,
        };
    }
    let shown: Vec<usize> = (0..c.towns.len()).filter(|k| !missing(k)).collect();
    let coords: Vec<(f64, f64)> = shown.iter().filter_map(|&k| place(&c.towns[k])).collect();
    let lat_min = coords.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
    let lat_max = coords.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
    let lon_min = coords.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let lon_max = coords.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    let cos = ((lat_min + lat_max) / 2.0).to_radians().cos();
    // Extent in km, east and south of the north-west corner.
    let project = |lat: f64, lon: f64| {
        (
            (lon - lon_min) * cos * KM_PER_DEGREE,
            (lat_max - lat) * KM_PER_DEGREE,
        )
    };
    let (wide, tall) = project(lat_min, lon_max);
    let (width, margin, top) = (900.0_f64, 110.0_f64, 50.0_f64);
    let inner = width - 2.0 * margin;
    let mut px_per_km = if wide > 1e-9 { inner / wide } else { 4.0 };
    if tall * px_per_km > 620.0 {
        px_per_km = 620.0 / tall;
    }
    let height = tall * px_per_km + top + 90.0;
    let left = margin + (inner - wide * px_per_km) / 2.0;
    let at = |k: usize| {
        let (lat, lon) = place(&c.towns[k]).unwrap_or_default();
        let (x, y) = project(lat, lon);
        (left + x * px_per_km, top + y * px_per_km)
    };
    let mut doc = Document::new()
        .set("viewBox", (0, 0, width, height.round()))
        .set("width", width)
        .set("height", height.round())
        .set(
            "font-family",
            "'Noto Sans', 'DejaVu Sans', 'Noto Naskh Arabic', 'Noto Sans Arabic', Arial, sans-serif",
        )
        .set("direction", "ltr")
        .set("role", "img")
        .add(
            Rectangle::new()
                .set("x", 0.5)
                .set("y", 0.5)
                .set("width", width - 1.0)
                .set("height", height.round() - 1.0)
                .set("fill", "#f8f7f2")
                .set("stroke", "#bbb"),
        );
    // The roads, thin and grey.
    for &(a, b) in &c.roads {
        if missing(&a) || missing(&b) {
            continue;
        }
        let ((x1, y1), (x2, y2)) = (at(a), at(b));
        doc = doc.add(
            SvgLine::new()
                .set("x1", r1(x1))
                .set("y1", r1(y1))
                .set("x2", r1(x2))
                .set("y2", r1(y2))
                .set("stroke", "#c8c8c0")
                .set("stroke-width", 1.5),
        );
    }
    // Each route along its roads, moved a little sideways so that routes sharing a road stay
    // apart.
    let n = c.itineraries.len() as f64;
    for (i, f) in c.itineraries.iter().enumerate() {
        let shift = (i as f64 - (n - 1.0) / 2.0) * 4.5;
        let mut d = String::new();
        for w in f.path.windows(2) {
            let ((x1, y1), (x2, y2)) = (at(w[0]), at(w[1]));
            let len = ((x2 - x1).powi(2) + (y2 - y1).powi(2)).sqrt();
            if len < 1e-9 {
                continue;
            }
            let (nx, ny) = (-(y2 - y1) / len * shift, (x2 - x1) / len * shift);
            d.push_str(&format!(
                "M{} {} L{} {} ",
                r1(x1 + nx),
                r1(y1 + ny),
                r1(x2 + nx),
                r1(y2 + ny)
            ));
        }
        if !d.is_empty() {
            doc = doc.add(
                Path::new()
                    .set("d", d.trim_end())
                    .set("fill", "none")
                    .set("stroke", COLOURS[i % COLOURS.len()])
                    .set("stroke-width", 2.5)
                    .set("stroke-linecap", "round")
                    .set("stroke-opacity", 0.9),
            );
        }
    }
    // The towns: stops large and dark, home towns small and grey.
    let stops: std::collections::BTreeSet<usize> = c
        .itineraries
        .iter()
        .flat_map(|f| f.stop_towns.iter().copied())
        .collect();
    for &k in &shown {
        let (x, y) = at(k);
        let stop = stops.contains(&k);
        doc = doc.add(
            Circle::new()
                .set("cx", r1(x))
                .set("cy", r1(y))
                .set("r", if stop { 5 } else { 3 })
                .set("fill", if stop { "#222" } else { "#888" })
                .set("stroke", "#fff")
                .set("stroke-width", 1),
        );
    }
    // The order of the stops: a numbered disc per itinerary, in a row under the town.
    let mut badges: std::collections::BTreeMap<usize, Vec<(usize, usize)>> = Default::default();
    for (i, f) in c.itineraries.iter().enumerate() {
        for (s, &k) in f.stop_towns.iter().enumerate() {
            badges.entry(k).or_default().push((i, s + 1));
        }
    }
    let mut taken: Vec<(f64, f64, f64, f64)> = Vec::new();
    for (&k, list) in &badges {
        let (x, y) = at(k);
        let row = list.len() as f64;
        for (j, &(i, number)) in list.iter().enumerate() {
            let bx = x + (j as f64 - (row - 1.0) / 2.0) * 17.0;
            let by = y + 17.0;
            taken.push((bx - 8.0, by - 8.0, bx + 8.0, by + 8.0));
            doc = doc
                .add(
                    Circle::new()
                        .set("cx", r1(bx))
                        .set("cy", r1(by))
                        .set("r", 8)
                        .set("fill", COLOURS[i % COLOURS.len()])
                        .set("stroke", "#fff")
                        .set("stroke-width", 1),
                )
                .add(
                    Text::new(number.to_string())
                        .set("x", r1(bx))
                        .set("y", r1(by + 3.5))
                        .set("font-size", 10)
                        .set("font-weight", "bold")
                        .set("fill", "#fff")
                        .set("text-anchor", "middle"),
                );
        }
    }
    // The names, stops first, each where it covers no name nor disc already placed.
    let mut order: Vec<usize> = shown.clone();
    order.sort_by_key(|k| !stops.contains(k));
    for k in order {
        let (x, y) = at(k);
        let stop = stops.contains(&k);
        let size = if stop { 14.0 } else { 11.0 };
        let name = &c.towns[k].name;
        let w = name.chars().count() as f64 * size * 0.58;
        let candidates = [
            (x + 8.0, y - 6.0, "start"),
            (x - 8.0, y - 6.0, "end"),
            (x + 8.0, y + size + 2.0, "start"),
            (x - 8.0, y + size + 2.0, "end"),
            (x, y - 10.0, "middle"),
            (x, y + size + 24.0, "middle"),
        ];
        let boxed = |&(tx, ty, anchor): &(f64, f64, &str)| {
            let x0 = match anchor {
                "start" => tx,
                "end" => tx - w,
                _ => tx - w / 2.0,
            };
            (x0, ty - size, x0 + w, ty + 3.0)
        };
        let fits = |b: (f64, f64, f64, f64)| {
            b.0 >= 2.0
                && b.2 <= width - 2.0
                && b.1 >= 2.0
                && !taken
                    .iter()
                    .any(|t| b.0 < t.2 && t.0 < b.2 && b.1 < t.3 && t.1 < b.3)
        };
        let chosen = candidates
            .iter()
            .find(|c| fits(boxed(c)))
            .unwrap_or(&candidates[0]);
        taken.push(boxed(chosen));
        let (tx, ty, anchor) = *chosen;
        doc = doc.add(
            Text::new(name.clone())
                .set("x", r1(tx))
                .set("y", r1(ty))
                .set("font-size", size)
                .set("font-weight", if stop { "bold" } else { "normal" })
                .set("fill", if stop { "#111" } else { "#666" })
                .set("text-anchor", anchor)
                .set("paint-order", "stroke")
                .set("stroke", "#f8f7f2")
                .set("stroke-width", 3),
        );
    }
    // The scale bar, bottom left: the longest round length within a quarter of the width.
    let bar_km = SCALE_KM
        .iter()
        .copied()
        .rfind(|k| k * px_per_km <= inner / 4.0)
        .unwrap_or(SCALE_KM[0]);
    let (bx, by, bl) = (24.0, height - 28.0, bar_km * px_per_km);
    let mut scale = Group::new();
    for (k, fill) in [(0.0, "#222"), (0.5, "#fff")] {
        scale = scale.add(
            Rectangle::new()
                .set("x", r1(bx + k * bl))
                .set("y", r1(by))
                .set("width", r1(bl / 2.0))
                .set("height", 6)
                .set("fill", fill)
                .set("stroke", "#222"),
        );
    }
    scale = scale
        .add(
            Text::new("0")
                .set("x", r1(bx))
                .set("y", r1(by - 5.0))
                .set("font-size", 11)
                .set("text-anchor", "middle"),
        )
        .add(
            Text::new(km(lang, bar_km))
                .set("x", r1(bx + bl))
                .set("y", r1(by - 5.0))
                .set("font-size", 11)
                .set("text-anchor", "middle"),
        );
    // North, top right.
    let (nx, ny) = (width - 34.0, 20.0);
    let north = Group::new()
        .add(
            Path::new()
                .set(
                    "d",
                    format!(
                        "M{} {} L{} {} L{} {} L{} {} Z",
                        r1(nx),
                        r1(ny),
                        r1(nx + 8.0),
                        r1(ny + 26.0),
                        r1(nx),
                        r1(ny + 20.0),
                        r1(nx - 8.0),
                        r1(ny + 26.0)
                    ),
                )
                .set("fill", "#222"),
        )
        .add(
            Text::new(tl!(lang, "report-tour-page-north"))
                .set("x", r1(nx))
                .set("y", r1(ny + 42.0))
                .set("font-size", 13)
                .set("font-weight", "bold")
                .set("text-anchor", "middle"),
        );
    doc = doc.add(scale).add(north);
    Map {
        svg: Some(doc.to_string()),
        unmapped: vec![],
        left_off,
    }
}

/// A coordinate of the drawing, to a tenth of a pixel.
fn r1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

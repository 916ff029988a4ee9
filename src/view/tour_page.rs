//! The report of a tour comparison: the ranking, a chart of the criteria per itinerary, and
//! each itinerary's route and stops, as one self-contained HTML page (a minijinja template) in
//! the language given. In Arabic the page, and its chart, read right to left.

use super::report::environment;
use crate::i18n::numbers;
use crate::i18n::Lang;
use crate::tl;
use crate::tour::compare::{Comparison, ItineraryFigures};
use minijinja::value::Serde;
use serde::Serialize;
use svg::node::element::{Group, Rectangle, Text};
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

#[derive(Serialize)]
struct Page {
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
    let page = Page {
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
            })
            .collect(),
    };
    let mut env = environment(lang);
    // The name ends in .html, which turns on HTML escaping of every value the page shows.
    env.add_template("tour.html", TEMPLATE)?;
    env.get_template("tour.html")?.render(Serde(&page))
}

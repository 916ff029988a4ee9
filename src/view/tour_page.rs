//! The report of a tour comparison: the ranking, a chart of the criteria per itinerary, and
//! each itinerary's route and stops, as one self-contained HTML page (a minijinja template).

use crate::tour::compare::{Comparison, ItineraryFigures};
use minijinja::value::Serde;
use minijinja::Environment;
use serde::Serialize;
use svg::node::element::{Group, Rectangle, Text};
use svg::Document;

const TEMPLATE: &str = include_str!("templates/tour.html");

/// The criteria drawn, with their raw value as printed and whether more is better.
fn criteria(f: &ItineraryFigures) -> [(&'static str, f64, String, bool); 7] {
    [
        ("tour km", f.tour_km, format!("{:.0} km", f.tour_km), false),
        (
            "exhibitor-km",
            f.exhibitor_km,
            format!("{:.0} km", f.exhibitor_km),
            false,
        ),
        (
            "attending",
            f.attending as f64,
            f.attending.to_string(),
            true,
        ),
        (
            "representation gap",
            f.representation_gap,
            format!("{:.2} %", f.representation_gap),
            false,
        ),
        (
            "layout",
            f.layout.unwrap_or(f64::INFINITY),
            f.layout.map_or("—".into(), |x| format!("{x:.2}")),
            false,
        ),
        (
            "prime Gini",
            f.prime_gini,
            format!("{:.3}", f.prime_gini),
            false,
        ),
        (
            "sessions missed",
            f.sessions_missed,
            format!("{}", f.sessions_missed),
            false,
        ),
    ]
}

/// Colours of the itineraries in the chart.
const COLOURS: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999",
];

/// A bar chart: one block per criterion, one bar per itinerary, scaled 0 (best) to 1 (worst).
pub fn chart_svg(c: &Comparison) -> String {
    let n = c.itineraries.len().max(1);
    let (label_w, bar_w, bar_h, gap) = (190.0, 520.0, 16.0, 14.0);
    let block_h = n as f64 * (bar_h + 3.0) + gap + 18.0;
    let rows = 7.0;
    let legend_h = 22.0 * n as f64 + 10.0;
    let height = rows * block_h + legend_h + 10.0;
    let width = label_w + bar_w + 160.0;
    let mut doc = Document::new()
        .set("viewBox", (0, 0, width, height))
        .set("width", width)
        .set("height", height)
        .set(
            "font-family",
            "'Noto Sans', 'DejaVu Sans', Arial, sans-serif",
        )
        .set("role", "img");
    let all: Vec<_> = c.itineraries.iter().map(criteria).collect();
    if all.is_empty() {
        return doc.to_string();
    }
    for k in 0..7 {
        let y0 = k as f64 * block_h + 14.0;
        let (name, _, _, more_is_better) = all[0][k];
        let values: Vec<f64> = all
            .iter()
            .map(|r| r[k].1)
            .filter(|v| v.is_finite())
            .collect();
        let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let mut g = Group::new().add(
            Text::new(format!(
                "{name}{}",
                if more_is_better {
                    " (more is better)"
                } else {
                    ""
                }
            ))
            .set("x", 0)
            .set("y", y0)
            .set("font-size", 13)
            .set("font-weight", "bold"),
        );
        for (i, row) in all.iter().enumerate() {
            let (_, v, ref shown, _) = row[k];
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
            g = g
                .add(
                    Text::new(c.itineraries[i].id.clone())
                        .set("x", label_w - 8.0)
                        .set("y", y + bar_h - 4.0)
                        .set("font-size", 11)
                        .set("text-anchor", "end"),
                )
                .add(
                    Rectangle::new()
                        .set("x", label_w)
                        .set("y", y)
                        .set("width", (bar_w * scaled).max(1.0))
                        .set("height", bar_h)
                        .set("fill", COLOURS[i % COLOURS.len()]),
                )
                .add(
                    Text::new(shown.clone())
                        .set("x", label_w + bar_w * scaled + 6.0)
                        .set("y", y + bar_h - 4.0)
                        .set("font-size", 11),
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
    route: String,
    legs: Vec<String>,
    stops: Vec<StopLine>,
}

#[derive(Serialize)]
struct StopLine {
    town: String,
    venue: String,
    from: String,
    to: String,
    exhibitors: usize,
    turned_away: usize,
    representation_gap: String,
    status: String,
    objective: String,
}

#[derive(Serialize)]
struct Page {
    tour: String,
    chart: String,
    itineraries: Vec<Line>,
}

/// The comparison as one HTML page.
///
/// # Errors
/// When the template cannot be filled (a bug: the template ships with the program).
pub fn tour_html(c: &Comparison) -> Result<String, minijinja::Error> {
    let page = Page {
        tour: c.tour.clone(),
        chart: chart_svg(c),
        itineraries: c
            .itineraries
            .iter()
            .map(|f| Line {
                rank: f.rank,
                id: f.id.clone(),
                name: f.name.clone(),
                score: f.score.map_or("—".into(), |s| format!("{s:.2}")),
                tour_km: format!("{:.0}", f.tour_km),
                exhibitor_km: format!("{:.0}", f.exhibitor_km),
                attending: f.attending,
                turned_away: f.turned_away,
                representation_gap: format!("{:.2}", f.representation_gap),
                layout: f.layout.map_or("—".into(), |x| format!("{x:.2}")),
                prime: format!("{}–{}", f.prime_min, f.prime_max),
                gini: format!("{:.3}", f.prime_gini),
                missed: format!("{:.0}", f.sessions_missed),
                route: f.route.join(" → "),
                legs: f.legs.clone(),
                stops: f
                    .stops
                    .iter()
                    .map(|s| StopLine {
                        town: s.town.clone(),
                        venue: s.venue.clone(),
                        from: s.from.clone(),
                        to: s.to.clone(),
                        exhibitors: s.exhibitors,
                        turned_away: s.turned_away,
                        representation_gap: format!("{:.2}", s.representation_gap),
                        status: s.status.clone(),
                        objective: s.objective.map_or("—".into(), |x| format!("{x:.2}")),
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut env = Environment::new();
    // The name ends in .html, which turns on HTML escaping of every value the page shows.
    env.add_template("tour.html", TEMPLATE)?;
    env.get_template("tour.html")?.render(Serde(&page))
}

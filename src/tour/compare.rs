//! Comparing planned itineraries side by side, on the figures planners weigh:
//!
//! - **tour km**: road km driven by the market from each stop to the next (shortest roads);
//! - **exhibitor-km**: for every place at every stop, road km from the exhibitor's home to the
//!   stop (one way);
//! - **attending**: exhibitors of the pool with a place at one stop at least; **places** and
//!   **turned away** count per stop;
//! - **representation gap**: at each stop, half the sum over provinces of |share of the stop's
//!   exhibitors − share of the pool| (0 % is exactly the regional mix; the more the mix leans
//!   to a few provinces, the nearer 100 %); the itinerary's figure is the mean over its stops;
//! - **layout**: the sum of the stops' objectives (each stop's `total`);
//! - **prime exposure**: for each exhibitor attending, the number of stops at which it had a
//!   prime stand; the spread (max − min) and the Gini index (0 = everyone equal) say how fairly
//!   the best places went round;
//! - **sessions missed**: the `missed_session` terms over all stops.
//!
//! **Ranking.** Each criterion is scaled over the itineraries compared, 0 for the best value
//! and 1 for the worst (0 for all when they are equal), and the score is the weighted sum of
//! the scaled values (weights from the tour's `compare` section, 1 by default; attendance counts
//! more-is-better, prime fairness uses the Gini index). The lowest score ranks first; an
//! itinerary with a stop that could not be planned ranks after every complete one.

use super::itinerary::PlannedItinerary;
use super::stops::TourModel;
use crate::format::CompareWeights;
use crate::i18n::numbers;
use crate::t;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The figures of one stop.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StopFigures {
    /// File name stem of the stop.
    pub name: String,
    /// Town.
    pub town: String,
    /// Venue.
    pub venue: String,
    /// First day.
    pub from: String,
    /// Last day.
    pub to: String,
    /// Exhibitors who could come.
    pub applicants: usize,
    /// Exhibitors with a place.
    pub exhibitors: usize,
    /// Applicants without a place.
    pub turned_away: usize,
    /// Who was turned away, and why.
    pub turned_away_reasons: Vec<TurnedAway>,
    /// Exhibitor-km to this stop.
    pub exhibitor_km: f64,
    /// Distance of the province mix from the regional shares, in %.
    pub representation_gap: f64,
    /// Provinces of the pool with no exhibitor here.
    pub provinces_absent: Vec<String>,
    /// The solve's status, or `not planned`.
    pub status: String,
    /// The layout objective (`total`).
    pub objective: Option<f64>,
    /// Its proven gap.
    pub gap: Option<f64>,
    /// The raw `rotation` term.
    pub rotation: Option<f64>,
    /// The raw `missed_session` term.
    pub sessions_missed: Option<f64>,
    /// Why the stop could not be planned, or why it has no layout.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// An applicant without a place at a stop.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TurnedAway {
    /// Exhibitor id.
    pub exhibitor: String,
    /// Its name.
    pub name: String,
    /// Why, in a sentence.
    pub reason: String,
}

/// A town of the tour, for the map of the comparison page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TownPoint {
    /// Id from the tour file.
    pub id: String,
    /// Name for people.
    pub name: String,
    /// Latitude in degrees, if the tour gives it.
    pub latitude: Option<f64>,
    /// Longitude in degrees, if the tour gives it.
    pub longitude: Option<f64>,
}

/// The figures of one itinerary, and its place in the ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItineraryFigures {
    /// 1 for the best.
    pub rank: usize,
    /// Id from the tour file.
    pub id: String,
    /// Name for people.
    pub name: String,
    /// Weighted sum of the scaled criteria (lower is better); None when incomplete.
    pub score: Option<f64>,
    /// The towns in order.
    pub route: Vec<String>,
    /// Each leg of the route by road, through the towns on the way, with its km.
    pub legs: Vec<String>,
    /// The stops' towns, as indices of [`Comparison::towns`].
    pub stop_towns: Vec<usize>,
    /// The towns the market drives through, first stop to last, by the shortest roads, as
    /// indices of [`Comparison::towns`].
    pub path: Vec<usize>,
    /// Road km from stop to stop.
    pub tour_km: f64,
    /// Road km from home to stop, over every place.
    pub exhibitor_km: f64,
    /// Exhibitors with a place at one stop at least.
    pub attending: usize,
    /// Places over all stops.
    pub places: usize,
    /// Turned away over all stops.
    pub turned_away: usize,
    /// Mean representation gap over the stops, in %.
    pub representation_gap: f64,
    /// Sum of the layout objectives; None when a stop has no layout.
    pub layout: Option<f64>,
    /// Fewest stops on a prime stand among the exhibitors attending.
    pub prime_min: u32,
    /// Most stops on a prime stand among the exhibitors attending.
    pub prime_max: u32,
    /// Gini index of the prime exposure.
    pub prime_gini: f64,
    /// Sessions missed over all stops.
    pub sessions_missed: f64,
    /// The stops.
    pub stops: Vec<StopFigures>,
}

/// A ranked comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The tour's name.
    pub tour: String,
    /// The weights used to rank.
    pub weights: BTreeMap<&'static str, f64>,
    /// The itineraries, best first.
    pub itineraries: Vec<ItineraryFigures>,
    /// Every town of the tour, in file order.
    pub towns: Vec<TownPoint>,
    /// The roads, as pairs of indices of `towns`.
    pub roads: Vec<(usize, usize)>,
}

/// The Gini index of non-negative values (0 when all are equal or all are 0).
///
/// ```
/// use caravane::tour::compare::gini;
/// assert_eq!(gini(&[1.0, 1.0, 1.0]), 0.0);
/// // One of two has everything: (|2−0| + |0−2|) / (2 · 2² · 1) = 0.5.
/// assert!((gini(&[2.0, 0.0]) - 0.5).abs() < 1e-12);
/// ```
pub fn gini(values: &[f64]) -> f64 {
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n.max(1.0);
    if values.is_empty() || mean <= 0.0 {
        return 0.0;
    }
    let mut sum = 0.0;
    for a in values {
        for b in values {
            sum += (a - b).abs();
        }
    }
    sum / (2.0 * n * n * mean)
}

/// The figures of one planned itinerary (rank and score are set by [`compare`]).
pub fn figures(m: &TourModel, plan: &PlannedItinerary) -> ItineraryFigures {
    let t = &m.tour;
    let mut prime_stops = vec![0u32; t.exhibitors.len()];
    let mut attended = vec![false; t.exhibitors.len()];
    let mut stops = Vec::new();
    for s in &plan.stops {
        let venue = &t.venues[s.venue];
        let chosen = &s.selection.chosen;
        let n = chosen.len().max(1) as f64;
        let mut per = vec![0usize; t.provinces.len()];
        for &e in chosen {
            per[m.province[e]] += 1;
        }
        let gap = 50.0
            * per
                .iter()
                .zip(&m.regional_share)
                .map(|(&k, r)| (k as f64 / n - r).abs())
                .sum::<f64>();
        let absent = (0..t.provinces.len())
            .filter(|&p| per[p] == 0 && m.regional_share[p] > 0.0)
            .map(|p| t.provinces[p].name.clone())
            .collect();
        if let Ok(sol) = &s.solution {
            for a in &sol.assignments {
                let Some(e) = t.exhibitors.iter().position(|x| x.id == a.exhibitor) else {
                    continue;
                };
                attended[e] = true;
                let prime = venue
                    .stands
                    .iter()
                    .any(|x| x.id == a.stand && x.tags.iter().any(|g| g == "prime"));
                if prime {
                    prime_stops[e] += 1;
                }
            }
        }
        let objective = s.solution.as_ref().ok().and_then(|x| x.objective.clone());
        stops.push(StopFigures {
            name: s.name.clone(),
            town: t.towns[s.town].name.clone(),
            venue: venue.name.clone(),
            from: s.from.clone(),
            to: s.to.clone(),
            applicants: s.selection.applicants,
            exhibitors: chosen.len(),
            turned_away: s.selection.turned_away.len(),
            turned_away_reasons: s
                .selection
                .turned_away
                .iter()
                .map(|(e, why)| TurnedAway {
                    exhibitor: t.exhibitors[*e].id.clone(),
                    name: t.exhibitors[*e].name.clone(),
                    reason: why.clone(),
                })
                .collect(),
            exhibitor_km: chosen.iter().map(|&e| m.km_from_home(e, s.town)).sum(),
            representation_gap: round2(gap),
            provinces_absent: absent,
            status: match &s.solution {
                Ok(x) => x.status.as_str().to_string(),
                Err(_) => "not planned".into(),
            },
            objective: objective.as_ref().map(|o| o.total),
            gap: s.solution.as_ref().ok().and_then(|x| x.gap),
            rotation: objective.as_ref().map(|o| o.rotation),
            sessions_missed: objective.as_ref().map(|o| o.missed_session),
            error: match &s.solution {
                Err(e) => Some(e.clone()),
                Ok(x) if x.objective.is_none() => Some(
                    x.explanations
                        .iter()
                        .map(|e| e.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                )
                .filter(|t| !t.is_empty()),
                Ok(_) => None,
            },
        });
    }
    let exposure: Vec<f64> = (0..t.exhibitors.len())
        .filter(|&e| attended[e])
        .map(|e| f64::from(prime_stops[e]))
        .collect();
    let towns: Vec<usize> = plan.stops.iter().map(|s| s.town).collect();
    let complete = stops.iter().all(|s| s.objective.is_some());
    let mut path: Vec<usize> = towns.first().copied().into_iter().collect();
    for w in towns.windows(2) {
        match m.roads.path(w[0], w[1]) {
            Some(p) => path.extend(p.into_iter().skip(1)),
            None => path.push(w[1]),
        }
    }
    ItineraryFigures {
        rank: 0,
        id: plan.id.clone(),
        name: plan.name.clone(),
        score: None,
        route: stops.iter().map(|s| s.town.clone()).collect(),
        legs: towns
            .windows(2)
            .map(
                |w| match (m.roads.path(w[0], w[1]), m.roads.km(w[0], w[1])) {
                    (Some(path), Some(km)) => t!(
                        "tour-leg",
                        route = path
                            .iter()
                            .map(|&x| t.towns[x].name.as_str())
                            .collect::<Vec<_>>()
                            .join(" → "),
                        km = km.round()
                    ),
                    _ => t!(
                        "tour-leg-no-road",
                        from = t.towns[w[0]].name.as_str(),
                        to = t.towns[w[1]].name.as_str()
                    ),
                },
            )
            .collect(),
        path,
        stop_towns: towns.clone(),
        tour_km: m.roads.route_km(&towns).unwrap_or(f64::INFINITY),
        exhibitor_km: stops.iter().map(|s| s.exhibitor_km).sum(),
        attending: attended.iter().filter(|&&a| a).count(),
        places: stops.iter().map(|s| s.exhibitors).sum(),
        turned_away: stops.iter().map(|s| s.turned_away).sum(),
        representation_gap: round2(
            stops.iter().map(|s| s.representation_gap).sum::<f64>() / stops.len().max(1) as f64,
        ),
        layout: complete.then(|| stops.iter().filter_map(|s| s.objective).sum()),
        prime_min: exposure.iter().copied().reduce(f64::min).unwrap_or(0.0) as u32,
        prime_max: exposure.iter().copied().fold(0.0, f64::max) as u32,
        prime_gini: round4(gini(&exposure)),
        sessions_missed: stops.iter().filter_map(|s| s.sessions_missed).sum(),
        stops,
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// The weights of the criteria, defaults filled in.
pub fn weights(c: Option<&CompareWeights>) -> BTreeMap<&'static str, f64> {
    let c = c.cloned().unwrap_or_default();
    BTreeMap::from([
        ("tour_km", c.tour_km.unwrap_or(1.0)),
        ("exhibitor_km", c.exhibitor_km.unwrap_or(1.0)),
        ("attendance", c.attendance.unwrap_or(1.0)),
        ("representation", c.representation.unwrap_or(1.0)),
        ("layout", c.layout.unwrap_or(1.0)),
        ("prime_fairness", c.prime_fairness.unwrap_or(1.0)),
        ("sessions_missed", c.sessions_missed.unwrap_or(1.0)),
    ])
}

/// The value of each criterion, lower is better.
fn criteria(f: &ItineraryFigures) -> [(&'static str, f64); 7] {
    [
        ("tour_km", f.tour_km),
        ("exhibitor_km", f.exhibitor_km),
        ("attendance", -(f.attending as f64)),
        ("representation", f.representation_gap),
        ("layout", f.layout.unwrap_or(f64::INFINITY)),
        ("prime_fairness", f.prime_gini),
        ("sessions_missed", f.sessions_missed),
    ]
}

/// Ranks planned itineraries.
pub fn compare(m: &TourModel, plans: &[PlannedItinerary]) -> Comparison {
    let w = weights(m.tour.compare.as_ref());
    let mut all: Vec<ItineraryFigures> = plans.iter().map(|p| figures(m, p)).collect();
    let complete: Vec<usize> = (0..all.len())
        .filter(|&i| all[i].layout.is_some())
        .collect();
    for &i in &complete {
        let mut score = 0.0;
        for (k, (name, v)) in criteria(&all[i]).into_iter().enumerate() {
            let values: Vec<f64> = complete.iter().map(|&j| criteria(&all[j])[k].1).collect();
            let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            if hi - lo > 1e-9 {
                score += w[name] * (v - lo) / (hi - lo);
            }
        }
        all[i].score = Some(round4(score));
    }
    all.sort_by(|a, b| {
        let key = |f: &ItineraryFigures| f.score.unwrap_or(f64::INFINITY);
        key(a).total_cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
    });
    for (k, f) in all.iter_mut().enumerate() {
        f.rank = k + 1;
    }
    let town = |id: &str| m.tour.towns.iter().position(|t| t.id == id);
    Comparison {
        tour: m.tour.tour.name.clone(),
        weights: w,
        itineraries: all,
        towns: m
            .tour
            .towns
            .iter()
            .map(|t| TownPoint {
                id: t.id.clone(),
                name: t.name.clone(),
                latitude: t.latitude,
                longitude: t.longitude,
            })
            .collect(),
        roads: m
            .tour
            .roads
            .iter()
            .filter_map(|r| Some((town(&r.a)?, town(&r.b)?)))
            .collect(),
    }
}

/// A figure of the table, the [current](crate::i18n::current) language's way, or "—".
fn num(x: Option<f64>, digits: usize) -> String {
    match x {
        Some(v) if v.is_finite() => numbers::decimal(crate::i18n::current(), v, digits),
        _ => "—".into(),
    }
}

/// A solve's status (or `not planned`) in the [current](crate::i18n::current) language.
pub fn status_words(status: &str) -> String {
    match status {
        "optimal" => t!("tour-status-optimal"),
        "feasible" => t!("tour-status-feasible"),
        "infeasible" => t!("tour-status-infeasible"),
        "unknown" => t!("tour-status-unknown"),
        "not planned" => t!("tour-status-not-planned"),
        other => other.to_string(),
    }
}

/// Text padded with spaces to `width` characters, on the left (`right` false) or the right.
fn pad(text: &str, width: usize, right: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(text.chars().count()));
    if right {
        format!("{fill}{text}")
    } else {
        format!("{text}{fill}")
    }
}

impl Comparison {
    /// The ranking as a table for people, then each itinerary's stops, in the
    /// [current](crate::i18n::current) language.
    pub fn table(&self) -> String {
        let lang = crate::i18n::current();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}\n",
            t!(
                "tour-table-title",
                tour = self.tour.as_str(),
                count = self.itineraries.len()
            )
        );
        // Each column: its heading, its least width, and whether it is a figure (right-aligned).
        let columns = [
            (t!("tour-col-rank"), 4, false),
            (t!("tour-col-itinerary"), 22, false),
            (t!("tour-col-score"), 6, true),
            (t!("tour-col-tour-km"), 8, true),
            (t!("tour-col-exhibitor-km"), 10, true),
            (t!("tour-col-attending"), 6, true),
            (t!("tour-col-away"), 6, true),
            (t!("tour-col-representation"), 7, true),
            (t!("tour-col-layout"), 9, true),
            (t!("tour-col-prime"), 7, true),
            (t!("tour-col-gini"), 6, true),
            (t!("tour-col-missed"), 7, true),
        ];
        let widths: Vec<usize> = columns
            .iter()
            .map(|(head, least, _)| head.chars().count().max(*least))
            .collect();
        let line = |cells: Vec<String>| -> String {
            cells
                .iter()
                .zip(&columns)
                .zip(&widths)
                .map(|((c, (_, _, right)), w)| pad(c, *w, *right))
                .collect::<Vec<_>>()
                .join(" ")
                .trim_end()
                .to_string()
        };
        let _ = writeln!(
            out,
            "{}",
            line(columns.iter().map(|(head, _, _)| head.clone()).collect())
        );
        for f in &self.itineraries {
            let cells = vec![
                f.rank.to_string(),
                truncate(&f.id, 22),
                num(f.score, 2),
                num(Some(f.tour_km), 0),
                num(Some(f.exhibitor_km), 0),
                f.attending.to_string(),
                f.turned_away.to_string(),
                num(Some(f.representation_gap), 2),
                num(f.layout, 2),
                format!("{}–{}", f.prime_min, f.prime_max),
                num(Some(f.prime_gini), 3),
                numbers::figure(lang, f.sessions_missed),
            ];
            let _ = writeln!(out, "{}", line(cells));
        }
        let dates = |s: &StopFigures| numbers::date_range_text(lang, &s.from, &s.to);
        let widest = self
            .itineraries
            .iter()
            .flat_map(|f| &f.stops)
            .map(|s| dates(s).chars().count())
            .max()
            .unwrap_or(0);
        for f in &self.itineraries {
            let _ = writeln!(out, "\n{} ({}): {}", f.name, f.id, f.route.join(" → "));
            for s in &f.stops {
                let status = status_words(&s.status);
                let result = match s.objective {
                    Some(o) => t!(
                        "tour-table-result",
                        status = status,
                        objective = num(Some(o), 2)
                    ),
                    None => status,
                };
                let _ = writeln!(
                    out,
                    "  {} {}{}",
                    pad(
                        &truncate(&format!("{} ({})", s.town, s.venue), 34),
                        34,
                        false
                    ),
                    t!(
                        "tour-table-stop",
                        dates = pad(&dates(s), widest, false),
                        exhibitors = s.exhibitors,
                        away = s.turned_away,
                        gap = num(Some(s.representation_gap), 2),
                        result = result
                    ),
                    s.error
                        .as_ref()
                        .map(|e| format!(" — {e}"))
                        .unwrap_or_default()
                );
            }
        }
        let _ = writeln!(out, "\n{}", t!("tour-table-score"));
        out
    }

    /// One CSV row per itinerary (comma-separated, quoted where needed).
    pub fn csv(&self) -> String {
        let mut out = String::from(
            "rank,id,name,score,route,tour_km,exhibitor_km,attending,places,turned_away,representation_gap_pct,layout,prime_min,prime_max,prime_gini,sessions_missed\n",
        );
        for f in &self.itineraries {
            let cells = [
                f.rank.to_string(),
                quote(&f.id),
                quote(&f.name),
                f.score.map(|x| x.to_string()).unwrap_or_default(),
                quote(&f.route.join(" > ")),
                f.tour_km.to_string(),
                f.exhibitor_km.to_string(),
                f.attending.to_string(),
                f.places.to_string(),
                f.turned_away.to_string(),
                f.representation_gap.to_string(),
                f.layout.map(|x| x.to_string()).unwrap_or_default(),
                f.prime_min.to_string(),
                f.prime_max.to_string(),
                f.prime_gini.to_string(),
                f.sessions_missed.to_string(),
            ];
            out.push_str(&cells.join(","));
            out.push('\n');
        }
        out
    }
}

fn quote(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

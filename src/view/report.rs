//! The printable report of a stop: one self-contained HTML file (no network) with the result,
//! every term and its reasons, the plan, the provinces across the zones against their targets,
//! the programme and each exhibitor's stand and agenda. The page is a template
//! (`templates/report.html`) filled by minijinja; nothing here writes HTML by hand.

use super::floor_plan::{plan_svg, province_colour};
use super::zones::zone_table;
use crate::check::{check, claim, figure as num};
use crate::format::{Problem, Solution};
use crate::stop::layout::Layout;
use crate::stop::model::Stop;
use crate::view::agenda::Programme;
use minijinja::value::Serde;
use minijinja::Environment;
use serde::Serialize;

const TEMPLATE: &str = include_str!("templates/report.html");

#[derive(Serialize)]
struct TermRow {
    name: &'static str,
    meaning: &'static str,
    raw: String,
    weight: f64,
    cost: String,
}

#[derive(Serialize)]
struct Why {
    text: String,
    cost: String,
}

#[derive(Serialize)]
struct WhyGroup {
    term: String,
    cost: String,
    items: Vec<Why>,
}

#[derive(Serialize)]
struct Cell {
    count: usize,
    target: String,
    class: &'static str,
}

#[derive(Serialize)]
struct ZoneRow {
    zone: String,
    cells: Vec<Cell>,
    placed: usize,
}

#[derive(Serialize)]
struct ProvinceHead {
    name: String,
    colour: &'static str,
}

#[derive(Serialize)]
struct Held {
    day: String,
    time: String,
    room: String,
    title: String,
    registered: usize,
}

#[derive(Serialize)]
struct Row {
    stand: String,
    prime: bool,
    id: String,
    name: String,
    province: String,
    colour: &'static str,
    family: String,
    zone: String,
    agenda: Vec<String>,
}

/// Everything the page shows.
#[derive(Serialize)]
struct Page {
    title: String,
    town: String,
    venue: String,
    from: String,
    to: String,
    sample_data: bool,
    stands: usize,
    status: &'static str,
    status_word: String,
    stopped: Option<&'static str>,
    total: Option<String>,
    bound: Option<String>,
    gap: Option<String>,
    solved_in: Option<String>,
    meaning: String,
    warning: Option<String>,
    claims: Vec<String>,
    notes: Vec<String>,
    terms: Vec<TermRow>,
    plan_svg: String,
    explanations: Vec<WhyGroup>,
    provinces: Vec<ProvinceHead>,
    zone_rows: Vec<ZoneRow>,
    programme: Vec<Held>,
    exhibitors: Vec<Row>,
    violations: Vec<String>,
}

/// The report of a solved stop as one HTML page.
///
/// # Errors
/// When the template cannot be filled (a bug: the template ships with the program).
pub fn report_html(
    problem: &Problem,
    stop: &Stop,
    solution: &Solution,
) -> Result<String, minijinja::Error> {
    let checked = check(problem, solution);
    // The status, bound and gap are the checker's claim, derived from the layout and the stop
    // file as they are now, never the file's own words.
    let claim = claim(problem, solution);
    let w = &stop.weights;
    // Every figure of the page is the checker's, recomputed from the layout: a solution file
    // edited by hand, or given with the wrong stop, cannot make the page say what is not so.
    let o = checked.objective.clone();
    let terms: Vec<TermRow> = w
        .table(&o)
        .into_iter()
        .filter(|&(term, raw, _)| term.shown(raw))
        .map(|(term, raw, weight)| TermRow {
            name: term.name(),
            meaning: term.info().label,
            raw: num(raw),
            weight,
            cost: num(raw * weight),
        })
        .collect();

    let mut explanations: Vec<WhyGroup> = Vec::new();
    for j in &checked.justifications {
        let at = match explanations.iter().position(|g| g.term == j.term) {
            Some(k) => k,
            None => {
                explanations.push(WhyGroup {
                    term: j.term.clone(),
                    cost: String::new(),
                    items: vec![],
                });
                explanations.len() - 1
            }
        };
        explanations[at].items.push(Why {
            text: j.text.clone(),
            cost: num(j.cost),
        });
    }
    for g in &mut explanations {
        let total: f64 = checked
            .justifications
            .iter()
            .filter(|j| j.term == g.term)
            .map(|j| j.cost)
            .sum();
        g.cost = num(total);
    }

    let layout = Layout::from_solution(stop, solution);
    let table = zone_table(stop, &layout);
    let counts = stop.province_counts();
    let shown: Vec<usize> = (0..stop.provinces.len())
        .filter(|&p| counts[p] > 0)
        .collect();
    let provinces: Vec<ProvinceHead> = shown
        .iter()
        .map(|&p| ProvinceHead {
            name: stop.provinces[p].name.clone(),
            colour: province_colour(p),
        })
        .collect();
    let zone_rows: Vec<ZoneRow> = table
        .iter()
        .enumerate()
        .map(|(z, row)| ZoneRow {
            zone: stop.zones[z].clone(),
            placed: row.iter().map(|c| c.0).sum(),
            cells: shown
                .iter()
                .map(|&p| {
                    let (count, target) = row[p];
                    let off = (count as f64 - target).abs();
                    Cell {
                        count,
                        target: format!("{target:.1}"),
                        class: if off <= 0.5 {
                            "ok"
                        } else if off <= 1.5 {
                            "near"
                        } else {
                            "off"
                        },
                    }
                })
                .collect(),
        })
        .collect();

    let programme = Programme::read(stop, solution).unwrap_or(Programme { held: vec![] });
    let mut held: Vec<(usize, Held)> = programme
        .held
        .iter()
        .filter_map(|(k, r, ts)| {
            let (first, last) = (*ts.first()?, *ts.last()?);
            let (a, b) = (&stop.slots[first], &stop.slots[last]);
            Some((
                first,
                Held {
                    day: a.day.clone(),
                    time: format!("{}–{}", a.start, b.end),
                    room: stop.rooms[*r].name.clone(),
                    title: stop.sessions[*k].title.clone(),
                    registered: stop.registrants(*k).count(),
                },
            ))
        })
        .collect();
    held.sort_by_key(|(t, h)| (*t, h.room.clone()));

    let mut rows: Vec<Row> = stop
        .exhibitors
        .iter()
        .enumerate()
        .map(|(e, x)| {
            let s = layout.stand_of(e);
            Row {
                stand: s.map_or("—".into(), |s| stop.stands[s].id.clone()),
                prime: s.is_some_and(|s| stop.stands[s].is_prime()),
                id: x.id.clone(),
                name: x.name.clone(),
                province: stop.provinces[x.province].name.clone(),
                colour: province_colour(x.province),
                family: stop.families[x.family].name.clone(),
                zone: s
                    .and_then(|s| stop.stands[s].zone)
                    .map_or("—".into(), |z| stop.zones[z].clone()),
                agenda: programme.entries(stop, e),
            }
        })
        .collect();
    rows.sort_by(|a, b| a.stand.cmp(&b.stand).then(a.id.cmp(&b.id)));

    let info = &stop.info;
    let page = Page {
        title: info.name.clone(),
        town: info.town.clone(),
        venue: info.venue.clone(),
        from: info.from.clone(),
        to: info.to.clone(),
        sample_data: info.sample_data,
        stands: stop.stands.len(),
        status: claim.status.as_str(),
        status_word: claim.status.as_str().replace('-', " "),
        total: claim.total.map(num),
        bound: claim.bound.map(num),
        gap: claim.gap.map(|g| num(100.0 * g)),
        // A layout changed since it was solved, or made by hand (0 seconds), was not solved so.
        solved_in: (claim.total.is_some() && claim.since().is_none() && solution.seconds > 0.0)
            .then(|| num(solution.seconds)),
        meaning: claim.meaning(),
        warning: claim.warning(),
        claims: claim.untrue.iter().map(|v| v.text.clone()).collect(),
        notes: claim.notes.clone(),
        stopped: solution
            .stopped
            .filter(|_| claim.since().is_none())
            .map(|s| s.as_str()),
        terms,
        plan_svg: plan_svg(problem, stop, solution),
        explanations,
        provinces,
        zone_rows,
        programme: held.into_iter().map(|x| x.1).collect(),
        exhibitors: rows,
        violations: checked.violations.iter().map(|v| v.text.clone()).collect(),
    };
    let mut env = Environment::new();
    // The name ends in .html, which turns on HTML escaping of every value the page shows.
    env.add_template("report.html", TEMPLATE)?;
    env.get_template("report.html")?.render(Serde(&page))
}

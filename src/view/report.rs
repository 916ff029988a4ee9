//! The printable report of a stop: one self-contained HTML file (no network) with the result,
//! every term and its reasons, the plan, the provinces across the zones against their targets,
//! the programme and each exhibitor's stand and agenda. The page is a template
//! (`templates/report.html`) filled by minijinja; nothing here writes HTML by hand.
//!
//! The page speaks one language, given by the caller: its own words come from the catalogues
//! (`locales/*/report.ftl`, through the template's `t` function), its numbers and dates are
//! written the language's way, zones are shown by their names, and the checker's sentences
//! (the claim, the violations, every cost explained) are made in the same language. In Arabic
//! the page reads right to left.

use super::floor_plan::{plan_svg, province_colour};
use super::names::zone_name;
use super::zones::{attribute_tables, zone_table};
use crate::check::{check, claim, Standing};
use crate::format::{Problem, Solution, Stopped};
use crate::i18n::numbers::{self, Date};
use crate::i18n::{self, Arg, Lang};
use crate::stop::layout::Layout;
use crate::stop::model::Stop;
use crate::term_words::{row_description, row_label, row_name};
use crate::terms::Term;
use crate::tl;
use crate::view::agenda::hours;
use crate::view::agenda::Programme;
use minijinja::value::{Kwargs, Serde, Value, ValueKind};
use minijinja::{Environment, Error, ErrorKind, UndefinedBehavior};
use serde::Serialize;
use std::collections::BTreeSet;
use std::sync::OnceLock;

const TEMPLATE: &str = include_str!("templates/report.html");

/// Every message id of the catalogues.
fn known_ids() -> &'static BTreeSet<String> {
    static IDS: OnceLock<BTreeSet<String>> = OnceLock::new();
    IDS.get_or_init(|| {
        i18n::message_ids(Lang::Fr)
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    })
}

/// The template's `t("id", name=value, …)`: a message of the catalogues in `lang`. Numbers
/// given as numbers select plurals and are written the language's way; an id that no
/// catalogue holds stops the page (a bug the tests catch).
fn words(lang: Lang) -> impl Fn(&str, Kwargs) -> Result<String, Error> + Send + Sync + 'static {
    move |id: &str, kwargs: Kwargs| {
        if !known_ids().contains(id) {
            return Err(Error::new(
                ErrorKind::InvalidOperation,
                format!("no message \"{id}\" in the catalogues"),
            ));
        }
        let mut args: Vec<(&str, Arg)> = vec![];
        for name in kwargs.args() {
            let value: Value = kwargs.get(name)?;
            let arg = match value.kind() {
                ValueKind::Number => Arg::Number(f64::try_from(value)?),
                _ => Arg::Text(value.to_string()),
            };
            args.push((name, arg));
        }
        Ok(i18n::message(lang, id, &args))
    }
}

/// A template environment for a page in `lang`: HTML escaping (the names end in `.html`), an
/// error for any value the template names and the page lacks, and the `t` function.
pub(crate) fn environment(lang: Lang) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.add_function("t", words(lang));
    env
}

/// A figure for people, the language's way: two decimals, none when it is whole ("12,30",
/// "6").
pub(crate) fn figure(lang: Lang, x: f64) -> String {
    numbers::two_or_none(lang, x)
}

/// A day of the stop file (`YYYY-MM-DD`) without its year: "7 novembre"; as it is when it is
/// not a date.
fn day(lang: Lang, text: &str) -> String {
    Date::parse(text).map_or_else(|| text.to_string(), |d| numbers::day_month(lang, d))
}

/// The word of the badge for what the checker can claim.
fn status_word(lang: Lang, s: Standing) -> String {
    match s {
        Standing::Optimal => tl!(lang, "report-status-optimal"),
        Standing::Feasible => tl!(lang, "report-status-feasible"),
        Standing::BreaksRules => tl!(lang, "report-status-breaks-rules"),
        Standing::Infeasible => tl!(lang, "report-status-infeasible"),
        Standing::Unknown => tl!(lang, "report-status-unknown"),
    }
}

/// Why the search ended short of a proof, when it did.
fn stopped_sentence(lang: Lang, s: Stopped) -> Option<String> {
    match s {
        Stopped::TimeLimit => Some(tl!(lang, "report-stopped-time-limit")),
        Stopped::Gap => Some(tl!(lang, "report-stopped-gap")),
        Stopped::StagesDone => Some(tl!(lang, "report-stopped-stages-done")),
        Stopped::Proved => None,
    }
}

#[derive(Serialize)]
struct TermRow {
    name: String,
    meaning: String,
    description: String,
    raw: String,
    weight: String,
    cost: String,
}

#[derive(Serialize)]
struct Why {
    text: String,
    cost: String,
}

#[derive(Serialize)]
struct WhyGroup {
    #[serde(skip)]
    code: String,
    name: String,
    description: String,
    count: usize,
    cost: String,
    items: Vec<Why>,
}

#[derive(Serialize)]
struct Cell {
    count: usize,
    target: String,
    class: &'static str,
}

/// The table of one balanced attribute besides the province: its title, its values, a row per
/// zone and one for the prime stands.
#[derive(Serialize)]
struct AttributeGrid {
    title: String,
    values: Vec<String>,
    rows: Vec<ZoneRow>,
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
struct AgendaItem {
    day: String,
    time: String,
    title: String,
    room: String,
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
    agenda: Vec<AgendaItem>,
}

/// Everything the page shows.
#[derive(Serialize)]
struct Page {
    lang: &'static str,
    dir: &'static str,
    title: String,
    place: String,
    dates: String,
    sample_data: bool,
    stands: usize,
    status: &'static str,
    status_word: String,
    stopped: Option<String>,
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
    attribute_tables: Vec<AttributeGrid>,
    programme: Vec<Held>,
    exhibitors: Vec<Row>,
    violations: Vec<String>,
}

/// The report of a solved stop as one HTML page in `lang` (`dir="rtl"` in Arabic).
///
/// # Errors
/// When the template cannot be filled (a bug: the template ships with the program).
pub fn report_html(
    problem: &Problem,
    stop: &Stop,
    solution: &Solution,
    lang: Lang,
) -> Result<String, Error> {
    // The checker's sentences, and the plan's, are made in the page's language.
    i18n::scoped(lang, || page(problem, stop, solution, lang))
}

fn page(problem: &Problem, stop: &Stop, solution: &Solution, lang: Lang) -> Result<String, Error> {
    let checked = check(problem, solution);
    // The status, bound and gap are the checker's claim, derived from the layout and the stop
    // file as they are now, never the file's own words.
    let claim = claim(problem, solution);
    let w = &stop.weights;
    let fig = |x: f64| figure(lang, x);
    // Every figure of the page is the checker's, recomputed from the layout: a solution file
    // edited by hand, or given with the wrong stop, cannot make the page say what is not so.
    let o = checked.objective.clone();
    let terms: Vec<TermRow> = w
        .rows(&o)
        .into_iter()
        .filter(|row| row.shown())
        .map(|row| TermRow {
            name: row_name(&row, lang),
            meaning: row_label(&row, lang),
            description: row_description(&row, lang),
            raw: fig(row.raw),
            weight: numbers::figure(lang, row.weight),
            cost: fig(row.raw * row.weight),
        })
        .collect();

    let mut explanations: Vec<WhyGroup> = Vec::new();
    for j in &checked.justifications {
        let at = match explanations.iter().position(|g| g.code == j.term) {
            Some(k) => k,
            None => {
                let row = crate::terms::Row {
                    code: j.term.clone(),
                    term: Term::from_name(&j.term),
                    raw: 0.0,
                    weight: 0.0,
                };
                explanations.push(WhyGroup {
                    code: j.term.clone(),
                    name: row_name(&row, lang),
                    description: row_description(&row, lang),
                    count: 0,
                    cost: String::new(),
                    items: vec![],
                });
                explanations.len() - 1
            }
        };
        explanations[at].items.push(Why {
            text: j.text.clone(),
            cost: fig(j.cost),
        });
    }
    for g in &mut explanations {
        let total: f64 = checked
            .justifications
            .iter()
            .filter(|j| j.term == g.code)
            .map(|j| j.cost)
            .sum();
        g.cost = fig(total);
        g.count = g.items.len();
    }

    let layout = Layout::from_solution(stop, solution);
    let table = zone_table(stop, &layout);
    // A count against its target, coloured by how far off it is.
    let cell = |count: usize, target: f64| {
        let off = (count as f64 - target).abs();
        Cell {
            count,
            target: numbers::decimal(lang, target, 1),
            class: if off <= 0.5 {
                "ok"
            } else if off <= 1.5 {
                "near"
            } else {
                "off"
            },
        }
    };
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
    let zone_of = |z: usize| zone_name(&problem.zones, &stop.zones[z], lang);
    let zone_rows: Vec<ZoneRow> = table
        .iter()
        .enumerate()
        .map(|(z, row)| ZoneRow {
            zone: zone_of(z),
            placed: row.iter().map(|c| c.0).sum(),
            cells: shown
                .iter()
                .map(|&p| {
                    let (count, target) = row[p];
                    cell(count, target)
                })
                .collect(),
        })
        .collect();

    let attribute_tables: Vec<AttributeGrid> = attribute_tables(stop, &layout)
        .into_iter()
        .map(|t| AttributeGrid {
            title: crate::tl!(
                lang,
                "report-attribute-grid",
                attribute = crate::term_words::attribute_name(&t.attribute, lang)
            ),
            values: (t.values.iter())
                .map(|v| crate::term_words::value_name(&t.attribute, v, lang))
                .collect(),
            rows: (t.rows.iter())
                .map(|(z, row)| ZoneRow {
                    zone: match z {
                        Some(z) => zone_of(*z),
                        None => crate::tl!(lang, "check-group-prime"),
                    },
                    placed: row.iter().map(|c| c.0).sum(),
                    cells: row
                        .iter()
                        .map(|&(count, target)| cell(count, target))
                        .collect(),
                })
                .collect(),
        })
        .collect();

    let programme = Programme::read(stop, solution).unwrap_or(Programme { held: vec![] });
    // Each session held: its first slot, the exhibitors registered, and how people see it.
    let mut held: Vec<(usize, usize, Held)> = programme
        .held
        .iter()
        .filter_map(|(k, r, ts)| {
            let first = *ts.first()?;
            let a = &stop.slots[first];
            Some((
                first,
                *k,
                Held {
                    day: day(lang, &a.day),
                    time: hours(stop, ts, lang),
                    room: stop.rooms[*r].name.clone(),
                    title: stop.sessions[*k].title.clone(),
                    registered: stop.registrants(*k).count(),
                },
            ))
        })
        .collect();
    held.sort_by(|(t, _, h), (u, _, g)| t.cmp(u).then_with(|| h.room.cmp(&g.room)));

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
                    .map_or("—".into(), zone_of),
                // The sessions held that the exhibitor registered for, in time order.
                agenda: held
                    .iter()
                    .filter(|(_, k, _)| x.sessions.contains(k))
                    .map(|(_, _, h)| AgendaItem {
                        day: h.day.clone(),
                        time: h.time.clone(),
                        title: h.title.clone(),
                        room: h.room.clone(),
                    })
                    .collect(),
            }
        })
        .collect();
    rows.sort_by(|a, b| a.stand.cmp(&b.stand).then(a.id.cmp(&b.id)));

    let info = &stop.info;
    let page = Page {
        lang: lang.code(),
        dir: lang.dir(),
        title: info.name.clone(),
        place: crate::view::names::place(&info.venue, &info.town, lang),
        dates: numbers::date_range_text(lang, &info.from, &info.to),
        sample_data: info.sample_data,
        stands: stop.stands.len(),
        status: claim.status.as_str(),
        status_word: status_word(lang, claim.status),
        total: claim.total.map(fig),
        bound: claim.bound.map(fig),
        gap: claim.gap.map(|g| fig(100.0 * g)),
        // A layout changed since it was solved, or made by hand (0 seconds), was not solved so.
        solved_in: (claim.total.is_some() && claim.since().is_none() && solution.seconds > 0.0)
            .then(|| fig(solution.seconds)),
        meaning: claim.meaning(),
        warning: claim.warning(),
        claims: claim.untrue.iter().map(|v| v.text.clone()).collect(),
        notes: claim.notes.clone(),
        // Why a layout short of a proof is so; said only of a layout solved as it is.
        stopped: solution
            .stopped
            .filter(|_| claim.status == Standing::Feasible && claim.since().is_none())
            .and_then(|s| stopped_sentence(lang, s)),
        terms,
        plan_svg: plan_svg(problem, stop, solution, lang),
        explanations,
        provinces,
        zone_rows,
        attribute_tables,
        programme: held.into_iter().map(|x| x.2).collect(),
        exhibitors: rows,
        violations: checked.violations.iter().map(|v| v.text.clone()).collect(),
    };
    let mut env = environment(lang);
    // The name ends in .html, which turns on HTML escaping of every value the page shows.
    env.add_template("report.html", TEMPLATE)?;
    env.get_template("report.html")?.render(Serde(&page))
}

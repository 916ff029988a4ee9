//! The checker's own reading of a stop file: ids to indices, the weights and clash tables, the
//! cost of leaving a stand in each slot, the days, the rooms and the neighbour pairs.
//!
//! Everything is read from the file as the stop format defines it, with the term registry's
//! names and default weights; nothing comes from the solver's resolved stop, so that a mistake
//! on either side shows up as a disagreement.

use crate::check::neighbours::neighbour_pairs;
use crate::format::{Category, EdgeKind, Exhibitor, Footfall, Form, Problem};
use crate::i18n::{self, numbers, t};
use crate::terms::{balance_rules, BalanceRule, Weights};
use std::collections::HashMap;

/// The tag of the best-placed stands.
const PRIME: &str = "prime";

/// A stop file, read for checking.
pub struct Reading<'a> {
    /// The file itself, for names and the history of the tour.
    pub problem: &'a Problem,
    /// The weight of every objective term.
    pub weights: Weights,
    /// Index of each exhibitor id.
    pub exhibitor: HashMap<&'a str, usize>,
    /// Index of each stand id.
    pub stand: HashMap<&'a str, usize>,
    /// Index of each session id.
    pub session: HashMap<&'a str, usize>,
    /// Index of each room id.
    pub room: HashMap<&'a str, usize>,
    /// Index of each slot id.
    pub slot: HashMap<&'a str, usize>,
    /// The province of each exhibitor.
    pub province_of: Vec<usize>,
    /// The family of each exhibitor.
    pub family_of: Vec<usize>,
    /// Each province's share of the stop's exhibitors.
    pub share: Vec<f64>,
    /// The sessions each exhibitor registered for, in its own order.
    pub sessions_of: Vec<Vec<usize>>,
    /// The zones, in order of first appearance among the stands.
    pub zones: Vec<&'a str>,
    /// The zone of each stand.
    pub zone_of: Vec<Option<usize>>,
    /// Whether each stand is prime.
    pub prime: Vec<bool>,
    /// `family_clash[f][g]`: the clash weight of families `f` and `g` as neighbours, before
    /// the weight of the kind of neighbours.
    pub family_clash: Vec<Vec<f64>>,
    /// The clash weight of `side`, `facing` and `back` neighbours.
    kind_weights: [f64; 3],
    /// Every neighbour pair `(a, b, kind)`, `a < b`, in increasing order of `(a, b)`.
    pub neighbours: Vec<(usize, usize, EdgeKind)>,
    /// `(exhibitor, stand)` pins, in the file's order.
    pub pins: Vec<(usize, usize)>,
    /// `(exhibitor, stand)` pairs forbidden, in increasing order.
    pub forbidden: Vec<(usize, usize)>,
    /// The slots of each day, days in order of first appearance.
    pub days: Vec<Vec<usize>>,
    /// What a repeated prime stand and a repeated zone cost per earlier stop.
    pub rotation: (f64, f64),
    /// The balance terms over attributes other than the province, in the rules' order.
    pub balances: Vec<BalanceReading>,
}

/// A balance term over another attribute than the province, as the checker reads it.
pub struct BalanceReading {
    /// The attribute, its side and weight.
    pub rule: BalanceRule,
    /// Each exhibitor's value of the attribute.
    pub value_of: Vec<String>,
    /// The values met, in order of first appearance.
    pub values: Vec<String>,
    /// Each value's share of the stop's exhibitors.
    pub share: Vec<f64>,
}

/// What an exhibitor is for an attribute of a `balance` rule, read from the file as the format
/// defines it: the family's category, the form, `true`/`false` for `women_led`, the
/// exhibitor's own attribute or else the sheet column of that name (empty when none).
fn attribute_of(p: &Problem, e: &Exhibitor, attribute: &str) -> String {
    match attribute {
        "province" => e.province.clone(),
        "women_led" => e.women_led.to_string(),
        "form" => match e.form {
            Some(Form::Cooperative) => "cooperative".into(),
            Some(Form::Association) => "association".into(),
            Some(Form::SocialEnterprise) => "social_enterprise".into(),
            None => String::new(),
        },
        "category" => match p
            .families
            .iter()
            .find(|f| f.id == e.family)
            .map(|f| f.category)
        {
            Some(Category::Agricultural) => "agricultural".into(),
            Some(Category::Artisanal) => "artisanal".into(),
            Some(Category::Services) => "services".into(),
            None => String::new(),
        },
        other => match (e.attributes.get(other), e.extra.get(other)) {
            (Some(v), _) | (None, Some(v)) => v.clone(),
            (None, None) => String::new(),
        },
    }
}

fn balance_readings(p: &Problem) -> Vec<BalanceReading> {
    let n = p.exhibitors.len().max(1) as f64;
    balance_rules(p.rules.as_ref())
        .into_iter()
        .map(|rule| {
            let value_of: Vec<String> = (p.exhibitors.iter())
                .map(|e| attribute_of(p, e, &rule.attribute))
                .collect();
            let values: Vec<String> = first_appearance(value_of.iter().map(String::as_str))
                .into_iter()
                .map(str::to_string)
                .collect();
            let share = (values.iter())
                .map(|v| value_of.iter().filter(|x| *x == v).count() as f64 / n)
                .collect();
            BalanceReading {
                rule,
                value_of,
                values,
                share,
            }
        })
        .collect()
}

fn index<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> HashMap<&'a str, usize> {
    items.iter().enumerate().map(|(i, t)| (id(t), i)).collect()
}

/// The indices of the ids that name something, in order.
fn known(ids: &[String], index: &HashMap<&str, usize>) -> Vec<usize> {
    ids.iter()
        .filter_map(|id| index.get(id.as_str()).copied())
        .collect()
}

/// Each province's share of the exhibitors, given the province of each.
fn shares(provinces: usize, province_of: &[usize]) -> Vec<f64> {
    let n = province_of.len().max(1) as f64;
    (0..provinces)
        .map(|q| province_of.iter().filter(|&&x| x == q).count() as f64 / n)
        .collect()
}

/// Each distinct value once, in order of first appearance.
fn first_appearance<'a>(values: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for v in values {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

impl<'a> Reading<'a> {
    /// Reads a stop file that passed validation.
    ///
    /// # Panics
    /// On an exhibitor whose province or family the file does not list, which validation
    /// refuses.
    pub fn of(problem: &'a Problem) -> Reading<'a> {
        let p = problem;
        let rules = p.rules.clone().unwrap_or_default();
        let exhibitor = index(&p.exhibitors, |x| &x.id);
        let stand = index(&p.stands, |x| &x.id);
        let session = index(&p.sessions, |x| &x.id);
        let family = index(&p.families, |x| &x.id);
        let province = index(&p.provinces, |x| &x.id);
        let province_of: Vec<usize> = (p.exhibitors.iter())
            .map(|e| province[e.province.as_str()])
            .collect();
        let zones = first_appearance(p.stands.iter().filter_map(|s| s.zone.as_deref()));
        let aw = rules.adjacency_weights.clone().unwrap_or_default();
        let rotation = rules.rotation.clone().unwrap_or_default();
        Reading {
            weights: Weights::of_rules(p.rules.as_ref()),
            family_of: (p.exhibitors.iter())
                .map(|e| family[e.family.as_str()])
                .collect(),
            share: shares(p.provinces.len(), &province_of),
            province_of,
            sessions_of: (p.exhibitors.iter())
                .map(|e| known(&e.sessions, &session))
                .collect(),
            zone_of: (p.stands.iter())
                .map(|s| zones.iter().position(|&z| s.zone.as_deref() == Some(z)))
                .collect(),
            zones,
            prime: (p.stands.iter())
                .map(|s| s.tags.iter().any(|t| t == PRIME))
                .collect(),
            family_clash: family_clash(p, &family),
            kind_weights: [
                aw.side.unwrap_or(1.0),
                aw.facing.unwrap_or(0.5),
                aw.back.unwrap_or(0.25),
            ],
            neighbours: neighbour_pairs(p),
            pins: (p.pins.iter())
                .filter_map(|x| {
                    Some((
                        *exhibitor.get(x.exhibitor.as_str())?,
                        *stand.get(x.stand.as_str())?,
                    ))
                })
                .collect(),
            forbidden: forbidden_pairs(p, &exhibitor, &stand),
            days: days(p),
            rotation: (rotation.prime.unwrap_or(1.0), rotation.zone.unwrap_or(0.25)),
            room: index(&p.rooms, |x| &x.id),
            slot: index(&p.slots, |x| &x.id),
            balances: balance_readings(p),
            exhibitor,
            stand,
            session,
            problem,
        }
    }

    /// The clash weight of a kind of neighbours.
    pub fn kind_weight(&self, kind: EdgeKind) -> f64 {
        match kind {
            EdgeKind::Side => self.kind_weights[0],
            EdgeKind::Facing => self.kind_weights[1],
            EdgeKind::Back => self.kind_weights[2],
        }
    }

    /// An exhibitor for people: `name (id)`.
    pub fn who(&self, e: usize) -> String {
        let x = &self.problem.exhibitors[e];
        format!("{} ({})", x.name, x.id)
    }

    /// The id of a stand.
    pub fn stand_id(&self, s: usize) -> &'a str {
        &self.problem.stands[s].id
    }

    /// The id of an exhibitor.
    pub fn exhibitor_id(&self, e: usize) -> &'a str {
        &self.problem.exhibitors[e].id
    }

    /// The title of a session.
    pub fn title(&self, k: usize) -> &'a str {
        &self.problem.sessions[k].title
    }

    /// The name of a room for people (its id when it has none).
    pub fn room_name(&self, r: usize) -> &'a str {
        let room = &self.problem.rooms[r];
        room.name.as_deref().unwrap_or(&room.id)
    }

    /// The day and time of a slot, for people: « le 7 novembre à 10:00 ».
    pub fn when(&self, t: usize) -> String {
        let s = &self.problem.slots[t];
        let day = numbers::Date::parse(&s.day)
            .map_or_else(|| s.day.clone(), |d| numbers::day_month(i18n::current(), d));
        t!("check-when", day = day, time = s.start.as_str())
    }

    /// The name of a zone for people: the name the stop file gives it in the current language,
    /// else the name it gives, else a common name for its id (« Entrée » for `entrance`), else
    /// its id.
    pub fn zone_name(&self, id: &str) -> String {
        let lang = i18n::current();
        if let Some(z) = self.problem.zones.iter().find(|z| z.id == id) {
            if let Some(name) = z.names.get(lang.code()) {
                return name.clone();
            }
            if !z.name.trim().is_empty() {
                return z.name.clone();
            }
        }
        i18n::common_zone_name(lang, id).unwrap_or_else(|| id.to_string())
    }

    /// How busy the market is in a slot (`quiet`, `normal` or `busy`, which the sentences
    /// put in words), and what leaving a one-person stand then costs.
    pub fn footfall(&self, t: usize) -> (&'static str, f64) {
        match self.problem.slots[t].footfall {
            Footfall::Quiet => ("quiet", 0.0),
            Footfall::Normal => ("normal", 1.0),
            Footfall::Busy => ("busy", 3.0),
        }
    }

    /// The seats a session takes: one per registered exhibitor, one per facilitator.
    pub fn seats(&self, k: usize) -> usize {
        let registrants = self.sessions_of.iter().filter(|ks| ks.contains(&k)).count();
        let s = &self.problem.sessions[k];
        (registrants + s.facilitators.len()).max(s.seats.unwrap_or(0) as usize)
    }

    /// Whether an exhibitor keeps its stand alone.
    pub fn alone(&self, e: usize) -> bool {
        self.problem.exhibitors[e].staff == 1
    }
}

/// Items in a sentence: « A, B et C ».
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => t!("check-and", first = comma_list(rest), last = last.as_str()),
    }
}

/// Items separated by commas: « A, B, C ».
pub fn comma_list(items: &[String]) -> String {
    items.join(&t!("check-comma"))
}

/// Items separated by semicolons, each a clause of its own.
pub fn semicolon_list(items: &[String]) -> String {
    items.join(&t!("check-semicolon"))
}

/// The clash weight of each pair of families: `same_family` for a family with itself, plus the
/// weight of every `incompatible` rule naming the pair (in either order).
fn family_clash(p: &Problem, family: &HashMap<&str, usize>) -> Vec<Vec<f64>> {
    let rules = p.rules.clone().unwrap_or_default();
    let n = p.families.len();
    let mut w = vec![vec![0.0; n]; n];
    for (f, row) in w.iter_mut().enumerate() {
        row[f] = rules.same_family.unwrap_or(1.0);
    }
    for r in &rules.incompatible {
        let [a, b] = &r.families;
        let (Some(&f), Some(&g)) = (family.get(a.as_str()), family.get(b.as_str())) else {
            continue;
        };
        w[f][g] += r.weight;
        if f != g {
            w[g][f] += r.weight;
        }
    }
    w
}

/// Every `(exhibitor, stand)` pair the file forbids, in increasing order, each once.
fn forbidden_pairs(
    p: &Problem,
    exhibitor: &HashMap<&str, usize>,
    stand: &HashMap<&str, usize>,
) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = p
        .forbidden
        .iter()
        .filter_map(|f| exhibitor.get(f.exhibitor.as_str()).map(|&e| (e, &f.stands)))
        .flat_map(|(e, stands)| {
            stands
                .iter()
                .filter_map(move |s| Some((e, *stand.get(s.as_str())?)))
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The slots of each day, in the file's order; days in order of first appearance.
fn days(p: &Problem) -> Vec<Vec<usize>> {
    first_appearance(p.slots.iter().map(|s| s.day.as_str()))
        .into_iter()
        .map(|day| {
            (0..p.slots.len())
                .filter(|&t| p.slots[t].day == day)
                .collect()
        })
        .collect()
}

//! The stop as the planner thinks of it and as the solver uses it: ids resolved to
//! indices, defaults filled in, the neighbour graph built, the clash weights of every pair of
//! families computed once.

use crate::format::{self, Category, EdgeKind, Footfall, Front, Problem};
use crate::stop::venue::{Rect, Venue};
use crate::terms::{Term, Weights};
use std::collections::{BTreeSet, HashMap};

/// The position of each id in a list (ids are unique in a valid stop).
pub fn index_by_id<'a, T>(
    items: &'a [T],
    id: impl Fn(&'a T) -> &'a str,
) -> HashMap<&'a str, usize> {
    items.iter().enumerate().map(|(i, t)| (id(t), i)).collect()
}

/// A province of origin.
#[derive(Debug, Clone, PartialEq)]
pub struct Province {
    /// Id from the file.
    pub id: String,
    /// Name for people.
    pub name: String,
}

/// A product family.
#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    /// Id from the file.
    pub id: String,
    /// Name for people.
    pub name: String,
    /// Agricultural, artisanal or services.
    pub category: Category,
}

/// A stand of the venue.
#[derive(Debug, Clone, PartialEq)]
pub struct Stand {
    /// Id from the file.
    pub id: String,
    /// Ground covered.
    pub rect: Rect,
    /// The side visitors walk past, if given.
    pub front: Option<Front>,
    /// Index into [`Stop::zones`], if the stand is in a zone.
    pub zone: Option<usize>,
    /// What the stand offers.
    pub tags: BTreeSet<String>,
}

impl Stand {
    /// True for the best-placed stands (tag `prime`).
    pub fn is_prime(&self) -> bool {
        self.tags.contains(PRIME)
    }
}

/// The tag of the best-placed stands.
pub const PRIME: &str = "prime";

/// An exhibitor.
#[derive(Debug, Clone, PartialEq)]
pub struct Exhibitor {
    /// Id from the file.
    pub id: String,
    /// Name for people.
    pub name: String,
    /// Index into [`Stop::provinces`].
    pub province: usize,
    /// Index into [`Stop::families`].
    pub family: usize,
    /// People keeping the stand.
    pub staff: u32,
    /// Home town, if given.
    pub home: Option<String>,
    /// Tags the stand must have.
    pub needs: Vec<String>,
    /// Indices into [`Stop::sessions`] of the sessions registered for.
    pub sessions: Vec<usize>,
    /// Earlier stops of the tour at which it had a prime stand.
    pub prime_before: u32,
    /// For each zone of this stop ([`Stop::zones`]), the earlier stops at which it stood in a
    /// zone of the same id.
    pub zones_before: Vec<u32>,
}

/// A room for the exchange meetings.
#[derive(Debug, Clone, PartialEq)]
pub struct Room {
    /// Id from the file.
    pub id: String,
    /// Name for people (the id when none is given).
    pub name: String,
    /// Seats.
    pub capacity: u32,
    /// What the room offers.
    pub tags: BTreeSet<String>,
}

/// A time slot.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    /// Id from the file.
    pub id: String,
    /// `YYYY-MM-DD`.
    pub day: String,
    /// `HH:MM`.
    pub start: String,
    /// `HH:MM`.
    pub end: String,
    /// How busy the market is.
    pub footfall: Footfall,
}

impl Footfall {
    /// The cost of leaving a one-person stand during a slot of this footfall, as the solver's
    /// models count it.
    pub fn cost(self) -> f64 {
        match self {
            Footfall::Quiet => 0.0,
            Footfall::Normal => 1.0,
            Footfall::Busy => 3.0,
        }
    }
}

/// A thematic session.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// Id from the file.
    pub id: String,
    /// Title for people.
    pub title: String,
    /// Consecutive slots of one day.
    pub length: u32,
    /// Tags the room must have.
    pub needs: Vec<String>,
    /// People leading it.
    pub facilitators: Vec<String>,
    /// Seats its room must have at the least, whoever registers (see the format's `seats`).
    pub seats: Option<u32>,
}

/// The clash rules: weight of each neighbour kind and of each pair of families.
#[derive(Debug, Clone, PartialEq)]
pub struct ClashRules {
    /// Weight of `side`, `facing` and `back` pairs.
    pub side: f64,
    /// See `side`.
    pub facing: f64,
    /// See `side`.
    pub back: f64,
    /// `pair[f][g]`: clash weight of families `f` and `g` as neighbours (symmetric), before the
    /// neighbour kind's weight.
    pub pair: Vec<Vec<f64>>,
}

impl ClashRules {
    /// The weight of a neighbour kind.
    pub fn kind(&self, kind: EdgeKind) -> f64 {
        match kind {
            EdgeKind::Side => self.side,
            EdgeKind::Facing => self.facing,
            EdgeKind::Back => self.back,
        }
    }

    /// The clash cost of families `f` and `g` on a neighbour pair of kind `kind`.
    pub fn cost(&self, kind: EdgeKind, f: usize, g: usize) -> f64 {
        self.kind(kind) * self.pair[f][g]
    }
}

/// What a repeated placement costs in the `rotation` term (unweighted).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RotationRules {
    /// Per earlier stop on a prime stand, for a prime stand again.
    pub prime: f64,
    /// Per earlier stop in the same zone, for that zone again.
    pub zone: f64,
}

impl Default for RotationRules {
    fn default() -> Self {
        RotationRules {
            prime: 1.0,
            zone: 0.25,
        }
    }
}

/// One market stop, resolved.
#[derive(Debug, Clone)]
pub struct Stop {
    /// Name of the problem (the file name without `.problem.json`).
    pub name: String,
    /// Town, venue and dates as in the file.
    pub info: format::StopInfo,
    /// Provinces.
    pub provinces: Vec<Province>,
    /// Product families.
    pub families: Vec<Family>,
    /// Zone names, in order of first appearance among the stands.
    pub zones: Vec<String>,
    /// Stands.
    pub stands: Vec<Stand>,
    /// The neighbour graph.
    pub venue: Venue,
    /// Exhibitors.
    pub exhibitors: Vec<Exhibitor>,
    /// Weights of the objective terms.
    pub weights: Weights,
    /// Clash weights.
    pub clash: ClashRules,
    /// Costs of the rotation term.
    pub rotation: RotationRules,
    /// `(exhibitor, stand)` pairs that must hold.
    pub pins: Vec<(usize, usize)>,
    /// `(exhibitor, stand)` pairs that must not hold.
    pub forbidden: BTreeSet<(usize, usize)>,
    /// Rooms.
    pub rooms: Vec<Room>,
    /// Slots.
    pub slots: Vec<Slot>,
    /// Sessions.
    pub sessions: Vec<Session>,
    /// The balance terms: the province over the zones and over the prime stands (their
    /// weights are [`Stop::weights`]'), then those of the `balance` rules over other attributes.
    pub balances: Vec<Balance>,
    /// The profile of each exhibitor: exhibitors of one profile have the same value of every
    /// attribute a counting balance term looks at (the province always), so the balance terms
    /// cannot tell them apart.
    pub profile_of: Vec<usize>,
    /// For each profile, its value index in each of [`Stop::balances`].
    pub profiles: Vec<Vec<usize>>,
}

/// A balance term, resolved: the value of its attribute for every exhibitor and each value's
/// fair share (its exhibitors over all exhibitors).
#[derive(Debug, Clone, PartialEq)]
pub struct Balance {
    /// The attribute (`province`, `category`, `form`, `women_led`, or an exhibitor attribute).
    pub attribute: String,
    /// `Zones` or `Prime`.
    pub over: format::Over,
    /// The weight of the term.
    pub weight: f64,
    /// The values met, as ids (`true`/`false`, a form, a category, a province id, a text; the
    /// empty text for « non renseigné »).
    pub values: Vec<String>,
    /// The value index of each exhibitor.
    pub value_of: Vec<usize>,
    /// Each value's share of the exhibitors.
    pub shares: Vec<f64>,
}

impl Balance {
    /// Whether the term counts (its weight is above 0).
    pub fn counts(&self) -> bool {
        self.weight > 0.0
    }
}

/// The value of an attribute for an exhibitor, as an id: the province id, the category, form
/// or `women_led` as the format writes them, or the exhibitor's own attribute — from its
/// `attributes`, else from the other columns of its sheet (`extra`) — empty when it has none.
pub fn attribute_value(p: &Problem, e: &format::Exhibitor, attribute: &str) -> String {
    let text = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
    match attribute {
        "province" => e.province.clone(),
        "category" => p
            .families
            .iter()
            .find(|f| f.id == e.family)
            .map(|f| text(serde_json::json!(f.category)))
            .unwrap_or_default(),
        "form" => e
            .form
            .map(|f| text(serde_json::json!(f)))
            .unwrap_or_default(),
        "women_led" => e.women_led.to_string(),
        other => e
            .attributes
            .get(other)
            .or_else(|| e.extra.get(other))
            .cloned()
            .unwrap_or_default(),
    }
}

/// The balance terms of a stop file, resolved (see [`Stop::balances`]).
fn balances(p: &Problem, weights: &Weights) -> Vec<Balance> {
    let n = p.exhibitors.len().max(1) as f64;
    let resolve = |attribute: &str, over: format::Over, weight: f64| {
        let mut values: Vec<String> = if attribute == crate::terms::PROVINCE {
            p.provinces.iter().map(|x| x.id.clone()).collect()
        } else {
            Vec::new()
        };
        let mut value_of = Vec::new();
        for e in &p.exhibitors {
            let v = attribute_value(p, e, attribute);
            let k = values.iter().position(|x| *x == v).unwrap_or_else(|| {
                values.push(v);
                values.len() - 1
            });
            value_of.push(k);
        }
        let shares = (0..values.len())
            .map(|k| value_of.iter().filter(|&&x| x == k).count() as f64 / n)
            .collect();
        Balance {
            attribute: attribute.to_string(),
            over,
            weight,
            values,
            value_of,
            shares,
        }
    };
    let mut out = vec![
        resolve("province", format::Over::Zones, weights[Term::ZoneBalance]),
        resolve("province", format::Over::Prime, weights[Term::PrimeBalance]),
    ];
    for r in crate::terms::balance_rules(p.rules.as_ref()) {
        out.push(resolve(&r.attribute, r.over, r.weight));
    }
    out
}

/// Every exhibitor's profile and each profile's values (see [`Stop::profile_of`]). Profiles
/// are numbered in the order of their values, the province's first: with the province alone,
/// they follow the provinces' order.
fn profiles(balances: &[Balance], exhibitors: usize) -> (Vec<usize>, Vec<Vec<usize>>) {
    let key = |e: usize| -> Vec<usize> {
        balances
            .iter()
            .enumerate()
            .map(|(k, b)| {
                if k < 2 || b.counts() {
                    b.value_of[e]
                } else {
                    0
                }
            })
            .collect()
    };
    let keys: BTreeSet<Vec<usize>> = (0..exhibitors).map(key).collect();
    let keys: Vec<Vec<usize>> = keys.into_iter().collect();
    let of: Vec<usize> = (0..exhibitors)
        .map(|e| keys.binary_search(&key(e)).expect("every key is listed"))
        .collect();
    // A profile's values: those of its first member (the same for all, on counting terms).
    let mut values = vec![Vec::new(); keys.len()];
    for (e, &k) in of.iter().enumerate() {
        if values[k].is_empty() {
            values[k] = balances.iter().map(|b| b.value_of[e]).collect();
        }
    }
    (of, values)
}

impl Stop {
    /// Resolves a stop file that passed validation ([`crate::stop::load::parse_problem`]).
    ///
    /// # Panics
    /// On a reference that validation would have refused; call it on validated problems only.
    pub fn new(name: &str, p: &Problem) -> Stop {
        fn index<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
            items
                .iter()
                .enumerate()
                .map(|(i, t)| (id(t).to_string(), i))
                .collect()
        }
        let prov = index(&p.provinces, |x| &x.id);
        let fam = index(&p.families, |x| &x.id);
        let stand = index(&p.stands, |x| &x.id);
        let exh = index(&p.exhibitors, |x| &x.id);
        let sess = index(&p.sessions, |x| &x.id);

        let mut zones: Vec<String> = Vec::new();
        let stands = p
            .stands
            .iter()
            .map(|s| Stand {
                id: s.id.clone(),
                rect: Rect::of(s),
                front: s.front,
                zone: s
                    .zone
                    .as_ref()
                    .map(|z| match zones.iter().position(|x| x == z) {
                        Some(i) => i,
                        None => {
                            zones.push(z.clone());
                            zones.len() - 1
                        }
                    }),
                tags: s.tags.iter().cloned().collect(),
            })
            .collect();

        let (derive, hand) = match &p.adjacency {
            None => (Some(format::DEFAULT_MAX_AISLE), Vec::new()),
            Some(a) => (
                a.derive.as_ref().map(|d| d.max_aisle),
                a.edges
                    .iter()
                    .map(|e| (stand[&e.a], stand[&e.b], e.kind))
                    .collect(),
            ),
        };
        let venue = Venue::build(&p.stands, derive, &hand);
        let history = &p.history;

        let rules = p.rules.clone().unwrap_or_default();
        let weights = Weights::of_rules(p.rules.as_ref());
        let balances = balances(p, &weights);
        let (profile_of, profiles) = profiles(&balances, p.exhibitors.len());
        let r = rules.rotation.clone().unwrap_or_default();
        let rd = RotationRules::default();
        let rotation = RotationRules {
            prime: r.prime.unwrap_or(rd.prime),
            zone: r.zone.unwrap_or(rd.zone),
        };
        let aw = rules.adjacency_weights.unwrap_or_default();
        let nf = p.families.len();
        let same = rules.same_family.unwrap_or(1.0);
        let mut pair = vec![vec![0.0; nf]; nf];
        for (f, row) in pair.iter_mut().enumerate() {
            row[f] = same;
        }
        for r in &rules.incompatible {
            let (f, g) = (fam[&r.families[0]], fam[&r.families[1]]);
            pair[f][g] += r.weight;
            if f != g {
                pair[g][f] += r.weight;
            }
        }
        let clash = ClashRules {
            side: aw.side.unwrap_or(1.0),
            facing: aw.facing.unwrap_or(0.5),
            back: aw.back.unwrap_or(0.25),
            pair,
        };

        let mut forbidden = BTreeSet::new();
        for f in &p.forbidden {
            for s in &f.stands {
                forbidden.insert((exh[&f.exhibitor], stand[s]));
            }
        }

        Stop {
            name: name.to_string(),
            info: p.stop.clone(),
            provinces: p
                .provinces
                .iter()
                .map(|x| Province {
                    id: x.id.clone(),
                    name: x.name.clone(),
                })
                .collect(),
            families: p
                .families
                .iter()
                .map(|x| Family {
                    id: x.id.clone(),
                    name: x.name.clone(),
                    category: x.category,
                })
                .collect(),
            zones: zones.clone(),
            stands,
            venue,
            exhibitors: p
                .exhibitors
                .iter()
                .map(|e| Exhibitor {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    province: prov[&e.province],
                    family: fam[&e.family],
                    staff: e.staff,
                    home: e.home.clone(),
                    needs: e.needs.clone(),
                    sessions: e.sessions.iter().map(|s| sess[s]).collect(),
                    prime_before: history
                        .iter()
                        .filter(|h| h.exhibitor == e.id && h.prime)
                        .count() as u32,
                    zones_before: zones
                        .iter()
                        .map(|z| {
                            history
                                .iter()
                                .filter(|h| h.exhibitor == e.id && h.zone.as_ref() == Some(z))
                                .count() as u32
                        })
                        .collect(),
                })
                .collect(),
            weights,
            clash,
            rotation,
            pins: p
                .pins
                .iter()
                .map(|x| (exh[&x.exhibitor], stand[&x.stand]))
                .collect(),
            forbidden,
            rooms: p
                .rooms
                .iter()
                .map(|r| Room {
                    id: r.id.clone(),
                    name: r.name.clone().unwrap_or_else(|| r.id.clone()),
                    capacity: r.capacity,
                    tags: r.tags.iter().cloned().collect(),
                })
                .collect(),
            slots: p
                .slots
                .iter()
                .map(|s| Slot {
                    id: s.id.clone(),
                    day: s.day.clone(),
                    start: s.start.clone(),
                    end: s.end.clone(),
                    footfall: s.footfall,
                })
                .collect(),
            sessions: p
                .sessions
                .iter()
                .map(|s| Session {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    length: s.length,
                    needs: s.needs.clone(),
                    facilitators: s.facilitators.clone(),
                    seats: s.seats,
                })
                .collect(),
            balances,
            profile_of,
            profiles,
        }
    }

    /// True when the stand offers everything the exhibitor needs.
    pub fn meets_needs(&self, exhibitor: usize, stand: usize) -> bool {
        let tags = &self.stands[stand].tags;
        self.exhibitors[exhibitor]
            .needs
            .iter()
            .all(|n| tags.contains(n))
    }

    /// True when the exhibitor may get the stand: needs met, not forbidden, and pins respected
    /// (a pinned exhibitor only gets its stand; a pinned stand only goes to its exhibitor).
    pub fn admissible(&self, exhibitor: usize, stand: usize) -> bool {
        if !self.meets_needs(exhibitor, stand) || self.forbidden.contains(&(exhibitor, stand)) {
            return false;
        }
        self.pins
            .iter()
            .all(|&(e, s)| (e == exhibitor) == (s == stand))
    }

    /// The rotation cost (unweighted) of placing the exhibitor on the stand: its earlier prime
    /// stands if this one is prime, and its earlier stops in this stand's zone.
    pub fn rotation_cost(&self, exhibitor: usize, stand: usize) -> f64 {
        let e = &self.exhibitors[exhibitor];
        let s = &self.stands[stand];
        let prime = if s.is_prime() {
            self.rotation.prime * f64::from(e.prime_before)
        } else {
            0.0
        };
        let zone = s
            .zone
            .map_or(0.0, |z| self.rotation.zone * f64::from(e.zones_before[z]));
        prime + zone
    }

    /// True when the rotation term can cost anything at this stop.
    pub fn has_rotation(&self) -> bool {
        self.weights.counts(Term::Rotation)
            && self
                .exhibitors
                .iter()
                .any(|e| e.prime_before > 0 || e.zones_before.iter().any(|&n| n > 0))
    }

    /// Number of exhibitors from each province.
    pub fn province_counts(&self) -> Vec<usize> {
        let mut n = vec![0; self.provinces.len()];
        for e in &self.exhibitors {
            n[e.province] += 1;
        }
        n
    }

    /// The number of exhibitors of each profile ([`Stop::profile_of`]).
    pub fn profile_counts(&self) -> Vec<usize> {
        let mut n = vec![0; self.profiles.len()];
        for &p in &self.profile_of {
            n[p] += 1;
        }
        n
    }

    /// Each province's share of the exhibitors (`N_p / N`).
    pub fn shares(&self) -> Vec<f64> {
        let total = self.exhibitors.len().max(1) as f64;
        self.province_counts()
            .into_iter()
            .map(|n| n as f64 / total)
            .collect()
    }

    /// Exhibitors registered for each session.
    pub fn registrants(&self, session: usize) -> impl Iterator<Item = usize> + '_ {
        self.exhibitors
            .iter()
            .enumerate()
            .filter(move |(_, e)| e.sessions.contains(&session))
            .map(|(i, _)| i)
    }

    /// The seats a session's room must have: one per registered exhibitor and per
    /// facilitator, or the session's own `seats` when it asks for more.
    pub fn seats(&self, session: usize) -> usize {
        let s = &self.sessions[session];
        let people = self.registrants(session).count() + s.facilitators.len();
        people.max(s.seats.unwrap_or(0) as usize)
    }
}

//! Synthetic stops of any size with the statistics of the Souss-Massa markets: the region's six
//! provinces in their usual shares (the host the largest), its product families with their home
//! provinces, stand needs, and a grid venue of back-to-back rows with about 5 % spare stands.
//! The same size and seed always give the same stop, and every stop generated can be planned:
//! each need is offered by enough stands that nobody else needs (water never on a double
//! stand), the rooms large enough for the largest sessions offer them enough slots, and no
//! facilitator leads more than the days can hold.

use crate::format::*;
use crate::util::{apportion, Rng};

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// Number of exhibitors.
    pub exhibitors: usize,
    /// Number of thematic sessions (`None`: about one per 20 exhibitors, 2 to 30).
    pub sessions: Option<usize>,
    /// Days of the market, three slots each (`None`: 5).
    pub days: Option<usize>,
    /// Seed of the pseudo-random choices.
    pub seed: u64,
}

/// The provinces of Souss-Massa and their usual share of a market's exhibitors.
pub const PROVINCES: [(&str, &str, f64); 6] = [
    ("taroudant", "Taroudant", 0.30),
    ("agadir-ida-outanane", "Agadir Ida-Outanane", 0.17),
    ("chtouka-ait-baha", "Chtouka-Aït Baha", 0.15),
    ("inezgane-ait-melloul", "Inezgane-Aït Melloul", 0.13),
    ("tiznit", "Tiznit", 0.13),
    ("tata", "Tata", 0.12),
];

/// Product families: id, name, category, weight, the provinces it is known for, and needs.
type FamilySpec = (
    &'static str,
    &'static str,
    Category,
    f64,
    &'static [&'static str],
    &'static [&'static str],
);

/// The families of the region's cooperatives.
pub const FAMILIES: [FamilySpec; 19] = [
    (
        "argan-culinary",
        "Huile d'argan alimentaire",
        Category::Agricultural,
        6.0,
        &[],
        &[],
    ),
    (
        "argan-cosmetic",
        "Argan cosmétique",
        Category::Agricultural,
        5.0,
        &[],
        &[],
    ),
    (
        "saffron",
        "Safran de Taliouine",
        Category::Agricultural,
        3.0,
        &["taroudant"],
        &[],
    ),
    (
        "olive-oil",
        "Huile d'olive",
        Category::Agricultural,
        2.0,
        &["taroudant"],
        &[],
    ),
    (
        "honey",
        "Miel de thym et d'euphorbe",
        Category::Agricultural,
        3.0,
        &["agadir-ida-outanane"],
        &[],
    ),
    (
        "amlou-almonds",
        "Amandes et amlou",
        Category::Agricultural,
        3.0,
        &["tiznit", "agadir-ida-outanane"],
        &[],
    ),
    (
        "dates",
        "Dattes",
        Category::Agricultural,
        2.0,
        &["tata"],
        &[],
    ),
    (
        "prickly-pear",
        "Figue de Barbarie",
        Category::Agricultural,
        2.0,
        &["chtouka-ait-baha"],
        &[],
    ),
    (
        "aromatic-plants",
        "Plantes aromatiques et médicinales",
        Category::Agricultural,
        2.0,
        &["tata"],
        &[],
    ),
    (
        "couscous",
        "Couscous et pâtes traditionnelles",
        Category::Agricultural,
        3.0,
        &[],
        &[],
    ),
    (
        "leather",
        "Maroquinerie",
        Category::Artisanal,
        2.0,
        &["taroudant"],
        &[],
    ),
    (
        "silver-jewellery",
        "Bijoux en argent",
        Category::Artisanal,
        2.0,
        &["tiznit"],
        &[],
    ),
    (
        "palm-basketry",
        "Vannerie de palmier",
        Category::Artisanal,
        1.5,
        &["tata"],
        &[],
    ),
    (
        "carpets",
        "Tapis et tissage",
        Category::Artisanal,
        1.5,
        &[],
        &["double"],
    ),
    ("pottery", "Poterie", Category::Artisanal, 1.0, &[], &[]),
    (
        "catering",
        "Restauration",
        Category::Services,
        1.5,
        &[],
        &["electricity", "water"],
    ),
    (
        "rural-tourism",
        "Tourisme rural",
        Category::Services,
        1.0,
        &[],
        &[],
    ),
    (
        "training",
        "Formation et accompagnement",
        Category::Services,
        0.7,
        &["inezgane-ait-melloul"],
        &[],
    ),
    (
        "digital-design",
        "Services numériques et design",
        Category::Services,
        0.8,
        &["inezgane-ait-melloul", "agadir-ida-outanane"],
        &["electricity"],
    ),
];

const THEMES: [(&str, &str); 8] = [
    ("financing", "Financer l'économie sociale et solidaire"),
    ("networking", "La mise en réseau, levier de coordination"),
    ("digital-marketing", "Marketing et vente en ligne"),
    ("labels", "Labels de qualité et certification sanitaire"),
    ("export", "Accéder à l'export"),
    ("packaging", "Emballage et présentation"),
    ("women-coops", "Coopératives féminines : gouvernance"),
    ("tourism", "ESS et tourisme rural"),
];

/// Generates a synthetic stop.
///
/// ```
/// use caravane::stop::generate::{generate, Spec};
/// let p = generate(Spec { exhibitors: 50, sessions: None, days: None, seed: 7 });
/// assert_eq!(p.exhibitors.len(), 50);
/// assert!(p.stands.len() > 50);
/// assert_eq!(p, generate(Spec { exhibitors: 50, sessions: None, days: None, seed: 7 }));
/// ```
pub fn generate(spec: Spec) -> Problem {
    let n = spec.exhibitors.max(1);
    let mut rng = Rng::new(spec.seed);

    // Exhibitors: provinces in their shares, families by weight (tripled at home).
    let counts = apportion(n, &PROVINCES.map(|p| p.2));
    let mut exhibitors = Vec::with_capacity(n);
    let mut used_family = [false; FAMILIES.len()];
    for (p, &count) in counts.iter().enumerate() {
        let pid = PROVINCES[p].0;
        let weights: Vec<f64> = FAMILIES
            .iter()
            .map(|f| if f.4.contains(&pid) { f.3 * 3.0 } else { f.3 })
            .collect();
        for _ in 0..count {
            let f = rng.weighted(&weights);
            used_family[f] = true;
            let mut needs: Vec<String> = FAMILIES[f].5.iter().map(|s| s.to_string()).collect();
            if needs.is_empty() && rng.unit() < 0.05 {
                needs.push("electricity".into());
            }
            let i = exhibitors.len() + 1;
            let form = match rng.below(10) {
                0..=6 => Form::Cooperative,
                7 | 8 => Form::Association,
                _ => Form::SocialEnterprise,
            };
            exhibitors.push(Exhibitor {
                id: format!("ex-{i:04}"),
                name: format!("Exposant d'exemple {i} ({})", FAMILIES[f].1),
                province: pid.to_string(),
                family: FAMILIES[f].0.to_string(),
                form: Some(form),
                women_led: FAMILIES[f].0.starts_with("argan") || rng.unit() < 0.35,
                staff: match rng.below(10) {
                    0..=4 => 1,
                    5..=8 => 2,
                    _ => 3,
                },
                home: None,
                needs,
                sessions: Vec::new(),
                extra: Default::default(),
                attributes: Default::default(),
            });
        }
    }

    let need = |tag: &str| {
        exhibitors
            .iter()
            .filter(|e| e.needs.iter().any(|x| x == tag))
            .count()
    };
    let (need_elec, need_water, need_double) = (need("electricity"), need("water"), need("double"));

    // Venue: double rows back to back (north row fronts north, south row fronts south), 4 m
    // aisles between double rows, the entrance on the south side.
    let n_stands = (n as f64 * 1.05).ceil() as usize + 1;
    let per_row = ((n_stands as f64).sqrt().round() as usize).clamp(6, 30);
    let rows = n_stands.div_ceil(per_row);
    let doubles = need_double + 2;
    let double_every = n_stands
        .checked_div(doubles)
        .map_or(usize::MAX, |d| d.max(1));
    let mut stands = Vec::with_capacity(n_stands);
    let mut y = 0.0;
    let mut placed_doubles = 0;
    for r in 0..rows {
        let front = if r % 2 == 0 {
            Front::North
        } else {
            Front::South
        };
        let zone = match (3 * r) / rows {
            0 => "back",
            1 => "centre",
            _ => "entrance",
        };
        let in_row = per_row.min(n_stands - stands.len());
        let mut x = 0.0;
        for c in 0..in_row {
            let k = stands.len();
            let double = k % double_every == double_every / 2 && placed_doubles < doubles;
            placed_doubles += usize::from(double);
            let width = if double { 6.0 } else { 3.0 };
            let mut tags = Vec::new();
            let corner = c == 0 || c + 1 == in_row;
            let main_aisle = c < 2 || c + 2 >= in_row;
            if zone == "entrance" && (main_aisle || r + 2 >= rows) {
                tags.push("prime".to_string());
            }
            if corner {
                tags.push("corner".to_string());
            }
            if double {
                tags.push("double".to_string());
            }
            if r % 3 == 1 {
                tags.push("covered".to_string());
            }
            stands.push(Stand {
                id: format!("{}{:02}", row_letters(r), c + 1),
                x,
                y,
                width,
                depth: 3.0,
                front: Some(front),
                zone: Some(zone.to_string()),
                tags,
            });
            x += width;
        }
        y += if r % 2 == 0 { 3.0 } else { 7.0 };
    }
    // Electricity on about 40 % of the stands and enough for every need; water at a food
    // corner among them.
    let elec = (need_elec + 3).max(stands.len() * 2 / 5).min(stands.len());
    let step = stands.len() as f64 / elec as f64;
    let mut water_left = need_water + if need_water > 0 { 2 } else { 0 };
    let last = stands.len() - 1;
    for k in 0..elec {
        let s = &mut stands[((k as f64 * step) as usize).min(last)];
        s.tags.push("electricity".into());
        // Water never goes to a double stand: carpets need those, caterers water.
        if water_left > 0 && !s.tags.iter().any(|t| t == "double") {
            s.tags.push("water".into());
            water_left -= 1;
        }
    }
    for s in &mut stands {
        s.tags.sort();
        s.tags.dedup();
    }

    // Sessions, registrations, rooms and slots over the days of the market.
    let days = spec.days.unwrap_or(5).clamp(1, 20);
    let n_sessions = spec.sessions.unwrap_or((n / 20).clamp(2, 30));
    let pool = (n_sessions / 2).max(1);
    let mut leads = Leads::new(days);
    let mut sessions = Vec::with_capacity(n_sessions);
    for k in 0..n_sessions {
        let (id, title) = THEMES[k % THEMES.len()];
        let round = k / THEMES.len();
        let length = if k % 5 == 4 { 2 } else { 1 };
        let first = leads.take(rng.below(pool), length);
        let mut facilitators = vec![format!("Animateur·rice {}", first + 1)];
        if rng.unit() < 0.3 {
            let other = rng.below(pool);
            if other != first && leads.free(other, length) {
                leads.add(other, length);
                facilitators.push(format!("Animateur·rice {}", other + 1));
            }
        }
        sessions.push(Session {
            id: if round == 0 {
                id.to_string()
            } else {
                format!("{id}-{}", round + 1)
            },
            title: if round == 0 {
                title.to_string()
            } else {
                format!("{title} ({})", round + 1)
            },
            theme: None,
            seats: None,
            length,
            needs: Vec::new(),
            facilitators,
        });
    }
    let popularity: Vec<f64> = (0..n_sessions)
        .map(|k| 1.0 / (1.0 + k as f64 * 0.3))
        .collect();
    if n_sessions > 0 {
        for e in &mut exhibitors {
            let wanted = rng.weighted(&[0.3, 0.45, 0.2, 0.05]);
            for _ in 0..wanted {
                let s = sessions[rng.weighted(&popularity)].id.clone();
                if !e.sessions.contains(&s) {
                    e.sessions.push(s);
                }
            }
        }
    }
    let seats: Vec<usize> = sessions
        .iter()
        .map(|s| {
            exhibitors
                .iter()
                .filter(|e| e.sessions.contains(&s.id))
                .count()
                + s.facilitators.len()
        })
        .collect();
    let biggest = seats.iter().copied().max().unwrap_or(0);
    let day_slots = [
        ("10:00", "11:30", Footfall::Quiet),
        ("15:00", "16:30", Footfall::Normal),
        ("17:30", "19:00", Footfall::Busy),
    ];
    let mut slots = Vec::new();
    for d in 0..days {
        for (k, (start, end, footfall)) in day_slots.iter().enumerate() {
            slots.push(Slot {
                id: format!("d{}-{}", d + 1, ["am", "pm", "ev"][k]),
                day: format!("2025-11-{:02}", 7 + d),
                start: start.to_string(),
                end: end.to_string(),
                footfall: if (1..=2).contains(&d) && k > 0 {
                    Footfall::Busy
                } else {
                    *footfall
                },
            });
        }
    }
    let slot_need: usize = sessions.iter().map(|s| s.length as usize).sum();
    let n_rooms = if n_sessions == 0 {
        0
    } else {
        slot_need.div_ceil(slots.len()) + 1
    };
    // Sessions too large for a 30-seat room are held in the tent; when they would fill more
    // than half of its slots, every room is as large as the tent.
    let tent = (biggest.div_ceil(10) * 10).max(40) as u32;
    let large_need: usize = seats
        .iter()
        .zip(&sessions)
        .filter(|(&n, _)| n > 30)
        .map(|(_, s)| s.length as usize)
        .sum();
    let all_large = 2 * large_need > slots.len();
    let rooms = (0..n_rooms)
        .map(|k| Room {
            id: if k == 0 {
                "tente".into()
            } else {
                format!("salle-{k}")
            },
            name: Some(if k == 0 {
                "Tente des rencontres".into()
            } else {
                format!("Salle {k}")
            }),
            capacity: if k == 0 || all_large { tent } else { 30 },
            tags: Vec::new(),
        })
        .collect();

    let families = FAMILIES
        .iter()
        .zip(used_family)
        .filter(|(_, used)| *used)
        .map(|(f, _)| Family {
            id: f.0.into(),
            name: f.1.into(),
            category: f.2,
            code: None,
        })
        .collect();
    let provinces = PROVINCES
        .iter()
        .zip(&counts)
        .filter(|(_, c)| **c > 0)
        .map(|(p, _)| Province {
            id: p.0.into(),
            name: p.1.into(),
        })
        .collect();

    Problem {
        format: STOP_FORMAT.into(),
        stop: StopInfo {
            name: format!("Marché synthétique de {n} exposants (graine {})", spec.seed),
            town: "Taroudant".into(),
            venue: "Place synthétique en rangées".into(),
            from: "2025-11-07".into(),
            to: format!("2025-11-{:02}", 7 + days - 1),
            sample_data: true,
            language: None,
        },
        provinces,
        families,
        stands,
        adjacency: Some(Adjacency {
            derive: Some(Derive::default()),
            edges: Vec::new(),
        }),
        zones: Vec::new(),
        landmarks: Vec::new(),
        exhibitors,
        rules: None,
        pins: Vec::new(),
        forbidden: Vec::new(),
        rooms,
        slots,
        sessions,
        history: vec![],
    }
}

/// The sessions each facilitator leads, so that nobody leads more than the programme can hold:
/// at most three slots a day, and one two-slot session a day.
struct Leads {
    days: usize,
    /// Slots and two-slot sessions of each facilitator so far.
    load: Vec<(usize, usize)>,
}

impl Leads {
    fn new(days: usize) -> Leads {
        Leads { days, load: vec![] }
    }

    /// Whether facilitator `f` can lead one more session of `length` slots.
    fn free(&self, f: usize, length: u32) -> bool {
        let (slots, long) = self.load.get(f).copied().unwrap_or((0, 0));
        slots + length as usize <= 3 * self.days && (length < 2 || long < self.days)
    }

    /// Facilitator `f` leads one more session of `length` slots.
    fn add(&mut self, f: usize, length: u32) {
        if self.load.len() <= f {
            self.load.resize(f + 1, (0, 0));
        }
        self.load[f].0 += length as usize;
        self.load[f].1 += usize::from(length >= 2);
    }

    /// Facilitator `wanted`, or the next one free for a session of `length` slots (one more
    /// facilitator when all are busy); returns who leads it.
    fn take(&mut self, wanted: usize, length: u32) -> usize {
        let f = (wanted..).find(|&f| self.free(f, length)).unwrap_or(wanted);
        self.add(f, length);
        f
    }
}

/// Row names A…Z, then AA, AB…
fn row_letters(mut r: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (r % 26) as u8);
        if r < 26 {
            break;
        }
        r = r / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).expect("ASCII letters")
}

//! The Souss-Massa region's reference lists, which a venue made from a spreadsheet or from a few
//! numbers takes when no other stop file is given: its six provinces, the 19 product families of
//! its cooperatives, and the rules the regional council plans with (the objective's weights and
//! the families that do not mix). They are the lists of the shipped stops, written here as
//! data so that a venue needs no other file.
//!
//! [`venue_stop`] then makes a whole stop file around the stands of a venue: these lists (or
//! those of another stop file), no exhibitors yet, and the stop's name, town, place and dates.

use crate::format::{
    Adjacency, AdjacencyWeights, Category, Derive, Edge, Family, Incompatible, Landmark, Problem,
    Province, Rules, Stand, StopInfo, Weights, Zone, STOP_FORMAT,
};

/// The provinces and prefectures of Souss-Massa: id and name.
pub const PROVINCES: [(&str, &str); 6] = [
    ("agadir-ida-outanane", "Agadir Ida-Outanane"),
    ("inezgane-ait-melloul", "Inezgane-Aït Melloul"),
    ("chtouka-ait-baha", "Chtouka-Aït Baha"),
    ("taroudant", "Taroudant"),
    ("tiznit", "Tiznit"),
    ("tata", "Tata"),
];

/// The product families of the region's cooperatives: id, French name and category.
pub const FAMILIES: [(&str, &str, Category); 19] = [
    (
        "argan-culinary",
        "Huile d'argan alimentaire",
        Category::Agricultural,
    ),
    (
        "argan-cosmetic",
        "Cosmétique à l'argan",
        Category::Agricultural,
    ),
    ("saffron", "Safran", Category::Agricultural),
    ("olive-oil", "Huile d'olive", Category::Agricultural),
    ("honey", "Miel (thym, euphorbe)", Category::Agricultural),
    ("amlou-almonds", "Amandes et amlou", Category::Agricultural),
    ("dates", "Dattes", Category::Agricultural),
    (
        "prickly-pear",
        "Figue de Barbarie (fruit, huile de pépins)",
        Category::Agricultural,
    ),
    (
        "aromatic-plants",
        "Plantes aromatiques et médicinales",
        Category::Agricultural,
    ),
    (
        "couscous",
        "Couscous et pâtes traditionnelles",
        Category::Agricultural,
    ),
    (
        "leather",
        "Maroquinerie et articles en cuir",
        Category::Artisanal,
    ),
    (
        "silver-jewellery",
        "Bijoux en argent et ornements",
        Category::Artisanal,
    ),
    ("palm-basketry", "Vannerie en palmier", Category::Artisanal),
    ("carpets", "Tapis et tissage", Category::Artisanal),
    ("pottery", "Poterie", Category::Artisanal),
    (
        "catering",
        "Restauration et cuisine du terroir",
        Category::Services,
    ),
    (
        "rural-tourism",
        "Tourisme rural et solidaire",
        Category::Services,
    ),
    (
        "training",
        "Formation et accompagnement",
        Category::Services,
    ),
    (
        "digital-design",
        "Services numériques et design",
        Category::Services,
    ),
];

/// Pairs of families the council keeps apart, with the clash weight of such a pair: the smells
/// of a kitchen beside carpets, cosmetics or leather.
pub const INCOMPATIBLE: [(&str, &str, f64); 3] = [
    ("catering", "carpets", 2.0),
    ("catering", "argan-cosmetic", 1.0),
    ("catering", "leather", 1.0),
];

/// The provinces as a stop file lists them.
pub fn provinces() -> Vec<Province> {
    PROVINCES
        .iter()
        .map(|(id, name)| Province {
            id: id.to_string(),
            name: name.to_string(),
        })
        .collect()
}

/// The families as a stop file lists them.
pub fn families() -> Vec<Family> {
    FAMILIES
        .iter()
        .map(|(id, name, category)| Family {
            id: id.to_string(),
            name: name.to_string(),
            category: *category,
            code: None,
        })
        .collect()
}

/// The rules the council plans with: every weight written out, and the families that do not
/// mix.
pub fn rules() -> Rules {
    Rules {
        weights: Some(Weights {
            clash: Some(10.0),
            zone_balance: Some(1.0),
            prime_balance: Some(2.0),
            empty_prime: Some(10.0),
            missed_session: Some(5.0),
            unattended: Some(1.0),
            neighbour_watch: Some(1.0),
            rotation: None,
        }),
        adjacency_weights: Some(AdjacencyWeights {
            side: Some(1.0),
            facing: Some(0.5),
            back: Some(0.25),
        }),
        same_family: Some(1.0),
        incompatible: INCOMPATIBLE
            .iter()
            .map(|(a, b, weight)| Incompatible {
                families: [a.to_string(), b.to_string()],
                weight: *weight,
            })
            .collect(),
        rotation: None,
        balance: Vec::new(),
    }
}

/// The stands of a venue and what surrounds them, before they become a stop file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VenueParts {
    /// The stands.
    pub stands: Vec<Stand>,
    /// Names for people of the zones the stands name.
    pub zones: Vec<Zone>,
    /// The entrance, streets and landmarks.
    pub landmarks: Vec<Landmark>,
    /// Neighbour pairs listed by hand (stands apart on the ground that count as side by side).
    pub edges: Vec<Edge>,
}

/// A stop file around a venue: its stands, zones and landmarks; neighbours derived from the
/// geometry across aisles of at most `max_aisle` metres (and the pairs listed by hand); no
/// exhibitors. The provinces, families, rules, rooms, slots and sessions are those of `like`
/// when given (its exhibitors, pins, forbidden stands and history are not taken), else the
/// region's lists and rules without any programme.
pub fn venue_stop(
    info: StopInfo,
    venue: VenueParts,
    max_aisle: f64,
    like: Option<&Problem>,
) -> Problem {
    let (provinces, families, rules, rooms, slots, sessions) = match like {
        Some(p) => (
            p.provinces.clone(),
            p.families.clone(),
            p.rules.clone(),
            p.rooms.clone(),
            p.slots.clone(),
            p.sessions.clone(),
        ),
        None => (
            provinces(),
            families(),
            Some(rules()),
            vec![],
            vec![],
            vec![],
        ),
    };
    Problem {
        format: STOP_FORMAT.to_string(),
        stop: info,
        provinces,
        families,
        stands: venue.stands,
        adjacency: Some(Adjacency {
            derive: Some(Derive { max_aisle }),
            edges: venue.edges,
        }),
        zones: venue.zones,
        landmarks: venue.landmarks,
        exhibitors: vec![],
        rules,
        pins: vec![],
        forbidden: vec![],
        rooms,
        slots,
        sessions,
        history: vec![],
    }
}

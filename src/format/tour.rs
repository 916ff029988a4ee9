//! The tour file, `NAME.tour.json` (format `caravane.tour/1`): the towns and their roads, the
//! pool of exhibitors with their home towns, the venues of each town, and the itineraries to
//! plan and compare. Each stop of an itinerary becomes a stop file (`caravane.stop/1`).

use super::problem::{
    Adjacency, Exhibitor, Family, Footfall, Landmark, Province, Room, Rules, Session, Stand, Zone,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format tag every tour file carries.
pub const TOUR_FORMAT: &str = "caravane.tour/1";

/// A travelling market: where it can go and the itineraries under consideration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tour {
    /// Always `"caravane.tour/1"`.
    pub format: String,
    /// Which tour this is.
    pub tour: TourInfo,
    /// The towns: stops, and the home towns of the exhibitors.
    pub towns: Vec<Town>,
    /// Roads between towns, in km; distances between any two towns are shortest paths.
    pub roads: Vec<Road>,
    /// The provinces the exhibitors come from.
    pub provinces: Vec<Province>,
    /// The product families.
    pub families: Vec<Family>,
    /// The pool of exhibitors; `home` is required and names a town.
    pub exhibitors: Vec<Exhibitor>,
    /// The squares and halls the market can use, each in a town.
    pub venues: Vec<Venue>,
    /// The thematic sessions the market offers (each stop may hold some of them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<Session>,
    /// Objective weights and clash rules, the same at every stop (as in a stop file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Rules>,
    /// The itineraries to plan and compare.
    pub itineraries: Vec<Itinerary>,
    /// How the itineraries are ranked; every key may be left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compare: Option<CompareWeights>,
}

/// The tour's identity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TourInfo {
    /// Name for people.
    pub name: String,
    /// True when the exhibitors are invented examples.
    #[serde(default)]
    pub sample_data: bool,
    /// The language of the documents made for this tour and its stops: `fr`, `en` or `ar`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// A town of the road network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Town {
    /// Unique id.
    pub id: String,
    /// Name for people.
    pub name: String,
    /// The province it lies in (an id of `provinces`), if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    /// Latitude in degrees (north positive), for the tour's map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    /// Longitude in degrees (east positive), for the tour's map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
}

/// A road between two towns (both ways).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Road {
    /// A town id.
    pub a: String,
    /// Another town id.
    pub b: String,
    /// Length in km, more than 0.
    pub km: f64,
}

/// A square or hall in a town, with its stands, rooms and daily time slots.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Venue {
    /// Unique id.
    pub id: String,
    /// The town (an id of `towns`).
    pub town: String,
    /// Name for people ("Place du 20 Août").
    pub name: String,
    /// The stands, as in a stop file.
    pub stands: Vec<Stand>,
    /// Neighbour pairs, as in a stop file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjacency: Option<Adjacency>,
    /// Names for people of the venue's zones, as in a stop file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zones: Vec<Zone>,
    /// The entrance, streets and landmarks around the stands, as in a stop file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub landmarks: Vec<Landmark>,
    /// Rooms for the sessions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rooms: Vec<Room>,
    /// The slots of one market day, repeated on every day of a stop.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub slots: Vec<DailySlot>,
}

/// A time slot of every market day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DailySlot {
    /// Unique id within the venue; a stop's slot ids are `d1-ID`, `d2-ID`…
    pub id: String,
    /// `HH:MM`.
    pub start: String,
    /// `HH:MM`.
    pub end: String,
    /// How busy the market is then; default `normal`.
    #[serde(default)]
    pub footfall: Footfall,
}

/// An ordered list of stops.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Itinerary {
    /// Unique id (used in file names).
    pub id: String,
    /// Name for people, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The stops, in date order.
    pub stops: Vec<TourStop>,
}

/// One stop of an itinerary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TourStop {
    /// The venue (an id of `venues`).
    pub venue: String,
    /// First day, `YYYY-MM-DD`.
    pub from: String,
    /// Last day, `YYYY-MM-DD`.
    pub to: String,
    /// Who may exhibit; default everyone.
    #[serde(default)]
    pub participants: Participants,
    /// Places offered, at most the venue's stands; default every stand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub places: Option<u32>,
    /// At most so many places for a province (province id → places).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub quotas: BTreeMap<String, u32>,
    /// The sessions held at this stop (ids of `sessions`); default all of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sessions: Option<Vec<String>>,
}

/// Who may exhibit at a stop.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Participants {
    /// The whole pool.
    #[default]
    Everyone,
    /// These exhibitors only (ids of `exhibitors`).
    Exhibitors(Vec<String>),
    /// Those whose home is at most this many km away by road.
    WithinKm(f64),
}

/// Weights of the criteria that rank itineraries; a missing key takes 1.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CompareWeights {
    /// Km driven by the market from stop to stop.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tour_km: Option<f64>,
    /// Km from each exhibitor's home to each stop it attends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exhibitor_km: Option<f64>,
    /// Exhibitors who get a place at one stop at least (more is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance: Option<f64>,
    /// Distance of each stop's province mix from the regional shares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representation: Option<f64>,
    /// Sum of the stops' layout objectives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<f64>,
    /// Gini index of prime-stand exposure across exhibitors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prime_fairness: Option<f64>,
    /// Sessions missed over all stops.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sessions_missed: Option<f64>,
}

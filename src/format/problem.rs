//! The stop file, `NAME.problem.json` (format `caravane.stop/1`).

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format tag every stop file carries.
pub const STOP_FORMAT: &str = "caravane.stop/1";

/// One market stop: the venue, the exhibitors, the rules and the exchange programme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Problem {
    /// Always `"caravane.stop/1"`.
    pub format: String,
    /// Which market this is: town, venue, dates.
    pub stop: StopInfo,
    /// The provinces the exhibitors come from.
    pub provinces: Vec<Province>,
    /// The product families (saffron, silver jewellery…).
    pub families: Vec<Family>,
    /// The stands (pitches) of the venue.
    pub stands: Vec<Stand>,
    /// Which stands are neighbours. Without it, neighbours are derived from the geometry with an
    /// aisle of at most 5 m.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjacency: Option<Adjacency>,
    /// Names for people of the zones the stands name (a zone without one is shown by a common
    /// name for its id, such as « Entrée » for `entrance`, or by its id).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zones: Vec<Zone>,
    /// What the planner sees around the stands (optional, drawn on the floor plan only): the
    /// entrance, the streets and the landmarks that surround the square.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub landmarks: Vec<Landmark>,
    /// The exhibitors of this stop.
    pub exhibitors: Vec<Exhibitor>,
    /// Weights of the objective; every key may be left out and takes its default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Rules>,
    /// Exhibitors who must get one given stand.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pins: Vec<Pin>,
    /// Stands a given exhibitor must not get.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forbidden: Vec<Forbidden>,
    /// Rooms or tents for the exchange meetings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rooms: Vec<Room>,
    /// Time slots in which sessions may run.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub slots: Vec<Slot>,
    /// Thematic exchange sessions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<Session>,
    /// Where the exhibitors stood at the earlier stops of the tour (optional, a Caravane
    /// addition): the `rotation` term makes a prime stand or a zone had before cost again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Placement>,
}

/// One earlier placement of an exhibitor, at another stop of the same tour.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Placement {
    /// The exhibitor (an id of this stop's `exhibitors`).
    pub exhibitor: String,
    /// The earlier stop, for people ("Tiznit, 2025-11-21").
    pub stop: String,
    /// The stand it had there, for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stand: Option<String>,
    /// The zone of that stand; zones are matched by id across stops.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// Whether that stand was prime.
    #[serde(default)]
    pub prime: bool,
}

/// The market's identity: where and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StopInfo {
    /// A name for people.
    pub name: String,
    /// The host town.
    pub town: String,
    /// The square or hall.
    pub venue: String,
    /// Opening day, `YYYY-MM-DD`.
    pub from: String,
    /// Closing day, `YYYY-MM-DD`.
    pub to: String,
    /// True when the exhibitors are invented sample data.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample_data: bool,
    /// The language of the documents made for this stop (floor plan, report, export): `fr`,
    /// `en` or `ar`. A command's `--lang` comes first; without either, the user's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// How people call a zone of the square: its name, and in other languages if need be.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Zone {
    /// The zone's id, as the stands name it.
    pub id: String,
    /// Its name for people (in French, or the stop's language).
    pub name: String,
    /// Its name in other languages, by language code (`ar`, `en`, `fr`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
}

/// Something on or around the square that helps people find their way on the floor plan: the
/// entrance, a street, a building, a fountain. It takes no part in the solve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Landmark {
    /// What it is.
    pub kind: LandmarkKind,
    /// Its name for people ("Bab El Kasbah", "Avenue Mohammed V").
    pub name: String,
    /// Its name in other languages, by language code (`ar`, `en`, `fr`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
    /// West edge, metres, in the stands' frame.
    pub x: f64,
    /// North edge, metres (y grows to the south).
    pub y: f64,
    /// East–west size, metres (0 for a point).
    #[serde(default)]
    pub width: f64,
    /// North–south size, metres (0 for a point).
    #[serde(default)]
    pub depth: f64,
}

/// The kinds of landmark a floor plan draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LandmarkKind {
    /// Where visitors come in.
    Entrance,
    /// A street or road along the square.
    Street,
    /// Any other landmark: a building, a fountain, a stage, a tree.
    Landmark,
}

/// A province (or prefecture) of origin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Province {
    /// Unique id.
    pub id: String,
    /// Name for people.
    pub name: String,
}

/// The broad kind of a product family.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Food and farm products.
    Agricultural,
    /// Crafts.
    Artisanal,
    /// Services (tourism, catering, training, digital).
    Services,
}

/// A product family.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Family {
    /// Unique id.
    pub id: String,
    /// Name for people.
    pub name: String,
    /// Agricultural, artisanal or services.
    pub category: Category,
    /// A short code printed on the floor plan's stands (2 to 4 letters, e.g. `TAP`); without
    /// it, one is made from the family's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// The side of a stand that visitors walk past.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Front {
    /// The edge at `y` (y grows to the south).
    North,
    /// The edge at `y + depth`.
    South,
    /// The edge at `x + width` (x grows to the east).
    East,
    /// The edge at `x`.
    West,
}

/// A stand (pitch): a rectangle `[x, x+width] × [y, y+depth]` in metres.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stand {
    /// Unique id, as painted on the ground.
    pub id: String,
    /// West edge, metres.
    pub x: f64,
    /// North edge, metres (y grows to the south).
    pub y: f64,
    /// East–west size, metres.
    pub width: f64,
    /// North–south size, metres.
    pub depth: f64,
    /// The side visitors walk past; needed to derive `back` and `facing` neighbours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub front: Option<Front>,
    /// The part of the square (`entrance`, `centre`, `back`…). A stand without a zone counts in
    /// no zone of the zone balance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// What the stand offers: `prime`, `corner`, `electricity`, `water`, `covered`, `double`…
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

/// How neighbours are known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Adjacency {
    /// Derive neighbours from the geometry. Left out: only the listed edges count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derive: Option<Derive>,
    /// Neighbour pairs listed by hand; they override the derived kind of the same pair.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub edges: Vec<Edge>,
}

/// Settings for deriving neighbours from the geometry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Derive {
    /// Widest aisle (metres) across which two fronts still face each other. Default 5.0.
    #[serde(default = "default_max_aisle")]
    pub max_aisle: f64,
}

/// The aisle width used when nothing else is said.
pub const DEFAULT_MAX_AISLE: f64 = 5.0;

fn default_max_aisle() -> f64 {
    DEFAULT_MAX_AISLE
}

impl Default for Derive {
    fn default() -> Self {
        Derive {
            max_aisle: DEFAULT_MAX_AISLE,
        }
    }
}

/// How two stands are neighbours.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// Side by side: the rectangles share a boundary.
    Side,
    /// Fronts open toward each other across an aisle.
    Facing,
    /// Back to back.
    Back,
}

impl EdgeKind {
    /// All kinds, in a fixed order.
    pub const ALL: [EdgeKind; 3] = [EdgeKind::Side, EdgeKind::Facing, EdgeKind::Back];

    /// The word used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Side => "side",
            EdgeKind::Facing => "facing",
            EdgeKind::Back => "back",
        }
    }
}

/// A neighbour pair listed by hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Edge {
    /// One stand id.
    pub a: String,
    /// The other stand id.
    pub b: String,
    /// How they are neighbours; default `side`.
    #[serde(default = "default_edge_kind")]
    pub kind: EdgeKind,
}

fn default_edge_kind() -> EdgeKind {
    EdgeKind::Side
}

/// The legal form of an exhibitor.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// A cooperative.
    Cooperative,
    /// An association with an economic purpose.
    Association,
    /// A social enterprise.
    SocialEnterprise,
}

/// An exhibitor (exposant, exposante).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exhibitor {
    /// Unique id.
    pub id: String,
    /// Name for people; any script.
    pub name: String,
    /// Province id.
    pub province: String,
    /// Product family id.
    pub family: String,
    /// Cooperative, association or social enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<Form>,
    /// Led by women.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub women_led: bool,
    /// People keeping the stand; default 1.
    #[serde(default = "default_one")]
    pub staff: u32,
    /// Home town or village.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home: Option<String>,
    /// Tags the stand must have.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
    /// Session ids the exhibitor registered for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<String>,
    /// Other columns of the exhibitor sheet (telephone, remarks…), by column name in the
    /// sheet's order, kept as they were and carried to the export; they take no part in the
    /// solve.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub extra: IndexMap<String, String>,
    /// Attributes of the stop's own that a `balance` rule may name (`"secteur": "agricole"`),
    /// by name; an exhibitor without one counts under « non renseigné » for it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
}

fn default_one() -> u32 {
    1
}

/// The weights of the objective and the clash rules. Every key may be left out.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// Weight of each objective term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weights: Option<Weights>,
    /// Weight of each kind of neighbour pair in the clash term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjacency_weights: Option<AdjacencyWeights>,
    /// Clash weight of two neighbours of the same family; default 1.0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_family: Option<f64>,
    /// Pairs of families that do not mix; none by default.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub incompatible: Vec<Incompatible>,
    /// What a repeated placement costs in the `rotation` term (a Caravane addition).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<Rotation>,
    /// Balances over other attributes than the province (a Caravane addition): each entry adds
    /// a term measuring how far each value of the attribute is from its fair share of the
    /// zones, of the prime stands, or of both. The two province terms stay, with their weights
    /// from `weights`, unless an entry names `province` (then it sets them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub balance: Vec<Balance>,
}

/// One balance rule: an attribute of the exhibitors, where its values must keep their fair
/// share, and the weight of the term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Balance {
    /// `province`, `category` (of the family), `form`, `women_led`, or the name of one of the
    /// exhibitors' `attributes`.
    pub attribute: String,
    /// Where the fair share is measured.
    pub over: Over,
    /// Weight of the term (per exhibitor off its fair share); default 1 over the zones and 2
    /// over the prime stands, as the province terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
}

/// Where a balance is measured.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Over {
    /// In every zone of the square.
    Zones,
    /// On the prime stands.
    Prime,
    /// Both: two terms, one per side, of the same weight.
    Both,
}

/// The cost of placing an exhibitor where it stood before; a missing key takes its default.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rotation {
    /// Per earlier stop on a prime stand, when the exhibitor gets a prime stand again. Default 1.0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prime: Option<f64>,
    /// Per earlier stop in the same zone (matched by id), when it is placed there again.
    /// Default 0.25.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<f64>,
}

/// Weights of the objective terms; a missing key takes its default.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Weights {
    /// Default 10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clash: Option<f64>,
    /// Default 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_balance: Option<f64>,
    /// Default 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prime_balance: Option<f64>,
    /// Default 10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub empty_prime: Option<f64>,
    /// Default 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missed_session: Option<f64>,
    /// Default 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unattended: Option<f64>,
    /// Default 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neighbour_watch: Option<f64>,
    /// Default 1 (a Caravane addition; the term is 0 without `history`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<f64>,
}

/// Clash weight of each kind of neighbour pair; a missing key takes its default.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdjacencyWeights {
    /// Default 1.0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub side: Option<f64>,
    /// Default 0.5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facing: Option<f64>,
    /// Default 0.25.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back: Option<f64>,
}

/// Two families that should not be neighbours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Incompatible {
    /// The two family ids (the same id twice adds to `same_family` for that family).
    pub families: [String; 2],
    /// Clash weight of such a pair.
    pub weight: f64,
}

/// An exhibitor that must get one stand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    /// Exhibitor id.
    pub exhibitor: String,
    /// Stand id.
    pub stand: String,
}

/// Stands one exhibitor must not get.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Forbidden {
    /// Exhibitor id.
    pub exhibitor: String,
    /// Stand ids.
    pub stands: Vec<String>,
}

/// A room or tent for the exchange meetings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Room {
    /// Unique id.
    pub id: String,
    /// Name for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Seats: one per registered exhibitor, one per facilitator.
    pub capacity: u32,
    /// What the room offers (`projector`, `sound`…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

/// How busy the market is during a slot.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Footfall {
    /// Few visitors: leaving the stand costs 0.
    Quiet,
    /// Ordinary: costs 1.
    #[default]
    Normal,
    /// The busiest hours: costs 3.
    Busy,
}

/// A time window on one day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    /// Unique id.
    pub id: String,
    /// `YYYY-MM-DD`.
    pub day: String,
    /// `HH:MM`, local time.
    pub start: String,
    /// `HH:MM`, local time, after `start`.
    pub end: String,
    /// Default `normal`.
    #[serde(default)]
    pub footfall: Footfall,
}

/// A thematic exchange session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Unique id.
    pub id: String,
    /// Title for people.
    pub title: String,
    /// What the session is about, for people: a word or two shown on the programme
    /// ("financement", "commercialisation"). It takes no part in the solve.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Seats to keep for the session, for the public from outside as well as for the
    /// registered exhibitors and the facilitators: its room must have at least this many. Left
    /// out, one seat per registered exhibitor and per facilitator, as always.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<u32>,
    /// Number of consecutive slots of one day; default 1.
    #[serde(default = "default_one")]
    pub length: u32,
    /// Tags the room must have.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
    /// People leading the session; each takes a seat and cannot be in two sessions at once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facilitators: Vec<String>,
}

//! Tours: a market that travels from town to town. A tour file (`caravane.tour/1`) holds the
//! road network, the pool of exhibitors, the venues and the itineraries; each stop of an
//! itinerary becomes a stop file, planned in order with the history of the earlier stops, and
//! the itineraries are compared on travel, attendance, representation, layout quality and the
//! fairness of prime exposure.

pub mod compare;
pub mod itinerary;
pub mod order;
pub mod roads;
pub mod stops;
pub mod validate;

pub use itinerary::{plan_itineraries, plan_itinerary, write_plans, TourOptions, TourProgress};
pub use stops::TourModel;

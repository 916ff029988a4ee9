//! What people see: the floor plan, the printable report of a stop, the programme and agendas,
//! the summary of a stop, the provinces across the zones, the page of a tour comparison, the
//! page of a trade-off front, and the objective terms in people's words.

pub mod agenda;
pub mod floor_plan;
pub mod front_page;
pub mod info;
pub mod names;
pub mod report;
pub mod tour_page;
pub mod zones;

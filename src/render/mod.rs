//! What the planner sees: the floor plan as a picture, the printable report of a stop, and the
//! report of a tour comparison.

pub mod plan;
pub mod report;
pub mod tour;

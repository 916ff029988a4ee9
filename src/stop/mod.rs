//! The stop: its file read and checked, then resolved into the model the solver and the checker
//! work on.
//!
//! * [`load`]: reading files, collecting every problem with [`diagnostic`] codes and paths;
//! * [`validate`]: the rules a stop must meet beyond its shape;
//! * [`model`] and [`venue`]: the resolved stop and its neighbour graph;
//! * [`layout`]: who is on which stand, asked either way round;
//! * [`time`]: dates and times as the files write them;
//! * [`generate`]: synthetic stops of any size;
//! * [`grid`] and [`region`]: a venue from a few numbers, and the region's lists a venue
//!   file takes.

pub mod diagnostic;
pub mod generate;
pub mod grid;
pub mod layout;
pub mod load;
pub mod model;
pub mod names;
pub mod region;
pub mod time;
pub mod validate;
pub mod venue;

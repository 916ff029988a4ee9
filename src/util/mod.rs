//! Small helpers shared by several layers: random numbers and apportionment.

mod apportion;
mod rng;

pub use apportion::apportion;
pub use rng::Rng;

//! Planning a whole stop: the solver's stages turned into a checked solution file, re-plans of
//! an announced layout, recommendations for a newcomer, and how the solve scales.

pub mod hand;
pub mod replan;
pub mod scaling;
pub mod stop;

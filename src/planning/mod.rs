//! Planning a whole stop: the solver's stages turned into a checked solution file, re-plans of
//! an announced layout, and recommendations for a newcomer.

pub mod replan;
pub mod stop;

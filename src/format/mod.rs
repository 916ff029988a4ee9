//! The file formats of Caravane, exactly as written on disk.
//!
//! These types mirror the JSON contracts (`caravane.stop/1`, `caravane.solution/1` and
//! `caravane.tour/1`) field by
//! field and nothing more: they hold ids as strings and know nothing of indices, graphs or the
//! solver. The solver works on [`crate::stop::model`], built from these types once they have passed
//! [`crate::stop::validate`]. Unknown fields are rejected, so a typo never passes silently.

pub mod problem;
pub mod solution;
pub mod tour;

pub use problem::*;
pub use solution::*;
pub use tour::*;

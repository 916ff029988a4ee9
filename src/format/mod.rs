//! The file formats of Caravane, exactly as written on disk.
//!
//! These types mirror the JSON contract (`caravane.stop/1` and `caravane.solution/1`) field by
//! field and nothing more: they hold ids as strings and know nothing of indices, graphs or the
//! solver. The solver works on [`crate::model`], built from these types once they have passed
//! [`crate::validate`]. Unknown fields are rejected, so a typo never passes silently.

pub mod problem;
pub mod solution;

pub use problem::*;
pub use solution::*;

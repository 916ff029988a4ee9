//! Spreadsheets in and out: the exhibitor sheet read into a stop file, and the assignments
//! written for Excel.

pub mod export;
pub mod import;
pub mod tour;

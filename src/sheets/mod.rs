//! Spreadsheets in and out: the exhibitor, sessions and tour sheets read into stop and tour
//! files, and the assignments written for Excel.

pub mod export;
pub mod import;
pub mod sessions;
pub mod tour;

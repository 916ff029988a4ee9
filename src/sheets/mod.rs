//! Spreadsheets in and out: the exhibitor, sessions and tour sheets read into stop and tour
//! files, the stands sheet into a venue file, and the assignments written for Excel.

pub mod export;
pub mod import;
pub mod sessions;
pub mod tour;
pub mod venue;

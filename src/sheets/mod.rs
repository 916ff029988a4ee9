//! Spreadsheets in and out: the exhibitor sheet read into a stop file, the stands sheet into a
//! venue file, and the assignments written for Excel.

pub mod export;
pub mod import;
pub mod venue;

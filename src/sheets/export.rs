//! Spreadsheets out: the assignments of a solution for Excel.

use crate::format::Solution;
use crate::stop::layout::Layout;
use crate::stop::model::Stop;
use crate::view::agenda::Programme;

/// A cell Excel shows as text: one that begins like a formula (`=`, `+`, `-`, `@`) gets a
/// leading apostrophe.
fn as_text(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The assignments of a solution as a CSV for a French Excel: `;` separated, UTF-8 with a
/// byte-order mark; one row per exhibitor with its stand, zone and agenda.
pub fn assignments_csv(stop: &Stop, solution: &Solution) -> String {
    let layout = Layout::from_solution(stop, solution);
    let programme = Programme::read(stop, solution).unwrap_or(Programme { held: vec![] });
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(vec![]);
    let header = [
        "identifiant",
        "exposant",
        "province",
        "famille",
        "stand",
        "zone",
        "stand prime",
        "agenda",
    ];
    let _ = w.write_record(header);
    for (e, x) in stop.exhibitors.iter().enumerate() {
        let s = layout.stand_of(e);
        let row = [
            x.id.clone(),
            as_text(&x.name),
            stop.provinces[x.province].name.clone(),
            stop.families[x.family].name.clone(),
            s.map_or(String::new(), |s| stop.stands[s].id.clone()),
            s.and_then(|s| stop.stands[s].zone)
                .map_or(String::new(), |z| stop.zones[z].clone()),
            if s.is_some_and(|s| stop.stands[s].is_prime()) {
                "oui".into()
            } else {
                "non".into()
            },
            programme.entries(stop, e).join(" | "),
        ];
        let _ = w.write_record(row.iter().map(|c| as_text(c)));
    }
    let body = w.into_inner().unwrap_or_default();
    let mut out = String::from("\u{feff}");
    out.push_str(&String::from_utf8_lossy(&body));
    out
}

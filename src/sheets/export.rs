//! Spreadsheets out: the assignments of a solution for Excel.
//!
//! The sheet speaks the document's language: its headers, the zones' names, the yes and no of
//! the prime column, the days of the agendas. Where the language writes numbers with a decimal
//! comma (French, Arabic), cells are separated by `;`, as a French Excel expects; in English by
//! `,`. Either way the file is UTF-8 with a byte-order mark, so that Excel reads its accents
//! and its Arabic and Tifinagh names.

use crate::format::{Problem, Solution};
use crate::i18n::{numbers, tl, Lang};
use crate::stop::layout::Layout;
use crate::stop::model::Stop;
use crate::view::agenda::Programme;
use crate::view::names::zone_name;

/// A cell Excel shows as text: one that begins like a formula (`=`, `+`, `-`, `@`) gets a
/// leading apostrophe.
fn as_text(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The separator of a sheet in `lang`: `;` where the decimal mark is a comma, else `,`.
///
/// ```
/// use caravane::i18n::Lang;
/// use caravane::sheets::export::separator;
/// assert_eq!(separator(Lang::Fr), b';');
/// assert_eq!(separator(Lang::Ar), b';');
/// assert_eq!(separator(Lang::En), b',');
/// ```
pub fn separator(lang: Lang) -> u8 {
    if numbers::decimal(lang, 0.5, 1).contains(',') {
        b';'
    } else {
        b','
    }
}

/// The assignments of a solution as a CSV for Excel, in `lang` (see the module's
/// documentation): one row per exhibitor with its stand, zone, whether the stand is prime, and
/// its agenda.
pub fn assignments_csv(problem: &Problem, stop: &Stop, solution: &Solution, lang: Lang) -> String {
    let layout = Layout::from_solution(stop, solution);
    let programme = Programme::read(stop, solution).unwrap_or(Programme { held: vec![] });
    let mut w = csv::WriterBuilder::new()
        .delimiter(separator(lang))
        .from_writer(vec![]);
    let header = [
        tl!(lang, "export-id"),
        tl!(lang, "export-exhibitor"),
        tl!(lang, "export-province"),
        tl!(lang, "export-family"),
        tl!(lang, "export-stand"),
        tl!(lang, "export-zone"),
        tl!(lang, "export-prime"),
        tl!(lang, "export-agenda"),
    ];
    let _ = w.write_record(header.iter().map(|c| as_text(c)));
    let (yes, no) = (tl!(lang, "export-yes"), tl!(lang, "export-no"));
    for (e, x) in stop.exhibitors.iter().enumerate() {
        let s = layout.stand_of(e);
        let row = [
            x.id.clone(),
            x.name.clone(),
            stop.provinces[x.province].name.clone(),
            stop.families[x.family].name.clone(),
            s.map_or(String::new(), |s| stop.stands[s].id.clone()),
            s.and_then(|s| stop.stands[s].zone)
                .map_or(String::new(), |z| {
                    zone_name(&problem.zones, &stop.zones[z], lang)
                }),
            if s.is_some_and(|s| stop.stands[s].is_prime()) {
                yes.clone()
            } else {
                no.clone()
            },
            programme.entries(stop, e, lang).join(" | "),
        ];
        let _ = w.write_record(row.iter().map(|c| as_text(c)));
    }
    let body = w.into_inner().unwrap_or_default();
    let mut out = String::from("\u{feff}");
    out.push_str(&String::from_utf8_lossy(&body));
    out
}

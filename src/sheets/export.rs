//! Spreadsheets out: the assignments of a solution for Excel.
//!
//! One row per exhibitor, sorted by zone then by stand, the zone under its name for people, and
//! the other columns of the imported exhibitor sheet (telephone, remarks…) at the end.
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

/// A stand id cut into its runs of figures and of other characters, so that ids sort in
/// natural order: `A2` before `A10`.
///
/// ```
/// use caravane::sheets::export::natural;
/// let mut ids = vec!["A10", "B1", "A2", "A1"];
/// ids.sort_by_key(|id| natural(id));
/// assert_eq!(ids, ["A1", "A2", "A10", "B1"]);
/// ```
pub fn natural(id: &str) -> Vec<(String, u64)> {
    let mut out: Vec<(String, u64)> = Vec::new();
    let mut text = String::new();
    let mut number: Option<u64> = None;
    for c in id.chars() {
        match c.to_digit(10) {
            Some(d) => {
                number = Some(
                    number
                        .unwrap_or(0)
                        .saturating_mul(10)
                        .saturating_add(d.into()),
                )
            }
            None => {
                if let Some(n) = number.take() {
                    out.push((std::mem::take(&mut text), n));
                }
                text.extend(c.to_lowercase());
            }
        }
    }
    if number.is_some() || !text.is_empty() {
        out.push((text, number.unwrap_or(0)));
    }
    out
}

/// The assignments of a solution as a CSV for Excel, in `lang` (see the module's
/// documentation): one row per exhibitor with its stand, zone, whether the stand is prime, its
/// agenda, then the other columns of the exhibitor sheet (`extra`) under their own headers.
///
/// The rows are sorted for the stewards who walk the square with them: by zone, in the order
/// the stop's stands first name them (the order of the printed lists), then by stand in natural order (A2 before A10); exhibitors without a
/// stand, or on a stand without a zone, come last.
pub fn assignments_csv(problem: &Problem, stop: &Stop, solution: &Solution, lang: Lang) -> String {
    let layout = Layout::from_solution(stop, solution);
    let programme = Programme::read(stop, solution).unwrap_or(Programme { held: vec![] });
    let mut w = csv::WriterBuilder::new()
        .delimiter(separator(lang))
        .from_writer(vec![]);
    // The other columns of the sheet, in the order they first appear.
    let mut extra: Vec<&str> = Vec::new();
    for x in &problem.exhibitors {
        for key in x.extra.keys() {
            if !extra.contains(&key.as_str()) {
                extra.push(key);
            }
        }
    }
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
    let _ = w.write_record(
        header
            .iter()
            .map(|c| as_text(c))
            .chain(extra.iter().map(|c| as_text(c))),
    );
    let (yes, no) = (tl!(lang, "export-yes"), tl!(lang, "export-no"));
    let zone_of = |s: Option<usize>| {
        s.and_then(|s| stop.stands[s].zone)
            .map(|z| zone_name(&problem.zones, &stop.zones[z], lang))
    };
    let mut order: Vec<usize> = (0..stop.exhibitors.len()).collect();
    order.sort_by_cached_key(|&e| {
        let s = layout.stand_of(e);
        let zone = s.and_then(|s| stop.stands[s].zone);
        (
            zone.is_none(),
            zone,
            s.is_none(),
            s.map(|s| natural(&stop.stands[s].id)),
        )
    });
    for e in order {
        let x = &stop.exhibitors[e];
        let s = layout.stand_of(e);
        let row = [
            x.id.clone(),
            x.name.clone(),
            stop.provinces[x.province].name.clone(),
            stop.families[x.family].name.clone(),
            s.map_or(String::new(), |s| stop.stands[s].id.clone()),
            zone_of(s).unwrap_or_default(),
            if s.is_some_and(|s| stop.stands[s].is_prime()) {
                yes.clone()
            } else {
                no.clone()
            },
            programme.entries(stop, e, lang).join(" | "),
        ];
        let others = problem
            .exhibitors
            .get(e)
            .map(|p| &p.extra)
            .into_iter()
            .flat_map(|m| {
                extra
                    .iter()
                    .map(move |k| m.get(*k).cloned().unwrap_or_default())
            });
        let _ = w.write_record(
            row.iter()
                .map(|c| as_text(c))
                .chain(others.map(|c| as_text(&c))),
        );
    }
    let body = w.into_inner().unwrap_or_default();
    let mut out = String::from("\u{feff}");
    out.push_str(&String::from_utf8_lossy(&body));
    out
}

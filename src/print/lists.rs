//! The lists of the stewards: one per zone, titled with the zone's name, every stand of the
//! zone in the order people count them (A2 before A10), with its exhibitor, province, family,
//! the people who hold it and what it needs. Free stands are listed as free. Stands outside
//! every zone get a list of their own, last.

use super::flow::{Cell, Flow, TEXT_W};
use super::{natural, Doc};
use crate::i18n::tl;
use crate::stop::layout::Layout;
use crate::view::floor_plan::province_colour;
use crate::view::names::{tag_name, zone_name};

/// The widths of the columns, as shares of the text's width: stand, exhibitor, province,
/// family, people, needs.
const SHARES: [f64; 6] = [0.09, 0.33, 0.17, 0.19, 0.07, 0.15];
/// The same columns and the other columns of the exhibitor sheet (telephone, remarks…), when
/// the sheet had any.
const SHARES_WITH_NOTES: [f64; 7] = [0.07, 0.22, 0.16, 0.15, 0.06, 0.12, 0.22];

/// The pages of the lists.
pub(crate) fn pages(doc: &Doc) -> Vec<super::sheet::Sheet> {
    let (stop, lang) = (doc.stop, doc.lang);
    let layout = Layout::from_solution(stop, doc.solution);
    let mut groups: Vec<(String, Vec<usize>)> = stop
        .zones
        .iter()
        .enumerate()
        .map(|(z, id)| {
            let stands = (0..stop.stands.len())
                .filter(|&s| stop.stands[s].zone == Some(z))
                .collect();
            (zone_name(&doc.problem.zones, id, lang), stands)
        })
        .collect();
    let outside: Vec<usize> = (0..stop.stands.len())
        .filter(|&s| stop.stands[s].zone.is_none())
        .collect();
    if !outside.is_empty() {
        groups.push((tl!(lang, "print-list-no-zone"), outside));
    }
    let titles = [
        tl!(lang, "print-col-stand"),
        tl!(lang, "print-col-exhibitor"),
        tl!(lang, "print-col-province"),
        tl!(lang, "print-col-family"),
        tl!(lang, "print-col-people"),
        tl!(lang, "print-col-needs"),
    ];
    // The other columns of the exhibitor sheet, kept by the import, go in one last column.
    let notes = |e: usize| -> String {
        let id = stop.exhibitors[e].id.as_str();
        doc.problem
            .exhibitors
            .iter()
            .find(|x| x.id == id)
            .map_or(String::new(), |x| {
                x.extra
                    .iter()
                    .filter(|(_, v)| !v.trim().is_empty())
                    // Each value kept whole on its line: a telephone number is never cut.
                    .map(|(k, v)| format!("{k}\u{a0}: {}", v.trim().replace(' ', "\u{a0}")))
                    .collect::<Vec<_>>()
                    .join(" ; ")
            })
    };
    let with_notes = (0..stop.exhibitors.len()).any(|e| !notes(e).is_empty());
    let mut titles = titles.to_vec();
    let shares: &[f64] = if with_notes {
        titles.push(tl!(lang, "print-col-notes"));
        &SHARES_WITH_NOTES
    } else {
        &SHARES
    };
    let mut sheets = Vec::new();
    for (zone, mut stands) in groups {
        stands.sort_by(|&a, &b| natural(&stop.stands[a].id, &stop.stands[b].id));
        let held = stands
            .iter()
            .filter(|&&s| layout.occupant(s).is_some())
            .count();
        let subtitle = format!(
            "{} — {}",
            tl!(
                lang,
                "print-list-what",
                stands = stands.len(),
                exhibitors = held
            ),
            doc.stop_line()
        );
        let mut flow = Flow::new(
            tl!(lang, "print-list-title", zone = zone.as_str()),
            tl!(lang, "print-list-continued", zone = zone.as_str()),
            subtitle,
            doc.rtl(),
        );
        flow.table(
            titles
                .iter()
                .zip(shares)
                .map(|(t, share)| (t.clone(), share * TEXT_W))
                .collect(),
        );
        for (k, &s) in stands.iter().enumerate() {
            let stand = &stop.stands[s];
            let cells = match layout.occupant(s) {
                Some(e) => {
                    let x = &stop.exhibitors[e];
                    let needs: Vec<String> = x.needs.iter().map(|n| tag_name(n, lang)).collect();
                    let mut cells = vec![
                        Cell::plain(stand.id.as_str()).bold(),
                        Cell::plain(x.name.as_str()),
                        Cell::plain(stop.provinces[x.province].name.as_str())
                            .swatch(province_colour(x.province)),
                        Cell::plain(stop.families[x.family].name.as_str()),
                        Cell::plain(crate::i18n::numbers::count(lang, x.staff as usize)),
                        Cell::plain(needs.join(", ")),
                    ];
                    if with_notes {
                        cells.push(Cell::plain(notes(e)));
                    }
                    cells
                }
                None => {
                    let mut cells = vec![
                        Cell::plain(stand.id.as_str()).bold(),
                        Cell::plain(tl!(lang, "print-list-free")).muted(),
                    ];
                    cells.resize_with(titles.len(), || Cell::plain(""));
                    cells
                }
            };
            flow.row(&cells, k % 2 == 1);
        }
        flow.end_table();
        sheets.extend(flow.finish());
    }
    sheets
}

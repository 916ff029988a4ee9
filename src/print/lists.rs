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
                .zip(SHARES)
                .map(|(t, share)| (t.clone(), share * TEXT_W))
                .collect(),
        );
        for (k, &s) in stands.iter().enumerate() {
            let stand = &stop.stands[s];
            let cells = match layout.occupant(s) {
                Some(e) => {
                    let x = &stop.exhibitors[e];
                    let needs: Vec<String> = x.needs.iter().map(|n| tag_name(n, lang)).collect();
                    vec![
                        Cell::plain(stand.id.as_str()).bold(),
                        Cell::plain(x.name.as_str()),
                        Cell::plain(stop.provinces[x.province].name.as_str())
                            .swatch(province_colour(x.province)),
                        Cell::plain(stop.families[x.family].name.as_str()),
                        Cell::plain(crate::i18n::numbers::count(lang, x.staff as usize)),
                        Cell::plain(needs.join(", ")),
                    ]
                }
                None => vec![
                    Cell::plain(stand.id.as_str()).bold(),
                    Cell::plain(tl!(lang, "print-list-free")).muted(),
                    Cell::plain(""),
                    Cell::plain(""),
                    Cell::plain(""),
                    Cell::plain(""),
                ],
            };
            flow.row(&cells, k % 2 == 1);
        }
        flow.end_table();
        sheets.extend(flow.finish());
    }
    sheets
}

//! The signs of the stands: one A5 sign (landscape) per stand that has an exhibitor, two to an
//! A4 sheet with a dashed cut line between them, in the order people count the stands.
//!
//! A sign reads from the aisle: the stand's number with capitals at least 60 mm high, the
//! exhibitor's whole name in bold with capitals at least 12 mm high (wrapped on up to three
//! lines; a longer name is set smaller until it fits), and above them a band in the
//! province's colour, as on the plan, with the province and the zone.

use super::flow::A4;
use super::fonts::{cap_height, width, wrap};
use super::natural;
use super::sheet::{Anchor, Sheet, Style};
use super::Doc;
use crate::stop::layout::Layout;
use crate::view::floor_plan::province_colour;
use crate::view::names::zone_name;

/// The height of a sign: half an A4 sheet.
pub const SIGN_H: f64 = A4.1 / 2.0;
/// The side margins of a sign.
const SIDE: f64 = 12.0;
/// The lowest height of the capitals of a stand's number, in millimetres.
pub const NUMBER_CAP: f64 = 60.0;
/// The lowest height of the capitals of a name, in millimetres (unless it is too long).
pub const NAME_CAP: f64 = 12.0;

/// What one sign shows and how big.
#[derive(Debug, Clone, PartialEq)]
pub struct Sign {
    /// The stand's id.
    pub stand: String,
    /// The font size of the stand's id, in millimetres.
    pub number_size: f64,
    /// The lines of the exhibitor's name.
    pub name: Vec<String>,
    /// Their font size, in millimetres.
    pub name_size: f64,
    /// The province's name.
    pub province: String,
    /// The province's colour.
    pub colour: &'static str,
    /// The zone's name, if the stand is in one.
    pub zone: Option<String>,
}

/// Black or white, whichever reads better on `colour` (`#RRGGBB`).
fn ink_on(colour: &str) -> &'static str {
    let channel = |k: usize| {
        u8::from_str_radix(colour.get(k..k + 2).unwrap_or("ff"), 16).unwrap_or(255) as f64
    };
    let light = 0.299 * channel(1) + 0.587 * channel(3) + 0.114 * channel(5);
    if light < 110.0 {
        "#ffffff"
    } else {
        "#000000"
    }
}

/// The signs of the stop's stands that have an exhibitor, in stand order.
pub(crate) fn signs(doc: &Doc) -> Vec<Sign> {
    let stop = doc.stop;
    let layout = Layout::from_solution(stop, doc.solution);
    let mut stands: Vec<usize> = (0..stop.stands.len())
        .filter(|&s| layout.occupant(s).is_some())
        .collect();
    stands.sort_by(|&a, &b| natural(&stop.stands[a].id, &stop.stands[b].id));
    let room = A4.0 - 2.0 * SIDE;
    stands
        .into_iter()
        .filter_map(|s| {
            let e = layout.occupant(s)?;
            let x = &stop.exhibitors[e];
            let stand = stop.stands[s].id.clone();
            // The number as large as the sign's width allows, up to capitals of 61 mm.
            let mut number_size: f64 = 86.0;
            while width(&stand, number_size, true) > room && number_size > 20.0 {
                number_size -= 1.0;
            }
            let mut name_size = 17.0_f64.max(NAME_CAP / cap_height(1.0, true));
            let mut name = wrap(&x.name, name_size, true, room);
            while name.len() > 3 && name_size > 8.0 {
                name_size -= 0.5;
                name = wrap(&x.name, name_size, true, room);
            }
            Some(Sign {
                stand,
                number_size,
                name,
                name_size,
                province: stop.provinces[x.province].name.clone(),
                colour: province_colour(x.province),
                zone: stop.stands[s]
                    .zone
                    .map(|z| zone_name(&doc.problem.zones, &stop.zones[z], doc.lang)),
            })
        })
        .collect()
}

/// Draws a sign on the half of a sheet that starts at `top`.
fn draw(sheet: &mut Sheet, sign: &Sign, top: f64) {
    let right = A4.0 - SIDE;
    let band = (top + 8.0, 15.0);
    sheet.rect(
        SIDE,
        band.0,
        right - SIDE,
        band.1,
        Some(sign.colour),
        None,
        0.0,
    );
    let ink = ink_on(sign.colour);
    let base = band.0 + 10.9;
    sheet.text(
        SIDE + 4.0,
        base,
        Style::new(10.0).bold().fill(ink),
        &sign.province,
    );
    if let Some(zone) = &sign.zone {
        sheet.text(
            right - 4.0,
            base,
            Style::new(8.0).fill(ink).anchor(Anchor::End),
            zone,
        );
    }
    let number_base = band.0 + band.1 + 5.0 + cap_height(sign.number_size, true);
    sheet.text(
        A4.0 / 2.0,
        number_base,
        Style::new(sign.number_size).bold().anchor(Anchor::Middle),
        &sign.stand,
    );
    // The name's lines, centred in the room left under the number.
    let (from, to) = (number_base + 5.0, top + SIGN_H - 5.0);
    let cap = cap_height(sign.name_size, true);
    let step = sign.name_size * 1.08;
    let block = cap + step * (sign.name.len().max(1) - 1) as f64;
    let first = from + ((to - from - block) / 2.0).max(0.0) + cap;
    for (k, line) in sign.name.iter().enumerate() {
        sheet.text(
            A4.0 / 2.0,
            first + k as f64 * step,
            Style::new(sign.name_size).bold().anchor(Anchor::Middle),
            line,
        );
    }
}

/// The sheets of signs, two signs to a sheet.
pub(crate) fn pages(doc: &Doc) -> Vec<Sheet> {
    signs(doc)
        .chunks(2)
        .map(|pair| {
            let mut sheet = Sheet::new(A4.0, A4.1, doc.rtl());
            for (k, sign) in pair.iter().enumerate() {
                draw(&mut sheet, sign, k as f64 * SIGN_H);
            }
            sheet.line((0.0, SIGN_H), (A4.0, SIGN_H), "#888888", 0.3, true);
            sheet
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::stop::load::read_problem;
    use crate::stop::model::Stop;

    #[test]
    fn every_sign_of_taroudant_reads_from_the_aisle() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("instances");
        let problem = read_problem(&root.join("taroudant-2025.problem.json")).unwrap();
        let solution =
            crate::stop::load::read_solution(&root.join("taroudant-2025.solution.json")).unwrap();
        let stop = Stop::new("taroudant-2025", &problem);
        let doc = Doc {
            problem: &problem,
            stop: &stop,
            solution: &solution,
            lang: Lang::Fr,
        };
        let signs = signs(&doc);
        assert_eq!(signs.len(), stop.exhibitors.len());
        for s in &signs {
            assert!(cap_height(s.number_size, true) >= NUMBER_CAP, "{s:?}");
            assert!(cap_height(s.name_size, true) >= NAME_CAP, "{s:?}");
            assert!(s.name.len() <= 3, "{s:?}");
            for line in &s.name {
                assert!(width(line, s.name_size, true) <= A4.0 - 2.0 * SIDE, "{s:?}");
            }
        }
    }
}

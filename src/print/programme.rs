//! The programme of the sessions, by day then time and room, and each exhibitor's agenda:
//! compact blocks, two columns to a page, in the order of the stands so that a steward hands
//! them out walking down the rows.

use super::flow::{Cell, Flow, BOTTOM, MARGIN, TEXT_W};
use super::fonts::wrap;
use super::natural;
use super::sheet::{Sheet, Style};
use super::Doc;
use crate::i18n::numbers::{self, Date};
use crate::i18n::tl;
use crate::stop::layout::Layout;
use crate::view::agenda::hours;
use crate::view::agenda::Programme;

/// The widths of the programme's columns, as shares of the text's width: time, room,
/// session, facilitators, registered.
const SHARES: [f64; 5] = [0.14, 0.2, 0.36, 0.2, 0.1];

/// The pages of the programme, then those of the agendas (none when no exhibitor registered
/// for a session).
pub(crate) fn pages(doc: &Doc) -> (Vec<Sheet>, Vec<Sheet>) {
    let (stop, lang) = (doc.stop, doc.lang);
    let programme = Programme::read(stop, doc.solution).unwrap_or(Programme { held: vec![] });
    let mut flow = Flow::new(
        tl!(lang, "print-programme-title"),
        tl!(lang, "print-programme-continued"),
        doc.stop_line(),
        doc.rtl(),
    );
    let mut held: Vec<&(usize, usize, Vec<usize>)> = programme
        .held
        .iter()
        .filter(|(_, _, ts)| !ts.is_empty())
        .collect();
    held.sort_by_key(|(_, r, ts)| (ts[0], *r));
    if held.is_empty() {
        flow.paragraph(&tl!(lang, "print-programme-none"), Style::new(4.0), 0.0);
    }
    let mut today: Option<&str> = None;
    for (k, r, ts) in held {
        let first = &stop.slots[ts[0]];
        if today != Some(first.day.as_str()) {
            if today.is_some() {
                flow.end_table();
            }
            today = Some(first.day.as_str());
            let day = Date::parse(&first.day)
                .map_or_else(|| first.day.clone(), |d| numbers::date(lang, d));
            flow.heading(&day, 20.0);
            flow.table(
                [
                    tl!(lang, "print-col-time"),
                    tl!(lang, "print-col-room"),
                    tl!(lang, "print-col-session"),
                    tl!(lang, "print-col-facilitators"),
                    tl!(lang, "print-col-registered"),
                ]
                .into_iter()
                .zip(SHARES)
                .map(|(t, share)| (t, share * TEXT_W))
                .collect(),
            );
        }
        let session = &stop.sessions[*k];
        flow.row(
            &[
                Cell::plain(hours(stop, ts, lang)).bold(),
                Cell::plain(stop.rooms[*r].name.as_str()),
                Cell::plain(session.title.as_str()),
                Cell::plain(session.facilitators.join(", ")),
                Cell::plain(numbers::count(lang, stop.registrants(*k).count())),
            ],
            false,
        );
    }
    let programme_pages = flow.finish();
    (programme_pages, agendas(doc, &programme))
}

/// The agendas, two columns to a page.
fn agendas(doc: &Doc, programme: &Programme) -> Vec<Sheet> {
    let (stop, lang) = (doc.stop, doc.lang);
    let layout = Layout::from_solution(stop, doc.solution);
    let mut who: Vec<usize> = (0..stop.exhibitors.len())
        .filter(|&e| !programme.entries(stop, e, lang).is_empty())
        .collect();
    let stand_of = |e: usize| layout.stand_of(e).map(|s| stop.stands[s].id.as_str());
    // In stand order; those without a stand last.
    who.sort_by(|&a, &b| match (stand_of(a), stand_of(b)) {
        (Some(x), Some(y)) => natural(x, y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.cmp(&b),
    });
    if who.is_empty() {
        return vec![];
    }
    const GUTTER: f64 = 6.0;
    let column = (TEXT_W - GUTTER) / 2.0;
    let (size, step) = (3.2, 4.1);
    let flow = Flow::new(
        tl!(lang, "print-agendas-title"),
        tl!(lang, "print-agendas-continued"),
        doc.stop_line(),
        doc.rtl(),
    );
    // Each block: a head (stand and name) and its entries, every line wrapped to a column.
    let blocks: Vec<(Vec<String>, Vec<String>)> = who
        .iter()
        .map(|&e| {
            let x = &stop.exhibitors[e];
            let head = tl!(
                lang,
                "print-agenda-head",
                stand = stand_of(e).unwrap_or("—"),
                name = x.name.as_str()
            );
            let entries = programme
                .entries(stop, e, lang)
                .iter()
                .flat_map(|line| wrap(&format!("• {line}"), size, false, column - 3.0))
                .collect();
            (wrap(&head, size + 0.4, true, column), entries)
        })
        .collect();
    let mut page_top = flow.y;
    let mut sheets = flow.finish();
    let mut col = 0;
    let mut y = page_top;
    for (head, entries) in blocks {
        let h = (head.len() + entries.len()) as f64 * step + 3.0;
        if y + h > BOTTOM {
            if col == 0 {
                col = 1;
            } else {
                let more = Flow::new(
                    tl!(lang, "print-agendas-continued"),
                    String::new(),
                    doc.stop_line(),
                    doc.rtl(),
                );
                page_top = more.y;
                sheets.extend(more.finish());
                col = 0;
            }
            y = page_top;
        }
        let x = MARGIN + col as f64 * (column + GUTTER);
        let sheet = sheets.last_mut().expect("a flow has a page");
        for line in &head {
            y += step;
            sheet.text(x, y, Style::new(size + 0.4).bold(), line);
        }
        for line in &entries {
            y += step;
            sheet.text(x + 3.0, y, Style::new(size), line);
        }
        y += 3.0;
        sheet.line((x, y - 1.5), (x + column, y - 1.5), "#dddddd", 0.15, false);
    }
    sheets
}

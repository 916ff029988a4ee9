//! The print pack of a solved stop: one PDF file with everything a planner hands out on paper.
//!
//! The pages, in this order, all in the document's language (Arabic pages read from the
//! right):
//! 1. the floor plan, on A3 landscape ([`crate::view::floor_plan::plan_svg`], scaled to fill
//!    the page);
//! 2. a list per zone for the stewards, on A4, sorted by stand (A2 before A10): stand,
//!    exhibitor, province, family, people, needs; free stands are listed too, so that a steward
//!    knows every stand of the zone ([`lists`]);
//! 3. a sign per stand that has an exhibitor: A5 landscape, two to an A4 sheet with a cut line
//!    between them, so that an office printer prints them ([`signs`]);
//! 4. the programme of sessions by day and room, then each exhibitor's agenda, several to a
//!    page ([`programme`]);
//! 5. the summary: what the checker proves of the layout and the costs that remain, each with
//!    its reason ([`summary`]).
//!
//! Each page is an SVG picture ([`sheet`]) turned into PDF by svg2pdf with the shipped fonts
//! ([`fonts`], [`pdf`]). Lines are wrapped by the fonts' real widths. [`Pack::plan`] counts
//! the pages of each part, so that what a pack should hold can be said before it is printed.

pub mod flow;
pub mod fonts;
pub mod lists;
pub mod pdf;
pub mod programme;
pub mod sheet;
pub mod signs;
pub mod summary;

use crate::format::{Problem, Solution};
use crate::i18n::numbers::date_range_text;
use crate::i18n::{self, tl, Lang};
use crate::stop::model::Stop;
use crate::view::floor_plan::plan_svg;
use sheet::{Anchor, Sheet, Style};
use std::cmp::Ordering;

pub use pdf::PdfError;

/// A part of the pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The floor plan.
    Plan,
    /// The lists per zone.
    Lists,
    /// The signs of the stands.
    Signs,
    /// The programme of sessions.
    Programme,
    /// The exhibitors' agendas.
    Agendas,
    /// The summary of the result.
    Summary,
}

/// How many pages each part of a pack takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PagePlan {
    /// The floor plan: one A3 page.
    pub plan: usize,
    /// The lists per zone: at least one page per zone.
    pub lists: usize,
    /// The signs: one A4 sheet for every two stands that have an exhibitor.
    pub signs: usize,
    /// The programme by day and room.
    pub programme: usize,
    /// The agendas of the exhibitors who registered for sessions.
    pub agendas: usize,
    /// The summary.
    pub summary: usize,
}

impl PagePlan {
    /// The pages of the whole pack.
    pub fn total(&self) -> usize {
        self.plan + self.lists + self.signs + self.programme + self.agendas + self.summary
    }
}

/// A page of the pack.
#[derive(Debug, Clone)]
pub struct Page {
    /// The part it belongs to.
    pub part: Part,
    /// Its width in millimetres.
    pub width: f64,
    /// Its height in millimetres.
    pub height: f64,
    /// Its picture.
    pub svg: String,
}

/// The pages of a pack, laid out.
#[derive(Debug, Clone)]
pub struct Pack {
    /// The pages in order.
    pub pages: Vec<Page>,
    title: String,
}

/// What every page of a document shares: its language and the stop it is about.
pub(crate) struct Doc<'a> {
    pub problem: &'a Problem,
    pub stop: &'a Stop,
    pub solution: &'a Solution,
    pub lang: Lang,
}

impl Doc<'_> {
    /// Whether the pages read from the right.
    pub fn rtl(&self) -> bool {
        self.lang.is_rtl()
    }

    /// The stop in a line: its name, place and dates.
    pub fn stop_line(&self) -> String {
        let info = &self.stop.info;
        tl!(
            self.lang,
            "print-stop-line",
            name = info.name.as_str(),
            place = crate::view::names::place(&info.venue, &info.town, self.lang),
            dates = date_range_text(self.lang, &info.from, &info.to)
        )
    }
}

impl Pack {
    /// Lays out the pack of a solution of `stop` in `lang`. The checker's sentences (the
    /// summary's) are made in `lang` too.
    pub fn new(problem: &Problem, stop: &Stop, solution: &Solution, lang: Lang) -> Pack {
        i18n::scoped(lang, || {
            let doc = Doc {
                problem,
                stop,
                solution,
                lang,
            };
            let mut drawn: Vec<(Part, Sheet)> = Vec::new();
            drawn.extend(lists::pages(&doc).into_iter().map(|s| (Part::Lists, s)));
            let signs = signs::pages(&doc);
            let (programme, agendas) = programme::pages(&doc);
            let summary = summary::pages(&doc);
            let total =
                1 + drawn.len() + signs.len() + programme.len() + agendas.len() + summary.len();
            // The numbered pages carry the stop and their number at the foot; the signs,
            // which are cut apart, do not.
            let mut pages = vec![Page {
                part: Part::Plan,
                width: 420.0,
                height: 297.0,
                svg: plan_svg(problem, stop, solution, lang),
            }];
            let footer = doc.stop_line();
            let mut number = 1;
            let mut add = |part: Part, mut sheet: Sheet, pages: &mut Vec<Page>| {
                number += 1;
                if part != Part::Signs {
                    foot(&mut sheet, &footer, number, total, lang);
                }
                pages.push(Page {
                    part,
                    width: sheet.width,
                    height: sheet.height,
                    svg: sheet.finish(),
                });
            };
            for (part, sheet) in drawn {
                add(part, sheet, &mut pages);
            }
            for (part, list) in [
                (Part::Signs, signs),
                (Part::Programme, programme),
                (Part::Agendas, agendas),
                (Part::Summary, summary),
            ] {
                for sheet in list {
                    add(part, sheet, &mut pages);
                }
            }
            Pack {
                pages,
                title: doc.stop.info.name.clone(),
            }
        })
    }

    /// How many pages each part takes.
    pub fn plan(&self) -> PagePlan {
        let count = |part| self.pages.iter().filter(|p| p.part == part).count();
        PagePlan {
            plan: count(Part::Plan),
            lists: count(Part::Lists),
            signs: count(Part::Signs),
            programme: count(Part::Programme),
            agendas: count(Part::Agendas),
            summary: count(Part::Summary),
        }
    }

    /// The pack as a PDF file, its fonts embedded.
    ///
    /// # Errors
    /// When a page cannot be converted (a bug: Caravane draws every page).
    pub fn to_pdf(&self) -> Result<Vec<u8>, PdfError> {
        let pages: Vec<pdf::PdfPage> = self
            .pages
            .iter()
            .map(|p| pdf::PdfPage {
                width: p.width,
                height: p.height,
                svg: &p.svg,
            })
            .collect();
        pdf::assemble(&pages, &self.title)
    }
}

/// The print pack of a solution as a PDF file, in `lang`.
///
/// # Errors
/// When a page cannot be converted (a bug: Caravane draws every page).
pub fn pack_pdf(
    problem: &Problem,
    stop: &Stop,
    solution: &Solution,
    lang: Lang,
) -> Result<Vec<u8>, PdfError> {
    Pack::new(problem, stop, solution, lang).to_pdf()
}

/// Writes the foot of a numbered page: the stop, and the page's number of the pack's.
fn foot(sheet: &mut Sheet, stop: &str, page: usize, pages: usize, lang: Lang) {
    let y = sheet.height - 10.0;
    let right = sheet.width - flow::MARGIN;
    let number = tl!(lang, "print-page", page = page, pages = pages);
    let room = right - flow::MARGIN - fonts::width(&number, 2.8, false) - 6.0;
    let stop = fonts::wrap(stop, 2.8, false, room)
        .into_iter()
        .next()
        .unwrap_or_default();
    let style = Style::new(2.8).fill(flow::GREY);
    sheet.text(flow::MARGIN, y, style, &stop);
    sheet.text(right, y, style.anchor(Anchor::End), &number);
}

/// Stand ids in the order people count them: `A2` before `A10`, then `B1`.
///
/// ```
/// use caravane::print::natural;
/// let mut ids = vec!["A10", "B1", "A2", "A1"];
/// ids.sort_by(|a, b| natural(a, b));
/// assert_eq!(ids, ["A1", "A2", "A10", "B1"]);
/// ```
pub fn natural(a: &str, b: &str) -> Ordering {
    fn pieces(s: &str) -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> = Vec::new();
        for c in s.chars() {
            let digit = c.is_ascii_digit();
            match out.last_mut() {
                Some((d, text)) if *d == digit => text.push(c),
                _ => out.push((digit, c.to_string())),
            }
        }
        out
    }
    let (pa, pb) = (pieces(a), pieces(b));
    for (x, y) in pa.iter().zip(&pb) {
        let order = match (x, y) {
            ((true, m), (true, n)) => {
                let (m, n) = (m.trim_start_matches('0'), n.trim_start_matches('0'));
                m.len().cmp(&n.len()).then_with(|| m.cmp(n))
            }
            ((_, m), (_, n)) => m.to_lowercase().cmp(&n.to_lowercase()),
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    pa.len().cmp(&pb.len()).then_with(|| a.cmp(b))
}

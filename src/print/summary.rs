//! The summary of the result: what the independent checker proves of the layout as it is now
//! (status, total, proven bound, gap), the value and cost of each criterion, and the costs
//! that remain, each with its reason; then the rules the layout breaks, if any.
//!
//! Every figure is the checker's ([`crate::check::check`] and [`crate::check::claim`]),
//! recomputed from the layout and the stop file: a solution edited by hand, or given with the
//! wrong stop, cannot make the page say what is not so.

use super::flow::{Cell, Flow, TEXT_W};
use super::sheet::{Sheet, Style};
use super::Doc;
use crate::check::{check, claim};
use crate::i18n::numbers;
use crate::i18n::{tl, Lang};
use crate::term_words::{code_name, row_label, row_name};
use crate::terms::Row;

/// A figure the report's way: two decimals, none when whole.
fn fig(doc: &Doc, x: f64) -> String {
    numbers::two_or_none(doc.lang, x)
}

/// A sentence of the checker with the titles it marks (`*title*`) between the language's
/// quotation marks.
fn titled(text: &str, lang: Lang) -> String {
    let (open, close) = match lang {
        Lang::Fr => ("«\u{a0}", "\u{a0}»"),
        Lang::En => ("“", "”"),
        Lang::Ar => ("«", "»"),
    };
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    let marks = text.matches('*').count();
    for c in text.chars() {
        if c == '*' && marks.is_multiple_of(2) {
            out.push_str(if inside { close } else { open });
            inside = !inside;
        } else {
            out.push(c);
        }
    }
    out
}

/// The pages of the summary.
pub(crate) fn pages(doc: &Doc) -> Vec<Sheet> {
    let lang = doc.lang;
    let checked = check(doc.problem, doc.solution);
    let claim = claim(doc.problem, doc.solution);
    let mut flow = Flow::new(
        tl!(lang, "print-summary-title"),
        tl!(lang, "print-summary-continued"),
        doc.stop_line(),
        doc.rtl(),
    );
    flow.paragraph(&claim.summary_in(lang), Style::new(5.0).bold(), 0.0);
    if let Some(since) = claim.since_in(lang) {
        flow.paragraph(&since, Style::new(3.8), 0.0);
    }
    flow.paragraph(&claim.meaning_in(lang), Style::new(3.8), 0.0);
    if let Some(warning) = claim.warning_in(lang) {
        flow.paragraph(&warning, Style::new(3.8).bold().fill("#b00020"), 0.0);
    }
    for untrue in &claim.untrue {
        flow.paragraph(
            &format!("• {}", titled(&untrue.text, lang)),
            Style::new(3.4),
            4.0,
        );
    }
    for note in &claim.notes {
        flow.paragraph(
            &tl!(lang, "report-note", note = note.as_str()),
            Style::new(3.4),
            0.0,
        );
    }
    flow.gap(3.0);

    let o = &checked.objective;
    let rows: Vec<Row> = doc
        .stop
        .weights
        .rows(o)
        .into_iter()
        .filter(Row::shown)
        .collect();
    if doc.solution.assignments.is_empty() {
        flow.paragraph(&tl!(lang, "report-no-layout"), Style::new(3.8), 0.0);
        return flow.finish();
    }
    flow.heading(&tl!(lang, "print-summary-terms"), 20.0);
    flow.table(vec![
        (tl!(lang, "report-col-term"), 0.3 * TEXT_W),
        (tl!(lang, "report-col-meaning"), 0.4 * TEXT_W),
        (tl!(lang, "report-col-value"), 0.1 * TEXT_W),
        (tl!(lang, "report-col-weight"), 0.1 * TEXT_W),
        (tl!(lang, "report-col-cost"), 0.1 * TEXT_W),
    ]);
    let mut total = 0.0;
    for row in &rows {
        total += row.raw * row.weight;
        flow.row(
            &[
                Cell::plain(row_name(row, lang)).bold(),
                Cell::plain(row_label(row, lang)).muted(),
                Cell::plain(fig(doc, row.raw)),
                Cell::plain(numbers::figure(lang, row.weight)),
                Cell::plain(fig(doc, row.raw * row.weight)).bold(),
            ],
            false,
        );
    }
    flow.row(
        &[
            Cell::plain(tl!(lang, "report-col-total")).bold(),
            Cell::plain(""),
            Cell::plain(""),
            Cell::plain(""),
            Cell::plain(fig(doc, total)).bold(),
        ],
        true,
    );
    flow.end_table();

    flow.heading(&tl!(lang, "print-summary-why"), 12.0);
    if checked.justifications.is_empty() {
        flow.paragraph(&tl!(lang, "report-nothing-costs"), Style::new(3.6), 0.0);
    }
    // The reasons grouped by criterion, in the order the checker gives them.
    let mut groups: Vec<&str> = Vec::new();
    for j in &checked.justifications {
        if !groups.contains(&j.term.as_str()) {
            groups.push(j.term.as_str());
        }
    }
    for code in groups {
        let items: Vec<_> = checked
            .justifications
            .iter()
            .filter(|j| j.term == code)
            .collect();
        let cost: f64 = items.iter().map(|j| j.cost).sum();
        let name = code_name(code, lang).unwrap_or_else(|| code.to_string());
        flow.room(16.0);
        flow.paragraph(
            &format!(
                "{name} — {}",
                tl!(
                    lang,
                    "report-group-count-cost",
                    count = items.len(),
                    cost = fig(doc, cost)
                )
            ),
            Style::new(3.8).bold(),
            0.0,
        );
        for j in items {
            flow.paragraph(
                &format!(
                    "• {} {}",
                    titled(&j.text, lang),
                    tl!(lang, "report-item-cost", cost = fig(doc, j.cost))
                ),
                Style::new(3.3),
                4.0,
            );
        }
        flow.gap(1.5);
    }
    if !checked.violations.is_empty() {
        flow.heading(&tl!(lang, "print-summary-violations"), 12.0);
        for v in &checked.violations {
            flow.paragraph(
                &format!("• {}", titled(&v.text, lang)),
                Style::new(3.4).fill("#b00020"),
                4.0,
            );
        }
    }
    flow.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_marked_by_the_checker_are_quoted_the_language_s_way() {
        assert_eq!(
            titled("la rencontre *Labels* est pleine", Lang::Fr),
            "la rencontre «\u{a0}Labels\u{a0}» est pleine"
        );
        assert_eq!(titled("*A* and *B*", Lang::En), "“A” and “B”");
        // An odd count of stars is not a marking: the text is left as it is.
        assert_eq!(titled("3 * 4", Lang::En), "3 * 4");
    }
}

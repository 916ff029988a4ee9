//! Text that runs over as many A4 pages as it needs: headings, paragraphs and tables whose
//! head is drawn again at the top of each page, every page titled, « (suite) » after the first.

use super::fonts::{width, wrap};
use super::sheet::{Anchor, Sheet, Style};

/// A4 portrait, in millimetres.
pub const A4: (f64, f64) = (210.0, 297.0);
/// The left and right margins.
pub const MARGIN: f64 = 15.0;
/// Where the text of a page ends (the footer is below).
pub const BOTTOM: f64 = 280.0;
/// The width of the text.
pub const TEXT_W: f64 = A4.0 - 2.0 * MARGIN;

/// The size of the text of tables and paragraphs (about 9.5 points).
pub const BODY: f64 = 3.3;
/// The height of a line of body text.
pub const LINE: f64 = 4.3;
/// A muted colour for secondary text.
pub const GREY: &str = "#555555";

/// One cell of a table row.
#[derive(Debug, Clone)]
pub struct Cell {
    /// Its text, wrapped to the column's width.
    pub text: String,
    /// In bold.
    pub bold: bool,
    /// Its colour.
    pub fill: &'static str,
    /// A small square of this colour before the text (a province's colour).
    pub swatch: Option<&'static str>,
}

impl Cell {
    /// A cell of plain text.
    pub fn plain(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            bold: false,
            fill: "#000000",
            swatch: None,
        }
    }

    /// The same in bold.
    pub fn bold(self) -> Cell {
        Cell { bold: true, ..self }
    }

    /// The same in grey.
    pub fn muted(self) -> Cell {
        Cell { fill: GREY, ..self }
    }

    /// The same after a square of `colour`.
    pub fn swatch(self, colour: &'static str) -> Cell {
        Cell {
            swatch: Some(colour),
            ..self
        }
    }
}

/// Pages being filled from the top down.
pub struct Flow {
    sheets: Vec<Sheet>,
    rtl: bool,
    title: String,
    continued: String,
    subtitle: String,
    head: Option<Vec<(String, f64)>>,
    /// Where the next thing goes.
    pub y: f64,
}

impl Flow {
    /// A first page titled `title` over `subtitle`; the next ones are titled `continued`.
    pub fn new(title: String, continued: String, subtitle: String, rtl: bool) -> Flow {
        let mut flow = Flow {
            sheets: vec![],
            rtl,
            title,
            continued,
            subtitle,
            head: None,
            y: 0.0,
        };
        flow.page();
        flow
    }

    /// Starts a page, with its title and the head of the table under way.
    pub fn page(&mut self) {
        let mut sheet = Sheet::new(A4.0, A4.1, self.rtl);
        let title = if self.sheets.is_empty() {
            &self.title
        } else {
            &self.continued
        };
        let mut y = 24.0;
        for line in wrap(title, 7.0, true, TEXT_W) {
            sheet.text(MARGIN, y, Style::new(7.0).bold(), &line);
            y += 8.5;
        }
        y -= 2.5;
        for line in wrap(&self.subtitle, 3.6, false, TEXT_W) {
            sheet.text(MARGIN, y, Style::new(3.6).fill(GREY), &line);
            y += 4.8;
        }
        sheet.line((MARGIN, y), (A4.0 - MARGIN, y), "#000000", 0.3, false);
        self.y = y + 6.0;
        self.sheets.push(sheet);
        if let Some(head) = self.head.clone() {
            self.draw_head(&head);
        }
    }

    fn sheet(&mut self) -> &mut Sheet {
        self.sheets.last_mut().expect("a flow has a page")
    }

    /// Makes room for `h` millimetres, on a new page if this one is full.
    pub fn room(&mut self, h: f64) {
        if self.y + h > BOTTOM {
            self.page();
        }
    }

    /// Leaves `h` millimetres blank.
    pub fn gap(&mut self, h: f64) {
        self.y += h;
    }

    /// A heading, kept with the `keep` millimetres that follow it.
    pub fn heading(&mut self, text: &str, keep: f64) {
        let lines = wrap(text, 4.6, true, TEXT_W);
        self.room(lines.len() as f64 * 6.0 + keep);
        for line in lines {
            self.y += 4.6;
            let y = self.y;
            self.sheet().text(MARGIN, y, Style::new(4.6).bold(), &line);
            self.y += 1.6;
        }
        self.y += 2.0;
    }

    /// A paragraph in `style`, `indent` millimetres in, wrapped, split across pages if long.
    pub fn paragraph(&mut self, text: &str, style: Style, indent: f64) {
        let step = style.size * 1.3;
        for line in wrap(text, style.size, style.bold, TEXT_W - indent) {
            self.room(step);
            self.y += style.size;
            let y = self.y;
            self.sheet()
                .text(MARGIN + indent, y, style.anchor(Anchor::Start), &line);
            self.y += step - style.size;
        }
        self.y += 1.0;
    }

    /// Starts a table with these columns (title and width), drawn again on each new page.
    pub fn table(&mut self, columns: Vec<(String, f64)>) {
        self.room(3.0 * LINE + 4.0);
        self.draw_head(&columns);
        self.head = Some(columns);
    }

    /// Ends the table under way.
    pub fn end_table(&mut self) {
        self.head = None;
        self.y += 3.0;
    }

    fn draw_head(&mut self, columns: &[(String, f64)]) {
        let lines: Vec<Vec<String>> = columns
            .iter()
            .map(|(t, w)| wrap(t, BODY, true, w - 2.0))
            .collect();
        let h = lines.iter().map(Vec::len).max().unwrap_or(1) as f64 * LINE + 2.0;
        let top = self.y;
        self.sheet()
            .rect(MARGIN, top, TEXT_W, h, Some("#e6e6e6"), None, 0.0);
        let mut x = MARGIN;
        for ((_, w), lines) in columns.iter().zip(lines) {
            for (k, line) in lines.iter().enumerate() {
                let y = top + 1.0 + BODY + k as f64 * LINE;
                self.sheet().text(x + 1.0, y, Style::new(BODY).bold(), line);
            }
            x += w;
        }
        self.y = top + h;
    }

    /// A row of the table under way, shaded or not; it moves whole to the next page when it
    /// does not fit.
    pub fn row(&mut self, cells: &[Cell], shaded: bool) {
        let columns = self.head.clone().unwrap_or_default();
        let lines: Vec<Vec<String>> = cells
            .iter()
            .zip(&columns)
            .map(|(c, (_, w))| {
                let room = w - 2.0 - if c.swatch.is_some() { 4.0 } else { 0.0 };
                wrap(&c.text, BODY, c.bold, room)
            })
            .collect();
        let h = lines.iter().map(Vec::len).max().unwrap_or(1) as f64 * LINE + 1.6;
        self.room(h);
        let top = self.y;
        if shaded {
            self.sheet()
                .rect(MARGIN, top, TEXT_W, h, Some("#f4f4f4"), None, 0.0);
        }
        let mut x = MARGIN;
        for ((cell, lines), (_, w)) in cells.iter().zip(lines).zip(&columns) {
            let mut left = x + 1.0;
            if let Some(colour) = cell.swatch {
                self.sheet().rect(
                    left,
                    top + 1.4,
                    2.8,
                    2.8,
                    Some(colour),
                    Some("#333333"),
                    0.15,
                );
                left += 4.0;
            }
            for (k, line) in lines.iter().enumerate() {
                let y = top + 0.8 + BODY + k as f64 * LINE;
                let mut style = Style::new(BODY).fill(cell.fill);
                style.bold = cell.bold;
                self.sheet().text(left, y, style, line);
            }
            x += w;
        }
        self.y = top + h;
        let y = self.y;
        self.sheet()
            .line((MARGIN, y), (A4.0 - MARGIN, y), "#cccccc", 0.15, false);
    }

    /// The pages filled.
    pub fn finish(self) -> Vec<Sheet> {
        self.sheets
    }
}

/// Whether `text` at `size` fits on one line of `max` millimetres.
pub fn fits(text: &str, size: f64, bold: bool, max: f64) -> bool {
    width(text, size, bold) <= max
}

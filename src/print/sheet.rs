//! One page of the pack drawn as an SVG picture, in millimetres, origin at the top left.
//!
//! Pages are laid out once, for reading from the left; a page in Arabic is the mirror image
//! of that layout (columns from the right, text set from its right edge), and each of its texts
//! is embedded as a right-to-left run, so that numbers and Latin names inside an Arabic
//! sentence stand where an Arabic reader expects them.

use super::fonts::FAMILY;
use std::fmt::Write;

/// How a text stands on its point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Its reading start is at the point (its left in French).
    Start,
    /// Its middle is at the point.
    Middle,
    /// Its reading end is at the point.
    End,
}

/// How a text looks.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Its size (the font's em), in millimetres.
    pub size: f64,
    /// Bold.
    pub bold: bool,
    /// Where it stands on its point.
    pub anchor: Anchor,
    /// Its colour.
    pub fill: &'static str,
}

impl Style {
    /// Regular black text at `size`, from its start.
    pub fn new(size: f64) -> Style {
        Style {
            size,
            bold: false,
            anchor: Anchor::Start,
            fill: "#000000",
        }
    }

    /// The same in bold.
    pub fn bold(self) -> Style {
        Style { bold: true, ..self }
    }

    /// The same, standing on its point as `anchor` says.
    pub fn anchor(self, anchor: Anchor) -> Style {
        Style { anchor, ..self }
    }

    /// The same in colour `fill`.
    pub fn fill(self, fill: &'static str) -> Style {
        Style { fill, ..self }
    }
}

/// A page being drawn.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// Width in millimetres.
    pub width: f64,
    /// Height in millimetres.
    pub height: f64,
    rtl: bool,
    body: String,
}

/// Whether `c` is an Arabic letter.
pub fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// `text` with the characters XML gives a meaning escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

impl Sheet {
    /// An empty page of `width` × `height` millimetres, mirrored when `rtl`.
    pub fn new(width: f64, height: f64, rtl: bool) -> Sheet {
        Sheet {
            width,
            height,
            rtl,
            body: String::new(),
        }
    }

    /// The x of a point as drawn.
    fn x(&self, x: f64) -> f64 {
        if self.rtl {
            self.width - x
        } else {
            x
        }
    }

    /// Writes `text` at `(x, y)` (y is the baseline).
    pub fn text(&mut self, x: f64, y: f64, style: Style, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let anchor = match (style.anchor, self.rtl) {
            (Anchor::Middle, _) => "middle",
            (Anchor::Start, false) | (Anchor::End, true) => "start",
            (Anchor::Start, true) | (Anchor::End, false) => "end",
        };
        let shown = if self.rtl && text.chars().any(is_arabic) {
            // A right-to-left embedding: the runs of an Arabic sentence are ordered from the
            // right; a text without Arabic (a Latin name) is left to read from the left.
            format!("\u{202B}{}\u{202C}", escape(text))
        } else {
            escape(text)
        };
        // Text with Arabic letters is set in Noto Naskh Arabic (bold when asked), its other
        // letters in the fonts that have them.
        let family = if text.chars().any(is_arabic) {
            r#" font-family="Noto Naskh Arabic""#
        } else {
            ""
        };
        let _ = writeln!(
            self.body,
            r#"<text x="{:.2}" y="{:.2}" font-size="{:.2}" font-weight="{}" text-anchor="{anchor}" fill="{}"{family}>{shown}</text>"#,
            self.x(x),
            y,
            style.size,
            if style.bold { "bold" } else { "normal" },
            style.fill,
        );
    }

    /// Draws a rectangle from `(x, y)`, `w` wide and `h` high, filled with `fill` (or not) and
    /// outlined with `stroke` (or not), `line` millimetres thick.
    #[allow(clippy::too_many_arguments)]
    pub fn rect(
        &mut self,
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        fill: Option<&str>,
        stroke: Option<&str>,
        line: f64,
    ) {
        let left = if self.rtl { self.width - x - w } else { x };
        let _ = writeln!(
            self.body,
            r#"<rect x="{left:.2}" y="{y:.2}" width="{w:.2}" height="{h:.2}" fill="{}" stroke="{}" stroke-width="{line:.2}"/>"#,
            fill.unwrap_or("none"),
            stroke.unwrap_or("none"),
        );
    }

    /// Draws a line from `(x1, y1)` to `(x2, y2)`, dashed when `dashed`.
    #[allow(clippy::too_many_arguments)]
    pub fn line(
        &mut self,
        (x1, y1): (f64, f64),
        (x2, y2): (f64, f64),
        stroke: &str,
        width: f64,
        dashed: bool,
    ) {
        let dash = if dashed {
            r#" stroke-dasharray="3 2""#
        } else {
            ""
        };
        let _ = writeln!(
            self.body,
            r#"<line x1="{:.2}" y1="{y1:.2}" x2="{:.2}" y2="{y2:.2}" stroke="{stroke}" stroke-width="{width:.2}"{dash}/>"#,
            self.x(x1),
            self.x(x2),
        );
    }

    /// The page as an SVG document, sized in millimetres.
    pub fn finish(&self) -> String {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}mm" height="{h}mm" viewBox="0 0 {w} {h}" font-family="{FAMILY}">
<rect x="0" y="0" width="{w}" height="{h}" fill="#ffffff"/>
{}</svg>
"##,
            self.body,
            w = self.width,
            h = self.height,
        )
    }
}

//! The fonts of the print pack, shipped in the program (`fonts/`, under the SIL Open Font
//! License): Noto Sans for Latin text, Noto Naskh Arabic for Arabic, Noto Sans Tifinagh for
//! Amazigh names, Noto Sans Symbols 2 for the plan's symbols (★ on prime stands). No font of the machine is used, so that the same pack comes out everywhere.
//!
//! Text is measured with the fonts' own advance widths, so that lines are wrapped where they
//! would really overflow. Arabic letters are measured in their isolated forms, a little wider
//! than the joined forms the page shows: a wrapped Arabic line never overflows.

use std::sync::{Arc, OnceLock};
use svg2pdf::usvg::fontdb;

const SANS: &[u8] = include_bytes!("../../fonts/NotoSans-Regular.ttf");
const SANS_BOLD: &[u8] = include_bytes!("../../fonts/NotoSans-Bold.ttf");
const NASKH: &[u8] = include_bytes!("../../fonts/NotoNaskhArabic-Regular.ttf");
const NASKH_BOLD: &[u8] = include_bytes!("../../fonts/NotoNaskhArabic-Bold.ttf");
const TIFINAGH: &[u8] = include_bytes!("../../fonts/NotoSansTifinagh-Regular.ttf");
/// The symbols the floor plan draws: ★ for prime stands, ⚠, ▼.
const SYMBOLS: &[u8] = include_bytes!("../../fonts/NotoSansSymbols2-Regular.ttf");

/// The family every page asks for; Arabic and Tifinagh letters fall back to the other fonts.
pub const FAMILY: &str = "Noto Sans";

/// The font database of the pack: the shipped fonts only, Noto Sans for every generic family.
pub fn database() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        for font in [SANS, SANS_BOLD, NASKH, NASKH_BOLD, TIFINAGH, SYMBOLS] {
            db.load_font_data(font.to_vec());
        }
        db.set_sans_serif_family(FAMILY);
        db.set_serif_family(FAMILY);
        db.set_monospace_family(FAMILY);
        db.set_cursive_family(FAMILY);
        db.set_fantasy_family(FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// The parsed faces, to measure text with.
struct Faces {
    sans: ttf_parser::Face<'static>,
    sans_bold: ttf_parser::Face<'static>,
    naskh: ttf_parser::Face<'static>,
    naskh_bold: ttf_parser::Face<'static>,
    tifinagh: ttf_parser::Face<'static>,
    symbols: ttf_parser::Face<'static>,
}

fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(|| {
        let face = |data: &'static [u8]| {
            ttf_parser::Face::parse(data, 0).expect("the shipped fonts are valid")
        };
        Faces {
            sans: face(SANS),
            sans_bold: face(SANS_BOLD),
            naskh: face(NASKH),
            naskh_bold: face(NASKH_BOLD),
            tifinagh: face(TIFINAGH),
            symbols: face(SYMBOLS),
        }
    })
}

/// Whether a character takes no room: the marks that set the direction of a run of text, and
/// the other invisible formatting characters.
fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The face a character is drawn with, and its advance in ems.
fn advance(c: char, bold: bool) -> f64 {
    let f = faces();
    let first = match c {
        c if super::sheet::is_arabic(c) => {
            if bold {
                &f.naskh_bold
            } else {
                &f.naskh
            }
        }
        '\u{2D30}'..='\u{2D7F}' => &f.tifinagh,
        _ if bold => &f.sans_bold,
        _ => &f.sans,
    };
    for face in [first, &f.sans, &f.naskh, &f.tifinagh, &f.symbols] {
        if let Some(g) = face.glyph_index(c) {
            let units = f64::from(face.glyph_hor_advance(g).unwrap_or(0));
            return units / f64::from(face.units_per_em());
        }
    }
    // A character no shipped font has is drawn as an empty box about this wide.
    0.6
}

/// The width of `text` set at `size` (in the page's unit: the result is in the same unit).
///
/// ```
/// use caravane::print::fonts::width;
/// assert!(width("Tifawin", 10.0, true) > width("Tifawin", 10.0, false));
/// assert!(width("تعاونية", 10.0, false) > 0.0);
/// ```
pub fn width(text: &str, size: f64, bold: bool) -> f64 {
    text.chars()
        .filter(|&c| !invisible(c))
        .map(|c| advance(c, bold))
        .sum::<f64>()
        * size
}

/// The height of a capital letter of Noto Sans set at `size`: what a reader sees as the
/// height of a stand's number.
pub fn cap_height(size: f64, bold: bool) -> f64 {
    let f = faces();
    let face = if bold { &f.sans_bold } else { &f.sans };
    let cap = face.capital_height().unwrap_or(714);
    f64::from(cap) / f64::from(face.units_per_em()) * size
}

/// `text` cut into lines no wider than `max` at `size`, between words; a word wider than a
/// line is cut between letters. An empty text is one empty line.
///
/// ```
/// use caravane::print::fonts::{wrap, width};
/// let lines = wrap("Association des artisans de la babouche d'Inezgane", 5.0, false, 60.0);
/// assert!(lines.len() >= 2);
/// assert!(lines.iter().all(|l| width(l, 5.0, false) <= 60.0));
/// assert_eq!(lines.join(" "), "Association des artisans de la babouche d'Inezgane");
/// ```
pub fn wrap(text: &str, size: f64, bold: bool, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // A no-break space keeps its two sides on one line (« : », a telephone number).
    let breaks = |c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}';
    for word in text.split(breaks).filter(|w| !w.is_empty()) {
        let joined = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if width(&joined, size, bold) <= max {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // A word wider than a whole line: cut it between letters.
        for c in word.chars() {
            let longer = format!("{line}{c}");
            if width(&longer, size, bold) > max && !line.is_empty() {
                lines.push(std::mem::replace(&mut line, c.to_string()));
            } else {
                line = longer;
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

//! The pages, each an SVG picture, assembled into one PDF file.
//!
//! Each picture is read by usvg with the shipped fonts only (its text shaped, Arabic joined and
//! ordered right to left), turned by svg2pdf into a PDF object that keeps the text as text
//! (searchable, with its fonts embedded), and drawn on a page of its own size. The file holds
//! no date and no machine's name: the same stop and solution give the same bytes.

use super::fonts;
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, TextStr};
use std::collections::HashMap;
use svg2pdf::usvg;

/// Why a pack could not be made.
#[derive(Debug)]
pub enum PdfError {
    /// A page is not a picture usvg reads (a bug: Caravane draws them).
    Svg(usize, String),
    /// svg2pdf could not convert a page.
    Convert(usize, String),
}

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PdfError::Svg(page, why) => write!(f, "page {page}: {why}"),
            PdfError::Convert(page, why) => write!(f, "page {page}: {why}"),
        }
    }
}

impl std::error::Error for PdfError {}

/// Points (the PDF's unit) in a millimetre.
const PT_PER_MM: f32 = 72.0 / 25.4;

/// One page: its size in millimetres and its picture, which is scaled to fill the page
/// (keeping its proportions, centred).
pub struct PdfPage<'a> {
    /// Width in millimetres.
    pub width: f64,
    /// Height in millimetres.
    pub height: f64,
    /// The SVG picture.
    pub svg: &'a str,
}

/// The PDF file of `pages`, in order, titled `title`.
pub fn assemble(pages: &[PdfPage], title: &str) -> Result<Vec<u8>, PdfError> {
    let mut options = usvg::Options {
        font_family: fonts::FAMILY.to_string(),
        ..usvg::Options::default()
    };
    options.fontdb = fonts::database();

    let mut alloc = Ref::new(1);
    let catalog = alloc.bump();
    let tree_ref = alloc.bump();
    let info = alloc.bump();
    let mut pdf = Pdf::new();
    let mut kids = Vec::with_capacity(pages.len());
    let mut chunks = Vec::with_capacity(pages.len());

    for (k, page) in pages.iter().enumerate() {
        let tree = usvg::Tree::from_str(page.svg, &options)
            .map_err(|e| PdfError::Svg(k + 1, e.to_string()))?;
        let (chunk, picture) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
            .map_err(|e| PdfError::Convert(k + 1, e.to_string()))?;
        let mut map = HashMap::new();
        let chunk = chunk.renumber(|old| *map.entry(old).or_insert_with(|| alloc.bump()));
        let picture = map[&picture];
        chunks.push(chunk);

        let (w, h) = (
            page.width as f32 * PT_PER_MM,
            page.height as f32 * PT_PER_MM,
        );
        // The picture fills the page, in its own proportions, centred.
        let size = tree.size();
        let scale = (w / size.width()).min(h / size.height());
        let (pw, ph) = (size.width() * scale, size.height() * scale);
        let (x, y) = ((w - pw) / 2.0, (h - ph) / 2.0);

        let page_ref = alloc.bump();
        let content_ref = alloc.bump();
        let name = Name(b"P1");
        let mut content = Content::new();
        content.save_state();
        content.transform([pw, 0.0, 0.0, ph, x, y]);
        content.x_object(name);
        content.restore_state();
        pdf.stream(content_ref, &content.finish());

        let mut p = pdf.page(page_ref);
        p.media_box(Rect::new(0.0, 0.0, w, h));
        p.parent(tree_ref);
        p.contents(content_ref);
        p.resources().x_objects().pair(name, picture);
        p.finish();
        kids.push(page_ref);
    }
    pdf.catalog(catalog).pages(tree_ref);
    pdf.pages(tree_ref)
        .kids(kids.iter().copied())
        .count(kids.len() as i32);
    pdf.document_info(info)
        .title(TextStr(title))
        .producer(TextStr("Caravane"));
    for chunk in &chunks {
        pdf.extend(chunk);
    }
    Ok(pdf.finish())
}

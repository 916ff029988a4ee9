//! The print pack, read back with the tools a printer shop would use (poppler's `pdfinfo`,
//! `pdftoppm`, `pdftotext`, `pdffonts`): a real PDF, with the pages its content implies, a plan
//! in the provinces' colours, every exhibitor's name on the signs (Arabic and Tifinagh names
//! included), the fonts embedded, in French and in Arabic.

use caravane::format::{Problem, Solution};
use caravane::i18n::Lang;
use caravane::print::{Pack, PagePlan};
use caravane::stop::layout::Layout;
use caravane::stop::load::{read_problem, read_solution};
use caravane::stop::model::Stop;
use caravane::view::floor_plan::province_colour;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn taroudant() -> (Problem, Stop, Solution) {
    let dir = root().join("instances");
    let problem = read_problem(&dir.join("taroudant-2025.problem.json")).unwrap();
    let solution = read_solution(&dir.join("taroudant-2025.solution.json")).unwrap();
    let stop = Stop::new("taroudant-2025", &problem);
    (problem, stop, solution)
}

/// A folder of its own for each test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("caravane-print-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn caravane(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_caravane"))
        .env_remove("CARAVANE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

/// Prints the Taroudant pack in `lang` and returns its path.
fn print(dir: &Path, lang: &str) -> PathBuf {
    let pdf = dir.join(format!("taroudant-{lang}.pdf"));
    let out = caravane(&[
        "print",
        "instances/taroudant-2025.solution.json",
        "-o",
        pdf.to_str().unwrap(),
        "--lang",
        lang,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    pdf
}

/// What a poppler tool says of a file.
fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} runs (poppler-utils, installed by scripts/setup): {e}"));
    assert!(out.status.success(), "{tool} {args:?} fails");
    String::from_utf8(out.stdout).unwrap()
}

/// The number of pages `pdfinfo` reads.
fn pages(pdf: &Path) -> usize {
    poppler("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count")
}

/// The text of pages `from` to `to`, its lines joined, without the marks poppler puts around
/// right-to-left runs.
fn text(pdf: &Path, from: usize, to: usize) -> String {
    let raw = poppler(
        "pdftotext",
        &[
            "-f",
            &from.to_string(),
            "-l",
            &to.to_string(),
            pdf.to_str().unwrap(),
            "-",
        ],
    );
    raw.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_pack_has_the_pages_its_content_implies() {
    let (problem, stop, solution) = taroudant();
    let dir = scratch("pages");
    let pdf = print(&dir, "fr");
    let plan: PagePlan = Pack::new(&problem, &stop, &solution, Lang::Fr).plan();
    assert_eq!(pages(&pdf), plan.total());

    // What the stop implies, counted here from the stop and the layout.
    let layout = Layout::from_solution(&stop, &solution);
    let placed = (0..stop.stands.len())
        .filter(|&s| layout.occupant(s).is_some())
        .count();
    assert_eq!(plan.plan, 1);
    assert_eq!(plan.signs, placed.div_ceil(2), "two signs to a sheet");
    assert!(plan.lists >= stop.zones.len(), "a list per zone at least");
    assert!(plan.programme >= 1 && plan.summary >= 1);
    let registered = stop.exhibitors.iter().any(|x| !x.sessions.is_empty());
    assert_eq!(plan.agendas > 0, registered);

    // The plan is on A3 landscape, the other pages on A4 portrait.
    let size = |page: usize| {
        let p = page.to_string();
        poppler("pdfinfo", &["-f", &p, "-l", &p, pdf.to_str().unwrap()])
            .lines()
            .find(|l| l.starts_with(&format!("Page {:>4} size:", page)))
            .map(|l| l.split(':').nth(1).unwrap().trim().to_string())
            .unwrap()
    };
    assert!(size(1).starts_with("1190.55 x 841.89"), "{}", size(1));
    assert!(size(2).starts_with("595.276 x 841.89"), "{}", size(2));
}

#[test]
fn the_plan_page_is_drawn_in_the_provinces_colours() {
    let (_, stop, solution) = taroudant();
    let dir = scratch("plan");
    let pdf = print(&dir, "fr");
    let stem = dir.join("plan");
    poppler(
        "pdftoppm",
        &[
            "-f",
            "1",
            "-l",
            "1",
            "-r",
            "40",
            "-singlefile",
            pdf.to_str().unwrap(),
            stem.to_str().unwrap(),
        ],
    );
    let ppm = std::fs::read(stem.with_extension("ppm")).unwrap();
    // A binary PPM: "P6", width, height, maximum, then the pixels.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while ppm[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !ppm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&ppm[start..at]).into_owned());
    }
    assert_eq!(fields[0], "P6");
    let pixels: Vec<[u8; 3]> = ppm[at + 1..]
        .chunks_exact(3)
        .map(|c| [c[0], c[1], c[2]])
        .collect();
    let w: usize = fields[1].parse().unwrap();
    let h: usize = fields[2].parse().unwrap();
    assert_eq!(pixels.len(), w * h);
    assert!(w > h, "landscape");

    let inked = pixels.iter().filter(|p| p.iter().any(|&c| c < 230)).count();
    assert!(
        inked * 10 > pixels.len(),
        "the plan page is not blank: {inked} of {} pixels inked",
        pixels.len()
    );
    // Every province with an exhibitor placed shows its colour.
    let layout = Layout::from_solution(&stop, &solution);
    for (p, province) in stop.provinces.iter().enumerate() {
        let placed = (0..stop.exhibitors.len())
            .any(|e| stop.exhibitors[e].province == p && layout.stand_of(e).is_some());
        if !placed {
            continue;
        }
        let v = u32::from_str_radix(province_colour(p).trim_start_matches('#'), 16).unwrap();
        let want = [(v >> 16) as u8, (v >> 8) as u8, v as u8];
        let near = pixels
            .iter()
            .filter(|px| px.iter().zip(want).all(|(&a, b)| a.abs_diff(b) <= 8))
            .count();
        assert!(
            near > 50,
            "the colour {} of {} is on the plan ({near} pixels)",
            province_colour(p),
            province.name
        );
    }
}

#[test]
fn every_exhibitor_s_name_is_on_the_signs_in_any_script() {
    let (problem, stop, solution) = taroudant();
    let dir = scratch("signs");
    let pdf = print(&dir, "fr");
    let plan = Pack::new(&problem, &stop, &solution, Lang::Fr).plan();
    let first = plan.plan + plan.lists + 1;
    let signs = text(&pdf, first, first + plan.signs - 1);
    let layout = Layout::from_solution(&stop, &solution);
    let mut arabic = 0;
    for (e, x) in stop.exhibitors.iter().enumerate() {
        let Some(s) = layout.stand_of(e) else {
            continue;
        };
        let name = x.name.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(signs.contains(&name), "the sign of {} names {name}", x.id);
        assert!(signs.contains(&stop.stands[s].id));
        if x.id == "coop-sidi-hssaine" {
            assert!(name.starts_with("تعاونية"));
            arabic += 1;
        }
    }
    assert_eq!(arabic, 1, "the Arabic name is among them");
    assert!(
        signs.contains("ⵜⴰⵡⵓⵔⵉ"),
        "a Tifinagh name comes out as text"
    );
}

#[test]
fn the_fonts_are_embedded() {
    let dir = scratch("fonts");
    let pdf = print(&dir, "fr");
    let fonts = poppler("pdffonts", &[pdf.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty());
    for row in &rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name, type (two or three words), encoding, emb, sub, uni, object, generation
        assert_eq!(cols[cols.len() - 5], "yes", "embedded: {row}");
    }
    for family in ["NotoSans-Regular", "NotoSans-Bold", "NotoNaskhArabic"] {
        assert!(fonts.contains(family), "{family} in {fonts}");
    }
}

#[test]
fn the_arabic_pack_reads_from_the_right_and_has_its_own_page_plan() {
    let (problem, stop, solution) = taroudant();
    let dir = scratch("arabic");
    let pdf = print(&dir, "ar");
    let plan = Pack::new(&problem, &stop, &solution, Lang::Ar).plan();
    assert_eq!(pages(&pdf), plan.total());
    // Poppler reads the words of a right-to-left run without the spaces between them.
    let lists: String = text(&pdf, 2, 2).split_whitespace().collect();
    assert!(lists.contains("قائمةالأروقة"), "{lists}");
    assert!(lists.contains("تعاونيةسيدياحساينللزعفران"), "{lists}");
    let fonts = poppler("pdffonts", &[pdf.to_str().unwrap()]);
    assert!(fonts.contains("NotoNaskhArabic-Bold"), "{fonts}");
}

#[test]
fn the_same_stop_and_solution_give_the_same_pages_and_text() {
    let (problem, stop, solution) = taroudant();
    let one = Pack::new(&problem, &stop, &solution, Lang::Fr);
    let two = Pack::new(&problem, &stop, &solution, Lang::Fr);
    let svgs = |p: &Pack| p.pages.iter().map(|x| x.svg.clone()).collect::<Vec<_>>();
    assert_eq!(svgs(&one), svgs(&two));
    let dir = scratch("again");
    let (a, b) = (dir.join("a.pdf"), dir.join("b.pdf"));
    std::fs::write(&a, one.to_pdf().unwrap()).unwrap();
    std::fs::write(&b, two.to_pdf().unwrap()).unwrap();
    assert_eq!(pages(&a), pages(&b));
    assert_eq!(text(&a, 1, pages(&a)), text(&b, 1, pages(&b)));
}

#[test]
fn a_solution_that_cannot_be_read_writes_nothing() {
    let dir = scratch("bad");
    let pdf = dir.join("pack.pdf");
    let bad = dir.join("broken.solution.json");
    std::fs::write(&bad, "{ \"format\": ").unwrap();
    let out = caravane(&["print", bad.to_str().unwrap(), "-o", pdf.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!pdf.exists());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("broken.solution.json"), "{said}");
}

#[test]
fn the_stewards_lists_carry_the_telephone_and_remarks_of_the_sheet() {
    let dir = scratch("notes");
    let mut problem: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("instances/taroudant-2025.problem.json")).unwrap(),
    )
    .unwrap();
    problem["exhibitors"][0]["extra"] =
        serde_json::json!({"téléphone": "0661 23 45 67", "remarques": "arrive le 7 à midi"});
    let stop = dir.join("notes.problem.json");
    std::fs::write(&stop, serde_json::to_string(&problem).unwrap()).unwrap();
    let solution = dir.join("notes.solution.json");
    let solved = caravane(&[
        "solve",
        stop.to_str().unwrap(),
        "-q",
        "-o",
        solution.to_str().unwrap(),
    ]);
    assert!(
        solved.status.success(),
        "{}",
        String::from_utf8_lossy(&solved.stderr)
    );
    let pdf = dir.join("notes.pdf");
    let printed = caravane(&[
        "print",
        solution.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert!(
        printed.status.success(),
        "{}",
        String::from_utf8_lossy(&printed.stderr)
    );
    let lists = poppler("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"]);
    assert!(lists.contains("Contact et remarques"), "{lists}");
    assert!(lists.contains("0661 23 45 67"), "{lists}");
}

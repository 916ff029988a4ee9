//! The floor plan as the planner pins it at the entrance, read back from its SVG: no zone
//! outline crosses a stand, no word leaves its stand, no name is cut inside its first two
//! distinctive words, the legend stays in its column, the page is A3 with a scale bar, a north
//! arrow and the entrance, and prime stands are marked on every province colour.

use caravane::format::{Problem, Solution};
use caravane::i18n::Lang;
use caravane::stop::layout::Layout;
use caravane::stop::load::{read_problem, read_solution};
use caravane::stop::model::Stop;
use caravane::view::floor_plan::{
    distinctive_words, legend_column, plan_svg, province_colour, text_width, PRIME_BADGE_FILL,
    PRIME_BADGE_OUTLINE, PROVINCE_COLOURS,
};
use resvg::{tiny_skia, usvg};
use std::collections::HashMap;
use std::path::Path;
use svg::node::element::tag::Type;
use svg::parser::Event;

fn taroudant() -> (Problem, Stop, Solution) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances");
    let problem = read_problem(&dir.join("taroudant-2025.problem.json")).unwrap();
    let solution = read_solution(&dir.join("taroudant-2025.solution.json")).unwrap();
    let stop = Stop::new("taroudant-2025", &problem);
    (problem, stop, solution)
}

/// The shipped plan (French) and the same plan in Arabic.
fn plans() -> Vec<(Lang, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let shipped = std::fs::read_to_string(dir.join("taroudant-2025.plan.svg")).unwrap();
    let (problem, stop, solution) = taroudant();
    vec![
        (Lang::Fr, shipped),
        (Lang::Ar, plan_svg(&problem, &stop, &solution, Lang::Ar)),
    ]
}

/// One element of the picture: its name, attributes, text, and the ids and classes of the
/// groups around it (innermost last).
#[derive(Debug, Clone)]
struct Element {
    name: String,
    attributes: HashMap<String, String>,
    text: String,
    groups: Vec<(String, String)>,
}

impl Element {
    fn get(&self, key: &str) -> Option<&str> {
        self.attributes.get(key).map(String::as_str)
    }
    fn number(&self, key: &str) -> f64 {
        self.get(key)
            .unwrap_or_else(|| panic!("no {key} in {self:?}"))
            .parse()
            .unwrap()
    }
    fn within(&self, id: &str) -> bool {
        self.groups.iter().any(|(i, _)| i == id)
    }
    fn within_class(&self, class: &str) -> Option<&str> {
        self.groups
            .iter()
            .rev()
            .find(|(_, c)| c.split(' ').any(|c| c == class))
            .map(|(i, _)| i.as_str())
    }
    fn class(&self) -> &str {
        self.get("class").unwrap_or("")
    }
}

fn unescape(s: &str) -> String {
    s.replace("&apos;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Every element of an SVG document, in order.
fn elements(svg: &str) -> Vec<Element> {
    let mut out: Vec<Element> = Vec::new();
    let mut groups: Vec<(String, String)> = Vec::new();
    let mut open_text: Option<usize> = None;
    for event in svg::read(svg).expect("the plan parses") {
        match event {
            Event::Tag(name, kind, attributes) => {
                let attributes: HashMap<String, String> = attributes
                    .iter()
                    .map(|(k, v)| (k.clone(), unescape(v)))
                    .collect();
                match (name, kind) {
                    ("g", Type::Start) => groups.push((
                        attributes.get("id").cloned().unwrap_or_default(),
                        attributes.get("class").cloned().unwrap_or_default(),
                    )),
                    ("g", Type::End) => {
                        groups.pop();
                    }
                    (_, Type::End) => open_text = None,
                    (_, kind) => {
                        out.push(Element {
                            name: name.to_string(),
                            attributes,
                            text: String::new(),
                            groups: groups.clone(),
                        });
                        if kind == Type::Start {
                            open_text = Some(out.len() - 1);
                        }
                    }
                }
            }
            Event::Text(words) => {
                // The words as read, without the marks of a right-to-left run around them.
                if let Some(i) = open_text {
                    let words = unescape(words.trim()).replace(['\u{2067}', '\u{2069}'], "");
                    out[i].text.push_str(&words);
                }
            }
            Event::Error(e) => panic!("{e}"),
            _ => {}
        }
    }
    out
}

#[derive(Debug, Clone, Copy)]
struct Area {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Area {
    fn of_rect(e: &Element) -> Area {
        let (x, y) = (e.number("x"), e.number("y"));
        Area {
            x0: x,
            y0: y,
            x1: x + e.number("width"),
            y1: y + e.number("height"),
        }
    }
    /// Shares some surface with `o` (more than the rounding of the drawing).
    fn overlaps(&self, o: &Area) -> bool {
        let e = 0.05;
        self.x0 < o.x1 - e && o.x0 < self.x1 - e && self.y0 < o.y1 - e && o.y0 < self.y1 - e
    }
    fn holds(&self, o: &Area) -> bool {
        let e = 0.05;
        o.x0 >= self.x0 - e && o.y0 >= self.y0 - e && o.x1 <= self.x1 + e && o.y1 <= self.y1 + e
    }
}

/// Where a text is drawn, by the crate's own width estimate: from its anchor and direction, and
/// from its font size above and below its baseline.
fn text_area(e: &Element) -> Area {
    let size = e.number("font-size");
    let bold = e.get("font-weight") == Some("bold");
    let w = text_width(&e.text, size, bold);
    let x = e.number("x");
    let rtl = e.get("direction") == Some("rtl");
    let anchor = e.get("text-anchor").unwrap_or("start");
    let x0 = match (anchor, rtl) {
        ("middle", _) => x - w / 2.0,
        ("start", false) | ("end", true) => x,
        _ => x - w,
    };
    let y = e.number("y");
    Area {
        x0,
        y0: y - 0.75 * size,
        x1: x0 + w,
        y1: y + 0.25 * size,
    }
}

/// The stands' boxes, by stand id.
fn stand_boxes(all: &[Element]) -> HashMap<String, Area> {
    all.iter()
        .filter(|e| e.class() == "stand-box")
        .map(|e| {
            let id = e
                .within_class("stand")
                .expect("a stand's box is in its group");
            (
                id.trim_start_matches("stand-").to_string(),
                Area::of_rect(e),
            )
        })
        .collect()
}

#[test]
fn the_page_is_a3_landscape() {
    for (lang, svg) in plans() {
        let root = &elements(&svg)[0];
        assert_eq!(root.name, "svg");
        assert_eq!(root.get("width"), Some("420mm"), "{lang}");
        assert_eq!(root.get("height"), Some("297mm"), "{lang}");
        assert_eq!(root.get("viewBox"), Some("0 0 1587 1123"), "{lang}");
        // Self-contained: nothing to fetch.
        assert!(!svg.contains("href") && !svg.contains("@import") && !svg.contains("url("));
    }
}

#[test]
fn no_zone_outline_crosses_a_stand() {
    let (_, stop, _) = taroudant();
    for (lang, svg) in plans() {
        let all = elements(&svg);
        let boxes = stand_boxes(&all);
        assert_eq!(boxes.len(), stop.stands.len());
        let outlines: Vec<(String, Area)> = all
            .iter()
            .filter(|e| e.class() == "zone-outline")
            .map(|e| (e.get("data-zone").unwrap().to_string(), Area::of_rect(e)))
            .collect();
        assert!(outlines.len() >= stop.zones.len(), "{lang}: {outlines:?}");
        for stand in &stop.stands {
            let zone = &stop.zones[stand.zone.expect("every Taroudant stand has a zone")];
            let b = boxes[&stand.id];
            assert!(
                outlines.iter().any(|(z, o)| z == zone && o.holds(&b)),
                "{lang}: stand {} is outside its zone {zone}'s outline",
                stand.id
            );
            for (z, o) in &outlines {
                assert!(
                    z == zone || !o.overlaps(&b),
                    "{lang}: the outline of zone {z} crosses stand {} ({zone}): {o:?} {b:?}",
                    stand.id
                );
            }
        }
    }
}

#[test]
fn no_word_of_a_stand_leaves_it() {
    for (lang, svg) in plans() {
        let all = elements(&svg);
        let boxes = stand_boxes(&all);
        let mut seen = 0;
        for e in all.iter().filter(|e| e.name == "text") {
            let Some(group) = e.within_class("stand-label") else {
                continue;
            };
            let id = group.trim_start_matches("label-");
            let b = boxes[id];
            let t = text_area(e);
            assert!(
                b.holds(&t),
                "{lang}: « {} » ({:?}) leaves stand {id} ({b:?})",
                e.text,
                t
            );
            seen += 1;
        }
        // The number of every stand, and the name and family of every exhibitor at least.
        assert!(seen >= 68 + 2 * 60, "{lang}: {seen}");
    }
}

#[test]
fn no_name_is_cut_inside_its_first_two_distinctive_words() {
    let (_, stop, solution) = taroudant();
    let layout = Layout::from_solution(&stop, &solution);
    for (lang, svg) in plans() {
        let all = elements(&svg);
        for (e, x) in stop.exhibitors.iter().enumerate() {
            let s = layout.stand_of(e).expect("every exhibitor has a stand");
            let group = format!("label-{}", stop.stands[s].id);
            let lines: Vec<&str> = all
                .iter()
                .filter(|t| t.within(&group) && t.class() == "name")
                .map(|t| t.text.as_str())
                .collect();
            assert!(
                (1..=2).contains(&lines.len()),
                "{lang}: {}: {lines:?}",
                x.name
            );
            let shown: Vec<&str> = lines
                .iter()
                .flat_map(|l| l.split_whitespace())
                .map(|w| w.trim_end_matches('…'))
                .collect();
            let first_two: Vec<&str> = distinctive_words(&x.name).into_iter().take(2).collect();
            assert_eq!(first_two.len(), 2.min(first_two.len()));
            for word in &first_two {
                assert!(
                    shown.contains(word),
                    "{lang}: « {word} » of « {} » is not whole on its stand: {lines:?}",
                    x.name
                );
            }
            // No word is cut: each one shown is a word of the name (or one without its
            // elided article).
            for word in &shown {
                assert!(
                    x.name.split_whitespace().any(|n| n == *word
                        || n.ends_with(&format!("'{word}"))
                        || n.ends_with(&format!("’{word}"))),
                    "{lang}: « {word} » is not a word of « {} »",
                    x.name
                );
            }
        }
    }
}

#[test]
fn the_names_drop_the_common_words_before_being_cut() {
    let (_, stop, solution) = taroudant();
    let layout = Layout::from_solution(&stop, &solution);
    let all = elements(&plans()[0].1);
    let shown = |id: &str| -> String {
        let e = stop.exhibitors.iter().position(|x| x.id == id).unwrap();
        let group = format!("label-{}", stop.stands[layout.stand_of(e).unwrap()].id);
        all.iter()
            .filter(|t| t.within(&group) && t.class() == "name")
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join(" / ")
    };
    let find = |words: &str| {
        stop.exhibitors
            .iter()
            .find(|x| x.name == words)
            .unwrap_or_else(|| panic!("{words}"))
            .id
            .clone()
    };
    // Once cut to « bijoutiers… » and « miel d'eup… ».
    let bijoutiers = shown(&find("Association des bijoutiers de Tiznit"));
    assert_eq!(bijoutiers, "bijoutiers / de Tiznit");
    let miel = shown(&find("Coopérative du miel d'euphorbe de Tanalt"));
    assert!(
        miel.starts_with("miel") && miel.contains("euphorbe"),
        "{miel}"
    );
}

#[test]
fn zone_names_and_landmark_names_lie_off_the_stands() {
    for (lang, svg) in plans() {
        let all = elements(&svg);
        let boxes = stand_boxes(&all);
        let mut zones = 0;
        for e in all.iter().filter(|e| e.name == "text") {
            let zone = e.within_class("zone-name").is_some() || e.class() == "zone-count";
            let mark = e.within("landmarks");
            if !(zone || mark) {
                continue;
            }
            zones += usize::from(zone);
            let t = text_area(e);
            for (id, b) in &boxes {
                assert!(!b.overlaps(&t), "{lang}: « {} » lies on stand {id}", e.text);
            }
        }
        assert!(zones >= 3, "{lang}");
    }
}

#[test]
fn each_zone_says_its_exhibitors_per_province() {
    let (_, stop, solution) = taroudant();
    let layout = Layout::from_solution(&stop, &solution);
    let all = elements(&plans()[0].1);
    for (z, zone) in stop.zones.iter().enumerate() {
        let written: Vec<&str> = all
            .iter()
            .filter(|e| e.within(&format!("zone-name-{zone}")) && e.class() == "zone-count")
            .map(|e| e.text.as_str())
            .collect();
        let mut said = vec![];
        for (p, province) in stop.provinces.iter().enumerate() {
            let n = (0..stop.exhibitors.len())
                .filter(|&e| stop.exhibitors[e].province == p)
                .filter(|&e| layout.stand_of(e).and_then(|s| stop.stands[s].zone) == Some(z))
                .count();
            if n > 0 {
                said.push(format!("{} {n}", province.name));
            }
        }
        assert_eq!(written, said, "zone {zone}");
    }
}

#[test]
fn the_plan_has_a_scale_bar_a_north_arrow_the_entrance_and_the_streets() {
    let (problem, _, _) = taroudant();
    for (lang, svg) in plans() {
        let all = elements(&svg);
        let boxes = stand_boxes(&all);
        // The scale bar's length is what it says, at the scale of the stands (A03 is 3 m wide).
        let bar: Vec<Area> = all
            .iter()
            .filter(|e| e.within("scale-bar") && e.name == "rect")
            .map(Area::of_rect)
            .collect();
        assert!(bar.len() >= 2, "{lang}");
        let length = bar.iter().map(|a| a.x1).fold(f64::MIN, f64::max)
            - bar.iter().map(|a| a.x0).fold(f64::MAX, f64::min);
        let metres: f64 = all
            .iter()
            .filter(|e| e.within("scale-bar") && e.name == "text")
            .filter_map(|e| {
                e.text
                    .split(|c: char| !c.is_ascii_digit())
                    .find(|w| !w.is_empty())
                    .filter(|_| e.text.contains('m') || e.text.contains('م'))
                    .filter(|_| !e.text.contains(':'))
                    .map(|w| w.parse::<f64>().unwrap())
            })
            .fold(0.0, f64::max);
        let a03 = boxes["A03"];
        let per_metre = (a03.x1 - a03.x0) / 3.0;
        assert!(metres > 0.0, "{lang}: the bar says how long it is");
        assert!(
            (length - metres * per_metre).abs() < 1.0,
            "{lang}: a bar of {length} dots for {metres} m, at {per_metre} dots a metre"
        );
        assert!(all
            .iter()
            .any(|e| e.within("north-arrow") && e.name == "path"));
        let north = all
            .iter()
            .find(|e| e.within("north-arrow") && e.name == "text")
            .expect("the north arrow is lettered");
        assert_eq!(north.text, if lang == Lang::Ar { "ش" } else { "N" });
        // The four landmarks of the square, each named, the entrance as such.
        for l in &problem.landmarks {
            assert!(
                all.iter().any(|e| e.name == "text" && e.text == l.name),
                "{lang}: {} is not named",
                l.name
            );
        }
        let entrance: Vec<&Element> = all
            .iter()
            .filter(|e| e.within_class("entrance").is_some())
            .collect();
        assert!(entrance.iter().any(|e| e.text == "Entrée principale"));
        assert!(entrance.iter().any(|e| e.name == "path"), "the arrow");
        let streets = all
            .iter()
            .filter(|e| e.name == "rect" && e.within_class("street").is_some())
            .count();
        assert_eq!(streets, 2, "{lang}");
    }
}

#[test]
fn the_legend_stays_in_its_column() {
    for (lang, svg) in plans() {
        let (left, right) = legend_column(lang);
        let all = elements(&svg);
        let mut lines = 0;
        for e in all.iter().filter(|e| e.within("legend")) {
            let a = if e.name == "text" {
                lines += 1;
                text_area(e)
            } else if e.name == "rect" {
                Area::of_rect(e)
            } else {
                continue;
            };
            assert!(
                a.x0 >= left - 0.5 && a.x1 <= right + 0.5,
                "{lang}: « {} » ({:?}) leaves the column {left}–{right}",
                e.text,
                a
            );
            assert!(a.y1 <= 1123.0);
        }
        assert!(lines > 20, "{lang}");
    }
}

/// The relative luminance of a colour `#rrggbb` (WCAG 2).
fn luminance(hex: &str) -> f64 {
    let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap();
    let channel = |c: u32| {
        let c = f64::from(c & 0xff) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(v >> 16) + 0.7152 * channel(v >> 8) + 0.0722 * channel(v)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn prime_stands_are_marked_on_every_province_colour() {
    // The star stands out from every colour a stand may have (3:1, the contrast asked of a
    // sign's graphics), and its outline from the star.
    for p in 0..PROVINCE_COLOURS {
        let c = province_colour(p);
        assert!(
            contrast(PRIME_BADGE_FILL, c) >= 3.0,
            "the star on {c}: {:.2}",
            contrast(PRIME_BADGE_FILL, c)
        );
    }
    assert!(
        contrast(PRIME_BADGE_FILL, "#f4f4f4") >= 3.0,
        "on an empty stand"
    );
    assert!(contrast(PRIME_BADGE_FILL, PRIME_BADGE_OUTLINE) >= 7.0);
    // Every prime stand has its star, and no other.
    let (_, stop, _) = taroudant();
    for (lang, svg) in plans() {
        let all = elements(&svg);
        for stand in &stop.stands {
            let group = format!("label-{}", stand.id);
            let star = all
                .iter()
                .any(|e| e.within(&group) && e.get("fill") == Some(PRIME_BADGE_FILL));
            assert_eq!(star, stand.is_prime(), "{lang}: {}", stand.id);
        }
    }
}

#[test]
fn the_plan_drawn_to_pixels_shows_the_province_colours() {
    let (_, stop, _) = taroudant();
    for (lang, svg) in plans() {
        let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).expect("the SVG parses");
        let size = tree.size().to_int_size();
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        let pixels: Vec<(u8, u8, u8)> = pixmap
            .pixels()
            .iter()
            .map(|p| (p.red(), p.green(), p.blue()))
            .collect();
        let white = pixels.iter().filter(|p| **p == (255, 255, 255)).count();
        assert!(
            white < pixels.len() * 9 / 10,
            "{lang}: the plan is blank ({white} white pixels of {})",
            pixels.len()
        );
        for p in 0..stop.provinces.len() {
            let v = u32::from_str_radix(province_colour(p).trim_start_matches('#'), 16).unwrap();
            let want = ((v >> 16) as u8, (v >> 8) as u8, v as u8);
            let n = pixels
                .iter()
                .filter(|c| {
                    c.0.abs_diff(want.0) <= 2
                        && c.1.abs_diff(want.1) <= 2
                        && c.2.abs_diff(want.2) <= 2
                })
                .count();
            // At least a stand's worth: a 3 m stand is about 60 by 60 dots.
            assert!(
                n > 2000,
                "{lang}: {} shows in {n} pixels",
                stop.provinces[p].name
            );
        }
    }
}

#[test]
fn a_clash_number_lies_off_the_stands_and_their_words() {
    // Two saffron sellers side by side, the only way to seat them.
    let text = r#"{"format": "caravane.stop/1",
      "stop": {"name": "Deux stands", "town": "Tata", "venue": "v", "from": "2025-12-05", "to": "2025-12-05"},
      "provinces": [{"id": "tata", "name": "Tata"}],
      "families": [{"id": "saffron", "name": "Safran", "category": "agricultural"}],
      "stands": [{"id": "A1", "x": 0, "y": 0, "width": 3, "depth": 3, "front": "south"},
                 {"id": "A2", "x": 3, "y": 0, "width": 3, "depth": 3, "front": "south"}],
      "exhibitors": [{"id": "e1", "name": "Coopérative Tifawin", "province": "tata", "family": "saffron"},
                     {"id": "e2", "name": "Coopérative Zaafrane Askaoun", "province": "tata", "family": "saffron"}]}"#;
    let problem = caravane::stop::load::parse_problem(text).unwrap();
    let planned =
        caravane::planning::stop::plan("two", &problem, &Default::default(), &()).unwrap();
    let stop = Stop::new("two", &problem);
    let svg = plan_svg(&problem, &stop, &planned.solution, Lang::Fr);
    let all = elements(&svg);
    let boxes = stand_boxes(&all);
    let badge = all
        .iter()
        .find(|e| e.within("clash-numbers") && e.name == "circle")
        .expect("the clash has its number");
    let (cx, cy, r) = (badge.number("cx"), badge.number("cy"), badge.number("r"));
    let disc = Area {
        x0: cx - r,
        y0: cy - r,
        x1: cx + r,
        y1: cy + r,
    };
    for (id, b) in &boxes {
        assert!(!b.overlaps(&disc), "the number lies on stand {id}");
    }
    // The clash line is drawn before the stands' words, so that they stay on top of it.
    let position = |f: &dyn Fn(&Element) -> bool| all.iter().position(f).unwrap();
    let line = position(&|e: &Element| e.within("clashes") && e.name == "line");
    let words = position(&|e: &Element| e.within("labels") && e.name == "text");
    assert!(line < words);
}

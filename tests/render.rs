//! What the planner sees: the plan picture is a real SVG whose stands carry their province's
//! colour when drawn to pixels, in French, English and Arabic (set for reading from the right);
//! the report holds everything it promises, and the examples shipped under `examples/` are what
//! the commands make today.

use caravane::i18n::numbers::figure;
use caravane::i18n::Lang;
use caravane::stop::load::{read_problem, read_solution};
use caravane::stop::model::Stop;
use caravane::view::floor_plan::{plan_svg, province_colour, stand_box};
use caravane::view::report::report_html;
use resvg::{tiny_skia, usvg};
use std::path::Path;

fn taroudant() -> (caravane::format::Problem, Stop, caravane::format::Solution) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances");
    let problem = read_problem(&dir.join("taroudant-2025.problem.json")).unwrap();
    let solution = read_solution(&dir.join("taroudant-2025.solution.json")).unwrap();
    let stop = Stop::new("taroudant-2025", &problem);
    (problem, stop, solution)
}

fn rgb(hex: &str) -> (u8, u8, u8) {
    let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap();
    ((v >> 16) as u8, (v >> 8) as u8, v as u8)
}

#[test]
fn the_plan_parses_and_each_stand_shows_its_province_colour() {
    let (problem, stop, solution) = taroudant();
    for lang in Lang::ALL {
        let svg = plan_svg(&problem, &stop, &solution, lang);
        let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).expect("the SVG parses");
        let size = tree.size().to_int_size();
        // A3 landscape at 96 dots per inch.
        assert_eq!((size.width(), size.height()), (1587, 1123));
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        let layout = caravane::stop::layout::Layout::from_solution(&stop, &solution);
        let mut checked = 0;
        for e in (0..stop.exhibitors.len()).step_by(7) {
            let s = layout.stand_of(e).expect("every exhibitor has a stand");
            let (x, y, w, h) = stand_box(&problem, &stop, s, lang);
            // A point inside the stand, away from its label (top) and its front edge.
            let (px, py) = ((x + 0.3 * w) as u32, (y + 0.75 * h) as u32);
            let c = pixmap.pixel(px, py).unwrap();
            let want = rgb(province_colour(stop.exhibitors[e].province));
            let close = |a: u8, b: u8| a.abs_diff(b) <= 2;
            assert!(
                close(c.red(), want.0) && close(c.green(), want.1) && close(c.blue(), want.2),
                "{lang}: stand {} of {}: pixel ({px}, {py}) is {:?}, the province colour is {want:?}",
                stop.stands[s].id,
                stop.exhibitors[e].id,
                (c.red(), c.green(), c.blue())
            );
            checked += 1;
        }
        assert!(checked >= 8);
        // Every stand is drawn, with its id and a tooltip naming its exhibitor.
        for stand in &stop.stands {
            assert!(svg.contains(&format!("id=\"stand-{}\"", stand.id)));
        }
        // Arabic names are written as they are.
        let arabic = stop
            .exhibitors
            .iter()
            .find(|e| {
                e.name
                    .chars()
                    .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
            })
            .expect("taroudant has an Arabic name");
        assert!(svg.contains(&arabic.name), "{lang}");
    }
}

/// The text of every `<text>` element of a part of the plan (`id="…"`), and its attributes.
fn texts<'a>(svg: &'a str, part: &str) -> Vec<(&'a str, &'a str)> {
    let from = svg
        .find(&format!("id=\"{part}\""))
        .unwrap_or_else(|| panic!("no {part}"));
    let mut rest = &svg[from..];
    // The part ends where its group closes; the groups of the plan hold no nested group but
    // the stands' and the clashes', which are not read here.
    if let Some(end) = rest.find("</g>") {
        rest = &rest[..end];
    }
    let mut out = vec![];
    while let Some(at) = rest.find("<text") {
        let open_end = rest[at..].find('>').unwrap() + at;
        let close = rest[open_end..].find("</text>").unwrap() + open_end;
        out.push((&rest[at..open_end], rest[open_end + 1..close].trim()));
        rest = &rest[close..];
    }
    out
}

/// The zones' names, in the order the plan writes them: the first text of each zone's label.
fn zone_names(svg: &str) -> Vec<&str> {
    svg.match_indices("class=\"zone-name\"")
        .map(|(at, _)| {
            let rest = &svg[at..];
            let open = rest.find("<text").unwrap();
            let start = rest[open..].find('>').unwrap() + open + 1;
            let end = rest[start..].find("</text>").unwrap() + start;
            // Without the marks of a right-to-left run around an Arabic name.
            rest[start..end]
                .trim()
                .trim_start_matches('\u{2067}')
                .trim_end_matches('\u{2069}')
        })
        .collect()
}

/// The number an attribute of an element holds.
fn attribute(element: &str, name: &str) -> f64 {
    let key = format!(" {name}=\"");
    let at = element
        .find(&key)
        .unwrap_or_else(|| panic!("no {name} in {element}"))
        + key.len();
    let end = element[at..].find('"').unwrap() + at;
    element[at..end].parse().unwrap()
}

#[test]
fn the_plan_in_french_names_the_zones_the_families_and_the_dates_in_french() {
    let (problem, stop, solution) = taroudant();
    let svg = plan_svg(&problem, &stop, &solution, Lang::Fr);
    assert!(svg.contains("xml:lang=\"fr\""));
    assert!(svg.contains("du 7 au 12 novembre 2025 — 60 exposantes et exposants sur 68 stands"));
    // The zones by their names, the entrance marked.
    assert_eq!(zone_names(&svg), ["Fond", "Centre", "▼ Entrée"]);
    // The families by codes made from their French names.
    let legend: Vec<&str> = texts(&svg, "legend").iter().map(|t| t.1).collect();
    for line in [
        "Provinces",
        "Symboles",
        "étoile noire et bordure dorée : stand privilégié",
        "Familles de produits",
        "TT — Tapis et tissage",
        "HAA — Huile d&apos;argan alimentaire",
        "CA — Cosmétique à l&apos;argan",
        "Paires de voisins en conflit (0)",
    ] {
        let line = line.replace("&apos;", "'");
        assert!(
            legend.iter().any(|l| l.replace("&apos;", "'") == line),
            "{line} is not in the legend: {legend:?}"
        );
    }
    assert!(svg.contains(">\nTT\n</text>"), "the code on the stands");
    // Nothing of the old English legend or of the ids in what the plan writes (the marks'
    // own names, such as `class="entrance"`, are not read by anyone).
    let written: String = svg
        .split('<')
        .filter_map(|piece| piece.split_once('>').map(|(_, words)| words))
        .collect::<Vec<_>>()
        .join("<");
    for english in [
        "Symbols",
        "Families",
        "Clashes",
        "gold border",
        "prime stand",
        "dashed outline",
        "exhibitors",
        "empty",
        "zone «",
        "entrance",
        "\nACO\n<",
        "\nSJ\n<",
    ] {
        assert!(!written.contains(english), "{english} in the French plan");
    }
}

#[test]
fn the_plan_in_english_speaks_english() {
    let (problem, stop, solution) = taroudant();
    let svg = plan_svg(&problem, &stop, &solution, Lang::En);
    assert!(svg.contains("7–12 November 2025 — 60 exhibitors on 68 stands"));
    assert_eq!(zone_names(&svg), ["Back", "Centre", "▼ Entrance"]);
    for words in [
        "Product families",
        "Clashes (0)",
        "black star and gold border: prime stand",
    ] {
        assert!(svg.contains(words), "{words}");
    }
    assert!(!svg.contains("Familles") && !svg.contains("Symboles"));
}

#[test]
fn the_plan_in_arabic_is_set_for_reading_from_the_right() {
    let (problem, stop, solution) = taroudant();
    let svg = plan_svg(&problem, &stop, &solution, Lang::Ar);
    assert!(svg.contains("xml:lang=\"ar\""));
    assert!(svg.contains("من 7 إلى 12 نونبر 2025"));
    let legend = texts(&svg, "legend");
    // An Arabic sentence is held between the marks of a right-to-left run.
    let words: Vec<&str> = legend
        .iter()
        .map(|t| {
            t.1.trim_start_matches('\u{2067}')
                .trim_end_matches('\u{2069}')
        })
        .collect();
    for heading in ["الأقاليم", "الرموز", "عائلات المنتجات"] {
        assert!(words.contains(&heading), "{heading}: {words:?}");
    }
    assert!(words.iter().any(|w| w.starts_with("تعارضات الجوار")));
    assert_eq!(zone_names(&svg), ["الخلف", "الوسط", "▼ المدخل"]);
    // The legend is on the left of the plan, every line ending at its right edge: an Arabic
    // line laid out right to left (in a right-to-left run, so that every renderer sets it so)
    // ending there, a line of Latin names too.
    let right = legend
        .iter()
        .map(|(e, _)| attribute(e, "x"))
        .fold(f64::NEG_INFINITY, f64::max);
    let plan_left = (0..stop.stands.len())
        .map(|s| stand_box(&problem, &stop, s, Lang::Ar).0)
        .fold(f64::INFINITY, f64::min);
    assert!(
        right < plan_left,
        "legend to {right}, plan from {plan_left}"
    );
    for (element, words) in &legend {
        let arabic = words
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        if arabic {
            assert!(
                words.starts_with('\u{2067}') && words.ends_with('\u{2069}'),
                "{element}>{words}"
            );
        }
        if !element.starts_with("<rect") {
            assert!(element.contains("text-anchor=\"end\""), "{element}>{words}");
        }
    }
    // The same stands as in French, moved right to leave the left to the legend.
    let (fr, ar) = (
        stand_box(&problem, &stop, 0, Lang::Fr),
        stand_box(&problem, &stop, 0, Lang::Ar),
    );
    assert!(ar.0 > fr.0 && ar.1 == fr.1 && ar.2 == fr.2);
}

#[test]
fn the_report_holds_the_plan_the_terms_the_grid_the_programme_and_every_exhibitor() {
    let (problem, stop, solution) = taroudant();
    let html = report_html(&problem, &stop, &solution, Lang::Fr).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<svg"));
    for term in [
        "Voisins en conflit",
        "Équilibre des zones",
        "Équilibre des stands privilégiés",
        "Stands sans surveillance",
    ] {
        assert!(html.contains(&format!("<td>{term}</td>")), "{term}");
    }
    // Zones by their names for people (the shipped stop gives none: the common ones).
    for zone in &stop.zones {
        let name = caravane::view::names::zone_name(&problem.zones, zone, Lang::Fr);
        assert_ne!(&name, zone);
        assert!(html.contains(&format!("<th>{name}</th>")), "{zone}");
    }
    for e in &stop.exhibitors {
        assert!(html.contains(&format!("<bdi>{}</bdi>", e.id)), "{}", e.id);
    }
    for s in &stop.sessions {
        assert!(html.contains(&s.title.replace('\'', "&#x27;")) || html.contains(&s.title));
    }
    // Self-contained: no address to fetch anything from.
    for remote in ["http://", "https://", "src=", "<link"] {
        assert!(
            !html
                .replace("http://www.w3.org/2000/svg", "")
                .contains(remote),
            "{remote}"
        );
    }
    assert!(!html.contains("{{") && !html.contains("{%"));
}

#[test]
fn the_shipped_examples_are_what_the_commands_make() {
    let (problem, stop, solution) = taroudant();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let svg = std::fs::read_to_string(dir.join("taroudant-2025.plan.svg")).unwrap();
    let html = std::fs::read_to_string(dir.join("taroudant-2025.report.html")).unwrap();
    let hint = "regenerate with the commands in docs/commands.md (\"What the planner sees\")";
    assert!(
        svg == plan_svg(&problem, &stop, &solution, Lang::Fr),
        "examples/taroudant-2025.plan.svg is out of date: {hint}"
    );
    assert!(
        html == report_html(&problem, &stop, &solution, Lang::Fr).unwrap(),
        "examples/taroudant-2025.report.html is out of date: {hint}"
    );
}

#[test]
fn clashing_neighbours_are_joined_in_red_with_the_reason() {
    // Two saffron sellers side by side, the only way to seat them.
    let text = r#"{"format": "caravane.stop/1",
      "stop": {"name": "Deux stands", "town": "Tata", "venue": "v", "from": "2025-12-05", "to": "2025-12-05"},
      "provinces": [{"id": "tata", "name": "Tata"}],
      "families": [{"id": "saffron", "name": "Safran", "category": "agricultural"}],
      "stands": [{"id": "A1", "x": 0, "y": 0, "width": 3, "depth": 3, "front": "south"},
                 {"id": "A2", "x": 3, "y": 0, "width": 3, "depth": 3, "front": "south"}],
      "exhibitors": [{"id": "e1", "name": "Coopérative Tifawin", "province": "tata", "family": "saffron"},
                     {"id": "e2", "name": "تعاونية سيدي احساين", "province": "tata", "family": "saffron"}]}"#;
    let problem = caravane::stop::load::parse_problem(text).unwrap();
    let planned =
        caravane::planning::stop::plan("two", &problem, &Default::default(), &()).unwrap();
    let stop = Stop::new("two", &problem);
    let svg = plan_svg(&problem, &stop, &planned.solution, Lang::Fr);
    let clashes = &svg[svg.find("id=\"clashes\"").unwrap()..];
    assert!(clashes.contains("stroke=\"#d00000\""));
    let clash = planned
        .solution
        .explanations
        .iter()
        .find(|e| e.term == "clash")
        .unwrap();
    // The line's tooltip holds the checker's sentence; the legend gives it too, in lines that
    // fit, with its cost written the French way.
    let reason = clash.text.replace('\'', "&apos;");
    assert!(
        svg.contains(&clash.text) || svg.contains(&reason),
        "the plan gives the reason: {}",
        clash.text
    );
    let legend: String = texts(&svg, "legend")
        .iter()
        .map(|t| t.1)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        legend.contains("Paires de voisins en conflit (1)"),
        "{legend}"
    );
    let cost = format!("(coût\u{a0}{})", figure(Lang::Fr, clash.cost));
    assert!(legend.contains(&cost), "{cost} in {legend}");
    assert!(legend.starts_with("Provinces") && legend.contains("1. "));
    usvg::Tree::from_str(&svg, &usvg::Options::default()).expect("the SVG parses");
}

#[test]
fn names_with_markup_characters_are_shown_as_text() {
    let (mut problem, _, solution) = taroudant();
    problem.exhibitors[0].name = "Coopérative <b>Tifawin</b> & \"fils\"".into();
    let stop = Stop::new("taroudant-2025", &problem);
    let html = report_html(&problem, &stop, &solution, Lang::Ar).unwrap();
    assert!(
        !html.contains("<b>Tifawin"),
        "the name is escaped in the page"
    );
    assert!(html.contains("&lt;b&gt;Tifawin"));
    let svg = plan_svg(&problem, &stop, &solution, Lang::Fr);
    assert!(!svg.contains("<b>"));
    usvg::Tree::from_str(&svg, &usvg::Options::default()).expect("the SVG still parses");
}

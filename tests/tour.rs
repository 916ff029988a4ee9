//! Tours as a planner uses them: road distances, who exhibits where, the history that makes
//! prime stands go round, and itineraries planned in parallel with the same results as one by
//! one.

use caravane::check::verify;
use caravane::i18n::Lang;
use caravane::stop::load::{parse_problem, parse_tour, read_tour};
use caravane::tour::compare::compare;
use caravane::tour::itinerary::PlannedItinerary;
use caravane::tour::order::{reorder, shortest_orders};
use caravane::tour::roads::Roads;
use caravane::tour::stops::select;
use caravane::tour::{plan_itineraries, TourModel, TourOptions};
use std::path::Path;
use std::sync::OnceLock;

fn souss_massa() -> TourModel {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances/souss-massa-2025.tour.json");
    TourModel::new(read_tour(&path).expect("the shipped tour is valid"))
}

fn plan_on(threads: usize, m: &TourModel, options: &TourOptions) -> Vec<PlannedItinerary> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| plan_itineraries(m, &m.tour.itineraries, options, &()))
}

/// The shipped tour planned once on two threads, shared by the tests that read it.
fn planned() -> &'static (TourModel, Vec<PlannedItinerary>) {
    static PLANNED: OnceLock<(TourModel, Vec<PlannedItinerary>)> = OnceLock::new();
    PLANNED.get_or_init(|| {
        let m = souss_massa();
        let plans = plan_on(2, &m, &TourOptions::default());
        (m, plans)
    })
}

#[test]
fn dijkstra_finds_the_shortest_roads_worked_by_hand() {
    // 0 Agadir, 1 Inezgane, 2 Biougra, 3 Tiznit, 4 Taroudant, 5 Tata (no road).
    // Agadir–Tiznit direct is 95 km; Inezgane–Biougra–Tiznit is 25 + 70 = 95 km too, so
    // Inezgane → Tiznit is 95 km via Biougra, not 13 + 95 = 108 via Agadir.
    let roads = Roads::new(
        6,
        &[
            (0, 1, 13.0),
            (1, 2, 25.0),
            (0, 2, 35.0),
            (0, 3, 95.0),
            (2, 3, 70.0),
            (1, 4, 75.0),
            (0, 4, 85.0),
        ],
    );
    assert_eq!(roads.km(1, 3), Some(95.0));
    assert_eq!(roads.path(1, 3), Some(vec![1, 2, 3]));
    // Tiznit → Taroudant: via Biougra and Inezgane 70 + 25 + 75 = 170 beats via Agadir 95 + 85 = 180.
    assert_eq!(roads.km(3, 4), Some(170.0));
    assert_eq!(roads.path(3, 4), Some(vec![3, 2, 1, 4]));
    // Agadir → Tiznit: direct (95 km) beats via Biougra (35 + 70 = 105 km).
    assert_eq!(roads.km(0, 3), Some(95.0));
    assert_eq!(roads.path(0, 3), Some(vec![0, 3]));
    assert_eq!(roads.km(2, 2), Some(0.0));
    assert_eq!(roads.path(2, 2), Some(vec![2]));
    assert_eq!(roads.km(0, 5), None);
    assert_eq!(roads.path(5, 0), None);
    assert_eq!(roads.route_km(&[4, 1, 3]), Some(75.0 + 95.0));

    // Two roads of the same length, 0 → 1 → 3 and 0 → 2 → 3 (10 km each way): walking back
    // from 3, the town listed first (1) is taken, every time.
    let square = Roads::new(4, &[(0, 2, 4.0), (2, 3, 6.0), (0, 1, 5.0), (1, 3, 5.0)]);
    assert_eq!(square.km(0, 3), Some(10.0));
    assert_eq!(square.path(0, 3), Some(vec![0, 1, 3]));
    assert_eq!(square.path(3, 0), Some(vec![3, 1, 0]));
}

#[test]
fn the_shipped_tour_has_four_towns_and_three_itineraries() {
    let m = souss_massa();
    assert!(m.tour.itineraries.len() >= 3);
    let towns: std::collections::BTreeSet<usize> = m
        .tour
        .itineraries
        .iter()
        .flat_map(|i| &i.stops)
        .map(|s| m.town_of_venue(m.venue(&s.venue)))
        .collect();
    assert!(towns.len() >= 4);
    // The road facts of the region: Taroudant–Tata about 250 km via Igherm.
    let id = |t: &str| m.tour.towns.iter().position(|x| x.id == t).unwrap();
    assert_eq!(m.roads.km(id("taroudant"), id("tata")), Some(250.0));
    assert_eq!(m.roads.km(id("agadir"), id("inezgane")), Some(13.0));
}

fn tour_text() -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances/souss-massa-2025.tour.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn a_broken_tour_reports_every_problem_with_its_path() {
    let mut v = tour_text();
    v["roads"][0]["km"] = serde_json::json!(0);
    v["roads"][1]["b"] = serde_json::json!("casablanca");
    v["exhibitors"][0]["home"] = serde_json::json!("Taliouine village");
    v["exhibitors"][1].as_object_mut().unwrap().remove("home");
    v["itineraries"][0]["stops"][1]["from"] = serde_json::json!("2025-11-08");
    v["itineraries"][0]["stops"][1]["quotas"] = serde_json::json!({ "souss": 3 });
    v["itineraries"][1]["stops"][0]["venue"] = serde_json::json!("agadir-marina");
    // Tata's hall has no projector for the digital marketing session.
    v["itineraries"][0]["stops"][2]["sessions"] = serde_json::json!(["digital-marketing"]);
    v["itineraries"][2]["id"] = serde_json::json!("../elsewhere");
    v["venues"][0]["stands"][1]["x"] = v["venues"][0]["stands"][0]["x"].clone();
    v["venues"][0]["stands"][1]["y"] = v["venues"][0]["stands"][0]["y"].clone();
    let problems = parse_tour(&v.to_string()).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|d| d.path.as_str()).collect();
    for expected in [
        "$.roads[0].km",
        "$.roads[1].b",
        "$.exhibitors[0].home",
        "$.exhibitors[1].home",
        "$.itineraries[0].stops[1].from",
        "$.itineraries[0].stops[1].quotas.souss",
        "$.itineraries[1].stops[0].venue",
        "$.itineraries[0].stops[2].sessions[0]",
        "$.itineraries[2].id",
    ] {
        assert!(paths.contains(&expected), "{expected} not in {paths:?}");
    }
    // The venue is judged by the stop rules, at its own path.
    assert!(
        paths.iter().any(|p| p.starts_with("$.venues[0].stands[")),
        "{paths:?}"
    );
    assert!(problems.iter().all(|d| !d.action.is_empty()));
}

#[test]
fn a_tour_whose_lists_cannot_be_read_is_reported_not_a_crash() {
    let mut v = tour_text();
    v["towns"][0].as_object_mut().unwrap().remove("name");
    v["venues"][3]["stands"] = serde_json::json!("none");
    let problems = parse_tour(&v.to_string()).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|d| d.path.as_str()).collect();
    assert!(paths.contains(&"$.towns[0].name"), "{paths:?}");
    assert!(paths.contains(&"$.venues[3].stands"), "{paths:?}");
    let mut v = tour_text();
    v["towns"] = serde_json::json!(1);
    assert!(parse_tour(&v.to_string()).is_err());
}

#[test]
fn places_are_shared_by_province_and_quotas_are_kept() {
    let m = souss_massa();
    let it = &m.tour.itineraries[0];
    // Tiznit: 44 stands for 68 applicants, at most 12 from the province of Tiznit.
    let stop = it
        .stops
        .iter()
        .find(|s| s.venue.starts_with("tiznit"))
        .unwrap();
    let sel = select(&m, stop, &vec![0; m.tour.exhibitors.len()]);
    assert_eq!(sel.applicants, m.tour.exhibitors.len());
    assert_eq!(sel.chosen.len(), 44);
    assert_eq!(sel.chosen.len() + sel.turned_away.len(), sel.applicants);
    let tiznit = m
        .tour
        .provinces
        .iter()
        .position(|p| p.id == "tiznit")
        .unwrap();
    let from_tiznit = sel
        .chosen
        .iter()
        .filter(|&&e| m.province[e] == tiznit)
        .count();
    assert!(from_tiznit <= 12);
    // Every province of the pool is present.
    for p in 0..m.tour.provinces.len() {
        assert!(sel.chosen.iter().any(|&e| m.province[e] == p));
    }
    // Those who had places before give way: with everyone but one having had a place, that
    // one comes first in its province.
    let mut had = vec![1; m.tour.exhibitors.len()];
    let last = *sel.turned_away.last().map(|(e, _)| e).unwrap();
    had[last] = 0;
    let again = select(&m, stop, &had);
    assert!(again.chosen.contains(&last));
}

#[test]
fn a_radius_keeps_the_far_exhibitors_home() {
    let m = souss_massa();
    let mut stop = m.tour.itineraries[0].stops[0].clone();
    stop.participants = caravane::format::Participants::WithinKm(100.0);
    let town = m.town_of_venue(m.venue(&stop.venue));
    let sel = select(&m, &stop, &vec![0; m.tour.exhibitors.len()]);
    assert!(sel.applicants < m.tour.exhibitors.len());
    assert!(sel.chosen.iter().all(|&e| m.km_from_home(e, town) <= 100.0));
}

#[test]
fn every_stop_of_every_itinerary_passes_check() {
    let (_, plans) = planned();
    for it in plans {
        for stop in &it.stops {
            let solution = stop.solution.as_ref().expect("every stop is planned");
            // Through the file format, as `caravane check` reads it.
            let text = serde_json::to_string(&stop.problem).unwrap();
            let problem = parse_problem(&text).expect("the stop file is valid");
            let verdict = verify(&stop.name, &problem, solution);
            assert!(verdict.passed(), "{}/{}: {verdict}", it.id, stop.name);
            assert!(solution.objective.is_some());
        }
    }
}

#[test]
fn later_stops_carry_the_history_of_earlier_ones() {
    let (_, plans) = planned();
    let it = &plans[0];
    assert!(it.stops[0].problem.history.is_empty());
    let second = &it.stops[1];
    assert!(!second.problem.history.is_empty());
    let first = it.stops[0].solution.as_ref().unwrap();
    for h in &second.problem.history {
        // Each record is a placement at the first stop, of an exhibitor of the second.
        assert!(first
            .assignments
            .iter()
            .any(|a| a.exhibitor == h.exhibitor && Some(&a.stand) == h.stand.as_ref()));
        assert!(second
            .problem
            .exhibitors
            .iter()
            .any(|e| e.id == h.exhibitor));
    }
}

#[test]
fn rotation_spreads_the_prime_stands_over_the_tour() {
    let (m, with) = planned();
    let without = plan_on(
        2,
        m,
        &TourOptions {
            rotation: false,
            ..TourOptions::default()
        },
    );
    let a = compare(m, with);
    let b = compare(m, &without);
    for f in &a.itineraries {
        let g = b.itineraries.iter().find(|x| x.id == f.id).unwrap();
        let (spread_with, spread_without) = (f.prime_max - f.prime_min, g.prime_max - g.prime_min);
        assert!(
            spread_with < spread_without,
            "{}: max − min prime exposure {spread_with} with rotation, {spread_without} without",
            f.id
        );
        assert!(f.prime_gini < g.prime_gini, "{}", f.id);
    }
}

#[test]
fn results_are_the_same_on_one_thread_and_on_two() {
    let (m, two) = planned();
    let one = plan_on(1, m, &TourOptions::default());
    let strip = |plans: &[PlannedItinerary]| -> Vec<String> {
        plans
            .iter()
            .flat_map(|p| &p.stops)
            .map(|s| {
                let mut sol = s.solution.clone().unwrap();
                sol.seconds = 0.0;
                serde_json::to_string(&(&s.problem, &sol)).unwrap()
            })
            .collect()
    };
    assert_eq!(strip(&one), strip(two));
    assert_eq!(compare(m, &one), compare(m, two));
}

#[test]
fn the_ranking_puts_the_best_score_first() {
    let (m, plans) = planned();
    let c = compare(m, plans);
    assert_eq!(c.itineraries.len(), plans.len());
    for (k, w) in c.itineraries.windows(2).enumerate() {
        assert_eq!(w[0].rank, k + 1);
        assert!(w[0].score.unwrap() <= w[1].score.unwrap());
    }
    // Scores are sums of scaled criteria: between 0 and the sum of the weights.
    let most: f64 = c.weights.values().sum();
    assert!(c
        .itineraries
        .iter()
        .all(|f| (0.0..=most).contains(&f.score.unwrap())));
    let csv = c.csv();
    assert_eq!(csv.lines().count(), plans.len() + 1);
    let table = c.table();
    assert!(
        table.contains("rang itinéraire") && table.contains("km tournée"),
        "{table}"
    );
    assert!(table.contains("score : chaque critère"), "{table}");
    let first = &c.itineraries[0].stops[0];
    let dates =
        caravane::i18n::numbers::date_range_text(caravane::i18n::Lang::Fr, &first.from, &first.to);
    assert!(table.contains(&dates), "{dates} not in {table}");
    let english = caravane::i18n::scoped(caravane::i18n::Lang::En, || c.table());
    assert!(
        english.contains("rank itinerary") && english.contains("tour km"),
        "{english}"
    );
}

#[test]
fn the_shortest_order_is_the_best_of_every_order() {
    let m = souss_massa();
    let it = &m.tour.itineraries[0];
    let orders = shortest_orders(&m, it, 3);
    assert_eq!(orders.len(), 3);
    assert!(orders.windows(2).all(|w| w[0].km <= w[1].km));
    // Every order of the four stops, by hand.
    let towns: Vec<usize> = it
        .stops
        .iter()
        .map(|s| m.town_of_venue(m.venue(&s.venue)))
        .collect();
    let mut best = f64::INFINITY;
    let mut v: Vec<usize> = (0..towns.len()).collect();
    loop {
        let route: Vec<usize> = v.iter().map(|&i| towns[i]).collect();
        best = best.min(m.roads.route_km(&route).unwrap());
        if !caravane::tour::order::next_permutation(&mut v) {
            break;
        }
    }
    assert_eq!(orders[0].km, best);
    // A reordered itinerary keeps the dates in place.
    let r = reorder(it, &orders[0], "best".into());
    for (k, s) in r.stops.iter().enumerate() {
        assert_eq!(s.from, it.stops[k].from);
        assert_eq!(s.venue, it.stops[orders[0].stops[k]].venue);
    }
}

#[test]
fn beyond_eight_stops_the_heuristic_gives_whole_routes() {
    let m = souss_massa();
    let mut it = m.tour.itineraries[0].clone();
    // Ten stops: the four venues over and over (dates do not matter to the order search).
    while it.stops.len() < 10 {
        let s = it.stops[it.stops.len() % 4].clone();
        it.stops.push(s);
    }
    let orders = shortest_orders(&m, &it, 2);
    assert!(!orders.is_empty());
    for o in &orders {
        let mut seen = o.stops.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..10).collect::<Vec<_>>());
    }
}

#[test]
fn the_shipped_comparison_page_is_what_compare_makes() {
    let (m, plans) = planned();
    let page = caravane::view::tour_page::tour_html(&compare(m, plans), Lang::Fr).unwrap();
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/souss-massa-2025.comparison.html");
    let shipped = std::fs::read_to_string(path).unwrap();
    assert!(
        page == shipped,
        "examples/souss-massa-2025.comparison.html is out of date: regenerate it with the command in docs/commands.md (\"What the planner sees\")"
    );
    assert!(page.contains("<svg") && page.contains("oases-first"));
    // Names are text, not markup.
    let mut c = compare(m, plans);
    c.itineraries[0].name = "<script>alert(1)</script>".into();
    let page = caravane::view::tour_page::tour_html(&c, Lang::Ar).unwrap();
    assert!(!page.contains("<script>") && page.contains("&lt;script&gt;"));
}

#[test]
fn the_comparison_page_speaks_french_english_and_arabic_right_to_left() {
    let (m, plans) = planned();
    let c = compare(m, plans);
    let page = |lang| caravane::view::tour_page::tour_html(&c, lang).unwrap();
    let fr = page(Lang::Fr);
    assert!(fr.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(fr.contains("<h2>Classement</h2>"));
    assert!(fr.contains("3 itinéraires planifiés étape par étape et comparés."));
    assert!(fr.contains("du 7 au 12 novembre 2025"));
    assert!(fr.contains("<bdi>Tata</bdi> → <bdi>Taroudant</bdi> → <bdi>Inezgane</bdi>"));
    assert!(
        fr.contains("420\u{a0}km\n"),
        "distances with a no-break space"
    );
    for english in [
        "Ranking",
        "itineraries planned",
        "turned away",
        "more is better",
    ] {
        assert!(!fr.contains(english), "{english}");
    }
    let en = page(Lang::En);
    assert!(en.contains("<h2>Ranking</h2>") && en.contains("7–12 November 2025"));
    let ar = page(Lang::Ar);
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar.contains("<h2>الترتيب</h2>"));
    assert!(ar.contains("من 7 إلى 12 نونبر 2025"));
    // The route reads right to left, each town kept apart.
    assert!(ar.contains("<bdi>Tata</bdi> ← <bdi>Taroudant</bdi>"));
    // The chart is mirrored: the names of the criteria are anchored on the right.
    let chart = &ar[ar.find("<div class=\"chart\">").unwrap()..];
    let chart = &chart[..chart.find("</svg>").unwrap()];
    assert!(chart.contains("الحاضرون (الأكثر أفضل)"));
    assert!(chart.contains("text-anchor=\"end\""));
    assert!(ar.contains(".chart { direction: ltr; }"));
}

#[test]
fn a_broken_tour_is_told_in_french_and_in_arabic_at_the_same_paths() {
    let mut v = tour_text();
    v["roads"][0]["km"] = serde_json::json!(0);
    v["exhibitors"][0]["home"] = serde_json::json!("Taliouine village");
    v["itineraries"][0]["stops"][1]["from"] = serde_json::json!("2025-11-08");
    v["itineraries"][2]["id"] = serde_json::json!("../elsewhere");
    let text = v.to_string();
    let fr = parse_tour(&text).unwrap_err();
    let ar = caravane::i18n::scoped(caravane::i18n::Lang::Ar, || parse_tour(&text).unwrap_err());
    let at = |all: &[caravane::stop::diagnostic::Diagnostic], path: &str| {
        all.iter()
            .find(|d| d.path == path)
            .unwrap_or_else(|| panic!("{path} not in {all:#?}"))
            .clone()
    };
    assert_eq!(
        fr.iter().map(|d| (d.code, &d.path)).collect::<Vec<_>>(),
        ar.iter().map(|d| (d.code, &d.path)).collect::<Vec<_>>()
    );
    let d = at(&fr, "$.roads[0].km");
    assert_eq!(d.cause, "une route de 0 km");
    assert_eq!(
        d.action,
        "donnez la longueur de la route en km : plus de 0 et au plus 100\u{202f}000"
    );
    let d = at(&fr, "$.exhibitors[0].home");
    assert!(
        d.cause
            .starts_with("ville inconnue «\u{a0}Taliouine village\u{a0}»"),
        "{}",
        d.cause
    );
    assert!(
        d.action.contains("ajoutez la ville à «\u{a0}towns\u{a0}»"),
        "{}",
        d.action
    );
    let d = at(&fr, "$.itineraries[0].stops[1].from");
    assert!(
        d.cause.starts_with("l’étape commence le 8 novembre 2025, avant la fin de l’étape $.itineraries[0].stops[0]"),
        "{}",
        d.cause
    );
    let d = at(&fr, "$.itineraries[2].id");
    assert!(
        d.action.contains("sans / \\ : * ? \" < > |"),
        "{}",
        d.action
    );
    let d = at(&ar, "$.roads[0].km");
    assert!(d.cause.starts_with("طريق طولها"), "{}", d.cause);
    assert!(d.action.contains("100\u{202f}000"), "{}", d.action);
    let d = at(&ar, "$.itineraries[0].stops[1].from");
    assert!(d.cause.contains("8 نونبر 2025"), "{}", d.cause);
}

#[test]
fn why_an_applicant_has_no_place_is_said_in_the_language_asked() {
    let m = souss_massa();
    let stop = m.tour.itineraries[0]
        .stops
        .iter()
        .find(|s| s.venue.starts_with("tiznit"))
        .unwrap();
    let had = vec![0; m.tour.exhibitors.len()];
    let fr = select(&m, stop, &had);
    assert!(!fr.turned_away.is_empty());
    for (_, why) in &fr.turned_away {
        assert!(
            why.starts_with("le quota de ")
                || why.starts_with("les 44 places sont réparties par province ; ")
                || why.starts_with("aucun stand du lieu «\u{a0}"),
            "{why}"
        );
    }
    let en = caravane::i18n::scoped(caravane::i18n::Lang::En, || select(&m, stop, &had));
    assert_eq!(fr.chosen, en.chosen);
    for (_, why) in &en.turned_away {
        assert!(
            why.starts_with("the quota of ")
                || why.starts_with("the 44 places are shared by province; ")
                || why.starts_with("no stand of "),
            "{why}"
        );
    }
}

#[test]
fn stops_planned_on_other_threads_speak_the_language_of_the_caller() {
    let m = souss_massa();
    // One stop, turning exhibitors away, planned on a pool of two threads.
    let mut it = m.tour.itineraries[0].clone();
    it.stops.retain(|s| s.venue.starts_with("tiznit"));
    let options = TourOptions {
        solve: caravane::solve::Options {
            time_limit: Some(1.0),
            ..caravane::solve::Options::default()
        },
        ..TourOptions::default()
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();
    let plans = pool.install(|| {
        caravane::i18n::scoped(caravane::i18n::Lang::En, || {
            plan_itineraries(&m, &[it.clone(), it.clone()], &options, &())
        })
    });
    for p in &plans {
        let away = &p.stops[0].selection.turned_away;
        assert!(!away.is_empty());
        assert!(
            away.iter()
                .all(|(_, why)| why.starts_with("the ") || why.starts_with("no ")),
            "{away:?}"
        );
    }
    let english = caravane::i18n::scoped(caravane::i18n::Lang::En, || compare(&m, &plans));
    let table = caravane::i18n::scoped(caravane::i18n::Lang::En, || english.table());
    assert!(
        table.contains("exhibitors, ") && table.contains(" turned away"),
        "{table}"
    );
}

// ---------------------------------------------------------------------------------------------
// A tour from the planner's spreadsheets.

use caravane::format::{Problem, Tour};
use caravane::sheets::tour::{import_tour, SheetFile, TourSheets, VenueFile};
use std::path::PathBuf;
use std::process::{Command, Output};

fn shipped(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("instances")
        .join(file)
}

fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("caravane-tour-{}-{test}", std::process::id()));
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
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

/// The stop file a planner keeps for a venue of the shipped tour: its square, rooms and one
/// day of slots, with the tour's provinces, families and rules, and no session of its own.
fn venue_stop(t: &Tour, v: usize) -> Problem {
    let venue = &t.venues[v];
    let stop = serde_json::json!({
        "format": "caravane.stop/1",
        "stop": { "name": t.tour.name, "town": venue.town, "venue": venue.name,
                  "from": "2025-11-07", "to": "2025-11-07", "sample_data": t.tour.sample_data },
        "provinces": t.provinces, "families": t.families, "stands": venue.stands,
        "adjacency": venue.adjacency, "exhibitors": [], "rules": t.rules, "rooms": venue.rooms,
        "slots": venue.slots.iter().map(|s| serde_json::json!({
            "id": format!("d1-{}", s.id), "day": "2025-11-07", "start": s.start, "end": s.end,
            "footfall": s.footfall })).collect::<Vec<_>>(),
    });
    parse_problem(&stop.to_string()).expect("a valid venue file")
}

/// The exhibitor sheet of the shipped tour's pool, as the exhibitor import reads it, with the
/// names of the home towns in its « commune » column.
fn pool_sheet(t: &Tour) -> String {
    let mut out = String::from(
        "\u{feff}identifiant;nom;province;famille;forme;femmes;effectif;commune;besoins;ateliers\n",
    );
    let name =
        |list: &[(String, String)], id: &str| list.iter().find(|x| x.0 == id).unwrap().1.clone();
    let provinces: Vec<_> = t
        .provinces
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    let families: Vec<_> = t
        .families
        .iter()
        .map(|f| (f.id.clone(), f.name.clone()))
        .collect();
    let towns: Vec<_> = t
        .towns
        .iter()
        .map(|x| (x.id.clone(), x.name.clone()))
        .collect();
    for e in &t.exhibitors {
        let form = match e.form {
            Some(caravane::format::Form::Cooperative) => "coopérative",
            Some(caravane::format::Form::Association) => "association",
            Some(caravane::format::Form::SocialEnterprise) => "entreprise sociale",
            None => "",
        };
        out.push_str(
            &[
                e.id.clone(),
                e.name.clone(),
                name(&provinces, &e.province),
                name(&families, &e.family),
                form.into(),
                if e.women_led { "oui" } else { "non" }.into(),
                e.staff.to_string(),
                name(&towns, e.home.as_deref().unwrap()),
                e.needs.join(", "),
                e.sessions.join(", "),
            ]
            .join(";"),
        );
        out.push('\n');
    }
    out
}

fn sheet(file: &str) -> SheetFile {
    SheetFile {
        file: file.into(),
        bytes: std::fs::read(shipped(file)).unwrap(),
    }
}

/// The shipped sheets, the shipped tour's pool and venues, and a model stop with its sessions.
fn shipped_sheets(t: &Tour) -> TourSheets {
    let mut like = venue_stop(t, 0);
    like.sessions = t.sessions.clone();
    TourSheets {
        name: Some(t.tour.name.clone()),
        towns: sheet("souss-massa-2025.towns.csv"),
        roads: sheet("souss-massa-2025.roads.csv"),
        itineraries: sheet("souss-massa-2025.itineraries.csv"),
        exhibitors: SheetFile {
            file: "pool.csv".into(),
            bytes: pool_sheet(t).into_bytes(),
        },
        venues: (0..t.venues.len())
            .map(|v| VenueFile {
                town: t
                    .towns
                    .iter()
                    .find(|x| x.id == t.venues[v].town)
                    .unwrap()
                    .name
                    .clone(),
                file: format!("{}.json", t.venues[v].id),
                stop: venue_stop(t, v),
            })
            .collect(),
        like: Some(("like.json".into(), like)),
    }
}

#[test]
fn the_shipped_sheets_give_the_shipped_tour_and_the_same_ranking() {
    let (m, plans) = planned();
    let t = &m.tour;
    let made = import_tour(&shipped_sheets(t)).unwrap_or_else(|r| panic!("{r:?}"));
    // The same towns (with their coordinates), roads, pool, programme and rules.
    assert_eq!(made.towns, t.towns);
    assert_eq!(made.roads, t.roads);
    assert_eq!(made.exhibitors, t.exhibitors);
    assert_eq!(made.sessions, t.sessions);
    assert_eq!(made.rules, t.rules);
    assert_eq!((made.provinces.len(), made.families.len()), (6, 20));
    // The venues: the same squares, named after their town and name.
    assert_eq!(made.venues.len(), 4);
    assert_eq!(made.venues[0].id, "taroudant-place-du-20-aout");
    for (a, b) in made.venues.iter().zip(&t.venues) {
        assert_eq!(
            (&a.town, &a.name, &a.stands, &a.rooms),
            (&b.town, &b.name, &b.stands, &b.rooms)
        );
        assert_eq!(a.slots, b.slots);
    }
    // The itineraries: the same stops, dates, quotas, radius, places and sessions.
    let venue_town = |tour: &Tour, id: &str| {
        tour.venues
            .iter()
            .find(|v| v.id == id)
            .unwrap()
            .town
            .clone()
    };
    assert_eq!(made.itineraries.len(), 3);
    for (a, b) in made.itineraries.iter().zip(&t.itineraries) {
        assert_eq!((&a.id, &a.name), (&b.id, &b.name));
        for (x, y) in a.stops.iter().zip(&b.stops) {
            assert_eq!(venue_town(&made, &x.venue), venue_town(t, &y.venue));
            assert_eq!((&x.from, &x.to, &x.places), (&y.from, &y.to, &y.places));
            assert_eq!(
                (&x.participants, &x.quotas, &x.sessions),
                (&y.participants, &y.quotas, &y.sessions)
            );
        }
    }
    // Planned and compared, the itineraries rank as the shipped tour's do, on the same figures.
    let m2 = TourModel::new(made);
    let plans2 = plan_on(2, &m2, &TourOptions::default());
    let (a, b) = (compare(m, plans), compare(&m2, &plans2));
    let ranks = |c: &caravane::tour::compare::Comparison| {
        c.itineraries
            .iter()
            .map(|f| {
                (
                    f.id.clone(),
                    f.score,
                    f.tour_km,
                    f.exhibitor_km,
                    f.turned_away,
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(ranks(&b), ranks(&a));
    assert_eq!(b.itineraries[0].id, "oases-first");
}

#[test]
fn import_tour_writes_a_tour_that_validate_accepts() {
    let t = souss_massa().tour;
    let dir = scratch("import");
    let mut args: Vec<String> = vec!["import-tour".into()];
    for (flag, file) in [
        ("--towns", "towns"),
        ("--roads", "roads"),
        ("--itineraries", "itineraries"),
    ] {
        args.push(flag.into());
        args.push(format!("instances/souss-massa-2025.{file}.csv"));
    }
    let pool = dir.join("pool.csv");
    std::fs::write(&pool, pool_sheet(&t)).unwrap();
    args.extend(["--exhibitors".into(), pool.display().to_string()]);
    for v in 0..t.venues.len() {
        let file = dir.join(format!("{}.json", t.venues[v].id));
        std::fs::write(&file, serde_json::to_string(&venue_stop(&t, v)).unwrap()).unwrap();
        args.extend([
            "--venue".into(),
            format!("{}={}", t.venues[v].town, file.display()),
        ]);
    }
    let mut like = venue_stop(&t, 0);
    like.sessions = t.sessions.clone();
    let like_file = dir.join("like.json");
    std::fs::write(&like_file, serde_json::to_string(&like).unwrap()).unwrap();
    let out = dir.join("made.tour.json");
    args.extend([
        "--like".into(),
        like_file.display().to_string(),
        "--name".into(),
        "Tournée 2025".into(),
        "-o".into(),
        out.display().to_string(),
    ]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = caravane(&args);
    let said = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{said}");
    assert!(
        said.contains("lu\u{a0}: 16 villes, 20 routes, 68 exposantes et exposants, 4 lieux, 3 itinéraires (12 étapes)"),
        "{said}"
    );
    let v = caravane(&["validate", &out.display().to_string()]);
    assert_eq!(
        v.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&v.stderr)
    );
    let made = read_tour(&out).unwrap();
    assert_eq!(made.tour.name, "Tournée 2025");
    assert!(made.tour.sample_data);
}

/// A sheet with the shipped header and the given rows.
fn with_rows(file: &str, rows: &[&str]) -> SheetFile {
    let text = String::from_utf8(std::fs::read(shipped(file)).unwrap()).unwrap();
    let header = text.lines().next().unwrap();
    SheetFile {
        file: file.into(),
        bytes: format!("{header}\n{}\n", rows.join("\n")).into_bytes(),
    }
}

#[test]
fn every_bad_row_of_every_sheet_is_reported_at_its_line_and_column_with_the_closest_match() {
    let t = souss_massa().tour;
    let mut sheets = shipped_sheets(&t);
    sheets.towns = with_rows(
        "souss-massa-2025.towns.csv",
        &[
            "taroudant;Taroudant;Taroudant;30,4703;-8,877",
            "tata;Tata;Tatta;29,74;-7,97",
            "tiznit;Tiznit;Tiznit;nord;-9,73",
            "inezgane;Inezgane;Inezgane-Aït Melloul;95;-9,53",
            "taliouine;Taliouine;Taroudant;30,53;",
            "agadir;Agadir;Agadir Ida-Outanane;30,42;-9,59",
        ],
    );
    sheets.roads = with_rows(
        "souss-massa-2025.roads.csv",
        &[
            "Taroudant;Tata;250",
            "Taroudant;Tiznitt;170",
            "Inezgane;Taroudant;beaucoup",
            "Agadir;Inezgane;13",
            "Taroudant;Taliouine;85",
        ],
    );
    sheets.itineraries = with_rows(
        "souss-massa-2025.itineraries.csv",
        &[
            "Tour A;a;1;Taroudant;;07/11/2025;12/11/2025;;;;",
            "Tour A;a;2;Tata;;31/11/2025;02/12/2025;;;;",
            "Tour A;a;2;Tiznit;;05/12/2025;08/12/2025;;;;",
            "Tour A;a;3;Marrakech;;10/12/2025;12/12/2025;;;Tiznit : 3;",
        ],
    );
    let reports = import_tour(&sheets).unwrap_err();
    let told: Vec<String> = reports
        .iter()
        .flat_map(|r| {
            r.diagnostics
                .iter()
                .map(move |d| format!("{} {} {}", r.file, d.path, d.cause).replace('\u{a0}', " "))
        })
        .collect();
    let has = |file: &str, at: &str, words: &str| {
        assert!(
            told.iter()
                .any(|x| x.starts_with(file) && x.contains(at) && x.contains(words)),
            "{file} {at} {words}: {told:#?}"
        );
    };
    has(
        "souss-massa-2025.towns.csv",
        "ligne 3, colonne « province »",
        "province inconnue « Tatta » : vouliez-vous dire « tata » ?",
    );
    has(
        "souss-massa-2025.towns.csv",
        "ligne 4, colonne « latitude »",
        "« nord » n’est pas un nombre de degrés",
    );
    has(
        "souss-massa-2025.roads.csv",
        "ligne 3, colonne « à »",
        "ville inconnue « Tiznitt » : vouliez-vous dire « tiznit »",
    );
    has(
        "souss-massa-2025.roads.csv",
        "ligne 4, colonne « km »",
        "« beaucoup »",
    );
    has(
        "souss-massa-2025.itineraries.csv",
        "ligne 3, colonne « du »",
        "« 31/11/2025 » n’est pas une date",
    );
    has(
        "souss-massa-2025.itineraries.csv",
        "ligne 4, colonne « ordre »",
        "l’étape 2 de cet itinéraire est déjà à la ligne 3",
    );
    has(
        "souss-massa-2025.itineraries.csv",
        "ligne 5, colonne « ville »",
        "ville inconnue « Marrakech »",
    );
    // The pool's home towns must be towns of the sheet: Taliouine is, Biougra is not here.
    has(
        "pool.csv",
        "colonne « commune »",
        "ville inconnue « Biougra »",
    );
    assert!(told.len() >= 8);
}

#[test]
fn coordinates_and_tour_rules_are_placed_back_at_their_line_in_the_sheet() {
    let t = souss_massa().tour;
    let mut sheets = shipped_sheets(&t);
    let text = String::from_utf8(sheets.towns.bytes.clone()).unwrap();
    // Line 3 is Inezgane: a latitude beyond the pole; line 4 Aït Melloul: no longitude.
    let text = text
        .replace(
            "inezgane;Inezgane;Inezgane-Aït Melloul;30,3558",
            "inezgane;Inezgane;Inezgane-Aït Melloul;95",
        )
        .replace(";30,3342;-9,4972", ";30,3342;");
    sheets.towns.bytes = text.into_bytes();
    let reports = import_tour(&sheets).unwrap_err();
    assert_eq!(reports.len(), 1, "{reports:#?}");
    let d = &reports[0].diagnostics;
    assert_eq!(reports[0].file, "souss-massa-2025.towns.csv");
    assert_eq!(d.len(), 2, "{d:#?}");
    assert_eq!(d[0].path, "ligne 3, colonne «\u{a0}latitude\u{a0}»");
    assert!(d[0].cause.contains("95"), "{}", d[0].cause);
    assert_eq!(d[1].path, "ligne 4, colonne «\u{a0}longitude\u{a0}»");
    assert!(
        d[1].cause
            .contains("«\u{a0}ait-melloul\u{a0}» n’a pas de longitude"),
        "{}",
        d[1].cause
    );
}

#[test]
fn a_bad_sheet_writes_nothing_and_exits_2() {
    let dir = scratch("bad-sheet");
    let towns = dir.join("villes.csv");
    std::fs::write(&towns, "nom;latitude\nTaroudant;30,47\n").unwrap();
    let roads = dir.join("routes.csv");
    std::fs::write(&roads, "de;à;km\nTaroudant;Tata;deux cents\n").unwrap();
    let out = dir.join("tour.json");
    let o = caravane(&[
        "import-tour",
        "--towns",
        &towns.display().to_string(),
        "--roads",
        &roads.display().to_string(),
        "--itineraries",
        "instances/souss-massa-2025.itineraries.csv",
        "--exhibitors",
        "instances/taroudant-2025.exhibitors.csv",
        "--venue",
        "taroudant=instances/taroudant-2025.problem.json",
        "-o",
        &out.display().to_string(),
    ]);
    let said = String::from_utf8_lossy(&o.stderr).replace('\u{a0}', " ");
    assert_eq!(o.status.code(), Some(2), "{said}");
    assert!(!out.exists());
    // Every sheet's problems at once: the roads, the itineraries, the pool.
    assert!(said.contains("routes.csv: erreur"), "{said}");
    assert!(
        said.contains("« deux cents » n’est pas un nombre de kilomètres"),
        "{said}"
    );
    assert!(said.contains("ville inconnue « Tata »"), "{said}");
    assert!(said.contains("souss-massa-2025.itineraries.csv"), "{said}");
    assert!(said.contains("taroudant-2025.exhibitors.csv"), "{said}");
    assert!(!said.contains("panicked"));
}

#[test]
fn latitude_and_longitude_are_on_the_globe_and_given_together() {
    let mut v = tour_text();
    v["towns"][0]["latitude"] = serde_json::json!(91.5);
    v["towns"][1]["longitude"] = serde_json::json!(-180.5);
    v["towns"][2].as_object_mut().unwrap().remove("longitude");
    let found = parse_tour(&v.to_string()).unwrap_err();
    let at = |path: &str| {
        found
            .iter()
            .find(|d| d.path == path)
            .unwrap_or_else(|| panic!("{path}: {found:#?}"))
    };
    assert!(at("$.towns[0].latitude").cause.contains("91,5"));
    assert!(at("$.towns[0].latitude").action.contains("de −90 à 90"));
    assert!(at("$.towns[1].longitude")
        .cause
        .contains("180,5°, hors de −180° à 180°"));
    assert!(at("$.towns[2].longitude")
        .cause
        .contains("n’a pas de longitude alors qu’elle a une latitude"));
    assert_eq!(found.len(), 3, "{found:#?}");
    // Neither is fine: the town is only left off the map.
    let mut v = tour_text();
    for k in ["latitude", "longitude"] {
        v["towns"][2].as_object_mut().unwrap().remove(k);
    }
    assert!(parse_tour(&v.to_string()).is_ok());
}

/// The `y` of the text that writes `name` in an SVG.
fn text_y(svg: &str, name: &str) -> f64 {
    let end = svg.find(&format!(">{name}</text>")).unwrap();
    let start = svg[..end].rfind("<text").unwrap();
    let tag = &svg[start..end];
    let y = &tag[tag.find(" y=\"").unwrap() + 4..];
    y[..y.find('"').unwrap()].parse().unwrap()
}

#[test]
fn the_map_has_north_up_a_scale_bar_and_every_route_in_its_colour() {
    let (m, plans) = planned();
    let c = compare(m, plans);
    let map = caravane::view::tour_page::map_svg(&c, Lang::Fr);
    // The words of the drawing, each on a line of its own in the file, taken as one text.
    let svg = map
        .svg
        .expect("every town has coordinates")
        .replace('\n', "");
    // North up: Tiznit (29.70° N) below Taroudant (30.47° N), Akka (29.39° N) below Tiznit.
    assert!(text_y(&svg, "Tiznit") > text_y(&svg, "Taroudant"));
    assert!(text_y(&svg, "Akka") > text_y(&svg, "Tiznit"));
    assert!(svg.contains(">N</text>"));
    assert!(svg.contains(">50\u{a0}km</text>"), "a scale bar in km");
    // Each itinerary a route in its colour, its four stops numbered.
    for colour in ["#0072B2", "#E69F00", "#009E73"] {
        assert!(svg.contains(&format!("stroke=\"{colour}\"")), "{colour}");
    }
    assert_eq!(svg.matches(">4</text>").count(), 3);
    // Every town named once.
    for town in &m.tour.towns {
        assert_eq!(
            svg.matches(&format!(">{}</text>", town.name)).count(),
            1,
            "{}",
            town.name
        );
    }
    assert!(map.unmapped.is_empty() && map.left_off.is_empty());
    let ar = caravane::view::tour_page::map_svg(&c, Lang::Ar)
        .svg
        .unwrap()
        .replace('\n', "");
    assert!(ar.contains(">ش</text>") && ar.contains("direction=\"ltr\""));
}

#[test]
fn without_coordinates_on_a_route_the_page_says_so_and_draws_no_map() {
    let (m, plans) = planned();
    let mut c = compare(m, plans);
    let tata = c.towns.iter().position(|t| t.id == "tata").unwrap();
    let akka = c.towns.iter().position(|t| t.id == "akka").unwrap();
    // A home town without coordinates is only left off.
    c.towns[akka].latitude = None;
    c.towns[akka].longitude = None;
    let page = caravane::view::tour_page::tour_html(&c, Lang::Fr).unwrap();
    assert!(page.contains("<div class=\"map\"><svg"));
    assert!(page.contains("Sans coordonnées, hors de la carte\u{a0}: Akka."));
    // A stop town without them: no map, and the page says which.
    c.towns[tata].latitude = None;
    c.towns[tata].longitude = None;
    let page = caravane::view::tour_page::tour_html(&c, Lang::Fr).unwrap();
    assert!(!page.contains("<div class=\"map\">"));
    assert!(
        page.contains("Pas de carte\u{a0}: Tata n’a pas de coordonnées."),
        "{page}"
    );
    let ar = caravane::view::tour_page::tour_html(&c, Lang::Ar).unwrap();
    let said = &ar[ar.find("<p>لا خريطة: ليس لـ").expect("no map, in Arabic")..];
    assert!(said[..said.find("</p>").unwrap()].contains("Tata"));
}

#[test]
fn the_page_says_what_each_criterion_means_and_who_was_turned_away_and_why() {
    let (m, plans) = planned();
    let c = compare(m, plans);
    let fr = caravane::view::tour_page::tour_html(&c, Lang::Fr).unwrap();
    for meaning in [
        "de la commune de l’exposant jusqu’à l’étape (aller simple)",
        "0\u{a0}% est exactement le mélange régional",
        "L’indice de Gini de ces passages sur un stand privilégié",
        "Les kilomètres que le marché parcourt",
    ] {
        assert!(fr.contains(meaning), "{meaning}");
    }
    // Every applicant turned away at every stop is named, under the reason given for it.
    let mut named = 0;
    for f in &c.itineraries {
        for s in &f.stops {
            for a in &s.turned_away_reasons {
                let at = fr
                    .find(&minijinja_escape(&a.reason))
                    .expect("the reason is written");
                assert!(fr[at..].contains(&format!("<bdi>{}</bdi>", minijinja_escape(&a.name))));
                named += 1;
            }
        }
    }
    assert_eq!(
        named,
        c.itineraries.iter().map(|f| f.turned_away).sum::<usize>()
    );
    assert!(named > 0);
    assert!(fr.contains("<h3>Qui n’a pas eu de place, et pourquoi</h3>"));
    assert!(fr.contains("16 candidatures sans place"));
    let ar = caravane::view::tour_page::tour_html(&c, Lang::Ar).unwrap();
    assert!(ar.contains("<h3>من لم ينل مكانًا، ولماذا</h3>"));
    assert!(ar.contains("معامل جيني لتلك المحطات"));
}

/// Text as the page escapes it.
fn minijinja_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
}

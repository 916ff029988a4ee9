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
    let chart = &ar[ar.find("<svg").unwrap()..ar.find("</svg>").unwrap()];
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

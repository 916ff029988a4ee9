//! The shipped stops are real enough to plan on: they parse, validate and round-trip, and hold
//! what the seed article and the region say.

use caravane::stop::load::{parse_problem, read_problem};
use caravane::stop::model::Stop;
use std::path::{Path, PathBuf};

fn shipped() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("instances"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().ends_with(".problem.json"))
            .collect();
    files.sort();
    files
}

#[test]
fn every_shipped_stop_validates_and_round_trips() {
    let files = shipped();
    assert!(files.len() >= 3, "taroudant, tiznit and tata at least");
    for f in files {
        let p = read_problem(&f).unwrap_or_else(|r| panic!("{r}"));
        let again = parse_problem(&serde_json::to_string_pretty(&p).unwrap()).unwrap();
        assert_eq!(p, again, "{} does not round-trip", f.display());
        assert!(
            p.stop.sample_data,
            "{} holds invented exhibitors and must say so",
            f.display()
        );
    }
}

fn stop(name: &str) -> Stop {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("instances")
        .join(format!("{name}.problem.json"));
    Stop::new(name, &read_problem(&path).unwrap())
}

#[test]
fn taroudant_is_the_stop_of_the_article() {
    let s = stop("taroudant-2025");
    assert_eq!(s.info.town, "Taroudant");
    assert_eq!(s.info.venue, "Place du 20 Août");
    assert_eq!(
        (s.info.from.as_str(), s.info.to.as_str()),
        ("2025-11-07", "2025-11-12")
    );
    assert_eq!(s.exhibitors.len(), 60);
    assert!((64..=72).contains(&s.stands.len()));
    let counts = s.province_counts();
    assert_eq!(s.provinces.len(), 6);
    assert!(
        counts.iter().all(|&n| n > 0),
        "every province of Souss-Massa exhibits"
    );
    let host = s
        .provinces
        .iter()
        .position(|p| p.id == "taroudant")
        .unwrap();
    assert!(
        counts
            .iter()
            .enumerate()
            .all(|(p, &n)| p == host || n < counts[host]),
        "the host has the largest share"
    );
    let ids: Vec<&str> = s.sessions.iter().map(|x| x.id.as_str()).collect();
    assert!(ids.contains(&"financing") && ids.contains(&"networking"));
    assert!(s.sessions.len() >= 4);
    assert!(s.stands.iter().any(|x| x.is_prime()));
    assert!(s.stands.iter().any(|x| x.tags.contains("double")));
    assert!(s.zones.len() >= 3);
}

#[test]
fn the_other_towns_have_their_own_venue_and_mix() {
    for (name, host) in [("tiznit-2025", "tiznit"), ("tata-2025", "tata")] {
        let s = stop(name);
        let counts = s.province_counts();
        let h = s.provinces.iter().position(|p| p.id == host).unwrap();
        assert_eq!(s.provinces.len(), 6, "{name}");
        assert!(
            counts
                .iter()
                .enumerate()
                .all(|(p, &n)| p == h || n < counts[h]),
            "{name}: the host has the largest share"
        );
        assert!(
            s.venue.edges().count() > s.stands.len() / 2,
            "{name}: the venue has neighbours"
        );
    }
}

#[test]
fn a_generated_stop_of_a_thousand_exhibitors_validates() {
    use caravane::stop::generate::{generate, Spec};
    let p = generate(Spec {
        exhibitors: 1000,
        sessions: None,
        days: None,
        seed: 42,
    });
    let text = serde_json::to_string(&p).unwrap();
    let p = parse_problem(&text).unwrap_or_else(|d| panic!("{d:#?}"));
    assert_eq!(p.exhibitors.len(), 1000);
    let spare = p.stands.len() - p.exhibitors.len();
    assert!(
        (30..=80).contains(&spare),
        "about 5 % spare stands, got {spare}"
    );
    let s = Stop::new("g", &p);
    let shares = s.shares();
    let taroudant = s
        .provinces
        .iter()
        .position(|p| p.id == "taroudant")
        .unwrap();
    assert!((shares[taroudant] - 0.30).abs() < 1e-9);
}

#[test]
fn generation_is_deterministic_for_a_seed() {
    use caravane::stop::generate::{generate, Spec};
    let a = serde_json::to_string(&generate(Spec {
        exhibitors: 200,
        sessions: Some(8),
        days: None,
        seed: 5,
    }))
    .unwrap();
    let b = serde_json::to_string(&generate(Spec {
        exhibitors: 200,
        sessions: Some(8),
        days: None,
        seed: 5,
    }))
    .unwrap();
    let c = serde_json::to_string(&generate(Spec {
        exhibitors: 200,
        sessions: Some(8),
        days: None,
        seed: 6,
    }))
    .unwrap();
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn generated_stops_of_many_sizes_validate() {
    use caravane::stop::generate::{generate, Spec};
    for n in [1, 5, 30, 60, 150, 400] {
        for seed in 0..3 {
            let p = generate(Spec {
                exhibitors: n,
                sessions: None,
                days: None,
                seed,
            });
            parse_problem(&serde_json::to_string(&p).unwrap())
                .unwrap_or_else(|d| panic!("n={n} seed={seed}: {d:#?}"));
        }
    }
}

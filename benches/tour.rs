//! Itineraries planned in parallel, measured: twenty itineraries of two stops each (24 places
//! per stop, sessions included), built from the venues and the pool of the shipped Souss-Massa
//! tour, planned on a rayon pool of one thread and of two. The ratio of the two medians is the
//! parallel speed-up (BENCHMARKS.md). Then the shipped tour itself, its three itineraries of
//! four stops planned as `caravane compare` plans them, on one thread and on two.
//!
//! Run with `cargo bench --bench tour`.

use caravane::format::{Itinerary, Participants, TourStop};
use caravane::stop::load::read_tour;
use caravane::tour::{plan_itineraries, TourModel, TourOptions};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

/// Twenty itineraries: every ordered pair of distinct venues, and more pairs with a radius.
fn twenty_itineraries(m: &TourModel) -> Vec<Itinerary> {
    let venues: Vec<String> = m.tour.venues.iter().map(|v| v.id.clone()).collect();
    let dates = [("2025-11-07", "2025-11-09"), ("2025-11-21", "2025-11-23")];
    let mut out = Vec::new();
    'all: for radius in [None, Some(200.0)] {
        for a in &venues {
            for b in &venues {
                if a == b {
                    continue;
                }
                if out.len() == 20 {
                    break 'all;
                }
                let stop = |venue: &str, (from, to): (&str, &str)| TourStop {
                    venue: venue.into(),
                    from: from.into(),
                    to: to.into(),
                    participants: radius.map_or(Participants::Everyone, Participants::WithinKm),
                    places: Some(24),
                    quotas: Default::default(),
                    sessions: Some(vec!["financing".into(), "labels".into()]),
                };
                out.push(Itinerary {
                    id: format!("it-{}", out.len() + 1),
                    name: None,
                    stops: vec![stop(a, dates[0]), stop(b, dates[1])],
                });
            }
        }
    }
    out
}

/// The shipped tour, read.
fn shipped() -> TourModel {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances/souss-massa-2025.tour.json");
    TourModel::new(read_tour(&path).expect("the shipped tour is valid"))
}

/// Times the planning of `itineraries` on a rayon pool of one thread, then of two; every stop
/// must be planned.
fn on_one_thread_and_two(
    c: &mut Criterion,
    name: &str,
    seconds: u64,
    m: &TourModel,
    itineraries: &[Itinerary],
) {
    let options = TourOptions::default();
    let mut group = c.benchmark_group(name);
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(seconds));
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a pool");
        group.bench_with_input(BenchmarkId::new("threads", threads), &threads, |b, _| {
            b.iter(|| {
                let plans =
                    pool.install(|| plan_itineraries(m, black_box(itineraries), &options, &()));
                assert!(plans
                    .iter()
                    .flat_map(|p| &p.stops)
                    .all(|s| s.solution.is_ok()));
                plans
            })
        });
    }
    group.finish();
}

fn parallel_itineraries(c: &mut Criterion) {
    let m = shipped();
    let itineraries = twenty_itineraries(&m);
    assert_eq!(itineraries.len(), 20);
    on_one_thread_and_two(c, "tour-20-itineraries", 60, &m, &itineraries);
}

fn shipped_tour(c: &mut Criterion) {
    let m = shipped();
    let itineraries = m.tour.itineraries.clone();
    on_one_thread_and_two(c, "tour-shipped", 40, &m, &itineraries);
}

criterion_group!(benches, parallel_itineraries, shipped_tour);
criterion_main!(benches);

//! The trade-off explorer, measured: the clash–balance front of the shipped Taroudant stop, and
//! the moves–objective front of Taroudant after one withdrawal (the ninth exhibitor of the
//! announced plan), every point proven and checked. Targets: each under 10 s.
//!
//! Run with `cargo bench --bench tradeoffs`.

use caravane::planning::tradeoffs::{clash_balance_front, moves_objective_front};
use caravane::solve::Options;
use caravane::stop::load::{read_problem, read_solution};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

fn fronts(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances");
    let problem = read_problem(&dir.join("taroudant-2025.problem.json")).expect("stop");
    let announced = read_solution(&dir.join("taroudant-2025.solution.json")).expect("solution");
    let mut changed = problem.clone();
    let gone = announced.assignments[8].exhibitor.clone();
    changed.exhibitors.retain(|e| e.id != gone);
    let mut group = c.benchmark_group("tradeoffs");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(30));
    group.bench_function("taroudant-clash-balance", |b| {
        b.iter(|| {
            let front = clash_balance_front(
                "taroudant-2025",
                black_box(&problem),
                &Options::default(),
                &(),
            )
            .expect("front");
            assert!(front.complete);
        })
    });
    group.bench_function("taroudant-withdrawal-moves-objective", |b| {
        b.iter(|| {
            let front = moves_objective_front(
                "taroudant-2025",
                black_box(&changed),
                &announced,
                &Options::default(),
                &(),
            )
            .expect("front");
            assert!(front.complete);
        })
    });
    group.finish();
}

criterion_group!(benches, fronts);
criterion_main!(benches);

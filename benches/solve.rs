//! The stand solve, measured: the Taroudant stop, the same stop with the province, women-led
//! exhibitors and legal forms balanced over the zones and the prime stands, and generated stops
//! of 200 and 400 exhibitors.
//!
//! Run with `cargo bench --bench solve`. Each iteration is a whole stand solve (matching,
//! counts, search and, where needed, the MILPs) followed by the independent check; the sessions
//! have their own bench (`benches/sessions.rs`).

use caravane::planning::stop::{plan_parts, Parts};
use caravane::solve::Options;
use caravane::stop::generate::{generate, Spec};
use caravane::stop::load::{parse_problem, read_problem};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

fn solves(c: &mut Criterion) {
    let taroudant = read_problem(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("instances/taroudant-2025.problem.json"),
    )
    .expect("shipped stop");
    let mut group = c.benchmark_group("solve");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(15));
    group.bench_function("taroudant-2025", |b| {
        b.iter(|| {
            plan_parts(
                "taroudant-2025",
                black_box(&taroudant),
                &Options::default(),
                &(),
                Parts::Stands,
            )
            .expect("agrees")
        })
    });
    // Three attributes balanced on both sides: the count model groups by profile.
    let mut text: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("instances/taroudant-2025.problem.json"),
        )
        .expect("shipped stop"),
    )
    .expect("JSON");
    text["rules"]["balance"] = serde_json::json!([
        {"attribute": "province", "over": "both"},
        {"attribute": "women_led", "over": "both", "weight": 2},
        {"attribute": "form", "over": "both", "weight": 1}
    ]);
    let balanced = parse_problem(&text.to_string()).expect("a valid stop");
    group.bench_function("taroudant-2025-three-attributes", |b| {
        b.iter(|| {
            let planned = plan_parts(
                "taroudant-2025",
                black_box(&balanced),
                &Options::default(),
                &(),
                Parts::Stands,
            )
            .expect("agrees");
            assert_eq!(planned.solution.status, caravane::format::Status::Optimal);
            planned
        })
    });
    for n in [200, 400] {
        let problem = generate(Spec {
            exhibitors: n,
            sessions: None,
            days: None,
            seed: 1,
        });
        let name = format!("generated-{n}");
        group.bench_function(&name, |b| {
            b.iter(|| {
                plan_parts(
                    &name,
                    black_box(&problem),
                    &Options::default(),
                    &(),
                    Parts::Stands,
                )
                .expect("agrees")
            })
        });
    }
    group.finish();
}

criterion_group!(benches, solves);
criterion_main!(benches);

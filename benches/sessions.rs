//! The timetable solve, measured: a stop of 60 exhibitors with 8 sessions in 12 slots, and a
//! stop of 400 exhibitors with 30 sessions (its timetable under a 10-second limit: the bench
//! measures what a planner waits for; BENCHMARKS.md gives the gap it reaches).
//!
//! Run with `cargo bench --bench sessions`. The stands are planned once, outside the timing;
//! each iteration schedules the sessions given them (`--only sessions`) and checks the result.
//!
//! The group `whole-plans` times what `caravane solve` does with default options: stands, then
//! sessions, then the check, on the shipped Taroudant stop and on generated stops of 200
//! exhibitors with 15 sessions and 400 with 30 (seed 2).

use caravane::planning::stop::{plan_parts, Parts};
use caravane::solve::Options;
use caravane::stop::generate::{generate, Spec};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::time::Duration;

fn timetables(c: &mut Criterion) {
    let mut group = c.benchmark_group("sessions");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    for (n, sessions, days, limit) in [(60, 8, 4, None), (400, 30, 5, Some(10.0))] {
        let problem = generate(Spec {
            exhibitors: n,
            sessions: Some(sessions),
            days: Some(days),
            seed: 1,
        });
        let name = format!("generated-{n}-{sessions}s-{}slots", 3 * days);
        let stands = plan_parts(&name, &problem, &Options::default(), &(), Parts::Stands)
            .expect("stands")
            .solution;
        let options = Options {
            time_limit: limit,
            ..Options::default()
        };
        group.bench_function(&name, |b| {
            b.iter(|| {
                plan_parts(
                    &name,
                    black_box(&problem),
                    &options,
                    &(),
                    Parts::Sessions { layout: &stands },
                )
                .expect("agrees")
            })
        });
    }
    group.finish();
}

fn whole_plans(c: &mut Criterion) {
    let mut group = c.benchmark_group("whole-plans");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("instances/taroudant-2025.problem.json");
    let taroudant = caravane::stop::load::read_problem(&path).expect("the shipped stop");
    let mut stops = vec![("taroudant-2025".to_string(), taroudant)];
    for (n, sessions) in [(200, 15), (400, 30)] {
        let problem = generate(Spec {
            exhibitors: n,
            sessions: Some(sessions),
            days: None,
            seed: 2,
        });
        stops.push((format!("generated-{n}-{sessions}s-seed2"), problem));
    }
    for (name, problem) in &stops {
        group.bench_function(name, |b| {
            b.iter(|| {
                let planned = plan_parts(
                    name,
                    black_box(problem),
                    &Options::default(),
                    &(),
                    Parts::Whole,
                )
                .expect("agrees");
                assert_eq!(planned.solution.status, caravane::format::Status::Optimal);
                planned
            })
        });
    }
    group.finish();
}

criterion_group!(benches, timetables, whole_plans);
criterion_main!(benches);

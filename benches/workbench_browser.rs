//! The workbench in a real Chromium, measured: the page updated after a drag on the Taroudant
//! plan (from the pointer's release to the plan and tables redrawn, as the page records it in
//! `window.caravaneTimings`), and a stop of 300 exhibitors opened (from the start of the
//! navigation to every stand of the plan ready to be dragged).
//!
//! Run with `cargo bench --bench workbench_browser` (Debian's `chromium` and `chromedriver`
//! needed). It prints the median and the slowest of each; the figures are in BENCHMARKS.md.

#[path = "../tests/support/workbench.rs"]
mod workbench;

use caravane::planning::stop::plan;
use caravane::serve::workspace::State;
use caravane::solve::Options;
use caravane::stop::generate::{generate, Spec};
use caravane::stop::load::{parse_problem, parse_solution};
use std::time::Duration;
use workbench::*;

fn summary(what: &str, mut ms: Vec<f64>) {
    ms.sort_by(f64::total_cmp);
    println!(
        "{what}: median {:.1} ms, slowest {:.1} ms ({} runs)",
        ms[ms.len() / 2],
        ms[ms.len() - 1],
        ms.len()
    );
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let state = state();
        let large = generate(Spec { exhibitors: 300, sessions: None, days: None, seed: 1 });
        let planned = plan("generated-300", &large, &Options::default(), &()).expect("a plan");
        let (taroudant, big, first, second) = {
            let mut ws = state.shared().workspace.lock().expect("the workspace");
            let problem = parse_problem(&instance("taroudant-2025.problem.json")).expect("shipped");
            let solution = parse_solution(&instance("taroudant-2025.solution.json")).expect("shipped");
            let stand = |i: usize| solution.assignments[i].stand.clone();
            let (first, second) = (stand(0), stand(1));
            let t = ws.create_stop("taroudant-2025", &problem, Some(&solution), State::Solved).expect("added");
            let g = ws.create_stop("generated-300", &large, Some(&planned.solution), State::Solved).expect("added");
            (t, g, first, second)
        };
        let browser = Browser::start("workbench-timings", state, "fr").await;
        browser
            .run(move |b| async move {
                b.goto(&format!("/stops/{taroudant}")).await;
                b.find(".stand-hit.occupied").await;
                for i in 0..20 {
                    let (from, to) = if i % 2 == 0 { (&first, &second) } else { (&second, &first) };
                    let before = b.js("return window.caravaneTimings.length").await.as_u64().unwrap_or(0);
                    b.drag(from, to).await;
                    for _ in 0..300 {
                        if b.js("return window.caravaneTimings.length").await.as_u64().unwrap_or(0) > before {
                            break;
                        }
                        tokio::time::sleep(Duration::from_millis(20)).await;
                    }
                }
                let timings = b.js("return window.caravaneTimings.map(t => t.ms)").await;
                let ms: Vec<f64> = timings.as_array().expect("timings").iter().filter_map(|v| v.as_f64()).collect();
                assert_eq!(ms.len(), 20, "every drag recorded");
                summary("drag on Taroudant, page updated", ms);
                let mut opened = Vec::new();
                for _ in 0..5 {
                    b.goto(&format!("/stops/{big}")).await;
                    loop {
                        let ready = b
                            .js("return document.querySelectorAll('.stand-hit').length > 0 && typeof Caravane !== 'undefined' && Caravane.stop.data ? performance.now() : null")
                            .await;
                        if let Some(t) = ready.as_f64() {
                            opened.push(t);
                            break;
                        }
                        tokio::time::sleep(Duration::from_millis(10)).await;
                    }
                }
                summary("stop of 300 exhibitors, page usable", opened);
            })
            .await;
    });
}

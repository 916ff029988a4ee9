//! The README's pictures of the workbench, taken anew: `cargo run --release --example
//! screenshots` opens the shipped Taroudant stop in a headless Chromium (Debian's `chromium`
//! and `chromedriver`), makes one change by hand with the mouse, and writes the pictures into
//! `docs/screenshots/`: the workspace, the plan after the change (French), the same page in
//! Arabic.

#[path = "../tests/support/workbench.rs"]
mod workbench;

use caravane::serve::workspace::State;
use caravane::stop::load::{parse_problem, parse_solution};
use std::path::PathBuf;
use std::time::Duration;
use workbench::*;

async fn shot(b: &Browser, name: &str) {
    tokio::time::sleep(Duration::from_millis(400)).await;
    let png = b.client.screenshot().await.expect("a screenshot");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots");
    std::fs::create_dir_all(&dir).expect("docs/screenshots");
    let path = dir.join(format!("{name}.png"));
    std::fs::write(&path, png).expect("written");
    println!(
        "{}",
        path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(&path)
            .display()
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
        let (id, from, to) = {
            let mut ws = state.shared().workspace.lock().expect("the workspace");
            let problem = parse_problem(&instance("taroudant-2025.problem.json")).expect("shipped");
            let solution =
                parse_solution(&instance("taroudant-2025.solution.json")).expect("shipped");
            let (from, to) = (
                solution.assignments[0].stand.clone(),
                solution.assignments[5].stand.clone(),
            );
            let id = ws
                .create_stop("taroudant-2025", &problem, Some(&solution), State::Solved)
                .expect("added");
            (id, from, to)
        };
        let browser = Browser::start("screenshots", state, "fr").await;
        browser
            .run(move |b| async move {
                b.find("#stop-list a, #stop-list tr").await;
                shot(&b, "workspace").await;
                b.goto(&format!("/stops/{id}")).await;
                b.drag(&from, &to).await;
                b.text_until("#stop-state", |t| t.contains("main")).await;
                shot(&b, "plan-after-a-swap").await;
                b.goto(&format!("/stops/{id}?lang=ar")).await;
                b.find(".stand-hit.occupied").await;
                shot(&b, "plan-arabic").await;
            })
            .await;
    });
}

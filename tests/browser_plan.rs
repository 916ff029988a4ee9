//! The interactive plan in a real Chromium: the shipped Taroudant stop, an exhibitor dragged
//! onto a free stand with the pointer, the new total and « modifié à la main », undo, a swap
//! by drag, a pin by click; the same page in Arabic, right to left.

#[path = "support/workbench.rs"]
mod workbench;

use caravane::serve::workspace::State;
use caravane::stop::load::{parse_problem, parse_solution};
use workbench::*;

/// A server's state holding the shipped Taroudant stop with its shipped solution.
fn taroudant() -> caravane::serve::AppState {
    let state = state();
    let problem = parse_problem(&instance("taroudant-2025.problem.json")).expect("the stop");
    let solution = parse_solution(&instance("taroudant-2025.solution.json")).expect("a layout");
    state
        .shared()
        .workspace
        .lock()
        .unwrap()
        .create_stop("taroudant-2025", &problem, Some(&solution), State::Solved)
        .expect("a stop");
    state
}

fn hit(stand: &str) -> String {
    format!("#plan .stand-hit[data-stand=\"{stand}\"]")
}

/// Drags stand `from` onto stand `to` with the pointer: down, a few moves, up.
async fn drag(b: &Browser, from: &str, to: &str) {
    b.drag(from, to).await;
}

async fn stand_of(b: &Browser, exhibitor: &str) -> String {
    b.js(&format!(
        "return Caravane.stop.data.exhibitors.find(x => x.id === '{exhibitor}').stand"
    ))
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_planner_drags_swaps_undoes_and_pins_on_the_plan() {
    let browser = Browser::start("plan", taroudant(), "fr").await;
    browser
        .run(|b| async move {
            b.goto("/stops/1").await;
            b.find(&hit("C04")).await;
            let state = b.text_until("#stop-state", |t| !t.is_empty()).await;
            assert_eq!(state, "calculé");
            let total_before = b.text_until("#total", |t| t.starts_with("Total")).await;

            // Coopérative Tifawin (C04) onto the free stand B11.
            drag(&b, "C04", "B11").await;
            b.text_until("#stop-state", |t| t == "modifié à la main").await;
            assert_eq!(stand_of(&b, "coop-tifawin").await, "B11");
            let total_after = b.text_until("#total", |t| t.starts_with("Total")).await;
            let claimed = b
                .js("return new Intl.NumberFormat('fr', {maximumFractionDigits: 2}).format(Caravane.stop.data.claim.total)")
                .await;
            assert!(
                total_after.contains(claimed.as_str().unwrap()),
                "{total_after} vs {claimed}"
            );
            let last = b
                .text_until("#changes tr[data-term=\"total\"]", |t| !t.is_empty())
                .await;
            assert!(last.contains("Total"), "{last}");
            let moved = b.find("#changes ul.moves li").await.text().await.unwrap();
            assert!(moved.contains("C04") && moved.contains("B11"), "{moved}");
            b.screenshot("plan-moved-fr").await;
            b.js("document.getElementById('changes').scrollIntoView(); return null")
                .await;
            b.screenshot("plan-changes-fr").await;
            b.js("document.getElementById('zone-table').scrollIntoView(); return null")
                .await;
            b.screenshot("plan-zones-fr").await;

            // Undo: back where it was.
            b.find("#undo").await.click().await.unwrap();
            b.text_until("#stop-state", |t| t == "calculé").await;
            assert_eq!(stand_of(&b, "coop-tifawin").await, "C04");
            assert_eq!(
                b.text_until("#total", |t| t.starts_with("Total")).await,
                total_before
            );

            // Swap Tifawin (C04) and Zaafrane Askaoun (A04) by dragging one onto the other.
            drag(&b, "C04", "A04").await;
            b.text_until("#stop-state", |t| t == "modifié à la main").await;
            assert_eq!(stand_of(&b, "coop-tifawin").await, "A04");
            assert_eq!(stand_of(&b, "coop-zaafrane-askaoun").await, "C04");

            // Select Tifawin by a click on its stand, then pin it.
            b.find(&hit("A04")).await.click().await.unwrap();
            b.text_until("#details .exhibitor-name", |t| {
                t.contains("Coopérative Tifawin")
            })
            .await;
            b.find("#details #pin").await.click().await.unwrap();
            b.find(".pin-mark[data-exhibitor=\"coop-tifawin\"]").await;
            b.text_until("#details dl.facts", |t| t.contains("épinglé au stand A04"))
                .await;
            b.screenshot("plan-fr").await;

            let timings = b.js("return window.caravaneTimings").await;
            let timings = timings.as_array().expect("timings").clone();
            assert_eq!(timings.len(), 2, "{timings:?}");
            for t in &timings {
                let ms = t["ms"].as_f64().unwrap();
                eprintln!("{}: pointer up to plan redrawn in {ms:.0} ms", t["kind"]);
            }

            // The stewards' sheet of the plan on screen, through the page's own link.
            let link = b.find("#toolbar-downloads a[data-kind=\"export\"]").await;
            let href = link.attr("href").await.unwrap().expect("a link");
            assert!(href.ends_with("/download/export"), "{href}");
            let sheet = b
                .js(&format!(
                    "return fetch('{href}', {{credentials: 'same-origin'}}).then(r => r.text())"
                ))
                .await;
            let sheet = sheet.as_str().expect("the sheet's text");
            assert!(sheet.contains("coop-tifawin"), "{sheet}");
            let tifawin = sheet.lines().find(|l| l.contains("coop-tifawin")).unwrap();
            let stand = stand_of(&b, "coop-tifawin").await;
            assert!(
                tifawin.contains(&format!(";{stand};")),
                "the sheet has the plan on screen ({stand}): {tifawin}"
            );

            // The same page in Arabic, right to left.
            b.goto("/stops/1?lang=ar").await;
            b.find(".pin-mark[data-exhibitor=\"coop-tifawin\"]").await;
            assert_eq!(b.js("return document.documentElement.dir").await, "rtl");
            b.text_until("#stop-state", |t| t == "معدَّل يدويًا").await;
            b.find(&hit("A04")).await.click().await.unwrap();
            b.text_until("#details .exhibitor-name", |t| {
                t.contains("Coopérative Tifawin")
            })
            .await;
            b.screenshot("plan-ar").await;
            b.js("document.getElementById('zone-table').scrollIntoView(); return null")
                .await;
            b.screenshot("plan-zones-ar").await;
        })
        .await;
}

//! The workbench's long jobs and late changes in a real Chromium: solve with live progress,
//! re-solve keeping a pin, withdraw one and re-plan with the moves listed, the same page in
//! Arabic.

#[path = "support/workbench.rs"]
mod workbench;

use caravane::format::Pin;
use caravane::serve::workspace::{Edit, State};
use caravane::stop::load::parse_problem;
use fantoccini::Locator;
use workbench::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn solve_pin_resolve_withdraw_and_replan_in_the_browser() {
    let state = state();
    let problem = parse_problem(&instance("taroudant-2025.problem.json")).unwrap();
    let id = state
        .shared()
        .workspace
        .lock()
        .unwrap()
        .create_stop("taroudant-2025", &problem, None, State::Empty)
        .unwrap();
    let shared = state.clone();
    let browser = Browser::start("jobs-solve", state, "fr").await;
    browser
        .run(move |b| async move {
            b.goto(&format!("/stops/{id}")).await;
            let button = b.find("#solve").await;
            assert_eq!(button.text().await.unwrap(), "Calculer");
            button.click().await.unwrap();
            b.find("#progress .stages li").await;
            let message = b.text_until("#job-message", |t| !t.is_empty()).await;
            assert!(message.contains("optimal"), "{message}");
            let best = b.find("#job-best").await.text().await.unwrap();
            assert_eq!(best, "12,3", "{best}");
            b.screenshot("jobs-solved-fr").await;
            // Pin one exhibitor onto another's stand, then solve again keeping the pin.
            let stand = {
                let mut ws = shared.shared().workspace.lock().unwrap();
                let w = ws.working(id).unwrap();
                let solution = w.solution.clone().unwrap();
                let theirs = solution
                    .assignments
                    .iter()
                    .find(|a| a.exhibitor == "coop-zaafrane-askaoun")
                    .unwrap()
                    .stand
                    .clone();
                let mut pinned = w.problem.clone();
                pinned.pins.push(Pin {
                    exhibitor: "coop-tifawin".into(),
                    stand: theirs.clone(),
                });
                ws.change(id, w.revision, "pin", "pin", |_| {
                    Ok(Edit {
                        problem: Some(pinned),
                        solution: Some(solution),
                        state: State::Hand,
                        base_version: None,
                    })
                })
                .unwrap();
                theirs
            };
            b.goto(&format!("/stops/{id}")).await;
            b.text_until("#solve", |t| t.contains("épingles")).await;
            b.find("#solve").await.click().await.unwrap();
            b.text_until("#job-message", |t| t.contains("optimal"))
                .await;
            {
                let ws = shared.shared().workspace.lock().unwrap();
                let w = ws.working(id).unwrap();
                let on = w
                    .solution
                    .unwrap()
                    .assignments
                    .iter()
                    .find(|a| a.exhibitor == "coop-tifawin")
                    .unwrap()
                    .stand
                    .clone();
                assert_eq!(on, stand, "the pin is kept");
            }
            // The planner saves this layout, withdraws one, then re-plans with the fewest moves.
            {
                let mut ws = shared.shared().workspace.lock().unwrap();
                let revision = ws.working(id).unwrap().revision;
                ws.save_version(id, revision, "avant les retraits").unwrap();
            }
            b.goto(&format!("/stops/{id}")).await;
            b.text_until("#withdraw-who", |t| t.contains("Tifawin"))
                .await;
            b.js("document.getElementById('withdraw-who').value = 'coop-sidi-hssaine'; return 1")
                .await;
            b.find("#withdraw").await.click().await.unwrap();
            b.text_until("#notices", |t| t.contains("retiré")).await;
            b.find("#replan").await.click().await.unwrap();
            let moves = b.text_until("#moves h3", |t| !t.is_empty()).await;
            assert!(moves.starts_with("Déplacements"), "{moves}");
            b.text_until("#moves", |t| {
                t.contains("Partis") && t.contains("coop-sidi-hssaine")
            })
            .await;
            b.client.find(Locator::Css("#save-version")).await.unwrap();
            b.screenshot("jobs-replanned-fr").await;
            // The same page in Arabic, right to left.
            b.goto(&format!("/stops/{id}?lang=ar")).await;
            assert_eq!(b.js("return document.documentElement.dir").await, "rtl");
            let solve = b.text_until("#solve", |t| !t.is_empty()).await;
            assert_eq!(solve, "أعد الحساب مع الإبقاء على التثبيتات");
            b.find("#programme table").await;
            b.screenshot("jobs-ar").await;
        })
        .await;
}

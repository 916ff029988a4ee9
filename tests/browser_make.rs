//! The workspace page in a real browser: the shipped sheets sent through the file inputs, a
//! refusal shown beside the sheet's rows, the venue drawn before saving, the stop made and
//! opened; the rules page; a tour compared; the same pages in Arabic, right to left.

#[path = "support/workbench.rs"]
mod workbench;

use caravane::serve::workspace::State;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use workbench::*;

fn shipped(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("instances")
        .join(name)
        .display()
        .to_string()
}

async fn choose(b: &Browser, css: &str, file: &str) {
    b.find(css)
        .await
        .send_keys(&shipped(file))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"));
}

async fn click(b: &Browser, css: &str) {
    b.find(css)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_shipped_sheets_make_a_stop_in_the_browser() {
    let state = state();
    let browser = Browser::start("make-stop", state.clone(), "fr").await;
    browser
        .run(|b| async move {
            b.find("#pane-sheets").await;
            choose(
                &b,
                "input[name=exhibitors]",
                "taroudant-2025.exhibitors.csv",
            )
            .await;
            choose(&b, "input[name=stands]", "taroudant-2025.stands.csv").await;
            b.js(r#"
                const set = (n, v) => { document.querySelector(`input[name=${n}]`).value = v; };
                set("town", "Taroudant"); set("place", "Place du 20 Août");
                set("from", "2025-11-07"); set("to", "2025-11-12");
                set("title", "Marché itinérant ESS — Taroudant 2025");
                return true;"#)
                .await;
            click(&b, "#preview-venue").await;
            b.find("#venue-preview svg").await;
            let holds = b
                .text_until("#venue-preview .holds", |t| !t.is_empty())
                .await;
            assert!(holds.contains("68"), "{holds}");
            b.screenshot("make-stop-preview-fr").await;
            // Without the programme, the sheet's registrations are refused at their row.
            click(&b, "#create-stop").await;
            b.find("#make-problems table.sheet tr.bad").await;
            let refusal = b
                .text_until("#make-problems", |t| t.contains("ligne"))
                .await;
            assert!(
                refusal.contains("taroudant-2025.exhibitors.csv"),
                "{refusal}"
            );
            b.screenshot("make-stop-refused-fr").await;
            choose(&b, "input[name=sessions]", "taroudant-2025.sessions.csv").await;
            choose(&b, "input[name=rooms]", "taroudant-2025.rooms.csv").await;
            b.js(r#"
                document.querySelector("input[name=slot_times]").value =
                  "10:00-11:30 calme, 15:00-16:30, 17:30-19:00 affluence";
                document.querySelector("input[name=busy_days]").value = "samedi,dimanche";
                return true;"#)
                .await;
            click(&b, "#create-stop").await;
            let started = Instant::now();
            loop {
                let url = b.client.current_url().await.unwrap();
                if url.path().starts_with("/stops/") {
                    break;
                }
                assert!(
                    started.elapsed() < Duration::from_secs(60),
                    "still on {url}"
                );
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            b.goto("/").await;
            let row = b
                .text_until("table.stops", |t| t.contains("Taroudant"))
                .await;
            assert!(row.contains("60"), "{row}");
            b.screenshot("workspace-fr").await;
        })
        .await;
    let stops = state.shared().workspace.lock().unwrap().stops().unwrap();
    assert_eq!(stops.len(), 1);
    assert_eq!(stops[0].exhibitors, 60);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_workspace_rules_and_tour_pages_read_right_to_left_in_arabic() {
    let state = state();
    let id = taroudant_planned(&state);
    {
        let tour =
            caravane::stop::load::parse_tour(&instance("souss-massa-2025.tour.json")).unwrap();
        let mut ws = state.shared().workspace.lock().unwrap();
        ws.create_tour("Souss-Massa 2025", &tour).unwrap();
    }
    let browser = Browser::start("make-ar", state, "ar").await;
    browser
        .run(move |b| async move {
            b.goto("/?lang=ar").await;
            assert_eq!(b.js("return document.documentElement.dir").await, "rtl");
            b.text_until("table.stops", |t| t.contains("taroudant-2025"))
                .await;
            b.find("#pane-sheets").await;
            b.screenshot("workspace-ar").await;
            b.goto(&format!("/stops/{id}/rules")).await;
            b.find("#rules input[name=clash]").await;
            b.js(r##"document.querySelector("#rules input[name=zone_balance]").value = "4"; return true;"##)
                .await;
            click(&b, "#save-rules").await;
            b.find("#rules-resolve").await;
            b.screenshot("rules-ar").await;
            b.goto("/tours/1").await;
            click(&b, "#compare").await;
            b.find("#ranking tbody tr").await;
            b.find(".tour-map svg").await;
            assert_eq!(b.js("return document.documentElement.dir").await, "rtl");
            b.screenshot("tour-ar").await;
            b.goto("/tours/1?lang=fr").await;
            b.find("#ranking tbody tr").await;
            b.screenshot("tour-fr").await;
            b.js(r#"document.querySelector(".tour-map").scrollIntoView(); return true;"#)
                .await;
            b.screenshot("tour-map-fr").await;
        })
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_balance_is_added_on_the_rules_page() {
    let state = state();
    let id = taroudant_planned(&state);
    let browser = Browser::start("rules-balance", state.clone(), "fr").await;
    // The last row of the list: its attribute, side and weight, as a planner chooses them.
    const SET_LAST_ROW: &str = r##"
        const [attribute, over, weight] = arguments;
        const rows = document.querySelectorAll("#balance-rows .balance-row");
        const row = rows[rows.length - 1];
        const set = (css, value, event) => {
          const input = row.querySelector(css);
          input.value = value;
          input.dispatchEvent(new Event(event, { bubbles: true }));
        };
        set("select[name=balance-attribute]", attribute, "change");
        set("select[name=balance-over]", over, "change");
        set("input[name=balance-weight]", weight, "input");
        return true;"##;
    browser
        .run(move |b| async move {
            b.goto(&format!("/stops/{id}/rules")).await;
            b.find("#balance-none").await;
            let carried = b
                .js(r##"return document.querySelector("#balance-attributes").textContent;"##)
                .await;
            let carried = carried.as_str().unwrap_or_default();
            assert!(
                carried.contains("dirigées par des femmes : 36"),
                "{carried}"
            );
            click(&b, "#add-balance").await;
            b.find("#balance-rows .balance-row").await;
            b.client
                .execute(
                    SET_LAST_ROW,
                    vec!["women_led".into(), "prime".into(), "2".into()],
                )
                .await
                .unwrap();
            let row = b
                .text_until("#balance-rows .balance-row", |t| t.contains("dirigées"))
                .await;
            assert!(row.contains("dirigées par des femmes : 36"), "{row}");
            click(&b, "#save-rules").await;
            b.find("#rules-resolve").await;
            let now = b
                .text_until("#balance-rows .balance-now", |t| !t.is_empty())
                .await;
            assert!(now.contains("× 2"), "{now}");
            b.js(r##"document.querySelector("#balances").scrollIntoView(); return true;"##)
                .await;
            b.screenshot("rules-balance-fr").await;
            // The same side twice is refused beside the row, and nothing is saved.
            click(&b, "#add-balance").await;
            b.client
                .execute(
                    SET_LAST_ROW,
                    vec!["women_led".into(), "both".into(), "".into()],
                )
                .await
                .unwrap();
            click(&b, "#save-rules").await;
            let refused = b
                .text_until("#balance-rows .balance-row.bad", |t| !t.is_empty())
                .await;
            assert!(
                refused.contains("direction par des femmes") || refused.contains("women_led"),
                "{refused}"
            );
            b.find("#balance-problems .refusal").await;
            b.screenshot("rules-balance-refused-fr").await;
            b.goto(&format!("/stops/{id}/rules?lang=ar")).await;
            assert_eq!(b.js("return document.documentElement.dir").await, "rtl");
            b.find("#balance-rows .balance-now").await;
            b.js(r##"document.querySelector(".balance-carried").open = true;
                    document.querySelector("#balances").scrollIntoView(); return true;"##)
                .await;
            b.screenshot("rules-balance-ar").await;
        })
        .await;
    let ws = state.shared().workspace.lock().unwrap();
    let rules = ws.working(id).unwrap().problem.rules.unwrap();
    assert_eq!(rules.balance.len(), 1);
    assert_eq!(rules.balance[0].attribute, "women_led");
    assert_eq!(rules.balance[0].weight, Some(2.0));
}

/// The shipped Taroudant stop and its plan, put in the test's workspace; its id.
fn taroudant_planned(state: &caravane::serve::AppState) -> i64 {
    let problem =
        caravane::stop::load::parse_problem(&instance("taroudant-2025.problem.json")).unwrap();
    let solution =
        caravane::stop::load::parse_solution(&instance("taroudant-2025.solution.json")).unwrap();
    let mut ws = state.shared().workspace.lock().unwrap();
    ws.create_stop("taroudant-2025", &problem, Some(&solution), State::Solved)
        .unwrap()
}

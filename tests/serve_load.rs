//! Load: twenty browser sessions change the Taroudant plan at once, each on the revision its
//! page shows, while a solve of a large stop runs in the background. No request fails, every
//! change accepted is in the journal with its own revision, the revisions follow one another
//! without a gap, and the plan at the end keeps every hard rule. Everything talks to 127.0.0.1.

#[path = "support/workbench.rs"]
mod workbench;

use axum::body::Bytes;
use caravane::check::check;
use caravane::serve::workspace::State;
use caravane::stop::load::{parse_problem, parse_solution};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::{json, Value};
use workbench::*;

/// Changes each session makes.
const EACH: usize = 8;
/// Sessions at once.
const SESSIONS: usize = 20;

type Http = Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>;

/// One request, as a page sends it (cookie and changing header); the status and the JSON.
async fn ask(
    http: &Http,
    method: &str,
    url: &str,
    body: Option<Value>,
) -> Result<(u16, Value), String> {
    let request = axum::http::Request::builder()
        .method(method)
        .uri(url)
        .header("cookie", format!("caravane_token={TOKEN}"))
        .header("x-caravane", "1")
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(
            body.map(|b| b.to_string()).unwrap_or_default(),
        )))
        .map_err(|e| e.to_string())?;
    let response = http
        .request(request)
        .await
        .map_err(|e| format!("{method} {url}: {e}"))?;
    let status = response.status().as_u16();
    let bytes = response
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    Ok((
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    ))
}

/// A small seeded generator, so that each session makes its own changes, the same every run.
fn next(seed: &mut u64) -> usize {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    (*seed >> 11) as usize
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_sessions_change_the_plan_at_once_while_a_solve_runs_and_no_change_is_lost() {
    let state = state();
    let (stop, big) = {
        let mut ws = state.shared().workspace.lock().unwrap();
        let problem = parse_problem(&instance("taroudant-2025.problem.json")).unwrap();
        let solution = parse_solution(&instance("taroudant-2025.solution.json")).unwrap();
        let stop = ws
            .create_stop("taroudant-2025", &problem, Some(&solution), State::Solved)
            .unwrap();
        let large = caravane::stop::generate::generate(caravane::stop::generate::Spec {
            exhibitors: 600,
            sessions: Some(0),
            days: None,
            seed: 3,
        });
        let big = ws
            .create_stop("generated-600", &large, None, State::Empty)
            .unwrap();
        (stop, big)
    };
    let server = Server::start(state.clone()).await;
    let http: Http = Client::builder(TokioExecutor::new()).build_http();
    let base = server.base.clone();

    // A solve runs all along.
    let (status, job) = ask(
        &http,
        "POST",
        &format!("{base}/api/stops/{big}/solve"),
        Some(json!({"revision": 0, "time_limit": 60})),
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{job}");
    let job = job["job"]
        .as_str()
        .map(str::to_string)
        .or_else(|| job["job"].as_i64().map(|j| j.to_string()))
        .expect("a job id");

    let mut sessions = Vec::new();
    for s in 0..SESSIONS {
        let (http, base) = (http.clone(), base.clone());
        sessions.push(tokio::spawn(async move {
            let mut seed = 0x9E37_79B9_7F4A_7C15_u64 ^ (s as u64 + 1);
            let (mut accepted, mut conflicts, mut refused) = (0usize, 0usize, 0usize);
            let url = format!("{base}/api/stops/{stop}");
            let (status, mut page) = ask(&http, "GET", &url, None).await?;
            if status != 200 {
                return Err(format!("GET {status}: {page}"));
            }
            while accepted < EACH {
                let placed: Vec<String> = page["stands"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|st| st["occupant"].as_str().map(str::to_string))
                    .collect();
                let (a, b) = (
                    next(&mut seed) % placed.len(),
                    next(&mut seed) % placed.len(),
                );
                if a == b {
                    continue;
                }
                let body =
                    json!({"revision": page["revision"], "first": placed[a], "second": placed[b]});
                let (status, answer) =
                    ask(&http, "POST", &format!("{url}/swap"), Some(body)).await?;
                match status {
                    200 => {
                        accepted += 1;
                        page = answer["stop"].clone();
                    }
                    409 => {
                        // Another session changed the plan first: the page shows it anew.
                        conflicts += 1;
                        let (status, fresh) = ask(&http, "GET", &url, None).await?;
                        if status != 200 {
                            return Err(format!("GET {status}: {fresh}"));
                        }
                        page = fresh;
                    }
                    // A swap that would break a need or a pin is refused with its reason.
                    400 => refused += 1,
                    other => return Err(format!("swap answered {other}: {answer}")),
                }
            }
            Ok::<_, String>((accepted, conflicts, refused))
        }));
    }
    let mut accepted = 0;
    let mut conflicts = 0;
    for s in sessions {
        let (a, c, _) = s.await.expect("a session ran").expect("no request failed");
        accepted += a;
        conflicts += c;
    }
    assert_eq!(accepted, SESSIONS * EACH);
    assert!(
        conflicts > 0,
        "twenty sessions at once must have met each other"
    );

    // Every change accepted is in the journal, each with its own revision, none missing.
    let (journal, working) = {
        let ws = state.shared().workspace.lock().unwrap();
        (ws.journal(stop).unwrap(), ws.working(stop).unwrap())
    };
    let swaps: Vec<i64> = journal
        .iter()
        .filter(|j| j.action == "swap")
        .map(|j| j.revision)
        .collect();
    assert_eq!(swaps.len(), accepted);
    assert_eq!(swaps, (1..=accepted as i64).collect::<Vec<_>>());
    assert_eq!(working.revision, accepted as i64);
    let report = check(&working.problem, working.solution.as_ref().unwrap());
    assert!(report.violations.is_empty(), "{:?}", report.violations);

    // The solve went on meanwhile: it is still running or done, never failed; stop it.
    let (status, progress) = ask(&http, "GET", &format!("{base}/api/jobs/{job}"), None)
        .await
        .unwrap();
    assert_eq!(status, 200);
    assert_ne!(progress["state"], "failed", "{progress}");
    let (status, _) = ask(
        &http,
        "POST",
        &format!("{base}/api/jobs/{job}/cancel"),
        Some(json!({})),
    )
    .await
    .unwrap();
    assert!(status == 200 || status == 409, "cancel answered {status}");
    drop(server);
}

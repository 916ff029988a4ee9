//! What the workbench's tests share: a server over a workspace in memory, requests made
//! through its service (no socket), and a real Chromium driven through chromedriver.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use caravane::serve::{workspace::Workspace, AppState, Config};
use http_body_util::BodyExt;
use serde_json::Value;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};
use tower::ServiceExt;

/// The token of the tests' servers.
pub const TOKEN: &str = "0123456789abcdef0123456789abcdef0123456789abcdef";

/// A configuration whose jobs run the `caravane` this test built.
pub fn config() -> Config {
    Config {
        token: TOKEN.to_string(),
        // Tests and benches are given the program cargo built; an example finds it beside
        // itself in the target folder.
        worker: option_env!("CARGO_BIN_EXE_caravane").map_or_else(
            || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/release/caravane"),
            PathBuf::from,
        ),
        upload_limit: caravane::serve::UPLOAD_LIMIT,
    }
}

/// A server's state over a fresh workspace in memory.
pub fn state() -> AppState {
    AppState::new(
        Workspace::in_memory().expect("a workspace in memory"),
        config(),
    )
}

/// The shipped file `name` of `instances/`, as text.
pub fn instance(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("instances")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// An answer of the server.
#[derive(Debug)]
pub struct Answer {
    /// Its status.
    pub status: StatusCode,
    /// Its headers.
    pub headers: HeaderMap,
    /// Its body, as text.
    pub text: String,
    /// Its body, as JSON (null when it is not JSON).
    pub json: Value,
}

/// A request through the service, with the token and the changing header: `body` is sent as
/// JSON when given.
pub async fn call(app: &Router, method: &str, path: &str, body: Option<Value>) -> Answer {
    let mut request = Request::builder()
        .method(method)
        .uri(path)
        .header("authorization", format!("Bearer {TOKEN}"))
        .header("x-caravane", "1");
    let body = match body {
        Some(v) => {
            request = request.header("content-type", "application/json");
            Body::from(v.to_string())
        }
        None => Body::empty(),
    };
    send(app, request.body(body).expect("a request")).await
}

/// A request with raw bytes (an upload), with the token and the changing header.
pub async fn upload(app: &Router, path: &str, bytes: Vec<u8>) -> Answer {
    let request = Request::builder()
        .method("POST")
        .uri(path)
        .header("authorization", format!("Bearer {TOKEN}"))
        .header("x-caravane", "1")
        .header("content-type", "application/octet-stream")
        .body(Body::from(bytes))
        .expect("a request");
    send(app, request).await
}

/// Sends a request as it is.
pub async fn send(app: &Router, request: Request<Body>) -> Answer {
    let response = app.clone().oneshot(request).await.expect("an answer");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("a body")
        .to_bytes();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let json = serde_json::from_str(&text).unwrap_or(Value::Null);
    Answer {
        status,
        headers,
        text,
        json,
    }
}

/// A server listening on 127.0.0.1 on a free port, until dropped.
pub struct Server {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Server {
    /// Starts serving `state` on the current runtime.
    pub async fn start(state: AppState) -> Server {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a free port on 127.0.0.1");
        let base = format!("http://{}", listener.local_addr().expect("an address"));
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(caravane::serve::run(listener, state, async move {
            let _ = stopped.await;
        }));
        Server {
            base,
            stop: Some(stop),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

/// One browser test at a time in a test program: two cores do not run two Chromiums well.
fn browser_lock() -> Arc<tokio::sync::Mutex<()>> {
    static LOCK: OnceLock<Arc<tokio::sync::Mutex<()>>> = OnceLock::new();
    LOCK.get_or_init(|| Arc::new(tokio::sync::Mutex::new(())))
        .clone()
}

/// A free port on 127.0.0.1.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Where the screenshots of failing browser tests are kept.
pub fn screenshots_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/browser-screenshots")
}

/// A headless Chromium driven through chromedriver, on a server of its own.
pub struct Browser {
    /// The WebDriver client.
    pub client: fantoccini::Client,
    /// The server's address, `http://127.0.0.1:PORT`.
    pub base: String,
    /// The test's name (for its screenshots).
    pub name: String,
    driver: Child,
    _server: Server,
    _turn: tokio::sync::OwnedMutexGuard<()>,
}

impl Browser {
    /// Starts chromedriver and Chromium (Debian's `chromedriver` and `chromium`, or those
    /// named by `CHROMEDRIVER` and `CHROMIUM`), serves `state`, and opens the workspace page
    /// with the token (which leaves the cookie), in `lang`.
    pub async fn start(name: &str, state: AppState, lang: &str) -> Browser {
        let turn = browser_lock().lock_owned().await;
        let server = Server::start(state).await;
        let port = free_port();
        let driver_program =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".to_string());
        let driver = Command::new(&driver_program)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("{driver_program} cannot be started ({e}): install Debian's chromium-driver (as .ci/run does)")
            });
        let chromium =
            std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_string());
        let profile = std::env::temp_dir().join(format!("caravane-chromium-{port}"));
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".to_string(),
            serde_json::json!({
                "binary": chromium,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--window-size=1440,1000", format!("--lang={lang}"),
                    format!("--user-data-dir={}", profile.display()),
                ]
            }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match fantoccini::ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(c) => break c,
                Err(e) if started.elapsed() < Duration::from_secs(20) => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("chromedriver on {url} does not answer: {e}"),
            }
        };
        let browser = Browser {
            client,
            base: server.base.clone(),
            name: name.to_string(),
            driver,
            _server: server,
            _turn: turn,
        };
        browser
            .client
            .goto(&format!("{}/?token={TOKEN}&lang={lang}", browser.base))
            .await
            .expect("the workspace page opens");
        browser
    }

    /// Opens a page of the server (`/stops/1`).
    pub async fn goto(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"));
    }

    /// The first element matching `css`, waited for up to 60 s.
    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(60))
            .for_element(fantoccini::Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
    }

    /// Waits up to 60 s until the text of `css` satisfies `ok`; returns it.
    pub async fn text_until(&self, css: &str, ok: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        let mut last = String::new();
        while started.elapsed() < Duration::from_secs(60) {
            if let Ok(e) = self.client.find(fantoccini::Locator::Css(css)).await {
                if let Ok(t) = e.text().await {
                    if ok(&t) {
                        return t;
                    }
                    last = t;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{css} never became as expected; last text: {last:?}");
    }

    /// Drags the exhibitor on stand `from` onto stand `to` with the pointer, as a planner does
    /// with the mouse (the plan's layer of stands, `.stand-hit[data-stand=…]`).
    pub async fn drag(&self, from: &str, to: &str) {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
        let a = self
            .find(&format!(".stand-hit[data-stand=\"{from}\"]"))
            .await;
        let z = self.find(&format!(".stand-hit[data-stand=\"{to}\"]")).await;
        let actions = MouseActions::new("mouse".to_string())
            .then(PointerAction::MoveToElement {
                element: a,
                duration: None,
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            })
            .then(PointerAction::MoveBy {
                duration: Some(Duration::from_millis(50)),
                x: 5.0,
                y: 5.0,
            })
            .then(PointerAction::MoveToElement {
                element: z,
                duration: Some(Duration::from_millis(150)),
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::Up {
                button: MOUSE_BUTTON_LEFT,
            });
        self.client
            .perform_actions(actions)
            .await
            .expect("the drag is performed");
        self.client
            .release_actions()
            .await
            .expect("actions released");
    }

    /// Runs JavaScript in the page and returns its value.
    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Saves a screenshot of the page as `target/browser-screenshots/NAME.png`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = screenshots_dir();
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join(format!("{name}.png"));
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(&path, png);
        }
        path
    }

    /// Runs a scenario; if it fails, keeps a screenshot of the page (named after the test) for
    /// the reader, then fails with the scenario's message. Closes the browser either way.
    pub async fn run<F, Fut>(self, scenario: F)
    where
        F: FnOnce(Arc<Browser>) -> Fut,
        Fut: std::future::Future<Output = ()> + Send + 'static,
    {
        let me = Arc::new(self);
        let outcome = tokio::spawn(scenario(me.clone())).await;
        if let Err(e) = outcome {
            let shot = me.screenshot(&format!("{}-failed", me.name)).await;
            let _ = me.client.clone().close().await;
            if e.is_panic() {
                eprintln!("screenshot of the failed page: {}", shot.display());
                std::panic::resume_unwind(e.into_panic());
            }
            panic!("{e}");
        }
        let _ = me.client.clone().close().await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

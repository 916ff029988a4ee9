//! The planner's workbench, `caravane serve`: a local web application over one workspace file.
//!
//! One process serves the pages, their scripts, styles and fonts (all inside the binary, so it
//! works with no internet) and a small JSON interface the pages call. Everything the planner
//! makes is kept in the workspace, one SQLite file ([`workspace`]): the stops with their
//! working layout and its undo history, the versions saved, the tours, the files uploaded.
//! Long work (solves, re-plans, tour comparisons) runs in a child process ([`jobs`]), so that
//! the pages stay responsive, progress can be shown and a cancel really stops it.
//!
//! The parts:
//! * [`auth`]: the access token, the cookie that carries it, and the headers of every answer
//!   (content security policy: nothing from other origins);
//! * [`workspace`]: the SQLite file, its schema and migrations, every change one transaction;
//! * [`error`]: what a refused request answers (a code, a sentence, the file problems);
//! * [`assets`]: the embedded CSS, scripts and fonts;
//! * [`pages`]: the HTML pages, in the planner's language;
//! * [`words`]: the sentences the scripts show, taken from the catalogues;
//! * [`worker`]: the long jobs' work itself, run by the hidden command `caravane work`;
//! * [`api`]: the endpoints, by area.
//!
//! The library never prints: [`run`] serves until told to stop; the `caravane serve` command
//! prints the address.

pub mod api;
pub mod assets;
pub mod auth;
pub mod error;
pub mod jobs;
pub mod pages;
pub mod words;
pub mod worker;
pub mod workspace;

use axum::extract::DefaultBodyLimit;
use axum::Router;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use workspace::Workspace;

pub use error::ApiError;

/// The largest file a page may upload: 8 MiB (an exhibitor sheet of the largest fairs is a few
/// hundred kilobytes).
pub const UPLOAD_LIMIT: usize = 8 * 1024 * 1024;

/// How the server is set up.
#[derive(Debug, Clone)]
pub struct Config {
    /// The access token every request must carry.
    pub token: String,
    /// The `caravane` program the long jobs run in (the running program itself, or the one
    /// the tests built).
    pub worker: PathBuf,
    /// The largest request body accepted, in bytes.
    pub upload_limit: usize,
}

impl Config {
    /// A configuration with a fresh random token, jobs run by `worker`.
    pub fn new(worker: PathBuf) -> std::io::Result<Config> {
        Ok(Config {
            token: auth::new_token()?,
            worker,
            upload_limit: UPLOAD_LIMIT,
        })
    }
}

/// What every request handler shares.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

/// The shared part of the state.
pub struct Shared {
    /// The workspace; one connection, used by one request at a time.
    pub workspace: Mutex<Workspace>,
    /// The configuration.
    pub config: Config,
    /// The long jobs running or finished.
    pub jobs: jobs::Jobs,
}

impl AppState {
    /// The state of a server over `workspace`.
    pub fn new(workspace: Workspace, config: Config) -> AppState {
        AppState(Arc::new(Shared {
            workspace: Mutex::new(workspace),
            config,
            jobs: jobs::Jobs::default(),
        }))
    }

    /// The shared part.
    pub fn shared(&self) -> &Shared {
        &self.0
    }

    /// [`AppState::with_workspace`] with the library's sentences made in `lang`: the shape of
    /// every handler that reads or changes the workspace for a page.
    pub async fn with_workspace_in<T, F>(
        &self,
        lang: crate::i18n::Lang,
        f: F,
    ) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Workspace) -> Result<T, ApiError> + Send + 'static,
    {
        self.with_workspace(move |ws| crate::i18n::scoped(lang, || f(ws)))
            .await
    }

    /// Runs `f` on the workspace off the server's request threads, one request at a time.
    ///
    /// # Errors
    /// What `f` returns, or an internal error if the workspace lock was poisoned.
    pub async fn with_workspace<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Workspace) -> Result<T, ApiError> + Send + 'static,
    {
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let mut ws = state
                .0
                .workspace
                .lock()
                .map_err(|_| ApiError::internal("workspace lock"))?;
            f(&mut ws)
        })
        .await
        .map_err(|e| ApiError::internal(&e.to_string()))?
    }
}

/// The whole application: pages, assets and endpoints, behind the token.
pub fn app(state: AppState) -> Router {
    let limit = state.0.config.upload_limit;
    Router::new()
        .merge(pages::routes())
        .merge(assets::routes())
        .merge(api::routes())
        .layer(axum::middleware::from_fn(error::body_too_large))
        .layer(DefaultBodyLimit::max(limit))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::guard,
        ))
        .layer(axum::middleware::map_response(auth::headers))
        .with_state(state)
}

/// Serves `app` on `listener` until `shutdown` completes.
///
/// # Errors
/// When the listener fails.
pub async fn run(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown)
        .await
}

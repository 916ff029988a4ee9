//! Long work (solves, re-plans, tour comparisons), run in a child process.

use super::AppState;
use axum::Router;

/// The jobs running or finished.
#[derive(Default)]
pub struct Jobs {}

/// The routes of the jobs.
pub fn routes() -> Router<AppState> {
    Router::new()
}

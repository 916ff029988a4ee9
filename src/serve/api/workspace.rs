//! Endpoints: workspace.

use crate::serve::AppState;
use axum::Router;

/// The routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
}

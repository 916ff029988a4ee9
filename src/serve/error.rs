//! What a refused request answers: a status, a stable code, a sentence in the planner's
//! language, and, for a file, every problem found in it as the command line shows them (code,
//! place, cause, action).

use crate::stop::diagnostic::{Diagnostic, Report};
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

/// A refused request.
#[derive(Debug, Clone, Serialize)]
pub struct ApiError {
    /// The HTTP status.
    #[serde(skip)]
    pub status: StatusCode,
    /// A stable code the pages and tests may test (`conflict`, `invalid-file`…).
    pub code: &'static str,
    /// What happened and what to do, in the planner's language.
    pub message: String,
    /// The problems of a file, each as the command line shows it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<FileProblem>,
}

/// One problem of a file, as the command line tells it.
#[derive(Debug, Clone, Serialize)]
pub struct FileProblem {
    /// The file, as the planner named it.
    pub file: String,
    /// The problem: code, JSON path, line and column, cause and action.
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
    /// The whole problem in one text, as `caravane validate` prints it.
    pub text: String,
}

impl ApiError {
    /// A refusal with a status, a code and a sentence.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            problems: Vec::new(),
        }
    }

    /// Something that should not happen (a bug or a broken disk): status 500.
    pub fn internal(what: &str) -> ApiError {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            crate::t!("web-internal", what = what),
        )
    }

    /// The page asked for something the workspace does not hold: status 404.
    pub fn not_found(what: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not-found", what)
    }

    /// The request is wrong (a refused change, a bad value): status 400, with the sentence.
    pub fn bad(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, code, message)
    }

    /// A file with problems: status 422, every problem listed.
    pub fn invalid_file(report: &Report) -> ApiError {
        let problems = report
            .diagnostics
            .iter()
            .map(|d| FileProblem {
                file: report.file.clone(),
                diagnostic: d.clone(),
                text: format!("{}: {d}", report.file),
            })
            .collect();
        ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: "invalid-file",
            message: crate::t!(
                "web-invalid-file",
                file = report.file.as_str(),
                count = report.diagnostics.len()
            ),
            problems,
        }
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> ApiError {
        ApiError::internal(&e.to_string())
    }
}

impl From<super::workspace::Conflict> for ApiError {
    fn from(c: super::workspace::Conflict) -> ApiError {
        ApiError::new(
            StatusCode::CONFLICT,
            "conflict",
            crate::t!("web-conflict", revision = c.current),
        )
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.status, self.code, self.message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(serde_json::json!({ "error": self }))).into_response()
    }
}

/// Turns the bare "length limit exceeded" of a too large upload into a sentence that says the
/// limit and what to do.
pub async fn body_too_large(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        let limit = super::UPLOAD_LIMIT / (1024 * 1024);
        return ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            crate::t!("web-too-large", megabytes = limit),
        )
        .into_response();
    }
    response
}

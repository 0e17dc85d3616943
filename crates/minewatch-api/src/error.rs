//! One error shape for every route: `{"error":{"code":"...","message":"..."}}`.

use axum::Json;
use axum::extract::FromRequest;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// The answers every route behind a key can give besides its own (and the limits every request
/// is held to), described once for the OpenAPI document (`responses(..., KeyedErrors)`).
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)] // Never built: only its description in the OpenAPI document is used.
pub enum KeyedErrors {
    /// No or bad key
    #[response(status = 401)]
    Unauthorized(ErrorBody),
    /// Rate limited
    #[response(status = 429)]
    RateLimited(ErrorBody),
    /// Request target (path and query) over 8 KiB
    #[response(status = 414)]
    UriTooLong(ErrorBody),
    /// Request headers over 32 KiB
    #[response(status = 431)]
    HeadersTooLarge(ErrorBody),
}

/// The body of every error response.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ErrorDetail,
}

/// An error's code and message.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// A stable machine-readable code: `unauthorized`, `forbidden`, `not_found`,
    /// `bad_request`, `payload_too_large`, `rate_limited`, `conflict`, `disabled`, `unavailable`,
    /// `timeout`, `internal`.
    pub code: String,
    /// What a person should read.
    pub message: String,
}

/// An error a handler returns.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{status}: {message}")]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The stable code.
    pub code: &'static str,
    /// The message (never internals for 5xx).
    pub message: String,
}

impl ApiError {
    /// 400.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            code: "bad_request",
            message: message.into(),
        }
    }

    /// 401.
    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::UNAUTHORIZED,
            code: "unauthorized",
            message: message.into(),
        }
    }

    /// 403.
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::FORBIDDEN,
            code: "forbidden",
            message: message.into(),
        }
    }

    /// 404.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::NOT_FOUND,
            code: "not_found",
            message: message.into(),
        }
    }

    /// 409.
    pub fn conflict(message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::CONFLICT,
            code: "conflict",
            message: message.into(),
        }
    }

    /// 403 `disabled`: a capability that is off in this server's configuration.
    pub fn disabled(message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::FORBIDDEN,
            code: "disabled",
            message: message.into(),
        }
    }

    /// 503: the server is at capacity (try again later).
    pub fn unavailable(message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::SERVICE_UNAVAILABLE,
            code: "unavailable",
            message: message.into(),
        }
    }

    /// 500. The cause is logged, never sent: clients see a generic message.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!("internal error: {cause}");
        Self {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: "internal",
            message: "internal error; the server log has the details".to_owned(),
        }
    }

    /// The JSON body.
    pub fn body(&self) -> ErrorBody {
        ErrorBody {
            error: ErrorDetail {
                code: self.code.to_owned(),
                message: self.message.clone(),
            },
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut r = (self.status, Json(self.body())).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            // RFC 6750 section 3: a 401 names the scheme the client should use.
            r.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer realm=\"minewatch\""),
            );
        }
        r
    }
}

/// Longest request target (path and query) the API reads.
pub const MAX_URI_BYTES: usize = 8 * 1024;
/// Most header bytes (names and values) the API reads.
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

/// The stable code for an error status nothing more specific was said about.
fn code_for(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "bad_request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        408 => "timeout",
        409 => "conflict",
        413 => "payload_too_large",
        414 => "uri_too_long",
        415 => "unsupported_media_type",
        422 => "unprocessable",
        429 => "rate_limited",
        431 => "headers_too_large",
        503 => "unavailable",
        s if s >= 500 => "internal",
        _ => "bad_request",
    }
}

/// Gives every error the API's JSON shape: the ones axum and tower answer by themselves (405
/// with an empty body, 400 text/plain for a path that does not decode, 413, ...) are rewritten
/// with their status, headers (`Allow`, `Retry-After`) and what they said kept; targets and
/// headers over the API's limits are answered 414 and 431 here, before anything reads them.
pub(crate) async fn json_errors(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let target = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if target > MAX_URI_BYTES {
        return ApiError {
            status: StatusCode::URI_TOO_LONG,
            code: "uri_too_long",
            message: format!("request target of {target} bytes: at most {MAX_URI_BYTES}"),
        }
        .into_response();
    }
    let headers: usize = req
        .headers()
        .iter()
        .map(|(k, v)| k.as_str().len() + v.len())
        .sum();
    if headers > MAX_HEADER_BYTES {
        return ApiError {
            status: StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            code: "headers_too_large",
            message: format!("{headers} bytes of headers: at most {MAX_HEADER_BYTES}"),
        }
        .into_response();
    }
    let resp = next.run(req).await;
    let status = resp.status();
    let is_json = resp
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    // What the framework said (short, plain text), or the status's own words.
    let said = axum::body::to_bytes(body, 4096)
        .await
        .ok()
        .and_then(|b| String::from_utf8(b.to_vec()).ok())
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty());
    let message = said.unwrap_or_else(|| {
        status
            .canonical_reason()
            .unwrap_or("error")
            .to_ascii_lowercase()
    });
    let err = ApiError {
        status,
        code: code_for(status),
        message,
    };
    let fresh = err.into_response();
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    for (k, v) in fresh.headers() {
        parts.headers.insert(k.clone(), v.clone());
    }
    Response::from_parts(parts, fresh.into_body())
}

impl From<JsonRejection> for ApiError {
    fn from(r: JsonRejection) -> Self {
        match r {
            JsonRejection::BytesRejection(b) if b.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                Self {
                    status: StatusCode::PAYLOAD_TOO_LARGE,
                    code: "payload_too_large",
                    message: "request body too large".to_owned(),
                }
            }
            JsonRejection::MissingJsonContentType(_) => Self {
                status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
                code: "unsupported_media_type",
                message: "expected a JSON body with `Content-Type: application/json`".to_owned(),
            },
            other => Self::bad_request(format!("invalid JSON body: {}", other.body_text())),
        }
    }
}

impl From<QueryRejection> for ApiError {
    fn from(r: QueryRejection) -> Self {
        Self::bad_request(format!("invalid query: {}", r.body_text()))
    }
}

/// `Json` whose rejections use the API's error shape.
#[derive(Debug, Clone, Copy, Default, FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);

impl<T: Serialize> IntoResponse for ApiJson<T> {
    fn into_response(self) -> Response {
        Json(self.0).into_response()
    }
}

/// `Query` whose rejections use the API's error shape.
#[derive(Debug, Clone, Copy, Default, axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct ApiQuery<T>(pub T);

/// Result of a handler.
pub type ApiResult<T> = Result<T, ApiError>;

/// Answers any route that does not exist (under `/v1`) in the API's shape.
pub async fn not_found() -> ApiError {
    ApiError::not_found("no such route")
}

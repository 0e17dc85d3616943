//! The live stream (WebSocket).

#[allow(clippy::wildcard_imports)] // The handlers share the router's imports and helpers.
use super::*;

// stream

/// Live messages over a WebSocket (see the `StreamMessage` schema). Browsers pass the key as
/// `?key=`.
#[utoipa::path(get, path = "/v1/stream", tag = "meta", params(StreamQuery),
    responses(
        (status = 101, description = "Switching to the WebSocket protocol"),
        (status = 400, description = "Not a WebSocket request, or an unknown topic", body = ErrorBody),
        (status = 503, description = "Too many subscribers", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn stream(
    _k: ReadKey,
    State(st): State<AppState>,
    ApiQuery(q): ApiQuery<StreamQuery>,
    ws: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
) -> ApiResult<Response> {
    let topics = parse_topics(q.topics.as_deref()).map_err(ApiError::bad_request)?;
    let ws = ws.map_err(|e| ApiError::bad_request(format!("not a WebSocket request: {e}")))?;
    let permit = st
        .subscribers
        .clone()
        .try_acquire_owned()
        .map_err(|_| ApiError::unavailable("too many stream subscribers; try again later"))?;
    let rx = st.hub.subscribe();
    let shutdown = st.shutdown.subscribe();
    // Subscribers send next to nothing: small buffers keep a thousand of them cheap.
    Ok(ws
        .max_message_size(64 << 10)
        .read_buffer_size(4 << 10)
        .write_buffer_size(16 << 10)
        .on_upgrade(move |socket| async move {
            serve_socket(socket, rx, topics, shutdown).await;
            drop(permit);
        }))
}

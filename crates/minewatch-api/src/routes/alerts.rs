//! Alerts: what scans and watchers found.

#[allow(clippy::wildcard_imports)] // The handlers share the router's imports and helpers.
use super::*;

/// Alerts, newest first.
#[utoipa::path(get, path = "/v1/alerts", tag = "police", params(AlertQuery),
    responses(
        (status = 200, description = "A page", body = AlertPage),
        (status = 400, description = "Bad query", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn list_alerts(
    _k: ReadKey,
    State(st): State<AppState>,
    ApiQuery(q): ApiQuery<AlertQuery>,
) -> ApiResult<Json<AlertPage>> {
    let limit = page_limit(q.limit)?;
    let filter = AlertFilter {
        source: q.source,
        severity: q.severity,
        agent: q.agent,
    };
    let items = st
        .db
        .run(move |e| e.alerts(q.before, limit, &filter))
        .await
        .map_err(db_err)?;
    let next_before = (items.len() == limit as usize)
        .then(|| items.last().map(|s| s.id))
        .flatten();
    Ok(Json(AlertPage { items, next_before }))
}

/// One alert.
#[utoipa::path(get, path = "/v1/alerts/{id}", tag = "police",
    params(("id" = i64, Path, description = "Alert id")),
    responses(
        (status = 200, description = "The alert", body = AlertRow),
        (status = 400, description = "Bad id", body = ErrorBody),
        (status = 404, description = "No such alert", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn get_alert(
    _k: ReadKey,
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<AlertRow>> {
    let id: i64 = id.parse().map_err(|_| {
        ApiError::bad_request(format!("invalid alert id {id:?}: expected a number"))
    })?;
    st.db
        .run(move |e| e.alert(id))
        .await
        .map_err(db_err)?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no alert {id}")))
}

// ---------------------------------------------------------------------------------------------

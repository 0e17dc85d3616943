//! Agents: `minewatch watch --report` on many hosts, reporting to this server.

#[allow(clippy::wildcard_imports)] // The handlers share the router's imports and helpers.
use super::*;

/// What became of a report.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportAnswer {
    /// Alerts stored now.
    pub stored: usize,
    /// Alerts stored before (same agent and key): not stored again.
    pub duplicates: usize,
    /// The ids of the alerts stored now.
    pub ids: Vec<i64>,
}

/// An agent reports alerts, or only itself (a heartbeat). Each alert carries an idempotency
/// key: sent again (a retry, a replay from the agent's spool), it is stored once.
#[utoipa::path(post, path = "/v1/agents/report", tag = "agents", request_body = AgentReport,
    responses(
        (status = 200, description = "Stored (and duplicates counted)", body = ReportAnswer),
        (status = 400, description = "Bad agent id, alert key, source or severity", body = ErrorBody),
        (status = 403, description = "A read key", body = ErrorBody),
        (status = 409, description = "The agent id is enrolled with another valid key", body = ErrorBody),
        (status = 415, description = "Not JSON", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn agent_report(
    ReportKey(caller): ReportKey,
    State(st): State<AppState>,
    extensions: axum::http::Extensions,
    ApiJson(mut report): ApiJson<AgentReport>,
) -> ApiResult<Json<ReportAnswer>> {
    check_report(&mut report).map_err(ApiError::bad_request)?;
    let address = extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_string());
    let key_id = caller.key_id;
    let done = st
        .db
        .run(move |e| e.report(&report, &key_id, address.as_deref()))
        .await
        .map_err(|e| match e {
            e @ DbError::AgentKey { .. } => ApiError {
                status: StatusCode::CONFLICT,
                code: "conflict",
                message: e.to_string(),
            },
            e => db_err(e),
        })?;
    for a in &done.stored {
        st.metrics.alert(&a.source, &a.severity);
        if !st.db.announces_alerts() {
            st.hub.publish(&StreamMessage::Alert { alert: a.clone() });
        }
    }
    Ok(Json(ReportAnswer {
        stored: done.stored.len(),
        duplicates: done.duplicates,
        ids: done.stored.iter().map(|a| a.id).collect(),
    }))
}

/// Every agent that has reported, most recently seen first, with its host facts.
#[utoipa::path(get, path = "/v1/agents", tag = "agents",
    responses(
        (status = 200, description = "Agents", body = Vec<AgentRow>),
        KeyedErrors,
    ))]
pub(super) async fn list_agents(
    _k: ReadKey,
    State(st): State<AppState>,
) -> ApiResult<Json<Vec<AgentRow>>> {
    st.db.run(|e| e.agents()).await.map(Json).map_err(db_err)
}

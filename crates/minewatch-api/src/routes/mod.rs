//! Every route, with its OpenAPI description.

use axum::Json;
use axum::extract::{Path, State, WebSocketUpgrade};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use minewatch_detect::web::fetch::{FetchConfig, scan_url};
use minewatch_profit::calc::{self, CalcError};
use minewatch_profit::snapshot::Snapshot;
use serde::{Deserialize, Serialize};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{IntoParams, Modify, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::{AdminKey, NewKey, ReadKey, ReportKey, Scope, WriteKey};
use crate::db::{
    AgentReport, AgentRow, AlertFilter, AlertRow, DbError, HashratePoint, KeyRow, NewAlert,
    NewScan, ScanRow, check_report,
};
use crate::error::{ApiError, ApiJson, ApiQuery, ApiResult, ErrorBody, KeyedErrors};
use crate::mining::{MinerStatus, StartMiner};
use crate::policy::{pcap_outcome, web_outcome};
use crate::stream::{StreamMessage, StreamQuery, parse_topics, serve_socket};
use crate::{AppState, authenticate, limit_ip};

mod agents;
mod alerts;
mod blocklist;
mod chain;
mod keys;
mod mining;
mod profit;
mod scans;
mod stream;

// Handlers (for the router and the OpenAPI document), the request and response types, and
// the helpers the handlers share.
#[allow(clippy::wildcard_imports)]
pub use {
    agents::*, alerts::*, blocklist::*, chain::*, keys::*, mining::*, profit::*, scans::*,
    stream::*,
};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "minewatch API",
        description = "Mine, price and police cryptocurrency mining. Every route but /v1/health and /v1/openapi.json needs an API key (`Authorization: Bearer mwk_...`). Errors share one shape: {\"error\":{\"code\":...,\"message\":...}}. Responses carry RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset; 429 adds Retry-After.",
        license(name = "MIT OR Apache-2.0")
    ),
    modifiers(&Security),
    components(schemas(ErrorBody, StreamMessage)),
    tags(
        (name = "meta", description = "Health and this document"),
        (name = "police", description = "Scans and alerts"),
        (name = "price", description = "Profitability, hardware and market data"),
        (name = "mine", description = "The local miner, the embedded pool and its chain"),
        (name = "keys", description = "API keys (admin)"),
        (name = "agents", description = "Host agents (`minewatch watch --report`) and what they report"),
    )
)]
struct ApiDoc;

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let c = openapi.components.get_or_insert_with(Default::default);
        c.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        c.add_security_scheme(
            "api_key",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new("X-API-Key"))),
        );
        openapi.security = Some(vec![
            utoipa::openapi::security::SecurityRequirement::new("bearer", Vec::<String>::new()),
            utoipa::openapi::security::SecurityRequirement::new("api_key", Vec::<String>::new()),
        ]);
    }
}

/// Builds the router.
pub(crate) fn build(state: AppState) -> axum::Router {
    let public = OpenApiRouter::new().routes(routes!(health));
    let protected = OpenApiRouter::new()
        .routes(routes!(list_scans, submit_scan))
        .routes(routes!(get_scan))
        .routes(routes!(blocklist_check))
        .routes(routes!(list_alerts))
        .routes(routes!(get_alert))
        .routes(routes!(agent_report))
        .routes(routes!(list_agents))
        .routes(routes!(profit))
        .routes(routes!(profit_chart))
        .routes(routes!(jacking_cost))
        .routes(routes!(hardware_list))
        .routes(routes!(hardware_show))
        .routes(routes!(market))
        .routes(routes!(miner_status))
        .routes(routes!(miner_start))
        .routes(routes!(miner_stop))
        .routes(routes!(pool_summary))
        .routes(routes!(pool_workers))
        .routes(routes!(pool_shares))
        .routes(routes!(pool_hashrate))
        .routes(routes!(pool_blocks))
        .routes(routes!(pool_payouts))
        .routes(routes!(chain_tip))
        .routes(routes!(chain_headers))
        .routes(routes!(chain_header))
        .routes(routes!(list_keys, create_key))
        .routes(routes!(revoke_key))
        .routes(routes!(stream))
        .route("/v1/metrics", axum::routing::get(crate::metrics::metrics))
        // Inside authentication: only keyed requests take a share of the bytes in flight.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::body_budget,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            authenticate,
        ));
    let (api, doc) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(public)
        .merge(protected)
        .split_for_parts();
    let doc_json = doc.clone();
    let v1 = api
        .route(
            "/v1/openapi.json",
            axum::routing::get(move || {
                let d = doc_json.clone();
                async move { Json(d) }
            }),
        )
        .fallback(crate::error::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            limit_ip,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::metrics::time_requests,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::time_limit,
        ))
        // Every body is read through an extractor that honours this limit, so an oversized
        // body gets the API's JSON error (413), whether or not it announced its length.
        .layer(axum::extract::DefaultBodyLimit::max(
            state.config.body_limit,
        ))
        .with_state(state);
    axum::Router::new()
        .merge(utoipa_swagger_ui::SwaggerUi::new("/docs").url("/docs/openapi.json", doc))
        .merge(crate::dashboard::routes())
        .merge(v1)
        .layer(axum::middleware::from_fn(crate::error::json_errors))
}

fn db_err(e: crate::db::DbError) -> ApiError {
    ApiError::internal(e)
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

// ---------------------------------------------------------------------------------------------
// meta

/// The server's health.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// `ok`.
    pub status: String,
    /// minewatch's version.
    pub version: String,
    /// Seconds since start.
    pub uptime_s: f64,
    /// Stream subscribers now.
    pub subscribers: usize,
}

/// Is the server up? (No key needed.)
#[utoipa::path(get, path = "/v1/health", tag = "meta", security(()),
    responses(
        (status = 200, description = "Up", body = Health),
        (status = 414, description = "Request target (path and query) over 8 KiB", body = ErrorBody),
        (status = 429, description = "Rate limited (per client IP)", body = ErrorBody),
        (status = 431, description = "Request headers over 32 KiB", body = ErrorBody),
    ))]
pub(super) async fn health(State(st): State<AppState>) -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        uptime_s: st.started.elapsed().as_secs_f64(),
        subscribers: st.hub.subscribers(),
    })
}

// ---------------------------------------------------------------------------------------------

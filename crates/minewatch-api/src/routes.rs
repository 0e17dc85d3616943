//! Every route, with its OpenAPI description.

use std::time::{Duration, Instant};

use axum::Json;
use axum::extract::{Path, State, WebSocketUpgrade};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use minewatch_detect::web::Verdict;
use minewatch_detect::web::fetch::{FetchConfig, scan_url};
use minewatch_profit::calc::{self, CalcError};
use minewatch_profit::providers::{MarketData, ProviderConfig, Providers};
use minewatch_profit::snapshot::Snapshot;
use serde::{Deserialize, Serialize};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{IntoParams, Modify, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::{AdminKey, NewKey, ReadKey, Scope, WriteKey};
use crate::db::{AlertFilter, AlertRow, Db, HashratePoint, KeyRow, NewAlert, NewScan, ScanRow};
use crate::error::{ApiError, ApiJson, ApiQuery, ApiResult, ErrorBody};
use crate::mining::{MinerStatus, StartMiner};
use crate::stream::{StreamMessage, StreamQuery, parse_topics, serve_socket};
use crate::{AppState, authenticate, limit_ip};

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
    responses((status = 200, description = "Up", body = Health)))]
async fn health(State(st): State<AppState>) -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        uptime_s: st.started.elapsed().as_secs_f64(),
        subscribers: st.hub.subscribers(),
    })
}

// ---------------------------------------------------------------------------------------------
// scans and alerts

/// What to scan.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ScanRequest {
    /// One file's content: JavaScript, HTML or WebAssembly.
    Content {
        /// Its name (used in evidence locations, and to tell HTML from JS).
        #[schema(max_length = 1000)]
        name: String,
        /// The content as text.
        text: Option<String>,
        /// The content, base64 (for binary files such as .wasm).
        base64: Option<String>,
        /// URL of the page it came from (for blocklist matches on third parties).
        page_url: Option<String>,
    },
    /// An npm-style `.tgz` package, base64.
    Package {
        /// Its file name.
        #[schema(max_length = 1000)]
        name: String,
        /// The `.tgz` bytes, base64.
        base64: String,
    },
    /// A network capture (pcap or pcapng), base64: mining sessions on any port, pool names
    /// in TLS SNI and DNS.
    Pcap {
        /// Its file name.
        #[schema(max_length = 1000)]
        name: String,
        /// The capture's bytes, base64.
        base64: String,
    },
    /// A page and the scripts it loads, fetched by the server.
    Url {
        /// An http(s) URL.
        #[schema(max_length = 4000)]
        url: String,
    },
}

/// A scan and every file's report, with its evidence.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScanDetail {
    /// The summary.
    pub scan: ScanRow,
    /// One report per file: verdict, score, signals (id, family, weight, evidence, location),
    /// notes.
    #[schema(value_type = Vec<Object>)]
    pub reports: serde_json::Value,
    /// The alert raised, if the verdict was not clean.
    pub alert: Option<AlertRow>,
}

/// A page of scans.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScanPage {
    /// Newest first.
    pub items: Vec<ScanRow>,
    /// Pass as `before` for the next page; absent on the last page.
    pub next_before: Option<i64>,
}

/// A page of alerts.
#[derive(Debug, Serialize, ToSchema)]
pub struct AlertPage {
    /// Newest first.
    pub items: Vec<AlertRow>,
    /// Pass as `before` for the next page; absent on the last page.
    pub next_before: Option<i64>,
}

/// Paging and filters for scans.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ScanQuery {
    /// Page size, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<u32>,
    /// Only ids below this (from `next_before`).
    pub before: Option<i64>,
    /// Only this verdict: miner, suspicious or clean.
    pub verdict: Option<String>,
}

/// Paging and filters for alerts.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AlertQuery {
    /// Page size, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<u32>,
    /// Only ids below this (from `next_before`).
    pub before: Option<i64>,
    /// Only this source (`scan`, ...).
    pub source: Option<String>,
    /// Only this severity: critical, warning or info.
    pub severity: Option<String>,
}

fn page_limit(limit: Option<u32>) -> ApiResult<u32> {
    match limit.unwrap_or(50) {
        n @ 1..=500 => Ok(n),
        n => Err(ApiError::bad_request(format!(
            "invalid limit {n}: expected 1 to 500"
        ))),
    }
}

fn verdict_name(v: Verdict) -> &'static str {
    match v {
        Verdict::Miner => "miner",
        Verdict::Suspicious => "suspicious",
        _ => "clean",
    }
}

fn decode_b64(field: &str, s: &str) -> ApiResult<Vec<u8>> {
    base64::engine::general_purpose::STANDARD
        .decode(s.trim())
        .map_err(|e| ApiError::bad_request(format!("invalid {field}: not base64 ({e})")))
}

/// Scans submitted content, a package, a network capture or a URL; stores the result, raises
/// an alert when something was found and publishes both on the stream.
#[utoipa::path(post, path = "/v1/scans", tag = "police", request_body = ScanRequest,
    responses(
        (status = 201, description = "Scanned and stored", body = ScanDetail),
        (status = 400, description = "Bad request", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 403, description = "Key lacks the write scope, or URL scans are off (offline server)", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 415, description = "Not JSON", body = ErrorBody),
        (status = 422, description = "The URL could not be fetched", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn submit_scan(
    _k: WriteKey,
    State(st): State<AppState>,
    ApiJson(req): ApiJson<ScanRequest>,
) -> ApiResult<(StatusCode, Json<ScanDetail>)> {
    let scanner = st.scanner.clone();
    let (kind, target, reports) = match req {
        ScanRequest::Content {
            name,
            text,
            base64,
            page_url,
        } => {
            let bytes = match (text, base64) {
                (Some(t), None) => t.into_bytes(),
                (None, Some(b)) => decode_b64("base64", &b)?,
                _ => {
                    return Err(ApiError::bad_request(
                        "give the content as `text` or as `base64`, not both",
                    ));
                }
            };
            if name.trim().is_empty() || name.len() > 1000 {
                return Err(ApiError::bad_request(
                    "invalid name: expected 1 to 1000 characters",
                ));
            }
            let n = name.clone();
            let reports = tokio::task::spawn_blocking(move || {
                vec![scanner.scan_bytes_from(&n, &bytes, page_url.as_deref())]
            })
            .await
            .map_err(ApiError::internal)?;
            ("content", name, reports)
        }
        ScanRequest::Package { name, base64 } => {
            let bytes = decode_b64("base64", &base64)?;
            let n = name.clone();
            let reports = tokio::task::spawn_blocking(move || {
                let entries = scanner.read_tgz(&bytes[..], &n)?;
                Ok::<_, minewatch_detect::web::ScanError>(scanner.scan_entries(entries, &|_| {}))
            })
            .await
            .map_err(ApiError::internal)?
            .map_err(|e| ApiError::bad_request(format!("invalid package: {e}")))?;
            ("package", name, reports)
        }
        ScanRequest::Pcap { name, base64 } => {
            let bytes = decode_b64("base64", &base64)?;
            let n = name.clone();
            let capture = tokio::task::spawn_blocking(move || {
                minewatch_detect::net::Analyzer::default().analyze(&n, &bytes[..])
            })
            .await
            .map_err(ApiError::internal)?
            .map_err(|e| ApiError::bad_request(format!("invalid capture: {e}")))?;
            let (scan, alert) = pcap_outcome(&name, &capture, base64.len() as i64 * 3 / 4)?;
            return store_scan(&st, scan, alert).await;
        }
        ScanRequest::Url { url } => {
            if st.config.offline {
                return Err(ApiError::disabled(
                    "URL scans are off: this server runs offline (--offline)",
                ));
            }
            let cfg = FetchConfig {
                allow_private: st.config.allow_private_urls,
                ..FetchConfig::default()
            };
            let reports = scan_url(&scanner, &url, &cfg).await.map_err(|e| ApiError {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "unprocessable",
                message: e.to_string(),
            })?;
            ("url", url, reports)
        }
    };
    let (scan, alert) = web_outcome(kind, &target, &reports)?;
    store_scan(&st, scan, alert).await
}

/// A web scan's record and, unless clean, its alert.
fn web_outcome(
    kind: &str,
    target: &str,
    reports: &[minewatch_detect::web::Report],
) -> ApiResult<(NewScan, Option<NewAlert>)> {
    let worst = reports
        .iter()
        .map(|r| r.verdict)
        .max()
        .unwrap_or(Verdict::Clean);
    let mut families: Vec<String> = reports
        .iter()
        .filter(|r| r.verdict != Verdict::Clean)
        .flat_map(|r| r.signals.iter())
        .filter(|s| s.family.is_strong())
        .filter_map(|s| serde_json::to_value(s.family).ok())
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    families.sort();
    families.dedup();
    let scan = NewScan {
        kind: kind.to_owned(),
        target: target.to_owned(),
        verdict: verdict_name(worst).to_owned(),
        score: i64::from(reports.iter().map(|r| r.score).max().unwrap_or(0)),
        families,
        files: reports.len() as i64,
        bytes: reports.iter().map(|r| r.size as i64).sum(),
        report: serde_json::to_value(reports).map_err(ApiError::internal)?,
    };
    let alert = (worst != Verdict::Clean).then(|| {
        let top = reports
            .iter()
            .filter(|r| r.verdict == worst)
            .flat_map(|r| r.signals.iter().take(3).map(move |s| (r, s)))
            .map(|(r, s)| {
                serde_json::json!({"file": r.name, "signal": s.id, "evidence": s.evidence, "location": s.location})
            })
            .collect::<Vec<_>>();
        NewAlert {
            source: "scan".into(),
            severity: if worst == Verdict::Miner {
                "critical"
            } else {
                "warning"
            }
            .into(),
            title: format!(
                "{} in {kind} {target}",
                if worst == Verdict::Miner {
                    "cryptominer found"
                } else {
                    "suspicious mining code"
                }
            ),
            subject: target.to_owned(),
            scan_id: None,
            detail: serde_json::json!({"verdict": verdict_name(worst), "evidence": top}),
        }
    });
    Ok((scan, alert))
}

/// A capture's record and, if it holds mining, its alert.
fn pcap_outcome(
    name: &str,
    capture: &minewatch_detect::net::CaptureReport,
    bytes: i64,
) -> ApiResult<(NewScan, Option<NewAlert>)> {
    let verdict = capture.verdict();
    let mut families: Vec<String> = capture
        .mining
        .iter()
        .map(|f| f.protocol.name().to_owned())
        .collect();
    families.sort();
    families.dedup();
    let scan = NewScan {
        kind: "pcap".into(),
        target: name.to_owned(),
        verdict: verdict.to_owned(),
        score: capture.mining.len() as i64,
        families,
        files: capture.flows as i64,
        bytes,
        report: serde_json::to_value([capture]).map_err(ApiError::internal)?,
    };
    let alert = (verdict != "clean").then(|| {
        let top: Vec<serde_json::Value> = capture
            .mining
            .iter()
            .take(3)
            .map(|f| {
                serde_json::json!({"file": name, "signal": f.protocol.name(), "evidence": f.first_message.chars().take(200).collect::<String>(), "location": format!("{} -> {}", f.client, f.server)})
            })
            .collect();
        NewAlert {
            source: "pcap".into(),
            severity: if verdict == "miner" { "critical" } else { "warning" }.into(),
            title: format!(
                "{} in capture {name}",
                if verdict == "miner" {
                    "mining traffic found"
                } else {
                    "traffic to a mining pool domain"
                }
            ),
            subject: name.to_owned(),
            scan_id: None,
            detail: serde_json::json!({"verdict": verdict, "evidence": top}),
        }
    });
    Ok((scan, alert))
}

/// Stores a scan and its alert in one transaction, then publishes both.
async fn store_scan(
    st: &AppState,
    scan: NewScan,
    alert: Option<NewAlert>,
) -> ApiResult<(StatusCode, Json<ScanDetail>)> {
    let report = scan.report.clone();
    let (row, alert_row) = st
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let row = Db::insert_scan(&tx, &scan)?;
            let alert_row = match alert {
                Some(mut a) => {
                    a.scan_id = Some(row.id);
                    Some(Db::insert_alert(&tx, &a)?)
                }
                None => None,
            };
            tx.commit()?;
            Ok((row, alert_row))
        })
        .await
        .map_err(db_err)?;
    st.hub.publish(&StreamMessage::Scan { scan: row.clone() });
    if let Some(a) = &alert_row {
        st.hub.publish(&StreamMessage::Alert { alert: a.clone() });
    }
    Ok((
        StatusCode::CREATED,
        Json(ScanDetail {
            scan: row,
            reports: report,
            alert: alert_row,
        }),
    ))
}

/// Stored scans, newest first.
#[utoipa::path(get, path = "/v1/scans", tag = "police", params(ScanQuery),
    responses(
        (status = 200, description = "A page", body = ScanPage),
        (status = 400, description = "Bad query", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn list_scans(
    _k: ReadKey,
    State(st): State<AppState>,
    ApiQuery(q): ApiQuery<ScanQuery>,
) -> ApiResult<Json<ScanPage>> {
    let limit = page_limit(q.limit)?;
    if let Some(v) = &q.verdict
        && !["miner", "suspicious", "clean"].contains(&v.as_str())
    {
        return Err(ApiError::bad_request(format!(
            "invalid verdict {v:?}: expected miner, suspicious or clean"
        )));
    }
    let items = st
        .db
        .call(move |c| Db::scans(c, q.before, limit, q.verdict.as_deref()))
        .await
        .map_err(db_err)?;
    let next_before = (items.len() == limit as usize)
        .then(|| items.last().map(|s| s.id))
        .flatten();
    Ok(Json(ScanPage { items, next_before }))
}

/// One scan with every file's evidence.
#[utoipa::path(get, path = "/v1/scans/{id}", tag = "police",
    params(("id" = i64, Path, description = "Scan id")),
    responses(
        (status = 200, description = "The scan", body = ScanDetail),
        (status = 400, description = "Bad id", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 404, description = "No such scan", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn get_scan(
    _k: ReadKey,
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<ScanDetail>> {
    let id: i64 = id
        .parse()
        .map_err(|_| ApiError::bad_request(format!("invalid scan id {id:?}: expected a number")))?;
    let (scan, reports) = st
        .db
        .call(move |c| Db::scan(c, id))
        .await
        .map_err(db_err)?
        .ok_or_else(|| ApiError::not_found(format!("no scan {id}")))?;
    let alert = st
        .db
        .call(move |c| Db::alert_for_scan(c, id))
        .await
        .map_err(db_err)?;
    Ok(Json(ScanDetail {
        scan,
        reports,
        alert,
    }))
}

/// A URL to check against the miner blocklists.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BlocklistQuery {
    /// The URL requested.
    pub url: String,
    /// What it loads: script (default), websocket, xhr, subdocument, document or other.
    pub kind: Option<String>,
    /// The page that loads it (for first/third-party rules); absent counts as third-party.
    pub page: Option<String>,
}

/// A blocklist rule that matched.
#[derive(Debug, Serialize, ToSchema)]
pub struct RuleHit {
    /// The list.
    pub list: String,
    /// The rule as written.
    pub rule: String,
    /// Its line in the list.
    pub line: usize,
}

/// What the blocklists say of a URL.
#[derive(Debug, Serialize, ToSchema)]
pub struct BlocklistAnswer {
    /// `blocked`, `excepted` or `pass`.
    pub verdict: String,
    /// The blocking rule, if one matched.
    pub blocked_by: Option<RuleHit>,
    /// The exception that wins over it, if any.
    pub excepted_by: Option<RuleHit>,
}

fn blocklists() -> &'static minewatch_detect::web::blocklist::Blocklist {
    static LISTS: std::sync::OnceLock<minewatch_detect::web::blocklist::Blocklist> =
        std::sync::OnceLock::new();
    LISTS.get_or_init(minewatch_detect::web::blocklist::Blocklist::builtin)
}

/// Checks a URL against the built-in miner blocklists (NoCoin, MinerBlock, MineSweeper's
/// pool endpoints), as `minewatch blocklist check` does.
#[utoipa::path(get, path = "/v1/blocklist/check", tag = "police", params(BlocklistQuery),
    responses(
        (status = 200, description = "The verdict and the rules behind it", body = BlocklistAnswer),
        (status = 400, description = "Bad kind", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn blocklist_check(
    _k: ReadKey,
    ApiQuery(q): ApiQuery<BlocklistQuery>,
) -> ApiResult<Json<BlocklistAnswer>> {
    use minewatch_detect::web::blocklist::{Hit, Kind, Request as ListRequest, Verdict as L};
    let kind = match q.kind.as_deref().unwrap_or("script") {
        "script" => Kind::Script,
        "websocket" => Kind::Websocket,
        "xhr" => Kind::Xhr,
        "subdocument" => Kind::Subdocument,
        "document" => Kind::Document,
        "other" => Kind::Other,
        k => {
            return Err(ApiError::bad_request(format!(
                "invalid kind {k:?}: expected script, websocket, xhr, subdocument, document or other"
            )));
        }
    };
    let hit = |h: Hit| RuleHit {
        list: h.list,
        rule: h.rule,
        line: h.line,
    };
    let v = blocklists().check(&ListRequest {
        url: &q.url,
        kind,
        source: q.page.as_deref(),
    });
    Ok(Json(match v {
        L::Blocked(b) => BlocklistAnswer {
            verdict: "blocked".into(),
            blocked_by: Some(hit(b)),
            excepted_by: None,
        },
        L::Excepted {
            blocked_by,
            excepted_by,
        } => BlocklistAnswer {
            verdict: "excepted".into(),
            blocked_by: Some(hit(blocked_by)),
            excepted_by: Some(hit(excepted_by)),
        },
        _ => BlocklistAnswer {
            verdict: "pass".into(),
            blocked_by: None,
            excepted_by: None,
        },
    }))
}

/// Alerts, newest first.
#[utoipa::path(get, path = "/v1/alerts", tag = "police", params(AlertQuery),
    responses(
        (status = 200, description = "A page", body = AlertPage),
        (status = 400, description = "Bad query", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn list_alerts(
    _k: ReadKey,
    State(st): State<AppState>,
    ApiQuery(q): ApiQuery<AlertQuery>,
) -> ApiResult<Json<AlertPage>> {
    let limit = page_limit(q.limit)?;
    let filter = AlertFilter {
        source: q.source,
        severity: q.severity,
    };
    let items = st
        .db
        .call(move |c| Db::alerts(c, q.before, limit, &filter))
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
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 404, description = "No such alert", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn get_alert(
    _k: ReadKey,
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<AlertRow>> {
    let id: i64 = id.parse().map_err(|_| {
        ApiError::bad_request(format!("invalid alert id {id:?}: expected a number"))
    })?;
    st.db
        .call(move |c| Db::alert(c, id))
        .await
        .map_err(db_err)?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no alert {id}")))
}

// ---------------------------------------------------------------------------------------------
// profitability

/// Live market data, fetched at most once a minute.
#[derive(Debug, Default)]
pub struct MarketCache {
    held: tokio::sync::Mutex<Option<(Instant, MarketData)>>,
}

impl MarketCache {
    /// The market as the server knows it (the snapshot when offline).
    pub async fn get(&self, st: &AppState) -> MarketData {
        if st.config.offline {
            return MarketData::from_snapshot(&Snapshot::embedded());
        }
        let mut held = self.held.lock().await;
        if let Some((at, m)) = held.as_ref()
            && at.elapsed() < Duration::from_secs(60)
        {
            return m.clone();
        }
        let config = ProviderConfig {
            mempool_url: st.config.mempool_url.clone(),
            price_url: st.config.price_url.clone(),
            cache_dir: st.config.data_dir.as_ref().map(|d| d.join("cache")),
            ..ProviderConfig::default()
        };
        let m = Providers::new(config).market(&Snapshot::embedded()).await;
        *held = Some((Instant::now(), m.clone()));
        m
    }
}

fn calc_error(e: CalcError) -> ApiError {
    ApiError::bad_request(e.to_string())
}

async fn run_calc(st: &AppState, req: calc::Request) -> ApiResult<calc::Report> {
    // Refuse bad input before going online for figures; without a fetch, `evaluate` alone
    // refuses the same input, so the projection is not run twice. Both are CPU work: they run
    // on the blocking pool, not on the async workers.
    if req.needs_market() && !st.config.offline {
        let (r, catalog) = (req.clone(), st.catalog.clone());
        tokio::task::spawn_blocking(move || calc::check(&r, &catalog, now()))
            .await
            .map_err(ApiError::internal)?
            .map_err(calc_error)?;
    }
    let (live, note) = if req.needs_market() {
        let m = st.market.get(st).await;
        let note = if st.config.offline {
            "off (server runs offline)".to_owned()
        } else {
            format!("{} problems: {}", m.notes.len(), m.notes.join("; "))
        };
        (Some(m), note)
    } else {
        (None, "not needed: every figure was given".to_owned())
    };
    let catalog = st.catalog.clone();
    tokio::task::spawn_blocking(move || {
        calc::evaluate(&req, &catalog, live.as_ref(), &note, now()).map_err(calc_error)
    })
    .await
    .map_err(ApiError::internal)?
}

/// Profitability of a rig: today's figures, a day-by-day projection with halvings and
/// difficulty growth, and optionally Monte Carlo price risk. The same inputs as
/// `minewatch profit`, with field names in snake_case.
#[utoipa::path(post, path = "/v1/profit", tag = "price", request_body = calc::Request,
    responses(
        (status = 200, description = "The report: hardware, rig, costs, market (with sources), today, projection, monte_carlo", body = Object),
        (status = 400, description = "Invalid input, naming the field", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn profit(
    _k: ReadKey,
    State(st): State<AppState>,
    ApiJson(req): ApiJson<calc::Request>,
) -> ApiResult<Json<calc::Report>> {
    Ok(Json(run_calc(&st, req).await?))
}

/// The projection as an SVG chart: revenue, cost and cumulative net, halvings marked, the
/// Monte Carlo P10-P90 band when asked for.
#[utoipa::path(post, path = "/v1/profit/chart", tag = "price", request_body = calc::Request,
    responses(
        (status = 200, description = "SVG", content_type = "image/svg+xml", body = String),
        (status = 400, description = "Invalid input", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn profit_chart(
    _k: ReadKey,
    State(st): State<AppState>,
    ApiJson(req): ApiJson<calc::Request>,
) -> ApiResult<Response> {
    let power_price = req.power_price;
    let report = run_calc(&st, req).await?;
    let svg = tokio::task::spawn_blocking(move || {
        let title = report.chart_title(power_price);
        minewatch_profit::chart::svg(&report.chart_input(&title))
    })
    .await
    .map_err(ApiError::internal)?
    .map_err(ApiError::internal)?;
    Ok(([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response())
}

/// A cryptojacker's CPU use, to price.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct JackingRequest {
    /// CPU-seconds the miner used (one core for an hour = 3600).
    #[schema(minimum = 0)]
    pub cpu_seconds: f64,
    /// Extra power per busy core, W (default 10, a desktop core).
    pub watts_per_core: Option<f64>,
    /// Electricity price the victim pays, USD/kWh (default 0.15).
    pub power_price: Option<f64>,
    /// RandomX hashes per second per core (default: the snapshot's typical core).
    pub hashrate_per_core: Option<f64>,
    /// XMR price, USD (default: market data).
    pub xmr_price: Option<f64>,
    /// Monero network hashrate, H/s (default: the snapshot's).
    pub network_hashrate: Option<f64>,
    /// The miner's pool fee, a fraction (default 0).
    pub pool_fee: Option<f64>,
}

/// What a cryptojacker cost its victim (energy, USD) and earned its operator (XMR, USD): the
/// same model as `minewatch jacking-cost`.
#[utoipa::path(post, path = "/v1/jacking-cost", tag = "price", request_body = JackingRequest,
    responses(
        (status = 200, description = "usage, monero, cost {energy_kwh, victim_usd, hashes, attacker_xmr, attacker_usd, victim_usd_per_attacker_usd}, source", body = Object),
        (status = 400, description = "Invalid input, naming the field", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn jacking_cost(
    _k: ReadKey,
    State(st): State<AppState>,
    ApiJson(req): ApiJson<JackingRequest>,
) -> ApiResult<Response> {
    use minewatch_profit::jacking::{Usage, cost};
    let snap = Snapshot::embedded();
    let mut monero = snap.monero();
    let source = match req.xmr_price {
        Some(p) => {
            monero.xmr_usd = p;
            "xmr_price given; other figures: snapshot".to_owned()
        }
        None => {
            let m = st.market.get(&st).await;
            monero.xmr_usd = m.xmr_usd.value;
            format!(
                "XMR price: {}; other figures: snapshot {}",
                m.xmr_usd.source, snap.date
            )
        }
    };
    if let Some(h) = req.network_hashrate {
        monero.network_hashrate_hs = h;
    }
    let usage = Usage {
        cpu_seconds: req.cpu_seconds,
        watts_per_core: req.watts_per_core.unwrap_or(10.0),
        usd_per_kwh: req.power_price.unwrap_or(0.15),
        hashrate_per_core_hs: req
            .hashrate_per_core
            .unwrap_or(snap.monero.randomx_hs_per_core),
        pool_fee: req.pool_fee.unwrap_or(0.0),
    };
    let c = cost(&usage, &monero).map_err(|e| ApiError::bad_request(e.to_string()))?;
    Ok(
        Json(serde_json::json!({"usage": usage, "monero": monero, "cost": c, "source": source}))
            .into_response(),
    )
}

/// The ASIC catalog.
#[utoipa::path(get, path = "/v1/hardware", tag = "price",
    responses(
        (status = 200, description = "Every machine: model, hashrate_ths, power_w, efficiency_j_per_th, cooling, source, notes, price_usd", body = Vec<Object>),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn hardware_list(_k: ReadKey, State(st): State<AppState>) -> Response {
    Json(&st.catalog.hardware).into_response()
}

/// One machine (case and spacing do not matter; unknown names get suggestions).
#[utoipa::path(get, path = "/v1/hardware/{name}", tag = "price",
    params(("name" = String, Path, description = "Model name")),
    responses(
        (status = 200, description = "The machine", body = Object),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 404, description = "Unknown, with did-you-mean", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn hardware_show(
    _k: ReadKey,
    State(st): State<AppState>,
    Path(name): Path<String>,
) -> ApiResult<Response> {
    let h = st
        .catalog
        .find(&name)
        .map_err(|e| ApiError::not_found(e.to_string()))?;
    Ok(Json(h).into_response())
}

/// Market data and where each figure came from (live, cache or the dated snapshot, with its
/// age).
#[utoipa::path(get, path = "/v1/market", tag = "price",
    responses(
        (status = 200, description = "btc_usd, xmr_usd, difficulty, tip_height, fees_btc_per_block, each {value, source}", body = Object),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn market(_k: ReadKey, State(st): State<AppState>) -> Response {
    Json(st.market.get(&st).await).into_response()
}

// ---------------------------------------------------------------------------------------------
// miner, pool, chain

/// The local miner.
#[utoipa::path(get, path = "/v1/miner", tag = "mine",
    responses(
        (status = 200, description = "Status", body = MinerStatus),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn miner_status(_k: ReadKey, State(st): State<AppState>) -> Json<MinerStatus> {
    Json(st.miner.status().await)
}

/// Starts the local miner on the embedded pool (low priority; 1 thread unless told).
#[utoipa::path(post, path = "/v1/miner/start", tag = "mine", request_body = StartMiner,
    responses(
        (status = 200, description = "Started", body = MinerStatus),
        (status = 400, description = "Bad threads or backend", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 403, description = "Key lacks the write scope", body = ErrorBody),
        (status = 409, description = "Already running, or no embedded pool to mine on", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn miner_start(
    _k: WriteKey,
    State(st): State<AppState>,
    ApiJson(req): ApiJson<StartMiner>,
) -> ApiResult<Json<MinerStatus>> {
    st.miner.start(&req).await.map(Json)
}

/// Stops the local miner.
#[utoipa::path(post, path = "/v1/miner/stop", tag = "mine",
    responses(
        (status = 200, description = "Stopped; the last figures", body = MinerStatus),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 403, description = "Key lacks the write scope", body = ErrorBody),
        (status = 409, description = "Not running", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn miner_stop(_k: WriteKey, State(st): State<AppState>) -> ApiResult<Json<MinerStatus>> {
    st.miner.stop().await.map(Json)
}

/// The embedded pool in short.
#[derive(Debug, Serialize, ToSchema)]
pub struct PoolSummary {
    /// Chain height.
    pub height: u32,
    /// Tip hash.
    pub tip: String,
    /// Where miners connect (`stratum+tcp://...`), if the pool listens.
    pub stratum: Option<String>,
    /// Workers seen.
    pub workers: usize,
    /// Pool hashrate, H/s.
    pub hashrate: f64,
    /// Shares stored.
    pub shares: u64,
    /// Blocks found.
    pub blocks: u64,
}

/// One worker.
#[derive(Debug, Serialize, ToSchema)]
pub struct Worker {
    /// Name.
    pub name: String,
    /// Shares accepted.
    pub accepted: u64,
    /// Shares rejected.
    pub rejected: u64,
    /// H/s.
    pub hashrate: f64,
}

/// An accepted share.
#[derive(Debug, Serialize, ToSchema)]
pub struct Share {
    /// Worker.
    pub worker: String,
    /// Job id.
    pub job_id: String,
    /// Difficulty it counts at.
    pub difficulty: f64,
    /// Its own difficulty.
    pub share_difficulty: f64,
    /// Height worked on.
    pub height: u32,
    /// Header hash.
    pub hash: String,
    /// Unix time.
    pub time: u64,
}

/// A found block.
#[derive(Debug, Serialize, ToSchema)]
pub struct FoundBlock {
    /// Height.
    pub height: u32,
    /// Hash.
    pub hash: String,
    /// Worker.
    pub worker: String,
    /// Unix time.
    pub time: u64,
}

/// A page of blocks.
#[derive(Debug, Serialize, ToSchema)]
pub struct BlockPage {
    /// Highest first.
    pub items: Vec<FoundBlock>,
    /// Pass as `before` for the next page.
    pub next_before: Option<u32>,
}

/// A worker's balance.
#[derive(Debug, Serialize, ToSchema)]
pub struct Payout {
    /// Worker.
    pub worker: String,
    /// Owed, satoshis (the ledger's credits under the pool's payout scheme).
    pub satoshis: u64,
}

/// Limit and cursor.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Paging {
    /// Page size, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<u32>,
    /// Only heights below this.
    pub before: Option<u32>,
}

/// Which hashrate history.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HashrateQuery {
    /// `pool` (default) or `miner`.
    pub source: Option<String>,
    /// Unix time to start at (default: an hour ago).
    pub since: Option<i64>,
    /// Most points, 1 to 5000 (default 1800).
    #[param(minimum = 1, maximum = 5000)]
    pub limit: Option<u32>,
}

fn pool_err(e: minewatch_stratum::store::StoreError) -> ApiError {
    ApiError::internal(e)
}

/// The embedded pool: height, workers, hashrate, what is stored.
#[utoipa::path(get, path = "/v1/pool", tag = "mine",
    responses(
        (status = 200, description = "Summary", body = PoolSummary),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn pool_summary(_k: ReadKey, State(st): State<AppState>) -> ApiResult<Json<PoolSummary>> {
    let pool = st.pool.clone();
    let stored = tokio::task::spawn_blocking(move || pool.stored())
        .await
        .map_err(ApiError::internal)?
        .map_err(pool_err)?;
    let workers = st.pool.workers();
    Ok(Json(PoolSummary {
        height: st.pool.height(),
        tip: st.pool.current_prev_blockhash().to_string(),
        stratum: st.stratum_addr.get().map(|a| format!("stratum+tcp://{a}")),
        workers: workers.len(),
        hashrate: workers.iter().fold(0.0, |a, w| a + w.hashrate),
        shares: stored.shares,
        blocks: stored.blocks,
    }))
}

/// Workers the pool has seen since it started.
#[utoipa::path(get, path = "/v1/pool/workers", tag = "mine",
    responses(
        (status = 200, description = "Workers", body = Vec<Worker>),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn pool_workers(_k: ReadKey, State(st): State<AppState>) -> Json<Vec<Worker>> {
    Json(
        st.pool
            .workers()
            .into_iter()
            .map(|w| Worker {
                name: w.name,
                accepted: w.accepted,
                rejected: w.rejected,
                hashrate: w.hashrate,
            })
            .collect(),
    )
}

/// The latest accepted shares, newest first.
#[utoipa::path(get, path = "/v1/pool/shares", tag = "mine", params(Paging),
    responses(
        (status = 200, description = "Shares", body = Vec<Share>),
        (status = 400, description = "Bad query", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn pool_shares(
    _k: ReadKey,
    State(st): State<AppState>,
    ApiQuery(q): ApiQuery<Paging>,
) -> ApiResult<Json<Vec<Share>>> {
    let limit = page_limit(q.limit)?;
    let pool = st.pool.clone();
    let rows = tokio::task::spawn_blocking(move || pool.with_store(|s| s.recent_shares(limit)))
        .await
        .map_err(ApiError::internal)?
        .map_err(pool_err)?;
    Ok(Json(
        rows.into_iter()
            .map(|s| Share {
                worker: s.worker,
                job_id: s.job_id,
                difficulty: s.difficulty,
                share_difficulty: s.share_difficulty,
                height: s.height,
                hash: s.hash,
                time: s.time,
            })
            .collect(),
    ))
}

/// Hashrate history (sampled every few seconds, kept a week).
#[utoipa::path(get, path = "/v1/pool/hashrate", tag = "mine", params(HashrateQuery),
    responses(
        (status = 200, description = "Points, oldest first", body = Vec<HashratePoint>),
        (status = 400, description = "Bad query", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn pool_hashrate(
    _k: ReadKey,
    State(st): State<AppState>,
    ApiQuery(q): ApiQuery<HashrateQuery>,
) -> ApiResult<Json<Vec<HashratePoint>>> {
    let source = q.source.unwrap_or_else(|| "pool".into());
    if source != "pool" && source != "miner" {
        return Err(ApiError::bad_request(format!(
            "invalid source {source:?}: expected pool or miner"
        )));
    }
    let limit = match q.limit.unwrap_or(1800) {
        n @ 1..=5000 => n,
        n => {
            return Err(ApiError::bad_request(format!(
                "invalid limit {n}: expected 1 to 5000"
            )));
        }
    };
    let since = q.since.unwrap_or_else(|| now() - 3600);
    st.db
        .call(move |c| Db::hashrate(c, &source, since, limit))
        .await
        .map(Json)
        .map_err(db_err)
}

/// Blocks the pool found, highest first.
#[utoipa::path(get, path = "/v1/pool/blocks", tag = "mine", params(Paging),
    responses(
        (status = 200, description = "A page", body = BlockPage),
        (status = 400, description = "Bad query", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn pool_blocks(
    _k: ReadKey,
    State(st): State<AppState>,
    ApiQuery(q): ApiQuery<Paging>,
) -> ApiResult<Json<BlockPage>> {
    let limit = page_limit(q.limit)?;
    let pool = st.pool.clone();
    let before = q.before;
    let rows =
        tokio::task::spawn_blocking(move || pool.with_store(|s| s.block_rows(before, limit)))
            .await
            .map_err(ApiError::internal)?
            .map_err(pool_err)?;
    let next_before = (rows.len() == limit as usize)
        .then(|| rows.last().map(|b| b.height))
        .flatten();
    Ok(Json(BlockPage {
        items: rows
            .into_iter()
            .map(|b| FoundBlock {
                height: b.height,
                hash: b.hash,
                worker: b.worker,
                time: b.time,
            })
            .collect(),
        next_before,
    }))
}

/// What each worker is owed under the pool's payout scheme.
#[utoipa::path(get, path = "/v1/pool/payouts", tag = "mine",
    responses(
        (status = 200, description = "Balances", body = Vec<Payout>),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn pool_payouts(_k: ReadKey, State(st): State<AppState>) -> ApiResult<Json<Vec<Payout>>> {
    let pool = st.pool.clone();
    let b = tokio::task::spawn_blocking(move || pool.balances())
        .await
        .map_err(ApiError::internal)?
        .map_err(pool_err)?;
    Ok(Json(
        b.into_iter()
            .map(|(worker, satoshis)| Payout { worker, satoshis })
            .collect(),
    ))
}

/// A block header of the embedded chain.
#[derive(Debug, Serialize, ToSchema)]
pub struct HeaderView {
    /// Height.
    pub height: u32,
    /// Block hash.
    pub hash: String,
    /// Version.
    pub version: i32,
    /// Previous block's hash.
    pub prev_blockhash: String,
    /// Merkle root.
    pub merkle_root: String,
    /// Unix time.
    pub time: u32,
    /// nBits, hex.
    pub bits: String,
    /// Nonce.
    pub nonce: u32,
    /// Difficulty of nBits.
    pub difficulty: f64,
    /// Transactions in the block.
    pub transactions: usize,
    /// The 80-byte header, hex.
    pub hex: String,
}

fn header_view(height: u32, b: &minewatch_pow::block::Block) -> HeaderView {
    let h = &b.header;
    HeaderView {
        height,
        hash: h.block_hash().to_string(),
        version: h.version,
        prev_blockhash: h.prev_blockhash.to_string(),
        merkle_root: h.merkle_root.to_string(),
        time: h.time,
        bits: format!("{:08x}", h.bits.0),
        nonce: h.nonce,
        difficulty: h.bits.difficulty(),
        transactions: b.txdata.len(),
        hex: h.to_hex(),
    }
}

/// Range of headers.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HeaderQuery {
    /// First height (default: so that the last `limit` headers are returned).
    pub from: Option<u32>,
    /// Most headers, 1 to 2000 (default 100).
    #[param(minimum = 1, maximum = 2000)]
    pub limit: Option<u32>,
}

/// The embedded chain's tip.
#[utoipa::path(get, path = "/v1/chain/tip", tag = "mine",
    responses(
        (status = 200, description = "Tip header", body = HeaderView),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn chain_tip(_k: ReadKey, State(st): State<AppState>) -> Json<HeaderView> {
    let chain = st.pool.chain();
    Json(header_view(chain.height(), chain.tip()))
}

/// Headers of the embedded chain, in height order.
#[utoipa::path(get, path = "/v1/chain/headers", tag = "mine", params(HeaderQuery),
    responses(
        (status = 200, description = "Headers", body = Vec<HeaderView>),
        (status = 400, description = "Bad query", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn chain_headers(
    _k: ReadKey,
    State(st): State<AppState>,
    ApiQuery(q): ApiQuery<HeaderQuery>,
) -> ApiResult<Json<Vec<HeaderView>>> {
    let limit = match q.limit.unwrap_or(100) {
        n @ 1..=2000 => n,
        n => {
            return Err(ApiError::bad_request(format!(
                "invalid limit {n}: expected 1 to 2000"
            )));
        }
    };
    let chain = st.pool.chain();
    let tip = chain.height();
    let from = q.from.unwrap_or_else(|| (tip + 1).saturating_sub(limit));
    Ok(Json(
        chain
            .blocks()
            .iter()
            .enumerate()
            .skip(from as usize)
            .take(limit as usize)
            .map(|(h, b)| header_view(h as u32, b))
            .collect(),
    ))
}

/// One header of the embedded chain.
#[utoipa::path(get, path = "/v1/chain/headers/{height}", tag = "mine",
    params(("height" = u32, Path, description = "Height")),
    responses(
        (status = 200, description = "The header", body = HeaderView),
        (status = 400, description = "Bad height", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 404, description = "Above the tip", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn chain_header(
    _k: ReadKey,
    State(st): State<AppState>,
    Path(height): Path<String>,
) -> ApiResult<Json<HeaderView>> {
    let h: u32 = height.parse().map_err(|_| {
        ApiError::bad_request(format!("invalid height {height:?}: expected a number"))
    })?;
    let chain = st.pool.chain();
    chain
        .blocks()
        .get(h as usize)
        .map(|b| Json(header_view(h, b)))
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "no block at height {h}; the tip is {}",
                chain.height()
            ))
        })
}

// ---------------------------------------------------------------------------------------------
// keys

/// A key to make.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateKey {
    /// A name for people.
    #[schema(min_length = 1, max_length = 100)]
    pub name: String,
    /// read, write or admin.
    pub scope: Scope,
}

/// Every key (never their secrets).
#[utoipa::path(get, path = "/v1/keys", tag = "keys",
    responses(
        (status = 200, description = "Keys", body = Vec<KeyRow>),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 403, description = "Not an admin key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn list_keys(_k: AdminKey, State(st): State<AppState>) -> Json<Vec<KeyRow>> {
    Json(st.keys.list())
}

/// Makes a key; its secret is in this answer only.
#[utoipa::path(post, path = "/v1/keys", tag = "keys", request_body = CreateKey,
    responses(
        (status = 201, description = "Made", body = NewKey),
        (status = 400, description = "Bad name or scope", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 403, description = "Not an admin key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn create_key(
    _k: AdminKey,
    State(st): State<AppState>,
    ApiJson(req): ApiJson<CreateKey>,
) -> ApiResult<(StatusCode, Json<NewKey>)> {
    let name = req.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(ApiError::bad_request(
            "invalid name: expected 1 to 100 characters",
        ));
    }
    let k = st.keys.create(name, req.scope).await?;
    Ok((StatusCode::CREATED, Json(k)))
}

/// Revokes a key at once.
#[utoipa::path(delete, path = "/v1/keys/{id}", tag = "keys",
    params(("id" = String, Path, description = "Key id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 403, description = "Not an admin key", body = ErrorBody),
        (status = 404, description = "No such key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
    ))]
async fn revoke_key(
    _k: AdminKey,
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    if st.keys.revoke(&id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found(format!("no key {id:?}")))
    }
}

// ---------------------------------------------------------------------------------------------
// stream

/// Live messages over a WebSocket (see the `StreamMessage` schema). Browsers pass the key as
/// `?key=`.
#[utoipa::path(get, path = "/v1/stream", tag = "meta", params(StreamQuery),
    responses(
        (status = 101, description = "Switching to the WebSocket protocol"),
        (status = 400, description = "Not a WebSocket request, or an unknown topic", body = ErrorBody),
        (status = 401, description = "No or bad key", body = ErrorBody),
        (status = 429, description = "Rate limited", body = ErrorBody),
        (status = 503, description = "Too many subscribers", body = ErrorBody),
    ))]
async fn stream(
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

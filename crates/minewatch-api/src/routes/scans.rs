//! Web content, packages, captures and URLs scanned; their records.

#[allow(clippy::wildcard_imports)] // The handlers share the router's imports and helpers.
use super::*;

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
    /// Only alerts this agent reported.
    pub agent: Option<String>,
}

pub(super) fn page_limit(limit: Option<u32>) -> ApiResult<u32> {
    match limit.unwrap_or(50) {
        n @ 1..=500 => Ok(n),
        n => Err(ApiError::bad_request(format!(
            "invalid limit {n}: expected 1 to 500"
        ))),
    }
}

pub(super) fn decode_b64(field: &str, s: &str) -> ApiResult<Vec<u8>> {
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
        (status = 403, description = "Key lacks the write scope, or URL scans are off (offline server)", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 415, description = "Not JSON", body = ErrorBody),
        (status = 422, description = "The URL could not be fetched", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn submit_scan(
    _k: WriteKey,
    State(st): State<AppState>,
    ApiJson(req): ApiJson<ScanRequest>,
) -> ApiResult<(StatusCode, Json<ScanDetail>)> {
    // The schema's limits, enforced: a name or URL is stored and broadcast with every alert.
    match &req {
        ScanRequest::Content { name, .. }
        | ScanRequest::Package { name, .. }
        | ScanRequest::Pcap { name, .. } => {
            if name.trim().is_empty() || name.chars().count() > 1000 {
                return Err(ApiError::bad_request(format!(
                    "invalid name: expected 1 to 1000 characters, got {}",
                    name.chars().count()
                )));
            }
        }
        ScanRequest::Url { url } => {
            if url.chars().count() > 4000 {
                return Err(ApiError::bad_request(format!(
                    "invalid url: at most 4000 characters, got {}",
                    url.chars().count()
                )));
            }
        }
    }
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
            // Entry by entry: a request holds one entry's bytes, never the whole package.
            let reports = tokio::task::spawn_blocking(move || scanner.scan_tgz(&bytes[..], &n))
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
            let reports = scan_url(&scanner, &url, &cfg).await.map_err(|e| {
                let hint = if matches!(e, minewatch_detect::web::fetch::FetchError::Private { .. })
                {
                    ": start the server with --allow-private-urls to scan intranet addresses"
                } else {
                    ""
                };
                ApiError {
                    status: StatusCode::UNPROCESSABLE_ENTITY,
                    code: "unprocessable",
                    message: format!("{e}{hint}"),
                }
            })?;
            ("url", url, reports)
        }
    };
    let (scan, alert) = web_outcome(kind, &target, &reports)?;
    store_scan(&st, scan, alert).await
}

/// Stores a scan and its alert in one transaction, then publishes both.
pub(super) async fn store_scan(
    st: &AppState,
    scan: NewScan,
    alert: Option<NewAlert>,
) -> ApiResult<(StatusCode, Json<ScanDetail>)> {
    let report = scan.report.clone();
    let (row, alert_row) = st
        .db
        .run(move |e| e.insert_scan(&scan, alert))
        .await
        .map_err(db_err)?;
    st.hub.publish(&StreamMessage::Scan { scan: row.clone() });
    if let Some(a) = &alert_row {
        st.metrics.alert(&a.source, &a.severity);
        if !st.db.announces_alerts() {
            st.hub.publish(&StreamMessage::Alert { alert: a.clone() });
        }
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
        KeyedErrors,
    ))]
pub(super) async fn list_scans(
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
        .run(move |e| e.scans(q.before, limit, q.verdict.as_deref()))
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
        (status = 404, description = "No such scan", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn get_scan(
    _k: ReadKey,
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<ScanDetail>> {
    let id: i64 = id
        .parse()
        .map_err(|_| ApiError::bad_request(format!("invalid scan id {id:?}: expected a number")))?;
    let (scan, reports) = st
        .db
        .run(move |e| e.scan(id))
        .await
        .map_err(db_err)?
        .ok_or_else(|| ApiError::not_found(format!("no scan {id}")))?;
    let alert = st
        .db
        .run(move |e| e.alert_for_scan(id))
        .await
        .map_err(db_err)?;
    Ok(Json(ScanDetail {
        scan,
        reports,
        alert,
    }))
}

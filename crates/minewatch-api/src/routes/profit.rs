//! Profitability, cryptojacking cost, hardware and market data.

#[allow(clippy::wildcard_imports)] // The handlers share the router's imports and helpers.
use super::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

pub(super) fn calc_error(e: CalcError) -> ApiError {
    ApiError::bad_request(e.to_string())
}

pub(super) async fn run_calc(st: &AppState, req: calc::Request) -> ApiResult<calc::Report> {
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
    // When this future is dropped (the request timed out: 408; or the client went away), the
    // guard sets the flag and the Monte Carlo paths stop within a path's time.
    let cancel = CancelOnDrop(Arc::new(AtomicBool::new(false)));
    let flag = cancel.0.clone();
    tokio::task::spawn_blocking(move || {
        calc::evaluate_cancellable(&req, &catalog, live.as_ref(), &note, now(), &flag)
            .map_err(calc_error)
    })
    .await
    .map_err(ApiError::internal)?
}

/// Sets its flag when dropped.
struct CancelOnDrop(Arc<AtomicBool>);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// Profitability of a rig: today's figures, a day-by-day projection with halvings and
/// difficulty growth, and optionally Monte Carlo price risk. The same inputs as
/// `minewatch profit`, with field names in snake_case.
#[utoipa::path(post, path = "/v1/profit", tag = "price", request_body = calc::Request,
    responses(
        (status = 200, description = "The report: hardware, rig, costs, market (with sources), today, projection, monte_carlo", body = Object),
        (status = 400, description = "Invalid input, naming the field", body = ErrorBody),
        (status = 415, description = "Not JSON", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn profit(
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
        (status = 415, description = "Not JSON", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn profit_chart(
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
    .map_err(|e| match e {
        minewatch_profit::chart::ChartError::Range(_) => ApiError::bad_request(e.to_string()),
        e => ApiError::internal(e),
    })?;
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
        (status = 415, description = "Not JSON", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn jacking_cost(
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
        KeyedErrors,
    ))]
pub(super) async fn hardware_list(_k: ReadKey, State(st): State<AppState>) -> Response {
    Json(&st.catalog.hardware).into_response()
}

/// One machine (case and spacing do not matter; unknown names get suggestions).
#[utoipa::path(get, path = "/v1/hardware/{name}", tag = "price",
    params(("name" = String, Path, description = "Model name")),
    responses(
        (status = 200, description = "The machine", body = Object),
        (status = 404, description = "Unknown, with did-you-mean", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn hardware_show(
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
        KeyedErrors,
    ))]
pub(super) async fn market(_k: ReadKey, State(st): State<AppState>) -> Response {
    Json(st.market.get(&st).await).into_response()
}

// ---------------------------------------------------------------------------------------------

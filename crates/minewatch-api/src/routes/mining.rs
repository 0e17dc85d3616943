//! The local miner and the embedded pool.

#[allow(clippy::wildcard_imports)] // The handlers share the router's imports and helpers.
use super::*;

// miner, pool, chain

/// The local miner.
#[utoipa::path(get, path = "/v1/miner", tag = "mine",
    responses(
        (status = 200, description = "Status", body = MinerStatus),
        KeyedErrors,
    ))]
pub(super) async fn miner_status(_k: ReadKey, State(st): State<AppState>) -> Json<MinerStatus> {
    Json(st.miner.status().await)
}

/// Starts the local miner on the embedded pool (low priority; 1 thread unless told).
#[utoipa::path(post, path = "/v1/miner/start", tag = "mine", request_body = StartMiner,
    responses(
        (status = 200, description = "Started", body = MinerStatus),
        (status = 400, description = "Bad threads or backend", body = ErrorBody),
        (status = 403, description = "Key lacks the write scope", body = ErrorBody),
        (status = 409, description = "Already running, or no embedded pool to mine on", body = ErrorBody),
        (status = 415, description = "Not JSON", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn miner_start(
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
        (status = 403, description = "Key lacks the write scope", body = ErrorBody),
        (status = 409, description = "Not running", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn miner_stop(
    _k: WriteKey,
    State(st): State<AppState>,
) -> ApiResult<Json<MinerStatus>> {
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
    /// Only heights below this (0 to 4294967295).
    #[param(value_type = Option<i64>, minimum = 0, maximum = 4294967295_i64)]
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

pub(super) fn pool_err(e: minewatch_stratum::store::StoreError) -> ApiError {
    ApiError::internal(e)
}

/// The embedded pool: height, workers, hashrate, what is stored.
#[utoipa::path(get, path = "/v1/pool", tag = "mine",
    responses(
        (status = 200, description = "Summary", body = PoolSummary),
        KeyedErrors,
    ))]
pub(super) async fn pool_summary(
    _k: ReadKey,
    State(st): State<AppState>,
) -> ApiResult<Json<PoolSummary>> {
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
        KeyedErrors,
    ))]
pub(super) async fn pool_workers(_k: ReadKey, State(st): State<AppState>) -> Json<Vec<Worker>> {
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
        KeyedErrors,
    ))]
pub(super) async fn pool_shares(
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
        KeyedErrors,
    ))]
pub(super) async fn pool_hashrate(
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
        .run(move |e| e.hashrate(&source, since, limit))
        .await
        .map(Json)
        .map_err(db_err)
}

/// Blocks the pool found, highest first.
#[utoipa::path(get, path = "/v1/pool/blocks", tag = "mine", params(Paging),
    responses(
        (status = 200, description = "A page", body = BlockPage),
        (status = 400, description = "Bad query", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn pool_blocks(
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
        KeyedErrors,
    ))]
pub(super) async fn pool_payouts(
    _k: ReadKey,
    State(st): State<AppState>,
) -> ApiResult<Json<Vec<Payout>>> {
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

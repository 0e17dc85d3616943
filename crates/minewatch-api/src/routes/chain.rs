//! The embedded chain's headers.

#[allow(clippy::wildcard_imports)] // The handlers share the router's imports and helpers.
use super::*;

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

pub(super) fn header_view(height: u32, b: &minewatch_pow::block::Block) -> HeaderView {
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
    /// First height, 0 to 4294967295 (default: so that the last `limit` headers are returned).
    #[param(value_type = Option<i64>, minimum = 0, maximum = 4294967295_i64)]
    pub from: Option<u32>,
    /// Most headers, 1 to 2000 (default 100).
    #[param(minimum = 1, maximum = 2000)]
    pub limit: Option<u32>,
}

/// The embedded chain's tip.
#[utoipa::path(get, path = "/v1/chain/tip", tag = "mine",
    responses(
        (status = 200, description = "Tip header", body = HeaderView),
        KeyedErrors,
    ))]
pub(super) async fn chain_tip(_k: ReadKey, State(st): State<AppState>) -> Json<HeaderView> {
    let chain = st.pool.chain();
    Json(header_view(chain.height(), chain.tip()))
}

/// Headers of the embedded chain, in height order.
#[utoipa::path(get, path = "/v1/chain/headers", tag = "mine", params(HeaderQuery),
    responses(
        (status = 200, description = "Headers", body = Vec<HeaderView>),
        (status = 400, description = "Bad query", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn chain_headers(
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
        (status = 404, description = "Above the tip", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn chain_header(
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

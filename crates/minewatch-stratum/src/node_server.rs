//! `minewatch node`: the embedded regtest chain as a process of its own that answers Bitcoin
//! Core's JSON-RPC, so pool front-ends use one code path ([`crate::node`]) for Core and for the
//! embedded chain, and several front-ends can mine one chain.
//!
//! Methods: `getblockchaininfo`, `getbestblockhash`, `getblockcount`, `getblockhash`,
//! `getblocktemplate` (segwit rule required, as Core), `submitblock` (Core's reject reasons),
//! `getblockheader` (verbose or hex), `getblock` (verbosity 0 or 1). Authentication is HTTP
//! Basic with `rpcuser`/`rpcpassword`, or the `.cookie` file written into the data directory
//! at start (owner-only, removed at a clean exit), as Core does. Every accepted block is
//! committed to `DATADIR/chain.sqlite` before `submitblock` answers, and the chain is replayed
//! from it at start.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use minewatch_pow::block::Block;
use minewatch_pow::coinbase::{witness_commitment, witness_commitment_script};
use minewatch_pow::{BlockHash, MerkleNode, hex};
use serde_json::{Value, json};
use thiserror::Error;

use crate::chain::{ChainError, LocalChain};

/// The largest request body (a block in hex is twice its size; the embedded chain's blocks are
/// small, Core's largest are 4 MB).
pub const MAX_REQUEST_BYTES: usize = 10 * 1024 * 1024;

/// The node failed to start.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum NodeServerError {
    /// The data directory or its files.
    #[error("node data directory {path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// What failed.
        source: std::io::Error,
    },
    /// The chain database.
    #[error("node chain database: {0}")]
    Db(#[from] rusqlite::Error),
    /// A stored block does not decode or no longer extends the chain.
    #[error("node chain database holds an invalid block at height {height}: {why}")]
    StoredBlock {
        /// Its height.
        height: u32,
        /// Why.
        why: String,
    },
}

/// How clients authenticate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NodeAuth {
    /// `rpcuser`/`rpcpassword`.
    UserPass(String, String),
    /// A random cookie written to `DATADIR/.cookie` (`__cookie__:<hex>`), as Core does.
    Cookie,
}

/// The chain node: the embedded chain, its database, who may call it.
#[derive(Debug)]
pub struct ChainNode {
    chain: Mutex<(LocalChain, rusqlite::Connection)>,
    /// The `Authorization` header a client must send.
    authorization: String,
    cookie: Option<PathBuf>,
    /// `DATADIR/.lock`, held exclusively while the node runs: one node per data directory.
    _lock: std::fs::File,
}

/// Standard base64 (RFC 4648, with padding), for the Basic credentials.
fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= c.len() {
                out.push(char::from(A[(n >> shift) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Equal without an early exit on the first differing byte.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

impl ChainNode {
    /// Opens the node in `datadir` (created if needed): replays the stored chain and, with
    /// [`NodeAuth::Cookie`], writes a fresh `.cookie`. `chain` is the empty chain to replay
    /// onto (regtest's, or one with a fixed target).
    pub fn open(
        datadir: &Path,
        chain: LocalChain,
        auth: NodeAuth,
    ) -> Result<Arc<Self>, NodeServerError> {
        let io = |path: &Path| {
            let path = path.to_owned();
            move |source| NodeServerError::Io { path, source }
        };
        std::fs::create_dir_all(datadir).map_err(io(datadir))?;
        let lock_path = datadir.join(".lock");
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io(&lock_path))?;
        lock.try_lock().map_err(|e| NodeServerError::Io {
            path: datadir.to_owned(),
            source: std::io::Error::new(
                std::io::ErrorKind::WouldBlock,
                format!("another node uses this data directory ({e})"),
            ),
        })?;
        let db = rusqlite::Connection::open(datadir.join("chain.sqlite"))?;
        db.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: a block the node said it accepted survives even the machine losing power.
        db.pragma_update(None, "synchronous", "FULL")?;
        db.execute_batch(
            "CREATE TABLE IF NOT EXISTS blocks (height INTEGER PRIMARY KEY, raw BLOB NOT NULL)",
        )?;
        let mut chain = chain;
        {
            let mut st = db.prepare("SELECT height, raw FROM blocks ORDER BY height")?;
            let rows = st.query_map([], |r| Ok((r.get::<_, u32>(0)?, r.get::<_, Vec<u8>>(1)?)))?;
            for row in rows {
                let (height, raw) = row?;
                let bad = |why: String| NodeServerError::StoredBlock { height, why };
                let block = Block::decode(&raw).map_err(|e| bad(e.to_string()))?;
                let got = chain.submit(block).map_err(|e| bad(e.to_string()))?;
                if got != height {
                    return Err(bad(format!("it extends the chain at height {got}")));
                }
            }
        }
        let (authorization, cookie) = match auth {
            NodeAuth::UserPass(user, pass) => (
                format!("Basic {}", base64(format!("{user}:{pass}").as_bytes())),
                None,
            ),
            NodeAuth::Cookie => {
                let mut secret = [0u8; 32];
                getrandom::fill(&mut secret).map_err(|e| NodeServerError::Io {
                    path: datadir.to_owned(),
                    source: std::io::Error::other(e.to_string()),
                })?;
                let creds = format!("__cookie__:{}", hex::encode(&secret));
                let path = datadir.join(".cookie");
                write_owner_only(&path, creds.as_bytes()).map_err(io(&path))?;
                (format!("Basic {}", base64(creds.as_bytes())), Some(path))
            }
        };
        Ok(Arc::new(Self {
            chain: Mutex::new((chain, db)),
            authorization,
            cookie,
            _lock: lock,
        }))
    }

    /// The cookie file, with [`NodeAuth::Cookie`].
    pub fn cookie_path(&self) -> Option<&Path> {
        self.cookie.as_deref()
    }

    /// The chain's height.
    pub fn height(&self) -> u32 {
        self.lock().0.height()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (LocalChain, rusqlite::Connection)> {
        self.chain
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The HTTP service: JSON-RPC on `POST /`.
    pub fn router(self: Arc<Self>) -> Router {
        Router::new()
            .route("/", axum::routing::post(handle))
            .layer(DefaultBodyLimit::max(MAX_REQUEST_BYTES))
            .with_state(self)
    }

    /// One call: `Ok(result)`, or `Err((code, message))` as Core reports errors.
    pub fn call(&self, method: &str, params: &Value) -> Result<Value, (i64, String)> {
        let arg = |i: usize| params.get(i).filter(|v| !v.is_null());
        match method {
            "getblockchaininfo" => {
                let st = self.lock();
                let chain = &st.0;
                Ok(json!({
                    "chain": "regtest",
                    "blocks": chain.height(),
                    "headers": chain.height(),
                    "bestblockhash": chain.tip().block_hash().to_string(),
                    "difficulty": chain.tip().header.bits.difficulty(),
                    "mediantime": chain.median_time_past(),
                    "initialblockdownload": false,
                    "pruned": false,
                    "warnings": "",
                }))
            }
            "getbestblockhash" => Ok(json!(self.lock().0.tip().block_hash().to_string())),
            "getblockcount" => Ok(json!(self.height())),
            "getblockhash" => {
                let h = arg(0).and_then(Value::as_u64).ok_or_else(|| {
                    (
                        -1,
                        "getblockhash height: expected a block height".to_owned(),
                    )
                })?;
                let st = self.lock();
                let block = usize::try_from(h)
                    .ok()
                    .and_then(|h| st.0.blocks().get(h))
                    .ok_or((-8, "Block height out of range".to_owned()))?;
                Ok(json!(block.block_hash().to_string()))
            }
            "getblocktemplate" => {
                let segwit = arg(0)
                    .and_then(|p| p.get("rules"))
                    .and_then(Value::as_array)
                    .is_some_and(|r| r.iter().any(|x| x == "segwit"));
                if !segwit {
                    return Err((
                        -8,
                        "getblocktemplate must be called with the segwit rule set (call with {\"rules\": [\"segwit\"]})".into(),
                    ));
                }
                Ok(self.template())
            }
            "submitblock" => {
                let raw = arg(0)
                    .and_then(Value::as_str)
                    .and_then(|h| hex::decode(h).ok())
                    .ok_or((-22, "Block decode failed".to_owned()))?;
                let block = Block::decode(&raw).map_err(|_| (-22, "Block decode failed".into()))?;
                Ok(self.submit(block))
            }
            "getblockheader" => {
                let verbose = arg(1).and_then(Value::as_bool).unwrap_or(true);
                let st = self.lock();
                let (height, block) = find(&st.0, arg(0))?;
                if !verbose {
                    return Ok(json!(hex::encode(&block.header.encode())));
                }
                Ok(header_json(&st.0, height, block))
            }
            "getblock" => {
                let verbosity = match arg(1) {
                    None => 1,
                    Some(Value::Bool(b)) => u64::from(*b),
                    Some(v) => v.as_u64().unwrap_or(u64::MAX),
                };
                let st = self.lock();
                let (height, block) = find(&st.0, arg(0))?;
                match verbosity {
                    0 => Ok(json!(hex::encode(&block.encode()))),
                    1 => {
                        let mut v = header_json(&st.0, height, block);
                        v["size"] = json!(block.encode().len());
                        v["nTx"] = json!(block.txdata.len());
                        v["tx"] = json!(
                            block
                                .txdata
                                .iter()
                                .map(|t| t.txid().to_string())
                                .collect::<Vec<_>>()
                        );
                        Ok(v)
                    }
                    _ => Err((
                        -8,
                        "getblock verbosity: this node answers 0 (hex) or 1 (JSON)".into(),
                    )),
                }
            }
            _ => Err((-32601, "Method not found".into())),
        }
    }

    /// Core's `getblocktemplate` answer for the next block (no mempool: coinbase only).
    fn template(&self) -> Value {
        let st = self.lock();
        let chain = &st.0;
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as u32);
        let t = chain.template(&[(vec![0x51], 1)], now);
        let tip = chain.tip().block_hash();
        // A coinbase-only block's witness root is the coinbase's zeroed wtxid.
        let commitment = witness_commitment(&MerkleNode([0; 32]), &[0; 32]);
        let target = t
            .header
            .bits
            .to_target(chain.params().pow_limit)
            .map(|t| t.to_string())
            .unwrap_or_default();
        json!({
            "capabilities": ["proposal"],
            "version": t.header.version,
            "rules": ["csv", "!segwit", "taproot"],
            "vbavailable": {},
            "vbrequired": 0,
            "previousblockhash": tip.to_string(),
            "transactions": [],
            "coinbaseaux": {},
            "coinbasevalue": t.coinbase_value,
            "longpollid": format!("{tip}{}", chain.height()),
            "target": target,
            "mintime": chain.median_time_past() + 1,
            "mutable": ["time", "transactions", "prevblock"],
            "noncerange": "00000000ffffffff",
            "sigoplimit": 80000,
            "sizelimit": 4_000_000,
            "weightlimit": 4_000_000,
            "curtime": t.header.time,
            "bits": format!("{:08x}", t.header.bits.0),
            "height": t.height,
            "default_witness_commitment": hex::encode(&witness_commitment_script(&commitment)),
        })
    }

    /// `submitblock`: `null` when accepted (committed to disk first), else Core's reason.
    fn submit(&self, block: Block) -> Value {
        let mut st = self.lock();
        let (chain, db) = &mut *st;
        let hash = block.block_hash();
        if chain.blocks().iter().any(|b| b.block_hash() == hash) {
            return json!("duplicate");
        }
        let height = match chain.validate(&block) {
            Ok(h) => h,
            Err(e) => return json!(reason(&e)),
        };
        if let Err(e) = db.execute(
            "INSERT INTO blocks (height, raw) VALUES (?1, ?2)",
            rusqlite::params![height, block.encode()],
        ) {
            tracing::error!(height, %hash, "cannot store the block: {e}");
            return json!("rejected: the node cannot store the block");
        }
        match chain.submit(block) {
            Ok(_) => {
                tracing::info!(height, %hash, "block accepted");
                Value::Null
            }
            Err(e) => json!(reason(&e)),
        }
    }
}

impl Drop for ChainNode {
    fn drop(&mut self) {
        // Core removes its cookie at a clean exit; a stale one would only fail to authenticate.
        if let Some(c) = &self.cookie {
            let _ = std::fs::remove_file(c);
        }
    }
}

/// Core's reject reason for a block the chain refused.
fn reason(e: &ChainError) -> String {
    match e {
        ChainError::NotOnTip { .. } => "inconclusive-not-best-prevblk".into(),
        ChainError::TimeTooOld { .. } => "time-too-old".into(),
        // Block errors start with Core's reason.
        ChainError::Invalid(b) => {
            let s = b.to_string();
            s.split(':').next().unwrap_or("rejected").trim().to_owned()
        }
    }
}

/// The block a `getblockheader`/`getblock` argument names, with its height.
fn find<'a>(
    chain: &'a LocalChain,
    arg: Option<&Value>,
) -> Result<(usize, &'a Block), (i64, String)> {
    let hash: BlockHash = arg
        .and_then(Value::as_str)
        .and_then(|h| h.parse().ok())
        .ok_or((-8, "blockhash must be 64 hex digits".to_owned()))?;
    chain
        .blocks()
        .iter()
        .enumerate()
        .find(|(_, b)| b.block_hash() == hash)
        .ok_or((-5, "Block not found".to_owned()))
}

/// `getblockheader`'s verbose answer.
fn header_json(chain: &LocalChain, height: usize, block: &Block) -> Value {
    let h = &block.header;
    let mut v = json!({
        "hash": block.block_hash().to_string(),
        "confirmations": chain.blocks().len() - height,
        "height": height,
        "version": h.version,
        "versionHex": format!("{:08x}", h.version),
        "merkleroot": h.merkle_root.to_string(),
        "time": h.time,
        "nonce": h.nonce,
        "bits": format!("{:08x}", h.bits.0),
        "difficulty": h.bits.difficulty(),
    });
    if height > 0 {
        v["previousblockhash"] = json!(h.prev_blockhash.to_string());
    }
    if let Some(next) = chain.blocks().get(height + 1) {
        v["nextblockhash"] = json!(next.block_hash().to_string());
    }
    v
}

/// Writes `bytes` to `path`, readable and writable by its owner only.
fn write_owner_only(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let _ = std::fs::remove_file(path);
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    opts.open(path)?.write_all(bytes)
}

/// `POST /`: one call or a batch, as Core answers them.
async fn handle(State(node): State<Arc<ChainNode>>, headers: HeaderMap, body: Bytes) -> Response {
    let authorized = headers
        .get(axum::http::header::AUTHORIZATION)
        .is_some_and(|v| same(v.as_bytes(), node.authorization.as_bytes()));
    if !authorized {
        return (
            StatusCode::UNAUTHORIZED,
            [("WWW-Authenticate", "Basic realm=\"jsonrpc\"")],
        )
            .into_response();
    }
    let req: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(_) => {
            let e = json!({"result": null, "error": {"code": -32700, "message": "Parse error"}, "id": null});
            return (StatusCode::INTERNAL_SERVER_ERROR, axum::Json(e)).into_response();
        }
    };
    let node2 = node.clone();
    // The chain's lock and the database write are blocking work.
    let answered = tokio::task::spawn_blocking(move || match req {
        Value::Array(calls) => (
            StatusCode::OK,
            Value::Array(calls.iter().map(|c| one(&node2, c).1).collect()),
        ),
        call => one(&node2, &call),
    })
    .await;
    match answered {
        Ok((status, v)) => (status, axum::Json(v)).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// One JSON-RPC request object: its HTTP status (Core's legacy JSON-RPC 1.0 statuses) and reply.
fn one(node: &ChainNode, req: &Value) -> (StatusCode, Value) {
    let id = req.get("id").cloned().unwrap_or(Value::Null);
    let Some(method) = req.get("method").and_then(Value::as_str) else {
        let e = json!({"code": -32600, "message": "Missing method"});
        return (
            StatusCode::BAD_REQUEST,
            json!({"result": null, "error": e, "id": id}),
        );
    };
    let params = req.get("params").cloned().unwrap_or_else(|| json!([]));
    match node.call(method, &params) {
        Ok(result) => (
            StatusCode::OK,
            json!({"result": result, "error": null, "id": id}),
        ),
        Err((code, message)) => {
            let status = if code == -32601 {
                StatusCode::NOT_FOUND
            } else {
                StatusCode::INTERNAL_SERVER_ERROR
            };
            (
                status,
                json!({"result": null, "error": {"code": code, "message": message}, "id": id}),
            )
        }
    }
}

/// Serves `node` on `listener` until `shutdown`.
pub async fn serve_node(
    listener: tokio::net::TcpListener,
    node: Arc<ChainNode>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, node.router())
        .with_graceful_shutdown(shutdown)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(|f| json!(f)),
            ".{0,40}".prop_map(Value::from),
            "[0-9a-f]{0,200}".prop_map(Value::from),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::btree_map("[a-z]{1,8}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// Whatever a client sends as parameters, every method answers (a result or an error);
    /// nothing panics and the chain only grows by valid blocks.
    #[test]
    fn any_parameters_get_an_answer() {
        let dir = tempfile::tempdir().expect("temp dir");
        let node =
            ChainNode::open(dir.path(), LocalChain::new(), NodeAuth::Cookie).expect("node opens");
        let methods = [
            "getblockchaininfo",
            "getbestblockhash",
            "getblockcount",
            "getblockhash",
            "getblocktemplate",
            "submitblock",
            "getblockheader",
            "getblock",
            "nosuchmethod",
        ];
        proptest!(ProptestConfig::with_cases(512), |(m in 0..methods.len(), params in json_value())| {
            let _ = node.call(methods[m], &params);
            prop_assert_eq!(node.height(), 0);
        });
    }

    #[test]
    fn base64_matches_rfc_4648() {
        for (plain, b64) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), b64);
        }
    }
}

//! Bitcoin Core as the block template source: JSON-RPC over HTTP (`getblockchaininfo`,
//! `getbestblockhash`, `getblocktemplate`, `submitblock`) with cookie or user/password
//! authentication, the template turned into Stratum work, and a driver that keeps a pool's
//! job current and hands the node every block the pool finds.
//!
//! The driver asks for the best block hash every `poll` (cheap for the node) and for a fresh
//! template when the tip moves, after a block is submitted, and every `refresh` for new
//! transactions. Tip changes become clean jobs; transaction refreshes do not.

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use minewatch_pow::block::Block;
use minewatch_pow::coinbase::{
    WITNESS_COMMITMENT_HEADER, witness_commitment, witness_commitment_script, witness_merkle_root,
};
use minewatch_pow::tx::{Transaction, TxOut};
use minewatch_pow::{BlockHash, CompactTarget, Header, MerkleNode, Network, hex};
use serde::Deserialize;
use serde_json::{Value, json};
use thiserror::Error;
use tokio::sync::mpsc;

use crate::chain::{Template, coinbase_parts};
use crate::pool::{Pool, PoolEvent};

/// How to authenticate to the node.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Auth {
    /// `rpcuser`/`rpcpassword` (or `rpcauth`) credentials.
    UserPass {
        /// User name.
        user: String,
        /// Password.
        pass: String,
    },
    /// The `.cookie` file the node writes at start (`__cookie__:<random>`); read on every call,
    /// so a restarted node's new cookie is picked up.
    Cookie(PathBuf),
    /// No credentials (a proxy that adds them).
    None,
}

/// Where the node is: `bitcoind://[user:pass@]host:port`, or an `http://` URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeUrl {
    /// The HTTP endpoint, `http://host:port/`.
    pub endpoint: String,
    /// Credentials from the URL, if any.
    pub auth: Auth,
}

/// A node URL that does not parse.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("invalid node URL {url:?}: {why} (expected bitcoind://[user:pass@]host:port)")]
pub struct NodeUrlError {
    /// The URL given.
    pub url: String,
    /// What is wrong with it.
    pub why: &'static str,
}

impl std::str::FromStr for NodeUrl {
    type Err = NodeUrlError;
    fn from_str(url: &str) -> Result<Self, Self::Err> {
        let fail = |why| NodeUrlError {
            url: url.to_owned(),
            why,
        };
        let rest = url
            .strip_prefix("bitcoind://")
            .or_else(|| url.strip_prefix("http://"))
            .ok_or_else(|| fail("unknown scheme"))?;
        let rest = rest.trim_end_matches('/');
        let (auth, hostport) = match rest.rsplit_once('@') {
            Some((creds, hp)) => {
                let (user, pass) = creds
                    .split_once(':')
                    .ok_or_else(|| fail("credentials must be user:password"))?;
                (
                    Auth::UserPass {
                        user: user.to_owned(),
                        pass: pass.to_owned(),
                    },
                    hp,
                )
            }
            None => (Auth::None, rest),
        };
        let (host, port) = hostport
            .rsplit_once(':')
            .ok_or_else(|| fail("missing port"))?;
        if host.is_empty() || host.contains('/') {
            return Err(fail("missing or invalid host"));
        }
        let port: u16 = port.parse().map_err(|_| fail("invalid port"))?;
        Ok(Self {
            endpoint: format!("http://{host}:{port}/"),
            auth,
        })
    }
}

/// A failed RPC call.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum RpcError {
    /// The node could not be reached or did not answer in time.
    #[error("cannot reach the node at {endpoint}: {message}")]
    Transport {
        /// The endpoint.
        endpoint: String,
        /// What went wrong.
        message: String,
    },
    /// The node refused the credentials (HTTP 401).
    #[error(
        "the node at {0} refused the RPC credentials (HTTP 401): check rpcuser/rpcpassword or the cookie file"
    )]
    Unauthorized(String),
    /// The cookie file could not be read.
    #[error("cannot read the RPC cookie file {path}: {message}")]
    Cookie {
        /// The file.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// The node answered with a JSON-RPC error.
    #[error("{method}: RPC error {code}: {message}")]
    Rpc {
        /// The method called.
        method: String,
        /// The JSON-RPC error code (Core: -8 invalid parameter, -9 not connected,
        /// -10 initial block download, ...).
        code: i64,
        /// The node's message.
        message: String,
    },
    /// The answer is not what the method returns.
    #[error("{method}: malformed answer from the node: {message}")]
    Malformed {
        /// The method called.
        method: String,
        /// What is wrong.
        message: String,
    },
    /// An HTTP status other than 200 with no JSON-RPC error in the body.
    #[error("{method}: HTTP status {status} from the node")]
    Status {
        /// The method called.
        method: String,
        /// The status.
        status: u16,
    },
}

/// A JSON-RPC client for Bitcoin Core.
#[derive(Debug, Clone)]
pub struct Rpc {
    http: reqwest::Client,
    endpoint: String,
    auth: Auth,
}

/// A transaction of a block template.
#[derive(Debug, Clone, Deserialize)]
pub struct TemplateTx {
    /// The transaction, hex, with witness.
    pub data: String,
    /// Its txid (display order).
    pub txid: String,
    /// Its wtxid (display order).
    #[serde(default)]
    pub hash: Option<String>,
    /// The fee it pays, in satoshis.
    #[serde(default)]
    pub fee: Option<u64>,
}

/// What `getblocktemplate` returns (BIP 22/23/145), the fields a pool uses.
#[derive(Debug, Clone, Deserialize)]
pub struct BlockTemplate {
    /// Block version.
    pub version: u32,
    /// The tip the block builds on (display order).
    pub previousblockhash: String,
    /// The transactions to include, in order.
    pub transactions: Vec<TemplateTx>,
    /// Subsidy plus fees, satoshis.
    pub coinbasevalue: u64,
    /// Compact target, hex.
    pub bits: String,
    /// The node's time.
    pub curtime: u32,
    /// Earliest allowed time.
    #[serde(default)]
    pub mintime: u32,
    /// Height of the block to build.
    pub height: u32,
    /// The commitment output script, when segwit is active.
    #[serde(default)]
    pub default_witness_commitment: Option<String>,
    /// Long-poll id: changes when the template does.
    #[serde(default)]
    pub longpollid: Option<String>,
}

/// A template the pool cannot use.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum TemplateError {
    /// A field does not parse.
    #[error("getblocktemplate: invalid {field}: {message}")]
    Field {
        /// The field.
        field: &'static str,
        /// Why.
        message: String,
    },
    /// A transaction's bytes do not hash to the txid the node gave.
    #[error("getblocktemplate: transaction {index} hashes to {computed}, the node said {stated}")]
    Txid {
        /// Its position in `transactions`.
        index: usize,
        /// What the node said.
        stated: String,
        /// What its bytes hash to.
        computed: String,
    },
    /// The node's witness commitment is not the one its transactions give.
    #[error(
        "getblocktemplate: default_witness_commitment {stated} does not match the transactions ({computed})"
    )]
    Commitment {
        /// What the node said.
        stated: String,
        /// What the transactions give.
        computed: String,
    },
}

impl BlockTemplate {
    /// The Stratum template: a coinbase with the BIP 34 height, the extranonce space and
    /// `tag`, paying `coinbasevalue` to `payout_script`, with the node's witness commitment
    /// (checked against the transactions' wtxids) as a second output when segwit is active.
    pub fn to_template(&self, payout_script: &[u8], tag: &[u8]) -> Result<Template, TemplateError> {
        let field = |field: &'static str, e: &dyn std::fmt::Display| TemplateError::Field {
            field,
            message: e.to_string(),
        };
        let prev = BlockHash::from_display_hex(&self.previousblockhash)
            .map_err(|e| field("previousblockhash", &e))?;
        let bits = u32::from_str_radix(&self.bits, 16).map_err(|e| field("bits", &e))?;
        let mut transactions = Vec::with_capacity(self.transactions.len());
        for (index, t) in self.transactions.iter().enumerate() {
            let raw = hex::decode(&t.data).map_err(|e| field("transactions.data", &e))?;
            let tx = Transaction::decode(&raw).map_err(|e| field("transactions.data", &e))?;
            let computed = tx.txid().to_string();
            if !computed.eq_ignore_ascii_case(&t.txid) {
                return Err(TemplateError::Txid {
                    index,
                    stated: t.txid.clone(),
                    computed,
                });
            }
            transactions.push(tx);
        }
        let mut outputs = vec![TxOut {
            value: self.coinbasevalue,
            script_pubkey: payout_script.to_vec(),
        }];
        let witness = match &self.default_witness_commitment {
            Some(script_hex) => {
                let stated =
                    hex::decode(script_hex).map_err(|e| field("default_witness_commitment", &e))?;
                // The coinbase's wtxid counts as zero; the reserved value is 32 zero bytes.
                let mut txs = vec![Transaction {
                    version: 2,
                    inputs: vec![],
                    outputs: vec![],
                    lock_time: 0,
                }];
                txs.extend(transactions.iter().cloned());
                let root = witness_merkle_root(&txs);
                let computed = witness_commitment_script(&witness_commitment(&root, &[0; 32]));
                if !stated.starts_with(&WITNESS_COMMITMENT_HEADER) || stated != computed {
                    return Err(TemplateError::Commitment {
                        stated: script_hex.clone(),
                        computed: hex::encode(&computed),
                    });
                }
                outputs.push(TxOut {
                    value: 0,
                    script_pubkey: stated,
                });
                true
            }
            None => false,
        };
        let (coinb1, coinb2) = coinbase_parts(self.height, outputs, tag);
        Ok(Template {
            height: self.height,
            header: Header {
                version: self.version as i32,
                prev_blockhash: prev,
                merkle_root: MerkleNode::ZERO,
                time: self.curtime.max(self.mintime),
                bits: CompactTarget(bits),
                nonce: 0,
            },
            coinb1,
            coinb2,
            coinbase_value: self.coinbasevalue,
            transactions,
            witness_commitment: witness,
        })
    }
}

impl Rpc {
    /// A client for the node at `url`, each call limited to `timeout`.
    pub fn new(url: &NodeUrl, timeout: Duration) -> Self {
        // The workspace's reqwest is built with rustls and no default crypto provider (see the
        // workspace Cargo.toml); a client cannot be built until one is installed. Node URLs are
        // plain HTTP, but the client is built the same way. Installing it twice is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            .build()
            .unwrap_or_default();
        Self {
            http,
            endpoint: url.endpoint.clone(),
            auth: url.auth.clone(),
        }
    }

    /// Uses `auth` instead of the URL's credentials.
    #[must_use]
    pub fn with_auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }

    /// Calls `method` with `params` and returns its `result`.
    pub async fn call(&self, method: &str, params: Value) -> Result<Value, RpcError> {
        let body = json!({"jsonrpc": "1.0", "id": "minewatch", "method": method, "params": params});
        let mut req = self.http.post(&self.endpoint).json(&body);
        match &self.auth {
            Auth::UserPass { user, pass } => req = req.basic_auth(user, Some(pass)),
            Auth::Cookie(path) => {
                let cookie = std::fs::read_to_string(path).map_err(|e| RpcError::Cookie {
                    path: path.clone(),
                    message: e.to_string(),
                })?;
                let (user, pass) =
                    cookie
                        .trim()
                        .split_once(':')
                        .ok_or_else(|| RpcError::Cookie {
                            path: path.clone(),
                            message: "expected user:password".into(),
                        })?;
                req = req.basic_auth(user, Some(pass));
            }
            Auth::None => {}
        }
        let transport = |e: reqwest::Error| RpcError::Transport {
            endpoint: self.endpoint.clone(),
            message: e.to_string(),
        };
        let resp = req.send().await.map_err(transport)?;
        let status = resp.status();
        if status == reqwest::StatusCode::UNAUTHORIZED {
            return Err(RpcError::Unauthorized(self.endpoint.clone()));
        }
        // Core answers RPC errors with HTTP 500 (or 404 for an unknown method) and a JSON body.
        let bytes = resp.bytes().await.map_err(transport)?;
        let malformed = |message: String| RpcError::Malformed {
            method: method.to_owned(),
            message,
        };
        let reply: Value = match serde_json::from_slice(&bytes) {
            Ok(v) => v,
            Err(e) if status.is_success() => return Err(malformed(e.to_string())),
            Err(_) => {
                return Err(RpcError::Status {
                    method: method.to_owned(),
                    status: status.as_u16(),
                });
            }
        };
        if let Some(err) = reply.get("error").filter(|e| !e.is_null()) {
            return Err(RpcError::Rpc {
                method: method.to_owned(),
                code: err.get("code").and_then(Value::as_i64).unwrap_or(0),
                message: err
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned(),
            });
        }
        if !status.is_success() {
            return Err(RpcError::Status {
                method: method.to_owned(),
                status: status.as_u16(),
            });
        }
        reply
            .get("result")
            .cloned()
            .ok_or_else(|| malformed("no result".into()))
    }

    async fn call_as<T: serde::de::DeserializeOwned>(
        &self,
        method: &str,
        params: Value,
    ) -> Result<T, RpcError> {
        let v = self.call(method, params).await?;
        serde_json::from_value(v).map_err(|e| RpcError::Malformed {
            method: method.to_owned(),
            message: e.to_string(),
        })
    }

    /// The node's network, from `getblockchaininfo`.
    pub async fn network(&self) -> Result<Network, RpcError> {
        #[derive(Deserialize)]
        struct Info {
            chain: String,
        }
        let info: Info = self.call_as("getblockchaininfo", json!([])).await?;
        match info.chain.as_str() {
            "main" => Ok(Network::Mainnet),
            "signet" => Ok(Network::Signet),
            "test" => Ok(Network::Testnet),
            "regtest" => Ok(Network::Regtest),
            other => Err(RpcError::Malformed {
                method: "getblockchaininfo".into(),
                message: format!("chain {other:?} is not supported (main, test, signet, regtest)"),
            }),
        }
    }

    /// The best block hash.
    pub async fn best_block_hash(&self) -> Result<BlockHash, RpcError> {
        let s: String = self.call_as("getbestblockhash", json!([])).await?;
        BlockHash::from_display_hex(&s).map_err(|e| RpcError::Malformed {
            method: "getbestblockhash".into(),
            message: e.to_string(),
        })
    }

    /// A block template with the segwit rule (which Core requires).
    pub async fn block_template(&self) -> Result<BlockTemplate, RpcError> {
        self.call_as("getblocktemplate", json!([{"rules": ["segwit"]}]))
            .await
    }

    /// Submits a block. `Ok(None)` when the node accepted it, `Ok(Some(reason))` when it
    /// refused it (Core's BIP 22 reason: `high-hash`, `bad-txnmrklroot`, `duplicate`, ...).
    pub async fn submit_block(&self, block: &Block) -> Result<Option<String>, RpcError> {
        let v = self
            .call("submitblock", json!([hex::encode(&block.encode())]))
            .await?;
        match v {
            Value::Null => Ok(None),
            Value::String(s) => Ok(Some(s)),
            other => Ok(Some(other.to_string())),
        }
    }
}

pub use crate::source::FoundBlock;

/// How the driver polls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DriverConfig {
    /// How often to ask for the best block hash.
    pub poll: Duration,
    /// How often to fetch a fresh template for new transactions.
    pub refresh: Duration,
}

impl Default for DriverConfig {
    fn default() -> Self {
        Self {
            poll: Duration::from_millis(500),
            refresh: Duration::from_secs(30),
        }
    }
}

/// A driver step that failed: the call, or the template it returned.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum NodeError {
    /// The call failed.
    #[error(transparent)]
    Rpc(#[from] RpcError),
    /// The template is unusable.
    #[error(transparent)]
    Template(#[from] TemplateError),
}

/// Fetches a template from the node and makes it Stratum work paying `payout_script`.
pub async fn fetch_template(
    rpc: &Rpc,
    payout_script: &[u8],
    tag: &[u8],
) -> Result<Template, NodeError> {
    let gbt = rpc.block_template().await?;
    Ok(gbt.to_template(payout_script, tag)?)
}

/// Keeps `pool`'s work current from the node and submits the blocks it finds (arriving on
/// `found`), until `shutdown` completes. Node errors are logged and retried at the next poll:
/// a restarting node does not stop the pool.
pub async fn drive(
    pool: Arc<Pool>,
    rpc: Rpc,
    mut found: mpsc::UnboundedReceiver<FoundBlock>,
    config: DriverConfig,
    shutdown: impl Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    let payout = pool.payout_script().to_vec();
    let tag = b"/minewatch/".to_vec();
    let mut tip = pool.current_prev_blockhash();
    let mut last_refresh = tokio::time::Instant::now();
    let mut poll = tokio::time::interval(config.poll);
    poll.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        let refresh_now = tokio::select! {
            () = &mut shutdown => break,
            f = found.recv() => {
                let Some(f) = f else { break };
                let hash = f.block.block_hash();
                let result = rpc.submit_block(&f.block).await;
                let rejected = match result {
                    Ok(None) => None,
                    Ok(Some(reason)) => Some(reason),
                    Err(e) => Some(e.to_string()),
                };
                match &rejected {
                    None => tracing::info!(height = f.height, %hash, "node accepted block"),
                    // Another front-end of the same ledger submitted it first.
                    Some(r) if r == "duplicate" => tracing::info!(height = f.height, %hash, "node has the block already"),
                    Some(r) => tracing::error!(height = f.height, %hash, "node refused block: {r}"),
                }
                pool.emit(PoolEvent::BlockSubmitted { height: f.height, hash, rejected });
                true
            }
            _ = poll.tick() => {
                match rpc.best_block_hash().await {
                    Ok(best) => best != tip || last_refresh.elapsed() >= config.refresh,
                    Err(e) => {
                        tracing::warn!("node: {e}");
                        false
                    }
                }
            }
        };
        if !refresh_now {
            continue;
        }
        match fetch_template(&rpc, &payout, &tag).await {
            Ok(t) => {
                tip = t.header.prev_blockhash;
                last_refresh = tokio::time::Instant::now();
                pool.set_template(t);
            }
            Err(e) => tracing::warn!("node: {e}"),
        }
    }
}

//! A translator that tells the truth: Stratum V1 miners on one side, a Stratum V2 pool on the
//! other. Each V1 connection gets its own Noise connection and extended channel upstream
//! (named after the worker the miner authorizes, so the pool's ledger credits each miner), its
//! jobs become `mining.notify`, and each `mining.submit` is answered with what the pool said
//! about that very share: accepted, or rejected with the pool's reason. (The reference
//! translator answers every submit with `true`, whatever the pool does with the share.)

use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use minewatch_pow::u256::U256;
use minewatch_pow::{BlockHash, CompactTarget, MerkleNode, Target};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, broadcast};

use crate::client::PoolUrl;
use crate::client::v2::connect;
use crate::proto::{
    ErrorCode, Id, Job, LineBuffer, Message, Method, StratumError, SubscribeResult,
};
use crate::sv2::message::{OpenExtendedMiningChannel, SetupConnection, SubmitSharesExtended};
use crate::sv2::{AuthorityPublicKey, Message as V2};

/// BIP 320's general-purpose version bits.
const BIP320_MASK: u32 = 0x1fff_e000;
/// Jobs remembered per connection.
const JOBS_KEPT: usize = 64;
/// Submits waiting for the pool's word, per connection.
const MAX_PENDING: usize = 1024;
/// Authorizations waiting for the channel to open, per connection.
const MAX_WAITING_AUTHORIZE: usize = 16;

/// How the proxy runs.
#[derive(Debug, Clone)]
pub struct ProxyConfig {
    /// The V2 pool, its authority key pinned.
    pub upstream: PoolUrl,
    /// Identity for a miner that does not authorize within `authorize_wait` of subscribing.
    pub fallback_user: String,
    /// How long a subscribe waits for the miner's authorize before the channel opens under
    /// `fallback_user` (miners that authorize only after the subscribe reply).
    pub authorize_wait: Duration,
    /// Miner connections at once.
    pub max_connections: usize,
    /// Longest V1 line.
    pub max_line: usize,
}

impl ProxyConfig {
    /// Defaults for an upstream.
    pub fn new(upstream: PoolUrl) -> Self {
        Self {
            upstream,
            fallback_user: "proxy".into(),
            authorize_wait: Duration::from_secs(1),
            max_connections: 10_000,
            max_line: 16 * 1024,
        }
    }

    fn authority(&self) -> Result<AuthorityPublicKey, String> {
        self.upstream.authority.ok_or_else(|| {
            format!(
                "{}: the upstream must be a stratum2+tcp:// URL with the pool's authority key",
                self.upstream
            )
        })
    }
}

/// Serves V1 miners on `listener` until `shutdown`.
pub async fn serve_proxy(
    listener: TcpListener,
    config: Arc<ProxyConfig>,
    shutdown: impl Future<Output = ()>,
) -> Result<(), String> {
    config.authority()?;
    let limit = Arc::new(Semaphore::new(config.max_connections.max(1)));
    let (stop_tx, _) = broadcast::channel::<()>(1);
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => {
                let Ok((stream, peer)) = accepted else {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                };
                let Ok(permit) = limit.clone().try_acquire_owned() else {
                    tracing::warn!(%peer, "proxy connection limit reached; refusing");
                    continue;
                };
                let config = config.clone();
                let mut stop = stop_tx.subscribe();
                tokio::spawn(async move {
                    let _permit = permit;
                    let _ = stream.set_nodelay(true);
                    tokio::select! {
                        r = handle(stream, &config) => if let Err(e) = r { tracing::info!(%peer, "proxied miner disconnected: {e}") },
                        _ = stop.recv() => {}
                    }
                });
            }
        }
    }
    let _ = stop_tx.send(());
    Ok(())
}

/// An extended job from upstream.
struct UpJob {
    version: u32,
    version_rolling: bool,
    merkle_path: Vec<[u8; 32]>,
    prefix: Vec<u8>,
    suffix: Vec<u8>,
}

#[derive(Default)]
struct State {
    /// The upstream channel: id, extranonce prefix, extranonce size.
    channel: Option<(u32, Vec<u8>, usize)>,
    opening: bool,
    subscribe: Option<Option<Id>>,
    subscribed_at: Option<tokio::time::Instant>,
    authorize: Vec<Option<Id>>,
    version_mask: u32,
    difficulty: f64,
    jobs: BTreeMap<u32, UpJob>,
    prev: Option<([u8; 32], u32, u32)>,
    /// Upstream sequence number -> the V1 request id waiting for its verdict.
    pending: HashMap<u32, Option<Id>>,
    sequence: u32,
}

fn v1_error(code: &str) -> StratumError {
    let c = match code {
        "stale-share" | "invalid-job-id" => ErrorCode::JobNotFound,
        "duplicate-share" => ErrorCode::DuplicateShare,
        "difficulty-too-low" => ErrorCode::LowDifficulty,
        "unauthorized" | "invalid-channel-id" => ErrorCode::Unauthorized,
        _ => ErrorCode::Other,
    };
    StratumError {
        code: c.code(),
        message: format!("pool: {code}"),
    }
}

async fn handle(mut miner: TcpStream, cfg: &ProxyConfig) -> Result<(), String> {
    let authority = cfg.authority()?;
    let (mut up, mut transport) = connect(&cfg.upstream, authority).await?;
    let setup = V2::from(SetupConnection {
        protocol: 0,
        min_version: 2,
        max_version: 2,
        flags: 0,
        endpoint_host: cfg.upstream.host.chars().take(255).collect(),
        endpoint_port: cfg.upstream.port,
        vendor: "minewatch-proxy".into(),
        hardware_version: String::new(),
        firmware: env!("CARGO_PKG_VERSION").into(),
        device_id: String::new(),
    });
    up.write_all(&transport.encrypt(&setup).map_err(|e| e.to_string())?)
        .await
        .map_err(|e| e.to_string())?;
    let mut st = State {
        difficulty: 1.0,
        ..State::default()
    };
    let mut lines = LineBuffer::new(cfg.max_line);
    let (mut mbuf, mut ubuf) = (vec![0u8; 16 * 1024], vec![0u8; 16 * 1024]);
    loop {
        let mut to_miner = String::new();
        let mut to_pool: Vec<V2> = Vec::new();
        let wait = st
            .subscribed_at
            .filter(|_| st.channel.is_none() && !st.opening)
            .map(|t| t + cfg.authorize_wait);
        tokio::select! {
            read = miner.read(&mut mbuf) => {
                let n = read.map_err(|e| e.to_string())?;
                if n == 0 {
                    return Ok(());
                }
                lines.push(&mbuf[..n]);
                while let Some(line) = lines.next_line() {
                    let line = line.map_err(|e| e.to_string())?;
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    from_miner(&mut st, &line, &mut to_miner, &mut to_pool);
                }
            }
            read = up.read(&mut ubuf) => {
                let n = read.map_err(|e| e.to_string())?;
                if n == 0 {
                    return Err(format!("{} closed the connection", cfg.upstream));
                }
                transport.push(&ubuf[..n]);
                while let Some(frame) = transport.next_frame().map_err(|e| e.to_string())? {
                    let Ok(m) = frame.message() else { continue };
                    from_pool(&mut st, m, &mut to_miner)?;
                }
            }
            () = async { match wait { Some(t) => tokio::time::sleep_until(t).await, None => std::future::pending().await } } => {
                open_channel(&mut st, cfg.fallback_user.clone(), &mut to_pool);
            }
        }
        if !to_pool.is_empty() {
            let mut bytes = Vec::new();
            for m in &to_pool {
                bytes.extend_from_slice(&transport.encrypt(m).map_err(|e| e.to_string())?);
            }
            up.write_all(&bytes).await.map_err(|e| e.to_string())?;
        }
        if !to_miner.is_empty() {
            miner
                .write_all(to_miner.as_bytes())
                .await
                .map_err(|e| e.to_string())?;
        }
    }
}

fn open_channel(st: &mut State, user: String, to_pool: &mut Vec<V2>) {
    if st.channel.is_some() || st.opening {
        return;
    }
    st.opening = true;
    to_pool.push(V2::from(OpenExtendedMiningChannel {
        request_id: 1,
        user_identity: user.chars().take(255).collect(),
        nominal_hash_rate: 0.0,
        max_target: [0xff; 32],
        min_extranonce_size: 4,
    }));
}

fn from_miner(st: &mut State, line: &[u8], out: &mut String, to_pool: &mut Vec<V2>) {
    let msg = match Message::parse(line) {
        Ok(m) => m,
        Err(e) => {
            let err = StratumError {
                code: ErrorCode::Other.code(),
                message: e.to_string(),
            };
            out.push_str(&Message::err(Message::id_of_invalid(line), err).to_line());
            return;
        }
    };
    let Message::Request { id, method } = msg else {
        return;
    };
    match method {
        Method::Configure { extensions, params } => {
            let mut result = serde_json::Map::new();
            for ext in &extensions {
                if ext == "version-rolling" {
                    let asked = params
                        .get("version-rolling.mask")
                        .and_then(Value::as_str)
                        .and_then(|m| u32::from_str_radix(m, 16).ok())
                        .unwrap_or(u32::MAX);
                    st.version_mask = asked & BIP320_MASK;
                    result.insert("version-rolling".into(), json!(true));
                    result.insert(
                        "version-rolling.mask".into(),
                        json!(format!("{:08x}", st.version_mask)),
                    );
                } else {
                    result.insert(ext.clone(), json!(false));
                }
            }
            out.push_str(&Message::ok(id, Value::Object(result)).to_line());
        }
        Method::Subscribe { .. } => {
            if let Some((_, prefix, size)) = &st.channel {
                out.push_str(
                    &Message::ok(id, subscribe_result(prefix, *size).to_value()).to_line(),
                );
            } else {
                st.subscribe = Some(id);
                st.subscribed_at = Some(tokio::time::Instant::now());
            }
        }
        Method::Authorize { username, .. } => {
            if username.is_empty() {
                out.push_str(&Message::ok(id, json!(false)).to_line());
            } else if st.channel.is_some() {
                out.push_str(&Message::ok(id, json!(true)).to_line());
            } else if st.authorize.len() >= MAX_WAITING_AUTHORIZE {
                let err = StratumError {
                    code: ErrorCode::Other.code(),
                    message: "too many authorizations waiting for the pool".into(),
                };
                out.push_str(&Message::err(id, err).to_line());
            } else {
                st.authorize.push(id);
                open_channel(st, username, to_pool);
            }
        }
        Method::Submit(s) => {
            let Some((channel_id, _, size)) = st.channel.clone() else {
                out.push_str(
                    &Message::err(id, StratumError::new(ErrorCode::NotSubscribed)).to_line(),
                );
                return;
            };
            let job = s
                .job_id
                .parse::<u32>()
                .ok()
                .and_then(|j| st.jobs.get(&j).map(|u| (j, u.version)));
            let Some((job_id, version)) = job else {
                out.push_str(
                    &Message::err(id, StratumError::new(ErrorCode::JobNotFound)).to_line(),
                );
                return;
            };
            if s.extranonce2.len() != size || st.pending.len() >= MAX_PENDING {
                let m = if st.pending.len() >= MAX_PENDING {
                    "too many shares waiting for the pool"
                } else {
                    "incorrect extranonce2 size"
                };
                out.push_str(
                    &Message::err(
                        id,
                        StratumError {
                            code: ErrorCode::Other.code(),
                            message: m.into(),
                        },
                    )
                    .to_line(),
                );
                return;
            }
            let version = match s.version_bits {
                Some(bits) => (version & !st.version_mask) | (bits & st.version_mask),
                None => version,
            };
            st.sequence = st.sequence.wrapping_add(1);
            st.pending.insert(st.sequence, id);
            to_pool.push(V2::from(SubmitSharesExtended {
                channel_id,
                sequence_number: st.sequence,
                job_id,
                nonce: s.nonce,
                ntime: s.ntime,
                version,
                extranonce: s.extranonce2,
            }));
        }
        Method::ExtranonceSubscribe | Method::SuggestDifficulty(_) => {
            out.push_str(&Message::ok(id, json!(true)).to_line())
        }
        Method::Ping => out.push_str(&Message::ok(id, json!("pong")).to_line()),
        other => {
            let err = StratumError {
                code: ErrorCode::Other.code(),
                message: format!("unsupported method {}", other.name()),
            };
            out.push_str(&Message::err(id, err).to_line());
        }
    }
}

fn subscribe_result(prefix: &[u8], size: usize) -> SubscribeResult {
    let sid = crate::proto_hex(prefix);
    SubscribeResult {
        subscriptions: vec![
            ("mining.set_difficulty".into(), sid.clone()),
            ("mining.notify".into(), sid),
        ],
        extranonce1: prefix.to_vec(),
        extranonce2_size: size,
    }
}

/// The V1 job of an upstream job on the current previous block.
fn notify(st: &State, job_id: u32, clean: bool, out: &mut String) {
    let (Some(j), Some((prev, nbits, ntime))) = (st.jobs.get(&job_id), st.prev) else {
        return;
    };
    let job = Job {
        job_id: job_id.to_string(),
        prev_blockhash: BlockHash::from_byte_array(prev),
        coinb1: j.prefix.clone(),
        coinb2: j.suffix.clone(),
        merkle_branch: j
            .merkle_path
            .iter()
            .map(|n| MerkleNode::from_byte_array(*n))
            .collect(),
        version: j.version,
        bits: CompactTarget::from_consensus(nbits),
        ntime,
        clean_jobs: clean,
    };
    if !j.version_rolling && st.version_mask != 0 {
        out.push_str(&Message::notification(Method::SetVersionMask(0)).to_line());
    }
    out.push_str(&Message::notification(Method::Notify(job)).to_line());
}

fn from_pool(st: &mut State, m: V2, out: &mut String) -> Result<(), String> {
    match m {
        V2::SetupConnectionError(e) => {
            return Err(format!("the pool refused the connection: {}", e.error_code));
        }
        V2::OpenExtendedMiningChannelSuccess(ok) => {
            st.opening = false;
            st.channel = Some((
                ok.channel_id,
                ok.extranonce_prefix.clone(),
                usize::from(ok.extranonce_size),
            ));
            st.difficulty = Target(U256::from_le_bytes(ok.target)).difficulty_float();
            if let Some(id) = st.subscribe.take() {
                out.push_str(
                    &Message::ok(
                        id,
                        subscribe_result(&ok.extranonce_prefix, usize::from(ok.extranonce_size))
                            .to_value(),
                    )
                    .to_line(),
                );
            }
            for id in st.authorize.drain(..) {
                out.push_str(&Message::ok(id, json!(true)).to_line());
            }
            out.push_str(&Message::notification(Method::SetDifficulty(st.difficulty)).to_line());
        }
        V2::OpenMiningChannelError(e) => {
            for id in st.authorize.drain(..) {
                let err = StratumError {
                    code: ErrorCode::Unauthorized.code(),
                    message: format!("pool: {}", e.error_code),
                };
                out.push_str(&Message::err(id, err).to_line());
            }
            return Err(format!("the pool refused the channel: {}", e.error_code));
        }
        V2::NewExtendedMiningJob(j) => {
            st.jobs.insert(
                j.job_id,
                UpJob {
                    version: j.version,
                    version_rolling: j.version_rolling_allowed,
                    merkle_path: j.merkle_path,
                    prefix: j.coinbase_tx_prefix,
                    suffix: j.coinbase_tx_suffix,
                },
            );
            while st.jobs.len() > JOBS_KEPT {
                st.jobs.pop_first();
            }
            if let (Some(ntime), Some(prev)) = (j.min_ntime, st.prev.as_mut()) {
                prev.2 = ntime;
                notify(st, j.job_id, false, out);
            }
        }
        V2::SetNewPrevHash(p) => {
            st.prev = Some((p.prev_hash, p.nbits, p.min_ntime));
            st.jobs.retain(|&id, _| id == p.job_id);
            notify(st, p.job_id, true, out);
        }
        V2::SetTarget(t) => {
            st.difficulty = Target(U256::from_le_bytes(t.maximum_target)).difficulty_float();
            out.push_str(&Message::notification(Method::SetDifficulty(st.difficulty)).to_line());
        }
        V2::SubmitSharesSuccess(ok) => {
            let mut done: Vec<u32> = st
                .pending
                .keys()
                .copied()
                .filter(|&k| ok.covers(k))
                .collect();
            done.sort_unstable();
            for k in done {
                if let Some(id) = st.pending.remove(&k) {
                    out.push_str(&Message::ok(id, json!(true)).to_line());
                }
            }
        }
        V2::SubmitSharesError(e) => {
            if let Some(id) = st.pending.remove(&e.sequence_number) {
                out.push_str(&Message::err(id, v1_error(&e.error_code)).to_line());
            }
        }
        V2::Reconnect(_) | V2::CloseChannel(_) => return Err("the pool closed the channel".into()),
        other => tracing::debug!("proxy: upstream {} not used", other.name()),
    }
    Ok(())
}

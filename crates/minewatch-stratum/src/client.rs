//! The Stratum client on tokio: subscribes, authorizes, negotiates version rolling, turns every
//! `mining.notify` into work for the miner and submits its shares; reconnects with backoff and
//! fails over between pools.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use minewatch_miner::{CoinbaseSpace, FoundShare, Miner};
use minewatch_pow::Target;
use minewatch_pow::u256::U256;
use serde_json::Value;
use thiserror::Error;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;

use crate::proto::{
    Id, Job, LineBuffer, Message, Method, Submit, SubscribeResult, configure_result_mask,
};
use crate::sv2::AuthorityPublicKey;

pub(crate) mod v2;

/// A pool address: `stratum+tcp://host:port` or `host:port` (Stratum V1), or
/// `stratum2+tcp://host:port/AUTHORITY_KEY` (Stratum V2, the pool's authority key pinned).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolUrl {
    /// Host name or address.
    pub host: String,
    /// TCP port.
    pub port: u16,
    /// Stratum V2: the authority key the server's certificate must be signed by.
    pub authority: Option<AuthorityPublicKey>,
}

impl PoolUrl {
    /// A Stratum V1 address.
    pub fn v1(host: impl Into<String>, port: u16) -> Self {
        Self {
            host: host.into(),
            port,
            authority: None,
        }
    }
}

/// A pool address minewatch cannot use.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error(
    "invalid pool URL {0:?}: expected stratum+tcp://HOST:PORT or stratum2+tcp://HOST:PORT/AUTHORITY_PUBLIC_KEY"
)]
#[non_exhaustive]
pub struct PoolUrlError(pub String);

impl std::str::FromStr for PoolUrl {
    type Err = PoolUrlError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(rest) = s.strip_prefix("stratum2+tcp://") {
            let (addr, key) = rest.split_once('/').ok_or_else(|| {
                PoolUrlError(format!(
                    "{s} (a V2 URL names the pool's authority public key after the port)"
                ))
            })?;
            let authority: AuthorityPublicKey = key
                .trim_end_matches('/')
                .parse()
                .map_err(|e| PoolUrlError(format!("{s} ({e})")))?;
            let v1: PoolUrl = addr.parse()?;
            return Ok(Self {
                authority: Some(authority),
                ..v1
            });
        }
        let rest = s.strip_prefix("stratum+tcp://").unwrap_or(s);
        let (host, port) = rest
            .rsplit_once(':')
            .ok_or_else(|| PoolUrlError(s.to_owned()))?;
        let port = port
            .trim_end_matches('/')
            .parse()
            .map_err(|_| PoolUrlError(s.to_owned()))?;
        if host.is_empty() || rest.contains("://") {
            return Err(PoolUrlError(s.to_owned()));
        }
        Ok(Self::v1(host.trim_matches(['[', ']']), port))
    }
}

impl std::fmt::Display for PoolUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.authority {
            Some(key) => write!(f, "stratum2+tcp://{}:{}/{key}", self.host, self.port),
            None => write!(f, "stratum+tcp://{}:{}", self.host, self.port),
        }
    }
}

/// How the client connects.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientConfig {
    /// Pools in order of preference; later ones are failovers.
    pub pools: Vec<PoolUrl>,
    /// Worker name.
    pub user: String,
    /// Password.
    pub pass: String,
    /// Ask the pool for this difficulty.
    pub suggest_difficulty: Option<f64>,
    /// First reconnect delay; doubles per failure up to `max_backoff`.
    pub min_backoff: Duration,
    /// Longest reconnect delay.
    pub max_backoff: Duration,
}

impl Default for ClientConfig {
    fn default() -> Self {
        Self {
            pools: Vec::new(),
            user: "minewatch".into(),
            pass: "x".into(),
            suggest_difficulty: None,
            min_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(30),
        }
    }
}

/// What the client reports.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ClientEvent {
    /// Connected and subscribed.
    Connected {
        /// Which pool.
        pool: String,
    },
    /// The connection ended.
    Disconnected {
        /// Why.
        reason: String,
    },
    /// New work.
    Job {
        /// Job id.
        id: String,
        /// Earlier work was dropped.
        clean: bool,
    },
    /// New share difficulty (from the next job).
    Difficulty(f64),
    /// The pool accepted a share.
    Accepted,
    /// The share the pool just accepted met the network target of its job's nBits: a block
    /// (sent after its `Accepted`; whether the chain keeps it is the pool's and node's word).
    BlockAccepted {
        /// The block's hash.
        hash: String,
    },
    /// The pool rejected a share.
    Rejected {
        /// Error code.
        code: i64,
        /// Message.
        reason: String,
    },
    /// A share for a job the pool already dropped was not sent.
    Stale,
    /// `client.show_message`.
    PoolMessage(String),
}

/// A TCP connection to the pool (10 s to connect, no Nagle delay); the error names the URL.
async fn dial(url: &PoolUrl) -> Result<TcpStream, String> {
    let connect = TcpStream::connect((url.host.as_str(), url.port));
    let stream = match tokio::time::timeout(Duration::from_secs(10), connect).await {
        Ok(Ok(s)) => s,
        Ok(Err(e)) => return Err(format!("cannot connect to {url}: {e}")),
        Err(_) => return Err(format!("cannot connect to {url}: timed out")),
    };
    let _ = stream.set_nodelay(true);
    Ok(stream)
}

/// Forwards the miner's shares into async code on a small thread.
fn bridge_shares(miner: &Arc<Miner>) -> mpsc::Receiver<FoundShare> {
    let (tx, rx) = mpsc::channel(1024);
    let shares = miner.shares().clone();
    std::thread::Builder::new()
        .name("minewatch-share-bridge".into())
        .spawn(move || {
            while !tx.is_closed() {
                if let Ok(s) = shares.recv_timeout(Duration::from_millis(100))
                    && tx.blocking_send(s).is_err()
                {
                    return;
                }
            }
        })
        .ok();
    rx
}

/// Runs the client until `shutdown`, cycling through the configured pools.
pub async fn run(
    config: ClientConfig,
    miner: Arc<Miner>,
    events: mpsc::UnboundedSender<ClientEvent>,
    shutdown: impl Future<Output = ()>,
) {
    let mut shares = bridge_shares(&miner);
    tokio::pin!(shutdown);
    let mut backoff = config.min_backoff;
    let mut idx = 0usize;
    let mut redirect: Option<PoolUrl> = None;
    // Pools that dropped the connection on `mining.configure` (older pools and proxies): they
    // get a plain subscribe from then on.
    let mut no_configure: HashSet<String> = HashSet::new();
    loop {
        if config.pools.is_empty() {
            return;
        }
        let url = redirect
            .take()
            .unwrap_or_else(|| config.pools[idx % config.pools.len()].clone());
        let configure = !no_configure.contains(&url.to_string());
        let session = async {
            match url.authority {
                Some(key) => v2::session(&config, &url, key, &miner, &mut shares, &events).await,
                None => session(&config, &url, configure, &miner, &mut shares, &events).await,
            }
        };
        let outcome = tokio::select! {
            () = &mut shutdown => { miner.clear_job(); return; }
            o = session => o,
        };
        miner.clear_job();
        match outcome {
            SessionEnd::Reconnect { to, wait } => {
                let _ = events.send(ClientEvent::Disconnected {
                    reason: format!("pool asked to reconnect to {to}"),
                });
                redirect = Some(to);
                backoff = config.min_backoff;
                tokio::select! { () = &mut shutdown => return, () = tokio::time::sleep(wait) => {} }
                continue;
            }
            SessionEnd::ConfigureDropped => {
                no_configure.insert(url.to_string());
                tracing::warn!(pool = %url, "the pool closed the connection on mining.configure: mining without version rolling");
                let _ = events.send(ClientEvent::Disconnected {
                    reason: format!(
                        "{url} closed the connection on mining.configure (version rolling): reconnecting with a plain subscribe"
                    ),
                });
                continue;
            }
            SessionEnd::Error { reason, was_up } => {
                let _ = events.send(ClientEvent::Disconnected { reason });
                if was_up {
                    backoff = config.min_backoff;
                } else {
                    idx += 1; // fail over to the next pool
                }
            }
        }
        tokio::select! { () = &mut shutdown => return, () = tokio::time::sleep(backoff) => {} }
        backoff = (backoff * 2).min(config.max_backoff);
    }
}

enum SessionEnd {
    Reconnect {
        to: PoolUrl,
        wait: Duration,
    },
    Error {
        reason: String,
        was_up: bool,
    },
    /// The pool closed the connection before answering anything, and `mining.configure` was
    /// the first thing it got.
    ConfigureDropped,
}

struct Session {
    extranonce1: Vec<u8>,
    extranonce2_size: usize,
    version_mask: u32,
    difficulty: f64,
    live_jobs: HashSet<String>,
    last_job: Option<Job>,
    /// Submits in flight: request id -> the block hash when the share is a block.
    pending: HashMap<u64, Option<String>>,
    next_id: u64,
    subscribed: bool,
    /// Whether the pool has answered anything yet.
    answered: bool,
}

async fn session(
    cfg: &ClientConfig,
    url: &PoolUrl,
    configure: bool,
    miner: &Miner,
    shares: &mut mpsc::Receiver<FoundShare>,
    events: &mpsc::UnboundedSender<ClientEvent>,
) -> SessionEnd {
    let fail = |reason: String| SessionEnd::Error {
        reason,
        was_up: false,
    };
    let mut stream = match dial(url).await {
        Ok(s) => s,
        Err(reason) => return fail(reason),
    };
    let mut s = Session {
        extranonce1: Vec::new(),
        extranonce2_size: 4,
        version_mask: 0,
        difficulty: 1.0,
        live_jobs: HashSet::new(),
        last_job: None,
        pending: HashMap::new(),
        next_id: 4,
        subscribed: false,
        answered: false,
    };
    let mut hello = String::new();
    let mut cfg_params = serde_json::Map::new();
    cfg_params.insert(
        "version-rolling.mask".into(),
        Value::String("1fffe000".into()),
    );
    cfg_params.insert("version-rolling.min-bit-count".into(), Value::from(2));
    if configure {
        hello.push_str(
            &Message::request(
                1,
                Method::Configure {
                    extensions: vec!["version-rolling".into()],
                    params: cfg_params,
                },
            )
            .to_line(),
        );
    }
    hello.push_str(
        &Message::request(
            2,
            Method::Subscribe {
                user_agent: Some(format!("minewatch/{}", env!("CARGO_PKG_VERSION"))),
                session_id: None,
            },
        )
        .to_line(),
    );
    hello.push_str(
        &Message::request(
            3,
            Method::Authorize {
                username: cfg.user.clone(),
                password: cfg.pass.clone(),
            },
        )
        .to_line(),
    );
    if let Some(d) = cfg.suggest_difficulty {
        hello.push_str(&Message::request(0, Method::SuggestDifficulty(d)).to_line());
    }
    if let Err(e) = stream.write_all(hello.as_bytes()).await {
        return fail(format!("{url}: {e}"));
    }
    let mut buf = LineBuffer::default();
    let mut chunk = vec![0u8; 16 * 1024];
    loop {
        let mut out = String::new();
        tokio::select! {
            read = stream.read(&mut chunk) => {
                let n = match read {
                    Ok(0) if configure && !s.answered => return SessionEnd::ConfigureDropped,
                    Ok(0) => return SessionEnd::Error { reason: format!("{url} closed the connection"), was_up: s.subscribed },
                    Ok(n) => n,
                    Err(_) if configure && !s.answered => return SessionEnd::ConfigureDropped,
                    Err(e) => return SessionEnd::Error { reason: format!("{url}: {e}"), was_up: s.subscribed },
                };
                buf.push(&chunk[..n]);
                while let Some(line) = buf.next_line() {
                    let line = match line {
                        Ok(l) => l,
                        Err(e) => return SessionEnd::Error { reason: format!("{url}: {e}"), was_up: s.subscribed },
                    };
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let msg = match Message::parse(&line) {
                        Ok(m) => m,
                        Err(e) => { tracing::warn!(pool = %url, "ignoring bad message: {e}"); continue; }
                    };
                    if let Some(end) = on_message(&mut s, msg, url, miner, events, &mut out) {
                        return end;
                    }
                }
            }
            share = shares.recv() => {
                let Some(share) = share else { return fail("miner stopped".into()) };
                if !s.live_jobs.contains(&share.job_id) {
                    let _ = events.send(ClientEvent::Stale);
                    continue;
                }
                let id = s.next_id;
                s.next_id += 1;
                // A share whose hash meets its header's nBits is a block.
                let block = share
                    .header
                    .bits
                    .to_target(Target(U256::MAX))
                    .is_ok_and(|t| t.is_met_by(share.hash))
                    .then(|| share.hash.to_string());
                s.pending.insert(id, block);
                let version_bits = (s.version_mask != 0).then_some(share.header.version as u32 & s.version_mask);
                let submit = Submit {
                    worker: cfg.user.clone(),
                    job_id: share.job_id.clone(),
                    extranonce2: share.extranonce2.clone(),
                    ntime: share.header.time,
                    nonce: share.header.nonce,
                    version_bits,
                };
                out.push_str(&Message::request(id, Method::Submit(submit)).to_line());
            }
        }
        if !out.is_empty()
            && let Err(e) = stream.write_all(out.as_bytes()).await
        {
            return SessionEnd::Error {
                reason: format!("{url}: {e}"),
                was_up: s.subscribed,
            };
        }
    }
}

fn mine_job(s: &Session, job: &Job, miner: &Miner) {
    let mut work = minewatch_miner::Job::new(
        job.job_id.clone(),
        job.header_template(),
        Target::from_difficulty(s.difficulty).unwrap_or(Target::DIFFICULTY_1),
    );
    work.version_mask = s.version_mask;
    work.coinbase = Some(CoinbaseSpace {
        coinb1: job.coinb1.clone(),
        extranonce1: s.extranonce1.clone(),
        extranonce2_size: s.extranonce2_size.min(8),
        coinb2: job.coinb2.clone(),
        merkle_branch: job.merkle_branch.clone(),
    });
    miner.set_job(work);
}

fn on_message(
    s: &mut Session,
    msg: Message,
    url: &PoolUrl,
    miner: &Miner,
    events: &mpsc::UnboundedSender<ClientEvent>,
    out: &mut String,
) -> Option<SessionEnd> {
    match msg {
        Message::Response { id, result, error } => {
            s.answered = true;
            let Some(Id::Num(n)) = id else { return None };
            match n {
                1 => s.version_mask = configure_result_mask(&result).unwrap_or(0),
                2 => match SubscribeResult::from_value(&result) {
                    Ok(r) => {
                        s.extranonce1 = r.extranonce1;
                        s.extranonce2_size = r.extranonce2_size;
                        s.subscribed = true;
                        let _ = events.send(ClientEvent::Connected {
                            pool: url.to_string(),
                        });
                    }
                    Err(e) => {
                        return Some(SessionEnd::Error {
                            reason: format!("{url}: {e}"),
                            was_up: false,
                        });
                    }
                },
                3 if result != Value::Bool(true) => {
                    return Some(SessionEnd::Error {
                        reason: format!("{url}: authorization refused"),
                        was_up: false,
                    });
                }
                _ => {
                    if let Some(block) = s.pending.remove(&n) {
                        match error {
                            None if result == Value::Bool(true) => {
                                let _ = events.send(ClientEvent::Accepted);
                                if let Some(hash) = block {
                                    let _ = events.send(ClientEvent::BlockAccepted { hash });
                                }
                            }
                            Some(e) => {
                                let _ = events.send(ClientEvent::Rejected {
                                    code: e.code,
                                    reason: e.message,
                                });
                            }
                            None => {
                                let _ = events.send(ClientEvent::Rejected {
                                    code: 20,
                                    reason: format!("result {result}"),
                                });
                            }
                        }
                    }
                }
            }
        }
        Message::Request { id, method } => match method {
            Method::SetDifficulty(d) => {
                s.difficulty = d;
                let _ = events.send(ClientEvent::Difficulty(d));
            }
            Method::Notify(job) => {
                if job.clean_jobs {
                    s.live_jobs.clear();
                }
                s.live_jobs.insert(job.job_id.clone());
                if s.live_jobs.len() > 256 {
                    s.live_jobs.clear();
                    s.live_jobs.insert(job.job_id.clone());
                }
                let _ = events.send(ClientEvent::Job {
                    id: job.job_id.clone(),
                    clean: job.clean_jobs,
                });
                if s.subscribed {
                    mine_job(s, &job, miner);
                }
                s.last_job = Some(job);
            }
            Method::SetExtranonce {
                extranonce1,
                extranonce2_size,
            } => {
                s.extranonce1 = extranonce1;
                s.extranonce2_size = extranonce2_size;
                if let Some(j) = s.last_job.clone() {
                    mine_job(s, &j, miner);
                }
            }
            Method::SetVersionMask(m) => s.version_mask = m,
            Method::Reconnect {
                host,
                port,
                wait_secs,
            } => {
                let to = PoolUrl {
                    host: host.unwrap_or_else(|| url.host.clone()),
                    port: port.unwrap_or(url.port),
                    authority: None,
                };
                return Some(SessionEnd::Reconnect {
                    to,
                    wait: Duration::from_secs(wait_secs.unwrap_or(0).min(3600)),
                });
            }
            Method::GetVersion => out.push_str(
                &Message::ok(
                    id,
                    Value::String(format!("minewatch/{}", env!("CARGO_PKG_VERSION"))),
                )
                .to_line(),
            ),
            Method::Ping => out.push_str(&Message::ok(id, Value::String("pong".into())).to_line()),
            Method::ShowMessage(m) => {
                let _ = events.send(ClientEvent::PoolMessage(m));
            }
            _ => {}
        },
    }
    None
}

//! The server's mining side: the embedded pool (Stratum on its own port, shares and blocks
//! in the server's database), the local miner that the API starts and stops, and the ticker
//! that records hashrate history and feeds the stream.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use minewatch_miner::{Miner, MinerConfig};
use minewatch_pow::search::Backend;
use minewatch_stratum::client::{self, ClientConfig, ClientEvent, PoolUrl};
use minewatch_stratum::pool::{Pool, PoolEvent};
use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, oneshot};
use utoipa::ToSchema;

use crate::db::Db;
use crate::error::ApiError;
use crate::stream::{Hub, StreamMessage};

/// What the local miner is doing.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct MinerStatus {
    /// Whether it runs.
    pub running: bool,
    /// Threads.
    pub threads: usize,
    /// Hash backend.
    pub backend: Option<String>,
    /// Pool it mines on.
    pub pool: Option<String>,
    /// Hashes per second now.
    pub hashrate: f64,
    /// Hashes since it started.
    pub hashes: u64,
    /// Shares accepted.
    pub accepted: u64,
    /// Shares rejected.
    pub rejected: u64,
    /// Stale shares.
    pub stale: u64,
    /// Seconds since it started.
    pub uptime_s: f64,
    /// Hash backends this CPU supports.
    pub backends: Vec<String>,
}

/// How to start the local miner.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StartMiner {
    /// Threads (default 1: the server stays responsive).
    #[schema(minimum = 1, maximum = 256)]
    pub threads: Option<usize>,
    /// Hash backend (default: the fastest this CPU supports).
    pub backend: Option<String>,
}

#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    accepted: u64,
    rejected: u64,
    stale: u64,
}

#[derive(Debug)]
struct Running {
    miner: Arc<Miner>,
    stop: oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
    started: Instant,
    threads: usize,
    tally: Arc<Mutex<Tally>>,
}

/// Starts and stops the local miner, which mines on the server's own pool.
#[derive(Debug)]
pub struct MinerControl {
    pool_host: String,
    /// The pool's port once it listens (0: not listening).
    pool_port: std::sync::atomic::AtomicU16,
    running: tokio::sync::Mutex<Option<Running>>,
    hub: Hub,
}

fn backends() -> Vec<String> {
    Backend::supported()
        .iter()
        .map(|b| b.name().to_owned())
        .collect()
}

impl MinerControl {
    /// A control for a miner that will mine on `pool_url`.
    pub fn new(pool_url: PoolUrl, hub: Hub) -> Self {
        Self {
            pool_host: pool_url.host,
            pool_port: std::sync::atomic::AtomicU16::new(pool_url.port),
            running: tokio::sync::Mutex::new(None),
            hub,
        }
    }

    /// Sets the pool's port (once its listener is bound).
    pub fn set_port(&self, port: u16) {
        self.pool_port
            .store(port, std::sync::atomic::Ordering::Relaxed);
    }

    fn pool_url(&self) -> Option<PoolUrl> {
        let port = self.pool_port.load(std::sync::atomic::Ordering::Relaxed);
        (port != 0).then(|| PoolUrl::v1(self.pool_host.clone(), port))
    }

    fn status_of(&self, r: Option<&Running>) -> MinerStatus {
        match r {
            None => MinerStatus {
                running: false,
                threads: 0,
                backend: None,
                pool: None,
                hashrate: 0.0,
                hashes: 0,
                accepted: 0,
                rejected: 0,
                stale: 0,
                uptime_s: 0.0,
                backends: backends(),
            },
            Some(r) => {
                let s = r.miner.stats();
                let t = r.tally.lock().map(|t| *t).unwrap_or_default();
                MinerStatus {
                    running: true,
                    threads: r.threads,
                    backend: Some(r.miner.backend().name().to_owned()),
                    pool: self.pool_url().map(|u| u.to_string()),
                    hashrate: s.hashrate(),
                    hashes: s.hashes(),
                    accepted: t.accepted,
                    rejected: t.rejected,
                    stale: t.stale,
                    uptime_s: r.started.elapsed().as_secs_f64(),
                    backends: backends(),
                }
            }
        }
    }

    /// What the miner is doing.
    pub async fn status(&self) -> MinerStatus {
        self.status_of(self.running.lock().await.as_ref())
    }

    /// The miner's hashrate now (0 when stopped).
    pub async fn hashrate(&self) -> f64 {
        self.running
            .lock()
            .await
            .as_ref()
            .map_or(0.0, |r| r.miner.stats().hashrate())
    }

    /// Starts the miner; 409 if it runs already.
    pub async fn start(&self, req: &StartMiner) -> Result<MinerStatus, ApiError> {
        let mut guard = self.running.lock().await;
        if guard.is_some() {
            return Err(ApiError::conflict("the miner is running already"));
        }
        let pool_url = self.pool_url().ok_or_else(|| {
            ApiError::conflict(
                "the embedded pool is not listening (the server runs with --stratum off)",
            )
        })?;
        let threads = req.threads.unwrap_or(1);
        if !(1..=256).contains(&threads) {
            return Err(ApiError::bad_request(format!(
                "invalid threads {threads}: expected 1 to 256"
            )));
        }
        let backend = match &req.backend {
            None => Backend::best(),
            Some(name) => {
                let b: Backend = name
                    .parse()
                    .map_err(|e| ApiError::bad_request(format!("invalid backend {name:?}: {e}")))?;
                if !b.is_supported() {
                    return Err(ApiError::bad_request(format!(
                        "hash backend {b} is not supported by this CPU (supported: {})",
                        backends().join(", ")
                    )));
                }
                b
            }
        };
        let miner = Arc::new(
            Miner::start(MinerConfig {
                threads,
                backend: Some(backend),
                // The server and its API must stay responsive while the miner runs.
                low_priority: true,
                ..MinerConfig::default()
            })
            .map_err(|e| ApiError::bad_request(format!("cannot start the miner: {e}")))?,
        );
        let (stop, stop_rx) = oneshot::channel::<()>();
        let (ev_tx, mut ev_rx) = mpsc::unbounded_channel();
        let cfg = ClientConfig {
            pools: vec![pool_url],
            user: "minewatch-local".into(),
            pass: "x".into(),
            ..ClientConfig::default()
        };
        let tally = Arc::new(Mutex::new(Tally::default()));
        let counts = tally.clone();
        let client_miner = miner.clone();
        let task = tokio::spawn(async move {
            let client = tokio::spawn(client::run(cfg, client_miner, ev_tx, async {
                let _ = stop_rx.await;
            }));
            while let Some(ev) = ev_rx.recv().await {
                if let Ok(mut t) = counts.lock() {
                    match ev {
                        ClientEvent::Accepted => t.accepted += 1,
                        ClientEvent::Rejected { .. } => t.rejected += 1,
                        ClientEvent::Stale => t.stale += 1,
                        _ => {}
                    }
                }
            }
            let _ = client.await;
        });
        let r = Running {
            miner,
            stop,
            task,
            started: Instant::now(),
            threads,
            tally,
        };
        let status = self.status_of(Some(&r));
        *guard = Some(r);
        self.hub.publish(&StreamMessage::Miner { running: true });
        tracing::info!(threads, backend = %backend, "local miner started");
        Ok(status)
    }

    /// Stops the miner; 409 if it is not running.
    pub async fn stop(&self) -> Result<MinerStatus, ApiError> {
        let r = self
            .running
            .lock()
            .await
            .take()
            .ok_or_else(|| ApiError::conflict("the miner is not running"))?;
        let last = self.status_of(Some(&r));
        let _ = r.stop.send(());
        let _ = r.task.await;
        if let Ok(m) = Arc::try_unwrap(r.miner) {
            // Joining the worker threads blocks; keep it off the async workers.
            let _ = tokio::task::spawn_blocking(move || m.stop()).await;
        }
        self.hub.publish(&StreamMessage::Miner { running: false });
        tracing::info!("local miner stopped");
        Ok(MinerStatus {
            running: false,
            hashrate: 0.0,
            uptime_s: last.uptime_s,
            ..last
        })
    }
}

/// Forwards pool events to the stream until the pool is dropped.
pub async fn forward_pool_events(pool: Arc<Pool>, hub: Hub) {
    let mut rx = pool.events();
    loop {
        let ev = match rx.recv().await {
            Ok(ev) => ev,
            Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
            Err(tokio::sync::broadcast::error::RecvError::Closed) => return,
        };
        let msg = match ev {
            PoolEvent::ShareAccepted {
                worker, difficulty, ..
            } => StreamMessage::Share {
                worker,
                accepted: true,
                difficulty,
                reason: None,
            },
            PoolEvent::ShareRejected { worker, reason, .. } => StreamMessage::Share {
                worker,
                accepted: false,
                difficulty: 0.0,
                reason: Some(reason),
            },
            PoolEvent::BlockFound {
                height,
                hash,
                worker,
            } => StreamMessage::Block {
                height,
                hash: hash.to_string(),
                worker,
            },
            _ => continue,
        };
        hub.publish(&msg);
    }
}

/// Hashrate history kept, seconds.
pub const HISTORY_S: i64 = 7 * 86_400;

/// Every `every`, records the pool's and the miner's hashrate and publishes a tick.
pub async fn ticker(pool: Arc<Pool>, miner: Arc<MinerControl>, db: Db, hub: Hub, every: Duration) {
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let workers = pool.workers();
        let pool_hs: f64 = workers.iter().fold(0.0, |a, w| a + w.hashrate);
        let miner_hs = miner.hashrate().await;
        let time = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        let r = db
            .run(move |e| {
                e.record_hashrate(time, &[("pool", pool_hs), ("miner", miner_hs)], HISTORY_S)
            })
            .await;
        if let Err(e) = r {
            tracing::warn!("cannot record hashrate: {e}");
        }
        hub.publish(&StreamMessage::Hashrate {
            time,
            pool: pool_hs,
            miner: miner_hs,
            workers: workers.len(),
            height: pool.height(),
        });
    }
}

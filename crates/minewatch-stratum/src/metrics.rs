//! The pool's Prometheus metrics, in the text exposition format (`GET /metrics` with
//! `minewatch pool --metrics ADDR`).
//!
//! Counted as they happen: shares by result and reject code, blocks found, blocks the node
//! accepted or refused, database write latency (one observation per commit: the group commit's
//! batch or a block's transaction). Read when scraped: open connections, spool depth, and each
//! worker's hashrate and share counts (as many workers as the pool keeps statistics for,
//! `--max-workers`).

use std::sync::Arc;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use crate::pool::{Pool, PoolEvent};

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ShareLabels {
    /// `accepted` or `rejected`.
    result: &'static str,
    /// The Stratum error code of a rejection (`0` for accepted).
    code: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct SubmitLabels {
    /// `accepted` or `refused`.
    result: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct WorkerLabels {
    worker: String,
}

/// What the pool counts as it runs.
#[derive(Debug)]
pub struct PoolMetrics {
    shares: Family<ShareLabels, Counter>,
    blocks: Counter,
    submitted: Family<SubmitLabels, Counter>,
    db_write: Histogram,
    leader: Gauge,
}

impl Default for PoolMetrics {
    fn default() -> Self {
        Self {
            shares: Family::default(),
            blocks: Counter::default(),
            submitted: Family::default(),
            // 100 µs to ~3 s.
            db_write: Histogram::new(prometheus_client::metrics::histogram::exponential_buckets(
                0.0001, 2.0, 16,
            )),
            leader: Gauge::default(),
        }
    }
}

impl PoolMetrics {
    /// Counts what `event` says.
    pub(crate) fn observe(&self, event: &PoolEvent) {
        match event {
            PoolEvent::ShareAccepted { .. } => {
                self.shares
                    .get_or_create(&ShareLabels {
                        result: "accepted",
                        code: "0".into(),
                    })
                    .inc();
            }
            PoolEvent::ShareRejected { code, .. } => {
                self.shares
                    .get_or_create(&ShareLabels {
                        result: "rejected",
                        code: code.to_string(),
                    })
                    .inc();
            }
            PoolEvent::BlockFound { .. } => {
                self.blocks.inc();
            }
            PoolEvent::BlockSubmitted { rejected, .. } => {
                let result = if rejected.is_none() {
                    "accepted"
                } else {
                    "refused"
                };
                self.submitted.get_or_create(&SubmitLabels { result }).inc();
            }
            _ => {}
        }
    }

    /// Whether this front-end leads the ledger now.
    pub(crate) fn set_leader(&self, leading: bool) {
        self.leader.set(i64::from(leading));
    }

    /// One database commit took `seconds`.
    pub(crate) fn db_write(&self, seconds: f64) {
        self.db_write.observe(seconds);
    }
}

/// The exposition of `pool`'s metrics now.
pub fn render(pool: &Pool) -> String {
    let m = pool.metrics();
    let mut r = Registry::with_prefix("minewatch_pool");
    r.register(
        "shares",
        "Shares answered, by result and Stratum reject code",
        m.shares.clone(),
    );
    r.register("blocks_found", "Blocks found", m.blocks.clone());
    r.register(
        "blocks_submitted",
        "Blocks handed to the node, by its answer",
        m.submitted.clone(),
    );
    r.register(
        "db_write_seconds",
        "Time to commit shares to the database (a group commit or a block)",
        m.db_write.clone(),
    );
    r.register(
        "leader",
        "1 while this front-end leads the shared ledger (credits block payouts), else 0",
        m.leader.clone(),
    );
    let connections: Gauge = Gauge::default();
    connections.set(pool.open_connections() as i64);
    r.register(
        "connections",
        "Open Stratum connections (V1 and V2)",
        connections,
    );
    let spool: Gauge = Gauge::default();
    spool.set(pool.with_store(|s| s.spool_depth()) as i64);
    r.register(
        "spool_depth",
        "Shares in the local spool, waiting for the database",
        spool,
    );
    let rate = Family::<WorkerLabels, Gauge<f64, std::sync::atomic::AtomicU64>>::default();
    let accepted = Family::<WorkerLabels, Counter>::default();
    let rejected = Family::<WorkerLabels, Counter>::default();
    for w in pool.workers() {
        let l = WorkerLabels { worker: w.name };
        rate.get_or_create(&l).set(w.hashrate);
        accepted.get_or_create(&l).inc_by(w.accepted);
        rejected.get_or_create(&l).inc_by(w.rejected);
    }
    r.register(
        "worker_hashrate",
        "Each worker's hashrate from its accepted difficulty, hashes per second",
        rate,
    );
    r.register(
        "worker_accepted",
        "Each worker's accepted shares since the pool started",
        accepted,
    );
    r.register(
        "worker_rejected",
        "Each worker's rejected shares since the pool started",
        rejected,
    );
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = prometheus_client::encoding::text::encode(&mut out, &r);
    out
}

/// `GET /metrics` for `pool`.
pub fn router(pool: Arc<Pool>) -> axum::Router {
    axum::Router::new().route(
        "/metrics",
        axum::routing::get(move || {
            let pool = pool.clone();
            async move {
                let body = tokio::task::spawn_blocking(move || render(&pool))
                    .await
                    .unwrap_or_default();
                (
                    [(
                        axum::http::header::CONTENT_TYPE,
                        "application/openmetrics-text; version=1.0.0; charset=utf-8",
                    )],
                    body,
                )
            }
        }),
    )
}

/// Serves `GET /metrics` for `pool` on `listener` (until the process ends).
pub async fn serve(listener: tokio::net::TcpListener, pool: Arc<Pool>) -> std::io::Result<()> {
    axum::serve(listener, router(pool)).await
}

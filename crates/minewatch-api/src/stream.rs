//! `/v1/stream`: alerts, scans, shares, blocks, miner changes and hashrate ticks as typed JSON
//! messages over a WebSocket.
//!
//! Every message is serialised once and shared by all subscribers through a bounded broadcast
//! ring. A subscriber that falls more than the ring's capacity behind is told how many
//! messages it missed (`{"type":"lagged","skipped":N}`) and continues from the oldest message
//! still held: memory does not grow with slow subscribers.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::{Message, Utf8Bytes, WebSocket};
use futures_util::{SinkExt as _, StreamExt as _};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;
use utoipa::ToSchema;

use crate::db::{AlertRow, ScanRow};

/// Messages held for slow subscribers before they are skipped ahead.
pub const RING: usize = 1024;

/// A message on the stream.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum StreamMessage {
    /// First message on every connection.
    Hello {
        /// The server's version.
        version: String,
        /// Topics this connection receives.
        topics: Vec<String>,
    },
    /// A new alert.
    Alert {
        /// It.
        alert: AlertRow,
    },
    /// A finished scan.
    Scan {
        /// Its summary.
        scan: ScanRow,
    },
    /// A share the pool judged.
    Share {
        /// Worker.
        worker: String,
        /// Accepted or not.
        accepted: bool,
        /// The difficulty it counts at.
        difficulty: f64,
        /// Why it was rejected.
        reason: Option<String>,
    },
    /// A block the pool found.
    Block {
        /// Height.
        height: u32,
        /// Hash.
        hash: String,
        /// Worker that found it.
        worker: String,
    },
    /// Hashrate now.
    Hashrate {
        /// Unix time.
        time: i64,
        /// The pool's, H/s (from accepted difficulty).
        pool: f64,
        /// The local miner's, H/s.
        miner: f64,
        /// Workers the pool has seen.
        workers: usize,
        /// Chain height.
        height: u32,
    },
    /// The local miner started or stopped.
    Miner {
        /// Whether it runs now.
        running: bool,
    },
    /// This subscriber fell behind and missed messages.
    Lagged {
        /// How many.
        skipped: u64,
    },
}

impl StreamMessage {
    /// Its topic (the `type` field).
    pub fn topic(&self) -> &'static str {
        match self {
            Self::Hello { .. } => "hello",
            Self::Alert { .. } => "alert",
            Self::Scan { .. } => "scan",
            Self::Share { .. } => "share",
            Self::Block { .. } => "block",
            Self::Hashrate { .. } => "hashrate",
            Self::Miner { .. } => "miner",
            Self::Lagged { .. } => "lagged",
        }
    }
}

/// Topics a subscriber can pick.
pub const TOPICS: &[&str] = &["alert", "scan", "share", "block", "hashrate", "miner"];

/// The fan-out hub.
#[derive(Debug, Clone)]
pub struct Hub {
    tx: broadcast::Sender<(&'static str, Utf8Bytes)>,
}

impl Default for Hub {
    fn default() -> Self {
        Self::new(RING)
    }
}

impl Hub {
    /// A hub holding `capacity` messages for slow subscribers.
    pub fn new(capacity: usize) -> Self {
        Self {
            tx: broadcast::channel(capacity.max(1)).0,
        }
    }

    /// Sends a message to every subscriber (none listening is fine).
    pub fn publish(&self, msg: &StreamMessage) {
        if self.tx.receiver_count() == 0 {
            return;
        }
        match serde_json::to_string(msg) {
            Ok(text) => {
                let _ = self.tx.send((msg.topic(), text.into()));
            }
            Err(e) => tracing::error!("cannot serialise a stream message: {e}"),
        }
    }

    /// Subscribers now.
    pub fn subscribers(&self) -> usize {
        self.tx.receiver_count()
    }

    /// A new subscription.
    pub fn subscribe(&self) -> broadcast::Receiver<(&'static str, Utf8Bytes)> {
        self.tx.subscribe()
    }
}

/// Query of `/v1/stream`.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StreamQuery {
    /// Comma-separated topics (alert, scan, share, block, hashrate, miner); default all.
    pub topics: Option<String>,
    /// The API key, for clients that cannot set headers on a WebSocket (browsers).
    pub key: Option<String>,
}

/// Parses `topics`; an unknown topic is an error naming it.
pub fn parse_topics(q: Option<&str>) -> Result<Vec<&'static str>, String> {
    let Some(q) = q.filter(|q| !q.trim().is_empty()) else {
        return Ok(TOPICS.to_vec());
    };
    q.split(',')
        .map(str::trim)
        .map(|t| {
            TOPICS.iter().find(|k| **k == t).copied().ok_or_else(|| {
                format!(
                    "unknown topic {t:?}: expected some of {}",
                    TOPICS.join(", ")
                )
            })
        })
        .collect()
}

/// Serves one subscriber until it leaves or the server shuts down.
pub async fn serve_socket(
    socket: WebSocket,
    mut rx: broadcast::Receiver<(&'static str, Utf8Bytes)>,
    topics: Vec<&'static str>,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    let (mut sink, mut incoming) = socket.split();
    let hello = StreamMessage::Hello {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        topics: topics.iter().map(|t| (*t).to_owned()).collect(),
    };
    let Ok(text) = serde_json::to_string(&hello) else {
        return;
    };
    if sink.send(Message::Text(text.into())).await.is_err() {
        return;
    }
    // A subscriber that cannot take a message for this long is dropped.
    const SEND_TIMEOUT: Duration = Duration::from_secs(30);
    loop {
        tokio::select! {
            _ = shutdown.changed() => {
                let _ = sink.send(Message::Close(None)).await;
                return;
            }
            got = rx.recv() => {
                let msg = match got {
                    Ok((topic, text)) if topics.contains(&topic) => Message::Text(text),
                    Ok(_) => continue,
                    Err(broadcast::error::RecvError::Lagged(skipped)) => {
                        match serde_json::to_string(&StreamMessage::Lagged { skipped }) {
                            Ok(t) => Message::Text(t.into()),
                            Err(_) => continue,
                        }
                    }
                    Err(broadcast::error::RecvError::Closed) => return,
                };
                match tokio::time::timeout(SEND_TIMEOUT, sink.send(msg)).await {
                    Ok(Ok(())) => {}
                    _ => return,
                }
            }
            got = incoming.next() => match got {
                // Pings are answered by axum; text from the client is ignored.
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return,
                Some(Ok(_)) => {}
            }
        }
    }
}

/// Shared by the server for publishing (cheap to clone).
pub type SharedHub = Arc<Hub>;

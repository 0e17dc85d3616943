#![allow(clippy::unwrap_used, clippy::print_stdout)] // A benchmark: prints its figures, fails loudly.
//! 1,000 `/v1/stream` subscribers over loopback, half of them never reading: publishes
//! messages as fast as the hub takes them and reports delivery and the process's memory
//! (VmRSS) before, at peak and after, as one JSON line.
//!
//! `cargo bench -p minewatch-api --bench stream [-- SUBSCRIBERS MESSAGES]`

use std::time::{Duration, Instant};

use futures_util::StreamExt as _;
use minewatch_api::{Config, Rate, Scope, Server, StreamMessage};
use tokio_tungstenite::tungstenite::Message;

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).map(str::to_owned))
        })
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let subscribers: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let messages: i64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(50_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let fast = Rate {
            burst: 1_000_000,
            per_second: 1e6,
        };
        let server = std::sync::Arc::new(
            Server::open(Config {
                stratum: None,
                offline: true,
                per_key: fast,
                per_ip: fast,
                tick: Duration::from_secs(3600),
                ..Config::default()
            })
            .unwrap(),
        );
        let key = server
            .state()
            .keys
            .create_blocking("bench", Scope::Read)
            .unwrap()
            .key;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let s = server.clone();
        tokio::spawn(async move { s.serve(listener, std::future::pending()).await });
        let rss_start = rss_kib();
        let mut readers = Vec::new();
        let mut idle = Vec::new();
        for i in 0..subscribers {
            let cfg = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
                .read_buffer_size(4 << 10)
                .write_buffer_size(4 << 10);
            let (mut ws, _) = tokio_tungstenite::connect_async_with_config(
                format!("ws://{addr}/v1/stream?topics=alert&key={key}"),
                Some(cfg),
                false,
            )
            .await
            .unwrap();
            let _hello = ws.next().await;
            if i % 2 == 0 {
                // Reads everything, counting alerts and lag notices.
                readers.push(tokio::spawn(async move {
                    let (mut got, mut skipped) = (0u64, 0u64);
                    while let Some(Ok(m)) = ws.next().await {
                        if let Message::Text(t) = m {
                            if t.contains("\"lagged\"") {
                                let v: serde_json::Value = serde_json::from_str(&t).unwrap();
                                skipped += v["skipped"].as_u64().unwrap_or(0);
                            } else {
                                got += 1;
                            }
                        }
                    }
                    (got, skipped)
                }));
            } else {
                // Never reads: its socket fills, then the hub skips it ahead.
                idle.push(ws);
            }
        }
        let rss_connected = rss_kib();
        let hub = server.state().hub.clone();
        let started = Instant::now();
        let mut rss_peak = rss_connected;
        for i in 0..messages {
            hub.publish(&StreamMessage::Alert {
                alert: minewatch_api::db::AlertRow {
                    id: i,
                    created: 0,
                    source: "bench".into(),
                    severity: "info".into(),
                    title: "benchmark alert with a title of ordinary length".into(),
                    subject: format!("subject {i}"),
                    scan_id: None,
                    detail: serde_json::Value::Null,
                    agent: None,
                },
            });
            if i % 500 == 0 {
                tokio::time::sleep(Duration::from_millis(1)).await;
                if i % 5000 == 0 {
                    rss_peak = rss_peak.max(rss_kib());
                }
            }
        }
        let publish_s = started.elapsed().as_secs_f64();
        tokio::time::sleep(Duration::from_secs(3)).await;
        rss_peak = rss_peak.max(rss_kib());
        let rss_end = rss_kib();
        drop(idle);
        server.state().shutdown.send(true).unwrap();
        let (mut got, mut skipped) = (0u64, 0u64);
        for r in readers {
            if let Ok(Ok((g, s))) = tokio::time::timeout(Duration::from_secs(10), r).await {
                got += g;
                skipped += s;
            }
        }
        let readers_n = subscribers.div_ceil(2) as u64;
        println!(
            "{}",
            serde_json::json!({
                "bench": "stream",
                "subscribers": subscribers,
                "messages": messages,
                "publish_s": (publish_s * 1000.0).round() / 1000.0,
                "published_per_s": (messages as f64 / publish_s).round(),
                "reading_subscribers": readers_n,
                "delivered_to_readers": got,
                "delivered_share": (got as f64 / (readers_n as f64 * messages as f64) * 1e4).round() / 1e4,
                "skipped_for_readers": skipped,
                "rss_kib_start": rss_start,
                "rss_kib_connected": rss_connected,
                "rss_kib_peak": rss_peak,
                "rss_kib_end": rss_end,
                "rss_kib_per_subscriber": ((rss_connected.saturating_sub(rss_start)) as f64 / subscribers as f64 * 10.0).round() / 10.0,
            })
        );
    });
}

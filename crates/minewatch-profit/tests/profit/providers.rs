//! Market data providers against a real HTTP server on 127.0.0.1 serving the APIs' response
//! shapes, and every way they fail: 429 with Retry-After (short and too long), 500, a server
//! that never answers, truncated and malformed JSON. The answer always comes, from the
//! network, the cache or the snapshot, and says which.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use minewatch_profit::providers::{ProviderConfig, Providers, Source};
use minewatch_profit::snapshot::Snapshot;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

const PRICE: &str = "/api/v3/simple/price?ids=bitcoin,monero&vs_currencies=usd";
const HASHRATE: &str = "/api/v1/mining/hashrate/3d";
const REWARD: &str = "/api/v1/mining/reward-stats/144";
const TIP: &str = "/api/blocks/tip/height";
const ADJ: &str = "/api/v1/difficulty-adjustment";
const FEES: &str = "/api/v1/fees/recommended";

fn body_of(path: &str) -> &'static str {
    match path {
        PRICE => include_str!("../data/coingecko_simple_price.json"),
        HASHRATE => include_str!("../data/mempool_hashrate_3d.json"),
        REWARD => include_str!("../data/mempool_reward_stats_144.json"),
        ADJ => include_str!("../data/mempool_difficulty_adjustment.json"),
        FEES => include_str!("../data/mempool_fees_recommended.json"),
        TIP => "927500",
        _ => "",
    }
}

/// What the server does for one request.
#[derive(Debug, Clone)]
enum Reply {
    Ok,
    Status(u16, Option<&'static str>),
    Hang,
    Truncated,
    Malformed,
}

#[derive(Default)]
struct Server {
    script: Mutex<HashMap<String, VecDeque<Reply>>>,
    hits: Mutex<HashMap<String, u32>>,
}

impl Server {
    async fn start() -> (Arc<Self>, SocketAddr) {
        let s = Arc::new(Self::default());
        let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = l.local_addr().unwrap();
        let srv = s.clone();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = l.accept().await else {
                    return;
                };
                let srv = srv.clone();
                tokio::spawn(async move {
                    let mut r = BufReader::new(stream);
                    let mut line = String::new();
                    if r.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    let path = line.split_whitespace().nth(1).unwrap_or("").to_owned();
                    loop {
                        let mut h = String::new();
                        if r.read_line(&mut h).await.unwrap_or(0) == 0 || h.trim().is_empty() {
                            break;
                        }
                    }
                    *srv.hits.lock().unwrap().entry(path.clone()).or_default() += 1;
                    let reply = srv
                        .script
                        .lock()
                        .unwrap()
                        .get_mut(&path)
                        .and_then(|q| {
                            if q.len() > 1 {
                                q.pop_front()
                            } else {
                                q.front().cloned()
                            }
                        })
                        .unwrap_or(Reply::Ok);
                    let body = body_of(&path);
                    let (status, extra, body) = match reply {
                        Reply::Ok => ("200 OK".to_owned(), String::new(), body.to_owned()),
                        Reply::Status(code, after) => (
                            format!("{code} X"),
                            after
                                .map(|a| format!("Retry-After: {a}\r\n"))
                                .unwrap_or_default(),
                            "{\"error\":\"busy\"}".to_owned(),
                        ),
                        Reply::Hang => {
                            tokio::time::sleep(Duration::from_secs(30)).await;
                            return;
                        }
                        Reply::Truncated => (
                            "200 OK".to_owned(),
                            String::new(),
                            body[..body.len() / 2].to_owned(),
                        ),
                        Reply::Malformed => (
                            "200 OK".to_owned(),
                            String::new(),
                            "<html>rate limited</html>".to_owned(),
                        ),
                    };
                    let msg = format!(
                        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n{extra}\r\n{body}",
                        body.len()
                    );
                    let w = r.get_mut();
                    let _ = w.write_all(msg.as_bytes()).await;
                    let _ = w.shutdown().await;
                });
            }
        });
        (s, addr)
    }

    fn script(&self, path: &str, replies: &[Reply]) {
        self.script
            .lock()
            .unwrap()
            .insert(path.to_owned(), replies.iter().cloned().collect());
    }

    fn hits(&self, path: &str) -> u32 {
        self.hits.lock().unwrap().get(path).copied().unwrap_or(0)
    }
}

fn config(addr: SocketAddr, cache: &std::path::Path, ttl: Duration) -> ProviderConfig {
    ProviderConfig {
        mempool_url: format!("http://{addr}"),
        price_url: format!("http://{addr}/"),
        cache_dir: Some(cache.to_owned()),
        ttl,
        timeout: Duration::from_millis(1500),
        tries: 3,
        backoff: Duration::from_millis(10),
        max_retry_after: Duration::from_secs(5),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_figures_then_the_cache_within_its_ttl() {
    let (srv, addr) = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let snap = Snapshot::embedded();
    let p = Providers::new(config(addr, dir.path(), Duration::from_secs(600)));
    let m = p.market(&snap).await;
    assert!(m.notes.is_empty(), "{:?}", m.notes);
    assert_eq!(m.btc_usd.value, 67_187.33);
    assert_eq!(m.xmr_usd.value, 120.5);
    assert_eq!(m.difficulty.value, 31_251_101_365_711.12);
    assert_eq!(m.tip_height.value, 927_500);
    // 15,536,164 sat of fees over blocks 736,556..=736,699 (144 blocks).
    assert!((m.fees_btc_per_block.value - 15_536_164.0 / 1e8 / 144.0).abs() < 1e-15);
    assert!(
        (m.next_difficulty_change_pct.as_ref().unwrap().value - 98.459_320_183_816_87).abs()
            < 1e-12
    );
    assert_eq!(m.fastest_fee_sat_vb.as_ref().unwrap().value, 1.0);
    for s in [
        &m.btc_usd.source,
        &m.difficulty.source,
        &m.fees_btc_per_block.source,
    ] {
        assert!(matches!(s, Source::Live { .. }), "{s:?}");
    }
    assert!(
        m.btc_usd
            .source
            .to_string()
            .starts_with("live, http://127.0.0.1")
    );
    // Within the TTL nothing is asked again.
    let again = p.market(&snap).await;
    assert_eq!(srv.hits(PRICE), 1);
    assert_eq!(srv.hits(HASHRATE), 1);
    assert!(
        matches!(again.btc_usd.source, Source::Cache { stale: false, .. }),
        "{:?}",
        again.btc_usd.source
    );
    assert_eq!(again.btc_usd.value, 67_187.33);
    assert!(again.btc_usd.source.to_string().contains("cache, fetched"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_is_waited_and_5xx_retried() {
    let (srv, addr) = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    srv.script(PRICE, &[Reply::Status(429, Some("1")), Reply::Ok]);
    srv.script(
        HASHRATE,
        &[
            Reply::Status(503, None),
            Reply::Status(500, None),
            Reply::Ok,
        ],
    );
    let p = Providers::new(config(addr, dir.path(), Duration::ZERO));
    let t = Instant::now();
    let m = p.market(&Snapshot::embedded()).await;
    assert!(t.elapsed() >= Duration::from_secs(1), "{:?}", t.elapsed());
    assert!(
        matches!(m.btc_usd.source, Source::Live { .. }),
        "{:?}",
        m.notes
    );
    assert!(
        matches!(m.difficulty.source, Source::Live { .. }),
        "{:?}",
        m.notes
    );
    assert_eq!(srv.hits(PRICE), 2);
    assert_eq!(srv.hits(HASHRATE), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failures_fall_back_to_the_stale_cache_then_the_snapshot_and_say_so() {
    let (srv, addr) = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let snap = Snapshot::embedded();
    // Fill the cache; a TTL of zero makes it stale at once.
    let p = Providers::new(config(addr, dir.path(), Duration::ZERO));
    assert!(p.market(&snap).await.notes.is_empty());
    // Now every endpoint fails a different way.
    srv.script(PRICE, &[Reply::Status(429, Some("3600"))]);
    srv.script(HASHRATE, &[Reply::Status(500, None)]);
    srv.script(REWARD, &[Reply::Hang]);
    srv.script(TIP, &[Reply::Truncated]);
    srv.script(ADJ, &[Reply::Malformed]);
    srv.script(FEES, &[Reply::Status(404, None)]);
    let m = p.market(&snap).await;
    for s in [
        &m.btc_usd.source,
        &m.difficulty.source,
        &m.fees_btc_per_block.source,
    ] {
        assert!(matches!(s, Source::Cache { stale: true, .. }), "{s:?}");
        assert!(s.to_string().starts_with("stale cache"), "{s}");
    }
    assert_eq!(m.btc_usd.value, 67_187.33);
    let notes = m.notes.join("\n");
    for needle in [
        "Retry-After 3600 s is beyond",
        "HTTP 500 (after 3 tries)",
        "timed out",
        "malformed JSON",
        "HTTP 404",
    ] {
        assert!(notes.contains(needle), "{needle} not in\n{notes}");
    }
    // The too-long Retry-After and the 404 were not retried; the 500 was, three times.
    assert_eq!(srv.hits(PRICE), 2);
    assert_eq!(srv.hits(FEES), 2);
    assert_eq!(srv.hits(HASHRATE), 4);

    // With no cache at all, the snapshot answers, dated.
    let empty = tempfile::tempdir().unwrap();
    let p = Providers::new(config(addr, empty.path(), Duration::ZERO));
    let m = p.market(&snap).await;
    assert!(matches!(m.btc_usd.source, Source::Snapshot { .. }));
    assert_eq!(m.btc_usd.value, snap.bitcoin.btc_usd);
    assert_eq!(m.difficulty.value, snap.difficulty());
    assert_eq!(m.tip_height.value, snap.bitcoin.height);
    assert!(m.btc_usd.source.to_string().contains("snapshot 2025-01-30"));
    assert!(m.next_difficulty_change_pct.is_none());
    // A corrupt cache file is ignored, not trusted.
    std::fs::write(empty.path().join("simple_price.json"), "{not json").unwrap();
    let m = p.market(&snap).await;
    assert!(matches!(m.btc_usd.source, Source::Snapshot { .. }));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nobody_listening_means_the_snapshot() {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap();
    drop(l);
    let dir = tempfile::tempdir().unwrap();
    let mut c = config(addr, dir.path(), Duration::ZERO);
    c.tries = 2;
    let m = Providers::new(c).market(&Snapshot::embedded()).await;
    assert!(matches!(m.difficulty.source, Source::Snapshot { .. }));
    assert_eq!(m.notes.len(), 6, "{:?}", m.notes);
}

#![allow(clippy::unwrap_used)] // Tests: a failed unwrap is a failed test.
//! The server end to end over 127.0.0.1: HTTP, the WebSocket stream, the embedded pool and
//! the local miner.

use std::time::Duration;

use futures_util::{SinkExt as _, StreamExt as _};
use minewatch_api::{Config, Scope, Server, StreamMessage};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;

struct Up {
    base: String,
    ws: String,
    key: String,
    server: std::sync::Arc<Server>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

async fn up(config: Config) -> Up {
    let server = std::sync::Arc::new(
        Server::open(Config {
            stratum: Some("127.0.0.1:0".parse().unwrap()),
            offline: true,
            tick: Duration::from_millis(200),
            ..config
        })
        .unwrap(),
    );
    let key = server
        .state()
        .keys
        .create_blocking("e2e", Scope::Admin)
        .unwrap()
        .key;
    server.start_background().await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, rx) = tokio::sync::oneshot::channel::<()>();
    let s = server.clone();
    let task = tokio::spawn(async move {
        s.serve(listener, async {
            let _ = rx.await;
        })
        .await
        .unwrap();
    });
    Up {
        base: format!("http://{addr}"),
        ws: format!("ws://{addr}/v1/stream"),
        key,
        server,
        stop: Some(stop),
        task,
    }
}

fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn subscribe(u: &Up, query: &str) -> Ws {
    let mut req = format!("{}{query}", u.ws).into_client_request().unwrap();
    req.headers_mut().insert(
        "authorization",
        format!("Bearer {}", u.key).parse().unwrap(),
    );
    let (ws, _) = tokio_tungstenite::connect_async(req).await.unwrap();
    ws
}

/// The next text message whose type is `ty` (within `secs`).
async fn next_of(ws: &mut Ws, ty: &str, secs: u64) -> Value {
    tokio::time::timeout(Duration::from_secs(secs), async {
        loop {
            match ws.next().await {
                Some(Ok(Message::Text(t))) => {
                    let v: Value = serde_json::from_str(&t).unwrap();
                    if v["type"] == ty {
                        return v;
                    }
                }
                Some(Ok(_)) => {}
                other => panic!("stream ended: {other:?}"),
            }
        }
    })
    .await
    .unwrap_or_else(|_| panic!("no {ty} message within {secs} s"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stream_carries_alerts_shares_blocks_and_hashrate_from_the_local_miner() {
    let u = up(Config::default()).await;
    let c = http();
    let mut ws = subscribe(&u, "").await;
    let hello = next_of(&mut ws, "hello", 5).await;
    assert_eq!(hello["topics"].as_array().unwrap().len(), 6);
    // A scan that finds a miner: the scan and its alert arrive on the stream.
    let r = c
        .post(format!("{}/v1/scans", u.base))
        .bearer_auth(&u.key)
        .json(&json!({"type": "content", "name": "x.js", "text": "var m = new CoinHive.Anonymous('k'); m.start(); var w = new WebSocket('wss://a/'); w.send(JSON.stringify({method:'login',params:{login:'x',pass:'x'}})); w.onmessage = function(e){ var j = JSON.parse(e.data); w.send(JSON.stringify({method:'submit',params:{job_id:j.job_id,nonce:'1',result:'2'}})); };"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let alert = next_of(&mut ws, "alert", 5).await;
    assert_eq!(alert["alert"]["severity"], "critical");
    // The local miner mines on the embedded pool: shares, blocks and hashrate ticks.
    let r = c
        .post(format!("{}/v1/miner/start", u.base))
        .bearer_auth(&u.key)
        .json(&json!({"threads": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    let r = c
        .post(format!("{}/v1/miner/start", u.base))
        .bearer_auth(&u.key)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    let share = next_of(&mut ws, "share", 60).await;
    assert_eq!(share["worker"], "minewatch-local");
    assert_eq!(share["accepted"], true);
    let block = next_of(&mut ws, "block", 60).await;
    assert!(block["height"].as_u64().unwrap() >= 1);
    let tick = tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            let t = next_of(&mut ws, "hashrate", 10).await;
            if t["miner"].as_f64().unwrap() > 0.0 {
                return t;
            }
        }
    })
    .await
    .unwrap();
    assert!(tick["height"].as_u64().unwrap() >= 1);
    // The REST view agrees: blocks, shares, workers, payouts, history.
    let blocks: Value = c
        .get(format!("{}/v1/pool/blocks", u.base))
        .bearer_auth(&u.key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(!blocks["items"].as_array().unwrap().is_empty());
    let payouts: Value = c
        .get(format!("{}/v1/pool/payouts", u.base))
        .bearer_auth(&u.key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(payouts[0]["worker"], "minewatch-local");
    assert!(payouts[0]["satoshis"].as_u64().unwrap() > 0);
    let history: Value = c
        .get(format!("{}/v1/pool/hashrate?source=miner", u.base))
        .bearer_auth(&u.key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        history
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["hashrate"].as_f64().unwrap() > 0.0)
    );
    let tip: Value = c
        .get(format!("{}/v1/chain/tip", u.base))
        .bearer_auth(&u.key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(tip["height"].as_u64().unwrap() >= 1);
    let r = c
        .post(format!("{}/v1/miner/stop", u.base))
        .bearer_auth(&u.key)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let m = next_of(&mut ws, "miner", 5).await;
    assert_eq!(m["running"], false);
    // Topics filter what a subscriber gets; the key can come as ?key= (browsers).
    let (mut only_alerts, _) =
        tokio_tungstenite::connect_async(format!("{}?topics=alert&key={}", u.ws, u.key))
            .await
            .unwrap();
    let hello = next_of(&mut only_alerts, "hello", 5).await;
    assert_eq!(hello["topics"], json!(["alert"]));
    // Graceful shutdown closes subscribers.
    let mut u = u;
    u.stop.take().unwrap().send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(20), &mut u.task)
        .await
        .unwrap()
        .unwrap();
    let end = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match ws.next().await {
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return,
                Some(Ok(_)) => {}
            }
        }
    })
    .await;
    assert!(end.is_ok(), "subscriber not closed at shutdown");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_subscriber_that_falls_behind_is_told_and_skipped_ahead() {
    // No hashrate ticks meanwhile but the one at start-up: a lag count covers every topic in
    // the ring, so a tick skipped with the alerts makes the tally one over (seen in CI).
    let u = up(Config {
        tick: Duration::from_secs(3600),
        ..Config::default()
    })
    .await;
    let mut slow = subscribe(&u, "?topics=alert").await;
    next_of(&mut slow, "hello", 5).await;
    // Far more than the ring holds: 20,000 messages of 2 KB (40 MB) overflow any socket
    // buffers between the server and this reader, so the ring must skip it ahead.
    let hub = &u.server.state().hub;
    let n = 20_000;
    for i in 0..n {
        hub.publish(&StreamMessage::Alert {
            alert: minewatch_api::db::AlertRow {
                id: i,
                created: 0,
                source: "test".into(),
                severity: "info".into(),
                title: "x".repeat(2000),
                subject: format!("#{i}"),
                scan_id: None,
                detail: Value::Null,
                agent: None,
            },
        });
        if i % 1000 == 0 {
            tokio::task::yield_now().await;
        }
    }
    // Read everything: what was already in the socket buffers, the lag notice, the rest.
    let (mut before, mut after, mut skipped, mut last) = (0i64, 0i64, 0i64, -1i64);
    while let Ok(Some(Ok(Message::Text(t)))) =
        tokio::time::timeout(Duration::from_secs(2), slow.next()).await
    {
        let v: Value = serde_json::from_str(&t).unwrap();
        match v["type"].as_str().unwrap() {
            "lagged" => skipped += v["skipped"].as_i64().unwrap(),
            "alert" => {
                let id = v["alert"]["id"].as_i64().unwrap();
                assert!(id > last, "out of order: {id} after {last}");
                last = id;
                if skipped == 0 {
                    before += 1;
                } else {
                    after += 1;
                }
            }
            _ => {}
        }
    }
    assert!(skipped > 0, "never told it lagged ({before} received)");
    let total = before + skipped + after;
    assert!(
        (n..=n + 1).contains(&total),
        "every message delivered or counted as skipped: {total} of {n}"
    );
    assert_eq!(last, n - 1, "the newest message arrives");
    // What it missed was dropped from the shared ring, not queued for it: the messages
    // delivered after the notice are fewer than those sent while it was behind.
    assert!(after < n - before, "{after} delivered after the gap");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_subscribers_each_get_every_alert() {
    // Both ends of 1,000 sockets live in this process: over the 1,024 descriptors an ordinary
    // user's shell allows by default (root's is higher). Raise the soft limit to the hard one.
    let lim = rustix::process::getrlimit(rustix::process::Resource::Nofile);
    if let Some(hard) = lim.maximum {
        let _ = rustix::process::setrlimit(
            rustix::process::Resource::Nofile,
            rustix::process::Rlimit {
                current: Some(hard),
                maximum: Some(hard),
            },
        );
    }
    let lim = rustix::process::getrlimit(rustix::process::Resource::Nofile);
    assert!(
        lim.current.is_none_or(|n| n >= 2_200),
        "this test needs 2,200 file descriptors (ulimit -n); the hard limit allows {:?}",
        lim.maximum
    );
    let fast = minewatch_api::Rate {
        burst: 100_000,
        per_second: 100_000.0,
    };
    let u = up(Config {
        per_key: fast,
        per_ip: fast,
        ..Config::default()
    })
    .await;
    let mut subs = Vec::new();
    for _ in 0..1000 {
        let (ws, _) =
            tokio_tungstenite::connect_async(format!("{}?topics=alert&key={}", u.ws, u.key))
                .await
                .unwrap();
        subs.push(ws);
    }
    for ws in &mut subs {
        next_of(ws, "hello", 10).await;
    }
    let health: Value = http()
        .get(format!("{}/v1/health", u.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["subscribers"], 1000);
    let r = http()
        .post(format!("{}/v1/scans", u.base))
        .bearer_auth(&u.key)
        .json(&json!({"type": "content", "name": "y.js", "text": "var m = new CoinHive.Anonymous('k'); m.start();"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    for ws in &mut subs {
        let a = next_of(ws, "alert", 20).await;
        assert_eq!(a["alert"]["subject"], "y.js");
    }
    for ws in &mut subs {
        let _ = ws.send(Message::Close(None)).await;
    }
}

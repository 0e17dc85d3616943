//! Our client mining against our pool over 127.0.0.1, on the embedded chain; the blocks it
//! finds checked by an independent implementation (the `bitcoin` crate).

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::sync::Arc;
use std::time::Duration;

use bitcoin::consensus::encode::deserialize;
use minewatch_miner::{Miner, MinerConfig};
use minewatch_stratum::client::{self, ClientConfig, ClientEvent, PoolUrl};
use minewatch_stratum::pool::{self, Pool, PoolConfig, PoolEvent};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

/// BIP 34 through the oracle. Core writes heights 1..=16 as OP_1..OP_16 (`CScript() << nHeight`),
/// which the oracle's `bip34_block_height` does not read, so those are checked on its script bytes.
fn assert_bip34(b: &bitcoin::Block, height: u32) {
    let script = b.txdata[0].input[0].script_sig.as_bytes();
    if (1..=16).contains(&height) {
        assert_eq!(script[0], 0x50 + height as u8);
    } else {
        assert_eq!(b.bip34_block_height().unwrap(), u64::from(height));
    }
}

#[test]
fn twenty_locally_mined_blocks_pass_the_oracle() {
    use minewatch_pow::search::{Backend, WorkUnit};
    let mut chain = minewatch_stratum::chain::LocalChain::new();
    for h in 1..=20u32 {
        let t = chain.template(
            &[(vec![0x00, 0x14, 1, 2, 3], 2), (vec![0x51], 1)],
            1_700_000_000 + h,
        );
        let job = t.job("j", true);
        let (en1, en2) = ([9, 9, 9, 9], h.to_le_bytes());
        let mut header = job.header(&en1, &en2, job.ntime, 0, None, 0);
        let work = WorkUnit::new(header, header.target(chain.params()).unwrap());
        header.nonce = work.scan(Backend::best(), 0, 10_000).found[0].nonce;
        let block = t.block(header, &en1, &en2).unwrap();
        let b: bitcoin::Block = deserialize(&block.encode()).unwrap();
        assert!(b.check_merkle_root());
        assert!(b.header.validate_pow(b.header.target()).is_ok());
        assert_bip34(&b, h);
        let paid: u64 = b.txdata[0].output.iter().map(|o| o.value.to_sat()).sum();
        assert_eq!(
            paid,
            minewatch_pow::subsidy::block_subsidy(h, chain.params())
        );
        assert_eq!(chain.submit(block), Ok(h));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_mines_three_valid_blocks_on_the_embedded_pool() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let pool = Pool::new(PoolConfig::default());
    let mut pool_events = pool.events();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(pool::serve(listener, pool.clone(), async {
        let _ = stop_rx.await;
    }));

    let miner = Arc::new(
        Miner::start(MinerConfig {
            threads: 1,
            ..MinerConfig::default()
        })
        .unwrap(),
    );
    let (ev_tx, mut ev_rx) = mpsc::unbounded_channel();
    let cfg = ClientConfig {
        pools: vec![format!("stratum+tcp://{addr}").parse::<PoolUrl>().unwrap()],
        user: "alice".into(),
        ..ClientConfig::default()
    };
    let (cstop_tx, cstop_rx) = tokio::sync::oneshot::channel::<()>();
    let client_task = tokio::spawn(client::run(cfg, miner.clone(), ev_tx, async {
        let _ = cstop_rx.await;
    }));

    let mut blocks = Vec::new();
    let mut accepted_events = 0;
    tokio::time::timeout(Duration::from_secs(60), async {
        while blocks.len() < 3 {
            match pool_events.recv().await.unwrap() {
                PoolEvent::BlockFound {
                    height,
                    hash,
                    worker,
                } => {
                    assert_eq!(worker, "alice");
                    blocks.push((height, hash));
                }
                PoolEvent::ShareRejected { code, reason, .. } => panic!("rejected {code} {reason}"),
                _ => {}
            }
        }
    })
    .await
    .expect("three blocks within 60 s");
    while let Ok(e) = ev_rx.try_recv() {
        if e == ClientEvent::Accepted {
            accepted_events += 1;
        }
    }
    let _ = cstop_tx.send(());
    client_task.await.unwrap();
    let _ = stop_tx.send(());
    server.await.unwrap();

    assert_eq!(
        blocks.iter().map(|b| b.0).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    assert!(accepted_events >= 2, "{accepted_events}");
    let chain = pool.chain();
    assert!(chain.height() >= 3);
    // Default scheme PPLNS, no fee, one worker: the ledger owes alice every block's reward.
    let owed = pool.balances().unwrap();
    let rewards: u64 = (1..=chain.height())
        .map(|h| minewatch_pow::subsidy::block_subsidy(h, chain.params()))
        .sum();
    assert_eq!(owed.get("alice"), Some(&rewards), "{owed:?}");
    let params = chain.params().clone();
    for (height, hash) in blocks {
        let ours = &chain.blocks()[height as usize];
        assert_eq!(ours.block_hash(), hash);
        // The oracle: decode our bytes with the bitcoin crate and check what it can.
        let b: bitcoin::Block = deserialize(&ours.encode()).unwrap();
        assert!(b.check_merkle_root());
        let target = b.header.target();
        assert!(b.header.validate_pow(target).is_ok());
        assert_eq!(
            target.to_compact_lossy().to_consensus(),
            params.pow_limit_bits().0
        );
        assert_bip34(&b, height);
        assert!(b.txdata[0].is_coinbase());
        let paid: u64 = b.txdata[0].output.iter().map(|o| o.value.to_sat()).sum();
        assert!(paid <= minewatch_pow::subsidy::block_subsidy(height, &params));
        assert_eq!(
            b.header.prev_blockhash.to_string(),
            chain.blocks()[height as usize - 1].block_hash().to_string()
        );
    }
}

async fn start_pool() -> (
    std::net::SocketAddr,
    Arc<Pool>,
    tokio::sync::oneshot::Sender<()>,
) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let pool = Pool::new(PoolConfig::default());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(pool::serve(listener, pool.clone(), async {
        let _ = rx.await;
    }));
    (addr, pool, tx)
}

/// Runs a client with `pools` until the pool at `expect` reports a block found by it.
async fn mines_on(pools: Vec<PoolUrl>, expect: &Arc<Pool>) -> Vec<ClientEvent> {
    let miner = Arc::new(
        Miner::start(MinerConfig {
            threads: 1,
            ..MinerConfig::default()
        })
        .unwrap(),
    );
    let (ev_tx, mut ev_rx) = mpsc::unbounded_channel();
    let cfg = ClientConfig {
        pools,
        user: "carol".into(),
        min_backoff: Duration::from_millis(50),
        ..ClientConfig::default()
    };
    let (stop, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let mut pool_events = expect.events();
    let task = tokio::spawn(client::run(cfg, miner, ev_tx, async {
        let _ = stop_rx.await;
    }));
    tokio::time::timeout(Duration::from_secs(60), async {
        loop {
            if let PoolEvent::BlockFound { worker, .. } = pool_events.recv().await.unwrap() {
                assert_eq!(worker, "carol");
                break;
            }
        }
    })
    .await
    .expect("a block on the expected pool");
    let _ = stop.send(());
    task.await.unwrap();
    let mut events = Vec::new();
    while let Ok(e) = ev_rx.try_recv() {
        events.push(e);
    }
    events
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_fails_over_to_the_backup_pool() {
    let dead = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    }; // closed again: nothing listens there
    let (addr, pool, _stop) = start_pool().await;
    let pools = vec![
        format!("stratum+tcp://{dead}").parse().unwrap(),
        format!("stratum+tcp://{addr}").parse().unwrap(),
    ];
    let events = mines_on(pools, &pool).await;
    assert!(
        matches!(&events[0], ClientEvent::Disconnected { reason } if reason.contains("cannot connect")),
        "{events:?}"
    );
    assert!(
        events.contains(&ClientEvent::Connected {
            pool: format!("stratum+tcp://{addr}")
        }),
        "{events:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_follows_client_reconnect_to_another_pool() {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let (addr, pool, _stop) = start_pool().await;
    // A peer that answers the first line with client.reconnect to the real pool.
    let redirector = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let raddr = redirector.local_addr().unwrap();
    let port = addr.port();
    tokio::spawn(async move {
        let (s, _) = redirector.accept().await.unwrap();
        let (r, mut w) = s.into_split();
        let mut lines = BufReader::new(r).lines();
        let _ = lines.next_line().await;
        let m = minewatch_stratum::proto::Message::notification(
            minewatch_stratum::proto::Method::Reconnect {
                host: Some("127.0.0.1".into()),
                port: Some(port),
                wait_secs: Some(0),
            },
        );
        w.write_all(m.to_line().as_bytes()).await.unwrap();
        // Keep the connection open: the client must leave on its own.
        tokio::time::sleep(Duration::from_secs(30)).await;
    });
    let events = mines_on(
        vec![format!("stratum+tcp://{raddr}").parse().unwrap()],
        &pool,
    )
    .await;
    assert!(
        events.iter().any(
            |e| matches!(e, ClientEvent::Disconnected { reason } if reason.contains("reconnect"))
        ),
        "{events:?}"
    );
    assert!(
        events.contains(&ClientEvent::Connected {
            pool: format!("stratum+tcp://{addr}")
        }),
        "{events:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_applies_set_extranonce_to_the_next_job() {
    use minewatch_stratum::chain::LocalChain;
    use minewatch_stratum::proto::{Id, Message, Method, SubscribeResult};
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let template = LocalChain::with_bits(minewatch_pow::CompactTarget(0x1d00_ffff))
        .template(&[], 1_700_000_000);
    let diff = 1e-5;
    let target = minewatch_pow::Target::from_difficulty(diff).unwrap();
    // A scripted pool: job "a" with extranonce1 01010101, then set_extranonce 02020202 and
    // job "b"; it checks every share against the extranonce1 in force for its job.
    let peer = tokio::spawn(async move {
        let (s, _) = listener.accept().await.unwrap();
        let (r, mut w) = s.into_split();
        let mut lines = BufReader::new(r).lines();
        let mut en1 = vec![1u8; 4];
        let mut checked = Vec::new();
        // Shares of job "a" keep coming until the client reads the switch; stop after two
        // shares of job "b".
        while checked.iter().filter(|(j, _)| j == "b").count() < 2 {
            let line = lines.next_line().await.unwrap().unwrap();
            let Message::Request { id, method } = Message::parse(line.as_bytes()).unwrap() else {
                continue;
            };
            let mut out = String::new();
            match method {
                Method::Configure { .. } => {
                    out.push_str(&Message::ok(id, serde_json::json!({})).to_line())
                }
                Method::Subscribe { .. } => {
                    let r = SubscribeResult {
                        subscriptions: vec![],
                        extranonce1: en1.clone(),
                        extranonce2_size: 4,
                    };
                    out.push_str(&Message::ok(id, r.to_value()).to_line());
                }
                Method::Authorize { .. } => {
                    out.push_str(&Message::ok(id, serde_json::json!(true)).to_line());
                    out.push_str(&Message::notification(Method::SetDifficulty(diff)).to_line());
                    out.push_str(
                        &Message::notification(Method::Notify(template.job("a", true))).to_line(),
                    );
                }
                Method::Submit(sub) => {
                    let job = template.job(sub.job_id.clone(), true);
                    // The extranonce1 in force when the job was sent: a share of job "a"
                    // found before the client read set_extranonce still uses 01010101.
                    let job_en1 = if sub.job_id == "a" {
                        vec![1u8; 4]
                    } else {
                        vec![2u8; 4]
                    };
                    let h = job.header(
                        &job_en1,
                        &sub.extranonce2,
                        sub.ntime,
                        sub.nonce,
                        sub.version_bits,
                        0,
                    );
                    let ok = target.is_met_by(h.block_hash());
                    checked.push((sub.job_id.clone(), ok));
                    out.push_str(
                        &Message::ok(id.or(Some(Id::Num(0))), serde_json::json!(ok)).to_line(),
                    );
                    if sub.job_id == "a" && en1 == vec![1u8; 4] {
                        en1 = vec![2u8; 4];
                        out.push_str(
                            &Message::notification(Method::SetExtranonce {
                                extranonce1: en1.clone(),
                                extranonce2_size: 4,
                            })
                            .to_line(),
                        );
                        out.push_str(
                            &Message::notification(Method::Notify(template.job("b", true)))
                                .to_line(),
                        );
                    }
                }
                _ => {}
            }
            w.write_all(out.as_bytes()).await.unwrap();
        }
        checked
    });
    let miner = Arc::new(
        Miner::start(MinerConfig {
            threads: 1,
            ..MinerConfig::default()
        })
        .unwrap(),
    );
    let (ev_tx, _ev_rx) = mpsc::unbounded_channel();
    let cfg = ClientConfig {
        pools: vec![format!("stratum+tcp://{addr}").parse().unwrap()],
        ..ClientConfig::default()
    };
    let (stop, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(client::run(cfg, miner, ev_tx, async {
        let _ = stop_rx.await;
    }));
    let checked = tokio::time::timeout(Duration::from_secs(60), peer)
        .await
        .expect("peer done")
        .unwrap();
    let _ = stop.send(());
    task.await.unwrap();
    // Shares of job "a" (if any arrived after the switch they would be stale and are not
    // sent) and of job "b" all verify with the extranonce1 in force.
    assert!(checked.iter().any(|(j, _)| j == "b"), "{checked:?}");
    assert!(checked.iter().all(|(_, ok)| *ok), "{checked:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_falls_back_to_a_plain_subscribe_when_the_pool_drops_configure() {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let (addr, pool, _stop) = start_pool().await;
    // An older pool in front of ours: it closes any connection whose first message is
    // `mining.configure` (as ckpool's proxy mode did) and relays everything else.
    let old = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let oaddr = old.local_addr().unwrap();
    let dropped = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = dropped.clone();
    tokio::spawn(async move {
        loop {
            let (s, _) = old.accept().await.unwrap();
            let counter = counter.clone();
            tokio::spawn(async move {
                let (r, mut w) = s.into_split();
                let mut r = BufReader::new(r);
                let mut first = String::new();
                r.read_line(&mut first).await.unwrap();
                if first.contains("mining.configure") {
                    counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    return; // dropped: both halves close
                }
                let up = tokio::net::TcpStream::connect(addr).await.unwrap();
                let (mut ur, mut uw) = up.into_split();
                uw.write_all(first.as_bytes()).await.unwrap();
                tokio::spawn(async move {
                    let _ = tokio::io::copy(&mut ur, &mut w).await;
                });
                let _ = tokio::io::copy(&mut r, &mut uw).await;
            });
        }
    });
    let events = mines_on(
        vec![format!("stratum+tcp://{oaddr}").parse().unwrap()],
        &pool,
    )
    .await;
    // Told once, remembered: exactly one connection was spent on mining.configure.
    assert_eq!(dropped.load(std::sync::atomic::Ordering::SeqCst), 1);
    let said: Vec<&ClientEvent> = events
        .iter()
        .filter(|e| matches!(e, ClientEvent::Disconnected { reason } if reason.contains("mining.configure")))
        .collect();
    assert_eq!(said.len(), 1, "{events:?}");
    assert!(
        events.contains(&ClientEvent::Connected {
            pool: format!("stratum+tcp://{oaddr}")
        }),
        "{events:?}"
    );
}

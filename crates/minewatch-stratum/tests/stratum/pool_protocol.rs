//! The pool against a raw TCP peer over 127.0.0.1: what it answers to good, bad, out-of-order,
//! duplicate and hostile input.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::time::Duration;

use minewatch_pow::search::{Backend, WorkUnit};
use minewatch_pow::{Target, hex};
use minewatch_stratum::pool::{self, Pool, PoolConfig};
use minewatch_stratum::proto::{Id, Job, Message, Method, SubscribeResult};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};

struct Peer {
    rd: tokio::io::Lines<BufReader<OwnedReadHalf>>,
    wr: OwnedWriteHalf,
}

impl Peer {
    async fn send(&mut self, line: &str) {
        self.wr.write_all(line.as_bytes()).await.unwrap();
        self.wr.write_all(b"\n").await.unwrap();
    }

    /// Next message, or `None` if the pool closed the connection.
    async fn recv(&mut self) -> Option<Message> {
        let line = tokio::time::timeout(Duration::from_secs(10), self.rd.next_line())
            .await
            .expect("pool answered")
            .ok()??;
        Some(Message::parse(line.as_bytes()).unwrap())
    }

    /// The response with this id, skipping notifications (collected into `notes`).
    async fn response(&mut self, id: u64, notes: &mut Vec<Method>) -> (Value, Option<i64>) {
        loop {
            match self.recv().await.expect("connection open") {
                Message::Response {
                    id: Some(minewatch_stratum::proto::Id::Num(n)),
                    result,
                    error,
                } if n == id => {
                    return (result, error.map(|e| e.code));
                }
                Message::Request { method, .. } => notes.push(method),
                _ => {}
            }
        }
    }
}

async fn start(config: PoolConfig) -> (std::net::SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let (addr, tx, _) = start_pool(config).await;
    (addr, tx)
}

async fn start_pool(
    config: PoolConfig,
) -> (
    std::net::SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    std::sync::Arc<Pool>,
) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let pool = Pool::new(config);
    tokio::spawn(pool::serve(listener, pool.clone(), async move {
        let _ = rx.await;
    }));
    (addr, tx, pool)
}

async fn connect(addr: std::net::SocketAddr) -> Peer {
    let (r, w) = TcpStream::connect(addr).await.unwrap().into_split();
    Peer {
        rd: BufReader::new(r).lines(),
        wr: w,
    }
}

/// Subscribes and authorizes; returns extranonce1, the difficulty and the first job.
async fn handshake(p: &mut Peer) -> (Vec<u8>, f64, Job) {
    let mut notes = Vec::new();
    p.send(r#"{"id":1,"method":"mining.subscribe","params":["test/1"]}"#)
        .await;
    let (r, e) = p.response(1, &mut notes).await;
    assert_eq!(e, None);
    let sub = SubscribeResult::from_value(&r).unwrap();
    p.send(r#"{"id":2,"method":"mining.authorize","params":["w","x"]}"#)
        .await;
    assert_eq!(p.response(2, &mut notes).await, (json!(true), None));
    let diff = notes
        .iter()
        .find_map(|m| {
            if let Method::SetDifficulty(d) = m {
                Some(*d)
            } else {
                None
            }
        })
        .unwrap();
    let job = notes
        .iter()
        .find_map(|m| {
            if let Method::Notify(j) = m {
                Some(j.clone())
            } else {
                None
            }
        })
        .unwrap();
    (sub.extranonce1, diff, job)
}

/// A nonce whose share meets `diff` (and, on regtest, usually the block target too).
fn solve(job: &Job, en1: &[u8], en2: &[u8], diff: f64) -> u32 {
    let header = job.header(en1, en2, job.ntime, 0, None, 0);
    let work = WorkUnit::new(header, Target::from_difficulty(diff).unwrap());
    let mut start = 0;
    loop {
        let s = work.scan(Backend::best(), start, 1 << 20);
        if let Some(f) = s.found.first() {
            return f.nonce;
        }
        start += 1 << 20;
    }
}

fn submit(id: u64, job: &str, en2: &[u8], ntime: u32, nonce: u32) -> String {
    json!({"id": id, "method": "mining.submit", "params": ["w", job, hex::encode(en2), format!("{ntime:08x}"), format!("{nonce:08x}")]}).to_string()
}

#[tokio::test]
async fn shares_get_the_standard_answers() {
    // A high difficulty so a share is not also a block (a block would make the job stale).
    let (addr, _stop) = start(PoolConfig {
        initial_difficulty: 0.0001,
        ..PoolConfig::default()
    })
    .await;
    let mut p = connect(addr).await;
    let mut notes = Vec::new();
    // Before subscribe: not subscribed.
    p.send(&submit(9, "1", &[0; 4], 0, 0)).await;
    assert_eq!(p.response(9, &mut notes).await.1, Some(25));
    let (en1, diff, job) = handshake(&mut p).await;
    let en2 = [1, 2, 3, 4];
    // Unknown job.
    p.send(&submit(10, "nope", &en2, job.ntime, 0)).await;
    assert_eq!(p.response(10, &mut notes).await.1, Some(21));
    // Wrong extranonce2 size.
    p.send(&submit(11, &job.job_id, &[1, 2], job.ntime, 0))
        .await;
    assert_eq!(p.response(11, &mut notes).await.1, Some(20));
    // ntime before the job's.
    p.send(&submit(12, &job.job_id, &en2, job.ntime - 1, 0))
        .await;
    assert_eq!(p.response(12, &mut notes).await.1, Some(20));
    // Unauthorized worker name.
    let bad_worker = json!({"id": 13, "method": "mining.submit", "params": ["mallory", job.job_id, hex::encode(&en2), format!("{:08x}", job.ntime), "00000000"]}).to_string();
    p.send(&bad_worker).await;
    assert_eq!(p.response(13, &mut notes).await.1, Some(24));
    // Version bits without negotiating version rolling.
    let vb = json!({"id": 14, "method": "mining.submit", "params": ["w", job.job_id, hex::encode(&en2), format!("{:08x}", job.ntime), "00000000", "00002000"]}).to_string();
    p.send(&vb).await;
    assert_eq!(p.response(14, &mut notes).await.1, Some(20));
    // A real share: accepted; the same again: duplicate.
    let nonce = solve(&job, &en1, &en2, diff);
    p.send(&submit(15, &job.job_id, &en2, job.ntime, nonce))
        .await;
    let (r, e) = p.response(15, &mut notes).await;
    assert_eq!((r, e), (json!(true), None));
    // If that share was also a block the job is now stale (21); otherwise a duplicate (22).
    p.send(&submit(16, &job.job_id, &en2, job.ntime, nonce))
        .await;
    let code = p.response(16, &mut notes).await.1;
    assert!(matches!(code, Some(21) | Some(22)), "{code:?}");
    // A share that misses the difficulty, on the current job (a new one if the share above
    // was also a block): a nonce whose hash is above both the share and the block target.
    tokio::time::sleep(Duration::from_millis(100)).await;
    p.send(r#"{"id":18,"method":"mining.ping","params":[]}"#)
        .await;
    let _ = p.response(18, &mut notes).await;
    let current = notes
        .iter()
        .rev()
        .find_map(|m| {
            if let Method::Notify(j) = m {
                Some(j.clone())
            } else {
                None
            }
        })
        .unwrap_or(job);
    let en2b = [9, 9, 9, 9];
    let header = current.header(&en1, &en2b, current.ntime, 0, None, 0);
    let share_target = Target::from_difficulty(diff).unwrap();
    let block_target = header.target(&minewatch_pow::Params::regtest()).unwrap();
    let bad_nonce = (0u32..)
        .find(|&n| {
            let mut h = header;
            h.nonce = n;
            let hash = h.block_hash();
            !share_target.is_met_by(hash) && !block_target.is_met_by(hash)
        })
        .unwrap();
    p.send(&submit(
        17,
        &current.job_id,
        &en2b,
        current.ntime,
        bad_nonce,
    ))
    .await;
    assert_eq!(p.response(17, &mut notes).await.1, Some(23));
}

#[tokio::test]
async fn malformed_and_unknown_messages_get_errors_and_the_connection_lives_on() {
    let (addr, _stop) = start(PoolConfig::default()).await;
    let mut p = connect(addr).await;
    let mut notes = Vec::new();
    for junk in [
        "not json",
        "[1,2,3]",
        "{}",
        r#"{"id":5,"method":"mining.submit","params":"x"}"#,
        r#"{"id":6,"method":"mining.notify","params":[]}"#,
    ] {
        p.send(junk).await;
        match p.recv().await.unwrap() {
            Message::Response { error: Some(e), .. } => assert_eq!(e.code, 20, "{junk}"),
            other => panic!("{junk}: {other:?}"),
        }
    }
    // Bad parameters under a valid id: the error names that id (regression: it was null).
    for (id, bad) in [
        (30, r#"["w","j","zz","5f5e1000","00000001"]"#), // non-hex extranonce2
        (31, r#"["w","j","00000000","xx","00000001"]"#), // non-hex ntime
        (
            32,
            r#"["w","j","00000000","5f5e1000","12345678901234567890"]"#,
        ), // 20-digit nonce
        (33, r#"["w","j","00000000","5f5e1000"]"#),      // 4 params
    ] {
        p.send(&format!(
            r#"{{"id":{id},"method":"mining.submit","params":{bad}}}"#
        ))
        .await;
        match p.recv().await.unwrap() {
            Message::Response {
                id: got,
                error: Some(e),
                ..
            } => assert_eq!((got, e.code), (Some(Id::Num(id)), 20), "{bad}"),
            other => panic!("{bad}: {other:?}"),
        }
    }
    p.send(r#"{"id":"a-string","method":"mining.authorize","params":[]}"#)
        .await;
    match p.recv().await.unwrap() {
        Message::Response {
            id: Some(id),
            error: Some(e),
            ..
        } => assert_eq!((id, e.code), (Id::Str("a-string".into()), 20)),
        other => panic!("authorize []: {other:?}"),
    }
    p.send(r#"{"id":7,"method":"mining.fly","params":[]}"#)
        .await;
    assert_eq!(p.response(7, &mut notes).await.1, Some(20));
    p.send(r#"{"id":8,"method":"mining.ping","params":[]}"#)
        .await;
    assert_eq!(p.response(8, &mut notes).await, (json!("pong"), None));
    // Still a working connection.
    handshake(&mut p).await;
}

#[tokio::test]
async fn oversized_lines_get_an_error_and_a_clean_disconnect() {
    let (addr, _stop) = start(PoolConfig {
        max_line: 1024,
        ..PoolConfig::default()
    })
    .await;
    let mut p = connect(addr).await;
    let big = "x".repeat(5000);
    p.send(&big).await;
    match p.recv().await {
        Some(Message::Response { error: Some(e), .. }) => {
            assert!(e.message.contains("line too long"), "{e:?}")
        }
        other => panic!("{other:?}"),
    }
    assert!(
        p.recv().await.is_none(),
        "connection closed after the error"
    );
    // The pool still serves others.
    let mut q = connect(addr).await;
    handshake(&mut q).await;
}

#[tokio::test]
async fn version_rolling_is_negotiated_and_enforced() {
    let (addr, _stop) = start(PoolConfig::default()).await;
    let mut p = connect(addr).await;
    let mut notes = Vec::new();
    p.send(r#"{"id":3,"method":"mining.configure","params":[["version-rolling","minimum-difficulty"],{"version-rolling.mask":"ffffffff"}]}"#).await;
    let (r, _) = p.response(3, &mut notes).await;
    assert_eq!(r["version-rolling"], true);
    assert_eq!(r["version-rolling.mask"], "1fffe000");
    assert_eq!(r["minimum-difficulty"], false);
    let (_, _, job) = handshake(&mut p).await;
    let outside = json!({"id": 20, "method": "mining.submit", "params": ["w", job.job_id, "01020304", format!("{:08x}", job.ntime), "00000000", "00000001"]}).to_string();
    p.send(&outside).await;
    assert_eq!(p.response(20, &mut notes).await.1, Some(20));
}

/// Vardiff: a miner far faster than one share per 5 s (12 shares in well under the 30 s
/// retarget window) gets a higher difficulty, at most 4x, announced with set_difficulty and a
/// new job.
#[tokio::test]
async fn vardiff_raises_difficulty_for_a_fast_miner() {
    let (addr, _stop) = start(PoolConfig {
        initial_difficulty: 1e-5,
        ..PoolConfig::default()
    })
    .await;
    let mut p = connect(addr).await;
    let (en1, diff, mut job) = handshake(&mut p).await;
    let mut notes = Vec::new();
    let mut new_diff = None;
    for i in 0..40u32 {
        let en2 = i.to_le_bytes();
        let nonce = solve(&job, &en1, &en2, diff);
        p.send(&submit(
            100 + u64::from(i),
            &job.job_id,
            &en2,
            job.ntime,
            nonce,
        ))
        .await;
        let _ = p.response(100 + u64::from(i), &mut notes).await;
        for m in notes.drain(..) {
            match m {
                Method::SetDifficulty(d) => new_diff = Some(d),
                Method::Notify(j) => job = j,
                _ => {}
            }
        }
        if new_diff.is_some() {
            break;
        }
    }
    let d = new_diff.expect("vardiff retargeted");
    assert!(d > diff && d <= diff * 4.0 + 1e-12, "{diff} -> {d}");
}

/// Under PPS every accepted share is credited its expected value at once, minus the fee,
/// in the same transaction that records it.
#[tokio::test]
async fn pps_ledger_credits_each_share_its_expected_value() {
    use minewatch_stratum::accounting::{Economics, Scheme, share_credit};
    let config = PoolConfig {
        scheme: Scheme::Pps,
        pool_fee: 0.01,
        ..PoolConfig::default()
    };
    let (addr, _stop, pool) = start_pool(config).await;
    let mut p = connect(addr).await;
    let (en1, diff, job) = handshake(&mut p).await;
    let mut notes = Vec::new();
    let en2 = [4, 3, 2, 1];
    let nonce = solve(&job, &en1, &en2, diff);
    p.send(&submit(30, &job.job_id, &en2, job.ntime, nonce))
        .await;
    assert_eq!(p.response(30, &mut notes).await, (json!(true), None));
    let econ = Economics {
        network_difficulty: job.bits.difficulty(),
        subsidy: 50 * minewatch_pow::subsidy::COIN,
        expected_fees: 0,
        pool_fee: 0.01,
    };
    let want = share_credit(Scheme::Pps, diff, &econ);
    assert!(want > 0);
    assert_eq!(pool.balances().unwrap().get("w"), Some(&want));
    assert_eq!(pool.stored().unwrap().shares, 1);
    // A rejected share is counted too, and the hashrate follows accepted difficulty.
    p.send(&submit(31, "nope", &en2, job.ntime, 0)).await;
    assert_eq!(p.response(31, &mut notes).await.1, Some(21));
    let w = pool.workers();
    assert_eq!(w.len(), 1);
    assert_eq!(
        (w[0].name.as_str(), w[0].accepted, w[0].rejected),
        ("w", 1, 1)
    );
    // One share of difficulty d from a worker seen for a few seconds: about d * 2^32 hashes
    // over its life so far (at least a second), not d spread over the whole 300 s window.
    let life = diff * 4_294_967_296.0 / w[0].hashrate;
    assert!(
        (0.99..60.0).contains(&life),
        "{} H/s: a life of {life} s",
        w[0].hashrate
    );
}

/// The job the recorded miner sessions saw (the real Bitaxe job under the recorded pool's id
/// `job1`); a replay pool serves it with extranonce1 4128064f.
pub(crate) fn recorded_job() -> Job {
    let vectors: Value =
        serde_json::from_str(include_str!("../data/stratum_vectors.json")).unwrap();
    let v = &vectors["bitaxe_share_2025_06_19"];
    let mut params = v["notify_params"].clone();
    params[0] = json!("job1"); // the id the recorded pool used
    let notify = json!({"id": null, "method": "mining.notify", "params": params}).to_string();
    let Message::Request {
        method: Method::Notify(job),
        ..
    } = Message::parse(notify.as_bytes()).unwrap()
    else {
        panic!()
    };
    job
}

/// The recorded sessions (cpuminer 2.5.1, cpuminer-opt 26.1, ckpool's proxy), client lines only.
pub(crate) fn recorded_sessions() -> Vec<&'static str> {
    include_str!("../data/stratum_loopback_transcripts.txt")
        .split("\n## ")
        .skip(1)
        .collect()
}

/// A pool serving the recorded job at difficulty 0.001, recording to `store`.
pub(crate) async fn serve_recorded_job(
    store: minewatch_stratum::store::Store,
) -> (
    std::net::SocketAddr,
    std::sync::Arc<Pool>,
    tokio::sync::oneshot::Sender<()>,
) {
    let config = PoolConfig {
        initial_difficulty: 0.001,
        vardiff: false,
        scheme: minewatch_stratum::accounting::Scheme::Pps,
        ..PoolConfig::default()
    };
    let pool = Pool::replay(
        config,
        recorded_job(),
        hex::decode("4128064f").unwrap(),
        store,
    );
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(pool::serve(listener, pool.clone(), async move {
        let _ = rx.await;
    }));
    (addr, pool, stop)
}

/// A recorded session's answers to its submits: the result, or the error code.
pub(crate) struct Replayed {
    /// `Ok(result)` or `Err(code)` per `mining.submit`, in order.
    pub(crate) submits: Vec<Result<Value, i64>>,
    /// What the pool sent unasked.
    pub(crate) notes: Vec<Method>,
}

/// Sends a recorded session's client lines to `addr` one by one, each after the answer to
/// the one before; every call but a submit must succeed.
pub(crate) async fn replay_session(addr: std::net::SocketAddr, session: &str) -> Replayed {
    let mut p = connect(addr).await;
    let mut out = Replayed {
        submits: Vec::new(),
        notes: Vec::new(),
    };
    for line in session.lines().filter_map(|l| l.strip_prefix("C> ")) {
        let json_part = line.split_once(' ').unwrap().1;
        let msg: Value = serde_json::from_str(json_part).unwrap();
        p.send(json_part).await;
        // Wait for the answer to this call (ids are numbers or strings in these logs).
        let want = msg["id"].clone();
        loop {
            match p.recv().await.expect("connection open") {
                Message::Response { id, result, error } => {
                    let id_json = match id {
                        Some(minewatch_stratum::proto::Id::Num(n)) => json!(n),
                        Some(minewatch_stratum::proto::Id::Str(s)) => json!(s),
                        None => Value::Null,
                    };
                    if id_json == want {
                        if msg["method"] == "mining.submit" {
                            out.submits.push(match error {
                                None => Ok(result),
                                Some(e) => Err(e.code),
                            });
                        } else {
                            assert!(error.is_none(), "{line}: {error:?}");
                        }
                        break;
                    }
                }
                Message::Request { method, .. } => out.notes.push(method),
            }
        }
    }
    out
}

/// The recorded sessions of real miners (cpuminer 2.5.1, cpuminer-opt 26.1, ckpool's proxy)
/// replayed line by line against our pool serving the job they saw (the real Bitaxe job,
/// extranonce1 4128064f, difficulty 0.001): every answer is a success and every share they
/// submitted is accepted, validated and recorded.
#[tokio::test]
async fn recorded_miner_sessions_replay_with_every_share_accepted() {
    use minewatch_stratum::store::Store;
    let mut sessions = 0;
    let mut shares = 0;
    for session in recorded_sessions() {
        // Each recorded session ran against its own pool run; so does each replay (both
        // cpuminers found the very same share, which one pool would call a duplicate).
        let (addr, pool, _stop) = serve_recorded_job(Store::in_memory().unwrap()).await;
        let r = replay_session(addr, session).await;
        for s in &r.submits {
            assert_eq!(s, &Ok(json!(true)), "{session}");
        }
        shares += r.submits.len() as u64;
        assert!(
            r.notes
                .iter()
                .any(|m| matches!(m, Method::Notify(j) if j.job_id == "job1"))
        );
        assert_eq!(pool.stored().unwrap().shares, r.submits.len() as u64);
        sessions += 1;
    }
    assert_eq!(sessions, 3);
    assert_eq!(
        shares, 2,
        "the transcripts record one share each for cpuminer and cpuminer-opt"
    );
}

/// Node mode refreshes the template for new transactions every 30 s; only the last
/// `MAX_TEMPLATES_PER_BLOCK` keep their jobs (a template can carry megabytes of transactions),
/// and a share for an older one is stale (21), while the newest job still takes shares.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refreshed_templates_keep_only_the_last_few_jobs() {
    use minewatch_stratum::chain::LocalChain;
    use minewatch_stratum::pool::MAX_TEMPLATES_PER_BLOCK;
    use minewatch_stratum::store::Store;
    let t = LocalChain::new().template(&[(vec![0x51], 1)], 1_700_000_000);
    let config = PoolConfig {
        vardiff: false,
        ..PoolConfig::default()
    };
    let (pool, _found) = Pool::with_node(
        config,
        Store::in_memory().unwrap(),
        minewatch_pow::Params::regtest(),
        t.clone(),
    );
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(pool::serve(listener, pool.clone(), async move {
        let _ = rx.await;
    }));
    let mut p = connect(addr).await;
    let (en1, diff, first) = handshake(&mut p).await;
    for i in 1..=MAX_TEMPLATES_PER_BLOCK as u32 + 1 {
        let mut next = t.clone();
        next.header.time += i; // same previous block: new transactions, not a clean job
        pool.set_template(next);
    }
    // Wait for the newest job: the connection may skip intermediate ones (it sends the
    // current job when it looks), but it always ends on the last.
    let last_time = first.ntime + MAX_TEMPLATES_PER_BLOCK as u32 + 1;
    let latest = loop {
        if let Some(Message::Request {
            method: Method::Notify(j),
            ..
        }) = p.recv().await
            && j.ntime == last_time
        {
            break j;
        }
    };
    let mut notes = Vec::new();
    let en2 = [0u8, 0, 0, 7];
    let nonce = solve(&first, &en1, &en2, diff);
    p.send(&submit(10, &first.job_id, &en2, first.ntime, nonce))
        .await;
    let (_, err) = p.response(10, &mut notes).await;
    assert_eq!(err, Some(21), "a share for a dropped template is stale");
    assert!(!latest.clean_jobs, "same previous block: not a clean job");
    let nonce = solve(&latest, &en1, &en2, diff);
    p.send(&submit(11, &latest.job_id, &en2, latest.ntime, nonce))
        .await;
    let (ok, err) = p.response(11, &mut notes).await;
    assert_eq!((ok, err), (json!(true), None));
    let _ = tx.send(());
}

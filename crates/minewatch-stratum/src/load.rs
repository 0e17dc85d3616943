//! A Stratum load generator for `minewatch bench pool`: many simulated miners on loopback,
//! each submitting shares one at a time and timing every acknowledgement.
//!
//! Only for addresses the caller owns (the benchmark binds 127.0.0.1); the run is bounded in
//! connections and time.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::sync::{Semaphore, watch};

use crate::proto::{Id, Message, Method, SubscribeResult};

/// What to generate.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadConfig {
    /// The pool's front-ends (on loopback): miner `i` connects to `addrs[i % addrs.len()]`.
    pub addrs: Vec<SocketAddr>,
    /// Simulated miners (connections).
    pub miners: usize,
    /// How long to submit after every miner is ready.
    pub duration: Duration,
    /// Connections being set up at once.
    pub connect_concurrency: usize,
    /// A difficulty each miner asks for (`mining.suggest_difficulty`), where the pool's own
    /// would reject shares that are not hashed for (the pool clamps it to its minimum).
    pub suggest_difficulty: Option<f64>,
}

/// What happened.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadReport {
    /// Miners that completed the handshake.
    pub connected: usize,
    /// Shares acknowledged as accepted within the measured window.
    pub accepted: u64,
    /// Shares refused within the window.
    pub rejected: u64,
    /// Length of the measured window, seconds.
    pub seconds: f64,
    /// Accepted shares per second.
    pub shares_per_sec: f64,
    /// Median acknowledgement latency, milliseconds.
    pub p50_ms: f64,
    /// 99th percentile acknowledgement latency, milliseconds.
    pub p99_ms: f64,
    /// Worst acknowledgement latency, milliseconds.
    pub max_ms: f64,
}

struct MinerResult {
    accepted: u64,
    rejected: u64,
    latencies_us: Vec<u32>,
}

/// Runs the load and reports.
pub async fn run(cfg: LoadConfig) -> LoadReport {
    let permits = Arc::new(Semaphore::new(cfg.connect_concurrency.max(1)));
    let ready = Arc::new(AtomicUsize::new(0));
    let (start_tx, start_rx) = watch::channel::<Option<Instant>>(None);
    let mut tasks = Vec::with_capacity(cfg.miners);
    for i in 0..cfg.miners {
        let permits = permits.clone();
        let ready = ready.clone();
        let mut start = start_rx.clone();
        let duration = cfg.duration;
        let cfg_suggest = cfg.suggest_difficulty;
        let Some(&addr) = cfg.addrs.get(i % cfg.addrs.len().max(1)) else {
            break;
        };
        tasks.push(tokio::spawn(async move {
            let handshake = {
                let _p = permits.acquire().await.ok()?;
                tokio::time::timeout(Duration::from_secs(30), handshake(addr, i, cfg_suggest))
                    .await
                    .ok()?
                    .ok()?
            };
            ready.fetch_add(1, Ordering::SeqCst);
            let t0 = loop {
                if let Some(t) = *start.borrow_and_update() {
                    break t;
                }
                start.changed().await.ok()?;
            };
            submit_loop(handshake, t0, t0 + duration).await.ok()
        }));
    }
    // Start when every miner is ready, or when setting up stalls for 60 s.
    let setup_deadline = Instant::now() + Duration::from_secs(60);
    let mut last = 0;
    let mut last_change = Instant::now();
    loop {
        let r = ready.load(Ordering::SeqCst);
        if r >= cfg.miners
            || Instant::now() > setup_deadline
            || (r == last && last_change.elapsed() > Duration::from_secs(10))
        {
            break;
        }
        if r != last {
            last = r;
            last_change = Instant::now();
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let connected = ready.load(Ordering::SeqCst);
    let t0 = Instant::now();
    let _ = start_tx.send(Some(t0));
    let mut accepted = 0;
    let mut rejected = 0;
    let mut lat: Vec<u32> = Vec::new();
    for t in tasks {
        if let Ok(Some(r)) = t.await {
            accepted += r.accepted;
            rejected += r.rejected;
            lat.extend(r.latencies_us);
        }
    }
    let seconds = cfg.duration.as_secs_f64();
    lat.sort_unstable();
    let pct = |p: f64| -> f64 {
        if lat.is_empty() {
            return 0.0;
        }
        let i = ((lat.len() as f64 - 1.0) * p).round() as usize;
        f64::from(lat[i]) / 1000.0
    };
    LoadReport {
        connected,
        accepted,
        rejected,
        seconds,
        shares_per_sec: accepted as f64 / seconds,
        p50_ms: pct(0.50),
        p99_ms: pct(0.99),
        max_ms: lat.last().map_or(0.0, |&m| f64::from(m) / 1000.0),
    }
}

struct Session {
    lines: tokio::io::Lines<BufReader<tokio::net::tcp::OwnedReadHalf>>,
    wr: tokio::net::tcp::OwnedWriteHalf,
    job_id: String,
    ntime: u32,
    index: usize,
}

async fn handshake(
    addr: SocketAddr,
    index: usize,
    suggest: Option<f64>,
) -> std::io::Result<Session> {
    let stream = TcpStream::connect(addr).await?;
    stream.set_nodelay(true)?;
    let (rd, mut wr) = stream.into_split();
    let suggest = suggest.map_or_else(String::new, |d| {
        Message::request(3, Method::SuggestDifficulty(d)).to_line()
    });
    let hello = format!(
        "{}{}{suggest}",
        Message::request(
            1,
            Method::Subscribe {
                user_agent: Some("minewatch-load".into()),
                session_id: None
            }
        )
        .to_line(),
        Message::request(
            2,
            Method::Authorize {
                username: format!("load{index}"),
                password: "x".into()
            }
        )
        .to_line()
    );
    wr.write_all(hello.as_bytes()).await?;
    let mut lines = BufReader::new(rd).lines();
    let (mut subscribed, mut authorized, mut job) = (false, false, None);
    while !(subscribed && authorized && job.is_some()) {
        let Some(line) = lines.next_line().await? else {
            return Err(std::io::Error::other("pool closed during handshake"));
        };
        match Message::parse(line.as_bytes()) {
            Ok(Message::Response {
                id: Some(Id::Num(1)),
                result,
                ..
            }) => {
                subscribed = SubscribeResult::from_value(&result).is_ok();
            }
            Ok(Message::Response {
                id: Some(Id::Num(2)),
                result,
                ..
            }) => authorized = result == Value::Bool(true),
            Ok(Message::Request {
                method: Method::Notify(j),
                ..
            }) => job = Some(j),
            _ => {}
        }
    }
    let job = job.unwrap_or_else(unreachable_job);
    Ok(Session {
        lines,
        wr,
        job_id: job.job_id,
        ntime: job.ntime,
        index,
    })
}

#[cold]
fn unreachable_job() -> crate::proto::Job {
    // The loop above only ends with a job.
    crate::proto::Job {
        job_id: String::new(),
        prev_blockhash: minewatch_pow::BlockHash::ZERO,
        coinb1: Vec::new(),
        coinb2: Vec::new(),
        merkle_branch: Vec::new(),
        version: 0,
        bits: minewatch_pow::CompactTarget(0),
        ntime: 0,
        clean_jobs: false,
    }
}

async fn submit_loop(mut s: Session, t0: Instant, end: Instant) -> std::io::Result<MinerResult> {
    let mut r = MinerResult {
        accepted: 0,
        rejected: 0,
        latencies_us: Vec::new(),
    };
    let mut id: u64 = 10;
    let worker = format!("load{}", s.index);
    while Instant::now() < end {
        id += 1;
        let line = json!({
            "id": id,
            "method": "mining.submit",
            "params": [worker, s.job_id, "00000000", format!("{:08x}", s.ntime), format!("{:08x}", id as u32)],
        })
        .to_string()
            + "\n";
        let sent = Instant::now();
        s.wr.write_all(line.as_bytes()).await?;
        loop {
            let Some(resp) = s.lines.next_line().await? else {
                return Ok(r);
            };
            let msg = Message::parse(resp.as_bytes());
            // New work (a block was found): later shares go to it, as a miner's would.
            if let Ok(Message::Request {
                method: Method::Notify(j),
                ..
            }) = &msg
            {
                s.job_id.clone_from(&j.job_id);
                s.ntime = j.ntime;
                continue;
            }
            if let Ok(Message::Response {
                id: Some(Id::Num(n)),
                error,
                ..
            }) = msg
                && n == id
            {
                let now = Instant::now();
                if sent >= t0 && now <= end {
                    r.latencies_us.push(
                        now.duration_since(sent)
                            .as_micros()
                            .min(u128::from(u32::MAX)) as u32,
                    );
                    if error.is_none() {
                        r.accepted += 1;
                    } else {
                        r.rejected += 1;
                    }
                }
                break;
            }
        }
    }
    Ok(r)
}

//! `minewatch mine`: mine on the embedded chain or a Stratum pool.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use clap::Args;
use minewatch_miner::{Miner, MinerConfig};
use minewatch_stratum::client::{self, ClientConfig, ClientEvent, PoolUrl};
use minewatch_stratum::pool::{self, Pool, PoolConfig, PoolEvent};
use serde_json::json;
use tokio::net::TcpListener;
use tokio::sync::{mpsc, oneshot};

use crate::Outcome;
use crate::output::{self, Context};
use crate::runtime::{interrupted, runtime};

#[derive(Debug, Args)]
pub(crate) struct MineArgs {
    /// Settings from a TOML file whose keys are this command's long flags (flags given here
    /// override it).
    #[arg(long, value_name = "FILE")]
    config: Option<std::path::PathBuf>,
    /// Pool to mine on (repeat for failover pools, in order): `stratum+tcp://HOST:PORT`, or
    /// Stratum V2 as `stratum2+tcp://HOST:PORT/AUTHORITY_PUBLIC_KEY` (the pool's key pinned: a
    /// server whose certificate it did not sign is refused). Without one, minewatch starts an
    /// embedded regtest chain and pool on 127.0.0.1 and mines to it.
    #[arg(short = 'o', long = "pool", value_name = "URL")]
    pools: Vec<String>,
    /// Worker name.
    #[arg(short, long, default_value = "minewatch")]
    user: String,
    /// Worker password.
    #[arg(short, long, default_value = "x")]
    pass: String,
    /// Stop after this many blocks (embedded chain only; 0: until interrupted).
    #[arg(long, default_value_t = 0)]
    blocks: u64,
    /// Miner threads; default: all logical CPUs.
    #[arg(short, long)]
    threads: Option<usize>,
    /// Hash backend; default: the fastest this CPU supports.
    #[arg(long)]
    backend: Option<String>,
    /// Pin each miner thread to a core.
    #[arg(long)]
    pin: bool,
    /// Run miner threads at the lowest priority.
    #[arg(long)]
    low_priority: bool,
    /// Print events as JSON lines on stdout.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Default)]
struct Tally {
    accepted: u64,
    rejected: u64,
    stale: u64,
    blocks: u64,
    height: u32,
    difficulty: f64,
}

pub(crate) fn mine(args: &MineArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let backend = Some(super::bench::backend_or_best(args.backend.as_deref())?);
    let pools: Vec<PoolUrl> = args
        .pools
        .iter()
        .map(|p| p.parse())
        .collect::<Result<_, _>>()?;
    if !pools.is_empty() && args.blocks > 0 {
        bail!("--blocks counts blocks of the embedded chain; it cannot be used with --pool");
    }
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    if threads == 0 {
        bail!("invalid --threads 0: need at least 1");
    }
    let rt = runtime()?;
    rt.block_on(async {
        let mut embedded = None;
        let pools = if pools.is_empty() {
            let listener = TcpListener::bind("127.0.0.1:0").await.context("cannot bind 127.0.0.1")?;
            let addr = listener.local_addr()?;
            let pool = Pool::new(PoolConfig::default());
            let (stop, stop_rx) = oneshot::channel::<()>();
            let server = tokio::spawn(pool::serve(listener, pool.clone(), async { let _ = stop_rx.await; }));
            tracing::info!(%addr, "embedded regtest chain and pool listening");
            embedded = Some((pool, stop, server));
            vec![PoolUrl::v1("127.0.0.1", addr.port())]
        } else {
            pools
        };
        let miner = Arc::new(Miner::start(MinerConfig {
            threads,
            backend,
            pin_cores: args.pin,
            low_priority: args.low_priority,
            ..MinerConfig::default()
        })?);
        // The banner: what mines, how, and where (on stderr, with --json too).
        output::stderr_line(&format!(
            "minewatch {} | CPU: {} ({} logical) | backend: {} x {} thread(s){}{} | pool: {}{} as {}",
            env!("CARGO_PKG_VERSION"),
            cpu_model(),
            std::thread::available_parallelism().map_or(1, |n| n.get()),
            miner.backend(),
            threads,
            if args.pin { ", pinned" } else { "" },
            if args.low_priority { ", low priority" } else { "" },
            pools.iter().map(ToString::to_string).collect::<Vec<_>>().join(", then "),
            if embedded.is_some() { " (embedded regtest chain)" } else { "" },
            args.user
        ));
        let (ev_tx, mut ev_rx) = mpsc::unbounded_channel();
        let (cstop, cstop_rx) = oneshot::channel::<()>();
        let cfg = ClientConfig { pools, user: args.user.clone(), pass: args.pass.clone(), ..ClientConfig::default() };
        let client_task = tokio::spawn(client::run(cfg, miner.clone(), ev_tx, async { let _ = cstop_rx.await; }));
        let mut pool_events = embedded.as_ref().map(|(p, _, _)| p.events());
        let started = Instant::now();
        let mut tally = Tally::default();
        let status = ctx.status_line();
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        let stop = interrupted();
        tokio::pin!(stop);
        loop {
            tokio::select! {
                () = &mut stop => break,
                _ = tick.tick() => {
                    let s = miner.stats();
                    status.set_message(format!(
                        "{:.2} MH/s | shares {} accepted, {} rejected, {} stale | blocks {} | difficulty {}",
                        s.hashrate() / 1e6, tally.accepted, tally.rejected, tally.stale, tally.blocks, tally.difficulty
                    ));
                    if args.json {
                        output::stdout(&format!("{}\n", json!({"event": "status", "mhs": s.hashrate() / 1e6, "accepted": tally.accepted, "rejected": tally.rejected, "blocks": tally.blocks})));
                    }
                }
                ev = ev_rx.recv() => {
                    let Some(ev) = ev else { break };
                    match &ev {
                        ClientEvent::Accepted => tally.accepted += 1,
                        ClientEvent::BlockAccepted { hash } => {
                            tally.blocks += 1;
                            if embedded.is_none() && !args.json {
                                status.suspend(|| output::stderr_line(&format!("block found and accepted by the pool: {hash}")));
                            }
                        }
                        ClientEvent::Rejected { code, reason } => {
                            tally.rejected += 1;
                            tracing::warn!(code, "share rejected: {reason}");
                        }
                        ClientEvent::Stale => tally.stale += 1,
                        ClientEvent::Difficulty(d) => tally.difficulty = *d,
                        ClientEvent::Connected { pool } => tracing::info!(%pool, "connected"),
                        ClientEvent::Disconnected { reason } => tracing::warn!("disconnected: {reason}"),
                        ClientEvent::PoolMessage(m) => tracing::info!("pool says: {m}"),
                        _ => {}
                    }
                    if args.json {
                        output::stdout(&format!("{}\n", client_event_json(&ev)));
                    }
                    if args.blocks > 0 && tally.blocks >= args.blocks {
                        break;
                    }
                }
                pe = async { match pool_events.as_mut() { Some(r) => r.recv().await.ok(), None => std::future::pending().await } } => {
                    // The embedded chain says which height a block took; the count comes from
                    // the client's acknowledged shares, the same with any pool.
                    if let Some(PoolEvent::BlockFound { height, hash, .. }) = pe {
                        tally.height = height;
                        if args.json {
                            output::stdout(&format!("{}\n", json!({"event": "block", "height": height, "hash": hash.to_string()})));
                        } else {
                            status.suspend(|| output::stderr_line(&format!("block {height} found: {hash}")));
                        }
                    }
                }
            }
        }
        status.finish_and_clear();
        // Blocks the embedded chain announced while the loop was ending.
        if let Some(r) = pool_events.as_mut() {
            while let Ok(ev) = r.try_recv() {
                if let PoolEvent::BlockFound { height, hash, .. } = ev {
                    tally.height = height;
                    if args.json {
                        output::stdout(&format!("{}\n", json!({"event": "block", "height": height, "hash": hash.to_string()})));
                    } else {
                        output::stderr_line(&format!("block {height} found: {hash}"));
                    }
                }
            }
        }
        let _ = cstop.send(());
        let _ = client_task.await;
        let stats = miner.stats();
        if let Ok(m) = Arc::try_unwrap(miner) {
            m.stop();
        }
        if let Some((_, stop, server)) = embedded {
            let _ = stop.send(());
            let _ = server.await;
        }
        let secs = started.elapsed().as_secs_f64();
        let summary = json!({
            "event": "summary",
            "seconds": (secs * 1000.0).round() / 1000.0,
            "hashes": stats.hashes(),
            "mhs": (stats.hashes() as f64 / secs / 1e6 * 1000.0).round() / 1000.0,
            "accepted": tally.accepted,
            "rejected": tally.rejected,
            "stale": tally.stale,
            "blocks": tally.blocks,
            "height": tally.height,
        });
        if args.json {
            output::stdout(&format!("{summary}\n"));
        } else {
            output::stdout(&format!(
                "mined {:.1} s: {} hashes ({:.2} MH/s), shares {} accepted / {} rejected / {} stale, blocks {}{}\n",
                secs,
                stats.hashes(),
                stats.hashes() as f64 / secs / 1e6,
                tally.accepted,
                tally.rejected,
                tally.stale,
                tally.blocks,
                if tally.height > 0 { format!(" (tip height {})", tally.height) } else { String::new() }
            ));
        }
        Ok(Outcome::Ok)
    })
}

/// The CPU's model name as the kernel reports it.
fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_owned())
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_owned())
}

fn client_event_json(ev: &ClientEvent) -> serde_json::Value {
    match ev {
        ClientEvent::Connected { pool } => json!({"event": "connected", "pool": pool}),
        ClientEvent::Disconnected { reason } => json!({"event": "disconnected", "reason": reason}),
        ClientEvent::Job { id, clean } => json!({"event": "job", "id": id, "clean": clean}),
        ClientEvent::Difficulty(d) => json!({"event": "difficulty", "difficulty": d}),
        ClientEvent::Accepted => json!({"event": "share", "accepted": true}),
        ClientEvent::BlockAccepted { hash } => json!({"event": "block_accepted", "hash": hash}),
        ClientEvent::Rejected { code, reason } => {
            json!({"event": "share", "accepted": false, "code": code, "reason": reason})
        }
        ClientEvent::Stale => json!({"event": "stale"}),
        ClientEvent::PoolMessage(m) => json!({"event": "message", "text": m}),
        _ => json!({"event": "other"}),
    }
}

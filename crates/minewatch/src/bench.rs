//! `minewatch bench ...`: machine-readable performance figures.

use std::fmt::Write as _;
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::{Context as _, bail};
use clap::{Args, Subcommand};
use minewatch_miner::bench::{HashBench, hash_rate, switch_latency};
use minewatch_pow::search::Backend;
use serde::{Deserialize, Serialize};

use crate::Outcome;
use crate::output::{self, Context};

#[derive(Debug, Subcommand)]
pub(crate) enum BenchCommand {
    /// Hashrate of every nonce-search backend this CPU supports, with one thread and with all.
    Hash(HashArgs),
    /// How fast the miner moves every thread to new work.
    Switch(SwitchArgs),
    /// The miner's N-thread rate against N single-thread benchmark processes run side by side.
    Scaling(ScalingArgs),
}

#[derive(Debug, Args)]
pub(crate) struct HashArgs {
    /// Backends to measure (repeatable); default: every supported one.
    #[arg(long = "backend")]
    backends: Vec<String>,
    /// Threads for the all-threads row; default: all logical CPUs.
    #[arg(long)]
    threads: Option<usize>,
    /// Seconds per measurement.
    #[arg(long, default_value_t = 2.0)]
    seconds: f64,
    /// Print a JSON list instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct SwitchArgs {
    /// Backend; default: the fastest supported.
    #[arg(long)]
    backend: Option<String>,
    /// Worker threads; default: all logical CPUs.
    #[arg(long)]
    threads: Option<usize>,
    /// Job switches to measure.
    #[arg(long, default_value_t = 50)]
    switches: usize,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ScalingArgs {
    /// Backend; default: the fastest supported.
    #[arg(long)]
    backend: Option<String>,
    /// Threads (and side-by-side processes).
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// Seconds per measurement.
    #[arg(long, default_value_t = 3.0)]
    seconds: f64,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Serialize, Deserialize)]
struct HashRow {
    backend: String,
    threads: usize,
    mhs: f64,
    mhs_per_thread: f64,
    hashes: u64,
    seconds: f64,
}

impl From<&HashBench> for HashRow {
    fn from(b: &HashBench) -> Self {
        Self {
            backend: b.backend.name().to_owned(),
            threads: b.threads,
            mhs: round3(b.mhs),
            mhs_per_thread: round3(b.mhs_per_thread),
            hashes: b.hashes,
            seconds: round3(b.seconds),
        }
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn parse_backend(name: &str) -> anyhow::Result<Backend> {
    let b: Backend = name.parse()?;
    if !b.is_supported() {
        bail!(
            "hash backend {b} is not supported by this CPU (supported: {})",
            supported_list()
        );
    }
    Ok(b)
}

fn supported_list() -> String {
    Backend::supported()
        .iter()
        .map(|b| b.name())
        .collect::<Vec<_>>()
        .join(", ")
}

fn all_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn duration(seconds: f64) -> anyhow::Result<Duration> {
    if !(seconds.is_finite() && seconds > 0.0 && seconds <= 3600.0) {
        bail!("invalid --seconds {seconds}: expected a number above 0 and at most 3600");
    }
    Ok(Duration::from_secs_f64(seconds))
}

pub(crate) fn run(cmd: BenchCommand, _ctx: &Context) -> anyhow::Result<Outcome> {
    match cmd {
        BenchCommand::Hash(a) => hash(&a),
        BenchCommand::Switch(a) => switch(&a),
        BenchCommand::Scaling(a) => scaling(&a),
    }
}

fn hash(a: &HashArgs) -> anyhow::Result<Outcome> {
    let backends = if a.backends.is_empty() {
        Backend::supported()
    } else {
        a.backends
            .iter()
            .map(|n| parse_backend(n))
            .collect::<anyhow::Result<_>>()?
    };
    let threads = a.threads.unwrap_or_else(all_threads);
    if threads == 0 {
        bail!("invalid --threads 0: need at least 1");
    }
    let d = duration(a.seconds)?;
    let mut rows = Vec::new();
    for b in backends {
        let mut counts = vec![1];
        if threads > 1 {
            counts.push(threads);
        }
        for t in counts {
            tracing::info!(backend = %b, threads = t, "measuring");
            let r = hash_rate(b, t, d)?;
            rows.push(HashRow::from(&r));
        }
    }
    if a.json {
        output::stdout(&(serde_json::to_string_pretty(&rows)? + "\n"));
    } else {
        let mut s = format!(
            "{:<12}{:>8}{:>12}{:>16}\n",
            "backend", "threads", "MH/s", "MH/s/thread"
        );
        for r in &rows {
            let _ = writeln!(
                s,
                "{:<12}{:>8}{:>12.2}{:>16.2}",
                r.backend, r.threads, r.mhs, r.mhs_per_thread
            );
        }
        output::stdout(&s);
    }
    Ok(Outcome::Ok)
}

fn switch(a: &SwitchArgs) -> anyhow::Result<Outcome> {
    let backend = a
        .backend
        .as_deref()
        .map(parse_backend)
        .transpose()?
        .unwrap_or_else(Backend::best);
    let threads = a.threads.unwrap_or_else(all_threads);
    if threads == 0 || a.switches == 0 {
        bail!("invalid --threads/--switches: both must be at least 1");
    }
    let r = switch_latency(backend, threads, a.switches)?;
    let v = serde_json::json!({
        "backend": r.backend.name(),
        "threads": r.threads,
        "switches": r.switches,
        "mean_ms": round3(r.mean_ms),
        "max_ms": round3(r.max_ms),
    });
    if a.json {
        output::stdout(&(serde_json::to_string_pretty(&v)? + "\n"));
    } else {
        output::stdout(&format!(
            "job switch, {} x{}: mean {:.3} ms, max {:.3} ms over {} switches\n",
            r.backend, r.threads, r.mean_ms, r.max_ms, r.switches
        ));
    }
    Ok(Outcome::Ok)
}

fn scaling(a: &ScalingArgs) -> anyhow::Result<Outcome> {
    let backend = a
        .backend
        .as_deref()
        .map(parse_backend)
        .transpose()?
        .unwrap_or_else(Backend::best);
    if a.threads == 0 {
        bail!("invalid --threads 0: need at least 1");
    }
    let d = duration(a.seconds)?;
    // Miner, then the side-by-side processes, then the miner again: averaging the two miner
    // runs cancels slow drift in what else the shared machine is doing.
    let m1 = hash_rate(backend, a.threads, d)?;
    let exe = std::env::current_exe().context("cannot find the minewatch executable")?;
    let children: Vec<_> = (0..a.threads)
        .map(|_| {
            Command::new(&exe)
                .args([
                    "bench",
                    "hash",
                    "--threads",
                    "1",
                    "--json",
                    "--backend",
                    backend.name(),
                ])
                .args(["--seconds", &a.seconds.to_string()])
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
        })
        .collect::<Result<_, _>>()
        .context("cannot start benchmark processes")?;
    let mut procs_mhs = 0.0;
    for c in children {
        let out = c.wait_with_output().context("benchmark process failed")?;
        let rows: Vec<HashRow> =
            serde_json::from_slice(&out.stdout).context("benchmark process printed no JSON")?;
        procs_mhs += rows.first().map_or(0.0, |r| r.mhs);
    }
    let m2 = hash_rate(backend, a.threads, d)?;
    let miner_mhs = (m1.mhs + m2.mhs) / 2.0;
    let ratio = if procs_mhs > 0.0 {
        miner_mhs / procs_mhs
    } else {
        0.0
    };
    let v = serde_json::json!({
        "backend": backend.name(),
        "threads": a.threads,
        "miner_mhs": round3(miner_mhs),
        "miner_runs_mhs": [round3(m1.mhs), round3(m2.mhs)],
        "processes_mhs": round3(procs_mhs),
        "ratio": (ratio * 10000.0).round() / 10000.0,
    });
    if a.json {
        output::stdout(&(serde_json::to_string_pretty(&v)? + "\n"));
    } else {
        output::stdout(&format!(
            "{} x{}: miner {:.2} MH/s, {} single-thread processes {:.2} MH/s, ratio {:.4}\n",
            backend, a.threads, miner_mhs, a.threads, procs_mhs, ratio
        ));
    }
    Ok(Outcome::Ok)
}

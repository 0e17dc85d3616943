//! `minewatch bench ...`: machine-readable performance figures.

use std::fmt::Write as _;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use clap::{Args, Subcommand};
use minewatch_miner::bench::{HashBench, hash_rate, switch_latency};
use minewatch_pow::search::Backend;
use serde::{Deserialize, Serialize};
use serde_json::json;

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
    /// Stratum V1 against Stratum V2 in one run on one pool: bytes per share, per
    /// acknowledgement and per job, job-switch latency, V2's handshake time.
    Stratum(StratumBenchArgs),
    /// Pool throughput: simulated miners on 127.0.0.1 submitting shares to a pool that
    /// validates and records each one in SQLite before acknowledging it.
    Pool(PoolBenchArgs),
    /// Monte Carlo profitability: price paths over a day-by-day projection, paths per second.
    MonteCarlo(McBenchArgs),
    /// Web scanner throughput: MB/s per core on real JS/wasm, and a 10,000-file tree.
    Scan(ScanBenchArgs),
    /// Host sampling: the watcher's own CPU while it samples N extra idle processes once per
    /// interval (steady state; the first, deep sample of every process is reported apart).
    Host(HostBenchArgs),
    /// What one server takes from a fleet of agents: heartbeats and alert reports per second
    /// and their latency, SQLite and PostgreSQL side by side.
    Agents(crate::commands::bench_agents::AgentsBenchArgs),
    /// The load-generating side of `bench pool` (run as a separate process by it).
    #[command(hide = true)]
    PoolLoad(PoolLoadArgs),
}

#[derive(Debug, Args)]
pub(crate) struct HostBenchArgs {
    /// Idle processes to start (`sleep`) before sampling.
    #[arg(long, default_value_t = 1000)]
    procs: usize,
    /// Seconds to sample for.
    #[arg(long, default_value_t = 30)]
    seconds: u64,
    /// Seconds between samples.
    #[arg(long, default_value_t = 1.0)]
    interval: f64,
}

#[derive(Debug, Args)]
pub(crate) struct ScanBenchArgs {
    /// Files, directories or .tgz packages to read the corpus from (read into memory first).
    #[arg(long = "path", default_value = "target/npm-corpus")]
    paths: Vec<std::path::PathBuf>,
    /// Files in the generated tree.
    #[arg(long, default_value_t = 10_000)]
    tree_files: usize,
    /// The harness's miner cores (the repository's test data), for the single-file figures: the
    /// largest asm.js core, and the RandomX core obfuscated to at least 600 KB.
    #[arg(long, default_value = "crates/minewatch-detect/tests/data/miners")]
    cores: std::path::PathBuf,
}

#[derive(Debug, Args)]
pub(crate) struct McBenchArgs {
    /// Price paths per run.
    #[arg(long, default_value_t = 10_000)]
    paths: u32,
    /// Days per path.
    #[arg(long, default_value_t = 730)]
    days: u32,
    /// Runs (the best and the median are reported).
    #[arg(long, default_value_t = 5)]
    runs: u32,
}

#[derive(Debug, Args)]
pub(crate) struct PoolBenchArgs {
    /// Simulated miners (connections).
    #[arg(long, default_value_t = 10_000)]
    miners: usize,
    /// Seconds of submitting once every miner is connected.
    #[arg(long, default_value_t = 10.0)]
    seconds: f64,
    /// Also measure on this PostgreSQL database (postgres://USER@HOST:PORT/DB), in a scratch
    /// schema dropped afterwards, beside SQLite in the same run.
    #[arg(long, value_name = "URL")]
    db: Option<String>,
    /// Pool front-ends sharing the PostgreSQL ledger (with --db), the miners spread over them.
    #[arg(long, default_value_t = 1)]
    frontends: usize,
    /// Also put the same load on another Stratum V1 pool on this machine
    /// (stratum+tcp://127.0.0.1:PORT), as one more row: set its difficulty to its minimum, since
    /// the simulated miners do not hash (their shares are at difficulty 1e-12).
    #[arg(long, value_name = "URL")]
    connect: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct PoolLoadArgs {
    /// Front-ends to spread the miners over (repeatable).
    #[arg(long = "addr", required = true)]
    addrs: Vec<std::net::SocketAddr>,
    #[arg(long)]
    miners: usize,
    #[arg(long)]
    seconds: f64,
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
pub(crate) struct StratumBenchArgs {
    /// Rounds per protocol (each: a block-solving share, its acknowledgement, the next job).
    #[arg(long, default_value_t = 200)]
    rounds: usize,
    /// Print JSON.
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

/// `--backend NAME` if given (and supported), else the fastest this CPU supports.
pub(crate) fn backend_or_best(name: Option<&str>) -> anyhow::Result<Backend> {
    Ok(name
        .map(parse_backend)
        .transpose()?
        .unwrap_or_else(Backend::best))
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

pub(crate) fn run(cmd: BenchCommand, ctx: &Context) -> anyhow::Result<Outcome> {
    match cmd {
        BenchCommand::Agents(a) => crate::commands::bench_agents::agents_bench(&a, ctx),
        BenchCommand::Hash(a) => hash(&a),
        BenchCommand::Switch(a) => switch(&a),
        BenchCommand::Stratum(a) => stratum(&a),
        BenchCommand::Scaling(a) => scaling(&a),
        BenchCommand::Pool(a) => pool_bench(&a),
        BenchCommand::PoolLoad(a) => pool_load(&a),
        BenchCommand::MonteCarlo(a) => monte_carlo(&a),
        BenchCommand::Scan(a) => scan_bench(&a),
        BenchCommand::Host(a) => host_bench(&a),
    }
}

fn host_bench(a: &HostBenchArgs) -> anyhow::Result<Outcome> {
    use minewatch_detect::host::{Monitor, MonitorConfig};
    if !(a.interval.is_finite() && a.interval >= 0.05) {
        anyhow::bail!("invalid --interval {}: must be at least 0.05 s", a.interval);
    }
    struct Kids(Vec<std::process::Child>);
    impl Drop for Kids {
        fn drop(&mut self) {
            for c in &mut self.0 {
                let _ = c.kill();
                let _ = c.wait();
            }
        }
    }
    let mut kids = Kids(Vec::with_capacity(a.procs));
    for _ in 0..a.procs {
        kids.0.push(
            std::process::Command::new("sleep")
                .arg(format!("{}", a.seconds + 60))
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .context("cannot start sleep")?,
        );
    }
    let mut m = Monitor::new(MonitorConfig::default());
    let c0 = minewatch_detect::host::own_cpu_seconds();
    let first = m.sample()?;
    let first_cpu = minewatch_detect::host::own_cpu_seconds() - c0;
    let mut times = Vec::new();
    let start_cpu = minewatch_detect::host::own_cpu_seconds();
    let start = std::time::Instant::now();
    let mut processes = first.processes;
    while start.elapsed().as_secs_f64() < a.seconds as f64 {
        std::thread::sleep(std::time::Duration::from_secs_f64(a.interval));
        let s = m.sample()?;
        processes = s.processes;
        times.push(s.took_ms);
    }
    let cpu = minewatch_detect::host::own_cpu_seconds() - start_cpu;
    let wall = start.elapsed().as_secs_f64();
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
    let max = times.last().copied().unwrap_or(0.0);
    crate::output::stdout(&format!(
        "{}\n",
        json!({
            "bench": "host",
            "spawned": a.procs,
            "processes": processes,
            "interval_s": a.interval,
            "samples": times.len(),
            "first_sample": {"ms": first.took_ms, "cpu_s": first_cpu, "inspected": first.inspected, "exe_scans": first.exe_scans},
            "steady": {"wall_s": wall, "cpu_s": cpu, "overhead_pct_of_core": 100.0 * cpu / wall, "median_sample_ms": median, "max_sample_ms": max},
        })
    ));
    Ok(Outcome::Ok)
}

/// Reads analysable files (decompressing packages) into memory.
fn scan_corpus(
    scanner: &minewatch_detect::web::Scanner,
    paths: &[std::path::PathBuf],
) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).with_context(|| {
            format!("cannot read {} (fetch the npm corpus with scripts/fetch-npm-corpus.sh, or give --path)", p.display())
        })?;
        if meta.is_dir() {
            let mut entries: Vec<_> = std::fs::read_dir(p)?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .collect();
            entries.sort();
            out.extend(scan_corpus(scanner, &entries)?);
        } else if p.extension().is_some_and(|e| e == "tgz") {
            let f = std::fs::File::open(p)?;
            out.extend(scanner.read_tgz(f, &p.display().to_string())?);
        } else {
            out.push((p.display().to_string(), std::fs::read(p)?));
        }
    }
    Ok(out)
}

/// Scanner throughput on one thread and on all, and the time to scan a generated tree.
fn scan_bench(a: &ScanBenchArgs) -> anyhow::Result<Outcome> {
    use minewatch_detect::web::{Scanner, Verdict};
    let t = Instant::now();
    let scanner = Scanner::new();
    let init_s = t.elapsed().as_secs_f64();
    let corpus = scan_corpus(&scanner, &a.paths)?;
    if corpus.is_empty() {
        bail!("no JS, HTML or wasm files under the given paths");
    }
    let bytes: u64 = corpus.iter().map(|(_, b)| b.len() as u64).sum();
    let wasm = corpus
        .iter()
        .filter(|(_, b)| b.starts_with(b"\0asm"))
        .count();
    // One thread.
    let t = Instant::now();
    let mut miners = 0;
    for (n, b) in &corpus {
        if scanner.scan_bytes(n, b).verdict == Verdict::Miner {
            miners += 1;
        }
    }
    let one_s = t.elapsed().as_secs_f64();
    // All threads: the scanner's own parallel scan (what `scan web` runs on an archive).
    let threads = all_threads();
    let t = Instant::now();
    let reports = scanner.scan_entries(&corpus, &|_| {});
    let all_s = t.elapsed().as_secs_f64();
    if reports.len() != corpus.len() {
        bail!(
            "the parallel scan gave {} reports for {} files",
            reports.len(),
            corpus.len()
        );
    }
    // A tree of `tree_files` files, cycling through the corpus.
    let dir = std::env::temp_dir().join(format!("minewatch-bench-scan-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for i in 0..a.tree_files {
        let (name, b) = &corpus[i % corpus.len()];
        let ext = name.rsplit('.').next().unwrap_or("js");
        let sub = dir.join(format!("pkg{}/lib", i / 100));
        std::fs::create_dir_all(&sub)?;
        std::fs::write(sub.join(format!("f{i}.{ext}")), b)?;
    }
    let t = Instant::now();
    let reports = scanner.scan_path(&dir, &|_| {})?;
    let tree_s = t.elapsed().as_secs_f64();
    let tree_bytes: u64 = reports.iter().map(|r| r.size).sum();
    let _ = std::fs::remove_dir_all(&dir);
    let cores = if a.cores.is_dir() {
        core_timings(&scanner, &a.cores)?
    } else {
        json!(format!(
            "skipped: no directory {} (give --cores DIR: the repository's crates/minewatch-detect/tests/data/miners)",
            a.cores.display()
        ))
    };
    let mb = bytes as f64 / 1e6;
    output::stdout(&format!(
        "{}\n",
        json!({"bench": "scan", "files": corpus.len(), "wasm_files": wasm, "mb": mb, "miners": miners,
               "scanner_init_s": init_s,
               "one_thread_s": one_s, "one_thread_mb_per_s": mb / one_s,
               "threads": threads, "all_threads_s": all_s, "mb_per_s_per_core": mb / all_s / threads as f64,
               "tree_files": reports.len(), "tree_mb": tree_bytes as f64 / 1e6, "tree_s": tree_s,
               "cores": cores})
    ));
    Ok(Outcome::Ok)
}

/// Big single files judged on one thread (the best of three runs each): the largest asm.js
/// core under `dir/asmjs`, `dir/variants/rx_light.wasm` through every obfuscating transform,
/// then wrapped and encoded again until it is at least 600 KB, and `dir/variants/cn_heavy.wasm`
/// (4 MiB scratchpad) with its constants in memory: judged, and run in the bounded interpreter
/// alone (what the second opinion costs where it runs).
fn core_timings(
    scanner: &minewatch_detect::web::Scanner,
    dir: &std::path::Path,
) -> anyhow::Result<serde_json::Value> {
    use minewatch_harness::{Transform, apply, apply_all};
    let mut asmjs: Option<(std::path::PathBuf, Vec<u8>)> = None;
    let js_dir = dir.join("asmjs");
    for e in
        std::fs::read_dir(&js_dir).with_context(|| format!("cannot read {}", js_dir.display()))?
    {
        let p = e?.path();
        if p.extension().is_some_and(|x| x == "js") {
            let b = std::fs::read(&p)?;
            if asmjs.as_ref().is_none_or(|(_, a)| b.len() > a.len()) {
                asmjs = Some((p, b));
            }
        }
    }
    let (js_path, js) = asmjs.with_context(|| format!("no asm.js core in {}", js_dir.display()))?;
    let core_path = dir.join("variants/rx_light.wasm");
    let core = std::fs::read(&core_path)
        .with_context(|| format!("cannot read {}", core_path.display()))?;
    let mut wasm = apply_all(&core, 1).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut seed = 2;
    while wasm.len() < 600_000 && seed < 32 {
        for t in [Transform::WrapFunctions, Transform::EncodeConstants] {
            wasm = apply(&wasm, t, seed).map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        seed += 1;
    }
    let judge = |name: String, bytes: &[u8]| {
        let mut best = f64::INFINITY;
        let mut verdict = None;
        for _ in 0..3 {
            let t = Instant::now();
            let r = scanner.scan_bytes(&name, bytes);
            best = best.min(t.elapsed().as_secs_f64());
            verdict = Some(r.verdict);
        }
        json!({"name": name, "kb": bytes.len() as f64 / 1024.0, "verdict": verdict, "judge_s": best})
    };
    // The largest scratchpad with its constants in memory (read back from the module's data),
    // and the same module run in the bounded interpreter alone (the second opinion's cost).
    let heavy_path = dir.join("variants/cn_heavy.wasm");
    let heavy = std::fs::read(&heavy_path)
        .with_context(|| format!("cannot read {}", heavy_path.display()))?;
    let in_memory =
        apply(&heavy, Transform::LoadConstants, 1).map_err(|e| anyhow::anyhow!("{e}"))?;
    let exec = {
        use minewatch_detect::web::wasm_exec;
        let mut best = f64::INFINITY;
        let mut seen = false;
        for _ in 0..3 {
            let t = Instant::now();
            let o = wasm_exec::observe(&in_memory, &wasm_exec::LIMITS);
            best = best.min(t.elapsed().as_secs_f64());
            seen = o.found.is_some();
        }
        json!({"name": format!(
                    "{} with its constants in memory, run in the bounded interpreter alone",
                    heavy_path.display()
                ),
               "kb": in_memory.len() as f64 / 1024.0,
               "verdict": if seen { "miner" } else { "clean" },
               "judge_s": best})
    };
    Ok(json!([
        judge(js_path.display().to_string(), &js),
        judge(
            format!(
                "{} through all transforms, then wrap-functions and encode-constants to 600 KB or more",
                core_path.display()
            ),
            &wasm
        ),
        judge(
            format!(
                "{} with its constants in memory (load-constants)",
                heavy_path.display()
            ),
            &in_memory
        ),
        exec,
    ]))
}

/// Times `minewatch_profit::montecarlo::run` (the projection it samples is built once, outside
/// the timing), and checks that two runs with the same seed agree.
fn monte_carlo(a: &McBenchArgs) -> anyhow::Result<Outcome> {
    use minewatch_profit::model::{Costs, Rig};
    use minewatch_profit::montecarlo::{self, PriceModel};
    use minewatch_profit::project::{Growth, Scenario, project};
    if a.paths == 0 || a.days == 0 || a.runs == 0 {
        bail!("--paths, --days and --runs must be at least 1");
    }
    let mut rig = Rig::new(200e12, 3500.0);
    rig.capex_usd = 3500.0;
    let costs = Costs {
        usd_per_kwh: 0.06,
        pue: 1.1,
        pool_fee: 0.02,
        ..Costs::default()
    };
    let mut s = Scenario::new(881_423, 1_738_195_305, a.days, 108e12, 100_000.0);
    s.growth = Growth::Monthly { rate: 0.02 };
    s.fees_btc_per_block = 0.03;
    let p = project(&rig, &costs, &s)?;
    let model = PriceModel {
        start_usd: 100_000.0,
        drift: 0.0,
        volatility: 0.6,
    };
    let mut secs = Vec::new();
    let mut first = None;
    for _ in 0..a.runs {
        let t = Instant::now();
        let r = montecarlo::run(&p, &model, rig.capex_usd, 0.0, a.paths, 42)?;
        secs.push(t.elapsed().as_secs_f64());
        match &first {
            None => first = Some(r),
            Some(f) if *f != r => bail!("two runs with the same seed differ"),
            Some(_) => {}
        }
    }
    secs.sort_by(f64::total_cmp);
    let r = first.context("no run")?;
    output::stdout(&format!(
        "{}\n",
        json!({"bench": "monte-carlo", "paths": a.paths, "days": a.days, "threads": all_threads(), "runs": a.runs,
               "best_s": secs[0], "median_s": secs[secs.len() / 2], "paths_per_s": f64::from(a.paths) / secs[0],
               "reproducible": true, "p10_usd": r.p10_usd, "p50_usd": r.p50_usd, "p90_usd": r.p90_usd,
               "payback_probability": r.payback_probability})
    ));
    Ok(Outcome::Ok)
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

fn stratum(a: &StratumBenchArgs) -> anyhow::Result<Outcome> {
    if a.rounds == 0 || a.rounds > 100_000 {
        bail!("invalid --rounds {}: expected 1 to 100000", a.rounds);
    }
    let rt = crate::runtime::runtime()?;
    let c = rt
        .block_on(minewatch_stratum::wire::compare(a.rounds))
        .map_err(anyhow::Error::msg)?;
    if a.json {
        output::stdout(
            &(serde_json::to_string_pretty(&json!({"bench": "stratum", "v1": c.v1, "v2": c.v2}))?
                + "\n"),
        );
        return Ok(Outcome::Ok);
    }
    let mut out = String::new();
    let _ = writeln!(out, "{:<28} {:>12} {:>12}", "", "V1", "V2");
    let row = |out: &mut String, name: &str, a: String, b: String| {
        let _ = writeln!(out, "{name:<28} {a:>12} {b:>12}");
    };
    row(
        &mut out,
        "setup (connect to job), ms",
        format!("{:.2}", c.v1.setup_ms),
        format!("{:.2}", c.v2.setup_ms),
    );
    row(
        &mut out,
        "noise handshake, ms",
        "-".into(),
        format!("{:.2}", c.v2.handshake_ms.unwrap_or(0.0)),
    );
    row(
        &mut out,
        "setup bytes",
        c.v1.setup_bytes.to_string(),
        c.v2.setup_bytes.to_string(),
    );
    row(
        &mut out,
        "bytes per share submit",
        format!("{:.1}", c.v1.submit_bytes),
        format!("{:.1}", c.v2.submit_bytes),
    );
    row(
        &mut out,
        "bytes per acknowledgement",
        format!("{:.1}", c.v1.ack_bytes),
        format!("{:.1}", c.v2.ack_bytes),
    );
    row(
        &mut out,
        "bytes per new job",
        format!("{:.1}", c.v1.job_bytes),
        format!("{:.1}", c.v2.job_bytes),
    );
    for (i, what) in ["mean", "median", "worst"].iter().enumerate() {
        row(
            &mut out,
            &format!("share to next job {what}, ms"),
            format!("{:.3}", c.v1.job_switch_ms[i]),
            format!("{:.3}", c.v2.job_switch_ms[i]),
        );
    }
    let _ = writeln!(
        out,
        "{} rounds each, one pool, 127.0.0.1, application bytes (V2: standard channel)",
        c.v1.rounds.min(c.v2.rounds)
    );
    output::stdout(&out);
    Ok(Outcome::Ok)
}

fn switch(a: &SwitchArgs) -> anyhow::Result<Outcome> {
    let backend = backend_or_best(a.backend.as_deref())?;
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
    let backend = backend_or_best(a.backend.as_deref())?;
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

fn pool_load(a: &PoolLoadArgs) -> anyhow::Result<Outcome> {
    if let Some(far) = a.addrs.iter().find(|x| !x.ip().is_loopback()) {
        bail!("the load generator only targets loopback addresses, not {far}");
    }
    let d = duration(a.seconds)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let r = rt.block_on(minewatch_stratum::load::run(
        minewatch_stratum::load::LoadConfig {
            addrs: a.addrs.clone(),
            miners: a.miners,
            duration: d,
            connect_concurrency: 256,
            suggest_difficulty: None,
        },
    ));
    let v = serde_json::json!({
        "connected": r.connected, "accepted": r.accepted, "rejected": r.rejected, "seconds": r.seconds,
        "shares_per_sec": r.shares_per_sec, "p50_ms": r.p50_ms, "p99_ms": r.p99_ms, "max_ms": r.max_ms,
    });
    output::stdout(&format!("{v}\n"));
    Ok(Outcome::Ok)
}

fn pool_bench(a: &PoolBenchArgs) -> anyhow::Result<Outcome> {
    use minewatch_stratum::store::{Store, is_postgres_url, redacted};
    if a.miners == 0 || a.miners > 15_000 {
        bail!(
            "invalid --miners {}: expected 1 to 15000 (each is a loopback connection)",
            a.miners
        );
    }
    duration(a.seconds)?;
    if let Some(db) = &a.db
        && !is_postgres_url(db)
    {
        bail!(
            "invalid --db {}: expected postgres://USER@HOST:PORT/DB (SQLite is always measured)",
            redacted(db)
        );
    }
    if !(1..=16).contains(&a.frontends) || (a.frontends > 1 && a.db.is_none()) {
        bail!(
            "invalid --frontends {}: expected 1 to 16, and more than 1 only with --db postgres://... (front-ends share a PostgreSQL ledger)",
            a.frontends
        );
    }
    let external = match &a.connect {
        None => None,
        Some(url) => {
            let addr: std::net::SocketAddr = url
                .strip_prefix("stratum+tcp://")
                .and_then(|hp| hp.parse().ok())
                .filter(|x: &std::net::SocketAddr| x.ip().is_loopback())
                .with_context(|| {
                    format!("invalid --connect {url}: expected stratum+tcp://127.0.0.1:PORT (a pool on this machine)")
                })?;
            Some(addr)
        }
    };
    let mut runs = Vec::new();
    // SQLite: a file of its own, WAL, as `minewatch pool` writes it.
    let dir = std::env::temp_dir().join(format!("minewatch-bench-pool-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let sqlite = Store::open(&dir.join("pool.sqlite"));
    let run = sqlite
        .map_err(anyhow::Error::from)
        .and_then(|s| pool_bench_run(a, vec![s]));
    let _ = std::fs::remove_dir_all(&dir);
    let mut v = run?;
    v["db"] = json!("sqlite");
    v["durability"] = json!("WAL, synchronous=NORMAL (a commit survives the process dying)");
    runs.push(v);
    // PostgreSQL: a scratch schema of its own in the given database, dropped afterwards.
    if let Some(url) = &a.db {
        let schema = format!("minewatch_bench_{}", std::process::id());
        let scratch = minewatch_stratum::store::create_scratch_schema(url, &schema)
            .with_context(|| format!("cannot use {}", redacted(url)))?;
        let settings = minewatch_stratum::store::postgres_settings(url).unwrap_or_default();
        let run = (0..a.frontends)
            .map(|_| Store::connect_postgres(&scratch))
            .collect::<Result<Vec<_>, _>>()
            .map_err(anyhow::Error::from)
            .and_then(|stores| pool_bench_run(a, stores));
        let dropped = minewatch_stratum::store::drop_scratch_schema(url, &schema);
        let mut v = run?;
        dropped.with_context(|| format!("cannot drop the bench's schema {schema}"))?;
        v["db"] = json!("postgres");
        v["durability"] = json!(settings);
        runs.push(v);
    }
    if let Some(addr) = external {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let mut v = rt.block_on(load_process(a, &[addr]))?;
        v["db"] = json!(format!("stratum+tcp://{addr}"));
        v["durability"] = json!("another pool: unknown");
        v["frontends"] = json!(1);
        runs.push(v);
    }
    let ratio = match runs.as_slice() {
        [lite, pg, ..] if a.db.is_some() => {
            let (l, p) = (
                lite["shares_per_sec"].as_f64().unwrap_or(0.0),
                pg["shares_per_sec"].as_f64().unwrap_or(0.0),
            );
            (l > 0.0).then(|| p / l)
        }
        _ => None,
    };
    if a.json {
        let v = json!({"miners": a.miners, "scheme": "pps", "runs": runs, "postgres_over_sqlite": ratio});
        output::stdout(&(serde_json::to_string_pretty(&v)? + "\n"));
    } else {
        let mut out = String::new();
        for v in &runs {
            let _ = writeln!(
                out,
                "{:<8} x{} {} miners ({} connected): {:.0} shares/s accepted over {} s, ack latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; {} shares recorded ({})",
                v["db"].as_str().unwrap_or(""),
                v["frontends"],
                a.miners,
                v["connected"],
                v["shares_per_sec"].as_f64().unwrap_or(0.0),
                v["seconds"],
                v["p50_ms"].as_f64().unwrap_or(0.0),
                v["p99_ms"].as_f64().unwrap_or(0.0),
                v["max_ms"].as_f64().unwrap_or(0.0),
                v["stored_shares"],
                v["durability"].as_str().unwrap_or(""),
            );
        }
        if let Some(r) = ratio {
            let _ = writeln!(out, "PostgreSQL's rate is {r:.2}x SQLite's");
        }
        output::stdout(&out);
    }
    Ok(Outcome::Ok)
}

/// Pools on `stores` (one front-end each, sharing the ledger when the stores are one
/// database), loaded by a `bench pool-load` process spreading its miners over them: what the
/// load generator measured, with the shares the ledger holds afterwards.
fn pool_bench_run(
    a: &PoolBenchArgs,
    stores: Vec<minewatch_stratum::store::Store>,
) -> anyhow::Result<serde_json::Value> {
    use minewatch_stratum::chain::LocalChain;
    use minewatch_stratum::pool::{Pool, PoolConfig};
    let mut pools = Vec::new();
    for (i, store) in stores.into_iter().enumerate() {
        // Shares at the lowest difficulty (every hash qualifies, so the load generator spends
        // no CPU hashing) on a chain with a real target, so no share is also a block.
        // PPS: every share also writes a ledger credit, the heavier per-share path.
        let config = PoolConfig {
            initial_difficulty: 1e-12,
            min_difficulty: 1e-12,
            vardiff: false,
            scheme: minewatch_stratum::accounting::Scheme::Pps,
            max_connections: a.miners + 100,
            instance: u8::try_from(i).unwrap_or(u8::MAX),
            ..PoolConfig::default()
        };
        pools.push(Pool::open_chain(
            config,
            LocalChain::with_bits(minewatch_pow::CompactTarget(0x1d00_ffff)),
            store,
        )?);
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let result = rt.block_on(async {
        let mut addrs = Vec::new();
        let mut stops = Vec::new();
        let mut servers = Vec::new();
        for pool in &pools {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
            addrs.push(listener.local_addr()?);
            let (stop, stop_rx) = tokio::sync::oneshot::channel::<()>();
            stops.push(stop);
            servers.push(tokio::spawn(minewatch_stratum::pool::serve(
                listener,
                pool.clone(),
                async {
                    let _ = stop_rx.await;
                },
            )));
        }
        let out = load_process(a, &addrs).await;
        for stop in stops {
            let _ = stop.send(());
        }
        for s in servers {
            let _ = s.await;
        }
        out
    });
    let mut v = result?;
    let stored = match pools.first() {
        Some(p) => Some(p.stored()?.shares),
        None => None,
    };
    v["stored_shares"] = json!(stored);
    v["frontends"] = json!(pools.len());
    Ok(v)
}

/// Runs `bench pool-load` (a process of its own, so the load and the pool do not share a
/// runtime) against `addrs`; its report.
async fn load_process(
    a: &PoolBenchArgs,
    addrs: &[std::net::SocketAddr],
) -> anyhow::Result<serde_json::Value> {
    let exe = std::env::current_exe().context("cannot find the minewatch executable")?;
    let child = tokio::process::Command::new(exe)
        .args(["bench", "pool-load", "--miners", &a.miners.to_string()])
        .args(
            addrs
                .iter()
                .flat_map(|x| ["--addr".to_owned(), x.to_string()]),
        )
        .args(["--seconds", &a.seconds.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .context("cannot start the load generator")?;
    let out = child.wait_with_output().await?;
    serde_json::from_slice(&out.stdout).context("the load generator printed no report")
}

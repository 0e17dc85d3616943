//! Benchmarks the binary runs as `minewatch bench ...`: hashrate per backend and thread count,
//! and job-switch latency. They measure the real miner, not a separate loop.

use std::thread;
use std::time::{Duration, Instant};

use minewatch_pow::search::Backend;
use minewatch_pow::{Header, Target, U256};

use crate::{Job, Miner, MinerConfig, MinerError};

/// A real mainnet header (block 881,423) as the benchmark template.
const BENCH_HEADER: &str = "0060592ee3c96a8a70ca15fe215e99f84ab64c43e1b5d2c43b540100000000000000000076f63a35f1b8b5016d3eb0cce2eebbdf58bf8fbea4e870c8f770346bdfcf622d69c19a678a9a021702fb05ff";

/// One benchmark row.
#[derive(Debug, Clone, PartialEq)]
pub struct HashBench {
    /// Backend measured.
    pub backend: Backend,
    /// Worker threads.
    pub threads: usize,
    /// Total million hashes per second.
    pub mhs: f64,
    /// `mhs / threads`.
    pub mhs_per_thread: f64,
    /// Hashes counted.
    pub hashes: u64,
    /// Seconds measured.
    pub seconds: f64,
}

/// The benchmark job: a real header with version rolling (so no worker runs dry) and a target
/// no hash meets (so nothing but hashing is measured).
pub fn bench_job(id: &str) -> Job {
    let header =
        Header::from_hex(BENCH_HEADER).unwrap_or_else(|_| minewatch_pow::Params::mainnet().genesis);
    let mut job = Job::new(id, header, Target(U256::ZERO));
    job.version_mask = 0x1fff_e000;
    job
}

/// Mines the benchmark job with `threads` workers on `backend` for `duration` after a short
/// warm-up, and reports the rate from the hash counters.
pub fn hash_rate(
    backend: Backend,
    threads: usize,
    duration: Duration,
) -> Result<HashBench, MinerError> {
    let miner = Miner::start(MinerConfig {
        threads,
        backend: Some(backend),
        ..MinerConfig::default()
    })?;
    miner.set_job(bench_job("bench"));
    thread::sleep(Duration::from_millis(200).min(duration / 4));
    let (h0, t0) = (miner.stats().hashes(), Instant::now());
    thread::sleep(duration);
    let (h1, dt) = (miner.stats().hashes(), t0.elapsed().as_secs_f64());
    miner.stop();
    let mhs = (h1 - h0) as f64 / dt / 1e6;
    Ok(HashBench {
        backend,
        threads,
        mhs,
        mhs_per_thread: mhs / threads as f64,
        hashes: h1 - h0,
        seconds: dt,
    })
}

/// Job-switch latency figures.
#[derive(Debug, Clone, PartialEq)]
pub struct SwitchBench {
    /// Backend measured.
    pub backend: Backend,
    /// Worker threads.
    pub threads: usize,
    /// Switches measured.
    pub switches: usize,
    /// Mean time until every worker mined the new job, in milliseconds.
    pub mean_ms: f64,
    /// Worst case, in milliseconds.
    pub max_ms: f64,
}

/// Measures how long the miner takes to move every worker to new work, `switches` times.
pub fn switch_latency(
    backend: Backend,
    threads: usize,
    switches: usize,
) -> Result<SwitchBench, MinerError> {
    let miner = Miner::start(MinerConfig {
        threads,
        backend: Some(backend),
        ..MinerConfig::default()
    })?;
    miner.set_job(bench_job("warm-up"));
    thread::sleep(Duration::from_millis(300));
    let mut samples = Vec::with_capacity(switches);
    for i in 0..switches {
        let mut job = bench_job(&format!("switch-{i}"));
        job.template.time = job.template.time.wrapping_add(i as u32 + 1);
        miner.set_job(job);
        let deadline = Instant::now() + Duration::from_secs(5);
        let latency = loop {
            if let Some(l) = miner.switch_latency() {
                break l;
            }
            if Instant::now() > deadline {
                break Duration::from_secs(5);
            }
            thread::sleep(Duration::from_micros(200));
        };
        samples.push(latency.as_secs_f64() * 1e3);
        // Let the workers settle into the new job before the next switch.
        thread::sleep(Duration::from_millis(20));
    }
    miner.stop();
    let n = samples.len().max(1) as f64;
    Ok(SwitchBench {
        backend,
        threads,
        switches,
        mean_ms: samples.iter().sum::<f64>() / n,
        max_ms: samples.iter().copied().fold(0.0, f64::max),
    })
}

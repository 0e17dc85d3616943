//! The miner end to end: real threads, real hashing, shares checked with the reference.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::collections::HashSet;
use std::ops::Shr as _;
use std::time::{Duration, Instant};

use minewatch_miner::{CoinbaseSpace, FoundShare, Job, Miner, MinerConfig};
use minewatch_pow::search::Backend;
use minewatch_pow::{MerkleNode, Params, Target, U256};

/// About one hash in 2^12 is a share.
fn easy() -> Target {
    Target(U256::MAX.shr(12))
}

fn stratum_like_job(id: &str) -> Job {
    let mut job = Job::new(id, Params::mainnet().genesis, easy());
    job.version_mask = 0x1fff_e000;
    job.coinbase = Some(CoinbaseSpace {
        coinb1: b"\x01\x00\x00\x00coinbase-part-1".to_vec(),
        extranonce1: vec![0xde, 0xad, 0xbe, 0xef],
        extranonce2_size: 4,
        coinb2: b"coinbase-part-2".to_vec(),
        merkle_branch: vec![MerkleNode([1; 32]), MerkleNode([2; 32])],
    });
    job
}

fn collect(miner: &Miner, n: usize) -> Vec<FoundShare> {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut out = Vec::new();
    while out.len() < n && Instant::now() < deadline {
        if let Ok(s) = miner.shares().recv_timeout(Duration::from_millis(100)) {
            out.push(s);
        }
    }
    out
}

fn config(threads: usize) -> MinerConfig {
    MinerConfig {
        threads,
        ..MinerConfig::default()
    }
}

#[test]
fn shares_are_real_and_rebuild_from_extranonce2_and_rolled_version() {
    let job = stratum_like_job("j1");
    let miner = Miner::start(config(2)).unwrap();
    miner.set_job(job.clone());
    let shares = collect(&miner, 60);
    assert_eq!(shares.len(), 60);
    let cb = job.coinbase.as_ref().unwrap();
    let mut threads = HashSet::new();
    let mut headers = HashSet::new();
    for s in &shares {
        assert_eq!(s.job_id, "j1");
        assert_eq!(s.header.block_hash(), s.hash);
        assert!(easy().is_met_by(s.hash));
        // The pool can rebuild the header from what a Stratum submit carries.
        assert_eq!(s.extranonce2.len(), 4);
        assert_eq!(s.header.merkle_root, cb.merkle_root(&s.extranonce2));
        let rolled = (s.header.version ^ job.template.version) as u32;
        assert_eq!(rolled & !job.version_mask, 0, "only masked bits roll");
        assert_eq!(s.header.time, job.template.time);
        threads.insert(s.thread);
        assert!(headers.insert(s.header.encode()), "no duplicate shares");
    }
    assert_eq!(threads.len(), 2, "both threads find shares: both are busy");
    let stats = miner.stats();
    assert!(
        stats.threads.iter().all(|t| t.hashes > 0 && !t.idle),
        "{stats:?}"
    );
    miner.stop();
}

#[test]
fn switching_jobs_moves_every_thread_to_the_new_job() {
    let miner = Miner::start(config(2)).unwrap();
    miner.set_job(stratum_like_job("old"));
    assert!(!collect(&miner, 3).is_empty());
    miner.set_job(stratum_like_job("new"));
    let deadline = Instant::now() + Duration::from_secs(10);
    let latency = loop {
        if let Some(l) = miner.switch_latency() {
            break l;
        }
        assert!(Instant::now() < deadline, "threads never switched");
        std::thread::sleep(Duration::from_millis(1));
    };
    eprintln!("switch latency {latency:?}");
    // Drain what was found before the switch; from here on only the new job is mined.
    while miner.shares().try_recv().is_ok() {}
    let after = collect(&miner, 20);
    assert_eq!(after.len(), 20);
    assert!(after.iter().all(|s| s.job_id == "new"));
    miner.clear_job();
    std::thread::sleep(Duration::from_millis(200));
    assert!(miner.stats().threads.iter().all(|t| t.idle));
}

#[test]
fn hashrate_is_measured_per_thread() {
    let miner = Miner::start(MinerConfig {
        threads: 2,
        hashrate_window: Duration::from_millis(300),
        ..MinerConfig::default()
    })
    .unwrap();
    miner.set_job(minewatch_miner::bench::bench_job("rate"));
    std::thread::sleep(Duration::from_millis(700));
    let s = miner.stats();
    assert_eq!(s.threads.len(), 2);
    for t in &s.threads {
        assert!(t.hashrate > 0.0 && t.hashes > 0, "{t:?}");
    }
    assert!((s.hashrate() - s.threads.iter().map(|t| t.hashrate).sum::<f64>()).abs() < 1e-9);
}

#[test]
fn every_backend_mines_with_pinning_and_low_priority() {
    for b in Backend::supported() {
        let miner = Miner::start(MinerConfig {
            threads: 2,
            backend: Some(b),
            pin_cores: true,
            low_priority: true,
            ..MinerConfig::default()
        })
        .unwrap();
        assert_eq!(miner.backend(), b);
        miner.set_job(stratum_like_job(b.name()));
        let shares = collect(&miner, 5);
        assert_eq!(shares.len(), 5, "{b}");
        assert!(
            shares
                .iter()
                .all(|s| easy().is_met_by(s.header.block_hash()))
        );
    }
}

#[test]
fn trivial_and_impossible_targets_do_not_panic() {
    let miner = Miner::start(MinerConfig {
        share_buffer: 2000,
        ..config(2)
    })
    .unwrap();
    let mut job = Job::new("all", Params::regtest().genesis, Target(U256::MAX));
    job.version_mask = 0x1fff_e000;
    miner.set_job(job);
    assert_eq!(collect(&miner, 1000).len(), 1000);
    // Nobody reads now: the buffer fills, the rest is dropped and counted, mining goes on.
    std::thread::sleep(Duration::from_millis(300));
    let s = miner.stats();
    assert!(
        s.dropped_shares > 0 && s.threads.iter().all(|t| !t.idle),
        "{s:?}"
    );
    assert_eq!(miner.shares().len(), 2000);
    miner.set_job(Job::new(
        "none",
        Params::regtest().genesis,
        Target(U256::ZERO),
    ));
    std::thread::sleep(Duration::from_millis(100));
    while miner.shares().try_recv().is_ok() {}
    std::thread::sleep(Duration::from_millis(200));
    assert!(miner.shares().try_recv().is_err());
    miner.stop();
}

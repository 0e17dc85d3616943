//! A multi-threaded CPU sha256d miner on plain std threads, over `minewatch-pow`'s nonce-search
//! engine.
//!
//! A [`Job`] describes a header template, a share target and the extra search space the pool
//! allows (extranonce2 bytes in the coinbase, BIP 320 version bits). The [`Miner`] splits that
//! space so no thread runs dry, switches to a new job within a few milliseconds, reports
//! [`FoundShare`]s through a channel and keeps a decaying-average hashrate per thread.
//!
//! ```
//! use std::time::Duration;
//! use minewatch_miner::{Job, Miner, MinerConfig};
//! use minewatch_pow::{Params, Target, U256};
//!
//! // Regtest-easy target: about one hash in two is a share.
//! let job = Job::new("demo", Params::regtest().genesis, Target(U256::MAX >> 1));
//! let miner = Miner::start(MinerConfig { threads: 1, ..MinerConfig::default() })?;
//! miner.set_job(job);
//! let share = miner.shares().recv_timeout(Duration::from_secs(10))?;
//! assert!(share.header.validate_pow(&Params::regtest()).is_ok());
//! miner.stop();
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![forbid(unsafe_code)]

pub mod bench;
mod job;
mod miner;

pub use job::{CoinbaseSpace, Job, JobError};
pub use miner::{FoundShare, Miner, MinerConfig, MinerError, MinerStats, ThreadStats};

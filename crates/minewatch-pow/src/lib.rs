//! Consensus-exact Bitcoin proof of work.
//!
//! Everything the miner, pool, profitability model and detectors of minewatch stand on:
//! double SHA-256, the 80-byte header, compact and full targets with Bitcoin Core's exact
//! semantics, difficulty and work, network parameters, retargeting, subsidy and halvings,
//! merkle trees (including Stratum's branch form), coinbase helpers and full-block checks.
//! Pure and synchronous: no I/O, no logging.
//!
//! ```
//! use minewatch_pow::{Header, Params};
//!
//! let genesis = Header::from_hex(
//!     "0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c",
//! )?;
//! let hash = genesis.validate_pow(&Params::mainnet())?;
//! assert_eq!(hash.to_string(), "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f");
//! assert_eq!(genesis.bits.difficulty(), 1.0);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod block;
pub mod chain;
pub mod coinbase;
pub mod hash;
pub mod header;
pub mod hex;
pub mod merkle;
pub mod params;
pub mod retarget;
pub mod search;
pub mod subsidy;
pub mod target;
pub mod tx;
pub mod u256;

pub use block::{Block, BlockError};
pub use hash::{BlockHash, MerkleNode, Txid, Wtxid, sha256d};
pub use header::{HEADER_SIZE, Header, HeaderError, PowError};
pub use params::{Network, Params, UnknownNetworkError};
pub use target::{CompactTarget, Target, TargetError, Work};
pub use u256::U256;

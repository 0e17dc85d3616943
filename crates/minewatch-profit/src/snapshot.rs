//! The dated market snapshot minewatch ships with, for offline use. Every figure carries its
//! origin and date so output can say where it came from and how old it is.

use minewatch_pow::CompactTarget;
use serde::{Deserialize, Serialize};

use crate::jacking::Monero;

const SNAPSHOT: &str = include_str!("../data/snapshot.json");

/// Bitcoin figures of the snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BitcoinSnapshot {
    /// Block height.
    pub height: u32,
    /// Its timestamp.
    pub time: i64,
    /// Its compact target, hex.
    pub bits: String,
    /// BTC price, USD.
    pub btc_usd: f64,
    /// Average fees per block, BTC.
    pub fees_btc_per_block: f64,
    /// Where the figures come from.
    pub source: String,
}

/// Monero figures of the snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MoneroSnapshot {
    /// Network hashrate, H/s.
    pub network_hashrate_hs: f64,
    /// Reward per block, XMR.
    pub reward_xmr_per_block: f64,
    /// Seconds per block.
    pub block_time_s: f64,
    /// XMR price, USD.
    pub xmr_usd: f64,
    /// A typical RandomX hashrate of one core, H/s.
    pub randomx_hs_per_core: f64,
    /// Where the figures come from.
    pub source: String,
}

/// The snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The date the figures stand for (YYYY-MM-DD).
    pub date: String,
    /// Bitcoin.
    pub bitcoin: BitcoinSnapshot,
    /// Monero.
    pub monero: MoneroSnapshot,
}

impl Snapshot {
    /// The snapshot compiled into this build.
    pub fn embedded() -> Self {
        // The file is part of the crate and checked by a test; failing to parse it is a
        // build defect, not a user error.
        serde_json::from_str(SNAPSHOT).expect("data/snapshot.json is valid (tested)")
    }

    /// Network difficulty from the snapshot block's `bits`.
    pub fn difficulty(&self) -> f64 {
        u32::from_str_radix(&self.bitcoin.bits, 16)
            .map_or(f64::NAN, |b| CompactTarget(b).difficulty())
    }

    /// The Monero figures as the jacking model takes them.
    pub fn monero(&self) -> Monero {
        Monero {
            network_hashrate_hs: self.monero.network_hashrate_hs,
            reward_xmr_per_block: self.monero.reward_xmr_per_block,
            block_time_s: self.monero.block_time_s,
            xmr_usd: self.monero.xmr_usd,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_snapshot_parses_and_matches_the_real_header() {
        let s = Snapshot::embedded();
        assert_eq!(s.bitcoin.height, 881_423);
        // bits 0x17029a8a is block 881,423's (a profitability vector states its difficulty).
        assert!((s.difficulty() - 108_105_433_845_147.16).abs() < 1.0);
        assert!(s.monero().network_hashrate_hs > 0.0);
    }
}

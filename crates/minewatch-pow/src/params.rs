//! Network parameters (Bitcoin Core: `CChainParams` / `Consensus::Params`).

use core::fmt;
use core::ops::Shr as _;
use core::str::FromStr;

use thiserror::Error;

use crate::hash::{BlockHash, MerkleNode};
use crate::header::Header;
use crate::target::{CompactTarget, Target};
use crate::u256::U256;

/// A Bitcoin network whose consensus rules minewatch implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Network {
    /// Bitcoin mainnet.
    Mainnet,
    /// The default signet (BIP 325).
    Signet,
    /// Testnet3: mainnet's pow limit with the 20-minute minimum-difficulty rule.
    Testnet,
    /// Local regression-test network: trivial difficulty, no retargeting.
    Regtest,
}

/// A network name that minewatch does not know.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown network {0:?}: expected mainnet, testnet, signet or regtest")]
#[non_exhaustive]
pub struct UnknownNetworkError(pub String);

impl FromStr for Network {
    type Err = UnknownNetworkError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "mainnet" | "main" | "bitcoin" => Ok(Self::Mainnet),
            "signet" => Ok(Self::Signet),
            "testnet" | "testnet3" | "test" => Ok(Self::Testnet),
            "regtest" => Ok(Self::Regtest),
            _ => Err(UnknownNetworkError(s.to_owned())),
        }
    }
}

impl fmt::Display for Network {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Mainnet => "mainnet",
            Self::Signet => "signet",
            Self::Testnet => "testnet",
            Self::Regtest => "regtest",
        })
    }
}

/// Consensus parameters that proof of work, retargeting and subsidy depend on.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Params {
    /// Which network.
    pub network: Network,
    /// The easiest target allowed (`powLimit`).
    pub pow_limit: Target,
    /// Target seconds between blocks (`nPowTargetSpacing`).
    pub pow_target_spacing: i64,
    /// Target seconds per retarget period (`nPowTargetTimespan`).
    pub pow_target_timespan: i64,
    /// Never retarget (`fPowNoRetargeting`, regtest).
    pub no_retargeting: bool,
    /// Blocks between subsidy halvings (`nSubsidyHalvingInterval`).
    pub subsidy_halving_interval: u32,
    /// Height from which the coinbase must start with the height and version 1 headers are
    /// rejected (BIP 34).
    pub bip34_height: u32,
    /// From here version 2 and lower are rejected (BIP 66).
    pub bip66_height: u32,
    /// From here version 3 and lower are rejected (BIP 65).
    pub bip65_height: u32,
    /// Height from which segregated witness is enforced (BIP 141).
    pub segwit_height: u32,
    /// Blocks may use the pow limit when the chain stalls (`fPowAllowMinDifficultyBlocks`).
    pub allow_min_difficulty_blocks: bool,
    /// The genesis block header.
    pub genesis: Header,
}

impl Params {
    /// The parameters of `network`.
    pub fn new(network: Network) -> Self {
        match network {
            Network::Mainnet => Self::mainnet(),
            Network::Signet => Self::signet(),
            Network::Testnet => Self::testnet(),
            Network::Regtest => Self::regtest(),
        }
    }

    /// Testnet3 (Bitcoin Core `CTestNetParams`): a block more than 20 minutes after its parent
    /// may use the pow limit (`fPowAllowMinDifficultyBlocks`), so bits are only checked at
    /// retargets.
    pub fn testnet() -> Self {
        Self {
            network: Network::Testnet,
            pow_limit: Target(U256::MAX.shr(32)),
            pow_target_spacing: 600,
            pow_target_timespan: 14 * 24 * 60 * 60,
            no_retargeting: false,
            subsidy_halving_interval: 210_000,
            bip34_height: 21_111,
            bip66_height: 330_776,
            bip65_height: 581_885,
            segwit_height: 834_624,
            allow_min_difficulty_blocks: true,
            genesis: genesis_header(1_296_688_602, 0x1d00_ffff, 414_098_458),
        }
    }

    /// Bitcoin mainnet (Bitcoin Core `CMainParams`).
    pub fn mainnet() -> Self {
        Self {
            network: Network::Mainnet,
            pow_limit: Target(U256::MAX.shr(32)),
            pow_target_spacing: 600,
            pow_target_timespan: 14 * 24 * 60 * 60,
            no_retargeting: false,
            subsidy_halving_interval: 210_000,
            bip34_height: 227_931,
            bip66_height: 363_725,
            bip65_height: 388_381,
            segwit_height: 481_824,
            allow_min_difficulty_blocks: false,
            genesis: genesis_header(1_231_006_505, 0x1d00_ffff, 2_083_236_893),
        }
    }

    /// The default signet (Bitcoin Core `SigNetParams`).
    pub fn signet() -> Self {
        Self {
            network: Network::Signet,
            pow_limit: Target(U256([0, 0, 0, 0x0000_0377_ae00_0000])),
            pow_target_spacing: 600,
            pow_target_timespan: 14 * 24 * 60 * 60,
            no_retargeting: false,
            subsidy_halving_interval: 210_000,
            bip34_height: 1,
            bip66_height: 1,
            bip65_height: 1,
            segwit_height: 1,
            allow_min_difficulty_blocks: false,
            genesis: genesis_header(1_598_918_400, 0x1e03_77ae, 52_613_770),
        }
    }

    /// Regtest (Bitcoin Core `CRegTestParams`).
    pub fn regtest() -> Self {
        Self {
            network: Network::Regtest,
            pow_limit: Target(U256::MAX.shr(1)),
            pow_target_spacing: 600,
            pow_target_timespan: 14 * 24 * 60 * 60,
            no_retargeting: true,
            subsidy_halving_interval: 150,
            bip34_height: 1,
            bip66_height: 1,
            bip65_height: 1,
            segwit_height: 0,
            allow_min_difficulty_blocks: true,
            genesis: genesis_header(1_296_688_602, 0x207f_ffff, 2),
        }
    }

    /// Blocks per retarget period (`DifficultyAdjustmentInterval`): 2016 on every network here.
    pub fn difficulty_adjustment_interval(&self) -> u32 {
        (self.pow_target_timespan / self.pow_target_spacing) as u32
    }

    /// The genesis block hash.
    pub fn genesis_hash(&self) -> BlockHash {
        self.genesis.block_hash()
    }

    /// The pow limit in compact form.
    pub fn pow_limit_bits(&self) -> CompactTarget {
        self.pow_limit.to_compact_lossy()
    }
}

/// Every network's genesis block shares the same coinbase, so the same merkle root.
fn genesis_header(time: u32, bits: u32, nonce: u32) -> Header {
    Header {
        version: 1,
        prev_blockhash: BlockHash::ZERO,
        merkle_root: MerkleNode(GENESIS_MERKLE_ROOT),
        time,
        bits: CompactTarget(bits),
        nonce,
    }
}

/// `4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b` in internal order.
const GENESIS_MERKLE_ROOT: [u8; 32] = [
    0x3b, 0xa3, 0xed, 0xfd, 0x7a, 0x7b, 0x12, 0xb2, 0x7a, 0xc7, 0x2c, 0x3e, 0x67, 0x76, 0x8f, 0x61,
    0x7f, 0xc8, 0x1b, 0xc3, 0x88, 0x8a, 0x51, 0x32, 0x3a, 0x9f, 0xb8, 0xaa, 0x4b, 0x1e, 0x5e, 0x4a,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genesis_hashes() {
        assert_eq!(
            Params::mainnet().genesis_hash().to_string(),
            "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"
        );
        assert_eq!(
            Params::signet().genesis_hash().to_string(),
            "00000008819873e925422c1ff0f99f7cc9bbb232af63a077a480a3633bee1ef6"
        );
        assert_eq!(
            Params::regtest().genesis_hash().to_string(),
            "0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206"
        );
        // Bitcoin Core chainparams.cpp, CTestNetParams: consensus.hashGenesisBlock.
        assert_eq!(
            Params::testnet().genesis_hash().to_string(),
            "000000000933ea01ad0ee984209779baaec3ced90fa3f408719526f8d77f4943"
        );
        for n in [
            Network::Mainnet,
            Network::Testnet,
            Network::Signet,
            Network::Regtest,
        ] {
            let p = Params::new(n);
            assert!(
                p.genesis.validate_pow(&p).is_ok(),
                "{n} genesis meets its own pow"
            );
            assert_eq!(n.to_string().parse::<Network>().unwrap(), n);
        }
        assert_eq!(
            Params::mainnet().pow_limit_bits(),
            CompactTarget(0x1d00ffff)
        );
        assert_eq!(Params::signet().pow_limit_bits(), CompactTarget(0x1e0377ae));
        assert_eq!(
            Params::regtest().pow_limit_bits(),
            CompactTarget(0x207fffff)
        );
        assert_eq!(Params::mainnet().difficulty_adjustment_interval(), 2016);
        assert_eq!(
            "testnet9".parse::<Network>().unwrap_err().to_string(),
            "unknown network \"testnet9\": expected mainnet, testnet, signet or regtest"
        );
    }
}

//! An embedded chain with regtest consensus rules: the block template source minewatch mines
//! on out of the box, with no node to install.
//!
//! It starts at the real regtest genesis block, builds templates (BIP 34 height in a real
//! coinbase, the payout outputs it is given, subsidy by height, regtest difficulty), checks
//! every submitted block with `minewatch-pow`'s full-block checks and moves its tip.

use minewatch_pow::block::{Block, BlockError};
use minewatch_pow::coinbase::bip34_height_script;
use minewatch_pow::subsidy::block_subsidy;
use minewatch_pow::tx::{OutPoint, Transaction, TxIn, TxOut};
use minewatch_pow::{BlockHash, Header, Params, hex};
use thiserror::Error;

use crate::proto::Job;

/// Bytes of the pool's extranonce1 in our coinbases.
pub const EXTRANONCE1_SIZE: usize = 4;
/// Bytes of the miner's extranonce2 in our coinbases.
pub const EXTRANONCE2_SIZE: usize = 4;

/// A block the chain refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ChainError {
    /// It does not build on the tip.
    #[error("block {hash} does not extend the tip {tip}")]
    NotOnTip {
        /// The block.
        hash: BlockHash,
        /// Our tip.
        tip: BlockHash,
    },
    /// It breaks a consensus rule.
    #[error("invalid block: {0}")]
    Invalid(#[from] BlockError),
    /// Its time is not above the median of the last 11 blocks.
    #[error("time-too-old: block time {time} not above median time past {mtp}")]
    TimeTooOld {
        /// Block time.
        time: u32,
        /// Median time past.
        mtp: u32,
    },
}

/// Work for the next block, with the coinbase split around the extranonces as Stratum sends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// Height of the block to mine.
    pub height: u32,
    /// The header fields (merkle root and nonce to be filled in).
    pub header: Header,
    /// Coinbase bytes before the extranonces.
    pub coinb1: Vec<u8>,
    /// Coinbase bytes after the extranonces.
    pub coinb2: Vec<u8>,
    /// The coinbase's total value (subsidy plus fees).
    pub coinbase_value: u64,
    /// Transactions after the coinbase (none in the embedded chain: it has no mempool).
    pub transactions: Vec<Transaction>,
    /// The coinbase carries a BIP 141 witness commitment, so the block's coinbase gets the
    /// 32-byte witness reserved value (all zeros) as its witness.
    pub witness_commitment: bool,
}

impl Template {
    /// The Stratum job for this template.
    pub fn job(&self, job_id: impl Into<String>, clean_jobs: bool) -> Job {
        let ids: Vec<[u8; 32]> = std::iter::once([0u8; 32])
            .chain(self.transactions.iter().map(|t| t.txid().to_byte_array()))
            .collect();
        Job {
            job_id: job_id.into(),
            prev_blockhash: self.header.prev_blockhash,
            coinb1: self.coinb1.clone(),
            coinb2: self.coinb2.clone(),
            merkle_branch: minewatch_pow::merkle::merkle_branch(&ids, 0),
            version: self.header.version as u32,
            bits: self.header.bits,
            ntime: self.header.time,
            clean_jobs,
        }
    }

    /// The full block for a solved header and the extranonces used.
    pub fn block(
        &self,
        header: Header,
        extranonce1: &[u8],
        extranonce2: &[u8],
    ) -> Result<Block, minewatch_pow::tx::DecodeError> {
        let mut raw = self.coinb1.clone();
        raw.extend_from_slice(extranonce1);
        raw.extend_from_slice(extranonce2);
        raw.extend_from_slice(&self.coinb2);
        let mut coinbase = Transaction::decode(&raw)?;
        if self.witness_commitment
            && let Some(input) = coinbase.inputs.first_mut()
        {
            input.witness = vec![vec![0u8; 32]];
        }
        let mut txdata = vec![coinbase];
        txdata.extend(self.transactions.iter().cloned());
        Ok(Block { header, txdata })
    }
}

/// The regtest genesis block, rebuilt from its well-known coinbase.
pub fn regtest_genesis() -> Block {
    // "The Times 03/Jan/2009 Chancellor on brink of second bailout for banks", pushed after
    // the original nBits and the number 4, exactly as Satoshi's coinbase.
    let script_sig = hex::decode(concat!(
        "04ffff001d0104455468652054696d65732030332f4a616e2f32303039204368616e63656c6c6f72",
        "206f6e206272696e6b206f66207365636f6e64206261696c6f757420666f722062616e6b73"
    ))
    .unwrap_or_default();
    let script_pubkey = hex::decode(concat!(
        "4104678afdb0fe5548271967f1a67130b7105cd6a828e03909a67962e0ea1f61deb649f6bc3f4cef38",
        "c4f35504e51ec112de5c384df7ba0b8d578a4c702b6bf11d5fac"
    ))
    .unwrap_or_default();
    let coinbase = Transaction {
        version: 1,
        inputs: vec![TxIn {
            previous_output: OutPoint::NULL,
            script_sig,
            sequence: u32::MAX,
            witness: vec![],
        }],
        outputs: vec![TxOut {
            value: 50 * minewatch_pow::subsidy::COIN,
            script_pubkey,
        }],
        lock_time: 0,
    };
    Block {
        header: Params::regtest().genesis,
        txdata: vec![coinbase],
    }
}

/// The embedded chain.
#[derive(Debug, Clone)]
pub struct LocalChain {
    params: Params,
    blocks: Vec<Block>,
    tag: Vec<u8>,
    bits: Option<minewatch_pow::CompactTarget>,
}

impl Default for LocalChain {
    fn default() -> Self {
        Self::new()
    }
}

impl LocalChain {
    /// A chain holding only the regtest genesis block.
    pub fn new() -> Self {
        Self {
            params: Params::regtest(),
            blocks: vec![regtest_genesis()],
            tag: b"/minewatch/".to_vec(),
            bits: None,
        }
    }

    /// A chain whose new blocks use `bits` instead of the regtest pow limit (any target at or
    /// below the limit is valid under regtest rules). Benchmarks use it so that shares at a
    /// low difficulty are not also blocks.
    pub fn with_bits(bits: minewatch_pow::CompactTarget) -> Self {
        Self {
            bits: Some(bits),
            ..Self::new()
        }
    }

    /// Consensus parameters (regtest).
    pub fn params(&self) -> &Params {
        &self.params
    }

    /// Height of the tip.
    pub fn height(&self) -> u32 {
        (self.blocks.len() - 1) as u32
    }

    /// The tip block.
    pub fn tip(&self) -> &Block {
        &self.blocks[self.blocks.len() - 1]
    }

    /// Every block, genesis first.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// Median time past of the tip (Bitcoin Core `GetMedianTimePast`).
    pub fn median_time_past(&self) -> u32 {
        let mut times: Vec<u32> = self
            .blocks
            .iter()
            .rev()
            .take(11)
            .map(|b| b.header.time)
            .collect();
        times.sort_unstable();
        times[times.len() / 2]
    }

    /// A template for the next block paying `outputs` (their values are scaled so they sum
    /// to the subsidy; an empty list pays everything to an anyone-can-spend `OP_TRUE`). `now`
    /// is the wall-clock time to stamp, raised above the median time past if needed.
    pub fn template(&self, outputs: &[(Vec<u8>, u64)], now: u32) -> Template {
        let height = self.height() + 1;
        let value = block_subsidy(height, &self.params);
        let outputs = split_outputs(outputs, value);
        let time = now.max(self.median_time_past() + 1);
        let (coinb1, coinb2) = coinbase_parts(height, outputs, &self.tag);
        let header = Header {
            version: 0x2000_0000,
            prev_blockhash: self.tip().block_hash(),
            merkle_root: minewatch_pow::MerkleNode::ZERO,
            time,
            bits: self.bits.unwrap_or_else(|| self.params.pow_limit_bits()),
            nonce: 0,
        };
        Template {
            height,
            header,
            coinb1,
            coinb2,
            coinbase_value: value,
            transactions: Vec::new(),
            witness_commitment: false,
        }
    }

    /// Checks `block` as the next block without appending it; returns the height it would get.
    pub fn validate(&self, block: &Block) -> Result<u32, ChainError> {
        let tip = self.tip().block_hash();
        if block.header.prev_blockhash != tip {
            return Err(ChainError::NotOnTip {
                hash: block.block_hash(),
                tip,
            });
        }
        let height = self.height() + 1;
        let mtp = self.median_time_past();
        if block.header.time <= mtp {
            return Err(ChainError::TimeTooOld {
                time: block.header.time,
                mtp,
            });
        }
        block.check(height, 0, &self.params)?;
        Ok(height)
    }

    /// Checks `block` as the next block and appends it.
    pub fn submit(&mut self, block: Block) -> Result<u32, ChainError> {
        let height = self.validate(&block)?;
        self.blocks.push(block);
        Ok(height)
    }
}

/// A coinbase for `height` paying `outputs`, split around the extranonces as Stratum sends it
/// (`coinb1`, `coinb2`). The scriptSig is the BIP 34 height, one push of the
/// [`EXTRANONCE1_SIZE`] + [`EXTRANONCE2_SIZE`] extranonce bytes, then `tag`.
pub fn coinbase_parts(height: u32, outputs: Vec<TxOut>, tag: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let height_push = bip34_height_script(height);
    let extra_len = EXTRANONCE1_SIZE + EXTRANONCE2_SIZE;
    let mut script_sig = height_push.clone();
    script_sig.push(extra_len as u8); // push of the extranonce bytes
    script_sig.extend(std::iter::repeat_n(0u8, extra_len));
    // scriptSig is at most 100 bytes (consensus); the tag is cut to fit.
    let room = 100usize.saturating_sub(script_sig.len());
    script_sig.extend_from_slice(&tag[..tag.len().min(room)]);
    let coinbase = Transaction {
        version: 2,
        inputs: vec![TxIn {
            previous_output: OutPoint::NULL,
            script_sig,
            sequence: u32::MAX,
            witness: vec![],
        }],
        outputs,
        lock_time: 0,
    };
    let raw = coinbase.encode();
    // Split at the extranonce bytes: version(4) + input count(1) + outpoint(36) +
    // script length(1) + height push + push opcode.
    let split = 4 + 1 + 36 + 1 + height_push.len() + 1;
    (raw[..split].to_vec(), raw[split + extra_len..].to_vec())
}

/// Scales the requested output values so they sum exactly to `total` (rounding down, the
/// remainder to the first output).
pub(crate) fn split_outputs(outputs: &[(Vec<u8>, u64)], total: u64) -> Vec<TxOut> {
    let weight: u128 = outputs.iter().map(|(_, w)| u128::from(*w)).sum();
    if outputs.is_empty() || weight == 0 {
        return vec![TxOut {
            value: total,
            script_pubkey: vec![0x51],
        }];
    }
    let mut outs: Vec<TxOut> = outputs
        .iter()
        .map(|(s, w)| TxOut {
            value: (u128::from(total) * u128::from(*w) / weight) as u64,
            script_pubkey: s.clone(),
        })
        .collect();
    let paid: u64 = outs.iter().map(|o| o.value).sum();
    outs[0].value += total - paid;
    outs
}

#[cfg(test)]
mod tests {
    use minewatch_pow::search::{Backend, WorkUnit};

    use super::*;

    #[test]
    fn genesis_is_the_real_regtest_genesis() {
        let g = regtest_genesis();
        assert_eq!(g.compute_merkle_root().root, g.header.merkle_root);
        assert_eq!(
            g.block_hash().to_string(),
            "0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206"
        );
    }

    #[test]
    fn mining_three_blocks_moves_the_tip() {
        let mut chain = LocalChain::new();
        for h in 1..=3u32 {
            let now = 1_700_000_000 + h;
            let t = chain.template(&[(vec![0x00, 0x14, 7], 1), (vec![0x51], 3)], now);
            assert_eq!(t.height, h);
            let job = t.job(format!("j{h}"), true);
            let (en1, en2) = ([1, 2, 3, 4], [5, 6, 7, 8]);
            let mut header = job.header(&en1, &en2, job.ntime, 0, None, 0);
            let work = WorkUnit::new(header, header.target(chain.params()).unwrap());
            header.nonce = work.scan(Backend::best(), 0, 1000).found[0].nonce;
            let block = t.block(header, &en1, &en2).unwrap();
            assert_eq!(
                block.txdata[0].outputs.iter().map(|o| o.value).sum::<u64>(),
                50 * minewatch_pow::subsidy::COIN
            );
            assert_eq!(chain.submit(block.clone()), Ok(h));
            assert!(matches!(
                chain.submit(block),
                Err(ChainError::NotOnTip { .. })
            ));
        }
        assert_eq!(chain.height(), 3);
        // A block with a stale time is refused.
        let t = chain.template(&[], 0);
        assert!(t.header.time > chain.median_time_past());
    }
}

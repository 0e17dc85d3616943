//! Jobs and their search space.

use std::sync::Arc;

use minewatch_pow::merkle::stratum_merkle_root;
use minewatch_pow::{Header, MerkleNode, Target, sha256d};
use thiserror::Error;

/// A job that cannot be mined.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum JobError {
    /// extranonce2 larger than 8 bytes cannot be enumerated (and no pool asks for it).
    #[error("invalid extranonce2 size {0}: expected 0 to 8 bytes")]
    Extranonce2Size(usize),
}

/// The coinbase parts a Stratum pool sends, from which every extranonce2 value gives a new
/// merkle root: `coinbase = coinb1 || extranonce1 || extranonce2 || coinb2`, and the root is
/// the coinbase txid folded through the merkle branch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoinbaseSpace {
    /// Coinbase bytes before the extranonces.
    pub coinb1: Vec<u8>,
    /// The pool's per-connection extranonce.
    pub extranonce1: Vec<u8>,
    /// Bytes of extranonce2 the miner fills in (0 to 8).
    pub extranonce2_size: usize,
    /// Coinbase bytes after the extranonces.
    pub coinb2: Vec<u8>,
    /// Stratum merkle branch (sibling hashes of the coinbase, bottom up).
    pub merkle_branch: Vec<MerkleNode>,
}

impl CoinbaseSpace {
    /// The extranonce2 bytes for counter value `n` (little-endian, as cgminer writes them).
    pub fn extranonce2(&self, n: u64) -> Vec<u8> {
        n.to_le_bytes()[..self.extranonce2_size].to_vec()
    }

    /// The merkle root for extranonce2 bytes `en2`.
    pub fn merkle_root(&self, en2: &[u8]) -> MerkleNode {
        let mut cb = Vec::with_capacity(self.coinb1.len() + 16 + self.coinb2.len());
        cb.extend_from_slice(&self.coinb1);
        cb.extend_from_slice(&self.extranonce1);
        cb.extend_from_slice(en2);
        cb.extend_from_slice(&self.coinb2);
        stratum_merkle_root(sha256d(&cb), &self.merkle_branch)
    }

    /// How many extranonce2 values exist (saturating at `u64::MAX`).
    pub fn count(&self) -> u64 {
        if self.extranonce2_size >= 8 {
            u64::MAX
        } else {
            1u64 << (8 * self.extranonce2_size)
        }
    }
}

/// Work for the miner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The pool's (or chain's) job id, echoed in shares.
    pub id: String,
    /// Header template: version, previous hash, merkle root (unused when a coinbase space is
    /// given), time and bits. Its nonce is ignored.
    pub template: Header,
    /// Hashes at or below this target are shares.
    pub share_target: Target,
    /// BIP 320 / BIP 310 version bits the miner may roll (0: none).
    pub version_mask: u32,
    /// Extranonce2 space, if the job comes with coinbase parts.
    pub coinbase: Option<CoinbaseSpace>,
}

impl Job {
    /// A job over the nonces of one header, no extra space.
    pub fn new(id: impl Into<String>, template: Header, share_target: Target) -> Self {
        Self {
            id: id.into(),
            template,
            share_target,
            version_mask: 0,
            coinbase: None,
        }
    }

    /// Checks the job can be enumerated.
    pub fn validate(&self) -> Result<(), JobError> {
        match &self.coinbase {
            Some(cb) if cb.extranonce2_size > 8 => {
                Err(JobError::Extranonce2Size(cb.extranonce2_size))
            }
            _ => Ok(()),
        }
    }

    /// How many header variants (extranonce2 x rolled versions) the job allows, saturating.
    pub fn variants(&self) -> u64 {
        let versions = 1u64 << self.version_mask.count_ones();
        let en2 = self.coinbase.as_ref().map_or(1, CoinbaseSpace::count);
        en2.saturating_mul(versions)
    }

    /// The header for variant `v`: version bits from the low part of `v` deposited into the
    /// mask, extranonce2 from the rest. Returns the header and the extranonce2 bytes.
    pub fn variant(&self, v: u64) -> (Header, Vec<u8>) {
        let vbits = self.version_mask.count_ones();
        let roll = if vbits == 0 {
            0
        } else {
            v & ((1u64 << vbits) - 1)
        };
        let en2_n = if vbits >= 64 { 0 } else { v >> vbits };
        let mut h = self.template;
        h.version =
            ((h.version as u32 & !self.version_mask) | deposit(roll, self.version_mask)) as i32;
        let en2 = match &self.coinbase {
            Some(cb) => {
                let en2 = cb.extranonce2(en2_n);
                h.merkle_root = cb.merkle_root(&en2);
                en2
            }
            None => Vec::new(),
        };
        (h, en2)
    }
}

/// Scatters the low bits of `x` into the set bits of `mask` (a software `pdep`).
fn deposit(x: u64, mask: u32) -> u32 {
    let mut out = 0u32;
    let mut k = 0;
    for bit in 0..32 {
        if mask & (1 << bit) != 0 {
            if (x >> k) & 1 == 1 {
                out |= 1 << bit;
            }
            k += 1;
        }
    }
    out
}

/// One unit of a thread's work: nonces `[start, start + len)` of variant `variant`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WorkItem {
    pub(crate) variant: u64,
    pub(crate) start: u32,
    pub(crate) len: u64,
}

/// Splits a job among `threads`: each variant's 2^32 nonces into `slices` parts, where
/// `slices = threads` if the job has fewer variants than threads (so every thread has nonces)
/// and 1 otherwise. Thread `t` takes items `t, t + threads, ...`.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    pub(crate) job: Arc<Job>,
    slices: u64,
    items: u64,
}

impl Plan {
    pub(crate) fn new(job: Arc<Job>, threads: usize) -> Self {
        let threads = threads.max(1) as u64;
        let variants = job.variants();
        let slices = if variants < threads { threads } else { 1 };
        let items = variants.saturating_mul(slices);
        Self { job, slices, items }
    }

    /// The `i`-th item of thread `t`, if any is left.
    pub(crate) fn item(&self, t: usize, i: u64, threads: usize) -> Option<WorkItem> {
        let idx = i.checked_mul(threads as u64)?.checked_add(t as u64)?;
        if idx >= self.items {
            return None;
        }
        let variant = idx / self.slices;
        let slice = idx % self.slices;
        let span = (1u64 << 32) / self.slices;
        let start = slice * span;
        let len = if slice == self.slices - 1 {
            (1u64 << 32) - start
        } else {
            span
        };
        Some(WorkItem {
            variant,
            start: start as u32,
            len,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use minewatch_pow::Params;

    use super::*;

    #[test]
    fn deposit_fills_mask_bits() {
        assert_eq!(deposit(0b11, 0x1fff_e000), 0x6000);
        assert_eq!(deposit(0xffff, 0x1fff_e000), 0x1fff_e000);
        assert_eq!(deposit(5, 0), 0);
    }

    #[test]
    fn plan_covers_every_nonce_once_without_variants() {
        let job = Arc::new(Job::new(
            "j",
            Params::mainnet().genesis,
            Target::DIFFICULTY_1,
        ));
        for threads in 1..=5 {
            let plan = Plan::new(job.clone(), threads);
            let mut total = 0u64;
            let mut starts = HashSet::new();
            for t in 0..threads {
                let mut i = 0;
                while let Some(item) = plan.item(t, i, threads) {
                    assert_eq!(item.variant, 0);
                    assert!(starts.insert(item.start));
                    total += item.len;
                    i += 1;
                }
                assert_eq!(i, 1, "every thread gets exactly one slice");
            }
            assert_eq!(total, 1 << 32);
        }
    }

    #[test]
    fn version_rolling_and_extranonce2_give_distinct_headers() {
        let mut job = Job::new("j", Params::mainnet().genesis, Target::DIFFICULTY_1);
        job.version_mask = 0x1fff_e000;
        job.coinbase = Some(CoinbaseSpace {
            coinb1: vec![1, 2, 3],
            extranonce1: vec![0xaa; 4],
            extranonce2_size: 4,
            coinb2: vec![4, 5],
            merkle_branch: vec![MerkleNode([7; 32])],
        });
        assert_eq!(job.variants(), 1u64 << 48);
        let mut seen = HashSet::new();
        for v in [0u64, 1, 65_535, 65_536, 65_537, 1 << 40] {
            let (h, en2) = job.variant(v);
            assert_eq!(h.version as u32 & !0x1fff_e000, 1);
            assert_eq!(en2.len(), 4);
            assert!(seen.insert(h.encode()));
        }
        let (h, en2) = job.variant(65_536);
        assert_eq!(en2, vec![1, 0, 0, 0]);
        assert_eq!(h.version, 1);
        let plan = Plan::new(Arc::new(job.clone()), 2);
        assert_eq!(
            plan.item(1, 0, 2).map(|i| (i.variant, i.start, i.len)),
            Some((1, 0, 1 << 32))
        );
        if let Some(c) = job.coinbase.as_mut() {
            c.extranonce2_size = 9;
        }
        assert_eq!(job.validate(), Err(JobError::Extranonce2Size(9)));
    }
}

//! `mining.notify` jobs and the header a share stands for.

use minewatch_pow::hash::sha256d;
use minewatch_pow::merkle::stratum_merkle_root;
use minewatch_pow::{BlockHash, CompactTarget, Header, MerkleNode, Target, U256, hex};
use serde_json::{Value, json};

/// A job as a pool sends it in `mining.notify`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The pool's job id.
    pub job_id: String,
    /// Previous block hash in internal byte order (the wire form swaps every 4-byte word).
    pub prev_blockhash: BlockHash,
    /// Coinbase bytes before extranonce1.
    pub coinb1: Vec<u8>,
    /// Coinbase bytes after extranonce2.
    pub coinb2: Vec<u8>,
    /// Merkle branch of the coinbase, bottom up, internal byte order.
    pub merkle_branch: Vec<MerkleNode>,
    /// Block version.
    pub version: u32,
    /// nBits.
    pub bits: CompactTarget,
    /// Block time.
    pub ntime: u32,
    /// Drop all earlier jobs.
    pub clean_jobs: bool,
}

/// Stratum's previous-hash encoding: the internal bytes with each 4-byte word reversed.
fn swap_words(b: [u8; 32]) -> [u8; 32] {
    let mut out = [0u8; 32];
    for (o, i) in out.chunks_exact_mut(4).zip(b.chunks_exact(4)) {
        o.copy_from_slice(&[i[3], i[2], i[1], i[0]]);
    }
    out
}

impl Job {
    pub(crate) fn from_notify_params(p: &[Value]) -> Result<Self, String> {
        if p.len() < 9 {
            return Err(format!("expected 9 params, got {}", p.len()));
        }
        let s = |i: usize, what: &str| {
            p[i].as_str()
                .ok_or_else(|| format!("param {i} ({what}) must be a string"))
        };
        let hexv = |i: usize, what: &str| -> Result<Vec<u8>, String> {
            let t = s(i, what)?;
            hex::decode(t).map_err(|e| format!("{what}: {e}"))
        };
        let word = |i: usize, what: &str| -> Result<u32, String> {
            let t = s(i, what)?;
            hex::decode_array::<4>(t)
                .map(u32::from_be_bytes)
                .map_err(|e| format!("{what} {t:?}: {e}"))
        };
        let prev =
            hex::decode_array::<32>(s(1, "prevhash")?).map_err(|e| format!("prevhash: {e}"))?;
        let branch = p[4]
            .as_array()
            .ok_or("param 4 (merkle branch) must be a list")?;
        let merkle_branch = branch
            .iter()
            .map(|h| {
                h.as_str()
                    .ok_or_else(|| "merkle branch entries must be strings".to_owned())
                    .and_then(|t| {
                        hex::decode_array::<32>(t)
                            .map(MerkleNode)
                            .map_err(|e| format!("merkle branch: {e}"))
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if merkle_branch.len() > 32 {
            return Err(format!(
                "merkle branch of {} hashes is deeper than any block",
                merkle_branch.len()
            ));
        }
        Ok(Self {
            job_id: s(0, "job id")?.to_owned(),
            prev_blockhash: BlockHash(swap_words(prev)),
            coinb1: hexv(2, "coinb1")?,
            coinb2: hexv(3, "coinb2")?,
            merkle_branch,
            version: word(5, "version")?,
            bits: CompactTarget(word(6, "nbits")?),
            ntime: word(7, "ntime")?,
            clean_jobs: p[8]
                .as_bool()
                .ok_or("param 8 (clean_jobs) must be a boolean")?,
        })
    }

    pub(crate) fn notify_params(&self) -> Value {
        let branch: Vec<String> = self
            .merkle_branch
            .iter()
            .map(|n| hex::encode(n.as_byte_array()))
            .collect();
        json!([
            self.job_id,
            hex::encode(&swap_words(self.prev_blockhash.to_byte_array())),
            hex::encode(&self.coinb1),
            hex::encode(&self.coinb2),
            branch,
            format!("{:08x}", self.version),
            format!("{:08x}", self.bits.0),
            format!("{:08x}", self.ntime),
            self.clean_jobs,
        ])
    }

    /// The coinbase transaction: `coinb1 || extranonce1 || extranonce2 || coinb2`.
    pub fn coinbase(&self, extranonce1: &[u8], extranonce2: &[u8]) -> Vec<u8> {
        let mut cb = Vec::with_capacity(
            self.coinb1.len() + extranonce1.len() + extranonce2.len() + self.coinb2.len(),
        );
        cb.extend_from_slice(&self.coinb1);
        cb.extend_from_slice(extranonce1);
        cb.extend_from_slice(extranonce2);
        cb.extend_from_slice(&self.coinb2);
        cb
    }

    /// The merkle root: the coinbase txid folded through the branch.
    pub fn merkle_root(&self, extranonce1: &[u8], extranonce2: &[u8]) -> MerkleNode {
        stratum_merkle_root(
            sha256d(&self.coinbase(extranonce1, extranonce2)),
            &self.merkle_branch,
        )
    }

    /// The job's header fields, with a zero merkle root and nonce (the miner fills them in).
    pub fn header_template(&self) -> Header {
        Header {
            version: self.version as i32,
            prev_blockhash: self.prev_blockhash,
            merkle_root: MerkleNode::ZERO,
            time: self.ntime,
            bits: self.bits,
            nonce: 0,
        }
    }

    /// The header a share stands for. `version_bits`, if given, replaces the bits of the
    /// version selected by `version_mask` (BIP 310).
    pub fn header(
        &self,
        extranonce1: &[u8],
        extranonce2: &[u8],
        ntime: u32,
        nonce: u32,
        version_bits: Option<u32>,
        version_mask: u32,
    ) -> Header {
        let version = match version_bits {
            Some(bits) => (self.version & !version_mask) | (bits & version_mask),
            None => self.version,
        };
        Header {
            version: version as i32,
            merkle_root: self.merkle_root(extranonce1, extranonce2),
            time: ntime,
            nonce,
            ..self.header_template()
        }
    }
}

/// A hash's share difficulty: difficulty-1 target over the hash, as pools report it.
pub fn share_difficulty(hash: &BlockHash) -> f64 {
    let h = U256::from_le_bytes(hash.to_byte_array());
    if h.is_zero() {
        return f64::INFINITY;
    }
    Target(h).difficulty_float()
}

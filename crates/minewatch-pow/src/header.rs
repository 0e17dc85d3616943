//! The 80-byte block header.

use thiserror::Error;

use crate::hash::{BlockHash, MerkleNode, sha256d};
use crate::hex::{self, HexError};
use crate::params::Params;
use crate::target::{CompactTarget, Target, TargetError, Work};

/// Size of a serialized header.
pub const HEADER_SIZE: usize = 80;

/// A header could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum HeaderError {
    /// Not exactly 80 bytes.
    #[error("invalid header length {0}: expected 80 bytes")]
    Length(usize),
    /// Not valid hex.
    #[error("invalid header hex: {0}")]
    Hex(#[from] HexError),
}

/// A header that fails proof of work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum PowError {
    /// `nBits` is not a usable target.
    #[error("bad-diffbits: {0}")]
    BadTarget(#[from] TargetError),
    /// The hash is above the target (Bitcoin Core: `high-hash`).
    #[error("high-hash: block hash {hash} above target {bits}")]
    HighHash {
        /// The header's hash.
        hash: BlockHash,
        /// The header's nBits.
        bits: CompactTarget,
    },
}

/// A Bitcoin block header (Bitcoin Core: `CBlockHeader`). All integer fields are serialized
/// little-endian; hashes in internal order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Header {
    /// Block version; since BIP 9 its top bits signal soft forks, and miners roll some of them
    /// (BIP 320).
    pub version: i32,
    /// Hash of the previous block's header.
    pub prev_blockhash: BlockHash,
    /// Merkle root of the block's transaction ids.
    pub merkle_root: MerkleNode,
    /// Block time, seconds since the Unix epoch.
    pub time: u32,
    /// The target in compact form.
    pub bits: CompactTarget,
    /// The nonce.
    pub nonce: u32,
}

impl Header {
    /// Serializes to the 80 consensus bytes.
    pub fn encode(&self) -> [u8; HEADER_SIZE] {
        let mut b = [0u8; HEADER_SIZE];
        b[0..4].copy_from_slice(&self.version.to_le_bytes());
        b[4..36].copy_from_slice(self.prev_blockhash.as_byte_array());
        b[36..68].copy_from_slice(self.merkle_root.as_byte_array());
        b[68..72].copy_from_slice(&self.time.to_le_bytes());
        b[72..76].copy_from_slice(&self.bits.0.to_le_bytes());
        b[76..80].copy_from_slice(&self.nonce.to_le_bytes());
        b
    }

    /// Decodes exactly 80 bytes.
    pub fn decode(bytes: &[u8]) -> Result<Self, HeaderError> {
        let b: &[u8; HEADER_SIZE] = bytes
            .try_into()
            .map_err(|_| HeaderError::Length(bytes.len()))?;
        Ok(Self::from_array(b))
    }

    /// Decodes an 80-byte array; cannot fail.
    pub fn from_array(b: &[u8; HEADER_SIZE]) -> Self {
        let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let hash_at = |i: usize| {
            let mut h = [0u8; 32];
            h.copy_from_slice(&b[i..i + 32]);
            h
        };
        Self {
            version: u32_at(0) as i32,
            prev_blockhash: BlockHash(hash_at(4)),
            merkle_root: MerkleNode(hash_at(36)),
            time: u32_at(68),
            bits: CompactTarget(u32_at(72)),
            nonce: u32_at(76),
        }
    }

    /// Decodes 160 hex digits.
    pub fn from_hex(s: &str) -> Result<Self, HeaderError> {
        let bytes = hex::decode(s.trim())?;
        Self::decode(&bytes)
    }

    /// The 160-digit hex serialization.
    pub fn to_hex(&self) -> String {
        hex::encode(&self.encode())
    }

    /// The block hash: sha256d of the serialized header.
    pub fn block_hash(&self) -> BlockHash {
        BlockHash(sha256d(&self.encode()))
    }

    /// The target this header claims, validated against the network's pow limit.
    pub fn target(&self, params: &Params) -> Result<Target, TargetError> {
        self.bits.to_target(params.pow_limit)
    }

    /// The work this header represents (zero for an unusable target, as Core's `GetBlockProof`).
    pub fn work(&self) -> Work {
        let d = self.bits.decode();
        if d.negative || d.overflow {
            Work::ZERO
        } else {
            d.target.to_work()
        }
    }

    /// Checks proof of work (Bitcoin Core: `CheckProofOfWork`) and returns the hash.
    pub fn validate_pow(&self, params: &Params) -> Result<BlockHash, PowError> {
        let target = self.target(params)?;
        let hash = self.block_hash();
        if target.is_met_by(hash) {
            Ok(hash)
        } else {
            Err(PowError::HighHash {
                hash,
                bits: self.bits,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genesis_round_trip() {
        let hex = "0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c";
        let h = Header::from_hex(hex).unwrap();
        assert_eq!(h, Params::mainnet().genesis);
        assert_eq!(h.to_hex(), hex);
        assert_eq!(h.nonce, 2_083_236_893);
        assert_eq!(
            h.block_hash().to_string(),
            "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"
        );
        assert_eq!(Header::decode(&[0u8; 79]), Err(HeaderError::Length(79)));
        assert_eq!(
            Header::from_hex(&hex[..158]).unwrap_err().to_string(),
            "invalid header length 79: expected 80 bytes"
        );
        assert!(matches!(Header::from_hex("zz"), Err(HeaderError::Hex(_))));
    }

    #[test]
    fn pow_failure_names_hash() {
        let mut h = Params::mainnet().genesis;
        h.nonce ^= 1;
        let e = h.validate_pow(&Params::mainnet()).unwrap_err();
        assert!(e.to_string().starts_with("high-hash: block hash "), "{e}");
        h.bits = CompactTarget(0x1d01ffff);
        assert!(matches!(
            h.validate_pow(&Params::mainnet()),
            Err(PowError::BadTarget(_))
        ));
    }
}

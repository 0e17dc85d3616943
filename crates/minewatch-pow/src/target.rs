//! Targets in their compact (`nBits`) and full 256-bit forms, difficulty and work.

use core::fmt;
use core::ops::{Not as _, Shl as _, Shr as _};

use thiserror::Error;

use crate::hash::BlockHash;
use crate::u256::U256;

/// A target that cannot be used for proof of work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum TargetError {
    /// The sign bit (0x00800000) is set on a non-zero mantissa.
    #[error("invalid nBits {0}: negative target")]
    Negative(CompactTarget),
    /// The exponent pushes the mantissa beyond 256 bits.
    #[error("invalid nBits {0}: target overflows 256 bits")]
    Overflow(CompactTarget),
    /// The target is zero, which no hash can meet.
    #[error("invalid nBits {0}: zero target")]
    Zero(CompactTarget),
    /// The target is easier than the network's proof-of-work limit.
    #[error("invalid nBits {0}: target above the pow limit {1}")]
    AbovePowLimit(CompactTarget, CompactTarget),
}

/// The compact, floating-point-like target encoding of a header's `nBits` field.
///
/// One exponent byte (size in bytes) and a 3-byte mantissa whose top bit is a sign bit. This is
/// OpenSSL's `BN_bn2mpi` format, kept by consensus.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct CompactTarget(pub u32);

/// The result of decoding a [`CompactTarget`] as Bitcoin Core's `arith_uint256::SetCompact` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decoded {
    /// The (possibly truncated) magnitude.
    pub target: Target,
    /// The sign bit was set on a non-zero mantissa.
    pub negative: bool,
    /// The value does not fit in 256 bits.
    pub overflow: bool,
}

impl CompactTarget {
    /// From the raw `nBits` value.
    pub const fn from_consensus(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw `nBits` value.
    pub const fn to_consensus(self) -> u32 {
        self.0
    }

    /// Decodes exactly as Bitcoin Core's `arith_uint256::SetCompact`, including the negative and
    /// overflow flags. When `overflow` is set the returned magnitude is truncated to 256 bits,
    /// as Core's is, and must not be used.
    pub fn decode(self) -> Decoded {
        let size = self.0 >> 24;
        let mut word = self.0 & 0x007f_ffff;
        let target = if size <= 3 {
            word >>= 8 * (3 - size);
            U256::from_u64(u64::from(word))
        } else {
            U256::from_u64(u64::from(word)).shl(8 * (size - 3))
        };
        let negative = word != 0 && (self.0 & 0x0080_0000) != 0;
        let overflow =
            word != 0 && (size > 34 || (word > 0xff && size > 33) || (word > 0xffff && size > 32));
        Decoded {
            target: Target(target),
            negative,
            overflow,
        }
    }

    /// The target for proof of work, rejecting what Bitcoin Core's `DeriveTarget` rejects:
    /// negative, zero, overflowing, or above `pow_limit`.
    pub fn to_target(self, pow_limit: Target) -> Result<Target, TargetError> {
        let d = self.decode();
        if d.negative {
            Err(TargetError::Negative(self))
        } else if d.overflow {
            Err(TargetError::Overflow(self))
        } else if d.target.0.is_zero() {
            Err(TargetError::Zero(self))
        } else if d.target > pow_limit {
            Err(TargetError::AbovePowLimit(
                self,
                pow_limit.to_compact_lossy(),
            ))
        } else {
            Ok(d.target)
        }
    }

    /// Difficulty as Bitcoin Core's `GetDifficulty` computes it for RPC output: `0xffff` over the
    /// mantissa, scaled by 256 per exponent step away from 29.
    pub fn difficulty(self) -> f64 {
        let mut shift = (self.0 >> 24) & 0xff;
        let mut diff = f64::from(0x0000_ffffu32) / f64::from(self.0 & 0x00ff_ffff);
        while shift < 29 {
            diff *= 256.0;
            shift += 1;
        }
        while shift > 29 {
            diff /= 256.0;
            shift -= 1;
        }
        diff
    }
}

impl fmt::Display for CompactTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:08x}", self.0)
    }
}

impl fmt::Debug for CompactTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CompactTarget(0x{:08x})", self.0)
    }
}

impl fmt::LowerHex for CompactTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::LowerHex::fmt(&self.0, f)
    }
}

/// A 256-bit proof-of-work target: a block hash, read as a little-endian number, must be less
/// than or equal to it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Target(pub U256);

impl Target {
    /// The target of difficulty 1 as pools and `getdifficulty` use it: `0xffff << 208`
    /// (mainnet's original `nBits` 0x1d00ffff).
    pub const DIFFICULTY_1: Self = Self(U256([0, 0, 0, 0x0000_0000_ffff_0000]));

    /// From 32 big-endian bytes.
    pub fn from_be_bytes(b: [u8; 32]) -> Self {
        Self(U256::from_be_bytes(b))
    }

    /// To 32 big-endian bytes.
    pub fn to_be_bytes(self) -> [u8; 32] {
        self.0.to_be_bytes()
    }

    /// Encodes as Bitcoin Core's `arith_uint256::GetCompact` (never negative). Lossy: only the
    /// top 23 significant bits survive.
    pub fn to_compact_lossy(self) -> CompactTarget {
        let mut size = self.0.bits().div_ceil(8);
        let mut compact = if size <= 3 {
            (self.0.low_u64() << (8 * (3 - size))) as u32
        } else {
            self.0.shr(8 * (size - 3)).low_u64() as u32
        };
        // The mantissa's top bit is a sign bit: if set, move one byte into the exponent.
        if compact & 0x0080_0000 != 0 {
            compact >>= 8;
            size += 1;
        }
        CompactTarget(compact | (size << 24))
    }

    /// Whether `hash` meets this target (Bitcoin Core: `UintToArith256(hash) <= bnTarget`).
    pub fn is_met_by(self, hash: BlockHash) -> bool {
        U256::from_le_bytes(hash.to_byte_array()) <= self.0
    }

    /// The expected number of hashes to find a block at this target (Bitcoin Core:
    /// `GetBlockProof`): `2^256 / (target + 1)`, computed as `~target / (target + 1) + 1`.
    pub fn to_work(self) -> Work {
        if self.0.is_zero() {
            // Core returns 0 work for invalid targets; a zero target cannot be met.
            return Work(U256::ZERO);
        }
        match self.0.checked_add(U256::ONE) {
            // target == 2^256 - 1: 2^256 / 2^256 == 1.
            None => Work(U256::ONE),
            Some(t1) => {
                let (q, _) = self.0.not().div_rem(t1).unwrap_or((U256::ZERO, U256::ZERO));
                Work(q.checked_add(U256::ONE).unwrap_or(U256::MAX))
            }
        }
    }

    /// Difficulty relative to [`Target::DIFFICULTY_1`] as a float (the "pool difficulty" of a share
    /// target). Infinite for a zero target.
    pub fn difficulty_float(self) -> f64 {
        Self::DIFFICULTY_1.0.to_f64() / self.0.to_f64()
    }

    /// The target for a pool difficulty `d` (Stratum `mining.set_difficulty`):
    /// `DIFFICULTY_1 / d`, saturating at `2^256 - 1`. `None` for non-finite or non-positive `d`.
    pub fn from_difficulty(d: f64) -> Option<Self> {
        if !d.is_finite() || d <= 0.0 {
            return None;
        }
        // d = m * 2^e exactly, with m an integer below 2^53.
        let raw = d.to_bits();
        let exp = ((raw >> 52) & 0x7ff) as i32;
        let frac = raw & ((1u64 << 52) - 1);
        let (m, e) = if exp == 0 {
            (frac, -1074)
        } else {
            (frac | (1 << 52), exp - 1075)
        };
        let m = U256::from_u64(m);
        let one = Self::DIFFICULTY_1.0;
        let q = if e >= 0 {
            // floor(floor(a / m) / 2^e) == floor(a / (m * 2^e)).
            one.div_rem(m)?.0.shr(u32::try_from(e).ok()?)
        } else {
            let s = e.unsigned_abs();
            let room = 256 - one.bits();
            if s <= room {
                one.shl(s).div_rem(m)?.0
            } else {
                let q = one.shl(room).div_rem(m)?.0;
                let more = s - room;
                if q.bits() + more > 256 {
                    U256::MAX
                } else {
                    q.shl(more)
                }
            }
        };
        Some(Self(q))
    }
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Target({:x})", self.0)
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:x}", self.0)
    }
}

/// Work: the expected number of hashes behind a block or a chain (Bitcoin Core: `nChainWork`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Work(pub U256);

impl Work {
    /// No work.
    pub const ZERO: Self = Self(U256::ZERO);

    /// Sum, `None` on overflow (which no real chain reaches).
    pub fn checked_add(self, other: Self) -> Option<Self> {
        self.0.checked_add(other.0).map(Self)
    }

    /// Work times a block count (all blocks in a period share one target).
    pub fn checked_mul(self, n: u64) -> Option<Self> {
        self.0.checked_mul_u64(n).map(Self)
    }

    /// As `f64`, for display and log2 figures.
    pub fn to_f64(self) -> f64 {
        self.0.to_f64()
    }
}

impl fmt::Debug for Work {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Work({:x})", self.0)
    }
}

impl fmt::LowerHex for Work {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Trim leading zeros, as Core's `chainwork` is usually compared by value.
        let s = format!("{:x}", self.0);
        let t = s.trim_start_matches('0');
        f.write_str(if t.is_empty() { "0" } else { t })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bitcoin Core `src/test/arith_uint256_tests.cpp`, `bignum_SetCompact`.
    #[test]
    fn core_set_compact_vectors() {
        // (nBits, expected hex of magnitude, negative, overflow, GetCompact of result)
        let cases: &[(u32, &str, bool, bool, u32)] = &[
            (0, "0", false, false, 0),
            (0x00123456, "0", false, false, 0),
            (0x01003456, "0", false, false, 0),
            (0x02000056, "0", false, false, 0),
            (0x03000000, "0", false, false, 0),
            (0x04000000, "0", false, false, 0),
            (0x00923456, "0", false, false, 0),
            (0x01803456, "0", false, false, 0),
            (0x02800056, "0", false, false, 0),
            (0x03800000, "0", false, false, 0),
            (0x04800000, "0", false, false, 0),
            (0x01123456, "12", false, false, 0x01120000),
            (0x01fedcba, "7e", true, false, 0x01fe0000),
            (0x02123456, "1234", false, false, 0x02123400),
            (0x03123456, "123456", false, false, 0x03123456),
            (0x04123456, "12345600", false, false, 0x04123456),
            (0x04923456, "12345600", true, false, 0x04923456),
            (0x05009234, "92340000", false, false, 0x05009234),
            (
                0x20123456,
                "1234560000000000000000000000000000000000000000000000000000000000",
                false,
                false,
                0x20123456,
            ),
        ];
        for &(bits, hex, neg, ovf, back) in cases {
            let d = CompactTarget(bits).decode();
            let want = format!("{:0>64}", hex);
            assert_eq!(format!("{:x}", d.target.0), want, "nBits {bits:08x}");
            assert_eq!(d.negative, neg, "negative {bits:08x}");
            assert_eq!(d.overflow, ovf, "overflow {bits:08x}");
            // Core re-encodes with the sign; ours is never negative, so compare magnitudes.
            let mut c = d.target.to_compact_lossy().0;
            if neg && c & 0x007f_ffff != 0 {
                c |= 0x0080_0000;
            }
            assert_eq!(c, back, "GetCompact {bits:08x}");
        }
        assert!(CompactTarget(0xff123456).decode().overflow);
    }

    #[test]
    fn to_target_rejects() {
        let limit = CompactTarget(0x1d00ffff).decode().target;
        assert!(matches!(
            CompactTarget(0x04923456).to_target(limit),
            Err(TargetError::Negative(_))
        ));
        assert!(matches!(
            CompactTarget(0xff123456).to_target(limit),
            Err(TargetError::Overflow(_))
        ));
        assert!(matches!(
            CompactTarget(0x01003456).to_target(limit),
            Err(TargetError::Zero(_))
        ));
        assert!(matches!(
            CompactTarget(0x1d01ffff).to_target(limit),
            Err(TargetError::AbovePowLimit(..))
        ));
        assert_eq!(CompactTarget(0x1d00ffff).to_target(limit), Ok(limit));
        assert_eq!(
            CompactTarget(0x1d01ffff)
                .to_target(limit)
                .unwrap_err()
                .to_string(),
            "invalid nBits 0x1d01ffff: target above the pow limit 0x1d00ffff"
        );
    }

    /// Bitcoin Core `GetBlockProof`: `(~target / (target + 1)) + 1`.
    #[test]
    fn work_of_tiny_targets() {
        assert_eq!(Target(U256::ONE).to_work(), Work(U256::ONE.shl(255)));
        assert_eq!(
            Target(U256::from_u64(3)).to_work(),
            Work(U256::ONE.shl(254))
        );
        assert_eq!(Target(U256::MAX.shr(1)).to_work(), Work(U256::from_u64(2)));
    }

    #[test]
    fn difficulty_and_work() {
        assert_eq!(CompactTarget(0x1d00ffff).difficulty(), 1.0);
        // Block 100,000's nBits; getblock reports difficulty 14484.1623612254.
        assert!((CompactTarget(0x1b04864c).difficulty() - 14484.162361225399).abs() < 1e-9);
        let t = CompactTarget(0x1d00ffff).decode().target;
        assert_eq!(format!("{:x}", t.to_work()), "100010001");
        assert_eq!(t.difficulty_float(), 1.0);
        assert_eq!(Target(U256::MAX).to_work(), Work(U256::ONE));
        assert_eq!(Target(U256::ZERO).to_work(), Work::ZERO);
        let d = Target::from_difficulty(1.0).unwrap();
        assert_eq!(d, Target::DIFFICULTY_1);
        let d = Target::from_difficulty(1024.0).unwrap();
        assert_eq!(d.0, Target::DIFFICULTY_1.0.shr(10));
        assert!((Target::from_difficulty(0.001).unwrap().difficulty_float() - 0.001).abs() < 1e-12);
        assert!(
            (Target::from_difficulty(1e14).unwrap().difficulty_float() / 1e14 - 1.0).abs() < 1e-12
        );
        assert_eq!(Target::from_difficulty(0.0), None);
        assert_eq!(Target::from_difficulty(f64::NAN), None);
    }
}

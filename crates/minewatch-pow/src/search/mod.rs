//! Nonce search: scan a range of nonces of a header for hashes that meet a target, with the
//! fastest backend this CPU supports.
//!
//! ```
//! use minewatch_pow::search::{Backend, WorkUnit};
//! use minewatch_pow::{Header, Params};
//!
//! let genesis = Params::mainnet().genesis;
//! let target = genesis.target(&Params::mainnet())?;
//! let work = WorkUnit::new(genesis, target);
//! let scan = work.scan(Backend::best(), genesis.nonce - 1000, 2000);
//! assert_eq!(scan.found[0].nonce, genesis.nonce);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use core::fmt;
use core::str::FromStr;

use sha2::block_api::compress256;
use thiserror::Error;

use crate::hash::{BlockHash, sha256d};
use crate::header::Header;
use crate::target::Target;

mod kernels;

use kernels::Prepared;

/// Candidates a single scan collects before it returns early (only reachable with very easy
/// targets, where almost every nonce is a share).
pub const MAX_FOUND_PER_SCAN: usize = 256;

/// A nonce-search implementation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Backend {
    /// Portable Rust, one nonce at a time; runs on any CPU.
    Scalar,
    /// x86-64 SHA extensions, two nonces interleaved.
    ShaNi2,
    /// x86-64 SHA extensions, three nonces interleaved.
    ShaNi3,
    /// x86-64 SHA extensions, four nonces interleaved.
    ShaNi4,
    /// AVX2, eight nonces per register.
    Avx2,
    /// AVX-512 (F and BW), sixteen nonces per register.
    Avx512,
}

/// A backend name minewatch does not know.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error(
    "unknown hash backend {0:?}: expected one of scalar, avx2, sha-ni-x2, sha-ni-x3, sha-ni-x4, avx512, avx512+sha-ni"
)]
#[non_exhaustive]
pub struct UnknownBackendError(pub String);

impl Backend {
    /// Every backend, fastest last on this project's reference machine.
    pub const ALL: [Backend; 6] = [
        Self::Scalar,
        Self::Avx2,
        Self::ShaNi2,
        Self::ShaNi3,
        Self::ShaNi4,
        Self::Avx512,
    ];

    /// Its name on the command line and in benchmark output.
    pub fn name(self) -> &'static str {
        match self {
            Self::Scalar => "scalar",
            Self::ShaNi2 => "sha-ni-x2",
            Self::ShaNi3 => "sha-ni-x3",
            Self::ShaNi4 => "sha-ni-x4",
            Self::Avx2 => "avx2",
            Self::Avx512 => "avx512",
        }
    }

    /// Nonces one kernel step covers.
    pub fn lanes(self) -> u32 {
        match self {
            Self::Scalar => 1,
            Self::ShaNi2 => 2,
            Self::ShaNi3 => 3,
            Self::ShaNi4 => 4,
            Self::Avx2 => 8,
            Self::Avx512 => 16,
        }
    }

    /// Whether this CPU can run it.
    pub fn is_supported(self) -> bool {
        #[cfg(target_arch = "x86_64")]
        {
            match self {
                Self::Scalar => true,
                Self::ShaNi2 | Self::ShaNi3 | Self::ShaNi4 => {
                    std::arch::is_x86_feature_detected!("sha")
                        && std::arch::is_x86_feature_detected!("sse4.1")
                        && std::arch::is_x86_feature_detected!("ssse3")
                }
                Self::Avx2 => std::arch::is_x86_feature_detected!("avx2"),
                Self::Avx512 => {
                    std::arch::is_x86_feature_detected!("avx512f")
                        && std::arch::is_x86_feature_detected!("avx512bw")
                }
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            self == Self::Scalar
        }
    }

    /// The backends this CPU supports.
    pub fn supported() -> Vec<Backend> {
        Self::ALL.into_iter().filter(|b| b.is_supported()).collect()
    }

    /// The backend to use by default: the last supported in [`Backend::ALL`].
    pub fn best() -> Backend {
        Self::supported().last().copied().unwrap_or(Self::Scalar)
    }

    /// Runs the kernel over `blocks` steps of [`Backend::lanes`] nonces; returns steps done.
    fn run(self, p: &Prepared, start: u32, blocks: u32, out: &mut Vec<u32>, cap: usize) -> u32 {
        if self == Self::Scalar {
            return kernels::scan_scalar(p, start, blocks, out, cap);
        }
        #[cfg(target_arch = "x86_64")]
        if let Some(done) = kernels::scan_x86(self, p, start, blocks, out, cap) {
            return done;
        }
        // Unsupported here (never reached through `WorkUnit::scan`, which checks first).
        kernels::scan_scalar(p, start, blocks.saturating_mul(self.lanes()), out, cap) / self.lanes()
    }
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Backend {
    type Err = UnknownBackendError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|b| b.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownBackendError(s.to_owned()))
    }
}

/// A nonce whose header hash meets the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    /// The nonce.
    pub nonce: u32,
    /// The header's hash with that nonce.
    pub hash: BlockHash,
}

/// What one scan did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scan {
    /// Nonces tried, from the start: equal to the count asked for unless the scan stopped early
    /// because it had collected [`MAX_FOUND_PER_SCAN`] candidates; continue at `start + tried`.
    pub tried: u32,
    /// Nonces that passed early rejection (top 32 bits of the hash at or below the target's)
    /// and were re-hashed in full.
    pub candidates: u32,
    /// Nonces that meet the target, checked against the reference sha256d.
    pub found: Vec<Share>,
}

/// A header prepared for nonce search: the midstate of its first 64 bytes and everything else
/// that does not depend on the nonce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkUnit {
    header: Header,
    target: Target,
    prep: Prepared,
}

impl WorkUnit {
    /// Prepares `header` (its nonce is ignored) for search against `target`.
    pub fn new(header: Header, target: Target) -> Self {
        let bytes = header.encode();
        let mut midstate = kernels::IV;
        let mut block = [0u8; 64];
        block.copy_from_slice(&bytes[..64]);
        compress256(&mut midstate, &[block]);
        let word =
            |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        let w = [word(64), word(68), word(72)];
        // The hash is compared as a little-endian number: its top 32 bits are bytes 28..32.
        let tb = target.to_be_bytes();
        let target_top = u32::from_be_bytes([tb[0], tb[1], tb[2], tb[3]]);
        Self {
            header,
            target,
            prep: Prepared::new(midstate, w, target_top),
        }
    }

    /// The header template.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The target.
    pub fn target(&self) -> Target {
        self.target
    }

    /// Tries `count` nonces from `start` (wrapping past `u32::MAX`) with `backend`, falling back
    /// to the scalar backend if this CPU lacks it.
    pub fn scan(&self, backend: Backend, start: u32, count: u32) -> Scan {
        let backend = if backend.is_supported() {
            backend
        } else {
            Backend::Scalar
        };
        let lanes = backend.lanes();
        let mut candidates = Vec::new();
        let cap = MAX_FOUND_PER_SCAN;
        let blocks = count / lanes;
        let done = backend.run(&self.prep, start, blocks, &mut candidates, cap);
        let mut tried = done * lanes;
        if done == blocks && candidates.len() < cap {
            let tail = count - tried;
            tried += kernels::scan_scalar(
                &self.prep,
                start.wrapping_add(tried),
                tail,
                &mut candidates,
                cap,
            );
        }
        if candidates.len() > cap {
            // A SIMD step pushes all its lanes; keep exactly `cap` and resume after the last.
            candidates.truncate(cap);
            tried = candidates[cap - 1].wrapping_sub(start) + 1;
        }
        let n = candidates.len() as u32;
        let found = candidates
            .into_iter()
            .filter_map(|nonce| self.check(nonce))
            .collect();
        Scan {
            tried,
            candidates: n,
            found,
        }
    }

    /// The share for `nonce` if its hash meets the target (reference sha256d).
    pub fn check(&self, nonce: u32) -> Option<Share> {
        let mut h = self.header;
        h.nonce = nonce;
        let hash = BlockHash(sha256d(&h.encode()));
        self.target.is_met_by(hash).then_some(Share { nonce, hash })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::Params;

    #[test]
    fn every_backend_finds_the_genesis_nonce() {
        let g = Params::mainnet().genesis;
        let work = WorkUnit::new(g, g.target(&Params::mainnet()).unwrap());
        for b in Backend::supported() {
            let s = work.scan(b, g.nonce - 1001, 2003);
            assert_eq!(s.tried, 2003, "{b}");
            assert_eq!(s.found.len(), 1, "{b}");
            assert_eq!(s.found[0].nonce, g.nonce, "{b}");
            assert_eq!(s.found[0].hash, g.block_hash(), "{b}");
        }
    }

    #[test]
    fn extreme_targets_do_not_panic() {
        let g = Params::mainnet().genesis;
        for b in Backend::supported() {
            let zero = WorkUnit::new(g, Target(crate::U256::ZERO));
            let s = zero.scan(b, u32::MAX - 40, 100);
            assert_eq!((s.tried, s.found.len()), (100, 0), "{b}");
            let ones = WorkUnit::new(g, Target(crate::U256::MAX));
            let s = ones.scan(b, u32::MAX - 40, 1000);
            assert_eq!(s.found.len(), MAX_FOUND_PER_SCAN, "{b}");
            assert!(
                s.tried >= MAX_FOUND_PER_SCAN as u32 && s.tried < 1000,
                "{b}"
            );
            // Consecutive nonces, wrapping past u32::MAX.
            assert_eq!(s.found[0].nonce, u32::MAX - 40);
            assert_eq!(s.found[41].nonce, 0);
        }
        assert_eq!("AVX512".parse::<Backend>(), Ok(Backend::Avx512));
        assert!("gpu".parse::<Backend>().is_err());
    }
}

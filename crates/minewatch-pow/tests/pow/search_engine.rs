//! The nonce-search engine against the reference sha256d: every backend this CPU supports, on
//! 100,000 random headers, on real mainnet headers, and on arbitrary work units.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::ops::Shr as _;

use minewatch_pow::search::{Backend, WorkUnit};
use minewatch_pow::{BlockHash, CompactTarget, Header, MerkleNode, Params, Target, U256, sha256d};
use proptest::prelude::*;

const HEADERS: &str = include_str!("../data/headers.tsv");

/// Nonces per random header: one AVX-512 step plus a scalar tail of three, several SHA-NI and
/// AVX2 steps with tails.
const WINDOW: u32 = 19;

fn header_strategy() -> impl Strategy<Value = Header> {
    (
        any::<i32>(),
        any::<[u8; 32]>(),
        any::<[u8; 32]>(),
        any::<u32>(),
        any::<u32>(),
    )
        .prop_map(|(version, prev, merkle, time, bits)| Header {
            version,
            prev_blockhash: BlockHash(prev),
            merkle_root: MerkleNode(merkle),
            time,
            bits: CompactTarget(bits),
            nonce: 0,
        })
}

fn hash_with_nonce(h: &Header, nonce: u32) -> [u8; 32] {
    let mut h = *h;
    h.nonce = nonce;
    sha256d(&h.encode())
}

fn top(hash: &[u8; 32]) -> u32 {
    u32::from_le_bytes([hash[28], hash[29], hash[30], hash[31]])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100_000))]

    /// The target is one of the window's own hashes, so about half the nonces pass early
    /// rejection and some of those fail the full comparison: both the candidate count (which
    /// catches a kernel that lets too many through) and the shares must match the reference.
    #[test]
    fn every_backend_agrees_with_reference_sha256d(h in header_strategy(), start: u32, pick in 0..WINDOW) {
        let hashes: Vec<[u8; 32]> = (0..WINDOW).map(|i| hash_with_nonce(&h, start.wrapping_add(i))).collect();
        let k = &hashes[pick as usize];
        let target = Target(U256::from_le_bytes(*k));
        let want_candidates = hashes.iter().filter(|x| top(x) <= top(k)).count() as u32;
        let want: Vec<(u32, [u8; 32])> = hashes
            .iter()
            .enumerate()
            .filter(|(_, x)| U256::from_le_bytes(**x) <= target.0)
            .map(|(i, x)| (start.wrapping_add(i as u32), *x))
            .collect();
        let work = WorkUnit::new(h, target);
        for b in Backend::supported() {
            let s = work.scan(b, start, WINDOW);
            prop_assert_eq!(s.tried, WINDOW, "{}", b);
            prop_assert_eq!(s.candidates, want_candidates, "{}", b);
            let got: Vec<(u32, [u8; 32])> = s.found.iter().map(|f| (f.nonce, f.hash.to_byte_array())).collect();
            prop_assert_eq!(&got, &want, "{}", b);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Any header, any target (zero, all ones, anything), any range: no panic, and everything
    /// reported is a real share.
    #[test]
    fn arbitrary_work_units_never_panic(
        h in header_strategy(),
        target: [u8; 32],
        shift in 0u32..=256,
        start: u32,
        count in 0u32..600,
    ) {
        let target = Target(U256::from_be_bytes(target).shr(shift));
        let work = WorkUnit::new(h, target);
        for b in Backend::supported() {
            let s = work.scan(b, start, count);
            prop_assert!(s.tried <= count);
            prop_assert!(s.found.len() as u32 <= s.candidates);
            for f in &s.found {
                prop_assert!(target.is_met_by(f.hash));
                prop_assert_eq!(f.hash.to_byte_array(), hash_with_nonce(&h, f.nonce));
            }
        }
    }
}

#[test]
fn every_backend_finds_the_real_nonce_of_real_mainnet_headers() {
    let p = Params::mainnet();
    let mut checked = 0;
    for line in HEADERS.lines().skip(1).step_by(23) {
        let c: Vec<&str> = line.split('\t').collect();
        let h = Header::from_hex(c[1]).unwrap();
        let recorded: BlockHash = c[2].parse().unwrap();
        let target = h.target(&p).unwrap();
        let work = WorkUnit::new(h, target);
        // A window of 4,001 nonces around the real one (clamped at the ends of the range).
        let start = h.nonce.saturating_sub(2000).min(u32::MAX - 4000);
        for b in Backend::supported() {
            let s = work.scan(b, start, 4001);
            assert_eq!(s.found.len(), 1, "{b} height {}", c[0]);
            assert_eq!(s.found[0].nonce, h.nonce, "{b} height {}", c[0]);
            assert_eq!(s.found[0].hash, recorded, "{b} height {}", c[0]);
        }
        checked += 1;
    }
    assert!(checked > 400, "{checked}");
}

#[test]
fn the_scalar_backend_is_always_available() {
    assert!(Backend::Scalar.is_supported());
    assert_eq!(Backend::supported()[0], Backend::Scalar);
    assert!(Backend::best().is_supported());
    // An unsupported backend falls back to scalar rather than failing.
    let g = Params::regtest().genesis;
    let w = WorkUnit::new(g, Target(U256::MAX.shr(1)));
    for b in Backend::ALL {
        assert_eq!(w.scan(b, 0, 10).tried, 10);
    }
}

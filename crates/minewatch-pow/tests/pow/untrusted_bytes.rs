//! Every decoder of untrusted bytes, fed random and mutated bytes: it must return a value or an
//! error, never panic. (The `fuzz/` targets run the same entry points under libFuzzer.)

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use minewatch_pow::chain::{Format, detect_format, parse_headers, verify};
use minewatch_pow::tx::Transaction;
use minewatch_pow::{Block, Header, Params};
use proptest::prelude::*;

const HEADERS: &str = include_str!("../data/headers.tsv");

fn sample_tsv() -> String {
    HEADERS.lines().take(41).collect::<Vec<_>>().join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    #[test]
    fn decoders_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = Header::decode(&bytes);
        let _ = Transaction::decode(&bytes);
        let _ = Block::decode(&bytes);
        for f in [Format::Tsv, Format::Hex, Format::Raw, detect_format(&bytes)] {
            if let Ok(recs) = parse_headers(&bytes, f, 0) {
                let _ = verify(&recs, &Params::mainnet(), |_, _| {});
            }
        }
    }

    #[test]
    fn header_decode_accepts_exactly_80_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let r = Header::decode(&bytes);
        prop_assert_eq!(r.is_ok(), bytes.len() == 80);
        if let Ok(h) = r {
            prop_assert_eq!(&h.encode()[..], &bytes[..]);
        }
    }

    /// Real headers with random bytes overwritten: parsing and verification stay total, and a
    /// changed header byte is always reported.
    #[test]
    fn mutated_real_file_is_parsed_or_rejected(pos in 0usize..4000, byte: u8) {
        let mut t = sample_tsv().into_bytes();
        let pos = pos % t.len();
        let old = t[pos];
        t[pos] = byte;
        match parse_headers(&t, Format::Tsv, 0) {
            Err(e) => prop_assert!(!e.to_string().is_empty()),
            Ok(recs) => {
                let report = verify(&recs, &Params::mainnet(), |_, _| {}).map(|r| r.ok());
                // Same text (after case folding of hex) is still valid.
                if old.eq_ignore_ascii_case(&byte) {
                    prop_assert_eq!(report, Ok(true));
                }
            }
        }
    }

    /// Flipping any byte of a raw header file is caught: the header's hash changes, so its PoW,
    /// recorded link or its child's link fails.
    #[test]
    fn flipped_raw_byte_is_always_detected(i in 0usize..(40 * 80), mask in 1u8..=255) {
        let recs = parse_headers(sample_tsv().as_bytes(), Format::Tsv, 0).unwrap();
        let mut raw: Vec<u8> = recs.iter().flat_map(|r| r.header.encode()).collect();
        raw[i] ^= mask;
        let recs = parse_headers(&raw, Format::Raw, 0).unwrap();
        let report = verify(&recs, &Params::mainnet(), |_, _| {}).unwrap();
        prop_assert!(!report.ok());
        prop_assert!(report.failures.iter().any(|f| f.height as usize == i / 80 || f.height as usize == i / 80 + 1));
    }
}

//! Consensus checks on real mainnet data: every header, every retarget vector, every checkpoint
//! period we can reproduce.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::collections::{BTreeMap, BTreeSet};

use minewatch_pow::chain::{Format, parse_headers, verify};
use minewatch_pow::retarget::calculate_next_work_required;
use minewatch_pow::subsidy::ChainClock;
use minewatch_pow::{BlockHash, CompactTarget, Header, Params, Target, Work};

const HEADERS: &str = include_str!("../data/headers.tsv");
const RETARGETS: &str = include_str!("../data/retarget_vectors.tsv");
const CHECKPOINTS: &str = include_str!("../data/checkpoints.tsv");

fn headers() -> BTreeMap<u32, (Header, BlockHash)> {
    HEADERS
        .lines()
        .skip(1)
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            let h: u32 = c[0].parse().unwrap();
            (h, (Header::from_hex(c[1]).unwrap(), c[2].parse().unwrap()))
        })
        .collect()
}

fn bits(s: &str) -> CompactTarget {
    CompactTarget(u32::from_str_radix(s.trim_start_matches("0x"), 16).unwrap())
}

#[test]
fn every_header_hashes_to_its_recorded_hash_and_meets_its_target() {
    let p = Params::mainnet();
    let all = headers();
    assert_eq!(all.len(), 9367);
    for (height, (h, recorded)) in &all {
        assert_eq!(h.block_hash(), *recorded, "height {height}");
        assert_eq!(h.validate_pow(&p), Ok(*recorded), "height {height}");
        // Round trip of the 80 bytes.
        assert_eq!(Header::decode(&h.encode()).unwrap(), *h);
    }
}

#[test]
fn chain_verify_checks_every_link_and_retarget_and_finds_nothing_wrong() {
    let p = Params::mainnet();
    let recs = parse_headers(HEADERS.as_bytes(), Format::Tsv, 0).unwrap();
    let report = verify(&recs, &p, |_, _| {}).unwrap();
    assert!(
        report.ok(),
        "{:#?}",
        &report.failures[..report.failures.len().min(5)]
    );

    // Count independently what should have been checked.
    let set: BTreeSet<u32> = headers().keys().copied().collect();
    let has = |h: u32| set.contains(&h);
    let links = set.iter().filter(|&&h| h > 0 && has(h - 1)).count() as u64;
    let retargets = set
        .iter()
        .filter(|&&h| h % 2016 == 0 && h >= 2016 && has(h - 1) && has(h - 2016))
        .count() as u64;
    assert_eq!(report.headers, 9367);
    assert_eq!(report.links, links);
    assert_eq!(report.retargets, retargets);
    // The data holds four whole periods (408..411) and many boundary pairs.
    assert!(retargets >= 400, "{retargets}");
    assert_eq!(report.runs.first(), Some(&(0, 438)));
    assert!(report.runs.contains(&(822_527, 830_592)));
    // Chain work of blocks 0..=438, all at difficulty 1: 439 * 0x100010001.
    let (h, w) = report.chainwork_from_genesis.unwrap();
    assert_eq!(h, 438);
    assert_eq!(w, Target::DIFFICULTY_1.to_work().checked_mul(439).unwrap());
}

#[test]
fn every_retarget_vector_gives_the_expected_bits() {
    let p = Params::mainnet();
    let mut n = 0;
    for line in RETARGETS.lines().skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        let last_time: i64 = c[2].parse().unwrap();
        let first_time: i64 = c[4].parse().unwrap();
        let got = calculate_next_work_required(bits(c[5]), first_time, last_time, &p);
        assert_eq!(got, bits(c[6]), "vector {line}");
        assert_eq!(last_time - first_time, c[7].parse::<i64>().unwrap());
        n += 1;
    }
    assert_eq!(n, 417);
}

#[test]
fn checkpoint_periods_are_reproduced() {
    let p = Params::mainnet();
    let all = headers();
    let rows: Vec<Vec<&str>> = CHECKPOINTS
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    let mut reproduced = 0;
    let mut hashes_matched = 0;
    let mut chainworks = 0;
    let mut period_bits = vec![CompactTarget(0x1d00ffff)];
    for r in &rows {
        let k: u32 = r[0].parse().unwrap();
        let (first, last): (u32, u32) = (r[1].parse().unwrap(), r[2].parse().unwrap());
        assert_eq!((first, last), (2016 * k, 2016 * k + 2015));
        let next_bits = bits(r[5]);
        // The target column is the same value in full.
        let t = Target::from_be_bytes(minewatch_pow::hex::decode_array(r[4]).unwrap());
        assert_eq!(t.to_compact_lossy(), next_bits, "period {k}");
        assert_eq!(next_bits.decode().target, t, "period {k}");
        if let Some((h, hash)) = all.get(&last) {
            assert_eq!(hash.to_string(), r[3], "period {k} last hash");
            hashes_matched += 1;
            if let Some((f, _)) = all.get(&first) {
                let got = calculate_next_work_required(h.bits, f.time.into(), h.time.into(), &p);
                assert_eq!(got, next_bits, "period {k}");
                reproduced += 1;
            }
        }
        if let Some(&(fh, _)) = all.get(&first).as_ref() {
            assert_eq!(
                fh.bits, period_bits[k as usize],
                "period {k} first header bits"
            );
        }
        if r.len() > 7 && !r[7].is_empty() {
            // Chain work including the first block of period k: 2016 blocks of each earlier
            // period plus one of this period.
            let mut w = Work::ZERO;
            for b in &period_bits[..k as usize] {
                w = w
                    .checked_add(b.decode().target.to_work().checked_mul(2016).unwrap())
                    .unwrap();
            }
            w = w
                .checked_add(period_bits[k as usize].decode().target.to_work())
                .unwrap();
            assert_eq!(
                format!("{w:x}"),
                r[7].trim_start_matches('0'),
                "period {k} chainwork"
            );
            chainworks += 1;
        }
        period_bits.push(next_bits);
    }
    assert!(reproduced >= 400, "{reproduced}");
    assert!(hashes_matched >= reproduced);
    assert!(chainworks > 0);
    eprintln!(
        "periods reproduced {reproduced}, hashes {hashes_matched}, chainwork rows {chainworks}"
    );
}

#[test]
fn halving_headers_and_the_default_clock_agree_with_real_times() {
    let all = headers();
    let clock = ChainClock::mainnet_default();
    // The clock's anchors are real headers.
    assert_eq!(i64::from(all[&840_000].0.time), 1_713_571_767);
    assert_eq!(i64::from(all[&881_423].0.time), 1_738_195_305);
    // Between its anchors the linear clock tracks real block times within three days (blocks
    // arrive as a Poisson process and the hashrate grows, so it cannot be exact).
    let mut worst = 0;
    for (h, (hd, _)) in all.range(840_000..) {
        let err = (clock.time_of_height(*h) - i64::from(hd.time)).abs();
        worst = worst.max(err);
        assert!(err < 3 * 86_400, "height {h} off by {err}s");
    }
    eprintln!("worst clock error after 840,000: {worst}s");
}

//! Header hashing throughput: the baseline the nonce-search engine is measured against.
//!
//! `cargo bench -p minewatch-pow --bench sha256d` prints hashes per second for:
//! - `sha256d/header`: encode a real header and double-hash it (what verification does);
//! - `sha256d/nonce_loop`: the plain loop a naive miner runs, rewriting the nonce bytes of an
//!   encoded header and double-hashing all 80 bytes each time;
//! - `chain/verify`: full verification of the 9,367 real mainnet headers;
//! - `merkle/root`: the merkle root of 4,000 txids (a full block's worth);
//! - `search/BACKEND`: the nonce-search engine, one thread, per backend this CPU supports.

#![allow(missing_docs)] // criterion_main! generates an undocumented `main`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use minewatch_pow::chain::{Format, parse_headers, verify};
use minewatch_pow::merkle::merkle_root;
use minewatch_pow::search::{Backend, WorkUnit};
use minewatch_pow::{Header, Params, sha256d};

const HEADERS: &str = include_str!("../tests/data/headers.tsv");
const NONCES: u32 = 4096;

fn bench(c: &mut Criterion) {
    let recs = parse_headers(HEADERS.as_bytes(), Format::Tsv, 0).expect("test data parses");
    let header: Header = recs.last().expect("non-empty").header;

    let mut g = c.benchmark_group("sha256d");
    g.throughput(Throughput::Elements(1));
    g.bench_function("header", |b| {
        b.iter(|| black_box(black_box(&header).block_hash()))
    });
    g.throughput(Throughput::Elements(u64::from(NONCES)));
    g.bench_function("nonce_loop", |b| {
        let mut bytes = header.encode();
        b.iter(|| {
            let mut best = [0xffu8; 32];
            for nonce in 0..NONCES {
                bytes[76..80].copy_from_slice(&nonce.to_le_bytes());
                let h = sha256d(&bytes);
                if h[31] < best[31] {
                    best = h;
                }
            }
            black_box(best)
        })
    });
    g.finish();

    let mut g = c.benchmark_group("chain");
    g.throughput(Throughput::Elements(recs.len() as u64));
    g.sample_size(20);
    let p = Params::mainnet();
    g.bench_function("verify", |b| {
        b.iter(|| black_box(verify(&recs, &p, |_, _| {})))
    });
    g.finish();

    // Every nonce-search backend this CPU supports, over the same real header and target.
    let target = header
        .target(&Params::mainnet())
        .expect("real header has a valid target");
    let work = WorkUnit::new(header, target);
    let mut g = c.benchmark_group("search");
    const SPAN: u32 = 1 << 16;
    g.throughput(Throughput::Elements(u64::from(SPAN)));
    for backend in Backend::supported() {
        g.bench_function(backend.name(), |b| {
            let mut start = 0u32;
            b.iter(|| {
                let s = work.scan(backend, start, SPAN);
                start = start.wrapping_add(SPAN);
                black_box(s)
            })
        });
    }
    g.finish();

    let leaves: Vec<[u8; 32]> = (0..4000u32).map(|i| sha256d(&i.to_le_bytes())).collect();
    let mut g = c.benchmark_group("merkle");
    g.throughput(Throughput::Elements(leaves.len() as u64));
    g.bench_function("root", |b| b.iter(|| black_box(merkle_root(&leaves))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

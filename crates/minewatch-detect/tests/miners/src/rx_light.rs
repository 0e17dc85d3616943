//! A RandomX light-mode core for minewatch's robustness harness: the structure of RandomX
//! (tevador/RandomX `doc/specs.md`) as a web miner compiles it. Argon2d fills the cache from
//! the key; eight SuperscalarHash programs turn cache lines into dataset items on the fly
//! (light mode: no 2 GiB dataset); per hash, AesGenerator1R fills the 2 MiB scratchpad,
//! AesGenerator4R writes eight programs of 256 instructions, and an interpreter runs each
//! program for 2,048 iterations over the L1/L2/L3 scratchpad with the integer, floating-point
//! and branch instructions of chapter 5; AesHash1R and Blake2b finish. It hashes; it talks to
//! nothing. Built by `scripts/build-test-wasm.sh`.
//!
//! Where it is not RandomX, said plainly, so nobody takes its output for Monero's:
//! - the cache is 16 MiB, not 256 MiB (the harness runs every transformed core; the cache
//!   index mask is still wider than any scratchpad's, as in RandomX);
//! - SuperscalarHash programs are drawn from Table 6.1.1's instructions with its frequencies,
//!   128 per program, without the reference CPU's port scheduling;
//! - floating point always rounds to nearest: wasm has no rounding modes (CFROUND only
//!   records `fprc`).
// With std: f64::sqrt is wasm's f64.sqrt (core has no stable square root).

const CACHE_BYTES: usize = 16 << 20;
const CACHE_LINES: u64 = (CACHE_BYTES / 64) as u64;
const ARGON_BLOCKS: usize = CACHE_BYTES / 1024;
const ARGON_ITERATIONS: u32 = 3;
const CACHE_ACCESSES: usize = 8;
const SUPERSCALAR_SIZE: usize = 128;
const DATASET_BASE_SIZE: u64 = 2_147_483_648;
const DATASET_EXTRA_SIZE: u64 = 33_554_368;
const PROGRAM_SIZE: usize = 256;
const PROGRAM_ITERATIONS: u32 = 2048;
const PROGRAM_COUNT: usize = 8;
const L3: usize = 2 << 20;
const L1_MASK: u64 = (16384 - 1) & !7;
const L2_MASK: u64 = (262_144 - 1) & !7;
const L3_MASK: u64 = (L3 as u64 - 1) & !7;
const L3_MASK64: u64 = (L3 as u64 - 1) & !63;
const JUMP_BITS: u32 = 8;
const JUMP_OFFSET: u32 = 8;

// ---------------------------------------------------------------- Blake2b (RFC 7693)

const IV: [u64; 8] = [
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
];
const SIGMA: [[u8; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

fn b2_g(v: &mut [u64; 16], a: usize, b: usize, c: usize, d: usize, x: u64, y: u64) {
    v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
    v[d] = (v[d] ^ v[a]).rotate_right(32);
    v[c] = v[c].wrapping_add(v[d]);
    v[b] = (v[b] ^ v[c]).rotate_right(24);
    v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
    v[d] = (v[d] ^ v[a]).rotate_right(16);
    v[c] = v[c].wrapping_add(v[d]);
    v[b] = (v[b] ^ v[c]).rotate_right(63);
}

fn b2_compress(h: &mut [u64; 8], block: &[u8; 128], t: u64, last: bool) {
    let mut m = [0u64; 16];
    for i in 0..16 {
        m[i] = le64(&block[8 * i..]);
    }
    let mut v = [0u64; 16];
    v[..8].copy_from_slice(h);
    v[8..].copy_from_slice(&IV);
    v[12] ^= t;
    if last {
        v[14] = !v[14];
    }
    for r in 0..12 {
        let s = &SIGMA[r % 10];
        let m = |i: usize| m[s[i] as usize];
        b2_g(&mut v, 0, 4, 8, 12, m(0), m(1));
        b2_g(&mut v, 1, 5, 9, 13, m(2), m(3));
        b2_g(&mut v, 2, 6, 10, 14, m(4), m(5));
        b2_g(&mut v, 3, 7, 11, 15, m(6), m(7));
        b2_g(&mut v, 0, 5, 10, 15, m(8), m(9));
        b2_g(&mut v, 1, 6, 11, 12, m(10), m(11));
        b2_g(&mut v, 2, 7, 8, 13, m(12), m(13));
        b2_g(&mut v, 3, 4, 9, 14, m(14), m(15));
    }
    for i in 0..8 {
        h[i] ^= v[i] ^ v[i + 8];
    }
}

/// Blake2b of the concatenation of `parts`, `out.len()` (1..=64) bytes, no key.
fn blake2b(out: &mut [u8], parts: &[&[u8]]) {
    let mut h = IV;
    h[0] ^= 0x0101_0000 ^ out.len() as u64;
    let mut block = [0u8; 128];
    let mut fill = 0;
    let mut total = 0u64;
    for part in parts {
        for &b in *part {
            if fill == 128 {
                total += 128;
                b2_compress(&mut h, &block, total, false);
                fill = 0;
            }
            block[fill] = b;
            fill += 1;
        }
    }
    total += fill as u64;
    block[fill..].fill(0);
    b2_compress(&mut h, &block, total, true);
    for (i, o) in out.iter_mut().enumerate() {
        *o = (h[i / 8] >> (8 * (i % 8))) as u8;
    }
}

fn le64(b: &[u8]) -> u64 {
    u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
}

fn le32(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

/// BlakeGenerator (specs 3.4).
struct BlakeGen {
    state: [u8; 64],
    used: usize,
}

impl BlakeGen {
    fn new(seed: &[u8], nonce: u32) -> BlakeGen {
        let mut state = [0u8; 64];
        let n = seed.len().min(60);
        state[..n].copy_from_slice(&seed[..n]);
        state[60..].copy_from_slice(&nonce.to_le_bytes());
        BlakeGen { state, used: 64 }
    }
    fn refill(&mut self, need: usize) {
        if self.used + need > 64 {
            let s = self.state;
            blake2b(&mut self.state, &[&s]);
            self.used = 0;
        }
    }
    fn byte(&mut self) -> u8 {
        self.refill(1);
        self.used += 1;
        self.state[self.used - 1]
    }
    fn u32(&mut self) -> u32 {
        self.refill(4);
        self.used += 4;
        le32(&self.state[self.used - 4..])
    }
}

// ---------------------------------------------------------------- Argon2d (RFC 9106), the fill

fn blamka(v: &mut [u64; 16], a: usize, b: usize, c: usize, d: usize) {
    let fba = |x: u64, y: u64| {
        x.wrapping_add(y)
            .wrapping_add(2u64.wrapping_mul(x & 0xFFFF_FFFF).wrapping_mul(y & 0xFFFF_FFFF))
    };
    v[a] = fba(v[a], v[b]);
    v[d] = (v[d] ^ v[a]).rotate_right(32);
    v[c] = fba(v[c], v[d]);
    v[b] = (v[b] ^ v[c]).rotate_right(24);
    v[a] = fba(v[a], v[b]);
    v[d] = (v[d] ^ v[a]).rotate_right(16);
    v[c] = fba(v[c], v[d]);
    v[b] = (v[b] ^ v[c]).rotate_right(63);
}

fn permute(v: &mut [u64; 16]) {
    blamka(v, 0, 4, 8, 12);
    blamka(v, 1, 5, 9, 13);
    blamka(v, 2, 6, 10, 14);
    blamka(v, 3, 7, 11, 15);
    blamka(v, 0, 5, 10, 15);
    blamka(v, 1, 6, 11, 12);
    blamka(v, 2, 7, 8, 13);
    blamka(v, 3, 4, 9, 14);
}

/// Argon2's compression G: `out ^= P(x ^ y) ^ (x ^ y)` (version 0x13 XORs over the old block;
/// the first pass writes over zeroes).
fn compress(cache: &mut [u64], out: usize, x: usize, y: usize) {
    let mut r = [0u64; 128];
    for i in 0..128 {
        r[i] = cache[x * 128 + i] ^ cache[y * 128 + i];
    }
    let mut q = r;
    for row in 0..8 {
        let mut v = [0u64; 16];
        v.copy_from_slice(&q[16 * row..16 * row + 16]);
        permute(&mut v);
        q[16 * row..16 * row + 16].copy_from_slice(&v);
    }
    for col in 0..8 {
        let mut v = [0u64; 16];
        for k in 0..8 {
            v[2 * k] = q[2 * col + 16 * k];
            v[2 * k + 1] = q[2 * col + 16 * k + 1];
        }
        permute(&mut v);
        for k in 0..8 {
            q[2 * col + 16 * k] = v[2 * k];
            q[2 * col + 16 * k + 1] = v[2 * k + 1];
        }
    }
    for i in 0..128 {
        cache[out * 128 + i] ^= q[i] ^ r[i];
    }
}

/// Argon2's variable-length hash H' for one 1024-byte block.
fn h_prime_block(block: &mut [u64], seed: &[u8; 72]) {
    let mut bytes = [0u8; 1024];
    let mut v = [0u8; 64];
    blake2b(&mut v, &[&1024u32.to_le_bytes(), seed]);
    bytes[..32].copy_from_slice(&v[..32]);
    for i in 1..31 {
        let prev = v;
        blake2b(&mut v, &[&prev]);
        if i < 30 {
            bytes[32 * i..32 * i + 32].copy_from_slice(&v[..32]);
        } else {
            bytes[960..].copy_from_slice(&v);
        }
    }
    for i in 0..128 {
        block[i] = le64(&bytes[8 * i..]);
    }
}

fn argon2d_fill(cache: &mut [u64], key: &[u8]) {
    let salt = b"RandomX\x03";
    let mut h0 = [0u8; 72];
    let w = |v: u32| v.to_le_bytes();
    blake2b(
        &mut h0[..64],
        &[
            &w(1), &w(0), &w(ARGON_BLOCKS as u32), &w(ARGON_ITERATIONS), &w(0x13), &w(0),
            &w(key.len() as u32), key, &w(salt.len() as u32), salt, &w(0), &w(0),
        ],
    );
    for b in 0..2 {
        h0[64..68].copy_from_slice(&(b as u32).to_le_bytes());
        h0[68..72].fill(0);
        h_prime_block(&mut cache[b * 128..b * 128 + 128], &h0);
    }
    let lane = ARGON_BLOCKS as u64;
    let segment = lane / 4;
    for pass in 0..ARGON_ITERATIONS {
        for slice in 0..4u64 {
            let start = if pass == 0 && slice == 0 { 2 } else { 0 };
            for index in start..segment {
                let cur = slice * segment + index;
                let prev = if cur == 0 { lane - 1 } else { cur - 1 };
                let j1 = cache[prev as usize * 128] & 0xFFFF_FFFF;
                let area = if pass == 0 {
                    slice * segment + index - 1
                } else {
                    lane - segment + index - 1
                };
                let x = (j1 * j1) >> 32;
                let rel = area - 1 - ((area * x) >> 32);
                let first = if pass == 0 || slice == 3 { 0 } else { (slice + 1) * segment };
                let refb = (first + rel) % lane;
                compress(cache, cur as usize, prev as usize, refb as usize);
            }
        }
    }
}

// ---------------------------------------------------------------- AES rounds (T-tables)

static SBOX: [u8; 256] = [
    0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76,
    0xca, 0x82, 0xc9, 0x7d, 0xfa, 0x59, 0x47, 0xf0, 0xad, 0xd4, 0xa2, 0xaf, 0x9c, 0xa4, 0x72, 0xc0,
    0xb7, 0xfd, 0x93, 0x26, 0x36, 0x3f, 0xf7, 0xcc, 0x34, 0xa5, 0xe5, 0xf1, 0x71, 0xd8, 0x31, 0x15,
    0x04, 0xc7, 0x23, 0xc3, 0x18, 0x96, 0x05, 0x9a, 0x07, 0x12, 0x80, 0xe2, 0xeb, 0x27, 0xb2, 0x75,
    0x09, 0x83, 0x2c, 0x1a, 0x1b, 0x6e, 0x5a, 0xa0, 0x52, 0x3b, 0xd6, 0xb3, 0x29, 0xe3, 0x2f, 0x84,
    0x53, 0xd1, 0x00, 0xed, 0x20, 0xfc, 0xb1, 0x5b, 0x6a, 0xcb, 0xbe, 0x39, 0x4a, 0x4c, 0x58, 0xcf,
    0xd0, 0xef, 0xaa, 0xfb, 0x43, 0x4d, 0x33, 0x85, 0x45, 0xf9, 0x02, 0x7f, 0x50, 0x3c, 0x9f, 0xa8,
    0x51, 0xa3, 0x40, 0x8f, 0x92, 0x9d, 0x38, 0xf5, 0xbc, 0xb6, 0xda, 0x21, 0x10, 0xff, 0xf3, 0xd2,
    0xcd, 0x0c, 0x13, 0xec, 0x5f, 0x97, 0x44, 0x17, 0xc4, 0xa7, 0x7e, 0x3d, 0x64, 0x5d, 0x19, 0x73,
    0x60, 0x81, 0x4f, 0xdc, 0x22, 0x2a, 0x90, 0x88, 0x46, 0xee, 0xb8, 0x14, 0xde, 0x5e, 0x0b, 0xdb,
    0xe0, 0x32, 0x3a, 0x0a, 0x49, 0x06, 0x24, 0x5c, 0xc2, 0xd3, 0xac, 0x62, 0x91, 0x95, 0xe4, 0x79,
    0xe7, 0xc8, 0x37, 0x6d, 0x8d, 0xd5, 0x4e, 0xa9, 0x6c, 0x56, 0xf4, 0xea, 0x65, 0x7a, 0xae, 0x08,
    0xba, 0x78, 0x25, 0x2e, 0x1c, 0xa6, 0xb4, 0xc6, 0xe8, 0xdd, 0x74, 0x1f, 0x4b, 0xbd, 0x8b, 0x8a,
    0x70, 0x3e, 0xb5, 0x66, 0x48, 0x03, 0xf6, 0x0e, 0x61, 0x35, 0x57, 0xb9, 0x86, 0xc1, 0x1d, 0x9e,
    0xe1, 0xf8, 0x98, 0x11, 0x69, 0xd9, 0x8e, 0x94, 0x9b, 0x1e, 0x87, 0xe9, 0xce, 0x55, 0x28, 0xdf,
    0x8c, 0xa1, 0x89, 0x0d, 0xbf, 0xe6, 0x42, 0x68, 0x41, 0x99, 0x2d, 0x0f, 0xb0, 0x54, 0xbb, 0x16,
];

const fn gmul(mut a: u8, mut b: u8) -> u8 {
    let mut p = 0u8;
    while b != 0 {
        if b & 1 != 0 {
            p ^= a;
        }
        a = (a << 1) ^ (((a >> 7) & 1) * 0x1b);
        b >>= 1;
    }
    p
}

const fn word(a: u8, b: u8, c: u8, d: u8) -> u32 {
    (a as u32) | ((b as u32) << 8) | ((c as u32) << 16) | ((d as u32) << 24)
}

/// Encryption and decryption T-tables (Te0, Td0; the others are byte rotations).
static TABLES: [[u32; 256]; 2] = {
    let mut inv = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        inv[SBOX[i] as usize] = i as u8;
        i += 1;
    }
    let mut t = [[0u32; 256]; 2];
    i = 0;
    while i < 256 {
        let s = SBOX[i];
        t[0][i] = word(gmul(s, 2), s, s, gmul(s, 3));
        let d = inv[i];
        t[1][i] = word(gmul(d, 14), gmul(d, 9), gmul(d, 13), gmul(d, 11));
        i += 1;
    }
    t
};

/// One AES round on four little-endian columns: encryption (ShiftRows, SubBytes,
/// MixColumns) or decryption (their inverses), then the round key.
fn aes_round(s: &mut [u32; 4], k: &[u32; 4], decrypt: bool) {
    let t = &TABLES[decrypt as usize];
    let x = *s;
    for c in 0..4 {
        let (c1, c2, c3) = if decrypt {
            ((c + 3) % 4, (c + 2) % 4, (c + 1) % 4)
        } else {
            ((c + 1) % 4, (c + 2) % 4, (c + 3) % 4)
        };
        s[c] = t[(x[c] & 0xff) as usize]
            ^ t[((x[c1] >> 8) & 0xff) as usize].rotate_left(8)
            ^ t[((x[c2] >> 16) & 0xff) as usize].rotate_left(16)
            ^ t[(x[c3] >> 24) as usize].rotate_left(24)
            ^ k[c];
    }
}

fn key_of(bytes: [u8; 16]) -> [u32; 4] {
    [le32(&bytes[0..]), le32(&bytes[4..]), le32(&bytes[8..]), le32(&bytes[12..])]
}

const GEN1R_KEYS: [[u8; 16]; 4] = [
    [0x53, 0xa5, 0xac, 0x6d, 0x09, 0x66, 0x71, 0x62, 0x2b, 0x55, 0xb5, 0xdb, 0x17, 0x49, 0xf4, 0xb4],
    [0x07, 0xaf, 0x7c, 0x6d, 0x0d, 0x71, 0x6a, 0x84, 0x78, 0xd3, 0x25, 0x17, 0x4e, 0xdc, 0xa1, 0x0d],
    [0xf1, 0x62, 0x12, 0x3f, 0xc6, 0x7e, 0x94, 0x9f, 0x4f, 0x79, 0xc0, 0xf4, 0x45, 0xe3, 0x20, 0x3e],
    [0x35, 0x81, 0xef, 0x6a, 0x7c, 0x31, 0xba, 0xb1, 0x88, 0x4c, 0x31, 0x16, 0x54, 0x91, 0x16, 0x49],
];
const GEN4R_KEYS: [[u8; 16]; 4] = [
    [0x5d, 0x46, 0x90, 0xf8, 0xa6, 0xe4, 0xfb, 0x7f, 0xb7, 0x82, 0x1f, 0x14, 0x95, 0x9e, 0x35, 0xcf],
    [0x50, 0xc4, 0x55, 0x6a, 0x8a, 0x27, 0xe8, 0xfe, 0xc3, 0x5a, 0x5c, 0xbd, 0xdc, 0xff, 0x41, 0x67],
    [0xa4, 0x47, 0x4c, 0x11, 0xe4, 0xfd, 0x24, 0xd5, 0xd2, 0x9a, 0x27, 0xa7, 0xac, 0x4a, 0x32, 0x3d],
    [0x2a, 0x3a, 0x0c, 0x81, 0xff, 0xae, 0xa9, 0x99, 0xd9, 0xdb, 0xd3, 0x42, 0x08, 0xdb, 0xf6, 0x76],
];
const HASH1R_STATE: [[u8; 16]; 4] = [
    [0x0d, 0x2c, 0xb5, 0x92, 0xde, 0x56, 0xa8, 0x9f, 0x47, 0xdb, 0x82, 0xcc, 0xad, 0x3a, 0x98, 0xd7],
    [0x6e, 0x99, 0x8d, 0x33, 0x98, 0xb7, 0xc7, 0x15, 0x5a, 0x12, 0x9e, 0xf5, 0x57, 0x80, 0xe7, 0xac],
    [0x17, 0x00, 0x77, 0x6a, 0xd0, 0xc7, 0x62, 0xae, 0x6b, 0x50, 0x79, 0x50, 0xe4, 0x7c, 0xa0, 0xe8],
    [0x0c, 0x24, 0x0a, 0x63, 0x8d, 0x82, 0xad, 0x07, 0x05, 0x00, 0xa1, 0x79, 0x48, 0x49, 0x99, 0x7e],
];
const HASH1R_XKEYS: [[u8; 16]; 2] = [
    [0x89, 0x83, 0xfa, 0xf6, 0x9f, 0x94, 0x24, 0x8b, 0xbf, 0x56, 0xdc, 0x90, 0x01, 0x02, 0x89, 0x06],
    [0xd1, 0x63, 0xb2, 0x61, 0x3c, 0xe0, 0xf4, 0x51, 0xc6, 0x43, 0x10, 0xee, 0x9b, 0xf9, 0x18, 0xed],
];

fn state_of(bytes: &[u8; 64]) -> [[u32; 4]; 4] {
    let mut s = [[0u32; 4]; 4];
    for c in 0..4 {
        for w in 0..4 {
            s[c][w] = le32(&bytes[16 * c + 4 * w..]);
        }
    }
    s
}

fn bytes_of(s: &[[u32; 4]; 4], out: &mut [u8]) {
    for c in 0..4 {
        for w in 0..4 {
            out[16 * c + 4 * w..16 * c + 4 * w + 4].copy_from_slice(&s[c][w].to_le_bytes());
        }
    }
}

/// AesGenerator1R (specs 3.2) over `out`, from and back to `seed`.
fn aes_gen1r(seed: &mut [u8; 64], out: &mut [u8]) {
    let keys = [key_of(GEN1R_KEYS[0]), key_of(GEN1R_KEYS[1]), key_of(GEN1R_KEYS[2]), key_of(GEN1R_KEYS[3])];
    let mut s = state_of(seed);
    for chunk in out.chunks_exact_mut(64) {
        for c in 0..4 {
            aes_round(&mut s[c], &keys[c], c % 2 == 0);
        }
        bytes_of(&s, chunk);
    }
    bytes_of(&s, seed);
}

/// AesGenerator4R (specs 3.3).
fn aes_gen4r(seed: &mut [u8; 64], out: &mut [u8]) {
    let keys = [key_of(GEN4R_KEYS[0]), key_of(GEN4R_KEYS[1]), key_of(GEN4R_KEYS[2]), key_of(GEN4R_KEYS[3])];
    let mut s = state_of(seed);
    for chunk in out.chunks_exact_mut(64) {
        for c in 0..4 {
            for k in &keys {
                aes_round(&mut s[c], k, c % 2 == 0);
            }
        }
        bytes_of(&s, chunk);
    }
    bytes_of(&s, seed);
}

/// AesHash1R (specs 3.4) of `input` into 64 bytes.
fn aes_hash1r(input: &[u8], out: &mut [u8]) {
    let mut s = [key_of(HASH1R_STATE[0]), key_of(HASH1R_STATE[1]), key_of(HASH1R_STATE[2]), key_of(HASH1R_STATE[3])];
    for block in input.chunks_exact(64) {
        for c in 0..4 {
            let k = [le32(&block[16 * c..]), le32(&block[16 * c + 4..]), le32(&block[16 * c + 8..]), le32(&block[16 * c + 12..])];
            aes_round(&mut s[c], &k, c % 2 == 1);
        }
    }
    for x in HASH1R_XKEYS {
        let k = key_of(x);
        for c in 0..4 {
            aes_round(&mut s[c], &k, c % 2 == 1);
        }
    }
    bytes_of(&s, out);
}

// ---------------------------------------------------------------- SuperscalarHash and the dataset

#[derive(Clone, Copy)]
enum Ss {
    SubR,
    XorR,
    AddRs(u32),
    MulR,
    RorC(u32),
    AddC(u64),
    XorC(u64),
    MulhR,
    SmulhR,
    MulRcp(u64),
}

#[derive(Clone, Copy)]
struct SsInstr {
    op: Ss,
    dst: usize,
    src: usize,
}

struct Superscalar {
    code: [SsInstr; SUPERSCALAR_SIZE],
    address_register: usize,
}

/// `2^x / d` for the largest x that keeps it under 2^64 (specs 5.2.6).
fn reciprocal(d: u32) -> u64 {
    let d = d as u64;
    let p63 = 1u64 << 63;
    let (q, r) = (p63 / d, p63 % d);
    let shift = 64 - d.leading_zeros();
    (q << shift).wrapping_add((r << shift) / d)
}

fn mulh(a: u64, b: u64) -> u64 {
    ((a as u128 * b as u128) >> 64) as u64
}

fn smulh(a: u64, b: u64) -> u64 {
    ((a as i64 as i128 * b as i64 as i128) >> 64) as u64
}

fn superscalar(bgen: &mut BlakeGen) -> Superscalar {
    let mut code = [SsInstr { op: Ss::SubR, dst: 0, src: 1 }; SUPERSCALAR_SIZE];
    let mut last_mul = [false; 8];
    for slot in code.iter_mut() {
        // Table 6.1.1's frequencies, in 1/64ths.
        let pick = bgen.byte() % 64;
        let dst = (bgen.byte() % 8) as usize;
        let mut src = (bgen.byte() % 8) as usize;
        if src == dst {
            src = (src + 1) % 8;
        }
        let op = match pick {
            0..7 => Ss::SubR,
            7..14 => Ss::XorR,
            14..21 if dst != 5 => Ss::AddRs(bgen.byte() as u32 % 4),
            14..35 if !last_mul[dst] => Ss::MulR,
            14..35 => Ss::XorR,
            35..42 => Ss::RorC(1 + bgen.byte() as u32 % 63),
            42..49 => Ss::AddC(bgen.u32() as i32 as u64),
            49..56 => Ss::XorC(bgen.u32() as i32 as u64),
            56..58 => Ss::MulhR,
            58..60 => Ss::SmulhR,
            _ => {
                let mut d = bgen.u32() | 3;
                if d.is_power_of_two() {
                    d += 1;
                }
                Ss::MulRcp(reciprocal(d))
            }
        };
        last_mul[dst] = matches!(op, Ss::MulR | Ss::MulhR | Ss::SmulhR | Ss::MulRcp(_));
        *slot = SsInstr { op, dst, src };
    }
    Superscalar { code, address_register: (bgen.byte() % 8) as usize }
}

fn run_superscalar(p: &Superscalar, r: &mut [u64; 8]) {
    for i in &p.code {
        let s = r[i.src];
        let d = &mut r[i.dst];
        *d = match i.op {
            Ss::SubR => d.wrapping_sub(s),
            Ss::XorR => *d ^ s,
            Ss::AddRs(sh) => d.wrapping_add(s << sh),
            Ss::MulR => d.wrapping_mul(s),
            Ss::RorC(n) => d.rotate_right(n),
            Ss::AddC(c) => d.wrapping_add(c),
            Ss::XorC(c) => *d ^ c,
            Ss::MulhR => mulh(*d, s),
            Ss::SmulhR => smulh(*d, s),
            Ss::MulRcp(c) => d.wrapping_mul(c),
        };
    }
}

struct Light {
    cache: &'static [u64; CACHE_BYTES / 8],
    programs: &'static [Superscalar; CACHE_ACCESSES],
}

/// One dataset item, computed from the cache (specs 7.3).
fn dataset_item(light: &Light, item: u64, out: &mut [u64; 8]) {
    let r0 = (item + 1).wrapping_mul(6364136223846793005);
    let mut r = [
        r0,
        r0 ^ 9298411001130361340,
        r0 ^ 12065312585734608966,
        r0 ^ 9306329213124626780,
        r0 ^ 5281919268842080866,
        r0 ^ 10536153434571861004,
        r0 ^ 3398623926847679864,
        r0 ^ 9549104520008361294,
    ];
    let mut index = item;
    for p in light.programs {
        let line = ((index % CACHE_LINES) * 8) as usize;
        run_superscalar(p, &mut r);
        for q in 0..8 {
            r[q] ^= light.cache[line + q];
        }
        index = r[p.address_register];
    }
    *out = r;
}

// ---------------------------------------------------------------- the VM

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    IaddRs, IaddM, IsubR, IsubM, ImulR, ImulM, ImulhR, ImulhM, IsmulhR, IsmulhM, ImulRcp,
    InegR, IxorR, IxorM, IrorR, IrolR, IswapR, FswapR, FaddR, FaddM, FsubR, FsubM, FscalR,
    FmulR, FdivM, FsqrtR, Cbranch, Cfround, Istore,
}

/// Table 5.x's frequencies, in opcode order: 256 opcodes over 29 instructions.
const FREQUENCIES: [(Op, u32); 29] = [
    (Op::IaddRs, 25), (Op::IaddM, 7), (Op::IsubR, 16), (Op::IsubM, 7), (Op::ImulR, 16),
    (Op::ImulM, 4), (Op::ImulhR, 4), (Op::ImulhM, 1), (Op::IsmulhR, 4), (Op::IsmulhM, 1),
    (Op::ImulRcp, 8), (Op::InegR, 2), (Op::IxorR, 15), (Op::IxorM, 5), (Op::IrorR, 10),
    (Op::IrolR, 0), (Op::IswapR, 4), (Op::FswapR, 8), (Op::FaddR, 20), (Op::FaddM, 5),
    (Op::FsubR, 20), (Op::FsubM, 5), (Op::FscalR, 6), (Op::FmulR, 20), (Op::FdivM, 4),
    (Op::FsqrtR, 6), (Op::Cbranch, 16), (Op::Cfround, 1), (Op::Istore, 16),
];

#[derive(Clone, Copy)]
struct Instr {
    op: Op,
    dst: usize,
    src: usize,
    modifier: u8,
    imm: u32,
    /// CBRANCH: where it jumps to.
    target: usize,
}

struct Vm {
    r: [u64; 8],
    f: [[f64; 2]; 4],
    e: [[f64; 2]; 4],
    a: [[f64; 2]; 4],
    ma: u64,
    mx: u64,
    read_regs: [usize; 4],
    dataset_offset: u64,
    e_mask: [u64; 2],
    fprc: u32,
    program: [Instr; PROGRAM_SIZE],
}

fn small_positive_float(entropy: u64) -> f64 {
    let exponent = (entropy >> 59) + 1023;
    let mantissa = entropy & ((1 << 52) - 1);
    f64::from_bits((exponent << 52) | mantissa)
}

fn e_mask_of(entropy: u64) -> u64 {
    let exponent = ((entropy >> 60) << 3) | 3;
    ((exponent + 1023 - 0x3ff + 0x300) << 52 & 0x7FF0_0000_0000_0000) | (entropy & ((1 << 22) - 1))
}

/// Programs the VM from `128 + 8 * PROGRAM_SIZE` bytes (specs 4.5) and decodes the program,
/// resolving each CBRANCH's target (specs 5.4.2).
fn program(vm: &mut Vm, bytes: &[u8]) {
    let q = |i: usize| le64(&bytes[8 * i..]);
    for i in 0..4 {
        vm.a[i] = [small_positive_float(q(2 * i)), small_positive_float(q(2 * i + 1))];
    }
    vm.ma = q(8) & 0xFFFF_FFFF;
    vm.mx = q(10) & 0xFFFF_FFFF;
    let sel = q(12);
    for i in 0..4 {
        vm.read_regs[i] = 2 * i + ((sel >> i) & 1) as usize;
    }
    vm.dataset_offset = (q(13) % (DATASET_EXTRA_SIZE / 64 + 1)) * 64;
    vm.e_mask = [e_mask_of(q(14)), e_mask_of(q(15))];
    let mut opcodes = [Op::IaddRs; 256];
    let mut n = 0;
    for (op, f) in FREQUENCIES {
        for _ in 0..f {
            opcodes[n] = op;
            n += 1;
        }
    }
    let mut modified = [None::<usize>; 8];
    for pc in 0..PROGRAM_SIZE {
        let w = &bytes[128 + 8 * pc..];
        let op = opcodes[w[0] as usize];
        let (dst, src) = ((w[1] % 8) as usize, (w[2] % 8) as usize);
        let imm = le32(&w[4..]);
        let mut target = 0;
        match op {
            Op::Cbranch => {
                target = modified[dst].map_or(0, |m| m + 1);
                modified = [Some(pc); 8];
            }
            Op::ImulRcp if imm == 0 || imm.is_power_of_two() => {}
            Op::IswapR if dst != src => {
                modified[dst] = Some(pc);
                modified[src] = Some(pc);
            }
            Op::IswapR => {}
            Op::IaddRs | Op::IaddM | Op::IsubR | Op::IsubM | Op::ImulR | Op::ImulM
            | Op::ImulhR | Op::ImulhM | Op::IsmulhR | Op::IsmulhM | Op::ImulRcp | Op::InegR
            | Op::IxorR | Op::IxorM | Op::IrorR | Op::IrolR => modified[dst] = Some(pc),
            _ => {}
        }
        vm.program[pc] = Instr { op, dst, src, modifier: w[3], imm, target };
    }
}

fn load64(pad: &[u8], addr: u64) -> u64 {
    le64(&pad[addr as usize..])
}

fn store64(pad: &mut [u8], addr: u64, v: u64) {
    pad[addr as usize..addr as usize + 8].copy_from_slice(&v.to_le_bytes());
}

fn int_pair(v: u64) -> [f64; 2] {
    [v as u32 as i32 as f64, (v >> 32) as u32 as i32 as f64]
}

fn e_pair(v: u64, mask: [u64; 2]) -> [f64; 2] {
    let p = int_pair(v);
    let fix = |x: f64, m: u64| f64::from_bits((x.to_bits() & 0x00FF_FFFF_FFFF_FFFF) | m);
    [fix(p[0], mask[0]), fix(p[1], mask[1])]
}

/// Runs the program once (one iteration's 256 instructions, branches included).
fn execute(vm: &mut Vm, pad: &mut [u8]) {
    let mut pc = 0;
    while pc < PROGRAM_SIZE {
        let i = vm.program[pc];
        let imm = i.imm as i32 as i64 as u64;
        let level = if i.modifier % 4 != 0 { L1_MASK } else { L2_MASK };
        let mem = |vm: &Vm, pad: &[u8]| {
            if i.src == i.dst {
                load64(pad, imm & L3_MASK)
            } else {
                load64(pad, vm.r[i.src].wrapping_add(imm) & level)
            }
        };
        let src = if i.src == i.dst { imm } else { vm.r[i.src] };
        match i.op {
            Op::IaddRs => {
                let s = if i.src == i.dst { vm.r[i.dst] } else { vm.r[i.src] };
                let mut v = vm.r[i.dst].wrapping_add(s << ((i.modifier >> 2) % 4));
                if i.dst == 5 {
                    v = v.wrapping_add(imm);
                }
                vm.r[i.dst] = v;
            }
            Op::IaddM => vm.r[i.dst] = vm.r[i.dst].wrapping_add(mem(vm, pad)),
            Op::IsubR => vm.r[i.dst] = vm.r[i.dst].wrapping_sub(src),
            Op::IsubM => vm.r[i.dst] = vm.r[i.dst].wrapping_sub(mem(vm, pad)),
            Op::ImulR => vm.r[i.dst] = vm.r[i.dst].wrapping_mul(src),
            Op::ImulM => vm.r[i.dst] = vm.r[i.dst].wrapping_mul(mem(vm, pad)),
            Op::ImulhR => vm.r[i.dst] = mulh(vm.r[i.dst], vm.r[i.src]),
            Op::ImulhM => vm.r[i.dst] = mulh(vm.r[i.dst], mem(vm, pad)),
            Op::IsmulhR => vm.r[i.dst] = smulh(vm.r[i.dst], vm.r[i.src]),
            Op::IsmulhM => vm.r[i.dst] = smulh(vm.r[i.dst], mem(vm, pad)),
            Op::ImulRcp => {
                if i.imm != 0 && !i.imm.is_power_of_two() {
                    vm.r[i.dst] = vm.r[i.dst].wrapping_mul(reciprocal(i.imm));
                }
            }
            Op::InegR => vm.r[i.dst] = vm.r[i.dst].wrapping_neg(),
            Op::IxorR => vm.r[i.dst] ^= src,
            Op::IxorM => vm.r[i.dst] ^= mem(vm, pad),
            Op::IrorR => vm.r[i.dst] = vm.r[i.dst].rotate_right((src % 64) as u32),
            Op::IrolR => vm.r[i.dst] = vm.r[i.dst].rotate_left((src % 64) as u32),
            Op::IswapR => vm.r.swap(i.dst, i.src),
            Op::FswapR => {
                let d = i.dst % 8;
                let reg = if d < 4 { &mut vm.f[d] } else { &mut vm.e[d - 4] };
                reg.swap(0, 1);
            }
            Op::FaddR | Op::FsubR => {
                let (d, s) = (i.dst % 4, vm.a[i.src % 4]);
                let sign = if i.op == Op::FaddR { 1.0 } else { -1.0 };
                vm.f[d] = [vm.f[d][0] + sign * s[0], vm.f[d][1] + sign * s[1]];
            }
            Op::FaddM | Op::FsubM => {
                let m = int_pair(load64(pad, vm.r[i.src].wrapping_add(imm) & level));
                let d = i.dst % 4;
                vm.f[d] = if i.op == Op::FaddM {
                    [vm.f[d][0] + m[0], vm.f[d][1] + m[1]]
                } else {
                    [vm.f[d][0] - m[0], vm.f[d][1] - m[1]]
                };
            }
            Op::FscalR => {
                let d = i.dst % 4;
                for h in 0..2 {
                    vm.f[d][h] = f64::from_bits(vm.f[d][h].to_bits() ^ 0x80F0_0000_0000_0000);
                }
            }
            Op::FmulR => {
                let (d, s) = (i.dst % 4, vm.a[i.src % 4]);
                vm.e[d] = [vm.e[d][0] * s[0], vm.e[d][1] * s[1]];
            }
            Op::FdivM => {
                let m = e_pair(load64(pad, vm.r[i.src].wrapping_add(imm) & level), vm.e_mask);
                let d = i.dst % 4;
                vm.e[d] = [vm.e[d][0] / m[0], vm.e[d][1] / m[1]];
            }
            Op::FsqrtR => {
                let d = i.dst % 4;
                vm.e[d] = [sqrt(vm.e[d][0]), sqrt(vm.e[d][1])];
            }
            Op::Cbranch => {
                let b = (i.modifier >> 4) as u32 + JUMP_OFFSET;
                let cimm = (imm | (1 << b)) & !(1u64 << (b - 1));
                vm.r[i.dst] = vm.r[i.dst].wrapping_add(cimm);
                if vm.r[i.dst] & (((1 << JUMP_BITS) - 1) << b) == 0 {
                    pc = i.target;
                    continue;
                }
            }
            Op::Cfround => vm.fprc = (src.rotate_right(i.imm % 64) % 4) as u32,
            Op::Istore => {
                let mask = if (i.modifier >> 4) >= 14 { L3_MASK } else { level };
                store64(pad, vm.r[i.dst].wrapping_add(imm) & mask, vm.r[i.src]);
            }
        }
        pc += 1;
    }
}

fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// Executes the VM (specs 4.6): 2,048 iterations of the program over the scratchpad, each
/// reading and writing 64-byte lines of L3 and one dataset item computed from the cache.
fn run(vm: &mut Vm, pad: &mut [u8], light: &Light) {
    let mut sp0 = vm.mx;
    let mut sp1 = vm.ma;
    vm.r = [0; 8];
    for _ in 0..PROGRAM_ITERATIONS {
        let mix = vm.r[vm.read_regs[0]] ^ vm.r[vm.read_regs[1]];
        sp0 = (sp0 ^ mix) & L3_MASK64;
        sp1 = (sp1 ^ (mix >> 32)) & L3_MASK64;
        for k in 0..8 {
            vm.r[k] ^= load64(pad, sp0 + 8 * k as u64);
        }
        for k in 0..4 {
            vm.f[k] = int_pair(load64(pad, sp1 + 8 * k as u64));
            vm.e[k] = e_pair(load64(pad, sp1 + 8 * (4 + k) as u64), vm.e_mask);
        }
        execute(vm, pad);
        vm.mx ^= (vm.r[vm.read_regs[2]] ^ vm.r[vm.read_regs[3]]) & 0xFFFF_FFFF;
        let mut item = [0u64; 8];
        dataset_item(light, (vm.dataset_offset + vm.ma % DATASET_BASE_SIZE) / 64, &mut item);
        for k in 0..8 {
            vm.r[k] ^= item[k];
        }
        core::mem::swap(&mut vm.mx, &mut vm.ma);
        for k in 0..8 {
            store64(pad, sp1 + 8 * k as u64, vm.r[k]);
        }
        for k in 0..4 {
            for h in 0..2 {
                let v = vm.f[k][h].to_bits() ^ vm.e[k][h].to_bits();
                store64(pad, sp0 + 16 * k as u64 + 8 * h as u64, v);
            }
        }
        sp0 = 0;
        sp1 = 0;
    }
}

fn register_file(vm: &Vm, out: &mut [u8; 256]) {
    for k in 0..8 {
        out[8 * k..8 * k + 8].copy_from_slice(&vm.r[k].to_le_bytes());
    }
    for (g, regs) in [&vm.f, &vm.e, &vm.a].into_iter().enumerate() {
        for k in 0..4 {
            for h in 0..2 {
                let at = 64 + 64 * g + 16 * k + 8 * h;
                out[at..at + 8].copy_from_slice(&regs[k][h].to_bits().to_le_bytes());
            }
        }
    }
}

static mut CACHE: [u64; CACHE_BYTES / 8] = [0; CACHE_BYTES / 8];
static mut READY: bool = false;
static mut PROGRAMS: [Superscalar; CACHE_ACCESSES] = [const { Superscalar { code: [SsInstr { op: Ss::SubR, dst: 0, src: 0 }; SUPERSCALAR_SIZE], address_register: 0 } }; CACHE_ACCESSES];
static mut SCRATCHPAD: [u8; L3] = [0; L3];
static mut VM: Vm = Vm {
    r: [0; 8],
    f: [[0.0; 2]; 4],
    e: [[0.0; 2]; 4],
    a: [[0.0; 2]; 4],
    ma: 0,
    mx: 0,
    read_regs: [0; 4],
    dataset_offset: 0,
    e_mask: [0; 2],
    fprc: 0,
    program: [Instr { op: Op::IaddRs, dst: 0, src: 0, modifier: 0, imm: 0, target: 0 }; PROGRAM_SIZE],
};
static mut IO: [u8; 256] = [0; 256];

/// The key the cache is built from (RandomX changes it every 2,048 Monero blocks).
const KEY: &[u8] = b"minewatch harness RandomX key";

/// Where the caller puts the input (bytes 0..128) and finds the hash (bytes 128..160).
#[unsafe(no_mangle)]
pub extern "C" fn io_buffer() -> *mut u8 {
    core::ptr::addr_of_mut!(IO).cast()
}

/// RandomX in light mode (specs chapter 2): 32 bytes to `out`.
#[unsafe(no_mangle)]
pub extern "C" fn randomx_hash(input: *const u8, len: usize, out: *mut u8) {
    let cache = unsafe { &mut *core::ptr::addr_of_mut!(CACHE) };
    let programs = unsafe { &mut *core::ptr::addr_of_mut!(PROGRAMS) };
    let pad = unsafe { &mut *core::ptr::addr_of_mut!(SCRATCHPAD) };
    let vm = unsafe { &mut *core::ptr::addr_of_mut!(VM) };
    if unsafe { !READY } {
        argon2d_fill(cache, KEY);
        let mut bgen = BlakeGen::new(KEY, 0);
        for p in programs.iter_mut() {
            *p = superscalar(&mut bgen);
        }
        unsafe { READY = true };
    }
    let light = Light { cache, programs };
    let data = unsafe { core::slice::from_raw_parts(input, len) };
    let mut seed = [0u8; 64];
    blake2b(&mut seed, &[data]);
    aes_gen1r(&mut seed, pad);
    let mut bytes = [0u8; 128 + 8 * PROGRAM_SIZE];
    let mut file = [0u8; 256];
    for n in 0..PROGRAM_COUNT {
        aes_gen4r(&mut seed, &mut bytes);
        vm.fprc = 0;
        program(vm, &bytes);
        run(vm, pad, &light);
        if n + 1 < PROGRAM_COUNT {
            register_file(vm, &mut file);
            blake2b(&mut seed, &[&file]);
        }
    }
    register_file(vm, &mut file);
    aes_hash1r(pad, &mut file[192..]);
    let o = unsafe { core::slice::from_raw_parts_mut(out, 32) };
    blake2b(o, &[&file]);
}

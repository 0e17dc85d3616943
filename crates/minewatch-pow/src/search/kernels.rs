//! The nonce-search kernels: the only `unsafe` code in minewatch.
//!
//! One sha256d algorithm is written once over a [`Lanes`] type (a `u32`, or 8 or 16 `u32`
//! lanes of an AVX2 or AVX-512 register), plus a separate SHA-NI kernel that interleaves `N`
//! independent nonces to hide the latency of `sha256rnds2`. Every kernel uses the same tricks:
//! the midstate of the header's first 64 bytes; the first rounds of the second block, which do
//! not depend on the nonce, precomputed; message words that are zero or constant folded away;
//! and the second hash stopped after round 60, when state word 7 of the result is known, so a
//! nonce is rejected without finishing the hash. Survivors are candidates: the caller re-hashes
//! them with the reference `sha256d` and compares against the full target.
//!
//! Safety: SIMD kernels execute instructions of the extensions they are named after. They are
//! `unsafe fn`s with `#[target_feature]`, called only from `super::Backend::scan` after
//! `is_x86_feature_detected!` confirmed those extensions on this CPU; the [`Lanes`] impls for
//! SIMD types are private to this module and reached only from those kernels.

#![allow(unsafe_code)] // The one module allowed it (STYLE.md): SIMD and SHA-NI intrinsics.

/// SHA-256 round constants (FIPS 180-4).
pub(crate) const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/// SHA-256 initial state.
pub(crate) const IV: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/// Everything about a work unit that does not depend on the nonce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Prepared {
    /// State after the header's first 64 bytes.
    pub(crate) midstate: [u32; 8],
    /// Words 0..3 of the second block: the merkle root's last 4 bytes, time, bits.
    pub(crate) w: [u32; 3],
    /// Rotated state slots after rounds 0, 1 and 2 of the second block (see [`round`]).
    pub(crate) s3: [u32; 8],
    /// Schedule words 16 and 17 of the second block: they do not depend on the nonce.
    pub(crate) w16: u32,
    pub(crate) w17: u32,
    /// Plain `a..h` after rounds 0 and 1, for the SHA-NI kernel (which works in round pairs).
    pub(crate) s2: [u32; 8],
    /// The target's most significant 32 bits: a hash whose top word is above it cannot meet it.
    pub(crate) target_top: u32,
}

impl Prepared {
    pub(crate) fn new(midstate: [u32; 8], w: [u32; 3], target_top: u32) -> Self {
        let mut s = midstate;
        round::<u32>(&mut s, 0, K[0].wrapping_add(w[0]));
        round::<u32>(&mut s, 1, K[1].wrapping_add(w[1]));
        // After two rounds variable j sits in slot (j + 6) % 8; store them in order.
        let s2 = core::array::from_fn(|j| s[(j + 8 - 2) % 8]);
        round::<u32>(&mut s, 2, K[2].wrapping_add(w[2]));
        // W16 = s1(W14) + W9 + s0(W1) + W0 and W17 = s1(W15) + W10 + s0(W2) + W1, with
        // W9 = W10 = W14 = 0 and W15 = 640 (the bit length of an 80-byte message).
        let w16 = ssig0_u32(w[1]).wrapping_add(w[0]);
        let w17 = ssig1_u32(640)
            .wrapping_add(ssig0_u32(w[2]))
            .wrapping_add(w[1]);
        Self {
            midstate,
            w,
            s3: s,
            w16,
            w17,
            s2,
            target_top,
        }
    }
}

fn ssig0_u32(x: u32) -> u32 {
    x.rotate_right(7) ^ x.rotate_right(18) ^ (x >> 3)
}

fn ssig1_u32(x: u32) -> u32 {
    x.rotate_right(17) ^ x.rotate_right(19) ^ (x >> 10)
}

/// Lane-parallel 32-bit operations that SHA-256 needs.
pub(crate) trait Lanes: Copy {
    fn splat(x: u32) -> Self;
    fn add(a: Self, b: Self) -> Self;
    /// Σ0 (big sigma 0).
    fn bsig0(x: Self) -> Self;
    /// Σ1.
    fn bsig1(x: Self) -> Self;
    /// σ0 (small sigma 0, message schedule).
    fn ssig0(x: Self) -> Self;
    /// σ1.
    fn ssig1(x: Self) -> Self;
    fn ch(e: Self, f: Self, g: Self) -> Self;
    fn maj(a: Self, b: Self, c: Self) -> Self;
}

impl Lanes for u32 {
    #[inline(always)]
    fn splat(x: u32) -> Self {
        x
    }
    #[inline(always)]
    fn add(a: Self, b: Self) -> Self {
        a.wrapping_add(b)
    }
    #[inline(always)]
    fn bsig0(x: Self) -> Self {
        x.rotate_right(2) ^ x.rotate_right(13) ^ x.rotate_right(22)
    }
    #[inline(always)]
    fn bsig1(x: Self) -> Self {
        x.rotate_right(6) ^ x.rotate_right(11) ^ x.rotate_right(25)
    }
    #[inline(always)]
    fn ssig0(x: Self) -> Self {
        ssig0_u32(x)
    }
    #[inline(always)]
    fn ssig1(x: Self) -> Self {
        ssig1_u32(x)
    }
    #[inline(always)]
    fn ch(e: Self, f: Self, g: Self) -> Self {
        g ^ (e & (f ^ g))
    }
    #[inline(always)]
    fn maj(a: Self, b: Self, c: Self) -> Self {
        (a & b) | (c & (a | b))
    }
}

/// One SHA-256 round on rotated slots: at round `i`, variable `a` lives in slot `(8 - i % 8) % 8`,
/// `b` in the next slot and so on, so no value is ever moved. `kw` is `K[i] + W[i]`.
#[inline(always)]
fn round<V: Lanes>(s: &mut [V; 8], i: usize, kw: V) {
    let r = i % 8;
    let at = |j: usize| (j + 8 - r) % 8;
    let (a, b, c, d) = (s[at(0)], s[at(1)], s[at(2)], s[at(3)]);
    let (e, f, g, h) = (s[at(4)], s[at(5)], s[at(6)], s[at(7)]);
    let t1 = V::add(V::add(h, V::bsig1(e)), V::add(V::ch(e, f, g), kw));
    let t2 = V::add(V::bsig0(a), V::maj(a, b, c));
    s[at(3)] = V::add(d, t1);
    s[at(7)] = V::add(t1, t2);
}

/// Message word `i >= 16` from the 16-word window `w` (indexed modulo 16), stored in place.
#[inline(always)]
fn expand<V: Lanes>(w: &mut [V; 16], i: usize) -> V {
    let v = V::add(
        V::add(V::ssig1(w[(i - 2) % 16]), w[(i - 7) % 16]),
        V::add(V::ssig0(w[(i - 15) % 16]), w[(i - 16) % 16]),
    );
    w[i % 16] = v;
    v
}

macro_rules! for_rounds {
    ($f:ident; $($i:literal)*) => { $( $f!($i); )* };
}

/// sha256d of the header with nonce word `w3` (already byte-swapped into SHA's big-endian word
/// order) in every lane; returns `IV[7] + e` after round 60 of the second hash, which is state
/// word 7 of the final hash: the most significant 32 bits of the block hash, byte-swapped.
#[inline(always)]
pub(crate) fn sha256d_top<V: Lanes>(p: &Prepared, w3: V) -> V {
    // First hash, second block: rounds 3..63 from the precomputed state.
    let mut s: [V; 8] = core::array::from_fn(|j| V::splat(p.s3[j]));
    let z = V::splat(0);
    let mut w: [V; 16] = [
        V::splat(p.w[0]),
        V::splat(p.w[1]),
        V::splat(p.w[2]),
        w3,
        V::splat(0x8000_0000),
        z,
        z,
        z,
        z,
        z,
        z,
        z,
        z,
        z,
        z,
        V::splat(640),
    ];
    macro_rules! r1 {
        ($i:literal) => {{
            let wi = if $i < 16 {
                w[$i % 16]
            } else if $i == 16 {
                w[0] = V::splat(p.w16);
                w[0]
            } else if $i == 17 {
                w[1] = V::splat(p.w17);
                w[1]
            } else {
                expand(&mut w, $i)
            };
            round(&mut s, $i, V::add(V::splat(K[$i]), wi));
        }};
    }
    for_rounds!(r1; 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30
        31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60
        61 62 63);
    // After 64 rounds the slots are back in order; add the midstate.
    let h1: [V; 8] = core::array::from_fn(|j| V::add(s[j], V::splat(p.midstate[j])));

    // Second hash: one block, the 32-byte digest then constant padding, from the IV.
    let mut s: [V; 8] = core::array::from_fn(|j| V::splat(IV[j]));
    let mut w: [V; 16] = [
        h1[0],
        h1[1],
        h1[2],
        h1[3],
        h1[4],
        h1[5],
        h1[6],
        h1[7],
        V::splat(0x8000_0000),
        z,
        z,
        z,
        z,
        z,
        z,
        V::splat(256),
    ];
    macro_rules! r2 {
        ($i:literal) => {{
            let wi = if $i < 16 {
                w[$i % 16]
            } else {
                expand(&mut w, $i)
            };
            round(&mut s, $i, V::add(V::splat(K[$i]), wi));
        }};
    }
    for_rounds!(r2; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28
        29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58
        59 60);
    // After 61 rounds (r = 5) `e` sits in slot (4 + 8 - 5) % 8 = 7; h after round 63 is this e.
    V::add(s[7], V::splat(IV[7]))
}

/// The portable scan: one nonce at a time. Pushes candidate nonces (top word at or below the
/// target's) and returns how many nonces were tried, stopping early once `out` holds `cap`.
pub(crate) fn scan_scalar(
    p: &Prepared,
    start: u32,
    count: u32,
    out: &mut Vec<u32>,
    cap: usize,
) -> u32 {
    for i in 0..count {
        let nonce = start.wrapping_add(i);
        let top = sha256d_top::<u32>(p, nonce.swap_bytes());
        if top.swap_bytes() <= p.target_top {
            out.push(nonce);
            if out.len() >= cap {
                return i + 1;
            }
        }
    }
    count
}

#[cfg(target_arch = "x86_64")]
pub(crate) use x86::scan_x86;

#[cfg(target_arch = "x86_64")]
// Every intrinsic in these `unsafe fn`s is sound under the fn's target-feature precondition.
#[allow(unsafe_op_in_unsafe_fn)]
// Lane loops index several parallel arrays at once; explicit indices show the interleaving.
#[allow(clippy::needless_range_loop)]
mod x86 {
    use core::arch::x86_64::*;

    use super::super::Backend;
    use super::{IV, K, Lanes, Prepared, sha256d_top};

    /// Runs `backend`'s kernel if this CPU supports it; `None` otherwise.
    pub(crate) fn scan_x86(
        backend: Backend,
        p: &Prepared,
        start: u32,
        blocks: u32,
        out: &mut Vec<u32>,
        cap: usize,
    ) -> Option<u32> {
        if !backend.is_supported() {
            return None;
        }
        // SAFETY: `is_supported` ran `is_x86_feature_detected!` for exactly the extensions each
        // kernel's `#[target_feature]` names.
        unsafe {
            Some(match backend {
                Backend::ShaNi2 => scan_sha_ni::<2>(p, start, blocks, out, cap),
                Backend::ShaNi3 => scan_sha_ni::<3>(p, start, blocks, out, cap),
                Backend::ShaNi4 => scan_sha_ni::<4>(p, start, blocks, out, cap),
                Backend::Avx2 => scan_avx2(p, start, blocks, out, cap),
                Backend::Avx512 => scan_avx512(p, start, blocks, out, cap),
                Backend::Scalar => super::scan_scalar(p, start, blocks, out, cap),
            })
        }
    }

    // ---------------------------------------------------------------- AVX2, 8 lanes

    #[derive(Clone, Copy)]
    pub(crate) struct V8(__m256i);

    macro_rules! ror256 {
        ($x:expr, $n:literal) => {
            _mm256_or_si256(
                _mm256_srli_epi32::<$n>($x),
                _mm256_slli_epi32::<{ 32 - $n }>($x),
            )
        };
    }

    // SAFETY (all methods): reached only from `scan_avx2`, entered after AVX2 was detected.
    impl Lanes for V8 {
        #[inline(always)]
        fn splat(x: u32) -> Self {
            unsafe { V8(_mm256_set1_epi32(x as i32)) }
        }
        #[inline(always)]
        fn add(a: Self, b: Self) -> Self {
            unsafe { V8(_mm256_add_epi32(a.0, b.0)) }
        }
        #[inline(always)]
        fn bsig0(x: Self) -> Self {
            let x = x.0;
            unsafe {
                V8(_mm256_xor_si256(
                    _mm256_xor_si256(ror256!(x, 2), ror256!(x, 13)),
                    ror256!(x, 22),
                ))
            }
        }
        #[inline(always)]
        fn bsig1(x: Self) -> Self {
            let x = x.0;
            unsafe {
                V8(_mm256_xor_si256(
                    _mm256_xor_si256(ror256!(x, 6), ror256!(x, 11)),
                    ror256!(x, 25),
                ))
            }
        }
        #[inline(always)]
        fn ssig0(x: Self) -> Self {
            let x = x.0;
            unsafe {
                V8(_mm256_xor_si256(
                    _mm256_xor_si256(ror256!(x, 7), ror256!(x, 18)),
                    _mm256_srli_epi32::<3>(x),
                ))
            }
        }
        #[inline(always)]
        fn ssig1(x: Self) -> Self {
            let x = x.0;
            unsafe {
                V8(_mm256_xor_si256(
                    _mm256_xor_si256(ror256!(x, 17), ror256!(x, 19)),
                    _mm256_srli_epi32::<10>(x),
                ))
            }
        }
        #[inline(always)]
        fn ch(e: Self, f: Self, g: Self) -> Self {
            unsafe {
                V8(_mm256_xor_si256(
                    g.0,
                    _mm256_and_si256(e.0, _mm256_xor_si256(f.0, g.0)),
                ))
            }
        }
        #[inline(always)]
        fn maj(a: Self, b: Self, c: Self) -> Self {
            unsafe {
                V8(_mm256_or_si256(
                    _mm256_and_si256(a.0, b.0),
                    _mm256_and_si256(c.0, _mm256_or_si256(a.0, b.0)),
                ))
            }
        }
    }

    /// Scans `blocks * 8` nonces from `start`; see [`super::scan_scalar`].
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    unsafe fn scan_avx2(
        p: &Prepared,
        start: u32,
        blocks: u32,
        out: &mut Vec<u32>,
        cap: usize,
    ) -> u32 {
        let bswap = _mm256_setr_epi8(
            3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10,
            9, 8, 15, 14, 13, 12,
        );
        let lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
        let limit = _mm256_set1_epi32(p.target_top as i32);
        for b in 0..blocks {
            let base = start.wrapping_add(b.wrapping_mul(8));
            let nonces = _mm256_add_epi32(_mm256_set1_epi32(base as i32), lane);
            let top = sha256d_top::<V8>(p, V8(_mm256_shuffle_epi8(nonces, bswap))).0;
            let top = _mm256_shuffle_epi8(top, bswap);
            // Unsigned top <= limit  <=>  max(top, limit) == limit.
            let ok = _mm256_cmpeq_epi32(_mm256_max_epu32(top, limit), limit);
            let mask = _mm256_movemask_ps(_mm256_castsi256_ps(ok)) as u32;
            if mask != 0 {
                for l in 0..8 {
                    if mask & (1 << l) != 0 {
                        out.push(base.wrapping_add(l));
                    }
                }
                if out.len() >= cap {
                    return b + 1;
                }
            }
        }
        blocks
    }

    // ---------------------------------------------------------------- AVX-512, 16 lanes

    #[derive(Clone, Copy)]
    pub(crate) struct V16(__m512i);

    // SAFETY (all methods): reached only from `scan_avx512`, entered after AVX-512F/BW were
    // detected.
    impl Lanes for V16 {
        #[inline(always)]
        fn splat(x: u32) -> Self {
            unsafe { V16(_mm512_set1_epi32(x as i32)) }
        }
        #[inline(always)]
        fn add(a: Self, b: Self) -> Self {
            unsafe { V16(_mm512_add_epi32(a.0, b.0)) }
        }
        #[inline(always)]
        fn bsig0(x: Self) -> Self {
            let x = x.0;
            unsafe {
                V16(_mm512_ternarylogic_epi32::<0x96>(
                    _mm512_ror_epi32::<2>(x),
                    _mm512_ror_epi32::<13>(x),
                    _mm512_ror_epi32::<22>(x),
                ))
            }
        }
        #[inline(always)]
        fn bsig1(x: Self) -> Self {
            let x = x.0;
            unsafe {
                V16(_mm512_ternarylogic_epi32::<0x96>(
                    _mm512_ror_epi32::<6>(x),
                    _mm512_ror_epi32::<11>(x),
                    _mm512_ror_epi32::<25>(x),
                ))
            }
        }
        #[inline(always)]
        fn ssig0(x: Self) -> Self {
            let x = x.0;
            unsafe {
                V16(_mm512_ternarylogic_epi32::<0x96>(
                    _mm512_ror_epi32::<7>(x),
                    _mm512_ror_epi32::<18>(x),
                    _mm512_srli_epi32::<3>(x),
                ))
            }
        }
        #[inline(always)]
        fn ssig1(x: Self) -> Self {
            let x = x.0;
            unsafe {
                V16(_mm512_ternarylogic_epi32::<0x96>(
                    _mm512_ror_epi32::<17>(x),
                    _mm512_ror_epi32::<19>(x),
                    _mm512_srli_epi32::<10>(x),
                ))
            }
        }
        #[inline(always)]
        fn ch(e: Self, f: Self, g: Self) -> Self {
            // Truth table of e ? f : g with (e, f, g) as (A, B, C): 0xCA.
            unsafe { V16(_mm512_ternarylogic_epi32::<0xCA>(e.0, f.0, g.0)) }
        }
        #[inline(always)]
        fn maj(a: Self, b: Self, c: Self) -> Self {
            unsafe { V16(_mm512_ternarylogic_epi32::<0xE8>(a.0, b.0, c.0)) }
        }
    }

    /// Scans `blocks * 16` nonces from `start`; see [`super::scan_scalar`].
    ///
    /// One 16-lane round chain per step runs at about 2.4 instructions per cycle: the vector
    /// pipes are not saturated, but two interleaved chains (32 nonces a step) measured slower,
    /// 43 against 51 MH/s, since 48 live registers do not fit in 32 and spill. A few extra
    /// spills cost a lot here: keep `sha256d_top::<V16>` instantiated only in this function. A kernel interleaving
    /// this with SHA-NI lanes in one thread measured 37.5 MH/s against 49.7 for this one, and
    /// its presence alone pushed this kernel's codegen down to 40.7 MH/s, so it was dropped.
    ///
    /// # Safety
    /// The CPU must support AVX-512F and AVX-512BW.
    #[target_feature(enable = "avx512f,avx512bw")]
    unsafe fn scan_avx512(
        p: &Prepared,
        start: u32,
        blocks: u32,
        out: &mut Vec<u32>,
        cap: usize,
    ) -> u32 {
        let bswap = _mm512_set4_epi32(0x0c0d0e0f, 0x08090a0b, 0x04050607, 0x00010203);
        let lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        let limit = _mm512_set1_epi32(p.target_top as i32);
        for b in 0..blocks {
            let base = start.wrapping_add(b.wrapping_mul(16));
            let nonces = _mm512_add_epi32(_mm512_set1_epi32(base as i32), lane);
            let top = sha256d_top::<V16>(p, V16(_mm512_shuffle_epi8(nonces, bswap))).0;
            let top = _mm512_shuffle_epi8(top, bswap);
            let mask = _mm512_cmple_epu32_mask(top, limit);
            if mask != 0 {
                for l in 0..16 {
                    if mask & (1 << l) != 0 {
                        out.push(base.wrapping_add(l));
                    }
                }
                if out.len() >= cap {
                    return b + 1;
                }
            }
        }
        blocks
    }

    // ---------------------------------------------------------------- SHA-NI, N interleaved

    /// `[a..h]` to the (ABEF, CDGH) register pair `sha256rnds2` works on.
    #[inline(always)]
    unsafe fn to_abef_cdgh(s: &[u32; 8]) -> (__m128i, __m128i) {
        let abef = _mm_set_epi32(s[0] as i32, s[1] as i32, s[4] as i32, s[5] as i32);
        let cdgh = _mm_set_epi32(s[2] as i32, s[3] as i32, s[6] as i32, s[7] as i32);
        (abef, cdgh)
    }

    #[inline(always)]
    unsafe fn kv(i: usize) -> __m128i {
        _mm_set_epi32(
            K[i + 3] as i32,
            K[i + 2] as i32,
            K[i + 1] as i32,
            K[i] as i32,
        )
    }

    /// Rounds `4g..4g+3` (g >= 1) with the message schedule folded in, for every lane.
    /// `m` is the rolling window of four message vectors; `abef`/`cdgh` the state.
    /// With `stop_early` the group's second round pair is skipped (used for rounds 60..63 of
    /// the final hash, where only `e` after round 61 is needed).
    #[inline(always)]
    unsafe fn group<const N: usize>(
        g: usize,
        m: &mut [[__m128i; 4]; N],
        abef: &mut [__m128i; N],
        cdgh: &mut [__m128i; N],
        stop_early: bool,
    ) {
        let k = kv(4 * g);
        let mut msg = [_mm_setzero_si128(); N];
        for l in 0..N {
            msg[l] = _mm_add_epi32(m[l][g % 4], k);
            cdgh[l] = _mm_sha256rnds2_epu32(cdgh[l], abef[l], msg[l]);
        }
        if stop_early {
            // After this first pair, `cdgh` holds ABEF after rounds 60 and 61.
            return;
        }
        if (3..=14).contains(&g) {
            for l in 0..N {
                let tmp = _mm_alignr_epi8::<4>(m[l][g % 4], m[l][(g + 3) % 4]);
                let next = _mm_add_epi32(m[l][(g + 1) % 4], tmp);
                m[l][(g + 1) % 4] = _mm_sha256msg2_epu32(next, m[l][g % 4]);
            }
        }
        for l in 0..N {
            let hi = _mm_shuffle_epi32::<0x0E>(msg[l]);
            abef[l] = _mm_sha256rnds2_epu32(abef[l], cdgh[l], hi);
        }
        if (1..=12).contains(&g) {
            for l in 0..N {
                m[l][(g + 3) % 4] = _mm_sha256msg1_epu32(m[l][(g + 3) % 4], m[l][g % 4]);
            }
        }
        // Invariant at group boundaries: `abef` holds ABEF and `cdgh` holds CDGH (the first
        // rnds2 wrote the mid-group ABEF into `cdgh`, which is CDGH after the second).
    }

    /// One full compression with the SHA-NI helpers (test support).
    #[cfg(test)]
    #[target_feature(enable = "sha,sse4.1,ssse3")]
    pub(crate) unsafe fn compress_sha_ni(state: &mut [u32; 8], w: &[u32; 16]) {
        let (a0, c0) = to_abef_cdgh(state);
        let mut abef = [a0];
        let mut cdgh = [c0];
        let v = |i: usize| {
            _mm_set_epi32(
                w[i + 3] as i32,
                w[i + 2] as i32,
                w[i + 1] as i32,
                w[i] as i32,
            )
        };
        let mut m = [[v(0), v(4), v(8), v(12)]];
        let msg = _mm_add_epi32(m[0][0], kv(0));
        cdgh[0] = _mm_sha256rnds2_epu32(cdgh[0], abef[0], msg);
        abef[0] = _mm_sha256rnds2_epu32(abef[0], cdgh[0], _mm_shuffle_epi32::<0x0E>(msg));
        for g in 1..16 {
            group::<1>(g, &mut m, &mut abef, &mut cdgh, false);
        }
        let a = _mm_add_epi32(abef[0], a0);
        let c = _mm_add_epi32(cdgh[0], c0);
        let feba = _mm_shuffle_epi32::<0x1B>(a);
        let dchg = _mm_shuffle_epi32::<0xB1>(c);
        let dcba = _mm_blend_epi16::<0xF0>(feba, dchg);
        let hgfe = _mm_alignr_epi8::<8>(dchg, feba);
        _mm_storeu_si128(state.as_mut_ptr().cast(), dcba);
        _mm_storeu_si128(state.as_mut_ptr().add(4).cast(), hgfe);
    }

    /// `N` nonces from `base` through SHA-NI, interleaved: pushes the candidates.
    #[inline(always)]
    unsafe fn sha_ni_block<const N: usize>(p: &Prepared, base: u32, out: &mut Vec<u32>) {
        let (mid_abef, mid_cdgh) = to_abef_cdgh(&p.midstate);
        let (s2_abef, s2_cdgh) = to_abef_cdgh(&p.s2);
        let (iv_abef, iv_cdgh) = to_abef_cdgh(&IV);
        let w012 = [p.w[0], p.w[1], p.w[2]];
        let m1 = _mm_set_epi32(0, 0, 0, 0x8000_0000u32 as i32);
        let m3 = _mm_set_epi32(640, 0, 0, 0);
        let h2m2 = _mm_set_epi32(0, 0, 0, 0x8000_0000u32 as i32);
        let h2m3 = _mm_set_epi32(256, 0, 0, 0);
        // ---- first hash, second block
        let mut m = [[_mm_setzero_si128(); 4]; N];
        let mut abef = [s2_abef; N];
        let mut cdgh = [s2_cdgh; N];
        for l in 0..N {
            let w3 = base.wrapping_add(l as u32).swap_bytes();
            m[l] = [
                _mm_set_epi32(w3 as i32, w012[2] as i32, w012[1] as i32, w012[0] as i32),
                m1,
                _mm_setzero_si128(),
                m3,
            ];
            // Rounds 2 and 3 (0 and 1 are precomputed): in the low half, W2+K2, W3+K3.
            let hi = _mm_set_epi32(
                0,
                0,
                w3.wrapping_add(K[3]) as i32,
                w012[2].wrapping_add(K[2]) as i32,
            );
            // After rounds 0-1 the roles are swapped: current ABEF is in `abef`'s value,
            // and rnds2(cdgh, abef) produces the state after rounds 2-3.
            let new_abef = _mm_sha256rnds2_epu32(cdgh[l], abef[l], hi);
            cdgh[l] = abef[l];
            abef[l] = new_abef;
        }
        for g in 1..16 {
            group::<N>(g, &mut m, &mut abef, &mut cdgh, false);
        }
        // ---- second hash
        let mut m2 = [[_mm_setzero_si128(); 4]; N];
        for l in 0..N {
            let abef_f = _mm_add_epi32(abef[l], mid_abef);
            let cdgh_f = _mm_add_epi32(cdgh[l], mid_cdgh);
            // (ABEF, CDGH) back to words H0..H3 and H4..H7.
            let feba = _mm_shuffle_epi32::<0x1B>(abef_f);
            let dchg = _mm_shuffle_epi32::<0xB1>(cdgh_f);
            let dcba = _mm_blend_epi16::<0xF0>(feba, dchg);
            let hgfe = _mm_alignr_epi8::<8>(dchg, feba);
            m2[l] = [dcba, hgfe, h2m2, h2m3];
            abef[l] = iv_abef;
            cdgh[l] = iv_cdgh;
        }
        // Group 0 of the second hash (no schedule work yet).
        {
            let k = kv(0);
            for l in 0..N {
                let msg = _mm_add_epi32(m2[l][0], k);
                cdgh[l] = _mm_sha256rnds2_epu32(cdgh[l], abef[l], msg);
                let hi = _mm_shuffle_epi32::<0x0E>(msg);
                abef[l] = _mm_sha256rnds2_epu32(abef[l], cdgh[l], hi);
            }
        }
        for g in 1..15 {
            group::<N>(g, &mut m2, &mut abef, &mut cdgh, false);
        }
        group::<N>(15, &mut m2, &mut abef, &mut cdgh, true);
        for l in 0..N {
            // `cdgh` now holds ABEF after 62 rounds; its F (lane 0) is e after 61 rounds,
            // which three rounds later becomes the final h.
            let f = _mm_cvtsi128_si32(cdgh[l]) as u32;
            let top = f.wrapping_add(IV[7]).swap_bytes();
            if top <= p.target_top {
                out.push(base.wrapping_add(l as u32));
            }
        }
    }

    /// Scans `blocks * N` nonces from `start` with `N` SHA-NI lanes interleaved.
    ///
    /// # Safety
    /// The CPU must support SHA, SSE4.1 and SSSE3.
    #[target_feature(enable = "sha,sse4.1,ssse3")]
    unsafe fn scan_sha_ni<const N: usize>(
        p: &Prepared,
        start: u32,
        blocks: u32,
        out: &mut Vec<u32>,
        cap: usize,
    ) -> u32 {
        for b in 0..blocks {
            sha_ni_block::<N>(p, start.wrapping_add(b.wrapping_mul(N as u32)), out);
            if out.len() >= cap {
                return b + 1;
            }
        }
        blocks
    }
}

#[cfg(all(test, target_arch = "x86_64"))]
mod tests {
    use super::*;

    #[test]
    fn sha_ni_compression_matches_sha2() {
        if !crate::search::Backend::ShaNi2.is_supported() {
            return;
        }
        for seed in 0..64u32 {
            let w: [u32; 16] =
                core::array::from_fn(|i| (i as u32 ^ seed).wrapping_mul(0x9e37_79b9));
            let mut block = [0u8; 64];
            for (i, wi) in w.iter().enumerate() {
                block[4 * i..4 * i + 4].copy_from_slice(&wi.to_be_bytes());
            }
            let mut want = IV;
            sha2::block_api::compress256(&mut want, &[block]);
            let mut got = IV;
            // SAFETY: SHA-NI support checked above.
            unsafe { x86::compress_sha_ni(&mut got, &w) };
            assert_eq!(got, want, "seed {seed}");
        }
    }

    /// Each SIMD kernel's top word, recovered by bisecting the candidate threshold, equals the
    /// scalar kernel's: the early-rejection value is right to the last bit, not just its order.
    #[test]
    fn early_rejection_word_is_exact() {
        let p = Prepared::new([1, 2, 3, 4, 5, 6, 7, 8], [9, 10, 11], u32::MAX);
        for backend in crate::search::Backend::supported() {
            if backend == crate::search::Backend::Scalar {
                continue;
            }
            for nonce in [0u32, 1, 0x8000_0000, u32::MAX - 20] {
                let base = nonce - nonce % backend.lanes();
                let scalar = sha256d_top::<u32>(&p, nonce.swap_bytes()).swap_bytes();
                let (mut lo, mut hi) = (0u64, u64::from(u32::MAX));
                while lo < hi {
                    let mid = (lo + hi) / 2;
                    let mut q = p.clone();
                    q.target_top = mid as u32;
                    let mut out = Vec::new();
                    scan_x86(backend, &q, base, 1, &mut out, 64);
                    if out.contains(&nonce) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                assert_eq!(lo, u64::from(scalar), "{backend} nonce {nonce}");
            }
        }
    }
}

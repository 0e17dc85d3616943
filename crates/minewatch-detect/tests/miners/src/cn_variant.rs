//! CryptoNight-family cores for minewatch's robustness harness, one build per variant (the
//! parameters of xmrig's `CnAlgo.h`, see shared/docs/cryptonight-variants.md): real
//! Keccak-f[1600], real AES rounds (byte S-box or T-tables), a scratchpad filled by AES and
//! walked by the variant's mask for the variant's iteration count, with the 64x64->128
//! multiply of the main loop. It hashes; it talks to nothing. Built by
//! `scripts/build-test-wasm.sh` with `--cfg variant="..."` (and `--cfg ttable` for T-table AES).
#![no_std]

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}

#[cfg(variant = "cn0")]
mod v {
    pub const PAD: usize = 2 << 20;
    pub const MASK: usize = 0x1F_FFF0;
    pub const ITERS: u32 = 0x8_0000;
}
#[cfg(variant = "half")]
mod v {
    pub const PAD: usize = 2 << 20;
    pub const MASK: usize = 0x1F_FFF0;
    pub const ITERS: u32 = 0x4_0000;
}
#[cfg(variant = "lite")]
mod v {
    pub const PAD: usize = 1 << 20;
    pub const MASK: usize = 0xF_FFF0;
    pub const ITERS: u32 = 0x4_0000;
}
#[cfg(variant = "pico")]
mod v {
    pub const PAD: usize = 256 << 10;
    pub const MASK: usize = 0x1_FFF0;
    pub const ITERS: u32 = 0x1_0000;
}
#[cfg(variant = "heavy")]
mod v {
    pub const PAD: usize = 4 << 20;
    pub const MASK: usize = 0x3F_FFF0;
    pub const ITERS: u32 = 0x4_0000;
}
#[cfg(variant = "gpu")]
mod v {
    pub const PAD: usize = 2 << 20;
    pub const MASK: usize = 0x1F_FFC0;
    pub const ITERS: u32 = 0xC000;
}
use v::{ITERS, MASK, PAD};

const RC: [u64; 24] = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000,
    0x000000000000808b, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
    0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
];
const ROTC: [u32; 24] = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44];
const PILN: [usize; 24] = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1];

fn keccakf(st: &mut [u64; 25]) {
    for rc in RC.iter() {
        let mut bc = [0u64; 5];
        for i in 0..5 {
            bc[i] = st[i] ^ st[i + 5] ^ st[i + 10] ^ st[i + 15] ^ st[i + 20];
        }
        for i in 0..5 {
            let t = bc[(i + 4) % 5] ^ bc[(i + 1) % 5].rotate_left(1);
            for j in (0..25).step_by(5) {
                st[j + i] ^= t;
            }
        }
        let mut t = st[1];
        for i in 0..24 {
            let j = PILN[i];
            let tmp = st[j];
            st[j] = t.rotate_left(ROTC[i]);
            t = tmp;
        }
        for j in (0..25).step_by(5) {
            let mut row = [0u64; 5];
            row.copy_from_slice(&st[j..j + 5]);
            for i in 0..5 {
                st[j + i] ^= (!row[(i + 1) % 5]) & row[(i + 2) % 5];
            }
        }
        st[0] ^= rc;
    }
}

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

const fn xtime(x: u8) -> u8 {
    (x << 1) ^ (((x >> 7) & 1) * 0x1b)
}

/// One AES encryption round (SubBytes, ShiftRows, MixColumns, AddRoundKey), FIPS 197, on
/// the state as 16 bytes, column-major.
#[cfg(not(ttable))]
fn aes_round(s: &mut [u8; 16], k: &[u8; 16]) {
    let mut t = [0u8; 16];
    for c in 0..4 {
        for r in 0..4 {
            t[4 * c + r] = SBOX[s[4 * ((c + r) % 4) + r] as usize];
        }
    }
    for c in 0..4 {
        let a = [t[4 * c], t[4 * c + 1], t[4 * c + 2], t[4 * c + 3]];
        let all = a[0] ^ a[1] ^ a[2] ^ a[3];
        for r in 0..4 {
            s[4 * c + r] = a[r] ^ all ^ xtime(a[r] ^ a[(r + 1) % 4]) ^ k[4 * c + r];
        }
    }
}

/// The encryption T-table Te0 (SubBytes and MixColumns of one byte), built at compile time;
/// Te1..Te3 are its byte rotations, as the reference implementation's tables are.
#[cfg(ttable)]
static TE: [[u32; 256]; 4] = {
    let mut t = [[0u32; 256]; 4];
    let mut i = 0;
    while i < 256 {
        let s = SBOX[i];
        let w = (xtime(s) as u32) | ((s as u32) << 8) | ((s as u32) << 16) | (((xtime(s) ^ s) as u32) << 24);
        t[0][i] = w;
        t[1][i] = w.rotate_left(8);
        t[2][i] = w.rotate_left(16);
        t[3][i] = w.rotate_left(24);
        i += 1;
    }
    t
};

/// The same round through the T-tables: 16 lookups, four per output column.
#[cfg(ttable)]
fn aes_round(s: &mut [u8; 16], k: &[u8; 16]) {
    let w = |c: usize| u32::from_le_bytes([s[4 * c], s[4 * c + 1], s[4 * c + 2], s[4 * c + 3]]);
    let x = [w(0), w(1), w(2), w(3)];
    for c in 0..4 {
        let o = TE[0][(x[c] & 0xff) as usize]
            ^ TE[1][((x[(c + 1) % 4] >> 8) & 0xff) as usize]
            ^ TE[2][((x[(c + 2) % 4] >> 16) & 0xff) as usize]
            ^ TE[3][(x[(c + 3) % 4] >> 24) as usize]
            ^ u32::from_le_bytes([k[4 * c], k[4 * c + 1], k[4 * c + 2], k[4 * c + 3]]);
        s[4 * c..4 * c + 4].copy_from_slice(&o.to_le_bytes());
    }
}

static mut SCRATCHPAD: [u8; PAD] = [0; PAD];
static mut IO: [u8; 256] = [0; 256];

/// Where the caller puts the input (bytes 0..128) and finds the hash (bytes 128..160).
#[unsafe(no_mangle)]
pub extern "C" fn io_buffer() -> *mut u8 {
    core::ptr::addr_of_mut!(IO).cast()
}

/// CryptoNight-shaped: Keccak the input, fill the scratchpad with AES rounds, walk it with
/// the variant's mask for the variant's iterations, Keccak again; 32 bytes to `out`.
#[unsafe(no_mangle)]
pub extern "C" fn cryptonight_hash(input: *const u8, len: usize, out: *mut u8) {
    let pad = unsafe { &mut *core::ptr::addr_of_mut!(SCRATCHPAD) };
    let mut st = [0u64; 25];
    let data = unsafe { core::slice::from_raw_parts(input, len.min(135)) };
    for (i, b) in data.iter().enumerate() {
        st[i / 8] ^= (*b as u64) << (8 * (i % 8));
    }
    st[data.len() / 8] ^= 0x01 << (8 * (data.len() % 8));
    st[16] ^= 0x80 << 56;
    keccakf(&mut st);
    let mut key = [0u8; 16];
    let mut block = [0u8; 16];
    for i in 0..16 {
        key[i] = (st[i / 8] >> (8 * (i % 8))) as u8;
        block[i] = (st[2 + i / 8] >> (8 * (i % 8))) as u8;
    }
    let mut off = 0;
    while off < PAD {
        aes_round(&mut block, &key);
        pad[off..off + 16].copy_from_slice(&block);
        off += 16;
    }
    let mut a = st[4] ^ st[6];
    let mut b = st[5] ^ st[7];
    for _ in 0..ITERS {
        let idx = (a as usize) & MASK;
        let mut c = [0u8; 16];
        c.copy_from_slice(&pad[idx..idx + 16]);
        let mut ka = [0u8; 16];
        ka[..8].copy_from_slice(&a.to_le_bytes());
        ka[8..].copy_from_slice(&b.to_le_bytes());
        aes_round(&mut c, &ka);
        for i in 0..16 {
            pad[idx + i] = c[i] ^ (b >> (8 * (i % 8))) as u8;
        }
        let c0 = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        let idx2 = (c0 as usize) & MASK;
        let d = u64::from_le_bytes([
            pad[idx2], pad[idx2 + 1], pad[idx2 + 2], pad[idx2 + 3],
            pad[idx2 + 4], pad[idx2 + 5], pad[idx2 + 6], pad[idx2 + 7],
        ]);
        let prod = (c0 as u128) * (d as u128);
        b = a;
        a = a.wrapping_add((prod >> 64) as u64) ^ d;
        pad[idx2..idx2 + 8].copy_from_slice(&a.to_le_bytes());
        st[8] ^= prod as u64;
    }
    st[0] ^= a;
    st[1] ^= b;
    keccakf(&mut st);
    let o = unsafe { core::slice::from_raw_parts_mut(out, 32) };
    for i in 0..32 {
        o[i] = (st[i / 8] >> (8 * (i % 8))) as u8;
    }
}

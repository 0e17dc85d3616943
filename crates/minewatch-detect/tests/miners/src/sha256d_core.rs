//! A SHA-256d nonce-search core for minewatch's detector tests: real SHA-256 compression over an
//! 80-byte block header, nonces tried in a loop against a target. It hashes; it talks to
//! nothing. Built with `scripts/build-test-wasm.sh`.
#![no_std]

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}

const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
const IV: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

fn compress(h: &mut [u32; 8], block: &[u8; 64]) {
    let mut w = [0u32; 64];
    for i in 0..16 {
        w[i] = u32::from_be_bytes([block[4 * i], block[4 * i + 1], block[4 * i + 2], block[4 * i + 3]]);
    }
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
    }
    let mut v = *h;
    for i in 0..64 {
        let s1 = v[4].rotate_right(6) ^ v[4].rotate_right(11) ^ v[4].rotate_right(25);
        let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
        let t1 = v[7].wrapping_add(s1).wrapping_add(ch).wrapping_add(K[i]).wrapping_add(w[i]);
        let s0 = v[0].rotate_right(2) ^ v[0].rotate_right(13) ^ v[0].rotate_right(22);
        let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), v[0], v[1], v[2], v[3].wrapping_add(t1), v[4], v[5], v[6]];
    }
    for i in 0..8 {
        h[i] = h[i].wrapping_add(v[i]);
    }
}

fn sha256(data: &[u8], out: &mut [u8; 32]) {
    let mut h = IV;
    let mut buf = [0u8; 128];
    let n = data.len();
    buf[..n].copy_from_slice(data);
    buf[n] = 0x80;
    let blocks = if n + 9 > 64 { 2 } else { 1 };
    let bits = (n as u64) * 8;
    buf[blocks * 64 - 8..blocks * 64].copy_from_slice(&bits.to_be_bytes());
    for b in 0..blocks {
        let mut blk = [0u8; 64];
        blk.copy_from_slice(&buf[64 * b..64 * b + 64]);
        compress(&mut h, &blk);
    }
    for i in 0..8 {
        out[4 * i..4 * i + 4].copy_from_slice(&h[i].to_be_bytes());
    }
}

/// Tries `count` nonces from `start` on the 80-byte header at `header`; returns the first whose
/// double SHA-256, read as a little-endian number, has its top 32 bits at or below `target_top`,
/// or `u32::MAX` if none does.
#[unsafe(no_mangle)]
pub extern "C" fn scan(header: *const u8, start: u32, count: u32, target_top: u32) -> u32 {
    let mut hdr = [0u8; 80];
    hdr.copy_from_slice(unsafe { core::slice::from_raw_parts(header, 80) });
    let mut first = [0u8; 32];
    let mut second = [0u8; 32];
    for n in start..start.wrapping_add(count) {
        hdr[76..80].copy_from_slice(&n.to_le_bytes());
        sha256(&hdr, &mut first);
        sha256(&first, &mut second);
        let top = u32::from_le_bytes([second[28], second[29], second[30], second[31]]);
        if top <= target_top {
            return n;
        }
    }
    u32::MAX
}

//! An unsigned 256-bit integer with exactly the operations consensus code needs
//! (Bitcoin Core: `arith_uint256`), but without silent wrap-around: every operation that could
//! overflow says so.

use core::cmp::Ordering;
use core::fmt;
use core::ops::{Not, Shl, Shr};

/// An unsigned 256-bit integer. Limbs are little-endian: `self.0[0]` is the least significant.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct U256(pub(crate) [u64; 4]);

impl U256 {
    /// Zero.
    pub const ZERO: Self = Self([0; 4]);
    /// One.
    pub const ONE: Self = Self([1, 0, 0, 0]);
    /// 2^256 - 1.
    pub const MAX: Self = Self([u64::MAX; 4]);

    /// From a `u64`.
    pub const fn from_u64(v: u64) -> Self {
        Self([v, 0, 0, 0])
    }

    /// From a `u128`.
    pub const fn from_u128(v: u128) -> Self {
        Self([v as u64, (v >> 64) as u64, 0, 0])
    }

    /// From 32 big-endian bytes.
    pub fn from_be_bytes(b: [u8; 32]) -> Self {
        let mut l = [0u64; 4];
        for (i, limb) in l.iter_mut().enumerate() {
            let start = (3 - i) * 8;
            let mut w = [0u8; 8];
            w.copy_from_slice(&b[start..start + 8]);
            *limb = u64::from_be_bytes(w);
        }
        Self(l)
    }

    /// From 32 little-endian bytes (the order of a hash's internal bytes).
    pub fn from_le_bytes(mut b: [u8; 32]) -> Self {
        b.reverse();
        Self::from_be_bytes(b)
    }

    /// To 32 big-endian bytes.
    pub fn to_be_bytes(self) -> [u8; 32] {
        let mut b = [0u8; 32];
        for i in 0..4 {
            let start = (3 - i) * 8;
            b[start..start + 8].copy_from_slice(&self.0[i].to_be_bytes());
        }
        b
    }

    /// To 32 little-endian bytes.
    pub fn to_le_bytes(self) -> [u8; 32] {
        let mut b = self.to_be_bytes();
        b.reverse();
        b
    }

    /// The least significant 64 bits.
    pub const fn low_u64(self) -> u64 {
        self.0[0]
    }

    /// The value as `u128` if it fits.
    pub fn to_u128(self) -> Option<u128> {
        (self.0[2] == 0 && self.0[3] == 0)
            .then(|| u128::from(self.0[0]) | (u128::from(self.0[1]) << 64))
    }

    /// Whether the value is zero.
    pub const fn is_zero(self) -> bool {
        self.0[0] == 0 && self.0[1] == 0 && self.0[2] == 0 && self.0[3] == 0
    }

    /// The number of significant bits (0 for zero). Bitcoin Core: `base_uint::bits`.
    pub fn bits(self) -> u32 {
        for i in (0..4).rev() {
            if self.0[i] != 0 {
                return 64 * i as u32 + (64 - self.0[i].leading_zeros());
            }
        }
        0
    }

    /// Addition, `None` on overflow.
    pub fn checked_add(self, other: Self) -> Option<Self> {
        let (r, carry) = self.overflowing_add(other);
        (!carry).then_some(r)
    }

    /// Addition modulo 2^256 and whether it wrapped.
    pub fn overflowing_add(self, other: Self) -> (Self, bool) {
        let mut r = [0u64; 4];
        let mut carry = false;
        for (i, out) in r.iter_mut().enumerate() {
            let (s1, c1) = self.0[i].overflowing_add(other.0[i]);
            let (s2, c2) = s1.overflowing_add(u64::from(carry));
            *out = s2;
            carry = c1 || c2;
        }
        (Self(r), carry)
    }

    /// Subtraction, `None` if `other > self`.
    pub fn checked_sub(self, other: Self) -> Option<Self> {
        let mut r = [0u64; 4];
        let mut borrow = false;
        for (i, out) in r.iter_mut().enumerate() {
            let (d1, b1) = self.0[i].overflowing_sub(other.0[i]);
            let (d2, b2) = d1.overflowing_sub(u64::from(borrow));
            *out = d2;
            borrow = b1 || b2;
        }
        (!borrow).then_some(Self(r))
    }

    /// Multiplication by a `u64`, `None` on overflow.
    pub fn checked_mul_u64(self, m: u64) -> Option<Self> {
        let (r, hi) = self.mul_u64_wide(m);
        (hi == 0).then_some(r)
    }

    /// `self * m` as a 320-bit value: the low 256 bits and the high limb.
    fn mul_u64_wide(self, m: u64) -> (Self, u64) {
        let mut r = [0u64; 4];
        let mut carry: u128 = 0;
        for (i, out) in r.iter_mut().enumerate() {
            let p = u128::from(self.0[i]) * u128::from(m) + carry;
            *out = p as u64;
            carry = p >> 64;
        }
        (Self(r), carry as u64)
    }

    /// `floor(self * m / d)` computed exactly (with a 320-bit intermediate); `None` if `d` is
    /// zero or the result does not fit in 256 bits.
    pub fn mul_div_u64(self, m: u64, d: u64) -> Option<Self> {
        if d == 0 {
            return None;
        }
        let (lo, hi) = self.mul_u64_wide(m);
        let limbs = [lo.0[0], lo.0[1], lo.0[2], lo.0[3], hi];
        let mut q = [0u64; 5];
        let mut rem: u128 = 0;
        for i in (0..5).rev() {
            let cur = (rem << 64) | u128::from(limbs[i]);
            q[i] = (cur / u128::from(d)) as u64;
            rem = cur % u128::from(d);
        }
        (q[4] == 0).then_some(Self([q[0], q[1], q[2], q[3]]))
    }

    /// Division with remainder; `None` if `d` is zero.
    pub fn div_rem(self, d: Self) -> Option<(Self, Self)> {
        if d.is_zero() {
            return None;
        }
        if self < d {
            return Some((Self::ZERO, self));
        }
        if let (Some(a), Some(b)) = (self.to_u128(), d.to_u128()) {
            return Some((Self::from_u128(a / b), Self::from_u128(a % b)));
        }
        // Schoolbook binary long division; only used for work, so clarity beats speed.
        let mut q = Self::ZERO;
        let mut r = Self::ZERO;
        for i in (0..self.bits()).rev() {
            r = r.shl(1);
            if self.bit(i) {
                r.0[0] |= 1;
            }
            if r >= d {
                r = r.checked_sub(d).unwrap_or(Self::ZERO);
                q.0[(i / 64) as usize] |= 1 << (i % 64);
            }
        }
        Some((q, r))
    }

    fn bit(self, i: u32) -> bool {
        (self.0[(i / 64) as usize] >> (i % 64)) & 1 == 1
    }

    /// The nearest `f64` (rounding toward zero in the low bits, as Bitcoin Core's `getdouble`).
    pub fn to_f64(self) -> f64 {
        let mut r = 0.0f64;
        let mut fact = 1.0f64;
        for limb in self.0 {
            r += fact * limb as f64;
            fact *= 18446744073709551616.0; // 2^64
        }
        r
    }
}

impl Shl<u32> for U256 {
    type Output = Self;

    /// Shift left; bits shifted out are lost, shifts of 256 or more give zero.
    fn shl(self, shift: u32) -> Self {
        if shift >= 256 {
            return Self::ZERO;
        }
        let limbs = (shift / 64) as usize;
        let bits = shift % 64;
        let mut r = [0u64; 4];
        for i in (limbs..4).rev() {
            let src = i - limbs;
            r[i] = self.0[src] << bits;
            if bits > 0 && src > 0 {
                r[i] |= self.0[src - 1] >> (64 - bits);
            }
        }
        Self(r)
    }
}

impl Shr<u32> for U256 {
    type Output = Self;

    /// Shift right; shifts of 256 or more give zero.
    fn shr(self, shift: u32) -> Self {
        if shift >= 256 {
            return Self::ZERO;
        }
        let limbs = (shift / 64) as usize;
        let bits = shift % 64;
        let mut r = [0u64; 4];
        for (i, out) in r.iter_mut().enumerate().take(4 - limbs) {
            let src = i + limbs;
            *out = self.0[src] >> bits;
            if bits > 0 && src + 1 < 4 {
                *out |= self.0[src + 1] << (64 - bits);
            }
        }
        Self(r)
    }
}

impl Not for U256 {
    type Output = Self;

    /// Bitwise not (Bitcoin Core: `~`).
    fn not(self) -> Self {
        Self([!self.0[0], !self.0[1], !self.0[2], !self.0[3]])
    }
}

impl Ord for U256 {
    fn cmp(&self, other: &Self) -> Ordering {
        for i in (0..4).rev() {
            match self.0[i].cmp(&other.0[i]) {
                Ordering::Equal => continue,
                o => return o,
            }
        }
        Ordering::Equal
    }
}

impl PartialOrd for U256 {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::LowerHex for U256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::hex::encode(&self.to_be_bytes()))
    }
}

impl fmt::Debug for U256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{self:x}")
    }
}

impl fmt::Display for U256 {
    /// Decimal.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_zero() {
            return f.write_str("0");
        }
        let mut digits = Vec::new();
        let mut v = *self;
        while !v.is_zero() {
            // Divide by 10^19, the largest power of ten in a u64.
            let chunk = 10_000_000_000_000_000_000u64;
            let mut rem: u128 = 0;
            let mut q = [0u64; 4];
            for i in (0..4).rev() {
                let cur = (rem << 64) | u128::from(v.0[i]);
                q[i] = (cur / u128::from(chunk)) as u64;
                rem = cur % u128::from(chunk);
            }
            v = Self(q);
            digits.push(rem as u64);
        }
        let mut s = String::new();
        for (i, d) in digits.iter().rev().enumerate() {
            if i == 0 {
                s.push_str(&d.to_string());
            } else {
                s.push_str(&format!("{d:019}"));
            }
        }
        f.pad(&s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn u(v: u128) -> U256 {
        U256::from_u128(v)
    }

    #[test]
    fn basics() {
        assert_eq!(U256::ZERO.bits(), 0);
        assert_eq!(U256::ONE.bits(), 1);
        assert_eq!(U256::MAX.bits(), 256);
        assert_eq!(U256::ONE.shl(255).bits(), 256);
        assert_eq!(U256::ONE.shl(256), U256::ZERO);
        assert_eq!(U256::MAX.shr(255), U256::ONE);
        assert_eq!(U256::MAX.checked_add(U256::ONE), None);
        assert_eq!(U256::ZERO.checked_sub(U256::ONE), None);
        assert_eq!(
            U256::MAX.to_string(),
            "115792089237316195423570985008687907853269984665640564039457584007913129639935"
        );
        assert_eq!(
            u(1234567890123456789012345678).to_string(),
            "1234567890123456789012345678"
        );
        let b = U256::MAX.shr(3).to_be_bytes();
        assert_eq!(U256::from_be_bytes(b), U256::MAX.shr(3));
        assert_eq!(
            U256::from_le_bytes(U256::MAX.shr(9).to_le_bytes()),
            U256::MAX.shr(9)
        );
        assert_eq!(U256::MAX.mul_div_u64(2, 2), Some(U256::MAX));
        assert_eq!(U256::MAX.mul_div_u64(3, 2), None);
        assert_eq!(U256::ONE.mul_div_u64(1, 0), None);
        assert_eq!(U256::ONE.div_rem(U256::ZERO), None);
    }

    proptest! {
        #[test]
        fn matches_u128(a: u64, b: u64, c in 1u64.., s in 0u32..64) {
            let (a128, b128) = (u128::from(a), u128::from(b));
            prop_assert_eq!(u(a128).checked_add(u(b128)), Some(u(a128 + b128)));
            prop_assert_eq!(u(a128 * b128).div_rem(u(u128::from(c))), Some((u(a128 * b128 / u128::from(c)), u(a128 * b128 % u128::from(c)))));
            prop_assert_eq!(u(a128).mul_div_u64(b, c), Some(u(a128 * b128 / u128::from(c))));
            prop_assert_eq!(u(a128).shl(s), u(a128 << s));
            prop_assert_eq!(u(a128 << 64 | b128).shr(s), u((a128 << 64 | b128) >> s));
            prop_assert_eq!(u(a128).to_f64(), a as f64);
        }

        #[test]
        fn div_rem_reconstructs(a: [u64; 4], d: [u64; 4], shift in 0u32..256) {
            let a = U256(a);
            let d = U256(d).shr(shift);
            prop_assume!(!d.is_zero());
            let (q, r) = a.div_rem(d).unwrap();
            prop_assert!(r < d);
            // q * d + r == a, checked limb-wise through repeated doubling.
            let mut acc = U256::ZERO;
            for i in (0..256).rev() {
                acc = acc.shl(1);
                if q.bit(i) {
                    acc = acc.checked_add(d).unwrap();
                }
            }
            prop_assert_eq!(acc.checked_add(r), Some(a));
        }

        #[test]
        fn shifts_invert(a: [u64; 4], s in 0u32..256) {
            let a = U256(a).shr(s);
            prop_assert_eq!(a.shl(s).shr(s), a);
        }
    }
}

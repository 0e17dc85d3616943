//! The pool's authority key: it signs each connection's certificate, and miners pin its public
//! half. Written as the reference implementation writes them (base58check: the public key
//! x-only with a two-byte version `01 00`, the secret key bare), or as 64 hex digits.

use std::sync::LazyLock;

use secp256k1::{All, Keypair, Secp256k1, SecretKey, XOnlyPublicKey};

use super::Sv2Error;

pub(crate) static SECP: LazyLock<Secp256k1<All>> = LazyLock::new(Secp256k1::new);

/// Version bytes the reference implementation puts before an x-only public key.
const PUBLIC_VERSION: [u8; 2] = [1, 0];

/// 32 bytes from the operating system's generator.
pub(crate) fn random32() -> [u8; 32] {
    let mut b = [0u8; 32];
    // Without an entropy source no key can be made safely; there is no sensible fallback.
    getrandom::fill(&mut b).expect("the operating system's random number generator works");
    b
}

/// A fresh secret key.
pub(crate) fn random_secret() -> SecretKey {
    loop {
        // Fails only for 0 or a value >= the group order: about 2^-128, then draw again.
        if let Ok(k) = SecretKey::from_slice(&random32()) {
            return k;
        }
    }
}

/// An authority key pair (secret).
#[derive(Clone)]
pub struct AuthorityKey(Keypair);

impl std::fmt::Debug for AuthorityKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AuthorityKey({})", self.public())
    }
}

impl AuthorityKey {
    /// A new random key.
    pub fn generate() -> Self {
        Self(Keypair::from_secret_key(&SECP, &random_secret()))
    }

    /// The key pair of a secret key.
    pub fn from_secret_bytes(b: &[u8; 32]) -> Result<Self, Sv2Error> {
        let sk = SecretKey::from_slice(b).map_err(|e| Sv2Error::Key {
            input: "(secret key)".into(),
            reason: e.to_string(),
        })?;
        Ok(Self(Keypair::from_secret_key(&SECP, &sk)))
    }

    /// Reads a secret key written as base58check (the reference implementation's form) or 64
    /// hex digits.
    pub fn parse(s: &str) -> Result<Self, Sv2Error> {
        let s = s.trim();
        let bytes = if s.len() == 64 && s.bytes().all(|c| c.is_ascii_hexdigit()) {
            minewatch_pow::hex::decode(s).ok()
        } else {
            base58check_decode(s)
        };
        let arr: [u8; 32] = bytes
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| Sv2Error::Key {
                input: "(secret key)".into(),
                reason: "expected 32 bytes as base58check or 64 hex digits".into(),
            })?;
        Self::from_secret_bytes(&arr)
    }

    /// The 32 secret bytes (to store the key).
    pub fn secret_bytes(&self) -> [u8; 32] {
        self.0.secret_bytes()
    }

    /// The secret key in the reference implementation's base58check form.
    pub fn to_secret_string(&self) -> String {
        base58check_encode(&self.0.secret_bytes())
    }

    /// The public half.
    pub fn public(&self) -> AuthorityPublicKey {
        AuthorityPublicKey(self.0.x_only_public_key().0)
    }

    pub(crate) fn keypair(&self) -> &Keypair {
        &self.0
    }
}

/// An authority public key (x-only, BIP 340), as miners pin it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AuthorityPublicKey(pub(crate) XOnlyPublicKey);

impl AuthorityPublicKey {
    /// The 32 bytes of the x-only key.
    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.serialize()
    }

    /// A key from its 32 x-only bytes.
    pub fn from_bytes(b: &[u8; 32]) -> Result<Self, Sv2Error> {
        XOnlyPublicKey::from_slice(b)
            .map(Self)
            .map_err(|e| Sv2Error::Key {
                input: minewatch_pow::hex::encode(b),
                reason: e.to_string(),
            })
    }
}

impl std::fmt::Display for AuthorityPublicKey {
    /// The reference implementation's base58check form.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut v = PUBLIC_VERSION.to_vec();
        v.extend_from_slice(&self.to_bytes());
        f.write_str(&base58check_encode(&v))
    }
}

impl std::str::FromStr for AuthorityPublicKey {
    type Err = Sv2Error;
    fn from_str(s: &str) -> Result<Self, Sv2Error> {
        let bad = |reason: &str| Sv2Error::Key {
            input: s.chars().take(120).collect(),
            reason: reason.into(),
        };
        let raw = if s.len() == 64 && s.bytes().all(|c| c.is_ascii_hexdigit()) {
            minewatch_pow::hex::decode(s).map_err(|_| bad("not hex"))?
        } else {
            let v = base58check_decode(s).ok_or_else(|| {
                bad("not base58check (checksum or alphabet) and not 64 hex digits")
            })?;
            match v.split_first_chunk::<2>() {
                Some((ver, rest)) if *ver == PUBLIC_VERSION => rest.to_vec(),
                _ => return Err(bad("base58check without the 01 00 version of a public key")),
            }
        };
        let arr: [u8; 32] = raw
            .try_into()
            .map_err(|_| bad("an x-only public key has 32 bytes"))?;
        Self::from_bytes(&arr)
    }
}

const ALPHABET: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

fn checksum(data: &[u8]) -> [u8; 4] {
    let h = minewatch_pow::hash::sha256d(data);
    [h[0], h[1], h[2], h[3]]
}

/// Base58 with a 4-byte double-SHA-256 checksum.
pub(crate) fn base58check_encode(data: &[u8]) -> String {
    let mut v = data.to_vec();
    v.extend_from_slice(&checksum(data));
    let zeros = v.iter().take_while(|&&b| b == 0).count();
    // Repeated division by 58 of the big-endian number, digits least significant first.
    let mut digits: Vec<u8> = Vec::with_capacity(v.len() * 138 / 100 + 1);
    for &byte in &v[zeros..] {
        let mut carry = u32::from(byte);
        for d in digits.iter_mut() {
            carry += u32::from(*d) << 8;
            *d = (carry % 58) as u8;
            carry /= 58;
        }
        while carry > 0 {
            digits.push((carry % 58) as u8);
            carry /= 58;
        }
    }
    let mut s = String::with_capacity(zeros + digits.len());
    s.extend(std::iter::repeat_n('1', zeros));
    s.extend(
        digits
            .iter()
            .rev()
            .map(|&d| char::from(ALPHABET[usize::from(d)])),
    );
    s
}

/// The payload of a base58check string, or `None` for a bad character or checksum.
pub(crate) fn base58check_decode(s: &str) -> Option<Vec<u8>> {
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    let zeros = s.bytes().take_while(|&c| c == b'1').count();
    let mut bytes: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.bytes().skip(zeros) {
        let mut carry = ALPHABET.iter().position(|&a| a == c)? as u32;
        for b in bytes.iter_mut() {
            carry += u32::from(*b) * 58;
            *b = (carry & 0xff) as u8;
            carry >>= 8;
        }
        while carry > 0 {
            bytes.push((carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    let mut v = vec![0u8; zeros];
    v.extend(bytes.iter().rev());
    let (data, sum) = v.split_last_chunk::<4>()?;
    (checksum(data) == *sum).then(|| data.to_vec())
}

//! The Noise handshake and transport of Stratum V2 (specification section 4):
//! `Noise_NX_Secp256k1+EllSwift_ChaChaPoly_SHA256`, public keys sent as 64-byte ElligatorSwift
//! encodings (BIP 324) so the handshake looks like random bytes, x-only ECDH hashed as BIP 324
//! does, and the server's static key vouched for by a certificate its authority signs (BIP 340
//! Schnorr over SHA-256 of version, validity and the static key).
//!
//! ```text
//! initiator -> responder   e                          64 bytes
//! responder -> initiator   e, ee, s, es, certificate  64 + (64 + 16) + (74 + 16) = 234 bytes
//! ```
//! After it each side holds two cipher states; frames are sent as an encrypted 6-byte header
//! (22 bytes) and the payload encrypted in chunks of at most 65,535 bytes (MAC included).

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use secp256k1::ellswift::{ElligatorSwift, ElligatorSwiftParty};
use secp256k1::{Keypair, PublicKey, SecretKey, XOnlyPublicKey, schnorr};
use sha2::{Digest, Sha256};

use super::frame::{DEFAULT_MAX_PAYLOAD, Frame, HEADER_SIZE, Header, MAX_PAYLOAD};
use super::key::{AuthorityKey, AuthorityPublicKey, SECP, random_secret, random32};
use super::{Message, Sv2Error};

/// The protocol name, hashed into the first chaining key.
pub const PROTOCOL_NAME: &str = "Noise_NX_Secp256k1+EllSwift_ChaChaPoly_SHA256";
/// An ElligatorSwift-encoded public key.
pub const ELLSWIFT_SIZE: usize = 64;
/// The authentication tag of every encrypted message.
pub const MAC_SIZE: usize = 16;
/// A certificate: version (2), valid from (4), not valid after (4), signature (64).
pub const CERTIFICATE_SIZE: usize = 74;
/// The initiator's message.
pub const INITIATOR_MESSAGE_SIZE: usize = ELLSWIFT_SIZE;
/// The responder's message.
pub const RESPONDER_MESSAGE_SIZE: usize =
    ELLSWIFT_SIZE + ELLSWIFT_SIZE + MAC_SIZE + CERTIFICATE_SIZE + MAC_SIZE;
/// An encrypted frame header.
pub const ENCRYPTED_HEADER_SIZE: usize = HEADER_SIZE + MAC_SIZE;
/// Largest encrypted chunk, MAC included.
pub const MAX_CHUNK: usize = 65_535;
/// Certificate version this implementation signs and accepts.
pub const CERTIFICATE_VERSION: u16 = 0;
/// Clock difference tolerated when checking a certificate's validity (seconds), as the
/// reference implementation does.
pub const CLOCK_LEEWAY: u32 = 10;

fn sha256(parts: &[&[u8]]) -> [u8; 32] {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p);
    }
    h.finalize().into()
}

/// HMAC-SHA256 (RFC 2104), as Noise's HKDF uses it.
fn hmac(key: &[u8; 32], parts: &[&[u8]]) -> [u8; 32] {
    let mut ipad = [0x36u8; 64];
    let mut opad = [0x5cu8; 64];
    for (i, k) in key.iter().enumerate() {
        ipad[i] ^= k;
        opad[i] ^= k;
    }
    let mut inner = Sha256::new();
    inner.update(ipad);
    for p in parts {
        inner.update(p);
    }
    let inner: [u8; 32] = inner.finalize().into();
    sha256(&[&opad, &inner])
}

/// Noise's HKDF with two outputs.
fn hkdf2(ck: &[u8; 32], ikm: &[u8]) -> ([u8; 32], [u8; 32]) {
    let temp = hmac(ck, &[ikm]);
    let o1 = hmac(&temp, &[&[1]]);
    let o2 = hmac(&temp, &[&o1, &[2]]);
    (o1, o2)
}

/// One direction's key and message counter.
pub struct CipherState {
    cipher: ChaCha20Poly1305,
    n: u64,
}

impl std::fmt::Debug for CipherState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CipherState").field("n", &self.n).finish()
    }
}

impl CipherState {
    fn new(k: &[u8; 32]) -> Self {
        Self {
            cipher: ChaCha20Poly1305::new(Key::from_slice(k)),
            n: 0,
        }
    }

    /// Noise's nonce: 32 zero bits, then the counter little-endian.
    fn nonce(&self) -> Result<Nonce, Sv2Error> {
        if self.n == u64::MAX {
            return Err(Sv2Error::NonceExhausted);
        }
        let mut b = [0u8; 12];
        b[4..].copy_from_slice(&self.n.to_le_bytes());
        Ok(*Nonce::from_slice(&b))
    }

    fn encrypt(&mut self, ad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, Sv2Error> {
        let nonce = self.nonce()?;
        let out = self
            .cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad: ad,
                },
            )
            .map_err(|_| Sv2Error::Handshake("encryption failed".into()))?;
        self.n += 1;
        Ok(out)
    }

    fn decrypt(
        &mut self,
        ad: &[u8],
        ciphertext: &[u8],
        what: &'static str,
    ) -> Result<Vec<u8>, Sv2Error> {
        let nonce = self.nonce()?;
        let out = self
            .cipher
            .decrypt(
                &nonce,
                Payload {
                    msg: ciphertext,
                    aad: ad,
                },
            )
            .map_err(|_| Sv2Error::Decrypt(what))?;
        self.n += 1;
        Ok(out)
    }
}

/// The handshake's running hash and chaining key (Noise's SymmetricState).
#[derive(Debug)]
struct Symmetric {
    ck: [u8; 32],
    h: [u8; 32],
    k: Option<CipherState>,
}

impl Symmetric {
    fn new() -> Self {
        // The name is longer than 32 bytes, so h = HASH(name); then the empty prologue is
        // mixed in.
        let ck = sha256(&[PROTOCOL_NAME.as_bytes()]);
        Self {
            ck,
            h: sha256(&[&ck]),
            k: None,
        }
    }

    fn mix_hash(&mut self, data: &[u8]) {
        self.h = sha256(&[&self.h, data]);
    }

    fn mix_key(&mut self, ikm: &[u8]) {
        let (ck, k) = hkdf2(&self.ck, ikm);
        self.ck = ck;
        self.k = Some(CipherState::new(&k));
    }

    fn encrypt_and_hash(&mut self, plaintext: &[u8]) -> Result<Vec<u8>, Sv2Error> {
        let h = self.h;
        let out = match self.k.as_mut() {
            Some(k) => k.encrypt(&h, plaintext)?,
            None => plaintext.to_vec(),
        };
        self.mix_hash(&out);
        Ok(out)
    }

    fn decrypt_and_hash(
        &mut self,
        ciphertext: &[u8],
        what: &'static str,
    ) -> Result<Vec<u8>, Sv2Error> {
        let h = self.h;
        let out = match self.k.as_mut() {
            Some(k) => k
                .decrypt(&h, ciphertext, what)
                .map_err(|_| Sv2Error::Handshake(format!("{what} does not authenticate")))?,
            None => ciphertext.to_vec(),
        };
        self.mix_hash(ciphertext);
        Ok(out)
    }

    /// The two transport keys: the first encrypts what the initiator sends.
    fn split(&self) -> (CipherState, CipherState) {
        let (k1, k2) = hkdf2(&self.ck, &[]);
        (CipherState::new(&k1), CipherState::new(&k2))
    }
}

fn ellswift_of(sk: &SecretKey) -> ElligatorSwift {
    ElligatorSwift::from_seckey(&SECP, *sk, Some(random32()))
}

/// x-only ECDH over ElligatorSwift encodings, hashed as BIP 324 does (party A initiates).
fn xdh(
    initiator: ElligatorSwift,
    responder: ElligatorSwift,
    sk: &SecretKey,
    party: ElligatorSwiftParty,
) -> [u8; 32] {
    ElligatorSwift::shared_secret(initiator, responder, *sk, party, None).to_secret_bytes()
}

/// The server's certificate: its static key signed by the authority for a span of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Certificate {
    /// Certificate version (0).
    pub version: u16,
    /// Valid from (Unix seconds).
    pub valid_from: u32,
    /// Not valid after (Unix seconds).
    pub not_valid_after: u32,
    /// BIP 340 signature by the authority.
    pub signature: [u8; 64],
}

impl Certificate {
    fn digest(
        version: u16,
        valid_from: u32,
        not_valid_after: u32,
        static_key: &XOnlyPublicKey,
    ) -> secp256k1::Message {
        let d = sha256(&[
            &version.to_le_bytes(),
            &valid_from.to_le_bytes(),
            &not_valid_after.to_le_bytes(),
            &static_key.serialize(),
        ]);
        secp256k1::Message::from_digest(d)
    }

    /// The authority signs a static key.
    pub fn sign(
        authority: &AuthorityKey,
        static_key: &XOnlyPublicKey,
        valid_from: u32,
        not_valid_after: u32,
    ) -> Self {
        let m = Self::digest(CERTIFICATE_VERSION, valid_from, not_valid_after, static_key);
        let sig = SECP.sign_schnorr_with_aux_rand(&m, authority.keypair(), &random32());
        Self {
            version: CERTIFICATE_VERSION,
            valid_from,
            not_valid_after,
            signature: *sig.as_ref(),
        }
    }

    /// The 74 bytes sent.
    pub fn to_bytes(&self) -> [u8; CERTIFICATE_SIZE] {
        let mut b = [0u8; CERTIFICATE_SIZE];
        b[..2].copy_from_slice(&self.version.to_le_bytes());
        b[2..6].copy_from_slice(&self.valid_from.to_le_bytes());
        b[6..10].copy_from_slice(&self.not_valid_after.to_le_bytes());
        b[10..].copy_from_slice(&self.signature);
        b
    }

    /// Reads the 74 bytes.
    pub fn from_bytes(b: &[u8; CERTIFICATE_SIZE]) -> Self {
        let mut signature = [0u8; 64];
        signature.copy_from_slice(&b[10..]);
        Self {
            version: u16::from_le_bytes([b[0], b[1]]),
            valid_from: u32::from_le_bytes([b[2], b[3], b[4], b[5]]),
            not_valid_after: u32::from_le_bytes([b[6], b[7], b[8], b[9]]),
            signature,
        }
    }

    /// Checks version, validity at `now` (with [`CLOCK_LEEWAY`]) and the authority's signature
    /// over `static_key`.
    pub fn verify(
        &self,
        static_key: &XOnlyPublicKey,
        authority: &AuthorityPublicKey,
        now: u32,
    ) -> Result<(), Sv2Error> {
        if self.version != CERTIFICATE_VERSION {
            return Err(Sv2Error::Certificate(format!(
                "version {} (expected {CERTIFICATE_VERSION})",
                self.version
            )));
        }
        if now.saturating_add(CLOCK_LEEWAY) < self.valid_from
            || now > self.not_valid_after.saturating_add(CLOCK_LEEWAY)
        {
            return Err(Sv2Error::Certificate(format!(
                "valid from {} to {}, it is now {now}",
                self.valid_from, self.not_valid_after
            )));
        }
        let sig = schnorr::Signature::from_slice(&self.signature)
            .map_err(|e| Sv2Error::Certificate(format!("malformed signature: {e}")))?;
        let m = Self::digest(
            self.version,
            self.valid_from,
            self.not_valid_after,
            static_key,
        );
        SECP.verify_schnorr(&sig, &m, &authority.0).map_err(|_| {
            Sv2Error::Certificate(format!(
                "not signed by the pinned authority key {authority}"
            ))
        })
    }
}

/// The client's side of the handshake.
#[derive(Debug)]
pub struct Initiator {
    sym: Symmetric,
    e: SecretKey,
    e_ell: ElligatorSwift,
    authority: AuthorityPublicKey,
}

/// What the initiator learnt about the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerIdentity {
    /// The server's static key (x-only).
    pub static_key: [u8; 32],
    /// Its certificate.
    pub certificate: Certificate,
}

impl Initiator {
    /// Starts a handshake with a server whose authority key is pinned; returns the first
    /// message to send (64 bytes).
    pub fn new(authority: AuthorityPublicKey) -> (Self, [u8; INITIATOR_MESSAGE_SIZE]) {
        let e = random_secret();
        let e_ell = ellswift_of(&e);
        let mut sym = Symmetric::new();
        let msg = e_ell.to_array();
        sym.mix_hash(&msg);
        // The empty payload: no key yet, so only hashed.
        sym.mix_hash(&[]);
        (
            Self {
                sym,
                e,
                e_ell,
                authority,
            },
            msg,
        )
    }

    /// Reads the responder's message, checks the certificate at `now` (Unix seconds) and
    /// returns the transport.
    pub fn finish(mut self, msg: &[u8], now: u32) -> Result<Transport, Sv2Error> {
        self.finish_with_identity(msg, now).map(|(t, _)| t)
    }

    /// As [`Initiator::finish`], also returning the server's static key and certificate.
    pub fn finish_with_identity(
        &mut self,
        msg: &[u8],
        now: u32,
    ) -> Result<(Transport, ServerIdentity), Sv2Error> {
        if msg.len() != RESPONDER_MESSAGE_SIZE {
            return Err(Sv2Error::Handshake(format!(
                "responder message of {} bytes, expected {RESPONDER_MESSAGE_SIZE}",
                msg.len()
            )));
        }
        let (re, rest) = msg.split_at(ELLSWIFT_SIZE);
        let (rs_enc, cert_enc) = rest.split_at(ELLSWIFT_SIZE + MAC_SIZE);
        let re_arr: [u8; ELLSWIFT_SIZE] = re.try_into().expect("split at 64");
        let re_ell = ElligatorSwift::from_array(re_arr);
        self.sym.mix_hash(&re_arr);
        let ee = xdh(self.e_ell, re_ell, &self.e, ElligatorSwiftParty::A);
        self.sym.mix_key(&ee);
        let rs = self.sym.decrypt_and_hash(rs_enc, "static key")?;
        let rs_arr: [u8; ELLSWIFT_SIZE] = rs
            .try_into()
            .map_err(|_| Sv2Error::Handshake("static key of the wrong size".into()))?;
        let rs_ell = ElligatorSwift::from_array(rs_arr);
        let es = xdh(self.e_ell, rs_ell, &self.e, ElligatorSwiftParty::A);
        self.sym.mix_key(&es);
        let cert = self.sym.decrypt_and_hash(cert_enc, "certificate")?;
        let cert_arr: [u8; CERTIFICATE_SIZE] = cert
            .try_into()
            .map_err(|_| Sv2Error::Handshake("certificate of the wrong size".into()))?;
        let certificate = Certificate::from_bytes(&cert_arr);
        let static_key = PublicKey::from_ellswift(rs_ell).x_only_public_key().0;
        certificate.verify(&static_key, &self.authority, now)?;
        let (send, recv) = self.sym.split();
        Ok((
            Transport::new(send, recv),
            ServerIdentity {
                static_key: static_key.serialize(),
                certificate,
            },
        ))
    }
}

/// The server's side: its authority, a static key certified by it, and how long the
/// certificates it gives are valid.
#[derive(Debug, Clone)]
pub struct Responder {
    authority: AuthorityKey,
    static_key: Keypair,
    validity: u32,
}

impl Responder {
    /// A responder with a fresh static key; each handshake's certificate is valid for
    /// `validity` seconds from the handshake.
    pub fn new(authority: AuthorityKey, validity: u32) -> Self {
        Self {
            authority,
            static_key: Keypair::from_secret_key(&SECP, &random_secret()),
            validity,
        }
    }

    /// The authority's public key, which miners pin.
    pub fn authority(&self) -> AuthorityPublicKey {
        self.authority.public()
    }

    /// Answers the initiator's message: the reply to send and the transport.
    pub fn respond(&self, msg: &[u8], now: u32) -> Result<(Vec<u8>, Transport), Sv2Error> {
        let ie_arr: [u8; ELLSWIFT_SIZE] = msg.try_into().map_err(|_| {
            Sv2Error::Handshake(format!(
                "initiator message of {} bytes, expected {INITIATOR_MESSAGE_SIZE}",
                msg.len()
            ))
        })?;
        let ie_ell = ElligatorSwift::from_array(ie_arr);
        let mut sym = Symmetric::new();
        sym.mix_hash(&ie_arr);
        sym.mix_hash(&[]);
        let e = random_secret();
        let e_ell = ellswift_of(&e);
        let mut out = Vec::with_capacity(RESPONDER_MESSAGE_SIZE);
        out.extend_from_slice(&e_ell.to_array());
        sym.mix_hash(&e_ell.to_array());
        let ee = xdh(ie_ell, e_ell, &e, ElligatorSwiftParty::B);
        sym.mix_key(&ee);
        let s = self.static_key.secret_key();
        let s_ell = ellswift_of(&s);
        out.extend_from_slice(&sym.encrypt_and_hash(&s_ell.to_array())?);
        let es = xdh(ie_ell, s_ell, &s, ElligatorSwiftParty::B);
        sym.mix_key(&es);
        let cert = Certificate::sign(
            &self.authority,
            &self.static_key.x_only_public_key().0,
            now,
            now.saturating_add(self.validity),
        );
        out.extend_from_slice(&sym.encrypt_and_hash(&cert.to_bytes())?);
        let (initiator_to_responder, responder_to_initiator) = sym.split();
        Ok((
            out,
            Transport::new(responder_to_initiator, initiator_to_responder),
        ))
    }
}

/// Encrypts frames for one direction.
#[derive(Debug)]
pub struct Encryptor {
    cs: CipherState,
}

impl Encryptor {
    /// The encrypted bytes of a message.
    pub fn encrypt(&mut self, msg: &Message) -> Result<Vec<u8>, Sv2Error> {
        self.encrypt_frame(&Frame::of(msg)?)
    }

    /// The encrypted bytes of a frame: the header alone, then the payload in chunks.
    pub fn encrypt_frame(&mut self, frame: &Frame) -> Result<Vec<u8>, Sv2Error> {
        let mut out =
            Vec::with_capacity(encrypted_len(frame.payload.len()) + ENCRYPTED_HEADER_SIZE);
        out.extend_from_slice(&self.cs.encrypt(&[], &frame.header.to_bytes())?);
        for chunk in frame.payload.chunks(MAX_CHUNK - MAC_SIZE) {
            out.extend_from_slice(&self.cs.encrypt(&[], chunk)?);
        }
        Ok(out)
    }
}

/// Bytes on the wire for an encrypted payload of `len` bytes (header not counted).
pub fn encrypted_len(len: usize) -> usize {
    len + len.div_ceil(MAX_CHUNK - MAC_SIZE) * MAC_SIZE
}

/// Decrypts frames from a stream of bytes.
#[derive(Debug)]
pub struct Decryptor {
    cs: CipherState,
    buf: Vec<u8>,
    header: Option<Header>,
    max_payload: usize,
}

impl Decryptor {
    /// Appends received bytes.
    pub fn push(&mut self, data: &[u8]) {
        self.buf.extend_from_slice(data);
    }

    /// Bytes received and not yet decrypted.
    pub fn buffered(&self) -> usize {
        self.buf.len()
    }

    /// Sets the largest payload accepted (at most the 16 MiB the format allows).
    pub fn set_max_payload(&mut self, max: usize) {
        self.max_payload = max.min(MAX_PAYLOAD);
    }

    /// The next whole frame, `None` when more bytes are needed. An error leaves the stream
    /// unusable: the caller closes the connection.
    pub fn next_frame(&mut self) -> Result<Option<Frame>, Sv2Error> {
        let header = match self.header {
            Some(h) => h,
            None => {
                if self.buf.len() < ENCRYPTED_HEADER_SIZE {
                    return Ok(None);
                }
                let plain =
                    self.cs
                        .decrypt(&[], &self.buf[..ENCRYPTED_HEADER_SIZE], "frame header")?;
                self.buf.drain(..ENCRYPTED_HEADER_SIZE);
                let arr: [u8; HEADER_SIZE] = plain
                    .try_into()
                    .map_err(|_| Sv2Error::Decrypt("frame header"))?;
                let h = Header::parse(&arr);
                if h.len() > self.max_payload {
                    return Err(Sv2Error::FrameTooLarge {
                        len: h.len(),
                        max: self.max_payload,
                    });
                }
                self.header = Some(h);
                h
            }
        };
        let wire = encrypted_len(header.len());
        if self.buf.len() < wire {
            return Ok(None);
        }
        let mut payload = Vec::with_capacity(header.len());
        for chunk in self.buf[..wire].chunks(MAX_CHUNK) {
            payload.extend_from_slice(&self.cs.decrypt(&[], chunk, "frame payload")?);
        }
        self.buf.drain(..wire);
        self.header = None;
        Ok(Some(Frame { header, payload }))
    }
}

/// Both directions of an established connection.
#[derive(Debug)]
pub struct Transport {
    /// What this side sends.
    pub send: Encryptor,
    /// What this side receives.
    pub recv: Decryptor,
}

impl Transport {
    fn new(send: CipherState, recv: CipherState) -> Self {
        Self {
            send: Encryptor { cs: send },
            recv: Decryptor {
                cs: recv,
                buf: Vec::new(),
                header: None,
                max_payload: DEFAULT_MAX_PAYLOAD,
            },
        }
    }

    /// The encrypted bytes of a message.
    pub fn encrypt(&mut self, msg: &Message) -> Result<Vec<u8>, Sv2Error> {
        self.send.encrypt(msg)
    }

    /// Appends received bytes.
    pub fn push(&mut self, data: &[u8]) {
        self.recv.push(data);
    }

    /// The next whole received frame.
    pub fn next_frame(&mut self) -> Result<Option<Frame>, Sv2Error> {
        self.recv.next_frame()
    }

    /// The two halves, for a connection read and written by different tasks.
    pub fn split(self) -> (Encryptor, Decryptor) {
        (self.send, self.recv)
    }
}

//! Stratum V2 against the reference implementation's crates: handshakes across the two
//! implementations in both roles, frames each encrypts and the other decrypts, and every
//! message we share encoded by one side and decoded by the other, on random values.

use std::time::Duration;

use binary_sv2::{B032, B064K, Seq0255, Str0255, Sv2Option, U256};
use minewatch_stratum::sv2::message::{
    NewExtendedMiningJob, NewMiningJob, OpenStandardMiningChannel,
    OpenStandardMiningChannelSuccess, SetNewPrevHash, SetTarget, SetupConnection,
    SubmitSharesError, SubmitSharesStandard, SubmitSharesSuccess,
};
use minewatch_stratum::sv2::noise::{ENCRYPTED_HEADER_SIZE, PROTOCOL_NAME};
use minewatch_stratum::sv2::{
    AuthorityKey, AuthorityPublicKey, Frame, Header, Initiator, Message, Responder, Sv2Error, frame,
};
use proptest::prelude::*;
use sha2::Digest;

fn now() -> u32 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_secs() as u32
}

/// Keys the reference implementation's own tests use (codec_sv2's test_utils), in its
/// base58check forms.
const REF_AUTHORITY_PUBLIC: &str = "9auqWEzQDVyd2oe1JVGFLMLHZtCo2FFqZwtKA5gd9xbuEu7PH72";
const REF_AUTHORITY_SECRET: &str = "mkDLTBBRxdBv998612qipDYoTK3YUrqLe8uWw7gu3iXbSrn2n";

#[test]
fn the_protocol_name_hashes_to_the_reference_constant() {
    let h: [u8; 32] = sha2::Sha256::digest(PROTOCOL_NAME.as_bytes()).into();
    assert_eq!(h, noise_sv2::NOISE_HASHED_PROTOCOL_NAME_CHACHA);
}

#[test]
fn authority_keys_read_and_write_the_reference_format() {
    let public: AuthorityPublicKey = REF_AUTHORITY_PUBLIC.parse().expect("reference public key");
    let secret = AuthorityKey::parse(REF_AUTHORITY_SECRET).expect("reference secret key");
    assert_eq!(
        secret.public(),
        public,
        "the secret key's public half is the published one"
    );
    assert_eq!(public.to_string(), REF_AUTHORITY_PUBLIC);
    assert_eq!(secret.to_secret_string(), REF_AUTHORITY_SECRET);
    // 64 hex digits work too, and a typo is caught by the checksum, naming the input.
    let hex = minewatch_pow::hex::encode(&public.to_bytes());
    assert_eq!(hex.parse::<AuthorityPublicKey>().expect("hex"), public);
    let typo = REF_AUTHORITY_PUBLIC.replace('W', "X");
    let err = typo
        .parse::<AuthorityPublicKey>()
        .expect_err("bad checksum");
    assert!(err.to_string().contains(&typo), "{err}");
    assert!(AuthorityKey::parse("not a key").is_err());
}

fn their_keys(key: &AuthorityKey) -> ([u8; 32], [u8; 32]) {
    (key.public().to_bytes(), key.secret_bytes())
}

/// Decrypts one frame with a reference NoiseEngine: header (22 bytes) then payload.
fn their_decrypt(engine: &mut noise_sv2::NoiseEngine, wire: &[u8]) -> (Header, Vec<u8>) {
    let mut head = wire[..ENCRYPTED_HEADER_SIZE].to_vec();
    engine
        .decrypt(&mut head)
        .expect("reference decrypts our header");
    let header = Header::parse(head.as_slice().try_into().expect("6 bytes"));
    let mut payload = wire[ENCRYPTED_HEADER_SIZE..].to_vec();
    if !payload.is_empty() {
        engine
            .decrypt(&mut payload)
            .expect("reference decrypts our payload");
    }
    assert_eq!(payload.len(), header.len());
    (header, payload)
}

/// Encrypts one frame with a reference NoiseEngine.
fn their_encrypt(engine: &mut noise_sv2::NoiseEngine, header: &[u8; 6], payload: &[u8]) -> Vec<u8> {
    let mut head = header.to_vec();
    engine.encrypt(&mut head).expect("encrypt header");
    let mut body = payload.to_vec();
    engine.encrypt(&mut body).expect("encrypt payload");
    head.extend_from_slice(&body);
    head
}

fn setup_connection() -> SetupConnection {
    SetupConnection {
        protocol: 0,
        min_version: 2,
        max_version: 2,
        flags: 0b101,
        endpoint_host: "127.0.0.1".into(),
        endpoint_port: 3336,
        vendor: "minewatch".into(),
        hardware_version: "cpu".into(),
        firmware: "0.1".into(),
        device_id: "rig-1".into(),
    }
}

#[test]
fn our_initiator_completes_a_handshake_with_the_reference_responder() {
    let authority = AuthorityKey::generate();
    let (public, secret) = their_keys(&authority);
    let mut responder =
        noise_sv2::Responder::from_authority_kp(&public, &secret, Duration::from_secs(3600))
            .expect("keys");
    let (ours, hello) = Initiator::new(authority.public());
    let (reply, mut engine) = responder
        .step_1(hello)
        .expect("the reference accepts our e");
    let mut client = ours
        .finish(&reply, now())
        .expect("we verify the reference's certificate");

    // Our frame, their decryption and their decoder.
    let wire = client
        .encrypt(&Message::from(setup_connection()))
        .expect("encrypt");
    let (header, mut payload) = their_decrypt(&mut engine, &wire);
    assert_eq!(
        header.msg_type,
        common_messages_sv2::MESSAGE_TYPE_SETUP_CONNECTION
    );
    let theirs: common_messages_sv2::SetupConnection<'_> =
        binary_sv2::from_bytes(&mut payload).expect("the reference decodes SetupConnection");
    assert_eq!(theirs.vendor.as_bytes(), b"minewatch");
    assert_eq!(theirs.endpoint_port, 3336);
    assert_eq!(theirs.flags, 0b101);

    // Their frame (a payload over one chunk), our decryption.
    let big = vec![7u8; 70_000];
    let h = Header {
        extension_type: 0x8000,
        msg_type: 0x1f,
        msg_length: big.len() as u32,
    };
    let mut wire = their_encrypt(&mut engine, &h.to_bytes(), &big[..65_519]);
    let mut rest = big[65_519..].to_vec();
    engine.encrypt(&mut rest).expect("second chunk");
    wire.extend_from_slice(&rest);
    // Fed a byte at a time: the decoder waits for whole frames.
    for b in &wire[..wire.len() - 1] {
        client.push(std::slice::from_ref(b));
        assert!(client.next_frame().expect("partial").is_none());
    }
    client.push(&wire[wire.len() - 1..]);
    let frame = client.next_frame().expect("decrypts").expect("whole");
    assert_eq!(frame.header, h);
    assert_eq!(frame.payload, big);
}

#[test]
fn the_reference_initiator_completes_a_handshake_with_our_responder() {
    let authority = AuthorityKey::generate();
    let responder = Responder::new(authority.clone(), 3600);
    let mut initiator =
        noise_sv2::Initiator::from_raw_k(authority.public().to_bytes()).expect("key");
    let hello = initiator.step_0().expect("step 0");
    let (reply, mut server) = responder.respond(&hello, now()).expect("we accept their e");
    let reply: [u8; 234] = reply.try_into().expect("234 bytes");
    let mut engine = initiator
        .step_2(reply)
        .expect("the reference verifies our certificate");

    let msg = Message::from(OpenStandardMiningChannelSuccess {
        request_id: 9,
        channel_id: 4,
        target: [0x5a; 32],
        extranonce_prefix: vec![1, 2, 3, 4],
        group_channel_id: 0,
    });
    let wire = server.encrypt(&msg).expect("encrypt");
    let (header, mut payload) = their_decrypt(&mut engine, &wire);
    assert_eq!(
        header.msg_type,
        mining_sv2::MESSAGE_TYPE_OPEN_STANDARD_MINING_CHANNEL_SUCCESS
    );
    let theirs: mining_sv2::OpenStandardMiningChannelSuccess<'_> =
        binary_sv2::from_bytes(&mut payload).expect("decodes");
    assert_eq!((theirs.request_id, theirs.channel_id), (9, 4));
    assert_eq!(theirs.extranonce_prefix.as_bytes(), &[1, 2, 3, 4]);

    let submit = mining_sv2::SubmitSharesStandard {
        channel_id: 4,
        sequence_number: 1,
        job_id: 2,
        nonce: 0xdead_beef,
        ntime: 1_700_000_000,
        version: 0x2000_0000,
    };
    let payload = binary_sv2::to_bytes(submit).expect("encode");
    let h = Header {
        extension_type: 0x8000,
        msg_type: mining_sv2::MESSAGE_TYPE_SUBMIT_SHARES_STANDARD,
        msg_length: payload.len() as u32,
    };
    server.push(&their_encrypt(&mut engine, &h.to_bytes(), &payload));
    let got = server
        .next_frame()
        .expect("decrypts")
        .expect("whole")
        .message()
        .expect("decodes");
    assert_eq!(
        got,
        Message::from(SubmitSharesStandard {
            channel_id: 4,
            sequence_number: 1,
            job_id: 2,
            nonce: 0xdead_beef,
            ntime: 1_700_000_000,
            version: 0x2000_0000,
        })
    );
}

#[test]
fn a_server_signed_by_another_authority_is_refused() {
    let pinned = AuthorityKey::generate();
    let impostor = Responder::new(AuthorityKey::generate(), 3600);
    let (ours, hello) = Initiator::new(pinned.public());
    let (reply, _) = impostor.respond(&hello, now()).expect("respond");
    let err = ours.finish(&reply, now()).expect_err("wrong authority");
    assert!(matches!(err, Sv2Error::Certificate(_)), "{err}");
    assert!(
        err.to_string().contains(&pinned.public().to_string()),
        "{err}"
    );

    // An expired certificate too, from the right authority.
    let honest = Responder::new(pinned.clone(), 60);
    let (ours, hello) = Initiator::new(pinned.public());
    let (reply, _) = honest.respond(&hello, 1_000_000).expect("respond");
    let err = ours
        .finish(&reply, 1_000_000 + 60 + 11)
        .expect_err("expired");
    assert!(err.to_string().contains("valid from"), "{err}");
}

#[test]
fn a_tampered_handshake_or_frame_is_refused() {
    let authority = AuthorityKey::generate();
    let responder = Responder::new(authority.clone(), 3600);
    for i in [0usize, 70, 150, 233] {
        let (ours, hello) = Initiator::new(authority.public());
        let (mut reply, _) = responder.respond(&hello, now()).expect("respond");
        reply[i] ^= 1;
        assert!(
            ours.finish(&reply, now()).is_err(),
            "flipped byte {i} accepted"
        );
    }
    let (ours, hello) = Initiator::new(authority.public());
    let (reply, mut server) = responder.respond(&hello, now()).expect("respond");
    let mut client = ours.finish(&reply, now()).expect("finish");
    let mut wire = server
        .encrypt(&Message::from(SetTarget {
            channel_id: 1,
            maximum_target: [1; 32],
        }))
        .expect("enc");
    let last = wire.len() - 1;
    wire[last] ^= 0x80;
    client.push(&wire);
    assert_eq!(
        client.next_frame().expect_err("forged"),
        Sv2Error::Decrypt("frame payload")
    );
}

#[test]
fn an_oversized_frame_is_refused_before_it_is_buffered() {
    let authority = AuthorityKey::generate();
    let responder = Responder::new(authority.clone(), 3600);
    let (ours, hello) = Initiator::new(authority.public());
    let (reply, mut server) = responder.respond(&hello, now()).expect("respond");
    let mut client = ours.finish(&reply, now()).expect("finish");
    let frame = Frame {
        header: Header {
            extension_type: 0,
            msg_type: 0x1f,
            msg_length: 300_000,
        },
        payload: vec![0; 300_000],
    };
    let wire = server.send.encrypt_frame(&frame).expect("encrypt");
    client.push(&wire[..ENCRYPTED_HEADER_SIZE]);
    let err = client.next_frame().expect_err("too large");
    assert!(
        matches!(err, Sv2Error::FrameTooLarge { len: 300_000, .. }),
        "{err}"
    );
    let mut plain = frame::FrameBuffer::default();
    plain.push(&frame.header.to_bytes());
    assert!(matches!(
        plain.next_frame(),
        Err(Sv2Error::FrameTooLarge { .. })
    ));
}

fn u256() -> impl Strategy<Value = [u8; 32]> {
    any::<[u8; 32]>()
}

fn s255() -> impl Strategy<Value = String> {
    "[ -~]{0,40}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn messages_decode_across_the_two_implementations(
        a in any::<u32>(), b in any::<u32>(), c in any::<u32>(), d in any::<u32>(), e in any::<u32>(),
        f in any::<u64>(), x in u256(), y in u256(), s in s255(), t in s255(),
        prefix in proptest::collection::vec(any::<u8>(), 0..=32),
        path in proptest::collection::vec(u256(), 0..6),
        coinbase in proptest::collection::vec(any::<u8>(), 0..300),
        min_ntime in proptest::option::of(any::<u32>()), rate in 0.0f32..1e15,
    ) {
        // Ours encoded, theirs decoded.
        let ours = Message::from(OpenStandardMiningChannel { request_id: a, user_identity: s.clone(), nominal_hash_rate: rate, max_target: x });
        let mut p = ours.encode_payload().expect("encode");
        let theirs: mining_sv2::OpenStandardMiningChannel<'_> = binary_sv2::from_bytes(&mut p).expect("decode");
        prop_assert_eq!(theirs.request_id, a);
        prop_assert_eq!(theirs.user_identity.as_bytes(), s.as_bytes());
        prop_assert_eq!(theirs.nominal_hash_rate, rate);
        prop_assert_eq!(theirs.max_target.as_bytes(), &x[..]);

        let ours = Message::from(NewMiningJob { channel_id: a, job_id: b, min_ntime, version: c, merkle_root: x });
        let mut p = ours.encode_payload().expect("encode");
        let theirs: mining_sv2::NewMiningJob<'_> = binary_sv2::from_bytes(&mut p).expect("decode");
        prop_assert_eq!((theirs.channel_id, theirs.job_id, theirs.version), (a, b, c));
        prop_assert_eq!(theirs.min_ntime.into_inner(), min_ntime);
        prop_assert_eq!(theirs.merkle_root.as_bytes(), &x[..]);

        let ours = Message::from(NewExtendedMiningJob {
            channel_id: a, job_id: b, min_ntime, version: c, version_rolling_allowed: d % 2 == 0,
            merkle_path: path.clone(), coinbase_tx_prefix: coinbase.clone(), coinbase_tx_suffix: prefix.clone(),
        });
        let mut p = ours.encode_payload().expect("encode");
        let theirs: mining_sv2::NewExtendedMiningJob<'_> = binary_sv2::from_bytes(&mut p).expect("decode");
        prop_assert_eq!(theirs.version_rolling_allowed, d % 2 == 0);
        let their_path: Vec<Vec<u8>> = theirs.merkle_path.into_inner().iter().map(|u| u.as_bytes().to_vec()).collect();
        prop_assert_eq!(their_path, path.iter().map(|u| u.to_vec()).collect::<Vec<_>>());
        prop_assert_eq!(theirs.coinbase_tx_prefix.as_bytes(), &coinbase[..]);
        prop_assert_eq!(theirs.coinbase_tx_suffix.as_bytes(), &prefix[..]);

        // Theirs encoded, ours decoded.
        let theirs = mining_sv2::SetNewPrevHash { channel_id: a, job_id: b, prev_hash: U256::from(&x), min_ntime: c, nbits: d };
        let p = binary_sv2::to_bytes(theirs).expect("encode");
        prop_assert_eq!(
            Message::decode_payload(mining_sv2::MESSAGE_TYPE_MINING_SET_NEW_PREV_HASH, &p).expect("decode"),
            Message::from(SetNewPrevHash { channel_id: a, job_id: b, prev_hash: x, min_ntime: c, nbits: d })
        );
        let theirs = mining_sv2::OpenStandardMiningChannelSuccess {
            request_id: a, channel_id: b, target: U256::from(&y),
            extranonce_prefix: B032::new(&prefix).expect("<= 32"), group_channel_id: c,
        };
        let p = binary_sv2::to_bytes(theirs).expect("encode");
        prop_assert_eq!(
            Message::decode_payload(mining_sv2::MESSAGE_TYPE_OPEN_STANDARD_MINING_CHANNEL_SUCCESS, &p).expect("decode"),
            Message::from(OpenStandardMiningChannelSuccess { request_id: a, channel_id: b, target: y, extranonce_prefix: prefix.clone(), group_channel_id: c })
        );
        let theirs = mining_sv2::SubmitSharesSuccess { channel_id: a, last_sequence_number: b, new_submits_accepted_count: c, new_shares_sum: f };
        let p = binary_sv2::to_bytes(theirs).expect("encode");
        prop_assert_eq!(
            Message::decode_payload(mining_sv2::MESSAGE_TYPE_SUBMIT_SHARES_SUCCESS, &p).expect("decode"),
            Message::from(SubmitSharesSuccess { channel_id: a, last_sequence_number: b, new_submits_accepted_count: c, new_shares_sum: f })
        );
        let theirs = mining_sv2::SubmitSharesError { channel_id: a, sequence_number: e, error_code: Str0255::new(t.as_bytes()).expect("<= 255") };
        let p = binary_sv2::to_bytes(theirs).expect("encode");
        prop_assert_eq!(
            Message::decode_payload(mining_sv2::MESSAGE_TYPE_SUBMIT_SHARES_ERROR, &p).expect("decode"),
            Message::from(SubmitSharesError { channel_id: a, sequence_number: e, error_code: t.clone() })
        );
        let theirs = mining_sv2::NewExtendedMiningJob {
            channel_id: a, job_id: b, min_ntime: Sv2Option::new(min_ntime), version: c, version_rolling_allowed: true,
            merkle_path: Seq0255::new(path.iter().map(U256::from).collect()).expect("<= 255"),
            coinbase_tx_prefix: B064K::new(&coinbase).expect("small"), coinbase_tx_suffix: B064K::new(&prefix).expect("small"),
        };
        let p = binary_sv2::to_bytes(theirs).expect("encode");
        prop_assert_eq!(
            Message::decode_payload(mining_sv2::MESSAGE_TYPE_NEW_EXTENDED_MINING_JOB, &p).expect("decode"),
            Message::from(NewExtendedMiningJob {
                channel_id: a, job_id: b, min_ntime, version: c, version_rolling_allowed: true,
                merkle_path: path.clone(), coinbase_tx_prefix: coinbase.clone(), coinbase_tx_suffix: prefix.clone(),
            })
        );
        let theirs = common_messages_sv2::SetupConnection {
            protocol: common_messages_sv2::Protocol::MiningProtocol, min_version: 2, max_version: 2, flags: a,
            endpoint_host: Str0255::new(s.as_bytes()).expect("short"), endpoint_port: 3336,
            vendor: Str0255::new(t.as_bytes()).expect("short"), hardware_version: Str0255::new(b"").expect("empty"),
            firmware: Str0255::new(b"fw").expect("short"), device_id: Str0255::new(b"id").expect("short"),
        };
        let p = binary_sv2::to_bytes(theirs).expect("encode");
        let Message::SetupConnection(got) = Message::decode_payload(0, &p).expect("decode") else {
            panic!("not SetupConnection");
        };
        prop_assert_eq!((got.flags, got.endpoint_host, got.vendor, got.firmware), (a, s.clone(), t.clone(), "fw".to_string()));
    }

    #[test]
    fn any_bytes_decode_to_a_message_or_an_error(msg_type in any::<u8>(), payload in proptest::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(m) = Message::decode_payload(msg_type, &payload) {
            // What decodes re-encodes to the same bytes: no field is read leniently.
            prop_assert_eq!(m.encode_payload().expect("re-encode"), payload);
        }
    }

    #[test]
    fn any_segmentation_of_an_encrypted_session_decodes_the_same(cuts in proptest::collection::vec(1usize..400, 1..40)) {
        let authority = AuthorityKey::generate();
        let responder = Responder::new(authority.clone(), 3600);
        let (ours, hello) = Initiator::new(authority.public());
        let (reply, mut server) = responder.respond(&hello, 1_700_000_000).expect("respond");
        let mut client = ours.finish(&reply, 1_700_000_000).expect("finish");
        let sent: Vec<Message> = (0..20u32)
            .map(|i| match i % 3 {
                0 => Message::from(NewMiningJob { channel_id: 1, job_id: i, min_ntime: Some(i), version: 0x2000_0000, merkle_root: [i as u8; 32] }),
                1 => Message::from(SetTarget { channel_id: 1, maximum_target: [i as u8; 32] }),
                _ => Message::from(setup_connection()),
            })
            .collect();
        let mut wire = Vec::new();
        for m in &sent {
            wire.extend_from_slice(&server.encrypt(m).expect("encrypt"));
        }
        let mut got = Vec::new();
        let mut at = 0;
        let mut cut = cuts.iter().cycle();
        while at < wire.len() {
            let n = (*cut.next().expect("cycle")).min(wire.len() - at);
            client.push(&wire[at..at + n]);
            at += n;
            while let Some(f) = client.next_frame().expect("decrypt") {
                got.push(f.message().expect("decode"));
            }
        }
        prop_assert_eq!(got, sent);
    }
}

#[test]
fn an_acknowledgement_covers_its_sequence_number_and_the_earlier_ones_across_the_wrap() {
    let ack = |last| SubmitSharesSuccess {
        channel_id: 1,
        last_sequence_number: last,
        new_submits_accepted_count: 1,
        new_shares_sum: 1,
    };
    assert!(ack(10).covers(10) && ack(10).covers(9) && ack(10).covers(0));
    assert!(!ack(10).covers(11) && !ack(10).covers(1_000_000));
    assert!(
        ack(3).covers(u32::MAX) && ack(3).covers(u32::MAX - 5),
        "sequence numbers wrap"
    );
    assert!(!ack(u32::MAX).covers(2));
}

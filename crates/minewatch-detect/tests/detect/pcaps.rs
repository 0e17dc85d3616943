#![allow(clippy::unwrap_used)] // Tests: a failed unwrap is a failed test.
//! Real mining captures (Peafowl's and Zeek's test traces): every mining flow found with the
//! right protocol, nothing in the negative captures; damaged captures refused clearly.

use minewatch_detect::net::{Analyzer, NetError, NetLimits, Protocol, Verdict};

fn analyze(file: &str) -> minewatch_detect::net::CaptureReport {
    let path = format!("{}/tests/data/pcaps/{file}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap();
    Analyzer::default().analyze(file, &bytes[..]).unwrap()
}

fn protocols(r: &minewatch_detect::net::CaptureReport) -> Vec<Protocol> {
    let mut p: Vec<Protocol> = r.mining.iter().map(|f| f.protocol).collect();
    p.sort();
    p.dedup();
    p
}

#[test]
fn negative_captures_give_nothing() {
    for f in [
        "peafowl-bitcoin-p2p-NEGATIVE.pcap",
        "peafowl-ethereum-jsonrpc-http-NEGATIVE.pcap",
    ] {
        let r = analyze(f);
        assert!(r.frames > 0 && r.flows > 0, "{f}: {r:?}");
        assert!(r.mining.is_empty(), "{f}: {:#?}", r.mining);
        assert_eq!(r.verdict(), Verdict::Clean);
    }
}

#[test]
fn every_mining_capture_is_found_with_its_protocol() {
    let cases: &[(&str, Protocol)] = &[
        ("peafowl-stratum.pcap", Protocol::BitcoinStratum),
        ("peafowl-monero.pcap", Protocol::MoneroStratum),
        ("peafowl-ethereum.pcap", Protocol::EthereumStratum),
        ("zeek-bitcoin-mining.pcap", Protocol::BitcoinStratum),
        (
            "zeek-bitcoin-mining-in-progress.pcap",
            Protocol::BitcoinStratum,
        ),
        ("zeek-coinhive-stratum.pcap", Protocol::MoneroStratum),
        ("zeek-bitcoin-mining.pcap", Protocol::Getwork),
    ];
    for (file, want) in cases {
        let r = analyze(file);
        assert_eq!(r.verdict(), Verdict::Miner, "{file}: {:#?}", r);
        assert!(protocols(&r).contains(want), "{file}: {:?}", protocols(&r));
        for f in &r.mining {
            assert!(
                !f.signals.is_empty() && !f.first_message.is_empty(),
                "{f:?}"
            );
            // One finding per thing matched, under the rule of the protocol, at the flow.
            for s in &f.signals {
                let rule = minewatch_detect::rules::rule_of(s.id).unwrap();
                assert_eq!((s.family, s.weight), (rule.family, rule.weight), "{s:?}");
                assert_eq!(s.location, format!("{} -> {}", f.client, f.server));
            }
            assert!(
                f.signals.iter().any(|s| s.id == f.protocol.rule_id()),
                "{f:?}"
            );
            assert!(f.packets > 0 && f.bytes > 0);
        }
    }
}

#[test]
fn encrypted_browser_mining_is_named_by_its_pool_domain() {
    // CoinHive over wss:// on 443: only the TLS server names and DNS queries show.
    let r = analyze("zeek-coinhive.pcap");
    assert_eq!(r.verdict(), Verdict::Suspicious, "{:#?}", r.mining);
    assert_eq!(protocols(&r), [Protocol::PoolTls, Protocol::PoolDns]);
    assert!(
        r.mining
            .iter()
            .all(|f| f.signals[0].evidence.contains("authedmine.com")
                && f.signals[0].family == minewatch_detect::finding::Family::PoolAddress)
    );
    let tls = r
        .mining
        .iter()
        .filter(|f| f.protocol == Protocol::PoolTls)
        .count();
    assert_eq!(tls, 4, "{:#?}", r.mining);
}

#[test]
fn coin_hive_stratum_login_without_jsonrpc_or_agent_is_found() {
    // The ET rule needs `"jsonrpc":` and `"agent":` in the login; coin-hive-stratum sends
    // neither.
    let r = analyze("zeek-coinhive-stratum.pcap");
    let login = r
        .mining
        .iter()
        .find(|f| f.signals.iter().any(|e| e.evidence == "login"))
        .unwrap_or_else(|| panic!("no login flow: {:#?}", r.mining));
    assert!(
        !login.first_message.contains("\"agent\""),
        "{}",
        login.first_message
    );
}

#[test]
fn truncated_and_corrupt_captures_are_refused_or_noted() {
    let path = format!(
        "{}/tests/data/pcaps/peafowl-stratum.pcap",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(path).unwrap();
    // Cut in the middle of a packet: what came before is analysed, the cut is noted.
    let cut = &bytes[..bytes.len() / 2 + 7];
    let r = Analyzer::default().analyze("cut.pcap", cut).unwrap();
    assert!(
        r.notes.iter().any(|n| n.contains("truncated")),
        "{:?}",
        r.notes
    );
    assert!(r.frames > 0);
    // Not a capture at all.
    let e = Analyzer::default()
        .analyze("notes.txt", &b"hello, this is text"[..])
        .unwrap_err();
    assert!(matches!(e, NetError::Format { .. }), "{e}");
    assert!(e.to_string().contains("notes.txt"));
    // An empty file.
    assert!(Analyzer::default().analyze("empty.pcap", &b""[..]).is_err());
    // Garbage after a valid header: an error or a note, never a panic.
    let mut g = bytes[..24].to_vec();
    g.extend(std::iter::repeat_n(0xffu8, 5000));
    let _ = Analyzer::default().analyze("garbage.pcap", &g[..]);
}

#[test]
fn flow_and_stream_limits_hold() {
    let path = format!(
        "{}/tests/data/pcaps/zeek-coinhive.pcap",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(path).unwrap();
    let tiny = Analyzer::with_limits(NetLimits {
        max_flows: 2,
        ..NetLimits::default()
    });
    let r = tiny.analyze("limited.pcap", &bytes[..]).unwrap();
    assert!(r.flows <= 2);
    assert!(
        r.notes.iter().any(|n| n.contains("2-flow limit")),
        "{:?}",
        r.notes
    );
}

const SESSION: &[u8] = b"{\"id\":1,\"method\":\"login\",\"params\":{\"login\":\"wallet\",\"pass\":\"x\"}}\n{\"id\":2,\"method\":\"submit\",\"params\":{\"id\":\"1\",\"job_id\":\"7\",\"nonce\":\"0a0b0c0d\",\"result\":\"ff\"}}\n";

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// A Monero-style login cut anywhere, sent in any order, with duplicates, is still found
    /// as the same session.
    #[test]
    fn any_segmentation_of_a_session_is_found(
        cuts in proptest::collection::vec(1usize..SESSION.len(), 0..12),
        order in proptest::collection::vec(0usize..64, 0..12),
        dup in proptest::option::of(0usize..64),
    ) {
        let mut points: Vec<usize> = cuts;
        points.push(0);
        points.push(SESSION.len());
        points.sort_unstable();
        points.dedup();
        let mut segs: Vec<minewatch_detect::net::synth::Segment<'_>> = points
            .windows(2)
            .map(|w| (true, w[0] as u32, &SESSION[w[0]..w[1]]))
            .collect();
        // Shuffle a little (the reassembler holds up to 64 early segments) and retransmit one.
        for (i, o) in order.iter().enumerate() {
            let (a, b) = (i % segs.len(), o % segs.len());
            segs.swap(a, b);
        }
        if let Some(d) = dup {
            let s = segs[d % segs.len()];
            segs.push(s);
        }
        let pcap = minewatch_detect::net::synth::tcp_capture(2142, &segs);
        let r = Analyzer::default().analyze("split.pcap", &pcap[..]).unwrap();
        proptest::prop_assert_eq!(r.mining.len(), 1);
        proptest::prop_assert_eq!(r.mining[0].protocol, Protocol::MoneroStratum);
        let seen: Vec<(&str, &str)> = r.mining[0].signals.iter().map(|s| (s.id, s.evidence.as_str())).collect();
        proptest::prop_assert_eq!(seen, vec![("net.monero-stratum", "login"), ("net.monero-stratum", "submit")]);
        proptest::prop_assert_eq!(r.mining[0].server.port(), 2142);
    }

    /// Arbitrary bytes, as a capture or as a conversation, never panic.
    #[test]
    fn arbitrary_bytes_never_panic(data in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2000)) {
        let _ = Analyzer::default().analyze("any.pcap", &data[..]);
        let segs: Vec<minewatch_detect::net::synth::Segment<'_>> = data
            .chunks(37)
            .enumerate()
            .map(|(i, c)| (i % 3 != 0, (i as u32).wrapping_mul(29), c))
            .collect();
        let pcap = minewatch_detect::net::synth::tcp_capture(80, &segs);
        let _ = Analyzer::default().analyze("conv.pcap", &pcap[..]);
    }
}

/// Stratum V2 captures recorded with tcpdump (scripts/record-sv2-captures.sh): our miner and
/// pool, plain, through a relay that cuts everything into 7-byte segments on a port that is
/// not V2's, and a miner refusing a server whose key it did not pin.
#[test]
fn stratum_v2_sessions_are_found_without_their_keys() {
    for (file, port_evidence) in [
        ("sv2/v2-session.pcap", true),
        ("sv2/v2-session-split-port-4444.pcap", false),
        ("sv2/v2-refused-wrong-key.pcap", true),
    ] {
        let r = analyze(file);
        assert_eq!(r.verdict(), Verdict::Miner, "{file}: {r:#?}");
        for f in &r.mining {
            assert_eq!(f.protocol, Protocol::StratumV2, "{file}: {f:?}");
            assert_eq!(
                f.first_message,
                "Stratum V2 (encrypted): Noise NX handshake of 64 + 234 bytes"
            );
            assert!(
                f.signals[0]
                    .evidence
                    .starts_with("noise handshake: client 64 random bytes")
                    && f.signals.iter().all(|s| s.id == "net.stratum-v2"),
                "{f:?}"
            );
            assert_eq!(
                f.signals.iter().any(|e| e.evidence.starts_with("port ")),
                port_evidence,
                "{file}: {f:?}"
            );
        }
    }
    let refused = analyze("sv2/v2-refused-wrong-key.pcap");
    assert!(
        refused.mining.iter().all(|f| f.signals[1]
            .evidence
            .starts_with("no frame after the handshake")),
        "{refused:#?}"
    );
}

/// What must not be taken for Stratum V2, recorded the same way: TLS on V2's port, SSH, Noise
/// over Curve25519 (NX with V2's raw framing on V2's port, XX with 2-byte length prefixes),
/// BIP 324's handshake shape (the other ElligatorSwift protocol), WireGuard and QUIC.
#[test]
fn encrypted_protocols_that_are_not_stratum_v2_stay_clean() {
    for file in [
        "sv2/negative-tls-port-3336.pcap",
        "sv2/negative-ssh.pcap",
        "sv2/negative-noise-nx-raw-port-34254.pcap",
        "sv2/negative-noise-xx-len16.pcap",
        "sv2/negative-bip324-no-garbage.pcap",
        "sv2/negative-bip324-garbage.pcap",
        "sv2/negative-wireguard.pcap",
        "sv2/negative-quic.pcap",
    ] {
        let r = analyze(file);
        assert!(r.frames > 4 && r.flows > 0, "{file}: {r:?}");
        assert!(r.mining.is_empty(), "{file}: {:#?}", r.mining);
    }
}

/// Deterministic bytes that look random (a xorshift stream), for synthetic handshakes.
fn noise_bytes(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(100))]

    /// A V2 handshake and its first frames, each side's bytes cut anywhere, is found; the
    /// same turns with a first flight of 32 (Noise over Curve25519) or 64 + garbage (BIP 324),
    /// or readable bytes where the keys go, are not.
    #[test]
    fn stratum_v2_shape_survives_any_segmentation(
        cuts in proptest::collection::vec(1usize..234, 0..8),
        seed in 1u64..u64::MAX,
        garbage in 1usize..300,
    ) {
        let turns = |first: usize, second: usize, text: bool| -> Vec<(bool, Vec<u8>)> {
            let mut c = noise_bytes(first, seed);
            if text {
                c = b"GET /a-long-path-that-fills-sixty-four-bytes-of-request HTTP/1.1\r\n"[..first.min(66)].to_vec();
                c.resize(first, b' ');
            }
            vec![(true, c), (false, noise_bytes(second, seed ^ 7)), (true, noise_bytes(90, seed ^ 9)), (false, noise_bytes(44, seed ^ 11)), (true, noise_bytes(60, seed ^ 13))]
        };
        for (first, second, text, want) in [(64, 234, false, true), (32, 234, false, false), (64 + garbage, 234, false, false), (64, 234 + garbage, false, false), (64, 234, true, false)] {
            let t = turns(first, second, text);
            let mut segs: Vec<minewatch_detect::net::synth::Segment<'_>> = Vec::new();
            let (mut cseq, mut sseq) = (0u32, 0u32);
            for (from_client, bytes) in &t {
                let mut points: Vec<usize> = cuts.iter().map(|c| c % bytes.len()).filter(|&c| c > 0).collect();
                points.extend([0, bytes.len()]);
                points.sort_unstable();
                points.dedup();
                let seq = if *from_client { &mut cseq } else { &mut sseq };
                for w in points.windows(2) {
                    segs.push((*from_client, *seq + w[0] as u32, &bytes[w[0]..w[1]]));
                }
                *seq += bytes.len() as u32;
            }
            let pcap = minewatch_detect::net::synth::tcp_capture(5555, &segs);
            let r = Analyzer::default().analyze("v2.pcap", &pcap[..]).unwrap();
            proptest::prop_assert_eq!(!r.mining.is_empty(), want, "{} + {} text {}: {:?}", first, second, text, r.mining);
        }
    }
}

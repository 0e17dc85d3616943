#![allow(clippy::unwrap_used)] // Tests: a failed unwrap is a failed test.
//! Real mining captures (Peafowl's and Zeek's test traces): every mining flow found with the
//! right protocol, nothing in the negative captures; damaged captures refused clearly.

use minewatch_detect::net::{Analyzer, NetError, NetLimits, Protocol};

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
        assert_eq!(r.verdict(), "clean");
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
        assert_eq!(r.verdict(), "miner", "{file}: {:#?}", r);
        assert!(protocols(&r).contains(want), "{file}: {:?}", protocols(&r));
        for f in &r.mining {
            assert!(
                !f.evidence.is_empty() && !f.first_message.is_empty(),
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
    assert_eq!(r.verdict(), "suspicious", "{:#?}", r.mining);
    assert_eq!(protocols(&r), [Protocol::PoolTls, Protocol::PoolDns]);
    assert!(
        r.mining
            .iter()
            .all(|f| f.evidence[0].contains("authedmine.com"))
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
        .find(|f| f.evidence.iter().any(|e| e == "login"))
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

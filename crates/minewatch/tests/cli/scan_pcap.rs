#![allow(clippy::unwrap_used)] // Tests: a failed unwrap is a failed test.
//! `minewatch scan pcap`: real captures, and a session of minewatch's own miner recorded with
//! tcpdump on 127.0.0.1, on a non-standard port, through a proxy that splits every message
//! across many TCP segments.

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::common::bin;

fn pcaps() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../minewatch-detect/tests/data/pcaps")
}

#[test]
fn exit_codes_json_and_sarif() {
    let _light = crate::common::light();
    let neg = pcaps().join("peafowl-bitcoin-p2p-NEGATIVE.pcap");
    let out = Command::new(bin())
        .args(["scan", "pcap"])
        .arg(&neg)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let pos = pcaps().join("peafowl-monero.pcap");
    let out = Command::new(bin())
        .args(["scan", "pcap", "--json"])
        .arg(&neg)
        .arg(&pos)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["captures"][1]["mining"][0]["protocol"], "monero-stratum");
    assert_eq!(
        v["captures"][1]["mining"][0]["server"],
        "178.32.196.217:9050"
    );
    let out = Command::new(bin())
        .args(["scan", "pcap", "--sarif"])
        .arg(&pos)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["runs"][0]["results"][0]["ruleId"], "net.monero-stratum");
    // Not a capture, and a missing file: exit 2 with the file's name.
    let dir = tempfile::tempdir().unwrap();
    let txt = dir.path().join("notes.pcap");
    std::fs::write(&txt, "hello").unwrap();
    for f in [txt, dir.path().join("missing.pcap")] {
        let out = Command::new(bin())
            .args(["scan", "pcap"])
            .arg(&f)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(f.file_name().unwrap().to_str().unwrap()),
            "{err}"
        );
        assert!(!err.contains("panicked"));
    }
}

/// Forwards each direction in 5-byte writes with Nagle off, so every message crosses the
/// wire in many segments.
fn splitting_proxy(listen: TcpListener, upstream: u16) {
    std::thread::spawn(move || {
        for client in listen.incoming() {
            let Ok(client) = client else { return };
            let Ok(server) = TcpStream::connect(("127.0.0.1", upstream)) else {
                return;
            };
            for (mut from, mut to) in [
                (client.try_clone().unwrap(), server.try_clone().unwrap()),
                (server, client),
            ] {
                from.set_nodelay(true).unwrap();
                to.set_nodelay(true).unwrap();
                std::thread::spawn(move || {
                    let mut buf = [0u8; 4096];
                    while let Ok(n) = from.read(&mut buf) {
                        if n == 0 {
                            break;
                        }
                        for chunk in buf[..n].chunks(5) {
                            if to.write_all(chunk).is_err() {
                                return;
                            }
                            std::thread::sleep(Duration::from_micros(300));
                        }
                    }
                    let _ = to.shutdown(std::net::Shutdown::Both);
                });
            }
        }
    });
}

#[test]
fn own_miner_session_recorded_on_loopback_split_across_segments() {
    let _heavy = crate::common::heavy();
    assert!(
        Path::new("/usr/bin/tcpdump").exists(),
        "tcpdump is needed to record the session (apt-get install tcpdump; .ci/run installs it)"
    );
    let dir = tempfile::tempdir().unwrap();
    let pool_port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut pool = Command::new(bin())
        .args([
            "pool",
            "--listen",
            &format!("127.0.0.1:{pool_port}"),
            "--db",
            ":memory:",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let proxy = TcpListener::bind("127.0.0.1:0").unwrap();
    let proxy_port = proxy.local_addr().unwrap().port();
    splitting_proxy(proxy, pool_port);
    let capture = dir.path().join("session.pcap");
    let mut tcpdump = Command::new("/usr/bin/tcpdump")
        // Immediate mode: without it the kernel hands packets over in blocks about a second
        // apart, and the last ones (the submits) were lost when tcpdump stopped first.
        .args(["-i", "lo", "-U", "--immediate-mode", "-Z", "root", "-w"])
        .arg(&capture)
        .arg(format!("tcp port {proxy_port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // tcpdump says "listening on lo" once it captures.
    let mut err = tcpdump.stderr.take().unwrap();
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    while !String::from_utf8_lossy(&seen).contains("listening on") {
        match err.read(&mut byte) {
            Ok(1) => seen.push(byte[0]),
            _ => panic!("tcpdump did not start: {}", String::from_utf8_lossy(&seen)),
        }
    }
    std::thread::sleep(Duration::from_millis(300));
    let mut miner = Command::new(bin())
        .args(["mine", "--threads", "1", "--json", "--pool"])
        .arg(format!("stratum+tcp://127.0.0.1:{proxy_port}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Mine until two shares are accepted (or 30 s).
    let mut out = miner.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 {
                break;
            }
            text.push_str(&String::from_utf8_lossy(&buf[..n]));
            if text.matches("\"accepted\":true").count() >= 2 {
                break;
            }
        }
        text
    });
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while !reader.is_finished() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = miner.kill();
    let _ = miner.wait();
    let mined = reader.join().unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let _ = Command::new("kill")
        .args(["-INT", &tcpdump.id().to_string()])
        .status();
    let _ = tcpdump.wait();
    let _ = pool.kill();
    let _ = pool.wait();
    assert!(
        mined.contains("\"accepted\":true"),
        "the miner got no share accepted: {mined}"
    );
    let out = Command::new(bin())
        .args(["scan", "pcap", "--json"])
        .arg(&capture)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let flows = v["captures"][0]["mining"].as_array().unwrap();
    assert_eq!(flows.len(), 1, "{v}");
    let f = &flows[0];
    assert_eq!(f["protocol"], "bitcoin-stratum");
    assert_eq!(f["server"], format!("127.0.0.1:{proxy_port}"));
    // Each message kind matched is a finding of the protocol's rule, located at the flow.
    let signals = f["signals"].as_array().unwrap();
    assert!(
        signals.iter().all(|s| s["id"] == "net.bitcoin-stratum"
            && s["family"] == "pool-protocol"
            && s["location"]
                == format!(
                    "{} -> {}",
                    f["client"].as_str().unwrap(),
                    f["server"].as_str().unwrap()
                )),
        "{f:#}"
    );
    let evidence: Vec<&str> = signals
        .iter()
        .map(|e| e["evidence"].as_str().unwrap())
        .collect();
    for m in [
        "mining.subscribe",
        "mining.authorize",
        "mining.notify",
        "mining.submit",
    ] {
        assert!(evidence.contains(&m), "{m} missing: {evidence:?}");
    }
    // The messages really crossed in pieces: tiny payloads per packet on average.
    let (packets, bytes) = (f["packets"].as_u64().unwrap(), f["bytes"].as_u64().unwrap());
    assert!(packets > 100, "{packets} packets");
    assert!(bytes / packets < 80, "{bytes} bytes in {packets} packets");
}

/// A Stratum V2 session of minewatch's own miner and pool (recorded with tcpdump by
/// scripts/record-sv2-captures.sh) is a `miner`, in text, JSON and SARIF; the detector's
/// handshake sizes are the protocol's.
#[test]
fn stratum_v2_is_found_encrypted() {
    let _light = crate::common::light();
    assert_eq!(
        minewatch_detect::net::sv2::INITIATOR_MESSAGE_SIZE,
        minewatch_stratum::sv2::noise::INITIATOR_MESSAGE_SIZE
    );
    assert_eq!(
        minewatch_detect::net::sv2::RESPONDER_MESSAGE_SIZE,
        minewatch_stratum::sv2::noise::RESPONDER_MESSAGE_SIZE
    );
    assert_eq!(
        minewatch_detect::net::sv2::ENCRYPTED_HEADER_SIZE,
        minewatch_stratum::sv2::noise::ENCRYPTED_HEADER_SIZE
    );
    let v2 = pcaps().join("sv2/v2-session.pcap");
    let out = Command::new(bin())
        .args(["scan", "pcap"])
        .arg(&v2)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("stratum-v2") && text.contains("Noise NX handshake of 64 + 234 bytes"),
        "{text}"
    );
    let out = Command::new(bin())
        .args(["scan", "pcap", "--sarif"])
        .arg(&v2)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["runs"][0]["results"][0]["ruleId"], "net.stratum-v2");
    let negatives = pcaps().join("sv2");
    let out = Command::new(bin())
        .args(["scan", "pcap", "--json"])
        .arg(&negatives)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for c in v["captures"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        assert_eq!(
            c["mining"].as_array().unwrap().is_empty(),
            name.contains("negative-"),
            "{name}: {c}"
        );
    }
}

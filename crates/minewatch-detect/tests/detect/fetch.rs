//! URL scanning against a real HTTP server on 127.0.0.1: a page, the miner it loads, redirects,
//! redirect loops, size limits, timeouts, and the refusal of private addresses by default.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::net::SocketAddr;
use std::time::Duration;

use minewatch_detect::web::fetch::{FetchConfig, FetchError, scan_url};
use minewatch_detect::web::{Scanner, Verdict};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

const MINER: &str = include_str!("../data/miners/ws-miner.min.js");

async fn server() -> SocketAddr {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((s, _)) = l.accept().await else { return };
            tokio::spawn(async move {
                let mut r = BufReader::new(s);
                let mut line = String::new();
                if r.read_line(&mut line).await.unwrap_or(0) == 0 {
                    return;
                }
                let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
                loop {
                    let mut h = String::new();
                    if r.read_line(&mut h).await.unwrap_or(0) == 0 || h.trim().is_empty() {
                        break;
                    }
                }
                let big = "x".repeat(3 << 20);
                let (status, extra, ctype, body): (&str, String, &str, String) = match path.as_str() {
                    "/" => ("200 OK", String::new(), "text/html", "<!doctype html><title>t</title><script src=\"/js/loader.js\"></script><script>var w = '/js/helper.js';</script>".into()),
                    "/js/loader.js" => ("200 OK", String::new(), "application/javascript", MINER.into()),
                    "/js/helper.js" => ("200 OK", String::new(), "application/javascript", "console.log('hi');".into()),
                    "/moved" => ("302 Found", "Location: /\r\n".into(), "text/plain", String::new()),
                    "/loop" => ("302 Found", "Location: /loop\r\n".into(), "text/plain", String::new()),
                    "/big.js" => ("200 OK", String::new(), "application/javascript", big),
                    "/slow" => {
                        tokio::time::sleep(Duration::from_secs(30)).await;
                        return;
                    }
                    _ => ("404 Not Found", String::new(), "text/plain", "no".into()),
                };
                let msg = format!(
                    "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n{extra}\r\n",
                    body.len()
                );
                let w = r.get_mut();
                let _ = w.write_all(msg.as_bytes()).await;
                let _ = w.write_all(body.as_bytes()).await;
                let _ = w.shutdown().await;
            });
        }
    });
    addr
}

fn cfg() -> FetchConfig {
    FetchConfig {
        timeout: Duration::from_secs(3),
        max_bytes: 1 << 20,
        allow_private: true,
        ..FetchConfig::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_and_the_miner_it_loads() {
    let addr = server().await;
    let s = Scanner::new();
    let reports = scan_url(&s, &format!("http://{addr}/moved"), &cfg())
        .await
        .unwrap();
    let names: Vec<&str> = reports.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names[0], format!("http://{addr}/"), "{names:?}");
    let loader = reports
        .iter()
        .find(|r| r.name.ends_with("/js/loader.js"))
        .unwrap();
    assert_eq!(loader.verdict, Verdict::Miner, "{:?}", loader.signals);
    // The inline script's reference was followed too.
    assert!(
        names.iter().any(|n| n.ends_with("/js/helper.js")),
        "{names:?}"
    );
    assert_eq!(reports[0].verdict, Verdict::Clean);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn private_addresses_are_refused_unless_allowed() {
    let addr = server().await;
    let s = Scanner::new();
    let strict = FetchConfig {
        allow_private: false,
        ..cfg()
    };
    let e = scan_url(&s, &format!("http://{addr}/"), &strict)
        .await
        .unwrap_err();
    assert!(matches!(e, FetchError::Private { .. }), "{e}");
    assert!(e.to_string().contains("must be allowed explicitly"), "{e}");
    for bad in [
        "10.1.2.3",
        "192.168.0.1",
        "169.254.169.254",
        "[::1]",
        "0.0.0.0",
        // Reported: IPv4-compatible and NAT64 forms of 127.0.0.1, and benchmarking space.
        "[::127.0.0.1]",
        "[64:ff9b::7f00:1]",
        "198.18.0.1",
    ] {
        let e = scan_url(&s, &format!("http://{bad}/"), &strict)
            .await
            .unwrap_err();
        assert!(matches!(e, FetchError::Private { .. }), "{bad}: {e}");
    }
    let e = scan_url(&s, "file:///etc/passwd", &strict)
        .await
        .unwrap_err();
    assert!(matches!(e, FetchError::Url { .. }), "{e}");
}

/// Every entry of IANA's special-purpose registries, multicast, and each IPv6 form that
/// carries an IPv4 address is refused; public addresses (also inside NAT64 and 6to4) pass.
#[test]
fn special_purpose_addresses_of_both_registries_are_refused() {
    use minewatch_detect::web::fetch::is_private;
    let refused = [
        "0.1.2.3",
        "10.0.0.1",
        "100.64.0.1",
        "100.127.255.254",
        "127.0.0.1",
        "127.255.255.255",
        "169.254.169.254",
        "172.16.0.1",
        "172.31.255.255",
        "192.0.0.9",
        "192.0.0.170",
        "192.0.2.1",
        "192.31.196.1",
        "192.52.193.1",
        "192.88.99.1",
        "192.168.1.1",
        "192.175.48.1",
        "198.18.0.1",
        "198.19.255.255",
        "198.51.100.7",
        "203.0.113.9",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255",
        "::",
        "::1",
        "::127.0.0.1",
        "::8.8.8.8",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "64:ff9b::7f00:1",
        "64:ff9b::a00:1",
        "64:ff9b:1::1",
        "100::1",
        "100:0:0:1::1",
        "2001::1",
        "2001:db8::1",
        "2001:2::1",
        "2002:7f00:1::",
        "2002:c0a8:101::1",
        "2620:4f:8000::1",
        "3fff::1",
        "5f00::1",
        "fc00::1",
        "fd12:3456::1",
        "fe80::1",
        "fec0::1",
        "ff02::1",
    ];
    for a in refused {
        assert!(is_private(a.parse().unwrap()), "{a} passed");
    }
    let public = [
        "8.8.8.8",
        "1.1.1.1",
        "100.63.255.255",
        "100.128.0.1",
        "172.32.0.1",
        "192.0.1.1",
        "198.17.255.255",
        "198.20.0.1",
        "223.255.255.254",
        "2606:4700::1111",
        "2a00:1450:4001::1",
        "::ffff:8.8.8.8",
        "64:ff9b::808:808",
        "2002:808:808::1",
    ];
    for a in public {
        assert!(!is_private(a.parse().unwrap()), "{a} refused");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn loops_sizes_and_timeouts_are_bounded() {
    let addr = server().await;
    let s = Scanner::new();
    let e = scan_url(&s, &format!("http://{addr}/loop"), &cfg())
        .await
        .unwrap_err();
    assert!(e.to_string().contains("more than 5 redirects"), "{e}");
    let r = scan_url(&s, &format!("http://{addr}/big.js"), &cfg())
        .await
        .unwrap();
    assert_eq!(r[0].size, 1 << 20);
    assert!(
        r[0].notes.iter().any(|n| n.contains("body cut")),
        "{:?}",
        r[0].notes
    );
    let t = std::time::Instant::now();
    let e = scan_url(&s, &format!("http://{addr}/slow"), &cfg())
        .await
        .unwrap_err();
    assert!(e.to_string().contains("timed out"), "{e}");
    assert!(t.elapsed() < Duration::from_secs(10));
    let e = scan_url(&s, &format!("http://{addr}/missing"), &cfg())
        .await
        .unwrap_err();
    assert!(e.to_string().contains("HTTP 404"), "{e}");
}

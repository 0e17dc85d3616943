#![allow(clippy::unwrap_used)] // Tests: a failed unwrap is a failed test.
//! Hostile clients against the running binary (issue 18): each limit is shown on a real
//! process over 127.0.0.1, with its CPU and memory read from /proc.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::bin;

/// Kills the child when the test ends, whatever happened.
pub(crate) struct Kill(pub(crate) Child);

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// User plus system CPU seconds of a process so far (/proc/PID/stat fields 14 and 15).
pub(crate) fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The command name may hold spaces; fields count from the last ')'.
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f[11].parse::<u64>().unwrap() + f[12].parse::<u64>().unwrap();
    // USER_HZ is 100 on every Linux this runs on.
    ticks as f64 / 100.0
}

/// Resident set size of a process in bytes (VmRSS).
pub(crate) fn rss_bytes(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace()
        .nth(1)
        .unwrap()
        .parse::<u64>()
        .unwrap()
        * 1024
}

/// Starts `minewatch pool` under a shell (for `ulimit`), returns it and its Stratum address.
pub(crate) fn start_pool(
    ulimit: Option<u32>,
    db: &std::path::Path,
    extra: &[&str],
) -> (Kill, SocketAddr) {
    let mut cmd = String::from("exec \"$0\" pool --listen 127.0.0.1:0 --db \"$1\"");
    for e in extra {
        cmd.push_str(&format!(" '{e}'"));
    }
    if let Some(n) = ulimit {
        cmd = format!("ulimit -n {n} && {cmd}");
    }
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .arg(bin())
        .arg(db)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    let addr = loop {
        line.clear();
        assert!(
            err.read_line(&mut line).unwrap() > 0,
            "pool exited before listening"
        );
        if let Some(rest) = line.split("stratum+tcp://").nth(1) {
            break rest.split_whitespace().next().unwrap().parse().unwrap();
        }
    };
    // Keep draining its log so it never blocks on a full pipe.
    std::thread::spawn(move || {
        let mut sink = Vec::new();
        let _ = err.read_to_end(&mut sink);
    });
    (Kill(child), addr)
}

/// One request line and its answer, on a fresh connection.
fn subscribe_answers(addr: SocketAddr) -> bool {
    let Ok(mut s) = TcpStream::connect_timeout(&addr, Duration::from_secs(2)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(3)));
    if s.write_all(b"{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[\"t\"]}\n")
        .is_err()
    {
        return false;
    }
    let mut line = String::new();
    BufReader::new(s).read_line(&mut line).is_ok() && line.contains("\"id\":1")
}

/// Regression (issue 18, 3): with descriptors exhausted the accept loop retried at once,
/// forever, at 100% of a core, and new connections timed out meanwhile.
#[test]
fn pool_out_of_descriptors_backs_off_and_recovers() {
    let _heavy = crate::common::heavy();
    let dir = tempfile::tempdir().unwrap();
    let (pool, addr) = start_pool(Some(48), &dir.path().join("pool.sqlite"), &[]);
    let pid = pool.0.id();
    assert!(subscribe_answers(addr));
    // More connections than the pool has descriptors: the rest wait in the backlog while
    // every accept fails with EMFILE.
    let held: Vec<TcpStream> = (0..120)
        .filter_map(|_| TcpStream::connect_timeout(&addr, Duration::from_secs(2)).ok())
        .collect();
    assert!(held.len() > 48, "{} connections", held.len());
    std::thread::sleep(Duration::from_secs(1));
    let (c0, t0) = (cpu_seconds(pid), Instant::now());
    std::thread::sleep(Duration::from_secs(3));
    let share = (cpu_seconds(pid) - c0) / t0.elapsed().as_secs_f64();
    eprintln!(
        "out of descriptors: {} connections held, pool at {:.1}% of a core",
        held.len(),
        share * 100.0
    );
    assert!(
        share < 0.05,
        "pool used {:.0}% of a core while out of descriptors",
        share * 100.0
    );
    drop(held);
    // Descriptors free again: a new miner is served within the back-off's longest wait.
    let t = Instant::now();
    while !subscribe_answers(addr) {
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "pool did not recover"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Sends `names` distinct authorize requests on one connection (pipelined) and reads every
/// answer; returns how many were accepted.
fn authorize_flood(addr: SocketAddr, tag: usize, names: usize) -> usize {
    let s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let pad = "x".repeat(80);
    let mut req = String::new();
    for i in 0..names {
        req.push_str(&format!(
            "{{\"id\":{i},\"method\":\"mining.authorize\",\"params\":[\"w{tag}-{i}-{pad}\",\"x\"]}}\n"
        ));
    }
    let writer = {
        let mut w = s.try_clone().unwrap();
        std::thread::spawn(move || {
            let _ = w.write_all(req.as_bytes());
        })
    };
    let mut rd = BufReader::new(s);
    let mut ok = 0;
    let mut line = String::new();
    for _ in 0..names {
        line.clear();
        if rd.read_line(&mut line).unwrap_or(0) == 0 {
            break;
        }
        ok += usize::from(line.contains("\"result\":true"));
    }
    let _ = writer.join();
    ok
}

/// Regression (issue 18, 2): every distinct `mining.authorize` name entered the pool's worker
/// map for good (100,000 names: +400 MB). A million names over many connections now leave the
/// pool within 100 MiB of where it started, and a real miner keeps getting shares accepted.
#[test]
fn a_million_authorize_names_cost_the_pool_nothing_that_lasts() {
    let _heavy = crate::common::heavy();
    let dir = tempfile::tempdir().unwrap();
    let (pool, addr) = start_pool(None, &dir.path().join("pool.sqlite"), &[]);
    let pid = pool.0.id();
    assert!(subscribe_answers(addr));
    let start = rss_bytes(pid);
    // 4,000 connections x 250 names, eight at a time.
    let mut peak = start;
    let mut accepted = 0;
    for round in 0..500 {
        let hs: Vec<_> = (0..8)
            .map(|k| std::thread::spawn(move || authorize_flood(addr, round * 8 + k, 250)))
            .collect();
        accepted += hs.into_iter().map(|h| h.join().unwrap()).sum::<usize>();
        if round % 50 == 0 {
            peak = peak.max(rss_bytes(pid));
        }
    }
    peak = peak.max(rss_bytes(pid));
    eprintln!(
        "authorize flood: {accepted} names accepted; pool RSS {} MiB at start, {} MiB at peak",
        start >> 20,
        peak >> 20
    );
    assert_eq!(accepted, 1_000_000, "names under every cap are authorized");
    assert!(
        peak < start + (100 << 20),
        "pool grew from {} MiB to {} MiB",
        start >> 20,
        peak >> 20
    );
    // One connection cannot hold more than its share of names.
    assert_eq!(authorize_flood(addr, 999_999, 300), 256);
    // A real miner still mines.
    let mut miner = Kill(
        Command::new(bin())
            .args(["mine", "--json", "--threads", "1", "-u", "rig1", "--pool"])
            .arg(format!("stratum+tcp://{addr}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let out = BufReader::new(miner.0.stdout.take().unwrap());
    let t = Instant::now();
    let mut shares = 0;
    for line in out.lines() {
        let line = line.unwrap();
        if line.contains("\"event\":\"share\"") && line.contains("\"accepted\":true") {
            shares += 1;
            if shares == 3 {
                break;
            }
        }
        assert!(t.elapsed() < Duration::from_secs(60), "no shares accepted");
    }
    assert_eq!(shares, 3);
}

/// Samples a server's RSS and times its `/v1/health` every `every` until stopped.
struct Watcher {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: std::thread::JoinHandle<(u64, Duration)>,
}

impl Watcher {
    fn start(url: &str, pid: u32, every: Duration) -> Self {
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (url, flag) = (url.to_owned(), stop.clone());
        let thread = std::thread::spawn(move || {
            let c = crate::serve::client();
            let (mut peak, mut slowest) = (0u64, Duration::ZERO);
            while !flag.load(std::sync::atomic::Ordering::Relaxed) {
                peak = peak.max(rss_bytes(pid));
                let t = Instant::now();
                let ok = c
                    .get(format!("{url}v1/health"))
                    .timeout(Duration::from_secs(5))
                    .send()
                    .is_ok_and(|r| r.status().is_success());
                slowest = slowest.max(if ok { t.elapsed() } else { Duration::MAX });
                std::thread::sleep(every);
            }
            (peak, slowest)
        });
        Self { stop, thread }
    }

    /// Peak RSS in bytes and the slowest health answer (`Duration::MAX`: one failed).
    fn stop(self) -> (u64, Duration) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        self.thread.join().unwrap()
    }
}

/// A gzipped tarball of `entries` files of `size` bytes each, made of `unit` repeated, at
/// paths `depth` directories deep.
fn tarball(entries: usize, size: usize, unit: &str, prefix: &str, depth: usize) -> Vec<u8> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let mut ar = tar::Builder::new(gz);
    let body: Vec<u8> = unit.as_bytes().iter().copied().cycle().take(size).collect();
    let mut body = body;
    body[..prefix.len()].copy_from_slice(prefix.as_bytes());
    let dirs = "d/".repeat(depth);
    for i in 0..entries {
        let mut h = tar::Header::new_gnu();
        h.set_size(body.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        ar.append_data(&mut h, format!("package/{dirs}f{i}.js"), &body[..])
            .unwrap();
    }
    ar.into_inner().unwrap().finish().unwrap()
}

/// Archives inside an archive: four 60 MiB bombs, each a tarball of its own, in one package
/// (opened, and counted against the outer archive's limits).
fn nested_bomb() -> Vec<u8> {
    let inner = tarball(1, 60 << 20, "a;", "", 0);
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let mut ar = tar::Builder::new(gz);
    for i in 0..4 {
        let mut h = tar::Header::new_gnu();
        h.set_size(inner.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        ar.append_data(&mut h, format!("package/vendor/b{i}.tgz"), &inner[..])
            .unwrap();
    }
    ar.into_inner().unwrap().finish().unwrap()
}

/// Regression (issue 18, 1): a 0.98 MB package of 16 x 60 MiB `a;` files held 1.3 GB while it
/// was scanned (every entry kept at once). Eight such uploads and their variants in parallel
/// now keep the server under 512 MiB, and it answers `/v1/health` within a second meanwhile.
#[test]
fn archive_bombs_in_parallel_stay_within_the_memory_budget() {
    use base64::Engine as _;
    let _heavy = crate::common::heavy();
    let data = tempfile::tempdir().unwrap();
    let s = crate::serve::start(data.path(), &[]);
    let pid = s.child.id();
    let b64 = |b: Vec<u8>| base64::engine::general_purpose::STANDARD.encode(b);
    // The reported bomb; JavaScript that is parsed (a trigger word first) just under the parse
    // limit, many entries; deep paths.
    let bombs = [
        ("bomb.tgz", b64(tarball(16, 60 << 20, "a;", "", 0))),
        (
            "parsed.tgz",
            b64(tarball(24, (2 << 20) - 64, "a;", "var job_id=1;", 0)),
        ),
        ("small.tgz", b64(tarball(19_000, 64, "a;", "", 0))),
        ("deep.tgz", b64(tarball(64, 1 << 20, "a;", "", 40))),
        ("nested.tgz", b64(nested_bomb())),
    ];
    let before = rss_bytes(pid);
    // Watch RSS and health while the uploads run.
    let watcher = Watcher::start(&s.url, pid, Duration::from_millis(50));
    let uploads: Vec<_> = (0..8)
        .map(|i| {
            let (name, body) = bombs[i % bombs.len()].clone();
            let (url, key) = (s.url.clone(), s.key.clone());
            std::thread::spawn(move || {
                let r = crate::serve::client()
                    .post(format!("{url}v1/scans"))
                    .bearer_auth(key)
                    .json(&serde_json::json!({"type": "package", "name": name, "base64": body}))
                    .send()
                    .unwrap();
                (name, r.status().as_u16())
            })
        })
        .collect();
    let answers: Vec<(&str, u16)> = uploads.into_iter().map(|h| h.join().unwrap()).collect();
    let (peak, slowest) = watcher.stop();
    eprintln!(
        "archive bombs x8: answers {answers:?}; server RSS {} MiB at start, {} MiB at peak; slowest health {slowest:?}",
        before >> 20,
        peak >> 20
    );
    for (name, status) in &answers {
        // Scanned, or refused as over a limit (the many-entries package); never a failure.
        assert!(matches!(status, 201 | 400), "{name}: {status}");
    }
    assert!(
        peak < 512 << 20,
        "server RSS {} MiB at start, {} MiB at peak",
        before >> 20,
        peak >> 20
    );
    assert!(slowest < Duration::from_secs(1), "health took {slowest:?}");
}

/// Regression (issue 18, 4): a Monte Carlo request answered 408 at the time limit and kept
/// computing (80 CPU-seconds for one request). The work now stops within a second of the 408,
/// and of the client going away, measured as the server's CPU time.
#[test]
fn abandoned_monte_carlo_stops_within_a_second() {
    let _heavy = crate::common::heavy();
    // The most paths allowed over ten years: a few CPU-seconds.
    let body = serde_json::json!({"hardware": "Antminer S21", "power_price": 0.05,
        "horizon": "10y", "monte_carlo": 50_000});
    // CPU from `settle` after the answer, for half a second: the request's own work would
    // still be running then (it takes a few CPU-seconds), so a server that does not stop it
    // fails here; one that does spends next to nothing.
    let quiet_after = |pid: u32, settle: Duration| {
        std::thread::sleep(settle);
        let c0 = cpu_seconds(pid);
        std::thread::sleep(Duration::from_millis(500));
        cpu_seconds(pid) - c0
    };
    // Timed out at 0.3 s: 408, then quiet.
    let data = tempfile::tempdir().unwrap();
    let s = crate::serve::start(data.path(), &["--request-timeout", "0.3"]);
    let pid = s.child.id();
    let c0 = cpu_seconds(pid);
    let r = crate::serve::client()
        .post(format!("{}v1/profit", s.url))
        .bearer_auth(&s.key)
        .json(&body)
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 408);
    assert!(
        cpu_seconds(pid) - c0 > 0.2,
        "the request did not even start working"
    );
    let after = quiet_after(pid, Duration::from_millis(100));
    assert!(after < 0.1, "{after:.2} CPU-seconds spent after the 408");
    drop(s);
    // The client goes away after 300 ms (the server would give it a minute): quiet too.
    let data = tempfile::tempdir().unwrap();
    let s = crate::serve::start(data.path(), &[]);
    let gone = crate::serve::client()
        .post(format!("{}v1/profit", s.url))
        .bearer_auth(&s.key)
        .json(&body)
        .timeout(Duration::from_millis(300))
        .send();
    assert!(gone.is_err(), "{gone:?}");
    let after = quiet_after(s.child.id(), Duration::from_millis(700));
    assert!(
        after < 0.15,
        "{after:.2} CPU-seconds spent after the client left"
    );
}

/// Regression (issue 18, 6): a package name of 1 MiB (schema: 1,000) was stored and
/// broadcast, a 100 KB URL passed validation, and a package of many small files stored and
/// answered 20 MB of reports. Names and URLs are held to the schema; a scan lists at most
/// 1,000 files, findings first, and says how many it left out.
#[test]
fn documented_limits_are_enforced_and_big_results_are_truncated() {
    use base64::Engine as _;
    let _light = crate::common::light();
    let data = tempfile::tempdir().unwrap();
    let s = crate::serve::start(data.path(), &[]);
    let c = crate::serve::client();
    let post = |body: serde_json::Value| {
        let r = c
            .post(format!("{}v1/scans", s.url))
            .bearer_auth(&s.key)
            .json(&body)
            .send()
            .unwrap();
        let status = r.status().as_u16();
        let text = r.text().unwrap();
        (status, text)
    };
    let small = base64::engine::general_purpose::STANDARD.encode(tarball(1, 64, "a;", "", 0));
    let (st, text) =
        post(serde_json::json!({"type": "package", "name": "n".repeat(1 << 20), "base64": small}));
    assert_eq!(st, 400, "{}", &text[..text.len().min(300)]);
    assert!(
        text.contains("invalid name") && text.len() < 1000,
        "{}",
        &text[..300]
    );
    let (st, text) = post(serde_json::json!({"type": "pcap", "name": "", "base64": small}));
    assert_eq!(st, 400, "{text}");
    let url = format!("http://example.com/{}", "u".repeat(100_000));
    let (st, text) = post(serde_json::json!({"type": "url", "url": url}));
    assert!(
        st == 400 || st == 403,
        "{st}: {}",
        &text[..text.len().min(300)]
    );
    // 1,500 files, one of them a miner: it is listed, and the rest is counted.
    let many = {
        let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let mut ar = tar::Builder::new(gz);
        let mut add = |path: String, body: &[u8]| {
            let mut h = tar::Header::new_gnu();
            h.set_size(body.len() as u64);
            h.set_mode(0o644);
            h.set_cksum();
            ar.append_data(&mut h, path, body).unwrap();
        };
        for i in 0..1500 {
            add(format!("package/f{i}.js"), b"var x = 1;");
        }
        add(
            "package/zz-miner.js".into(),
            b"var miner = new CoinHive.Anonymous('SITEKEY0123456789abcdefABCDEF012', {throttle: 0.3}); miner.start();",
        );
        ar.into_inner().unwrap().finish().unwrap()
    };
    let (st, text) = post(serde_json::json!({"type": "package", "name": "many.tgz",
        "base64": base64::engine::general_purpose::STANDARD.encode(many)}));
    assert_eq!(st, 201, "{}", &text[..text.len().min(300)]);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let reports = v["reports"].as_array().unwrap();
    assert_eq!(reports.len(), 1000);
    assert_eq!(v["scan"]["files"], 1501);
    assert!(
        reports[0]["name"]
            .as_str()
            .unwrap()
            .ends_with("zz-miner.js"),
        "{}",
        reports[0]
    );
    let last = reports.last().unwrap();
    assert_eq!(last["kind"], "truncated");
    assert!(
        last["name"].as_str().unwrap().contains("502 more files"),
        "{last}"
    );
}

/// Reads until the peer closes; true when it closed (EOF or reset) within `within`.
fn closed_within(s: &mut TcpStream, within: Duration) -> bool {
    let deadline = Instant::now() + within;
    let mut buf = [0u8; 4096];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return false;
        }
        s.set_read_timeout(Some(left.min(Duration::from_millis(200))))
            .unwrap();
        match s.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return true,
        }
    }
}

/// A subscribed Stratum connection (its answer read).
fn subscribed(addr: SocketAddr) -> TcpStream {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(2)).unwrap();
    s.write_all(b"{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[\"t\"]}\n")
        .unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut byte = [0u8; 1];
    let mut line = Vec::new();
    while byte[0] != b'\n' {
        assert_eq!(s.read(&mut byte).unwrap(), 1, "closed before answering");
        line.push(byte[0]);
    }
    assert!(String::from_utf8_lossy(&line).contains("\"id\":1"));
    s
}

/// The pool's connection cap and idle timeout, set by their flags: a connection over the cap
/// is closed at once while the others are served; silent connections are closed after the
/// timeout and free their places; one that keeps talking stays.
#[test]
fn stratum_connection_cap_and_idle_timeout_hold() {
    let _light = crate::common::light();
    let dir = tempfile::tempdir().unwrap();
    let (_pool, addr) = start_pool(
        None,
        &dir.path().join("p.sqlite"),
        &["--max-connections", "3", "--idle-timeout", "2s"],
    );
    let mut talker = subscribed(addr);
    let mut quiet = [subscribed(addr), subscribed(addr)];
    let idle_from = Instant::now();
    let mut over = TcpStream::connect_timeout(&addr, Duration::from_secs(2)).unwrap();
    let _ = over.write_all(b"{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[\"t\"]}\n");
    assert!(
        closed_within(&mut over, Duration::from_secs(1)),
        "a fourth connection was kept over --max-connections 3"
    );
    // The talker sends a keep-alive line every half second while the others stay silent.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let keep = {
        let stop = stop.clone();
        let mut t = talker.try_clone().unwrap();
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = t.write_all(b"\n");
                std::thread::sleep(Duration::from_millis(500));
            }
        })
    };
    for q in &mut quiet {
        assert!(
            closed_within(q, Duration::from_secs(8)),
            "a silent connection outlived --idle-timeout 2s"
        );
    }
    let idle = idle_from.elapsed();
    assert!(
        idle >= Duration::from_millis(1900),
        "closed after {idle:?}, before the 2 s timeout"
    );
    // Their places are free again, and the talker is still served.
    let _again = subscribed(addr);
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    keep.join().unwrap();
    talker
        .write_all(b"{\"id\":7,\"method\":\"mining.subscribe\",\"params\":[\"t\"]}\n")
        .unwrap();
    talker
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    // Jobs and difficulty come first; the answer follows.
    let answered = BufReader::new(talker)
        .lines()
        .take(20)
        .map_while(Result::ok)
        .any(|l| l.contains("\"id\":7"));
    assert!(answered, "the connection that kept talking was not served");
}

/// Opens a WebSocket handshake on `/v1/stream`; the status line and (for a refusal) the body.
fn stream_handshake(url: &str, key: &str) -> (TcpStream, String) {
    let hostport = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    let mut s = TcpStream::connect(&hostport).unwrap();
    write!(
        s,
        "GET /v1/stream?key={key} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"
    )
    .unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        assert_eq!(s.read(&mut byte).unwrap(), 1, "closed during the handshake");
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    (s, head)
}

/// `--max-subscribers`: subscribers over the cap get 503 in the JSON error shape; a place
/// freed by a subscriber that leaves is taken again.
#[test]
fn stream_subscriber_cap_holds() {
    let _light = crate::common::light();
    let data = tempfile::tempdir().unwrap();
    let s = crate::serve::start(data.path(), &["--max-subscribers", "2"]);
    let (a, head) = stream_handshake(&s.url, &s.key);
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");
    let (_b, head) = stream_handshake(&s.url, &s.key);
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");
    let (mut c, head) = stream_handshake(&s.url, &s.key);
    assert!(head.starts_with("HTTP/1.1 503"), "{head}");
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: application/json"),
        "{head}"
    );
    let mut body = String::new();
    let _ = c.read_to_string(&mut body);
    assert!(body.contains("too many stream subscribers"), "{body}");
    drop(a);
    let t = Instant::now();
    loop {
        let (_d, head) = stream_handshake(&s.url, &s.key);
        if head.starts_with("HTTP/1.1 101") {
            break;
        }
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "the place of a subscriber that left was not freed: {head}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The scan limits are flags of `serve` (and the Stratum limits reach its pool): a package over `--max-archive-entries` is refused
/// naming the limit, a file over `--max-file-mib` is listed with a note, a package inside a
/// package is opened (a miner vendored as a tarball is found), and a bad value is refused.
#[test]
fn scan_limit_flags_hold() {
    use base64::Engine as _;
    let _light = crate::common::light();
    let data = tempfile::tempdir().unwrap();
    let s = crate::serve::start(
        data.path(),
        &[
            "--max-archive-entries",
            "50",
            "--max-file-mib",
            "1",
            "--max-connections",
            "1",
        ],
    );
    // The Stratum limits reach the embedded pool too: one connection, not two.
    let stratum = s.stratum.unwrap();
    let _first = subscribed(stratum);
    let mut second = TcpStream::connect(stratum).unwrap();
    assert!(closed_within(&mut second, Duration::from_secs(2)));
    let c = crate::serve::client();
    let post = |name: &str, tgz: Vec<u8>| {
        let r = c
            .post(format!("{}v1/scans", s.url))
            .bearer_auth(&s.key)
            .json(&serde_json::json!({"type": "package", "name": name,
                "base64": base64::engine::general_purpose::STANDARD.encode(tgz)}))
            .send()
            .unwrap();
        (r.status().as_u16(), r.text().unwrap())
    };
    let (st, text) = post("many.tgz", tarball(51, 16, "a;", "", 0));
    assert_eq!(st, 400, "{text}");
    assert!(text.contains("more than 50 entries"), "{text}");
    let (st, text) = post("big.tgz", tarball(1, (1 << 20) + 10, "a;", "", 0));
    assert_eq!(st, 201, "{text}");
    assert!(text.contains("not analysed"), "{text}");
    let miner = b"var miner = new CoinHive.Anonymous('SITEKEY0123456789abcdefABCDEF012', {throttle: 0.3}); miner.start();";
    let inner = {
        let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let mut ar = tar::Builder::new(gz);
        let mut h = tar::Header::new_gnu();
        h.set_size(miner.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        ar.append_data(&mut h, "package/m.js", &miner[..]).unwrap();
        ar.into_inner().unwrap().finish().unwrap()
    };
    let outer = {
        let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let mut ar = tar::Builder::new(gz);
        let mut h = tar::Header::new_gnu();
        h.set_size(inner.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        ar.append_data(&mut h, "package/vendor/m.tgz", &inner[..])
            .unwrap();
        ar.into_inner().unwrap().finish().unwrap()
    };
    let (st, text) = post("outer.tgz", outer);
    assert_eq!(st, 201, "{text}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_ne!(v["scan"]["verdict"], "clean", "{text}");
    let r = &v["reports"][0];
    assert_eq!(
        r["name"], "outer.tgz!package/vendor/m.tgz!package/m.js",
        "{text}"
    );
    assert_eq!(r["signals"][0]["id"], "js.coinhive-api", "{text}");
    // Values out of range are refused by name before anything starts.
    for (flag, value) in [("--max-archive-mib", "0"), ("--bodies-in-flight-mib", "8")] {
        let out = std::process::Command::new(bin())
            .args(["serve", flag, value])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(flag),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Request bodies held at once, all requests together, are bounded (`--bodies-in-flight-mib`):
/// twenty-four 30 MiB uploads in parallel take their turns instead of all being held in memory
/// at once (each body is held with its decoded copy: 758 MiB at peak without the bound, 280 to
/// 360 MiB with it), the server stays within its 512 MiB budget, every upload is answered,
/// and `/v1/health` stays quick meanwhile.
#[test]
fn request_bodies_in_flight_are_bounded() {
    use base64::Engine as _;
    let _heavy = crate::common::heavy();
    let data = tempfile::tempdir().unwrap();
    let s = crate::serve::start(data.path(), &[]);
    let pid = s.child.id();
    // 22 MiB of bytes as base64 (30 MiB): over the file limit, so listed, not analysed; the
    // cost is the body itself.
    let blob: Vec<u8> = (0..22u32 << 20)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let body = std::sync::Arc::new(
        serde_json::json!({"type": "content", "name": "blob.wasm",
            "base64": base64::engine::general_purpose::STANDARD.encode(&blob)})
        .to_string(),
    );
    drop(blob);
    let before = rss_bytes(pid);
    // Watch RSS and health while the uploads run.
    let watcher = Watcher::start(&s.url, pid, Duration::from_millis(20));
    let uploads: Vec<_> = (0..24)
        .map(|_| {
            let (url, key, body) = (s.url.clone(), s.key.clone(), body.clone());
            std::thread::spawn(move || {
                crate::serve::client()
                    .post(format!("{url}v1/scans"))
                    .bearer_auth(key)
                    .header("content-type", "application/json")
                    .body(body.as_bytes().to_vec())
                    .send()
                    .unwrap()
                    .status()
                    .as_u16()
            })
        })
        .collect();
    let answers: Vec<u16> = uploads.into_iter().map(|h| h.join().unwrap()).collect();
    let (peak, slowest) = watcher.stop();
    eprintln!(
        "24 x 30 MiB bodies: answers {answers:?}; server RSS {} MiB at start, {} MiB at peak; slowest health {slowest:?}",
        before >> 20,
        peak >> 20
    );
    assert!(answers.iter().all(|a| *a == 201), "{answers:?}");
    assert!(
        peak < 512 << 20,
        "server RSS {} MiB at start, {} MiB at peak",
        before >> 20,
        peak >> 20
    );
    assert!(slowest < Duration::from_secs(1), "health took {slowest:?}");
}

/// JavaScript nested 200,000 deep (a right-nested conditional, a chain of `if`s, a member
/// chain) took the whole server down: the parser's recursion overflowed the stack of a
/// blocking-pool thread and aborted the process. Each is now answered, and the server lives on.
#[test]
fn deeply_nested_javascript_does_not_take_the_server_down() {
    let _light = crate::common::light();
    let data = tempfile::tempdir().unwrap();
    let s = crate::serve::start(data.path(), &[]);
    let c = crate::serve::client();
    let n = 200_000;
    for (what, text) in [
        (
            "conditional",
            format!("var job_id;x={}c;", "a?b:".repeat(n)),
        ),
        ("if", format!("var job_id;{}x;", "if(a)".repeat(n))),
        ("member", format!("var job_id;x=a{};", ".b".repeat(n))),
    ] {
        let r = c
            .post(format!("{}v1/scans", s.url))
            .bearer_auth(&s.key)
            .json(&serde_json::json!({"type": "content", "name": "deep.js", "text": text}))
            .send()
            .unwrap_or_else(|e| panic!("{what}: the server did not answer: {e}"));
        assert_eq!(r.status().as_u16(), 201, "{what}");
    }
    let health = c.get(format!("{}v1/health", s.url)).send().unwrap();
    assert!(health.status().is_success());
}

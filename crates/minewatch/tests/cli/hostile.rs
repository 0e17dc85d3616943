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
    // SAFETY-free: the clock tick is 100 on every Linux this runs on (USER_HZ).
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
    let mut cmd = format!("exec \"$0\" pool --listen 127.0.0.1:0 --db \"$1\"");
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

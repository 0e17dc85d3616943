//! Sampling /proc: a cheap pass over every process, a deep look at the few that need one.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use procfs::ProcError;
use procfs::process::{FDTarget, Process};
use serde::Serialize;
use thiserror::Error;

use super::exe::{ExeScan, check_config_file, config_args, scan_file};
use super::{Activity, BUSY_CORES, Finding, ProcessFacts, ProcessReport, Socket, Verdict};
use crate::net::FlowReport;

/// How a [`Monitor`] samples.
#[derive(Debug, Clone)]
pub struct MonitorConfig {
    /// Where procfs is mounted.
    pub proc_root: PathBuf,
    /// Where `ld.so.preload` is looked for.
    pub etc: PathBuf,
    /// The sliding window CPU shares are averaged over.
    pub window: Duration,
    /// Busy processes are looked at again this often (sockets, files and settings change).
    pub rescan_every: Duration,
    /// Bytes of an executable scanned for miner code, at most.
    pub exe_scan_limit: u64,
    /// Time one executable scan may take, at most.
    pub exe_scan_time: Duration,
    /// Processes never judged (the watcher itself).
    pub ignore: Vec<i32>,
    /// Report clean processes too (for `ps --all`).
    pub include_clean: bool,
    /// Every this many samples (and on the first), look for processes that are running but
    /// missing from the /proc listing (hidden by a library that hooks `readdir`); 0: never.
    pub hidden_check_every: u64,
}

impl Default for MonitorConfig {
    fn default() -> Self {
        Self {
            proc_root: PathBuf::from("/proc"),
            etc: PathBuf::from("/etc"),
            window: Duration::from_secs(10),
            rescan_every: Duration::from_secs(30),
            exe_scan_limit: 64 << 20,
            exe_scan_time: Duration::from_millis(500),
            ignore: vec![std::process::id() as i32],
            include_clean: false,
            hidden_check_every: 10,
        }
    }
}

/// Sampling could not start.
#[derive(Debug, Error)]
pub enum HostError {
    /// The process list itself is unreadable.
    #[error("cannot list processes in {path}: {source}")]
    ProcUnreadable {
        /// The procfs root.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// One sample of the host.
#[derive(Debug, Clone, Serialize)]
pub struct Snapshot {
    /// Unix seconds.
    pub time: f64,
    /// Processes seen (kernel threads included).
    pub processes: usize,
    /// Processes looked at closely this time.
    pub inspected: usize,
    /// Executables scanned for miner code this time.
    pub exe_scans: usize,
    /// Processes that exited while being read.
    pub vanished: usize,
    /// Processes whose entries could not be read at all (permissions).
    pub unreadable: usize,
    /// Processes only partly inspected: their executable, arguments or other entries could
    /// not be read (another user's process, seen without root), so a miner among them could
    /// go unseen.
    pub partial: usize,
    /// Why, for the first of them: `exe: Permission Denied`, ...
    pub partial_reasons: Vec<String>,
    /// Judged processes, miners first (clean ones only with `include_clean`).
    pub reports: Vec<ProcessReport>,
    /// Host-wide findings (`/etc/ld.so.preload`).
    pub host: Vec<Finding>,
    /// How long the sample took, milliseconds.
    pub took_ms: f64,
}

#[derive(Debug, Clone, Copy)]
struct Point {
    at: Instant,
    ticks: u64,
    io: Option<u64>,
    waits: Option<u64>,
}

#[derive(Debug)]
struct Tracked {
    start: u64,
    name: String,
    kernel: bool,
    history: VecDeque<Point>,
    facts: Option<ProcessFacts>,
    /// `fact_signals` of `facts`.
    signals: Vec<Finding>,
    deep_at: Option<Instant>,
    threads: HashMap<i32, u64>,
    busy_threads: u32,
    /// Consecutive reads with no CPU used.
    idle_reads: u32,
}

type ExeKey = (u64, u64, u64, i64);

/// Samples the host's processes; keeps what it needs between samples.
#[derive(Debug)]
pub struct Monitor {
    cfg: MonitorConfig,
    ticks_per_s: f64,
    boot_time: Option<u64>,
    procs: HashMap<i32, Tracked>,
    exe_cache: HashMap<ExeKey, ExeScan>,
    flows: Vec<FlowReport>,
    /// "<proc_root>/", reused for every path of the cheap pass.
    path: String,
    buf: Vec<u8>,
    round: u64,
    /// Processes found hidden: sampled every time, since the listing never shows them.
    hidden: std::collections::BTreeMap<i32, String>,
}

fn itoa(n: i32, buf: &mut [u8; 12]) -> &str {
    let mut i = buf.len();
    let mut v = n.unsigned_abs();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    if n < 0 {
        i -= 1;
        buf[i] = b'-';
    }
    std::str::from_utf8(&buf[i..]).unwrap_or("0")
}

fn read_into(path: &str, buf: &mut Vec<u8>) -> std::io::Result<()> {
    use std::io::Read as _;
    // procfs makes the whole text on the first read: one read() of 4 KiB takes a stat line
    // (under 1 KiB), with read_to_end only for anything longer.
    buf.resize(4096, 0);
    let mut f = std::fs::File::open(path)?;
    let n = f.read(buf)?;
    if n == buf.len() {
        f.read_to_end(buf)?;
    } else {
        buf.truncate(n);
    }
    Ok(())
}

const PF_KTHREAD: u32 = 0x0020_0000;

/// The fields of `/proc/PID/stat` the cheap pass needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatLine {
    /// `comm`, at most 15 bytes from the kernel (any bytes, parentheses included).
    pub comm: String,
    /// Parent pid.
    pub ppid: i32,
    /// Kernel flags (`PF_KTHREAD` marks kernel threads).
    pub flags: u32,
    /// User plus system ticks, all threads.
    pub ticks: u64,
    /// Threads.
    pub threads: i64,
    /// Start time, ticks after boot (with the pid, identifies the process).
    pub start: u64,
}

/// Parses a `/proc/PID/stat` line. `comm` may hold spaces and parentheses, so the fields are
/// counted from its last `)`. `None` for anything malformed.
pub fn parse_stat(line: &[u8]) -> Option<StatLine> {
    let open = line.iter().position(|&b| b == b'(')?;
    let close = line.iter().rposition(|&b| b == b')')?;
    if close < open {
        return None;
    }
    let comm = String::from_utf8_lossy(&line[open + 1..close]).into_owned();
    let rest = std::str::from_utf8(line.get(close + 2..)?).ok()?;
    // Fields after comm, numbered from 3 (state) as in proc(5).
    let mut f = rest.split_ascii_whitespace();
    let mut nth = |skip: usize| f.nth(skip);
    let _state = nth(0)?; // 3
    let ppid = nth(0)?.parse().ok()?; // 4
    let flags = nth(4)?.parse().ok()?; // 9
    let utime: u64 = nth(4)?.parse().ok()?; // 14
    let stime: u64 = nth(0)?.parse().ok()?; // 15
    let threads = nth(4)?.parse().ok()?; // 20
    let start = nth(1)?.parse().ok()?; // 22
    Some(StatLine {
        comm,
        ppid,
        flags,
        ticks: utime.saturating_add(stime),
        threads,
        start,
    })
}

fn unix_now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

fn tcp_state(s: &procfs::net::TcpState) -> &'static str {
    use procfs::net::TcpState as T;
    match s {
        T::Established => "established",
        T::SynSent => "syn-sent",
        T::SynRecv => "syn-recv",
        T::FinWait1 => "fin-wait-1",
        T::FinWait2 => "fin-wait-2",
        T::TimeWait => "time-wait",
        T::Close => "close",
        T::CloseWait => "close-wait",
        T::LastAck => "last-ack",
        T::Listen => "listen",
        T::Closing => "closing",
        T::NewSynRecv => "new-syn-recv",
    }
}

fn unmap(a: std::net::SocketAddr) -> std::net::SocketAddr {
    match a {
        std::net::SocketAddr::V6(v6) => match v6.ip().to_ipv4_mapped() {
            Some(v4) => std::net::SocketAddr::new(v4.into(), v6.port()),
            None => a,
        },
        v4 => v4,
    }
}

/// Where a cgroup path says a process runs: (container, systemd unit).
pub(crate) fn attribution(cgroup: &str) -> (Option<String>, Option<String>) {
    let parts: Vec<&str> = cgroup.split('/').filter(|p| !p.is_empty()).collect();
    let mut container = None;
    for (i, p) in parts.iter().enumerate() {
        let id = |s: &str| s.chars().take(12).collect::<String>();
        if let Some(rest) = p.strip_prefix("docker-") {
            container = Some(format!("docker:{}", id(rest.trim_end_matches(".scope"))));
        } else if *p == "docker"
            && let Some(next) = parts.get(i + 1)
        {
            container = Some(format!("docker:{}", id(next)));
        } else if let Some(rest) = p.strip_prefix("libpod-") {
            container = Some(format!("libpod:{}", id(rest.trim_end_matches(".scope"))));
        } else if let Some(rest) = p.strip_prefix("cri-containerd-") {
            container = Some(format!(
                "containerd:{}",
                id(rest.trim_end_matches(".scope"))
            ));
        } else if p.starts_with("kubepods") && container.is_none() {
            container = Some(format!("kubepods:{}", parts[i..].join("/")));
        } else if *p == "lxc"
            && let Some(next) = parts.get(i + 1)
        {
            container = Some(format!("lxc:{next}"));
        }
        if container.is_some() && !p.starts_with("kubepods") {
            break;
        }
    }
    let unit = parts
        .iter()
        .rev()
        .find(|p| p.ends_with(".service") || (p.ends_with(".scope") && container.is_none()))
        .map(|s| (*s).to_owned());
    (container, unit)
}

impl Monitor {
    /// A monitor with `cfg`.
    pub fn new(cfg: MonitorConfig) -> Self {
        let cfg_root = cfg
            .proc_root
            .to_string_lossy()
            .trim_end_matches('/')
            .to_owned();
        let boot_time = std::fs::read_to_string(cfg.proc_root.join("stat"))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("btime ").and_then(|v| v.trim().parse().ok()))
            });
        Self {
            cfg,
            ticks_per_s: procfs::ticks_per_second() as f64,
            boot_time,
            procs: HashMap::new(),
            exe_cache: HashMap::new(),
            flows: Vec::new(),
            path: format!("{}/", cfg_root),
            buf: Vec::with_capacity(4096),
            round: 0,
            hidden: std::collections::BTreeMap::new(),
        }
    }

    /// Mining flows seen on the network (from a capture), matched against processes' sockets
    /// from the next sample on.
    pub fn set_flows(&mut self, flows: Vec<FlowReport>) {
        self.flows = flows;
    }

    /// Processes tracked now.
    pub fn tracked(&self) -> usize {
        self.procs.len()
    }

    /// Samples every process once.
    pub fn sample(&mut self) -> Result<Snapshot, HostError> {
        let started = Instant::now();
        let root = self.cfg.proc_root.clone();
        let dir = std::fs::read_dir(&root).map_err(|source| HostError::ProcUnreadable {
            path: root.clone(),
            source,
        })?;
        let mut snap = Snapshot {
            time: unix_now(),
            processes: 0,
            inspected: 0,
            exe_scans: 0,
            vanished: 0,
            unreadable: 0,
            partial: 0,
            partial_reasons: Vec::new(),
            reports: Vec::new(),
            host: super::hiding_tricks(&self.cfg.etc),
            took_ms: 0.0,
        };
        let mut seen = Vec::with_capacity(self.procs.len() + 16);
        let mut tables: HashMap<String, Vec<procfs::net::TcpNetEntry>> = HashMap::new();
        for entry in dir.flatten() {
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|n| n.parse::<i32>().ok())
            else {
                continue;
            };
            snap.processes += 1;
            if self.cfg.ignore.contains(&pid) {
                continue;
            }
            // A process idle for the last 5 reads is read every other sample: half the cost
            // for the many sleepers, at most one interval later for one that wakes up to mine.
            if let Some(t) = self.procs.get(&pid)
                && t.idle_reads >= 5
                && (self.round + pid as u64) % 2 == 1
            {
                seen.push(pid);
                continue;
            }
            match self.sample_one(pid, &mut snap, &mut tables) {
                Ok(()) => seen.push(pid),
                Err(ProcError::NotFound(_)) => snap.vanished += 1,
                Err(ProcError::PermissionDenied(_)) => snap.unreadable += 1,
                Err(e) => {
                    tracing::debug!(pid, error = %e, "process unreadable");
                    snap.unreadable += 1;
                }
            }
        }
        let listed: std::collections::HashSet<i32> = seen.iter().copied().collect();
        let every = self.cfg.hidden_check_every;
        if every > 0 && self.round.is_multiple_of(every) {
            for pid in self.find_hidden(&listed) {
                self.hidden.entry(pid).or_default();
            }
        }
        let hidden: Vec<i32> = self.hidden.keys().copied().collect();
        for pid in hidden {
            if listed.contains(&pid) {
                self.hidden.remove(&pid);
                continue;
            }
            match self.sample_one(pid, &mut snap, &mut tables) {
                Ok(()) => {
                    seen.push(pid);
                    let name = self
                        .procs
                        .get(&pid)
                        .map(|t| t.name.clone())
                        .unwrap_or_default();
                    snap.host.push(Finding::new(
                        "host.hidden-process",
                        format!(
                            "pid {pid} ({name}) is running but missing from the listing of {}: something hides it (a library in /etc/ld.so.preload or LD_PRELOAD hooking readdir, or a rootkit)",
                            self.cfg.proc_root.display()
                        ),
                        format!("pid {pid}"),
                    ));
                    if let Some(n) = self.hidden.get_mut(&pid) {
                        *n = name;
                    }
                }
                Err(_) => {
                    self.hidden.remove(&pid);
                }
            }
        }
        self.round += 1;
        let seen: std::collections::HashSet<i32> = seen.into_iter().collect();
        self.procs.retain(|pid, _| seen.contains(pid));
        for (pid, t) in &self.procs {
            let Some(facts) = &t.facts else { continue };
            if !facts.unreadable.is_empty() {
                snap.partial += 1;
                if snap.partial_reasons.is_empty() {
                    snap.partial_reasons.clone_from(&facts.unreadable);
                }
            }
            let activity = self.activity(t);
            // Nothing odd about it and too idle for the activity signals: clean, unjudged.
            if t.signals.is_empty()
                && activity.cpu_cores < 0.5
                && self.flows.is_empty()
                && !self.cfg.include_clean
                && facts.name != "minewatch"
            {
                continue;
            }
            let j = super::judge_with(facts, &t.signals, &activity, &self.flows);
            if j.verdict != Verdict::Clean || self.cfg.include_clean {
                let mut facts = facts.clone();
                facts.pid = *pid;
                facts.threads = facts.threads.max(1);
                snap.reports.push(ProcessReport {
                    facts,
                    activity,
                    verdict: j.verdict,
                    confidence: j.confidence,
                    score: j.score,
                    signals: j.signals,
                });
            }
        }
        // Most concerning first: miner, suspicious, minewatch's own miner, clean.
        snap.reports.sort_by(|a, b| {
            b.verdict
                .cmp(&a.verdict)
                .then(b.score.cmp(&a.score))
                .then(b.activity.cpu_cores.total_cmp(&a.activity.cpu_cores))
                .then(a.facts.pid.cmp(&b.facts.pid))
        });
        snap.took_ms = started.elapsed().as_secs_f64() * 1e3;
        Ok(snap)
    }

    /// Children of listed processes (from every thread's `children` file) that are not listed
    /// themselves but exist.
    fn find_hidden(&self, listed: &std::collections::HashSet<i32>) -> Vec<i32> {
        let mut out = Vec::new();
        let root = &self.cfg.proc_root;
        for pid in listed {
            let Ok(tasks) = std::fs::read_dir(root.join(format!("{pid}/task"))) else {
                continue;
            };
            for t in tasks.flatten() {
                let Ok(kids) = std::fs::read_to_string(t.path().join("children")) else {
                    continue;
                };
                for c in kids
                    .split_ascii_whitespace()
                    .filter_map(|c| c.parse::<i32>().ok())
                {
                    if !listed.contains(&c)
                        && !self.cfg.ignore.contains(&c)
                        && !out.contains(&c)
                        && root.join(format!("{c}/stat")).exists()
                    {
                        out.push(c);
                    }
                }
            }
        }
        if !out.is_empty() {
            // Started after the listing was read? Then a fresh listing shows it.
            if let Ok(dir) = std::fs::read_dir(root) {
                let now: std::collections::HashSet<i32> = dir
                    .flatten()
                    .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse().ok()))
                    .collect();
                out.retain(|c| !now.contains(c));
            }
        }
        out
    }

    fn activity(&self, t: &Tracked) -> Activity {
        let (Some(first), Some(last)) = (t.history.front(), t.history.back()) else {
            return Activity::default();
        };
        let dt = last.at.duration_since(first.at).as_secs_f64();
        if dt <= 0.0 {
            return Activity::default();
        }
        let cpu_s = last.ticks.saturating_sub(first.ticks) as f64 / self.ticks_per_s;
        let prev = t
            .history
            .get(t.history.len().saturating_sub(2))
            .unwrap_or(first);
        let dt_now = last.at.duration_since(prev.at).as_secs_f64().max(1e-3);
        let per_cpu = |a: Option<u64>, b: Option<u64>| match (a, b) {
            (Some(a), Some(b)) if cpu_s > 0.0 => b.saturating_sub(a) as f64 / cpu_s,
            _ => 0.0,
        };
        // I/O and waits are read only while a process is busy: use the oldest busy point.
        let io_first = t.history.iter().find(|p| p.io.is_some()).copied();
        let (io_rate, wait_rate) = match io_first {
            Some(f) if f.at < last.at => {
                let cpu = last.ticks.saturating_sub(f.ticks) as f64 / self.ticks_per_s;
                if cpu > 0.0 {
                    (
                        last.io
                            .zip(f.io)
                            .map_or(0.0, |(b, a)| b.saturating_sub(a) as f64 / cpu),
                        last.waits
                            .zip(f.waits)
                            .map_or(0.0, |(b, a)| b.saturating_sub(a) as f64 / cpu),
                    )
                } else {
                    (0.0, 0.0)
                }
            }
            _ => (per_cpu(first.io, last.io), per_cpu(first.waits, last.waits)),
        };
        Activity {
            window_s: dt,
            cpu_cores: cpu_s / dt,
            cpu_now: last.ticks.saturating_sub(prev.ticks) as f64 / self.ticks_per_s / dt_now,
            busy_threads: t.busy_threads,
            io_bytes_per_cpu_s: io_rate,
            waits_per_cpu_s: wait_rate,
        }
    }

    fn sample_one(
        &mut self,
        pid: i32,
        snap: &mut Snapshot,
        tables: &mut HashMap<String, Vec<procfs::net::TcpNetEntry>>,
    ) -> Result<(), ProcError> {
        // The cheap pass: one read of /proc/PID/stat into a reused buffer.
        let root_len = self.path.len();
        self.path.push_str(itoa(pid, &mut [0u8; 12]));
        self.path.push_str("/stat");
        let read = read_into(&self.path, &mut self.buf);
        self.path.truncate(root_len);
        if let Err(e) = read {
            return Err(match e.kind() {
                std::io::ErrorKind::NotFound => ProcError::NotFound(None),
                std::io::ErrorKind::PermissionDenied => ProcError::PermissionDenied(None),
                _ => ProcError::Io(e, None),
            });
        }
        // A process that exits between open and read leaves an empty file.
        let stat = parse_stat(&self.buf).ok_or(ProcError::NotFound(None))?;
        let now = Instant::now();
        let kernel = stat.flags & PF_KTHREAD != 0;
        let ticks = stat.ticks;
        let dir = self.cfg.proc_root.join(pid.to_string());
        let renew = self.procs.get(&pid).is_none_or(|t| t.start != stat.start);
        if renew {
            self.procs.insert(
                pid,
                Tracked {
                    start: stat.start,
                    name: stat.comm.clone(),
                    kernel,
                    history: VecDeque::new(),
                    facts: None,
                    signals: Vec::new(),
                    deep_at: None,
                    threads: HashMap::new(),
                    busy_threads: 0,
                    idle_reads: 0,
                },
            );
        }
        let window = self.cfg.window;
        let tps = self.ticks_per_s;
        let t = self.procs.get_mut(&pid).expect("inserted above");
        let busy_before = t.history.back().is_some_and(|last| {
            let dt = now.duration_since(last.at).as_secs_f64().max(1e-3);
            ticks.saturating_sub(last.ticks) as f64 / tps / dt >= BUSY_CORES
        });
        let mut point = Point {
            at: now,
            ticks,
            io: None,
            waits: None,
        };
        let p = if busy_before && !kernel {
            Some(Process::new_with_root(dir.clone())?)
        } else {
            None
        };
        if let Some(p) = &p {
            // Busy: what it waits for and what it reads, and which threads do the work.
            if let Ok(io) = p.io() {
                point.io = Some(io.rchar + io.wchar);
            }
            if let Ok(st) = p.status() {
                point.waits = st.voluntary_ctxt_switches;
            }
            let mut busy_threads = 0;
            let mut next = HashMap::new();
            if let Ok(tasks) = p.tasks() {
                let dt = t
                    .history
                    .back()
                    .map_or(1.0, |l| now.duration_since(l.at).as_secs_f64().max(1e-3));
                for task in tasks.flatten().take(1024) {
                    if let Ok(ts) = task.stat() {
                        let tt = ts.utime + ts.stime;
                        if let Some(before) = t.threads.get(&task.tid)
                            && tt.saturating_sub(*before) as f64 / tps / dt >= 0.5
                        {
                            busy_threads += 1;
                        }
                        next.insert(task.tid, tt);
                    }
                }
            }
            t.threads = next;
            t.busy_threads = busy_threads;
        } else {
            t.threads.clear();
            t.busy_threads = 0;
        }
        if t.history.back().is_some_and(|l| l.ticks == ticks) {
            t.idle_reads += 1;
        } else {
            t.idle_reads = 0;
        }
        t.history.push_back(point);
        while t.history.len() > 2
            && t.history
                .front()
                .is_some_and(|f| now.duration_since(f.at) > window)
        {
            t.history.pop_front();
        }
        if kernel {
            t.kernel = true;
            return Ok(());
        }
        let renamed = t.name != stat.comm;
        t.name.clone_from(&stat.comm);
        let stale = t
            .deep_at
            .is_none_or(|at| now.duration_since(at) >= self.cfg.rescan_every);
        let want_deep = t.facts.is_none() || renamed || (busy_before && stale);
        let want_scan = busy_before
            && t.facts
                .as_ref()
                .is_some_and(|f| f.exe_scan.is_none() && f.exe.is_some());
        if !want_deep && !want_scan {
            if let Some(f) = t.facts.as_mut() {
                f.cpu_seconds = ticks as f64 / tps;
                f.threads = stat.threads;
            }
            return Ok(());
        }
        let mut facts = if want_deep {
            snap.inspected += 1;
            let p = match p {
                Some(p) => p,
                None => Process::new_with_root(dir.clone())?,
            };
            let mut f = self.deep(&dir, &p, &stat, tables, busy_before)?;
            if let Some(old) = self.procs.get(&pid).and_then(|t| t.facts.as_ref())
                && old.exe == f.exe
            {
                f.exe_scan.clone_from(&old.exe_scan);
            }
            f
        } else {
            let t = self.procs.get_mut(&pid).expect("tracked");
            let mut f = t.facts.take().expect("checked above");
            f.cpu_seconds = ticks as f64 / tps;
            f
        };
        let odd = facts.exe.as_deref().is_some_and(|e| {
            e.ends_with(" (deleted)")
                || e.starts_with("/memfd:")
                || e.starts_with("/tmp/")
                || e.starts_with("/dev/shm/")
        });
        if facts.exe_scan.is_none() && facts.exe.is_some() && (busy_before || odd) {
            facts.exe_scan = self.scan_exe(&dir, &mut snap.exe_scans);
        }
        let t = self.procs.get_mut(&pid).expect("tracked");
        if want_deep {
            t.deep_at = Some(now);
        }
        t.signals = super::fact_signals(&facts);
        t.facts = Some(facts);
        Ok(())
    }

    fn scan_exe(&mut self, dir: &Path, scans: &mut usize) -> Option<ExeScan> {
        use std::os::unix::fs::MetadataExt as _;
        let exe = dir.join("exe");
        let md = std::fs::metadata(&exe).ok()?;
        let key = (md.dev(), md.ino(), md.size(), md.mtime());
        if let Some(s) = self.exe_cache.get(&key) {
            return Some(s.clone());
        }
        *scans += 1;
        let s = scan_file(&exe, self.cfg.exe_scan_limit, self.cfg.exe_scan_time).ok()?;
        if self.exe_cache.len() >= 4096 {
            self.exe_cache.clear();
        }
        self.exe_cache.insert(key, s.clone());
        Some(s)
    }

    fn deep(
        &self,
        dir: &Path,
        p: &Process,
        stat: &StatLine,
        tables: &mut HashMap<String, Vec<procfs::net::TcpNetEntry>>,
        busy: bool,
    ) -> Result<ProcessFacts, ProcError> {
        let mut unreadable = Vec::new();
        let mut note = |what: &str, e: &ProcError| {
            if let ProcError::NotFound(_) = e {
                return;
            }
            unreadable.push(format!("{what}: {e}"));
        };
        let exe = match std::fs::read_link(dir.join("exe")) {
            Ok(e) => Some(e.to_string_lossy().into_owned()),
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                note("exe", &ProcError::PermissionDenied(Some(dir.join("exe"))));
                None
            }
            Err(_) => None,
        };
        let cmdline = p.cmdline().unwrap_or_else(|e| {
            note("cmdline", &e);
            Vec::new()
        });
        let env_hits = match p.environ() {
            Ok(env) => {
                let mut hits: Vec<String> = env
                    .iter()
                    .filter_map(|(k, v)| {
                        let v = v.to_string_lossy();
                        let l = v.to_ascii_lowercase();
                        (l.contains("stratum+")
                            || l.contains("donate-level")
                            || v.split(['=', ':', '.', '/', ' '])
                                .any(super::is_monero_address))
                        .then(|| k.to_string_lossy().into_owned())
                    })
                    .collect();
                hits.sort();
                hits
            }
            Err(e) => {
                note("environ", &e);
                Vec::new()
            }
        };
        let cwd = p.cwd().ok().map(|c| c.to_string_lossy().into_owned());
        let status = p.status().map_err(|e| note("status", &e)).ok();
        let mut open_files = Vec::new();
        let mut inodes = std::collections::HashSet::new();
        match p.fd() {
            Ok(fds) => {
                for fd in fds.flatten().take(4096) {
                    match fd.target {
                        FDTarget::Path(path) if open_files.len() < 64 => {
                            open_files.push(path.to_string_lossy().into_owned());
                        }
                        FDTarget::Socket(inode) => {
                            inodes.insert(inode);
                        }
                        _ => {}
                    }
                }
            }
            Err(e) => note("fd", &e),
        }
        let mut sockets = Vec::new();
        if !inodes.is_empty() {
            let ns = std::fs::read_link(dir.join("ns/net"))
                .map(|l| l.to_string_lossy().into_owned())
                .unwrap_or_else(|_| format!("pid:{}", p.pid));
            let table = tables.entry(ns).or_insert_with(|| {
                let mut t = p.tcp().unwrap_or_default();
                t.extend(p.tcp6().unwrap_or_default());
                t
            });
            for e in table.iter().filter(|e| inodes.contains(&e.inode)).take(64) {
                sockets.push(Socket {
                    local: unmap(e.local_address),
                    remote: unmap(e.remote_address),
                    state: tcp_state(&e.state),
                });
            }
        }
        let cgroup = p.cgroups().ok().and_then(|c| {
            let groups = c.0;
            groups
                .iter()
                .find(|g| g.hierarchy == 0)
                .or_else(|| {
                    groups
                        .iter()
                        .find(|g| g.controllers.iter().any(|c| c == "cpu"))
                })
                .or(groups.first())
                .map(|g| g.pathname.clone())
        });
        let (container, unit) = cgroup.as_deref().map_or((None, None), attribution);
        // Settings: files named in the arguments, open files that look like settings, and
        // config.json beside the executable or in the working directory (XMRig's defaults).
        let mut candidates: Vec<(String, PathBuf)> = Vec::new();
        for c in config_args(&cmdline) {
            let path = if c.starts_with('/') {
                dir.join("root").join(c.trim_start_matches('/'))
            } else {
                dir.join("cwd").join(&c)
            };
            candidates.push((c, path));
        }
        for f in &open_files {
            if [".json", ".conf", ".cfg", ".toml", ".yaml", ".yml", ".ini"]
                .iter()
                .any(|x| f.ends_with(x))
            {
                candidates.push((f.clone(), dir.join("root").join(f.trim_start_matches('/'))));
            }
        }
        candidates.push((
            "config.json in the working directory".into(),
            dir.join("cwd").join("config.json"),
        ));
        if let Some(e) = &exe
            && let Some((d, _)) = e.trim_end_matches(" (deleted)").rsplit_once('/')
            && !d.is_empty()
        {
            candidates.push((
                format!("{d}/config.json"),
                dir.join("root")
                    .join(d.trim_start_matches('/'))
                    .join("config.json"),
            ));
        }
        let config = candidates
            .iter()
            .take(12)
            .find_map(|(shown, path)| check_config_file(shown, path));
        // hugetlbfs pages from status; transparent huge pages (what RandomX gets without
        // hugetlbfs) from smaps_rollup, which makes the kernel walk the process's page tables:
        // read for busy processes only.
        let mut huge_pages = status.as_ref().and_then(|s| s.hugetlbpages).unwrap_or(0) * 1024;
        if busy
            && let Ok(r) = p.smaps_rollup()
            && let Some(m) = r.memory_map_rollup.0.first()
        {
            let thp = ["AnonHugePages", "ShmemPmdMapped", "FilePmdMapped"]
                .iter()
                .filter_map(|k| m.extension.map.get(*k))
                .sum::<u64>();
            huge_pages = huge_pages.max(thp);
        }
        let age_s = self.boot_time.map_or(0.0, |bt| {
            (unix_now() - bt as f64 - stat.start as f64 / self.ticks_per_s).max(0.0)
        });
        Ok(ProcessFacts {
            pid: p.pid,
            ppid: stat.ppid,
            uid: status.as_ref().map(|s| s.ruid),
            name: stat.comm.clone(),
            exe,
            kernel_thread: false,
            cmdline,
            env_hits,
            cwd,
            threads: stat.threads,
            rss: status.as_ref().and_then(|s| s.vmrss).unwrap_or(0) * 1024,
            huge_pages,
            cpu_seconds: stat.ticks as f64 / self.ticks_per_s,
            age_s,
            open_files,
            sockets,
            cgroup,
            container,
            unit,
            config,
            exe_scan: None,
            unreadable,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cgroups_name_containers_and_units() {
        assert_eq!(
            attribution("/system.slice/docker-0123456789abcdef0123.scope"),
            (Some("docker:0123456789ab".into()), None)
        );
        assert_eq!(
            attribution("/docker/0123456789abcdef"),
            (Some("docker:0123456789ab".into()), None)
        );
        assert_eq!(
            attribution("/system.slice/cron.service"),
            (None, Some("cron.service".into()))
        );
        assert_eq!(
            attribution("/kubepods/burstable/pod1/abc"),
            (Some("kubepods:kubepods/burstable/pod1/abc".into()), None)
        );
        assert_eq!(attribution("/"), (None, None));
    }

    #[test]
    fn samples_this_host_and_sees_a_busy_child() {
        let mut child = std::process::Command::new("sh")
            .args(["-c", "while :; do :; done"])
            .spawn()
            .unwrap();
        let mut m = Monitor::new(MonitorConfig {
            include_clean: true,
            ..MonitorConfig::default()
        });
        let first = m.sample().unwrap();
        assert!(first.processes > 1 && first.inspected >= 1);
        std::thread::sleep(Duration::from_millis(600));
        m.sample().unwrap();
        std::thread::sleep(Duration::from_millis(600));
        let s = m.sample().unwrap();
        let me = s
            .reports
            .iter()
            .find(|r| r.facts.pid == child.id() as i32)
            .expect("child reported");
        assert!(me.activity.cpu_cores > 0.2, "{:?}", me.activity);
        assert_eq!(me.verdict, Verdict::Clean, "{:#?}", me.signals);
        assert!(
            me.facts
                .exe
                .as_deref()
                .is_some_and(|e| e.ends_with("sh") || e.contains("dash") || e.contains("bash"))
        );
        assert!(
            me.facts.exe_scan.is_some(),
            "busy processes get their executable scanned"
        );
        child.kill().unwrap();
        child.wait().unwrap();
    }

    #[test]
    fn a_missing_proc_root_is_a_clear_error() {
        let mut m = Monitor::new(MonitorConfig {
            proc_root: "/nonexistent/proc".into(),
            ..MonitorConfig::default()
        });
        let e = m.sample().unwrap_err().to_string();
        assert!(e.contains("/nonexistent/proc"), "{e}");
    }
}

#[cfg(test)]
mod parse_tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn stat_lines_with_odd_names_parse() {
        let line = b"4242 (kworker/0:1) (x) S 1 4242 4242 0 -1 4194560 120 0 0 0 731 12 0 0 20 0 3 0 98765 1000 100 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";
        let s = parse_stat(line).unwrap();
        assert_eq!(s.comm, "kworker/0:1) (x");
        assert_eq!(
            (s.ppid, s.flags, s.ticks, s.threads, s.start),
            (1, 4194560, 743, 3, 98765)
        );
        assert!(parse_stat(b"").is_none());
        assert!(parse_stat(b"12 (x").is_none());
        assert!(parse_stat(b"12 x) S 1").is_none());
        assert!(parse_stat(b"12 (x) S one 2 3").is_none());
    }

    proptest! {
        #[test]
        fn stat_parsing_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = parse_stat(&bytes);
        }

        #[test]
        fn stat_fields_round_trip(comm in "[ -~]{0,15}", ppid in 0i32..i32::MAX, utime in 0u64..1<<40,
                                  stime in 0u64..1<<40, threads in 1i64..100_000, start in 0u64..1<<50) {
            let line = format!("7 ({comm}) R {ppid} 7 7 0 -1 4194304 0 0 0 0 {utime} {stime} 0 0 20 0 {threads} 0 {start} 0 0");
            let s = parse_stat(line.as_bytes()).unwrap();
            prop_assert_eq!(s.comm, comm);
            prop_assert_eq!((s.ppid, s.ticks, s.threads, s.start), (ppid, utime + stime, threads, start));
        }
    }

    /// A /proc tree of our own making: broken, empty, unreadable and vanishing entries.
    #[test]
    fn a_broken_proc_tree_gives_counts_not_panics() {
        let root = tempfile::tempdir().unwrap();
        let p = root.path();
        std::fs::write(p.join("stat"), "cpu 1 2 3\nbtime 1700000000\n").unwrap();
        // A good process.
        std::fs::create_dir(p.join("100")).unwrap();
        std::fs::write(
            p.join("100/stat"),
            "100 (miner) R 1 100 100 0 -1 4194304 0 0 0 0 500 20 0 0 20 0 4 0 1000 0 0\n",
        )
        .unwrap();
        std::fs::write(
            p.join("100/cmdline"),
            b"./miner\0-o\0stratum+tcp://127.0.0.1:3333\0",
        )
        .unwrap();
        std::fs::write(
            p.join("100/status"),
            "Name:\tminer\nGarbage without a colon\n",
        )
        .unwrap();
        // Corrupt, empty, and a process directory without files (exited mid-read).
        std::fs::create_dir(p.join("101")).unwrap();
        std::fs::write(p.join("101/stat"), b"\xff\xfe not a stat line").unwrap();
        std::fs::create_dir(p.join("102")).unwrap();
        std::fs::write(p.join("102/stat"), b"").unwrap();
        std::fs::create_dir(p.join("103")).unwrap();
        // Not a process.
        std::fs::create_dir(p.join("self-ish")).unwrap();
        let mut m = Monitor::new(MonitorConfig {
            proc_root: p.to_path_buf(),
            etc: p.to_path_buf(),
            include_clean: true,
            ignore: vec![],
            ..MonitorConfig::default()
        });
        let s = m.sample().unwrap();
        assert_eq!(s.processes, 4);
        assert_eq!(s.vanished + s.unreadable, 3, "{s:?}");
        let r = &s.reports[0];
        assert_eq!(r.facts.pid, 100);
        assert_eq!(r.facts.cmdline[2], "stratum+tcp://127.0.0.1:3333");
        assert!(r.signals.iter().any(|s| s.id == "host.cmdline-stratum"));
        // Its CPU keeps counting; it exits between samples.
        std::fs::remove_dir_all(p.join("100")).unwrap();
        let s = m.sample().unwrap();
        assert!(s.reports.is_empty() && m.tracked() == 0);
    }
}

//! Mining on hosts: what each process is and does, read from /proc.
//!
//! A [`Monitor`] samples every process once per call to [`Monitor::sample`]: a cheap pass over
//! `/proc/PID/stat` for all of them (CPU ticks, threads, name), and a deep look ([`ProcessFacts`]:
//! executable, arguments, environment, open files and sockets, cgroup, configuration files, and a
//! bounded scan of the executable for miner code) only for new, changed or busy processes.
//! [`evaluate`] turns facts and [`Activity`] into a [`ProcessReport`]: a verdict, a confidence and
//! every signal with its evidence, like the web and network detectors'.
//!
//! ```no_run
//! use minewatch_detect::host::{Monitor, MonitorConfig, Verdict};
//!
//! let mut monitor = Monitor::new(MonitorConfig::default());
//! for _ in 0..3 {
//!     let snapshot = monitor.sample().expect("/proc is readable");
//!     for r in snapshot.reports.iter().filter(|r| r.verdict == Verdict::Miner) {
//!         println!("{} {} {:.0}%", r.facts.pid, r.facts.name, r.confidence * 100.0);
//!     }
//!     std::thread::sleep(std::time::Duration::from_secs(1));
//! }
//! ```

mod exe;
mod monitor;

use std::net::SocketAddr;

use serde::Serialize;

pub use exe::{
    CONFIG_LIMIT, ConfigHit, ExeScan, check_config_file, config_args, config_hit, scan_file,
    scan_reader,
};
pub use monitor::{HostError, Monitor, MonitorConfig, Snapshot, StatLine, parse_stat};

/// A process's verdict: the one every detector gives.
pub use crate::finding::Verdict;
use crate::net::{FlowReport, PoolDomains};

/// One TCP socket of a process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Socket {
    /// Our end.
    pub local: SocketAddr,
    /// The other end.
    pub remote: SocketAddr,
    /// `established`, `listen`, ...
    pub state: &'static str,
}

/// What minewatch knows of one process.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ProcessFacts {
    /// Process id.
    pub pid: i32,
    /// Parent's.
    pub ppid: i32,
    /// Real user id.
    pub uid: Option<u32>,
    /// `comm`, what `ps` shows (a miner can set it to anything).
    pub name: String,
    /// The executable as the kernel has it (` (deleted)` when removed, `/memfd:...`).
    pub exe: Option<String>,
    /// A kernel thread (no executable, no memory of its own).
    pub kernel_thread: bool,
    /// Arguments.
    pub cmdline: Vec<String>,
    /// Environment variables whose value looks like mining settings (`NAME`, never the value).
    pub env_hits: Vec<String>,
    /// Working directory.
    pub cwd: Option<String>,
    /// Threads.
    pub threads: i64,
    /// Resident memory, bytes.
    pub rss: u64,
    /// Huge pages in use (hugetlbfs and transparent), bytes.
    pub huge_pages: u64,
    /// CPU time since start, seconds.
    pub cpu_seconds: f64,
    /// Seconds since the process started.
    pub age_s: f64,
    /// Files it has open (paths, at most 64).
    pub open_files: Vec<String>,
    /// Its TCP sockets (at most 64), read in its own network namespace.
    pub sockets: Vec<Socket>,
    /// cgroup path (v2 or the first v1 hierarchy's).
    pub cgroup: Option<String>,
    /// The container it runs in (`docker:ID`, `kubepods:...`, `libpod:ID`, `lxc:NAME`).
    pub container: Option<String>,
    /// The systemd unit it belongs to.
    pub unit: Option<String>,
    /// Mining settings in a configuration file it names, has open, or keeps beside it.
    pub config: Option<ConfigHit>,
    /// What its executable holds (scanned once the process is busy or odd).
    pub exe_scan: Option<ExeScan>,
    /// What could not be read (another user's process, a process that exited mid-read).
    pub unreadable: Vec<String>,
}

/// What a process did over the sampling window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Activity {
    /// Seconds the window covers.
    pub window_s: f64,
    /// Average CPU over the window, in cores (1.0 = one core busy).
    pub cpu_cores: f64,
    /// CPU over the last interval, in cores.
    pub cpu_now: f64,
    /// Threads each using half a core or more over the last interval.
    pub busy_threads: u32,
    /// Bytes read or written through system calls per CPU-second, over the window.
    pub io_bytes_per_cpu_s: f64,
    /// Voluntary context switches per CPU-second (a process waiting for I/O has many).
    pub waits_per_cpu_s: f64,
}

/// Evidence about a process: the finding every detector gives.
pub use crate::finding::{Family, Finding};

/// A process judged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProcessReport {
    /// The facts.
    pub facts: ProcessFacts,
    /// What it did.
    pub activity: Activity,
    /// `miner`, `suspicious`, `own-miner` (minewatch's own miner, run where it is installed and
    /// hiding nothing: reported, never an alert) or `clean`.
    pub verdict: Verdict,
    /// How sure, from 0 to 1 (0 for `clean`).
    pub confidence: f64,
    /// Sum of the signals' weights.
    pub score: u32,
    /// Evidence, heaviest first.
    pub signals: Vec<Finding>,
}

/// Score at or above which an active process with a strong signal is a miner.
pub const MINER_SCORE: u32 = 12;
/// Score at or above which a process is suspicious.
pub const SUSPICIOUS_SCORE: u32 = 6;
/// Cores over the window at which a process counts as busy.
pub const BUSY_CORES: f64 = 0.05;

/// Names of kernel threads that miners borrow.
const KERNEL_LIKE: &[&str] = &[
    "kworker",
    "kthreadd",
    "kthreaddi",
    "ksoftirqd",
    "kswapd",
    "migration",
    "rcu_",
    "kdevtmpfs",
    "watchdog",
    "kblockd",
    "kauditd",
    "khugepaged",
    "kcompactd",
    "jbd2",
];

/// Dot-directories where developer tools install themselves (not hiding places).
const TOOL_DIRS: &[&str] = &[
    ".rustup",
    ".cargo",
    ".local",
    ".nvm",
    ".npm",
    ".pyenv",
    ".rbenv",
    ".sdkman",
    ".vscode-server",
    ".deno",
    ".bun",
    ".volta",
    ".asdf",
    ".ghcup",
    ".dotnet",
    ".conda",
    ".gradle",
    ".m2",
];

const ARG_NEEDLES: &[(&str, &str)] = &[
    ("stratum+tcp://", "host.cmdline-stratum"),
    ("stratum+ssl://", "host.cmdline-stratum"),
    ("stratum+tls://", "host.cmdline-stratum"),
    ("stratum2+tcp://", "host.cmdline-stratum"),
    ("--donate-level", "host.cmdline-miner-flags"),
    ("--randomx-mode", "host.cmdline-miner-flags"),
    ("--cpu-max-threads-hint", "host.cmdline-miner-flags"),
    ("--coin=monero", "host.cmdline-miner-flags"),
    ("--algo=rx/", "host.cmdline-miner-flags"),
    ("--algo=cn", "host.cmdline-miner-flags"),
    ("--nicehash", "host.cmdline-miner-flags"),
];

/// Monero addresses: 95 (standard, subaddress) or 106 (integrated) base58 characters starting
/// with 4 or 8.
pub fn is_monero_address(s: &str) -> bool {
    (s.len() == 95 || s.len() == 106)
        && (s.starts_with('4') || s.starts_with('8'))
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() && !b"0OIl".contains(&b))
}

fn falco_list(name: &str) -> impl Iterator<Item = &'static str> {
    crate::net::classify::FALCO
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(move |l| {
            let (list, item) = l.split_once('\t')?;
            (list == name).then_some(item.trim())
        })
}

/// The TCP ports in Falco's `miner_ports` list.
pub fn pool_ports() -> &'static [u16] {
    static P: std::sync::OnceLock<Vec<u16>> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        falco_list("miner_ports")
            .filter_map(|p| p.parse().ok())
            .collect()
    })
}

fn miner_binaries() -> &'static [&'static str] {
    static B: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    B.get_or_init(|| falco_list("miner_binaries").collect())
}

fn pool_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.rsplit_once(':').map_or(host, |(h, _)| h);
    (!host.is_empty()).then_some(host)
}

/// Evidence that `value` (an argument or a pool URL from `source`) names a listed pool.
fn named_pool(domains: &PoolDomains, value: &str, source: &str) -> Option<String> {
    let (d, list) = domains.find(pool_host(value)?)?;
    Some(format!("{source} names pool {d} ({list} list)"))
}

/// Judges `facts` given what the process did; `flows` are mining flows seen on the network
/// (from a capture), matched to the process's sockets.
pub fn evaluate(facts: ProcessFacts, activity: Activity, flows: &[FlowReport]) -> ProcessReport {
    let j = judge(&facts, &activity, flows);
    ProcessReport {
        facts,
        activity,
        verdict: j.verdict,
        confidence: j.confidence,
        score: j.score,
        signals: j.signals,
    }
}

pub(crate) struct Judgement {
    pub(crate) verdict: Verdict,
    pub(crate) confidence: f64,
    pub(crate) score: u32,
    pub(crate) signals: Vec<Finding>,
}

pub(crate) fn judge(facts: &ProcessFacts, activity: &Activity, flows: &[FlowReport]) -> Judgement {
    judge_with(facts, &fact_signals(facts), activity, flows)
}

/// The signals that depend on the facts alone (computed once per look at a process).
pub(crate) fn fact_signals(facts: &ProcessFacts) -> Vec<Finding> {
    let mut signals: Vec<Finding> = Vec::new();
    let at = format!("pid {}", facts.pid);
    let mut push = |id: &'static str, evidence: String| {
        if !signals.iter().any(|s: &Finding| s.id == id) {
            signals.push(Finding::new(id, evidence, at.clone()));
        }
    };
    let lower = facts.cmdline.join(" ").to_ascii_lowercase();
    for (needle, id) in ARG_NEEDLES {
        if lower.contains(needle) {
            push(id, format!("argument {needle}"));
        }
    }
    let domains = PoolDomains::builtin();
    for (i, a) in facts.cmdline.iter().enumerate() {
        let next = facts.cmdline.get(i + 1);
        if (a == "-a" || a == "--algo")
            && let Some(v) = next
            && (v.starts_with("rx/") || v.starts_with("cn") || v.contains("randomx"))
        {
            push("host.cmdline-miner-flags", format!("{a} {v}"));
        }
        if (a == "-o" || a == "--url")
            && let Some(v) = next
        {
            push("host.cmdline-pool", format!("{a} {v}"));
        }
        if a.split(['=', ':', '.', '+', '/']).any(is_monero_address) {
            push(
                "host.wallet-address",
                "a Monero wallet address in the arguments".to_owned(),
            );
        }
        if let Some(e) = named_pool(&domains, a, "argument") {
            push("host.pool-domain", e);
        }
    }
    for e in &facts.env_hits {
        push(
            "host.env-mining-config",
            format!("mining settings in environment variable {e}"),
        );
    }
    if let Some(c) = &facts.config {
        push(
            "host.miner-config",
            format!("{}: {}", c.path, c.markers.join(", ")),
        );
        for p in &c.pools {
            if let Some(e) = named_pool(&domains, p, "configuration") {
                push("host.pool-domain", e);
            }
        }
    }
    if let Some(s) = &facts.exe_scan
        && s.is_miner_code()
    {
        push(
            "host.exe-miner-code",
            format!(
                "executable holds miner code: {} ({} families in {} KiB{})",
                s.markers.join(", "),
                s.families.len(),
                s.bytes >> 10,
                if s.truncated { ", scan cut short" } else { "" }
            ),
        );
    }
    let base = facts.exe.as_deref().map(|exe| {
        exe.trim_end_matches(" (deleted)")
            .rsplit('/')
            .next()
            .unwrap_or("")
    });
    if let Some(b) = base
        && miner_binaries()
            .iter()
            .any(|m| b.eq_ignore_ascii_case(m) || facts.name.eq_ignore_ascii_case(m))
    {
        push(
            "host.miner-binary-name",
            format!("executable {b:?} is named like a miner (Falco miner_binaries)"),
        );
    }
    if let (Some(exe), Some(base)) = (&facts.exe, base) {
        let memfd = exe.starts_with("/memfd:");
        if exe.ends_with(" (deleted)") && !memfd {
            push(
                "host.exe-deleted",
                format!("runs from a deleted file: {exe}"),
            );
        }
        if memfd {
            // Also how runc protects its own binary, hence alone not enough to be suspicious.
            push("host.exe-memfd", format!("runs from memory: {exe}"));
        }
        let hidden_place = ["/tmp/", "/dev/shm/", "/var/tmp/"]
            .iter()
            .any(|d| exe.starts_with(d))
            || exe.split('/').any(|part| {
                part.starts_with('.') && part != "." && part != ".." && !TOOL_DIRS.contains(&part)
            });
        if hidden_place {
            push(
                "host.exe-hidden-place",
                format!("runs from a world-writable or hidden directory: {exe}"),
            );
        }
        // A user process named like a kernel thread; a system daemon of that name installed
        // under /usr (e.g. /usr/sbin/watchdog) is what it says it is.
        let system = ["/usr/", "/bin/", "/sbin/", "/lib/", "/opt/"]
            .iter()
            .any(|d| exe.starts_with(d))
            && !exe.ends_with(" (deleted)")
            && base.starts_with(&*facts.name.chars().take(15).collect::<String>());
        if !facts.kernel_thread && !system && KERNEL_LIKE.iter().any(|k| facts.name.starts_with(k))
        {
            push(
                "host.kernel-thread-disguise",
                format!(
                    "named {:?} like a kernel thread, but is a user process running {exe}",
                    facts.name
                ),
            );
        }
    }
    for s in &facts.sockets {
        if s.state == "established" && pool_ports().contains(&s.remote.port()) {
            push(
                "host.pool-port",
                format!("connected to {} (a port in Falco's miner_ports)", s.remote),
            );
        }
    }
    signals
}

/// What a minewatch process of the user's is doing, when it is one: the executable is named
/// `minewatch`, runs from where programs are installed or built (not a temporary, hidden or
/// deleted file), and its process name and `argv[0]` say the same. Anything else is judged like
/// any other binary, whatever it calls itself.
pub fn own_minewatch(facts: &ProcessFacts) -> Option<OwnProcess> {
    let exe = facts.exe.as_deref()?;
    let (dir, base) = exe.rsplit_once('/')?;
    let argv0 = facts.cmdline.first()?.rsplit('/').next()?;
    // A cargo build's output is where minewatch is built, wherever the checkout is (CI
    // often clones under /tmp).
    let built = dir.ends_with("/target/debug") || dir.ends_with("/target/release");
    let hidden = exe.ends_with(" (deleted)")
        || exe.starts_with("/memfd:")
        || (!built
            && ["/tmp/", "/dev/shm/", "/var/tmp/", "/run/", "/proc/"]
                .iter()
                .any(|d| exe.starts_with(d)))
        || dir
            .split('/')
            .any(|part| part.starts_with('.') && !TOOL_DIRS.contains(&part));
    if hidden || base != "minewatch" || facts.name != "minewatch" || argv0 != "minewatch" {
        return None;
    }
    let args = &facts.cmdline[1..];
    // The first word that is not a global flag names the subcommand.
    let subcommand = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .cloned()
        .unwrap_or_default();
    let value = |names: &[&str]| {
        args.iter().enumerate().find_map(|(i, a)| {
            names.iter().find_map(|n| {
                if a == n {
                    args.get(i + 1).cloned()
                } else {
                    a.strip_prefix(&format!("{n}=")).map(str::to_owned)
                }
            })
        })
    };
    Some(OwnProcess {
        subcommand,
        pool: value(&["--pool", "-o", "--url"]),
        user: value(&["--user", "-u"]),
    })
}

/// A minewatch process (see [`own_minewatch`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OwnProcess {
    /// `mine`, `serve`, `pool`, `watch`, ...
    pub subcommand: String,
    /// The pool `mine` was pointed at (`None`: the embedded chain).
    pub pool: Option<String>,
    /// The worker name it mines as.
    pub user: Option<String>,
}

/// The verdict on a minewatch process of the user's: `own-miner` when it mines (`mine`, or a
/// server whose local miner keeps it busy), `clean` otherwise; never an alert.
fn judge_own(own: &OwnProcess, facts: &ProcessFacts, activity: &Activity) -> Judgement {
    let busy = activity.cpu_cores >= 0.5 || activity.cpu_now >= 0.5;
    let mining = own.subcommand == "mine" || (own.subcommand == "serve" && busy);
    let pool = match (&own.pool, own.subcommand.as_str()) {
        (Some(p), _) => p.clone(),
        (None, "mine") => "its embedded regtest chain and pool".to_owned(),
        (None, _) => "the embedded pool".to_owned(),
    };
    let connected: Vec<String> = facts
        .sockets
        .iter()
        .filter(|s| s.state == "established" && !s.remote.ip().is_unspecified())
        .take(3)
        .map(|s| s.remote.to_string())
        .collect();
    let evidence = if mining {
        format!(
            "minewatch's own miner (`minewatch {}`{}), started by the user: mining on {pool}{}, {:.2} cores",
            own.subcommand,
            own.user
                .as_deref()
                .map_or(String::new(), |u| format!(" as {u}")),
            if connected.is_empty() {
                String::new()
            } else {
                format!(" (connected to {})", connected.join(", "))
            },
            activity.cpu_cores
        )
    } else {
        format!(
            "minewatch itself (`minewatch {}`), not mining",
            own.subcommand
        )
    };
    Judgement {
        verdict: if mining {
            Verdict::OwnMiner
        } else {
            Verdict::Clean
        },
        confidence: 0.0,
        score: 0,
        signals: vec![Finding::new(
            "host.minewatch",
            evidence,
            format!("pid {}", facts.pid),
        )],
    }
}

/// `fact_signals` plus what the process did and the flows it has.
pub(crate) fn judge_with(
    facts: &ProcessFacts,
    fact_signals: &[Finding],
    activity: &Activity,
    flows: &[FlowReport],
) -> Judgement {
    if let Some(own) = own_minewatch(facts) {
        return judge_own(&own, facts, activity);
    }
    let mut signals = fact_signals.to_vec();
    let at = format!("pid {}", facts.pid);
    let mut push = |id: &'static str, evidence: String| {
        if !signals.iter().any(|s: &Finding| s.id == id) {
            signals.push(Finding::new(id, evidence, at.clone()));
        }
    };
    for f in flows {
        let hit = facts.sockets.iter().find(|s| {
            (s.local == f.client && s.remote == f.server)
                || (s.local == f.server && s.remote == f.client)
        });
        if let Some(s) = hit
            && f.verdict == Verdict::Miner
        {
            push(
                "net.mining-flow",
                format!(
                    "its connection {} -> {} carries {}: {}",
                    s.local,
                    s.remote,
                    f.protocol.name(),
                    f.first_message.chars().take(160).collect::<String>()
                ),
            );
        }
    }
    let busy = activity.cpu_cores >= 0.5;
    if busy && activity.io_bytes_per_cpu_s < 1e6 && activity.waits_per_cpu_s < 200.0 {
        push(
            "host.compute-only",
            format!(
                "{:.2} cores busy with {:.0} bytes of I/O and {:.0} waits per CPU-second",
                activity.cpu_cores, activity.io_bytes_per_cpu_s, activity.waits_per_cpu_s
            ),
        );
    }
    if busy && (facts.huge_pages >= 64 << 20 || facts.rss >= 256 << 20) {
        push(
            "host.randomx-memory",
            format!(
                "{} MiB resident, {} MiB in huge pages (RandomX keeps a 256 MiB cache or a 2 GiB dataset)",
                facts.rss >> 20,
                facts.huge_pages >> 20
            ),
        );
    }
    // Holding mining code is not mining: it counts only while the process computes or talks to
    // a pool (or a mining flow was seen on its sockets).
    let computes = activity.cpu_cores >= BUSY_CORES || activity.cpu_now >= BUSY_CORES;
    let talks = signals
        .iter()
        .any(|s| s.id == "net.mining-flow" || s.id == "host.pool-port");
    if !computes && !talks {
        for s in signals.iter_mut().filter(|s| s.id == "host.exe-miner-code") {
            s.weight = 0;
            s.evidence
                .push_str(" (not counted: it neither computes nor talks to a pool)");
        }
    }
    signals.sort_by(|a, b| b.weight.cmp(&a.weight).then(a.id.cmp(b.id)));
    let score: u32 = signals.iter().map(|s| s.weight).sum();
    let strong = signals.iter().any(|s| s.weight > 0 && s.family.is_strong());
    let connected = facts.sockets.iter().any(|s| s.state == "established");
    let active = activity.cpu_cores >= BUSY_CORES || activity.cpu_now >= BUSY_CORES || connected;
    let (verdict, confidence) = if score >= MINER_SCORE && strong && active {
        (
            Verdict::Miner,
            (0.7 + 0.01 * f64::from(score - MINER_SCORE)).min(0.99),
        )
    } else if score >= SUSPICIOUS_SCORE {
        (
            Verdict::Suspicious,
            (0.3 + 0.02 * f64::from(score)).min(0.6),
        )
    } else {
        (Verdict::Clean, 0.0)
    };
    Judgement {
        verdict,
        confidence,
        score,
        signals,
    }
}

/// CPU time (user and system) this process has used, seconds.
pub fn own_cpu_seconds() -> f64 {
    procfs::process::Process::myself()
        .and_then(|p| p.stat())
        .map_or(0.0, |s| {
            (s.utime + s.stime) as f64 / procfs::ticks_per_second() as f64
        })
}

/// Tricks that hide processes from tools like this one, found on the host.
pub fn hiding_tricks(etc: &std::path::Path) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Ok(text) = std::fs::read_to_string(etc.join("ld.so.preload")) {
        let libs: Vec<&str> = text
            .split_whitespace()
            .filter(|l| !l.starts_with('#'))
            .collect();
        if !libs.is_empty() {
            out.push(Finding::new(
                "host.ld-so-preload",
                format!(
                    "{} preloads {} into every program (libprocesshider and miners' rootkits hide processes this way)",
                    etc.join("ld.so.preload").display(),
                    libs.join(", ")
                ),
                etc.join("ld.so.preload").display().to_string(),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Which process findings say what a process is (only they make a `miner`): those whose
    /// family is strong for every detector, the same set the host has always judged by.
    #[test]
    fn strong_process_findings_are_those_of_strong_families() {
        let strong: Vec<&str> = crate::rules::HOST
            .iter()
            .filter(|r| r.family.is_strong() && r.weight > 0)
            .map(|r| r.id)
            .collect();
        assert_eq!(
            strong,
            [
                "host.cmdline-stratum",
                "net.mining-flow",
                "host.miner-config",
                "host.exe-miner-code",
                "host.cmdline-miner-flags",
                "host.wallet-address",
                "host.env-mining-config",
                "host.kernel-thread-disguise",
                "host.miner-binary-name",
            ]
        );
        // A disguise and busy work, nothing else: strong enough for a miner; concealment and
        // activity alone (a deleted, hidden executable busy without I/O) only suspicious.
        let mut facts = ProcessFacts {
            pid: 42,
            name: "kworker/0:1".into(),
            exe: Some("/home/u/.cache/x/kw (deleted)".into()),
            ..Default::default()
        };
        let j = judge(&facts, &busy(), &[]);
        assert_eq!(j.verdict, Verdict::Miner, "{:#?}", j.signals);
        assert!(j.signals.iter().all(|s| s.location == "pid 42"));
        facts.name = "kw".into();
        let j = judge(&facts, &busy(), &[]);
        assert_eq!(j.verdict, Verdict::Suspicious, "{:#?}", j.signals);
    }

    fn busy() -> Activity {
        Activity {
            window_s: 10.0,
            cpu_cores: 0.9,
            cpu_now: 0.9,
            busy_threads: 1,
            io_bytes_per_cpu_s: 100.0,
            waits_per_cpu_s: 5.0,
        }
    }

    #[test]
    fn a_renamed_deleted_xmrig_is_a_miner_and_a_compiler_is_not() {
        let xmrig = ProcessFacts {
            pid: 4242,
            name: "kworker/0:1".into(),
            exe: Some("/tmp/.x/kworker/0:1 (deleted)".into()),
            cmdline: vec!["kworker/0:1".into()],
            exe_scan: Some(ExeScan {
                bytes: 9 << 20,
                truncated: false,
                families: vec!["stratum-url", "hash-core", "miner-name"],
                markers: vec!["stratum+tcp://", "randomx", "xmrig"],
            }),
            ..ProcessFacts::default()
        };
        let r = evaluate(xmrig, busy(), &[]);
        assert_eq!(r.verdict, Verdict::Miner, "{:#?}", r.signals);
        assert!(r.confidence > 0.8);
        let cc = ProcessFacts {
            pid: 7,
            name: "cc1plus".into(),
            exe: Some("/usr/lib/gcc/x86_64-linux-gnu/12/cc1plus".into()),
            cmdline: vec!["cc1plus".into(), "-O2".into(), "x.cpp".into()],
            rss: 900 << 20,
            exe_scan: Some(ExeScan::default()),
            ..ProcessFacts::default()
        };
        let r = evaluate(cc, busy(), &[]);
        assert_eq!(r.verdict, Verdict::Clean, "{:#?}", r.signals);
    }

    #[test]
    fn strong_words_without_activity_are_not_a_miner() {
        // `grep stratum+tcp:// notes.txt` that has finished its work.
        let grep = ProcessFacts {
            pid: 9,
            name: "grep".into(),
            exe: Some("/usr/bin/grep".into()),
            cmdline: vec!["grep".into(), "stratum+tcp://".into(), "notes.txt".into()],
            ..ProcessFacts::default()
        };
        let r = evaluate(grep, Activity::default(), &[]);
        assert_ne!(r.verdict, Verdict::Miner, "{:#?}", r.signals);
        let xmrig = ProcessFacts {
            pid: 10,
            name: "xmrig".into(),
            exe: Some("/opt/xmrig/xmrig".into()),
            cmdline: "xmrig -o stratum+tcp://pool.minexmr.com:4444 -u 44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A --donate-level 1"
                .split(' ')
                .map(str::to_owned)
                .collect(),
            sockets: vec![Socket {
                local: "10.0.0.2:50000".parse().unwrap(),
                remote: "94.130.164.163:4444".parse().unwrap(),
                state: "established",
            }],
            ..ProcessFacts::default()
        };
        let r = evaluate(xmrig, Activity::default(), &[]);
        assert_eq!(r.verdict, Verdict::Miner, "{:#?}", r.signals);
        for id in [
            "host.cmdline-stratum",
            "host.cmdline-miner-flags",
            "host.wallet-address",
            "host.pool-domain",
            "host.pool-port",
            "host.miner-binary-name",
        ] {
            assert!(
                r.signals.iter().any(|s| s.id == id),
                "{id}: {:#?}",
                r.signals
            );
        }
    }

    #[test]
    fn minewatch_built_in_a_checkout_under_tmp_is_its_own_but_a_copy_in_tmp_is_not() {
        let facts = |exe: &str| ProcessFacts {
            pid: 77,
            name: "minewatch".into(),
            exe: Some(exe.into()),
            cmdline: vec![exe.into(), "mine".into()],
            ..ProcessFacts::default()
        };
        assert!(own_minewatch(&facts("/tmp/ci/repo/target/debug/minewatch")).is_some());
        assert!(own_minewatch(&facts("/usr/local/bin/minewatch")).is_some());
        assert!(own_minewatch(&facts("/tmp/minewatch")).is_none());
        assert!(own_minewatch(&facts("/home/u/.x/target/debug/minewatch")).is_none());
        assert!(own_minewatch(&facts("/usr/bin/minewatch (deleted)")).is_none());
    }

    #[test]
    fn a_kernel_thread_is_not_a_disguise() {
        let k = ProcessFacts {
            pid: 12,
            name: "kworker/1:2".into(),
            kernel_thread: true,
            ..ProcessFacts::default()
        };
        assert_eq!(evaluate(k, busy(), &[]).verdict, Verdict::Clean);
    }

    #[test]
    fn ld_so_preload_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        assert!(hiding_tricks(dir.path()).is_empty());
        std::fs::write(
            dir.path().join("ld.so.preload"),
            "/usr/local/lib/libprocesshider.so\n",
        )
        .unwrap();
        let t = hiding_tricks(dir.path());
        assert!(t[0].evidence.contains("libprocesshider"));
    }
}

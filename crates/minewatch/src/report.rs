//! `minewatch watch --report URL`: an agent. Every alert goes first to a spool on disk (made
//! durable with fsync), then to the server (`POST /v1/agents/report`) from a thread of its own,
//! oldest first, in batches, with an idempotency key each; the spool forgets an alert only once
//! the server has answered that it is stored. While no server answers, alerts wait in the spool
//! (across restarts too) and are replayed when one does; a replay of something the server
//! stored already is answered as a duplicate, never stored twice.
//!
//! The spool directory holds `agent-id` (this agent's id, made once), `alerts.jsonl` (one alert
//! a line), `sent` (how many bytes of it the server has) and `.lock` (one agent per spool).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use minewatch_api::db::{AgentAlert, AgentFacts, AgentReport};

/// Alerts sent in one request at most.
const BATCH: usize = 200;
/// Once everything in it is sent, the spool file is emptied when larger than this.
const COMPACT_BYTES: u64 = 1 << 20;

/// How an agent reports.
#[derive(Debug, Clone)]
pub(crate) struct ReportConfig {
    /// Servers' base URLs, tried in order (the last that answered first).
    pub urls: Vec<reqwest::Url>,
    /// The API key (scope `agent`).
    pub key: String,
    /// A PEM certificate (chain) to trust for HTTPS besides the system's roots.
    pub ca: Option<PathBuf>,
    /// The spool directory.
    pub spool: PathBuf,
    /// The name to report as (default: the host's name).
    pub name: Option<String>,
    /// Seconds between heartbeats while there is nothing to send.
    pub heartbeat: Duration,
}

/// The spool: alerts not yet acknowledged by a server.
#[derive(Debug)]
struct Spool {
    dir: PathBuf,
    /// Bytes of `alerts.jsonl` the server has.
    sent: u64,
    /// Length of `alerts.jsonl`.
    len: u64,
    _lock: std::fs::File,
}

fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(bytes)?;
    f.sync_data()?;
    std::fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent() {
        std::fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}

impl Spool {
    fn open(dir: &Path) -> anyhow::Result<(Self, String)> {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the spool {}", dir.display()))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
        }
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(".lock"))
            .with_context(|| format!("cannot open {}", dir.join(".lock").display()))?;
        if lock.try_lock().is_err() {
            bail!(
                "another agent uses the spool {} (each `minewatch watch --report` needs its own --spool)",
                dir.display()
            );
        }
        let id_path = dir.join("agent-id");
        let id = match std::fs::read_to_string(&id_path) {
            Ok(s) if !s.trim().is_empty() => s.trim().to_owned(),
            Ok(_) => bail!("{} is empty", id_path.display()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut b = [0u8; 16];
                getrandom_fill(&mut b)?;
                let id: String = b.iter().map(|x| format!("{x:02x}")).collect();
                write_atomic(&id_path, format!("{id}\n").as_bytes())
                    .with_context(|| format!("cannot write {}", id_path.display()))?;
                id
            }
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", id_path.display())),
        };
        let file = dir.join("alerts.jsonl");
        // A line cut short by a crash mid-append was never printed or sent: cut it off.
        let len = match std::fs::read(&file) {
            Ok(bytes) => {
                let keep = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1) as u64;
                if keep < bytes.len() as u64 {
                    std::fs::OpenOptions::new()
                        .write(true)
                        .open(&file)?
                        .set_len(keep)?;
                }
                keep
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", file.display())),
        };
        let sent = std::fs::read_to_string(dir.join("sent"))
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .unwrap_or(0);
        Ok((
            Self {
                dir: dir.to_owned(),
                // More than the file holds: it was emptied after everything was sent.
                sent: if sent > len { 0 } else { sent },
                len,
                _lock: lock,
            },
            id,
        ))
    }

    fn append(&mut self, alert: &AgentAlert) -> anyhow::Result<()> {
        let mut line = serde_json::to_vec(alert)?;
        line.push(b'\n');
        let path = self.dir.join("alerts.jsonl");
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .with_context(|| format!("cannot open {}", path.display()))?;
        if let Err(e) = f.write_all(&line).and_then(|()| f.sync_data()) {
            let _ = f.set_len(self.len);
            return Err(e).with_context(|| format!("cannot write {}", path.display()));
        }
        self.len += line.len() as u64;
        Ok(())
    }

    /// Up to `n` unsent alerts, and the offset just past them.
    fn pending(&self, n: usize) -> anyhow::Result<(Vec<AgentAlert>, u64)> {
        if self.sent >= self.len {
            return Ok((Vec::new(), self.sent));
        }
        use std::io::{BufRead as _, Seek as _};
        let path = self.dir.join("alerts.jsonl");
        let mut f = std::io::BufReader::new(std::fs::File::open(&path)?);
        f.seek(std::io::SeekFrom::Start(self.sent))?;
        let mut out = Vec::new();
        let mut at = self.sent;
        let mut line = Vec::new();
        while out.len() < n && at < self.len {
            line.clear();
            let got = f.read_until(b'\n', &mut line)?;
            if got == 0 || line.last() != Some(&b'\n') {
                break;
            }
            at += got as u64;
            match serde_json::from_slice(&line) {
                Ok(a) => out.push(a),
                Err(e) => tracing::warn!(
                    "spool {}: skipped a line that is not an alert ({e})",
                    path.display()
                ),
            }
        }
        Ok((out, at))
    }

    /// The server has everything before `upto`.
    fn ack(&mut self, upto: u64) -> anyhow::Result<()> {
        if upto >= self.len && self.len > COMPACT_BYTES {
            // Emptied first: a crash before `sent` is rewritten leaves it past the end, which
            // reads as 0.
            let path = self.dir.join("alerts.jsonl");
            std::fs::OpenOptions::new()
                .write(true)
                .open(&path)?
                .set_len(0)?;
            self.len = 0;
            self.sent = 0;
        } else {
            self.sent = upto;
        }
        write_atomic(
            &self.dir.join("sent"),
            format!("{}\n", self.sent).as_bytes(),
        )
        .context("cannot record what the server has")?;
        Ok(())
    }

    fn depth_bytes(&self) -> u64 {
        self.len - self.sent
    }
}

fn getrandom_fill(b: &mut [u8]) -> anyhow::Result<()> {
    let mut f = std::fs::File::open("/dev/urandom").context("cannot open /dev/urandom")?;
    std::io::Read::read_exact(&mut f, b).context("cannot read /dev/urandom")
}

/// A fresh idempotency key: 16 random bytes, hex.
fn fresh_key() -> anyhow::Result<String> {
    let mut b = [0u8; 16];
    getrandom_fill(&mut b)?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

/// What this host is.
fn host_facts(name: Option<&str>) -> (String, serde_json::Value) {
    let u = rustix::system::uname();
    let host = u.nodename().to_string_lossy().into_owned();
    let os = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("PRETTY_NAME="))
                .map(|v| v.trim_matches('"').to_owned())
        });
    let facts = serde_json::json!({
        "host": host,
        "os": os,
        "kernel": u.release().to_string_lossy(),
        "arch": u.machine().to_string_lossy(),
        "cpus": std::thread::available_parallelism().map_or(1, |n| n.get()),
        "minewatch": env!("CARGO_PKG_VERSION"),
    });
    (name.map_or(host, str::to_owned), facts)
}

struct Shared {
    spool: Mutex<Spool>,
    wake: Condvar,
    /// Set when the watcher stops: the sender sends what it can until this deadline.
    stop: Mutex<Option<Instant>>,
}

/// The agent's reporting half: alerts in, to the spool and on to the server.
pub(crate) struct Reporter {
    shared: Arc<Shared>,
    sender: Option<std::thread::JoinHandle<()>>,
    /// This agent's id.
    pub id: String,
}

impl Reporter {
    /// Opens the spool and starts the sender.
    pub(crate) fn start(cfg: ReportConfig) -> anyhow::Result<Self> {
        if cfg.urls.is_empty() {
            bail!("--report needs a server URL");
        }
        let (spool, id) = Spool::open(&cfg.spool)?;
        let (hostname, facts) = host_facts(cfg.name.as_deref());
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut http = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .connect_timeout(Duration::from_secs(5))
            .user_agent(concat!("minewatch-agent/", env!("CARGO_PKG_VERSION")));
        if let Some(ca) = &cfg.ca {
            let pem = std::fs::read(ca)
                .with_context(|| format!("cannot read --report-ca {}", ca.display()))?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem)
                .with_context(|| format!("--report-ca {}: not PEM certificates", ca.display()))?;
            if certs.is_empty() {
                bail!("--report-ca {}: no certificate in it", ca.display());
            }
            for c in certs {
                http = http.add_root_certificate(c);
            }
        }
        let http = http.build().context("cannot build the HTTP client")?;
        let shared = Arc::new(Shared {
            spool: Mutex::new(spool),
            wake: Condvar::new(),
            stop: Mutex::new(None),
        });
        let agent = AgentFacts {
            id: id.clone(),
            hostname,
            facts,
        };
        let s = shared.clone();
        let sender = std::thread::Builder::new()
            .name("report".into())
            .spawn(move || send_loop(&s, &cfg, &http, &agent))
            .context("cannot start the report thread")?;
        Ok(Self {
            shared,
            sender: Some(sender),
            id,
        })
    }

    /// Makes `alert` durable in the spool (it is sent from there).
    pub(crate) fn push(&self, mut alert: AgentAlert) -> anyhow::Result<()> {
        if alert.key.is_empty() {
            alert.key = fresh_key()?;
        }
        lock(&self.shared.spool).append(&alert)?;
        self.shared.wake.notify_all();
        Ok(())
    }

    /// Stops the sender after it sends what it can within `grace`; returns the bytes of alerts
    /// still in the spool (sent on the next start).
    pub(crate) fn finish(mut self, grace: Duration) -> u64 {
        *lock(&self.shared.stop) = Some(Instant::now() + grace);
        self.shared.wake.notify_all();
        if let Some(t) = self.sender.take() {
            let _ = t.join();
        }
        lock(&self.shared.spool).depth_bytes()
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    match m.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

/// Why a report did not go through.
enum Failed {
    /// No server answered (or one answered 5xx or 429): try again later.
    Unreachable(String),
    /// A server refused it (bad key, another agent's id, ...): tried again later too, since
    /// an operator may fix it, but said loudly.
    Refused(String),
}

fn send_loop(s: &Shared, cfg: &ReportConfig, http: &reqwest::Client, agent: &AgentFacts) {
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            tracing::error!("cannot start the report runtime: {e}");
            return;
        }
    };
    let mut preferred = 0usize;
    let mut backoff = Duration::from_millis(250);
    let mut last_beat: Option<Instant> = None;
    let mut failing: Option<String> = None;
    loop {
        let stop = *lock(&s.stop);
        let batch = lock(&s.spool).pending(BATCH);
        let (alerts, upto) = match batch {
            Ok(b) => b,
            Err(e) => {
                tracing::error!("cannot read the spool: {e:#}");
                (Vec::new(), 0)
            }
        };
        let beat_due = last_beat.is_none_or(|t| t.elapsed() >= cfg.heartbeat);
        if alerts.is_empty() && (!beat_due || stop.is_some()) {
            if stop.is_some() {
                return;
            }
            let wait = cfg
                .heartbeat
                .saturating_sub(last_beat.map_or(Duration::ZERO, |t| t.elapsed()))
                .min(Duration::from_secs(1));
            let g = lock(&s.spool);
            let _ = s.wake.wait_timeout(g, wait);
            continue;
        }
        let n = alerts.len();
        let report = AgentReport {
            agent: agent.clone(),
            alerts,
        };
        match rt.block_on(send(http, cfg, &report, &mut preferred)) {
            Ok(()) => {
                if let Some(why) = failing.take() {
                    tracing::warn!("reporting again (after: {why})");
                    crate::output::stderr_always("reporting to the server again");
                }
                backoff = Duration::from_millis(250);
                last_beat = Some(Instant::now());
                if n > 0
                    && let Err(e) = lock(&s.spool).ack(upto)
                {
                    tracing::error!("{e:#}");
                }
            }
            Err(f) => {
                let why = match f {
                    Failed::Unreachable(w) | Failed::Refused(w) => w,
                };
                if failing.as_deref() != Some(why.as_str()) {
                    crate::output::stderr_always(&format!(
                        "cannot report ({why}); alerts wait in the spool"
                    ));
                    failing = Some(why);
                }
                if stop.is_some_and(|d| Instant::now() >= d) {
                    return;
                }
                // Heartbeats wait like alerts.
                last_beat = Some(Instant::now());
                let until = Instant::now() + backoff;
                while Instant::now() < until {
                    if lock(&s.stop).is_some_and(|d| Instant::now() >= d) {
                        return;
                    }
                    std::thread::sleep(Duration::from_millis(50).min(backoff));
                }
                backoff = (backoff * 2).min(Duration::from_secs(10));
            }
        }
        if stop.is_some_and(|d| Instant::now() >= d) {
            return;
        }
    }
}

/// Sends one report to the first server that takes it, starting with the one that last did.
async fn send(
    http: &reqwest::Client,
    cfg: &ReportConfig,
    report: &AgentReport,
    preferred: &mut usize,
) -> Result<(), Failed> {
    let mut last = Failed::Unreachable("no server".into());
    for i in 0..cfg.urls.len() {
        let at = (*preferred + i) % cfg.urls.len();
        let base = &cfg.urls[at];
        let url = match base.join("v1/agents/report") {
            Ok(u) => u,
            Err(e) => return Err(Failed::Refused(format!("{base}: {e}"))),
        };
        let r = http
            .post(url)
            .bearer_auth(&cfg.key)
            .json(report)
            .send()
            .await;
        match r {
            Ok(r) if r.status().is_success() => {
                *preferred = at;
                return Ok(());
            }
            Ok(r) => {
                let status = r.status();
                let body = r.text().await.unwrap_or_default();
                let msg = serde_json::from_str::<serde_json::Value>(&body)
                    .ok()
                    .and_then(|v| v["error"]["message"].as_str().map(str::to_owned))
                    .unwrap_or_else(|| body.chars().take(200).collect());
                let why = format!("{base} answered {status}: {msg}");
                last = if status.is_server_error() || status.as_u16() == 429 {
                    Failed::Unreachable(why)
                } else {
                    Failed::Refused(why)
                };
            }
            Err(e) => {
                let mut why = e.to_string();
                let mut src = std::error::Error::source(&e);
                while let Some(s) = src {
                    why = format!("{why}: {s}");
                    src = s.source();
                }
                last = Failed::Unreachable(format!("{base}: {why}"));
            }
        }
    }
    Err(last)
}

/// Parses a `--report` URL: http or https, with a host; a path is kept as the API's base.
pub(crate) fn parse_url(s: &str) -> anyhow::Result<reqwest::Url> {
    let mut u = reqwest::Url::parse(s)
        .with_context(|| format!("invalid --report {s:?}: expected http(s)://HOST[:PORT]"))?;
    if !matches!(u.scheme(), "http" | "https") || u.host_str().is_none() {
        bail!("invalid --report {s:?}: expected http(s)://HOST[:PORT]");
    }
    if !u.path().ends_with('/') {
        let p = format!("{}/", u.path());
        u.set_path(&p);
    }
    Ok(u)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alert(i: usize) -> AgentAlert {
        AgentAlert {
            key: format!("k{i}"),
            time: Some(i as i64),
            source: "host".into(),
            severity: "critical".into(),
            title: format!("alert {i}"),
            subject: "/x".into(),
            detail: serde_json::json!({"i": i}),
        }
    }

    #[test]
    fn the_spool_keeps_unsent_alerts_across_restarts_and_cuts_torn_lines() {
        let dir = tempfile::tempdir().unwrap();
        let (mut s, id) = Spool::open(dir.path()).unwrap();
        assert_eq!(id.len(), 32);
        assert!(
            Spool::open(dir.path()).is_err(),
            "a second agent on one spool"
        );
        for i in 0..5 {
            s.append(&alert(i)).unwrap();
        }
        let (first, upto) = s.pending(2).unwrap();
        assert_eq!(first, vec![alert(0), alert(1)]);
        s.ack(upto).unwrap();
        drop(s);
        // A crash mid-append leaves half a line.
        let path = dir.path().join("alerts.jsonl");
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap();
        f.write_all(b"{\"key\":\"half").unwrap();
        drop(f);
        let (mut s, again) = Spool::open(dir.path()).unwrap();
        assert_eq!(again, id, "the agent keeps its id");
        let (rest, upto) = s.pending(100).unwrap();
        assert_eq!(rest, vec![alert(2), alert(3), alert(4)]);
        s.append(&alert(5)).unwrap();
        s.ack(upto).unwrap();
        assert_eq!(s.pending(100).unwrap().0, vec![alert(5)]);
    }

    #[test]
    fn a_sent_spool_over_the_limit_is_emptied() {
        let dir = tempfile::tempdir().unwrap();
        let (mut s, _) = Spool::open(dir.path()).unwrap();
        let mut big = alert(0);
        big.detail = serde_json::json!({"pad": "x".repeat(300_000)});
        for i in 0..4 {
            big.key = format!("k{i}");
            s.append(&big).unwrap();
        }
        let (all, upto) = s.pending(100).unwrap();
        assert_eq!(all.len(), 4);
        s.ack(upto).unwrap();
        assert_eq!(
            std::fs::metadata(dir.path().join("alerts.jsonl"))
                .unwrap()
                .len(),
            0
        );
        drop(s);
        let (s, _) = Spool::open(dir.path()).unwrap();
        assert!(s.pending(100).unwrap().0.is_empty());
    }

    #[test]
    fn report_urls_are_checked() {
        assert_eq!(
            parse_url("https://mw.example:8443").unwrap().as_str(),
            "https://mw.example:8443/"
        );
        assert_eq!(
            parse_url("http://h/minewatch")
                .unwrap()
                .join("v1/agents/report")
                .unwrap()
                .as_str(),
            "http://h/minewatch/v1/agents/report"
        );
        for bad in ["ftp://h", "h:80", "http://", ""] {
            assert!(parse_url(bad).is_err(), "{bad}");
        }
    }
}

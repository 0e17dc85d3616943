//! `minewatch watch`: keep sampling this host's processes; alerts, opt-in responses.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use clap::{Args, ValueEnum};
use minewatch_detect::finding::{Severity, Verdict, alert_evidence};
use serde_json::json;

use crate::Outcome;
use crate::hostview::{CostArgs, check_cost_args, cost_of, monitor, read_flows, row};
use crate::output::{self, Context};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Respond {
    /// SIGSTOP: the miner stops using the CPU and stays for inspection (`kill -CONT` resumes).
    Stop,
    /// SIGKILL.
    Kill,
}

#[derive(Debug, Args)]
pub(crate) struct WatchArgs {
    /// Settings from a TOML file whose keys are this command's long flags (flags given here
    /// override it).
    #[arg(long, value_name = "FILE")]
    config: Option<std::path::PathBuf>,
    /// Seconds between samples.
    #[arg(long, default_value_t = 1.0)]
    interval: f64,
    /// Stop after this many seconds (default: run until interrupted).
    #[arg(long)]
    duration: Option<f64>,
    /// Alerts as JSON lines on stdout.
    #[arg(long)]
    json: bool,
    /// Store alerts in this data directory's database (the server's `--data`), where the API
    /// and the dashboard list them.
    #[arg(long)]
    data: Option<PathBuf>,
    /// Opt-in: stop or kill processes judged `miner` at or above --respond-confidence. Never
    /// PID 1 or the watcher itself.
    #[arg(long)]
    respond: Option<Respond>,
    /// Confidence a `miner` verdict needs before --respond acts (0 to 1).
    #[arg(long, default_value_t = 0.8)]
    respond_confidence: f64,
    /// Also alert on `suspicious` processes.
    #[arg(long)]
    suspicious: bool,
    /// A capture (pcap, pcapng) being written (e.g. by tcpdump -U -w); its mining flows are
    /// matched to processes' sockets, re-read when it grows.
    #[arg(long = "pcap", value_name = "FILE")]
    pcap: Option<PathBuf>,
    /// Where procfs is mounted.
    #[arg(long, default_value = "/proc", hide = true)]
    proc_root: PathBuf,
    #[command(flatten)]
    cost: CostArgs,
    #[command(flatten)]
    report: ReportArgs,
}

/// Reporting to a central server (an agent).
#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    /// Send every alert to this minewatch server (`minewatch serve`), e.g.
    /// https://minewatch.example:8080. Repeat for fallbacks, tried in order. Alerts wait in
    /// --spool while no server answers and are sent, once each, when one does.
    #[arg(long = "report", value_name = "URL")]
    urls: Vec<String>,
    /// File holding the API key to report with (scope `agent`: `minewatch keys create
    /// --scope agent`); or set MINEWATCH_AGENT_KEY.
    #[arg(long, value_name = "FILE")]
    report_key_file: Option<PathBuf>,
    /// PEM certificate(s) to trust for an https --report server besides the system's roots
    /// (a private CA, or the server's own self-signed certificate).
    #[arg(long, value_name = "FILE")]
    report_ca: Option<PathBuf>,
    /// Directory of this agent's spool and id (one agent per spool).
    #[arg(long, default_value = "minewatch-agent")]
    spool: PathBuf,
    /// The name to report as (default: this host's name).
    #[arg(long)]
    name: Option<String>,
    /// Seconds between heartbeats (the server's last-seen time) while there is nothing to
    /// send.
    #[arg(long, default_value_t = 30.0)]
    heartbeat: f64,
}

impl ReportArgs {
    fn start(&self) -> anyhow::Result<Option<crate::report::Reporter>> {
        if self.urls.is_empty() {
            if self.report_key_file.is_some() || self.report_ca.is_some() {
                bail!("--report-key-file and --report-ca need --report URL");
            }
            return Ok(None);
        }
        if !self.heartbeat.is_finite() || !(1.0..=86_400.0).contains(&self.heartbeat) {
            bail!(
                "invalid --heartbeat {}: must be from 1 to 86400 seconds",
                self.heartbeat
            );
        }
        let urls = self
            .urls
            .iter()
            .map(|u| crate::report::parse_url(u))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let key = match (&self.report_key_file, std::env::var("MINEWATCH_AGENT_KEY")) {
            (Some(f), _) => std::fs::read_to_string(f)
                .with_context(|| format!("cannot read --report-key-file {}", f.display()))?,
            (None, Ok(k)) => k,
            (None, Err(_)) => bail!(
                "--report needs an API key: --report-key-file FILE or MINEWATCH_AGENT_KEY (make one with `minewatch keys create --scope agent --name HOST`)"
            ),
        };
        let key = key.trim().to_owned();
        if !key.starts_with("mwk_") {
            bail!("the report key is not a minewatch API key (mwk_...)");
        }
        crate::report::Reporter::start(crate::report::ReportConfig {
            urls,
            key,
            ca: self.report_ca.clone(),
            spool: self.spool.clone(),
            name: self.name.clone(),
            heartbeat: Duration::from_secs_f64(self.heartbeat),
        })
        .map(Some)
    }
}

/// An alert as an agent reports it (its idempotency key is made when it is spooled).
fn agent_alert(
    time: i64,
    severity: &str,
    title: String,
    subject: String,
    detail: serde_json::Value,
) -> minewatch_api::db::AgentAlert {
    minewatch_api::db::AgentAlert {
        key: String::new(),
        time: Some(time),
        source: "host".into(),
        severity: severity.into(),
        title,
        subject,
        detail,
    }
}

fn respond(how: Respond, pid: i32) -> Result<(), String> {
    let me = std::process::id() as i32;
    if pid <= 1 || pid == me {
        return Err(format!("refused to signal pid {pid}"));
    }
    let p = rustix::process::Pid::from_raw(pid).ok_or("pid 0")?;
    let sig = match how {
        Respond::Stop => rustix::process::Signal::STOP,
        Respond::Kill => rustix::process::Signal::KILL,
    };
    rustix::process::kill_process(p, sig).map_err(|e| e.to_string())
}

pub(crate) fn watch(a: &WatchArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    check_cost_args(&a.cost)?;
    if !a.interval.is_finite() || !(0.05..=3600.0).contains(&a.interval) {
        bail!(
            "invalid --interval {}: must be from 0.05 to 3600 seconds",
            a.interval
        );
    }
    if !(0.0..=1.0).contains(&a.respond_confidence) {
        bail!(
            "invalid --respond-confidence {}: must be from 0 to 1",
            a.respond_confidence
        );
    }
    if let Some(d) = a.duration
        && (!d.is_finite() || d < 0.0)
    {
        bail!("invalid --duration {d}: must be zero or more seconds");
    }
    let db = match &a.data {
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            let path = dir.join("minewatch.sqlite");
            Some(
                minewatch_api::Db::open(&path)
                    .with_context(|| format!("cannot open {}", path.display()))?,
            )
        }
        None => None,
    };
    let reporter = a.report.start()?;
    if let Some(r) = &reporter
        && !ctx.quiet
        && !a.json
    {
        output::stderr_line(&format!(
            "agent {} reporting to {} (spool {})",
            r.id,
            a.report.urls.join(", "),
            a.report.spool.display()
        ));
    }
    let mut m = monitor(a.proc_root.clone(), false);
    let started = Instant::now();
    let mut pcap_len = None;
    // pid -> the verdict last alerted (forgotten once the process is no longer reported).
    let mut alerted: HashMap<i32, Verdict> = HashMap::new();
    let mut miners = 0usize;
    if !ctx.quiet && !a.json {
        output::stderr_line(&format!(
            "watching processes every {}s{}",
            a.interval,
            match a.respond {
                Some(Respond::Stop) => ", stopping miners (SIGSTOP)",
                Some(Respond::Kill) => ", killing miners (SIGKILL)",
                None => "",
            }
        ));
    }
    let mut first = true;
    let mut host_seen = std::collections::HashSet::new();
    loop {
        if let Some(p) = &a.pcap {
            let len = std::fs::metadata(p).map(|m| m.len()).ok();
            if len.is_some() && len != pcap_len {
                pcap_len = len;
                match read_flows(std::slice::from_ref(p)) {
                    Ok(f) => m.set_flows(f),
                    Err(e) => tracing::warn!("{e:#}"),
                }
            }
        }
        let snap = m.sample()?;
        if first && a.json {
            // Scripts can start what they watch for once this line is out.
            output::stdout(&format!(
                "{}\n",
                json!({"type": "ready", "time": snap.time, "processes": snap.processes, "host": snap.host})
            ));
        }
        first = false;
        // Host-wide findings (hidden processes, ld.so.preload), each once.
        for h in &snap.host {
            if !host_seen.insert(h.evidence.clone()) {
                continue;
            }
            if a.json {
                output::stdout(&format!(
                    "{}\n",
                    json!({"type": "host", "time": snap.time, "finding": h})
                ));
            } else {
                output::stdout(&format!("host: {}: {}\n", h.id, h.evidence));
            }
            // A finding about the host itself (something hides processes): a warning, as
            // suspicious code is, quoted as every alert quotes its findings.
            let severity = Verdict::Suspicious
                .severity()
                .unwrap_or(Severity::Warning)
                .as_str();
            let detail =
                json!({"finding": h, "evidence": alert_evidence([(h.location.as_str(), h)], 1)});
            if let Some(db) = &db {
                let alert = minewatch_api::db::NewAlert {
                    source: "host".into(),
                    severity: severity.into(),
                    title: format!("host finding: {}", h.id),
                    subject: h.evidence.chars().take(200).collect(),
                    scan_id: None,
                    detail: detail.clone(),
                };
                db.run_blocking(|e| e.insert_alert(&alert))
                    .context("cannot store the alert")?;
            }
            if let Some(r) = &reporter {
                r.push(agent_alert(
                    snap.time as i64,
                    severity,
                    format!("host finding: {}", h.id),
                    h.evidence.chars().take(200).collect(),
                    detail,
                ))
                .context("cannot spool the alert")?;
            }
        }
        let alive: std::collections::HashSet<i32> =
            snap.reports.iter().map(|r| r.facts.pid).collect();
        alerted.retain(|pid, _| alive.contains(pid));
        for r in &snap.reports {
            // minewatch's own miner: said once, as what it is, never an alert or a response.
            if r.verdict == Verdict::OwnMiner {
                if alerted.insert(r.facts.pid, r.verdict) != Some(Verdict::OwnMiner) {
                    let what = r.signals.first().map_or("", |s| s.evidence.as_str());
                    if a.json {
                        output::stdout(&format!(
                            "{}\n",
                            json!({"type": "own-miner", "time": snap.time, "pid": r.facts.pid, "evidence": what})
                        ));
                    } else {
                        output::stderr_line(&format!("pid {}: {what}", r.facts.pid));
                    }
                }
                continue;
            }
            let wanted =
                r.verdict == Verdict::Miner || (a.suspicious && r.verdict == Verdict::Suspicious);
            let before = alerted.get(&r.facts.pid).copied();
            if !wanted || before == Some(r.verdict) || before == Some(Verdict::Miner) {
                continue;
            }
            alerted.insert(r.facts.pid, r.verdict);
            if r.verdict == Verdict::Miner {
                miners += 1;
            }
            let mut action = None;
            if r.verdict == Verdict::Miner
                && let Some(how) = a.respond
                && r.confidence >= a.respond_confidence
            {
                action = Some(match respond(how, r.facts.pid) {
                    Ok(()) => match how {
                        Respond::Stop => "stopped (SIGSTOP)".to_owned(),
                        Respond::Kill => "killed (SIGKILL)".to_owned(),
                    },
                    Err(e) => format!("failed: {e}"),
                });
            }
            let cost = cost_of(r, &a.cost);
            let subject = r.facts.exe.clone().unwrap_or_else(|| r.facts.name.clone());
            let detail = json!({
                "report": r,
                "cost": cost,
                "response": action,
                "evidence": alert_evidence(r.signals.iter().map(|s| (subject.as_str(), s)), 3),
            });
            // Stored before it is printed: whoever reads the line finds it in the database
            // (or, for an agent, in its spool).
            let severity = r.verdict.severity().unwrap_or(Severity::Warning).as_str();
            let title = format!(
                "{} process {} (pid {})",
                r.verdict, r.facts.name, r.facts.pid
            );
            if let Some(rep) = &reporter {
                rep.push(agent_alert(
                    snap.time as i64,
                    severity,
                    title.clone(),
                    subject.clone(),
                    detail.clone(),
                ))
                .context("cannot spool the alert")?;
            }
            if let Some(db) = &db {
                let alert = minewatch_api::db::NewAlert {
                    source: "host".into(),
                    severity: severity.into(),
                    title,
                    subject,
                    scan_id: None,
                    detail,
                };
                db.run_blocking(|e| e.insert_alert(&alert))
                    .context("cannot store the alert")?;
            }
            if a.json {
                output::stdout(&format!(
                    "{}\n",
                    json!({"type": "alert", "time": snap.time, "verdict": r.verdict, "pid": r.facts.pid,
                           "name": r.facts.name, "confidence": r.confidence, "report": r, "cost": cost,
                           "response": action})
                ));
            } else {
                let mut line = row(r);
                for s in &r.signals {
                    line.push_str(&format!("{:>9}{}: {}\n", "", s.id, s.evidence));
                }
                if let Some(c) = &cost {
                    line.push_str(&format!(
                        "{:>9}cost so far: ${:.6} of electricity for {:.0} CPU-seconds\n",
                        "", c.victim_usd, r.facts.cpu_seconds
                    ));
                }
                if let Some(act) = &action {
                    line.push_str(&format!("{:>9}response: {act}\n", ""));
                }
                output::stdout(&line);
            }
        }
        if let Some(d) = a.duration
            && started.elapsed().as_secs_f64() >= d
        {
            break;
        }
        std::thread::sleep(Duration::from_secs_f64(a.interval));
    }
    if let Some(r) = reporter {
        let left = r.finish(Duration::from_secs(10));
        if left > 0 {
            output::stderr_always(&format!(
                "{left} bytes of alerts wait in the spool {} for the server; they are sent when `minewatch watch --report` runs again",
                a.report.spool.display()
            ));
        }
    }
    Ok(if miners > 0 {
        Outcome::Failed
    } else {
        Outcome::Ok
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_never_touch_pid_1_or_the_watcher() {
        for pid in [1, 0, -1, std::process::id() as i32] {
            let e = respond(Respond::Kill, pid).unwrap_err();
            assert!(e.contains("refused"), "{e}");
        }
    }
}

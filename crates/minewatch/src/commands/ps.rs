//! `minewatch ps`: this host's processes, miners first, in one snapshot.

use std::path::PathBuf;

use minewatch_detect::finding::Verdict;
use std::time::Duration;

use anyhow::bail;
use clap::Args;
use serde_json::json;

use crate::Outcome;
use crate::hostview::{CostArgs, check_cost_args, cost_of, monitor, read_flows, report_json, row};
use crate::output::{self, Context};

#[derive(Debug, Args)]
pub(crate) struct PsArgs {
    /// One JSON object.
    #[arg(long)]
    json: bool,
    /// List clean processes too.
    #[arg(long)]
    all: bool,
    /// Time between the two samples CPU shares are computed from, milliseconds.
    #[arg(long, default_value_t = 1000)]
    interval_ms: u64,
    /// Captures (pcap, pcapng) whose mining flows are matched to processes' sockets.
    #[arg(long = "pcap", value_name = "FILE")]
    pcaps: Vec<PathBuf>,
    /// Where procfs is mounted.
    #[arg(long, default_value = "/proc", hide = true)]
    proc_root: PathBuf,
    #[command(flatten)]
    cost: CostArgs,
}

pub(crate) fn ps(a: &PsArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    check_cost_args(&a.cost)?;
    if !(10..=60_000).contains(&a.interval_ms) {
        bail!(
            "invalid --interval-ms {}: must be from 10 to 60000",
            a.interval_ms
        );
    }
    let mut m = monitor(a.proc_root.clone(), a.all);
    m.set_flows(read_flows(&a.pcaps)?);
    m.sample()?;
    std::thread::sleep(Duration::from_millis(a.interval_ms));
    let snap = m.sample()?;
    let miners = snap
        .reports
        .iter()
        .filter(|r| r.verdict == Verdict::Miner)
        .count();
    if a.json {
        let reports: Vec<_> = snap
            .reports
            .iter()
            .map(|r| report_json(r, &a.cost))
            .collect();
        output::stdout(&format!(
            "{}\n",
            json!({
                "time": snap.time,
                "processes": snap.processes,
                "unreadable": snap.unreadable,
                "partial": snap.partial,
                "partial_reasons": snap.partial_reasons,
                "complete": snap.unreadable == 0 && snap.partial == 0,
                "vanished": snap.vanished,
                "host": snap.host,
                "reports": reports,
            })
        ));
    } else {
        let mut out = format!(
            "{:>7}  {:<10} {:>4}  {:>5}  {:<16} {:<36} {}\n",
            "PID", "VERDICT", "CONF", "CORES", "NAME", "EXECUTABLE", "EVIDENCE"
        );
        for r in &snap.reports {
            out.push_str(&row(r));
            if r.verdict == Verdict::Miner
                && let Some(c) = cost_of(r, &a.cost)
            {
                out.push_str(&format!(
                    "{:>9}cost so far: ${:.6} of electricity for {:.0} CPU-seconds; the operator earned about ${:.6}\n",
                    "", c.victim_usd, r.facts.cpu_seconds, c.attacker_usd
                ));
            }
        }
        for h in &snap.host {
            out.push_str(&format!("host: {}\n", h.evidence));
        }
        let own = snap
            .reports
            .iter()
            .filter(|r| r.verdict == Verdict::OwnMiner)
            .count();
        if !ctx.quiet {
            out.push_str(&format!(
                "{} processes, {} miner(s), {} suspicious{}\n",
                snap.processes,
                miners,
                snap.reports
                    .iter()
                    .filter(|r| r.verdict == Verdict::Suspicious)
                    .count(),
                if own > 0 {
                    format!(", {own} minewatch miner(s) of your own")
                } else {
                    String::new()
                }
            ));
        }
        output::stdout(&out);
    }
    let blind = snap.unreadable + snap.partial;
    if blind > 0 && !a.json {
        output::warn_line(&format!(
            "{blind} of {} processes could not be fully inspected ({}{}): a miner among them could go unseen; run as root to see every process",
            snap.processes,
            if snap.unreadable > 0 {
                format!("{} unreadable, ", snap.unreadable)
            } else {
                String::new()
            },
            snap.partial_reasons
                .first()
                .map_or("permission denied".to_owned(), |r| format!("e.g. {r}"))
        ));
    }
    Ok(if miners > 0 {
        Outcome::Failed
    } else if blind > 0 {
        Outcome::Incomplete
    } else {
        Outcome::Ok
    })
}

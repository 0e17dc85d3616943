//! What `ps` and `watch` share: cost flags, captures, and how a process report is shown.

use std::path::PathBuf;

use anyhow::{Context as _, bail};
use clap::Args;
use minewatch_detect::host::{Monitor, MonitorConfig, ProcessReport, Verdict};
use minewatch_detect::net::{Analyzer, FlowReport};
use minewatch_profit::jacking::{self, JackingCost, Usage};
use minewatch_profit::snapshot::Snapshot as MarketSnapshot;
use serde_json::json;

/// What the cost of a miner is priced with.
#[derive(Debug, Clone, Args)]
pub(crate) struct CostArgs {
    /// Extra power per busy core, W (assumption: 10 W for a desktop or server core).
    #[arg(long, default_value_t = 10.0)]
    watts_per_core: f64,
    /// Electricity price, USD per kWh (assumption: 0.15).
    #[arg(long, default_value_t = 0.15)]
    power_price: f64,
}

pub(crate) fn cost_of(r: &ProcessReport, c: &CostArgs) -> Option<JackingCost> {
    let snap = MarketSnapshot::embedded();
    let usage = Usage {
        cpu_seconds: r.facts.cpu_seconds,
        watts_per_core: c.watts_per_core,
        usd_per_kwh: c.power_price,
        hashrate_per_core_hs: snap.monero.randomx_hs_per_core,
        pool_fee: 0.01,
    };
    jacking::cost(&usage, &snap.monero()).ok()
}

pub(crate) fn check_cost_args(c: &CostArgs) -> anyhow::Result<()> {
    for (name, v) in [
        ("--watts-per-core", c.watts_per_core),
        ("--power-price", c.power_price),
    ] {
        if !v.is_finite() || v < 0.0 {
            bail!("invalid {name} {v}: must be zero or more");
        }
    }
    Ok(())
}

pub(crate) fn read_flows(files: &[PathBuf]) -> anyhow::Result<Vec<FlowReport>> {
    let analyzer = Analyzer::default();
    let mut flows = Vec::new();
    for f in files {
        let file =
            std::fs::File::open(f).with_context(|| format!("cannot open {}", f.display()))?;
        let r = analyzer.analyze(&f.display().to_string(), std::io::BufReader::new(file))?;
        flows.extend(r.mining);
    }
    Ok(flows)
}

pub(crate) fn report_json(r: &ProcessReport, c: &CostArgs) -> serde_json::Value {
    let mut v = serde_json::to_value(r).unwrap_or_default();
    if r.verdict != Verdict::Clean
        && let Some(obj) = v.as_object_mut()
    {
        obj.insert("cost".into(), json!(cost_of(r, c)));
    }
    v
}

pub(crate) fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(n.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

pub(crate) fn row(r: &ProcessReport) -> String {
    let exe = r.facts.exe.as_deref().unwrap_or("-");
    let why = r
        .signals
        .first()
        .map_or(String::new(), |s| s.evidence.clone());
    format!(
        "{:>7}  {:<10} {:>4}  {:>5.2}  {:<16} {:<36} {}\n",
        r.facts.pid,
        r.verdict,
        if r.verdict == Verdict::Clean {
            "-".to_owned()
        } else {
            format!("{:.0}%", r.confidence * 100.0)
        },
        r.activity.cpu_cores,
        short(&r.facts.name, 16),
        short(exe, 36),
        short(&why, 100)
    )
}

pub(crate) fn monitor(proc_root: PathBuf, all: bool) -> Monitor {
    Monitor::new(MonitorConfig {
        proc_root,
        include_clean: all,
        ..MonitorConfig::default()
    })
}

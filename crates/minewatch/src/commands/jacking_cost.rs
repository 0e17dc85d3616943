//! `minewatch jacking-cost`: what a cryptojacker cost its victim and earned its operator.

use anyhow::bail;
use clap::Args;
use minewatch_profit::jacking::{self, Usage};
use minewatch_profit::snapshot::Snapshot;
use serde_json::json;

use crate::Outcome;
use crate::args::{age_days, non_negative, parse_duration, positive};
use crate::market::{MarketArgs, fetch_market};
use crate::output::{self, Context};

#[derive(Debug, Args)]
pub(crate) struct JackingArgs {
    /// CPU-seconds the miner used (one core for an hour = 3600).
    #[arg(long, allow_hyphen_values = true, required_unless_present = "duration")]
    cpu_seconds: Option<f64>,
    /// How long the miner ran (90s, 45m, 8h, 30d), with --cores and --cpu-share.
    #[arg(long)]
    duration: Option<String>,
    /// Cores the miner ran on.
    #[arg(long, default_value_t = 1.0, allow_hyphen_values = true)]
    cores: f64,
    /// Share of those cores it used (0.5 = half).
    #[arg(long, default_value_t = 1.0, allow_hyphen_values = true)]
    cpu_share: f64,
    /// Extra power per busy core, W (assumption: 10 W for a desktop core).
    #[arg(long, default_value_t = 10.0, allow_hyphen_values = true)]
    watts_per_core: f64,
    /// Electricity price the victim pays, USD per kWh (assumption: 0.15).
    #[arg(long, default_value_t = 0.15, allow_hyphen_values = true)]
    power_price: f64,
    /// RandomX hashes per second per core (default: the snapshot's typical native core).
    #[arg(long, allow_hyphen_values = true)]
    hashrate_per_core: Option<f64>,
    /// XMR price, USD (default: the snapshot's).
    #[arg(long, allow_hyphen_values = true)]
    xmr_price: Option<f64>,
    /// Monero network hashrate, H/s (default: the snapshot's).
    #[arg(long, allow_hyphen_values = true)]
    network_hashrate: Option<f64>,
    /// The miner's pool fee (fraction).
    #[arg(long, default_value_t = 0.0, allow_hyphen_values = true)]
    pool_fee: f64,
    #[command(flatten)]
    market: MarketArgs,
    /// One JSON object.
    #[arg(long)]
    json: bool,
}

pub(crate) fn jacking_cost(a: &JackingArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let snap = Snapshot::embedded();
    let cpu_seconds = match (a.cpu_seconds, &a.duration) {
        (Some(_), Some(_)) => bail!("give --cpu-seconds or --duration, not both"),
        (Some(s), None) => positive("--cpu-seconds", s)?,
        (None, Some(d)) => {
            let secs = parse_duration(d)?;
            if secs <= 0.0 {
                bail!("invalid --duration {d:?}: must be longer than zero");
            }
            let cores = positive("--cores", a.cores)?;
            if !(a.cpu_share > 0.0 && a.cpu_share <= 1.0) {
                bail!(
                    "invalid --cpu-share {}: expected a fraction above 0 and at most 1",
                    a.cpu_share
                );
            }
            secs * cores * a.cpu_share
        }
        (None, None) => bail!("give --cpu-seconds or --duration"),
    };
    let mut monero = snap.monero();
    let mut price_src = None;
    if let Some(p) = a.xmr_price {
        monero.xmr_usd = non_negative("--xmr-price", p)?;
    } else if let Some(m) = fetch_market(&a.market, true, ctx)? {
        monero.xmr_usd = m.xmr_usd.value;
        price_src = Some(m.xmr_usd.source.to_string());
    }
    if let Some(h) = a.network_hashrate {
        monero.network_hashrate_hs = positive("--network-hashrate", h)?;
    }
    let usage = Usage {
        cpu_seconds,
        watts_per_core: a.watts_per_core,
        usd_per_kwh: a.power_price,
        hashrate_per_core_hs: a
            .hashrate_per_core
            .unwrap_or(snap.monero.randomx_hs_per_core),
        pool_fee: a.pool_fee,
    };
    let c = jacking::cost(&usage, &monero)?;
    let mut src = format!(
        "snapshot {} ({} days old): {}",
        snap.date,
        age_days(snap.bitcoin.time),
        snap.monero.source
    );
    if let Some(p) = price_src {
        src = format!("XMR price: {p}; other figures: {src}");
    }
    if a.json {
        output::stdout(&format!(
            "{}\n",
            json!({"usage": usage, "monero": monero, "cost": c, "source": src})
        ));
    } else {
        output::stdout(&format!(
            "this miner cost its victim ${:.4} ({:.4} kWh over {:.0} CPU-seconds) and earned its operator ${:.4} ({:.8} XMR)\n  {}\n  Monero figures: {src}\n",
            c.victim_usd,
            c.energy_kwh,
            cpu_seconds,
            c.attacker_usd,
            c.attacker_xmr,
            c.victim_usd_per_attacker_usd.map_or_else(
                || "the operator earns nothing at these figures".to_owned(),
                |r| format!("victim pays ${r:.0} per $1 the operator earns")
            )
        ));
    }
    Ok(Outcome::Ok)
}

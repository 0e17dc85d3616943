//! `minewatch profit`, `minewatch hardware` and `minewatch jacking-cost`.

use anyhow::{Context as _, bail};
use clap::{Args, Subcommand};
use minewatch_pow::subsidy::ChainClock;
use minewatch_profit::calc::{self, CalcError};
use minewatch_profit::catalog::Catalog;
use minewatch_profit::jacking::{self, Usage};
use minewatch_profit::project::{Growth, date_from_unix};
use minewatch_profit::providers::{MarketData, ProviderConfig, Providers};
use minewatch_profit::snapshot::Snapshot;
use serde_json::json;

use crate::Outcome;
use crate::output::{self, Context};

#[derive(Debug, Args)]
pub(crate) struct ProfitArgs {
    /// A machine from the catalog (`minewatch hardware list`).
    #[arg(long)]
    hardware: Option<String>,
    /// Hashrate of one unit instead of --hardware: a number in TH/s, or with a unit
    /// (500G, 200T, 1.2P, 5E as H/s multiples).
    #[arg(long, allow_hyphen_values = true)]
    hashrate: Option<String>,
    /// Power of one unit at the wall, W (with --hashrate, or to override the catalog's).
    #[arg(long, allow_hyphen_values = true)]
    power: Option<f64>,
    /// Number of units.
    #[arg(long, default_value_t = 1)]
    units: u32,
    /// Electricity price, USD per kWh.
    #[arg(long, allow_hyphen_values = true)]
    power_price: f64,
    /// Power usage effectiveness (cooling overhead): 1.0 none, 1.1 typical air-cooled farm.
    #[arg(long, default_value_t = 1.0, allow_hyphen_values = true)]
    pue: f64,
    /// Pool fee as a fraction (0.02 = 2%).
    #[arg(long, default_value_t = 0.0, allow_hyphen_values = true)]
    pool_fee: f64,
    /// How the pool pays: fpps (subsidy and fees), pps (subsidy only; the pool keeps the
    /// fees), pplns or solo (same expectation as fpps, more variance).
    #[arg(long, default_value = "fpps")]
    payout_scheme: String,
    /// Start date of the projection, YYYY-MM-DD (default: now).
    #[arg(long)]
    start_date: Option<String>,
    /// Price of one unit, USD (default: the catalog's, if the user catalog gives one).
    #[arg(long, allow_hyphen_values = true)]
    hardware_price: Option<f64>,
    /// Resale value of one unit at the end of the horizon, USD.
    #[arg(long, default_value_t = 0.0, allow_hyphen_values = true)]
    resale: f64,
    /// BTC price, USD (default: the snapshot's).
    #[arg(long, allow_hyphen_values = true)]
    btc_price: Option<f64>,
    /// Network difficulty (default: the snapshot's).
    #[arg(long, allow_hyphen_values = true)]
    difficulty: Option<f64>,
    /// Average fees per block, BTC (default: the snapshot's).
    #[arg(long, allow_hyphen_values = true)]
    fees_per_block: Option<f64>,
    /// Block height at the start (default: estimated for today from the chain clock).
    #[arg(long)]
    start_height: Option<u32>,
    /// Horizon: days (730 or 730d), months (18m) or years (2y).
    #[arg(long, default_value = "2y")]
    horizon: String,
    /// Difficulty growth per month, e.g. 2% or 0.02 (default: constant).
    #[arg(long, allow_hyphen_values = true)]
    difficulty_growth: Option<String>,
    /// Fit difficulty growth to a history file: lines of `UNIX_TIME DIFFICULTY`.
    #[arg(long, value_name = "FILE", conflicts_with = "difficulty_growth")]
    difficulty_history: Option<std::path::PathBuf>,
    /// Fee growth per month, e.g. 1% (default: constant fees).
    #[arg(long, allow_hyphen_values = true)]
    fee_growth: Option<String>,
    /// Monte Carlo price paths (0: deterministic projection only).
    #[arg(long, default_value_t = 0)]
    monte_carlo: u32,
    /// Seed of the Monte Carlo paths.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Annual price volatility for Monte Carlo (0.6 = 60%).
    #[arg(long, default_value_t = 0.6, allow_hyphen_values = true)]
    volatility: f64,
    /// Annual price drift for Monte Carlo (0 = no trend).
    #[arg(long, default_value_t = 0.0, allow_hyphen_values = true)]
    drift: f64,
    /// Fit drift and volatility to daily closing prices (one per line).
    #[arg(long, value_name = "FILE")]
    price_history: Option<std::path::PathBuf>,
    #[command(flatten)]
    market: MarketArgs,
    /// A TOML file of more machines ([[hardware]] model, hashrate_ths, power_w, price_usd).
    #[arg(long, value_name = "FILE")]
    catalog: Option<std::path::PathBuf>,
    /// Print one JSON object (with every day) instead of the table.
    #[arg(long)]
    json: bool,
    /// Draw revenue, cost and cumulative net over time (halvings marked, the P10-P90 band
    /// with --monte-carlo) to FILE.svg or FILE.png.
    #[arg(long, value_name = "FILE")]
    chart: Option<std::path::PathBuf>,
}

/// Where live market figures come from.
#[derive(Debug, Args)]
pub(crate) struct MarketArgs {
    /// Use only the figures given and the embedded snapshot (no network).
    #[arg(long, env = "MINEWATCH_OFFLINE", value_parser = clap::builder::BoolishValueParser::new())]
    offline: bool,
    /// A mempool.space-compatible API (difficulty, fees, tip height).
    #[arg(long, default_value = "https://mempool.space", value_name = "URL")]
    mempool_url: String,
    /// A CoinGecko-compatible API (simple/price).
    #[arg(long, default_value = "https://api.coingecko.com", value_name = "URL")]
    price_url: String,
    /// Cache of live answers (default: $XDG_CACHE_HOME/minewatch or ~/.cache/minewatch).
    #[arg(long, value_name = "DIR")]
    cache_dir: Option<std::path::PathBuf>,
    /// How long a cached answer is used without asking again, seconds.
    #[arg(long, default_value_t = 600)]
    cache_ttl: u64,
}

fn default_cache_dir() -> Option<std::path::PathBuf> {
    std::env::var_os("XDG_CACHE_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".cache")))
        .map(|d| d.join("minewatch"))
}

/// Live figures (through the cache, falling back to the snapshot), or `None` when offline or
/// when nothing is needed. Notes on what failed go to stderr.
fn fetch_market(m: &MarketArgs, needed: bool, ctx: &Context) -> anyhow::Result<Option<MarketData>> {
    if m.offline || !needed {
        return Ok(None);
    }
    for (flag, url) in [
        ("--mempool-url", &m.mempool_url),
        ("--price-url", &m.price_url),
    ] {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            bail!("invalid {flag} {url:?}: expected an http:// or https:// URL");
        }
    }
    let config = ProviderConfig {
        mempool_url: m.mempool_url.clone(),
        price_url: m.price_url.clone(),
        cache_dir: m.cache_dir.clone().or_else(default_cache_dir),
        ttl: std::time::Duration::from_secs(m.cache_ttl),
        ..ProviderConfig::default()
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let data = rt.block_on(Providers::new(config).market(&Snapshot::embedded()));
    if !ctx.quiet {
        for n in &data.notes {
            output::stderr_line(&format!("note: {n}"));
        }
    }
    Ok(Some(data))
}

#[derive(Debug, Subcommand)]
pub(crate) enum HardwareCommand {
    /// Every machine in the catalog.
    List {
        /// More machines from a TOML file.
        #[arg(long, value_name = "FILE")]
        catalog: Option<std::path::PathBuf>,
        /// JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// One machine, with its sources.
    Show {
        /// Model name (case and spacing do not matter).
        name: String,
        /// More machines from a TOML file.
        #[arg(long, value_name = "FILE")]
        catalog: Option<std::path::PathBuf>,
        /// JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

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

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn load_catalog(path: Option<&std::path::Path>) -> anyhow::Result<Catalog> {
    let mut c = Catalog::builtin();
    if let Some(p) = path {
        let text = std::fs::read_to_string(p)
            .with_context(|| format!("cannot read hardware catalog {}", p.display()))?;
        c.extend_from_toml(&text, &p.display().to_string())?;
    }
    Ok(c)
}

/// `90s`, `45m`, `8h`, `30d`: seconds.
fn parse_duration(s: &str) -> anyhow::Result<f64> {
    let t = s.trim();
    let (num, per) = match t.chars().last() {
        Some('s') => (&t[..t.len() - 1], 1.0),
        Some('m') => (&t[..t.len() - 1], 60.0),
        Some('h') => (&t[..t.len() - 1], 3600.0),
        Some('d') => (&t[..t.len() - 1], 86_400.0),
        _ => (t, 1.0),
    };
    num.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0)
        .map(|v| v * per)
        .with_context(|| format!("invalid --duration {s:?}: expected 90s, 45m, 8h or 30d"))
}

fn positive(flag: &str, v: f64) -> anyhow::Result<f64> {
    if v.is_finite() && v > 0.0 {
        Ok(v)
    } else {
        bail!("invalid {flag} {v}: must be positive")
    }
}

fn non_negative(flag: &str, v: f64) -> anyhow::Result<f64> {
    if v.is_finite() && v >= 0.0 {
        Ok(v)
    } else {
        bail!("invalid {flag} {v}: must not be negative")
    }
}

fn read_numbers(path: &std::path::Path) -> anyhow::Result<Vec<Vec<f64>>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let row: Result<Vec<f64>, _> = line
            .split(|c: char| c.is_whitespace() || c == ',' || c == '\t')
            .filter(|f| !f.is_empty())
            .map(str::parse)
            .collect();
        rows.push(row.with_context(|| {
            format!(
                "{}:{}: expected numbers, found {line:?}",
                path.display(),
                i + 1
            )
        })?);
    }
    Ok(rows)
}

fn age_days(snapshot_time: i64) -> i64 {
    (now() - snapshot_time) / 86_400
}

/// Shows a calculator refusal with the CLI's flag names.
fn calc_error(e: CalcError) -> anyhow::Error {
    match e {
        CalcError::Field { field, value, why } => {
            anyhow::anyhow!("invalid --{} {value}: {why}", field.replace('_', "-"))
        }
        other => anyhow::anyhow!("{}", flag_names(&other.to_string())),
    }
}

/// `` `power_price` `` (a field name in a calculator message) as `--power-price`.
fn flag_names(msg: &str) -> String {
    let mut out = String::new();
    for (i, part) in msg.split('`').enumerate() {
        let is_field = i % 2 == 1
            && !part.is_empty()
            && part.chars().all(|c| c.is_ascii_lowercase() || c == '_');
        if is_field {
            out.push_str("--");
            out.push_str(&part.replace('_', "-"));
        } else {
            if i % 2 == 1 {
                out.push('`');
            }
            out.push_str(part);
            if i % 2 == 1 {
                out.push('`');
            }
        }
    }
    out
}

pub(crate) fn profit(a: &ProfitArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let catalog = load_catalog(a.catalog.as_deref())?;
    let chart_png = match &a.chart {
        None => None,
        Some(path) => match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("svg") => Some(false),
            Some("png") => Some(true),
            _ => bail!(
                "invalid --chart {}: the file must end in .svg or .png",
                path.display()
            ),
        },
    };
    let difficulty_history = match &a.difficulty_history {
        None => None,
        Some(path) => Some(
            read_numbers(path)?
                .iter()
                .filter(|r| r.len() >= 2)
                .map(|r| (r[0] as i64, r[1]))
                .collect::<Vec<_>>(),
        ),
    };
    let price_history = match &a.price_history {
        None => None,
        Some(path) => Some(
            read_numbers(path)?
                .iter()
                .filter_map(|r| r.last().copied())
                .collect::<Vec<_>>(),
        ),
    };
    let req = calc::Request {
        hardware: a.hardware.clone(),
        hashrate: a.hashrate.clone(),
        power: a.power,
        units: a.units,
        power_price: a.power_price,
        pue: a.pue,
        pool_fee: a.pool_fee,
        payout_scheme: a.payout_scheme.clone(),
        start_date: a.start_date.clone(),
        hardware_price: a.hardware_price,
        resale: a.resale,
        btc_price: a.btc_price,
        difficulty: a.difficulty,
        fees_per_block: a.fees_per_block,
        start_height: a.start_height,
        horizon: a.horizon.clone(),
        difficulty_growth: a.difficulty_growth.clone(),
        difficulty_history,
        fee_growth: a.fee_growth.clone(),
        monte_carlo: a.monte_carlo,
        seed: a.seed,
        volatility: a.volatility,
        drift: a.drift,
        price_history,
    };
    // Refuse bad input before going online for figures.
    calc::check(&req, &catalog, now()).map_err(calc_error)?;
    let live = fetch_market(&a.market, req.needs_market(), ctx)?;
    let live_note = match (&live, a.market.offline) {
        (_, true) => "off (--offline)".to_owned(),
        (None, false) => "not needed: every figure was given".to_owned(),
        (Some(m), false) => format!("{} problems: {}", m.notes.len(), m.notes.join("; ")),
    };
    let mut report =
        calc::evaluate(&req, &catalog, live.as_ref(), &live_note, now()).map_err(calc_error)?;
    for src in [
        &mut report.sources.btc_usd,
        &mut report.sources.difficulty,
        &mut report.sources.fees_btc_per_block,
        &mut report.sources.start_height,
    ] {
        if !src.contains(' ') {
            *src = format!("--{}", src.replace('_', "-"));
        }
    }
    if let (Some(path), Some(mc)) = (&a.price_history, report.monte_carlo.as_mut()) {
        mc.price_model_source = format!("fitted to {}", path.display());
    }
    if let (Some(path), Some(as_png)) = (&a.chart, chart_png) {
        let title = report.chart_title(a.power_price);
        let input = report.chart_input(&title);
        let bytes = if as_png {
            minewatch_profit::chart::png(&input)?
        } else {
            minewatch_profit::chart::svg(&input)?.into_bytes()
        };
        std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
        output::stderr_line(&format!("chart written to {}", path.display()));
    }
    if a.json {
        output::stdout(&format!("{}\n", json!(report)));
        return Ok(Outcome::Ok);
    }
    let calc::Report {
        hardware: label,
        rig,
        market,
        sources,
        today,
        projection,
        growth,
        monte_carlo: mc,
        days,
        ..
    } = report;
    let (btc_usd, difficulty, fees, start_height, subsidy) = (
        market.btc_usd,
        market.difficulty,
        market.fees_btc_per_block,
        market.start_height,
        market.subsidy_btc,
    );
    let (btc_src, diff_src, fees_src) = (
        sources.btc_usd,
        sources.difficulty,
        sources.fees_btc_per_block,
    );
    let mut out = String::new();
    let line = |out: &mut String, k: &str, v: String| out.push_str(&format!("{k:<34} {v}\n"));
    line(&mut out, "hardware", format!("{label} x {}", a.units));
    line(
        &mut out,
        "hashrate",
        format!(
            "{:.2} TH/s, {:.0} W, {:.1} J/TH",
            rig.hashrate_hs / 1e12,
            rig.watts,
            rig.joules_per_th()
        ),
    );
    line(&mut out, "BTC price", format!("${btc_usd:.0}  [{btc_src}]"));
    line(
        &mut out,
        "difficulty",
        format!("{difficulty:.4e}  [{diff_src}]"),
    );
    line(
        &mut out,
        "fees per block",
        format!("{fees} BTC  [{fees_src}]"),
    );
    line(
        &mut out,
        "start height",
        format!("{start_height} (subsidy {subsidy} BTC)"),
    );
    out.push_str("\nper day, today\n");
    line(
        &mut out,
        "  expected BTC",
        format!(
            "{:.8} (subsidy {:.8}, fees {:.8})",
            today.btc, today.btc_subsidy, today.btc_fees
        ),
    );
    line(&mut out, "  revenue", format!("${:.2}", today.revenue_usd));
    line(
        &mut out,
        "  pool fee",
        format!("${:.2}", today.pool_fee_usd),
    );
    line(&mut out, "  power", format!("${:.2}", today.power_usd));
    line(&mut out, "  profit", format!("${:.2}", today.profit_usd));
    line(
        &mut out,
        "  hashprice",
        format!(
            "${:.4}/TH/day, ${:.2}/PH/day",
            today.hashprice_usd_th, today.hashprice_usd_ph
        ),
    );
    line(
        &mut out,
        "  hashcost",
        format!("${:.4}/TH/day", today.hashcost_usd_th),
    );
    line(
        &mut out,
        "  break-even power price",
        format!("${:.4}/kWh", today.break_even_usd_per_kwh),
    );
    line(
        &mut out,
        "  break-even BTC price",
        format!("${:.0}", today.break_even_btc_usd),
    );
    line(
        &mut out,
        "  break-even efficiency",
        format!("{:.1} J/TH", today.break_even_j_per_th),
    );
    if let Some(p) = today.payback_days {
        line(
            &mut out,
            "  payback at today's figures",
            format!("{p:.0} days"),
        );
    }
    out.push_str(&format!(
        "\nover {days} days ({})\n",
        match growth {
            Growth::Constant => "constant difficulty".to_owned(),
            Growth::Monthly { rate } => format!("difficulty {:+.2}%/month", rate * 100.0),
        }
    ));
    line(&mut out, "  expected BTC", format!("{:.6}", projection.btc));
    line(
        &mut out,
        "  revenue",
        format!("${:.2}", projection.revenue_usd),
    );
    line(&mut out, "  power", format!("${:.2}", projection.power_usd));
    line(
        &mut out,
        "  pool fees",
        format!("${:.2}", projection.pool_fee_usd),
    );
    line(
        &mut out,
        "  operating profit",
        format!("${:.2}", projection.profit_usd),
    );
    line(
        &mut out,
        "  net (with hardware and resale)",
        format!("${:.2}", projection.net_usd),
    );
    if let Some(roi) = projection.roi {
        line(&mut out, "  ROI", format!("{:.1}%", roi * 100.0));
    }
    line(
        &mut out,
        "  expected blocks",
        format!(
            "{:.4} (chance of at least one: {:.2}%, what solo mining rides on)",
            projection.expected_blocks,
            projection.solo_block_probability * 100.0
        ),
    );
    match (projection.payback_day, rig.capex_usd > 0.0) {
        (Some(d), _) => line(&mut out, "  pays back on day", format!("{d}")),
        (None, true) => line(&mut out, "  pays back", "not within the horizon".to_owned()),
        _ => {}
    }
    let clock = ChainClock::mainnet_default();
    for (h, t) in &projection.halvings {
        line(
            &mut out,
            "  halving",
            format!(
                "block {h}, expected around {} (clock {:.1} s/block)",
                date_from_unix(*t),
                clock.seconds_per_block
            ),
        );
    }
    if let Some(calc::MonteCarlo {
        result: r,
        price_model: m,
        price_model_source: src,
    }) = &mc
    {
        out.push_str(&format!(
            "\nMonte Carlo: {} price paths, seed {}, drift {:.2}/y, volatility {:.2}/y ({src})\n",
            r.paths, r.seed, m.drift, m.volatility
        ));
        line(
            &mut out,
            "  net P10 / P50 / P90",
            format!("${:.0} / ${:.0} / ${:.0}", r.p10_usd, r.p50_usd, r.p90_usd),
        );
        line(&mut out, "  mean", format!("${:.0}", r.mean_usd));
        line(
            &mut out,
            "  probability of paying back",
            format!("{:.1}%", r.payback_probability * 100.0),
        );
    }
    output::stdout(&out);
    Ok(Outcome::Ok)
}

pub(crate) fn hardware(cmd: &HardwareCommand, _ctx: &Context) -> anyhow::Result<Outcome> {
    match cmd {
        HardwareCommand::List { catalog, json } => {
            let c = load_catalog(catalog.as_deref())?;
            if *json {
                output::stdout(&format!("{}\n", json!(c.hardware)));
            } else {
                let mut out = format!(
                    "{:<24} {:>8} {:>7} {:>7}  {:<9} {}\n",
                    "model", "TH/s", "W", "J/TH", "cooling", "source"
                );
                for h in &c.hardware {
                    out.push_str(&format!(
                        "{:<24} {:>8} {:>7} {:>7.1}  {:<9} {}\n",
                        h.model,
                        h.hashrate_ths,
                        h.power_w,
                        h.efficiency_j_per_th,
                        h.cooling,
                        h.source
                    ));
                }
                output::stdout(&out);
            }
        }
        HardwareCommand::Show {
            name,
            catalog,
            json,
        } => {
            let c = load_catalog(catalog.as_deref())?;
            let h = c.find(name)?;
            if *json {
                output::stdout(&format!("{}\n", json!(h)));
            } else {
                let mut out = format!(
                    "{}\n  hashrate    {} TH/s\n  power       {} W\n  efficiency  {:.1} J/TH\n  cooling     {}\n  source      {}\n",
                    h.model, h.hashrate_ths, h.power_w, h.efficiency_j_per_th, h.cooling, h.source
                );
                if !h.notes.is_empty() {
                    out.push_str(&format!("  notes       {}\n", h.notes));
                }
                if let Some(p) = h.price_usd {
                    out.push_str(&format!("  price       ${p}\n"));
                }
                output::stdout(&out);
            }
        }
    }
    Ok(Outcome::Ok)
}

pub(crate) fn jacking_cost(a: &JackingArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let snap = Snapshot::embedded();
    let cpu_seconds = match (a.cpu_seconds, &a.duration) {
        (Some(_), Some(_)) => bail!("give --cpu-seconds or --duration, not both"),
        (Some(s), None) => non_negative("--cpu-seconds", s)?,
        (None, Some(d)) => {
            let secs = parse_duration(d)?;
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
            "this miner cost its victim ${:.4} ({:.4} kWh over {:.0} CPU-seconds) and earned its operator ${:.4} ({:.8} XMR)\n  victim pays ${:.0} per $1 the operator earns\n  Monero figures: {src}\n",
            c.victim_usd,
            c.energy_kwh,
            cpu_seconds,
            c.attacker_usd,
            c.attacker_xmr,
            c.victim_usd_per_attacker_usd
        ));
    }
    Ok(Outcome::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;
    use minewatch_profit::calc::{parse_hashrate, parse_horizon, parse_rate};
    use minewatch_profit::project::unix_from_date;

    #[test]
    fn units_parse() {
        assert_eq!(parse_hashrate("200").unwrap(), 200e12);
        assert_eq!(parse_hashrate("1.5P").unwrap(), 1.5e15);
        assert_eq!(parse_hashrate("500GH/s").unwrap(), 500e9);
        assert!(parse_hashrate("-3T").is_err());
        assert!(parse_hashrate("fast").is_err());
        assert_eq!(parse_horizon("2y").unwrap(), 731);
        assert_eq!(parse_horizon("730").unwrap(), 730);
        assert_eq!(parse_horizon("18m").unwrap(), 548);
        assert!(
            parse_horizon("0")
                .unwrap_err()
                .to_string()
                .contains("at least one day")
        );
        assert!(parse_horizon("soon").is_err());
        assert_eq!(parse_rate("x", "2%").unwrap(), 0.02);
        assert_eq!(parse_rate("x", "0.02").unwrap(), 0.02);
        assert!(parse_rate("x", "-150%").is_err());
        assert_eq!(parse_duration("8h").unwrap(), 28_800.0);
        assert_eq!(date_from_unix(0), "1970-01-01");
        assert_eq!(date_from_unix(1_713_571_767), "2024-04-20"); // the fourth halving
        assert_eq!(date_from_unix(951_782_400), "2000-02-29");
        assert_eq!(unix_from_date("2000-02-29"), Some(951_782_400));
        assert_eq!(unix_from_date("2025-02-30"), None);
        assert_eq!(unix_from_date("yesterday"), None);
    }
}

//! `minewatch profit`: today's figures, break-evens, a projection and Monte Carlo price risk.

use anyhow::{Context as _, bail};
use clap::Args;
use minewatch_pow::subsidy::ChainClock;
use minewatch_profit::calc::{self, CalcError};
use minewatch_profit::project::{Growth, date_from_unix};
use serde_json::json;

use crate::Outcome;
use crate::args::{load_catalog, now};
use crate::market::{MarketArgs, fetch_market};
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
    /// Pool fee: a percentage (2%) or a fraction (0.02), as the dashboard's "Pool fee, %".
    #[arg(long, default_value = "0%", allow_hyphen_values = true)]
    pool_fee: String,
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

/// `2%` or `0.02`: a fraction.
fn parse_fee(s: &str) -> anyhow::Result<f64> {
    // The calculator's own reading of `2%` / `0.02`; a fee must also be below 100%.
    match calc::parse_rate("pool_fee", s) {
        Ok(v) if (0.0..1.0).contains(&v) => Ok(v),
        _ => bail!(
            "invalid --pool-fee {s:?}: expected a percentage (2%) or a fraction (0.02) below 100%"
        ),
    }
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
        pool_fee: parse_fee(&a.pool_fee)?,
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

#[cfg(test)]
mod tests {
    use crate::args::parse_duration;
    use minewatch_profit::calc::{parse_hashrate, parse_horizon, parse_rate};
    use minewatch_profit::project::{date_from_unix, unix_from_date};

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

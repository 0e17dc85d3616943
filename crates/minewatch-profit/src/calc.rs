//! The profitability calculator as one request and one report: what `minewatch profit` and the
//! API's `/v1/profit` both run. Inputs are validated here, each refusal naming its field.

use std::sync::atomic::AtomicBool;

use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, CatalogError};
use crate::model::{Costs, Day, Market, Payout, Rig, day};
use crate::montecarlo::{self, McError, McResult, PriceModel};
use crate::project::{
    Growth, ProjectError, Projection, Scenario, fit_growth, project, unix_from_date,
};
use crate::providers::{Figure, MarketData, Source};
use crate::snapshot::Snapshot;

/// Most Monte Carlo paths one request may ask for.
pub const MAX_PATHS: u32 = 100_000;

/// Most Monte Carlo path-days (paths x days of horizon): a few CPU-seconds of work. 100,000
/// paths over a century were 80 CPU-seconds.
pub const MAX_PATH_DAYS: u64 = 200_000_000;

/// Everything the calculator takes. Optional market figures fall back to live data (when
/// given) and then to the embedded snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct Request {
    /// A machine from the catalog.
    pub hardware: Option<String>,
    /// Hashrate of one unit instead of `hardware`: TH/s, or with a unit (500G, 200T, 1.2P).
    pub hashrate: Option<String>,
    /// Power of one unit at the wall, W.
    pub power: Option<f64>,
    /// Number of units.
    pub units: u32,
    /// Electricity price, USD per kWh.
    pub power_price: f64,
    /// Power usage effectiveness (1.0 or more).
    pub pue: f64,
    /// Pool fee as a fraction.
    pub pool_fee: f64,
    /// fpps, pps, pplns or solo.
    pub payout_scheme: String,
    /// Start of the projection, YYYY-MM-DD (default: now).
    pub start_date: Option<String>,
    /// Price of one unit, USD (default: the catalog's, if any).
    pub hardware_price: Option<f64>,
    /// Resale value of one unit at the end, USD.
    pub resale: f64,
    /// BTC price, USD.
    pub btc_price: Option<f64>,
    /// Network difficulty.
    pub difficulty: Option<f64>,
    /// Average fees per block, BTC.
    pub fees_per_block: Option<f64>,
    /// Block height at the start.
    pub start_height: Option<u32>,
    /// Days (730 or 730d), weeks (8w), months (18m) or years (2y).
    pub horizon: String,
    /// Difficulty growth per month (2% or 0.02).
    pub difficulty_growth: Option<String>,
    /// Difficulty history to fit growth to: (unix time, difficulty) points.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Vec<Vec<f64>>>))]
    pub difficulty_history: Option<Vec<(i64, f64)>>,
    /// Fee growth per month.
    pub fee_growth: Option<String>,
    /// Monte Carlo price paths (0: none).
    pub monte_carlo: u32,
    /// Seed of the paths.
    pub seed: u64,
    /// Annual price volatility.
    pub volatility: f64,
    /// Annual price drift.
    pub drift: f64,
    /// Daily closing prices to fit drift and volatility to.
    pub price_history: Option<Vec<f64>>,
}

impl Default for Request {
    fn default() -> Self {
        Self {
            hardware: None,
            hashrate: None,
            power: None,
            units: 1,
            power_price: 0.0,
            pue: 1.0,
            pool_fee: 0.0,
            payout_scheme: "fpps".to_owned(),
            start_date: None,
            hardware_price: None,
            resale: 0.0,
            btc_price: None,
            difficulty: None,
            fees_per_block: None,
            start_height: None,
            horizon: "2y".to_owned(),
            difficulty_growth: None,
            difficulty_history: None,
            fee_growth: None,
            monte_carlo: 0,
            seed: 1,
            volatility: 0.6,
            drift: 0.0,
            price_history: None,
        }
    }
}

impl Request {
    /// Whether any market figure would come from outside the request (so live data helps).
    pub fn needs_market(&self) -> bool {
        self.btc_price.is_none()
            || self.difficulty.is_none()
            || self.fees_per_block.is_none()
            || self.start_height.is_none()
    }
}

/// A request the calculator refuses.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum CalcError {
    /// One field is out of range or does not parse.
    #[error("invalid {field} {value}: {why}")]
    Field {
        /// The field (`power_price`; the CLI shows it as `--power-price`).
        field: &'static str,
        /// What was given.
        value: String,
        /// What is expected.
        why: String,
    },
    /// Fields that do not go together, or one that is missing (field names in backticks).
    #[error("{0}")]
    Combination(String),
    /// The hardware is not in the catalog.
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    /// The projection cannot run.
    #[error(transparent)]
    Project(#[from] ProjectError),
    /// The Monte Carlo run cannot run.
    #[error(transparent)]
    MonteCarlo(#[from] McError),
    /// The caller gave up before the result was ready.
    #[error("cancelled")]
    Cancelled,
    /// The inputs are so large (or small) that a computed figure is not a finite number.
    #[error("the inputs make {0} overflow (not a finite number): give smaller figures")]
    NonFinite(String),
}

fn field(field: &'static str, value: impl std::fmt::Display, why: &str) -> CalcError {
    CalcError::Field {
        field,
        value: value.to_string(),
        why: why.to_owned(),
    }
}

fn positive(name: &'static str, v: f64) -> Result<f64, CalcError> {
    if !v.is_finite() {
        Err(field(name, v, "must be a finite number"))
    } else if v > 0.0 {
        Ok(v)
    } else {
        Err(field(name, v, "must be positive"))
    }
}

fn non_negative(name: &'static str, v: f64) -> Result<f64, CalcError> {
    if !v.is_finite() {
        Err(field(name, v, "must be a finite number"))
    } else if v >= 0.0 {
        Ok(v)
    } else {
        Err(field(name, v, "must not be negative"))
    }
}

/// `200`, `200T`, `1.5P`, `500G`: H/s (a bare number is TH/s).
pub fn parse_hashrate(s: &str) -> Result<f64, CalcError> {
    let t = s.trim().trim_end_matches("H/s").trim_end_matches("h/s");
    let (num, mult) = match t.chars().last() {
        Some(c @ ('k' | 'K' | 'M' | 'G' | 'T' | 'P' | 'E')) => {
            let m = match c {
                'k' | 'K' => 1e3,
                'M' => 1e6,
                'G' => 1e9,
                'T' => 1e12,
                'P' => 1e15,
                _ => 1e18,
            };
            (&t[..t.len() - 1], m)
        }
        _ => (t, 1e12),
    };
    num.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v > 0.0)
        .map(|v| v * mult)
        .ok_or_else(|| {
            field(
                "hashrate",
                format!("{s:?}"),
                "expected a positive number of TH/s or one with a unit (500G, 200T, 1.2P)",
            )
        })
}

/// `2%` or `0.02` per month.
pub fn parse_rate(name: &'static str, s: &str) -> Result<f64, CalcError> {
    let v = match s.trim().strip_suffix('%') {
        Some(p) => p.trim().parse::<f64>().map(|v| v / 100.0),
        None => s.trim().parse::<f64>(),
    };
    v.ok()
        .filter(|v| v.is_finite() && *v > -1.0)
        .ok_or_else(|| {
            field(
                name,
                format!("{s:?}"),
                "expected a monthly rate such as 2% or 0.02",
            )
        })
}

/// `730`, `730d`, `8w`, `18m`, `2y`: days.
pub fn parse_horizon(s: &str) -> Result<u32, CalcError> {
    let t = s.trim();
    let (num, per) = match t.chars().last() {
        Some('d') => (&t[..t.len() - 1], 1.0),
        Some('w') => (&t[..t.len() - 1], 7.0),
        Some('m') => (&t[..t.len() - 1], 30.4375),
        Some('y') => (&t[..t.len() - 1], 365.25),
        _ => (t, 1.0),
    };
    let days = num.trim().parse::<f64>().ok().map(|v| (v * per).round());
    match days {
        Some(d) if (1.0..=36_525.0).contains(&d) => Ok(d as u32),
        Some(d) if d < 1.0 => Err(field(
            "horizon",
            format!("{s:?}"),
            "must be at least one day",
        )),
        _ => Err(field(
            "horizon",
            format!("{s:?}"),
            "expected days (730 or 730d), months (18m) or years (2y), at most 100 years",
        )),
    }
}

/// Market figures used, with where each came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MarketUsed {
    /// BTC price, USD.
    pub btc_usd: f64,
    /// Network difficulty.
    pub difficulty: f64,
    /// Fees per block, BTC.
    pub fees_btc_per_block: f64,
    /// Subsidy at the start height, BTC.
    pub subsidy_btc: f64,
    /// Height at the start.
    pub start_height: u32,
}

/// Where each market figure came from, in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sources {
    /// The BTC price.
    pub btc_usd: String,
    /// The difficulty.
    pub difficulty: String,
    /// The fees.
    pub fees_btc_per_block: String,
    /// The start height.
    pub start_height: String,
    /// What live data was used, or why none.
    pub live_data: String,
    /// Expected change at the next retarget, when live data had it.
    pub next_difficulty_change_pct: Option<Figure<f64>>,
    /// Where the snapshot's figures come from.
    pub snapshot_source: String,
}

/// The Monte Carlo part of a report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonteCarlo {
    /// Percentiles, mean, payback probability and the band over time.
    pub result: McResult,
    /// The price model used.
    pub price_model: PriceModel,
    /// Where drift and volatility came from.
    pub price_model_source: String,
}

/// What the calculator found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The machine (catalog model, or the hashrate and power given).
    pub hardware: String,
    /// Units.
    pub units: u32,
    /// All units together.
    pub rig: Rig,
    /// Costs.
    pub costs: Costs,
    /// Market figures used.
    pub market: MarketUsed,
    /// Their sources.
    pub sources: Sources,
    /// One day at today's figures.
    pub today: Day,
    /// Day by day over the horizon.
    pub projection: Projection,
    /// The difficulty scenario.
    pub growth: Growth,
    /// Price risk, when asked for.
    pub monte_carlo: Option<MonteCarlo>,
    /// Days in the horizon.
    pub days: u32,
}

impl Report {
    /// A chart title naming the scenario.
    pub fn chart_title(&self, power_price: f64) -> String {
        format!(
            "{} x {}: {} days at ${}/kWh, BTC ${:.0}",
            self.hardware, self.units, self.days, power_price, self.market.btc_usd
        )
    }

    /// The chart input for [`crate::chart`].
    pub fn chart_input<'a>(&'a self, title: &'a str) -> crate::chart::ChartInput<'a> {
        crate::chart::ChartInput {
            projection: &self.projection,
            capex_usd: self.rig.capex_usd,
            band: self.monte_carlo.as_ref().map(|m| m.result.band.as_slice()),
            title,
        }
    }
}

/// Monte Carlo paths within [`MAX_PATHS`] and, over `days`, within [`MAX_PATH_DAYS`].
fn check_paths(paths: u32, days: u32) -> Result<(), CalcError> {
    let most = (MAX_PATH_DAYS / u64::from(days.max(1))).min(u64::from(MAX_PATHS));
    if u64::from(paths) > most {
        return Err(field(
            "monte_carlo",
            paths,
            &format!(
                "at most {most} paths over {days} days (paths x days at most {MAX_PATH_DAYS})"
            ),
        ));
    }
    Ok(())
}

/// Everything [`evaluate`] would refuse, found without market data (so a bad request is
/// refused before anything goes online).
pub fn check(req: &Request, catalog: &Catalog, now: i64) -> Result<(), CalcError> {
    let offline = Request {
        btc_price: Some(req.btc_price.unwrap_or(1.0)),
        difficulty: Some(req.difficulty.unwrap_or(1.0)),
        fees_per_block: Some(req.fees_per_block.unwrap_or(0.0)),
        start_height: Some(req.start_height.unwrap_or(0)),
        monte_carlo: req.monte_carlo.min(1),
        ..req.clone()
    };
    check_paths(req.monte_carlo, parse_horizon(&req.horizon)?)?;
    evaluate(&offline, catalog, None, "", now).map(|_| ())
}

fn age_days(snapshot_time: i64, now: i64) -> i64 {
    (now - snapshot_time) / 86_400
}

/// Runs the calculator. `live` are figures fetched by [`crate::providers`] (or `None` when
/// offline); `now` is the current unix time.
pub fn evaluate(
    req: &Request,
    catalog: &Catalog,
    live: Option<&MarketData>,
    live_note: &str,
    now: i64,
) -> Result<Report, CalcError> {
    evaluate_cancellable(req, catalog, live, live_note, now, &AtomicBool::new(false))
}

/// [`evaluate`], giving up with [`CalcError::Cancelled`] soon after `cancel` is set (a server
/// sets it when the request times out or its client goes away).
pub fn evaluate_cancellable(
    req: &Request,
    catalog: &Catalog,
    live: Option<&MarketData>,
    live_note: &str,
    now: i64,
    cancel: &AtomicBool,
) -> Result<Report, CalcError> {
    let snap = Snapshot::embedded();
    let snap_note = format!(
        "snapshot {} ({} days old)",
        snap.date,
        age_days(snap.bitcoin.time, now)
    );
    let (label, unit_hs, unit_w, unit_price) = match (&req.hardware, &req.hashrate) {
        (Some(_), Some(_)) => {
            return Err(CalcError::Combination(
                "give `hardware` or `hashrate`, not both".into(),
            ));
        }
        (None, None) => {
            return Err(CalcError::Combination(
                "give `hardware` (a model from `minewatch hardware list`) or `hashrate` with `power`"
                    .into(),
            ));
        }
        (Some(name), None) => {
            let h = catalog.find(name)?;
            let w = match req.power {
                Some(p) => positive("power", p)?,
                None => h.power_w,
            };
            (h.model.clone(), h.hashrate_ths * 1e12, w, h.price_usd)
        }
        (None, Some(hr)) => {
            let hs = parse_hashrate(hr)?;
            let w = positive(
                "power",
                req.power
                    .ok_or_else(|| CalcError::Combination("`hashrate` needs `power` (W)".into()))?,
            )?;
            (format!("{hr} at {w} W"), hs, w, None)
        }
    };
    if req.units == 0 || req.units > 10_000_000 {
        return Err(field("units", req.units, "expected 1 to 10,000,000 units"));
    }
    non_negative("power_price", req.power_price)?;
    if !(req.pue.is_finite() && (1.0..=10.0).contains(&req.pue)) {
        return Err(field("pue", req.pue, "must be from 1.0 to 10"));
    }
    if !(0.0..1.0).contains(&req.pool_fee) {
        return Err(field(
            "pool_fee",
            req.pool_fee,
            "expected a fraction from 0 to below 1",
        ));
    }
    let unit_price = match req.hardware_price {
        Some(p) => Some(non_negative("hardware_price", p)?),
        None => unit_price,
    };
    non_negative("resale", req.resale)?;
    let days = parse_horizon(&req.horizon)?;
    let n = f64::from(req.units);
    let rig = Rig {
        hashrate_hs: unit_hs * n,
        watts: unit_w * n,
        capex_usd: unit_price.unwrap_or(0.0) * n,
        resale_usd: req.resale * n,
    };
    let costs = Costs {
        usd_per_kwh: req.power_price,
        pue: req.pue,
        pool_fee: req.pool_fee,
        scheme: req
            .payout_scheme
            .parse::<Payout>()
            .map_err(CalcError::Combination)?,
    };
    if let Some(p) = req.btc_price {
        positive("btc_price", p)?;
    }
    if let Some(d) = req.difficulty {
        positive("difficulty", d)?;
    }
    if let Some(f) = req.fees_per_block {
        non_negative("fees_per_block", f)?;
    }
    let pick = |given: Option<f64>,
                name: &str,
                live: Option<&Figure<f64>>,
                snap_value: f64,
                snap_src: String| match (given, live) {
        (Some(v), _) => (v, name.to_owned()),
        (None, Some(f)) => (f.value, f.source.to_string()),
        (None, None) => (snap_value, snap_src),
    };
    let (btc_usd, btc_src) = pick(
        req.btc_price,
        "btc_price",
        live.map(|m| &m.btc_usd),
        snap.bitcoin.btc_usd,
        snap_note.clone(),
    );
    let (difficulty, diff_src) = pick(
        req.difficulty,
        "difficulty",
        live.map(|m| &m.difficulty),
        snap.difficulty(),
        format!("{snap_note}, block {}", snap.bitcoin.height),
    );
    let (fees, fees_src) = pick(
        req.fees_per_block,
        "fees_per_block",
        live.map(|m| &m.fees_btc_per_block),
        snap.bitcoin.fees_btc_per_block,
        snap_note.clone(),
    );
    let start_time = match &req.start_date {
        Some(d) => unix_from_date(d).ok_or_else(|| {
            field(
                "start_date",
                format!("{d:?}"),
                "expected a date as YYYY-MM-DD",
            )
        })?,
        None => now,
    };
    let live_tip = live
        .map(|m| &m.tip_height)
        .filter(|f| !matches!(f.source, Source::Snapshot { .. }));
    let (start_height, height_src) = match (
        req.start_height,
        live_tip.filter(|_| req.start_date.is_none()),
    ) {
        (Some(h), _) => (h, "start_height".to_owned()),
        (None, Some(f)) => (f.value, format!("tip height, {}", f.source)),
        (None, None) => (
            minewatch_pow::subsidy::ChainClock::mainnet_default().height_at_time(start_time),
            "estimated for the start date from the chain clock (fitted 840,000 -> 881,423)"
                .to_owned(),
        ),
    };
    let growth = match (&req.difficulty_growth, &req.difficulty_history) {
        (Some(_), Some(_)) => {
            return Err(CalcError::Combination(
                "give `difficulty_growth` or `difficulty_history`, not both".into(),
            ));
        }
        (Some(g), None) => Growth::Monthly {
            rate: parse_rate("difficulty_growth", g)?,
        },
        (None, Some(points)) => fit_growth(points)?,
        (None, None) => Growth::Constant,
    };
    let mut scenario = Scenario::new(start_height, start_time, days, difficulty, btc_usd);
    scenario.growth = growth;
    scenario.fees_btc_per_block = fees;
    if let Some(g) = &req.fee_growth {
        scenario.fee_growth_monthly = parse_rate("fee_growth", g)?;
    }
    let subsidy =
        minewatch_pow::subsidy::block_subsidy(start_height, &minewatch_pow::Params::mainnet())
            as f64
            / 1e8;
    let today = day(
        &rig,
        &costs,
        &Market {
            btc_usd,
            difficulty,
            fees_btc_per_block: fees,
            subsidy_btc: subsidy,
        },
    );
    let projection = project(&rig, &costs, &scenario)?;
    check_paths(req.monte_carlo, days)?;
    let monte_carlo = if req.monte_carlo > 0 {
        let (drift, volatility, src) = match &req.price_history {
            Some(prices) => {
                let (d, v) = montecarlo::fit_prices(prices)?;
                // Prices a few orders of magnitude apart fit a volatility no model runs on.
                if !(v.is_finite() && v <= 10.0 && d.is_finite() && d.abs() <= 10.0) {
                    return Err(field(
                        "price_history",
                        if v.is_finite() && d.is_finite() {
                            format!("(fitted drift {d:.3e}, volatility {v:.3e} per year)")
                        } else {
                            "(prices too far apart to fit)".to_owned()
                        },
                        "expected prices that fit a drift of -10 to 10 and a volatility of 0 to 10 per year",
                    ));
                }
                (d, v, "fitted to the price history".to_owned())
            }
            None => {
                if !req.drift.is_finite() || req.drift.abs() > 10.0 {
                    return Err(field("drift", req.drift, "expected -10 to 10 per year"));
                }
                if !(req.volatility.is_finite() && (0.0..=10.0).contains(&req.volatility)) {
                    return Err(field(
                        "volatility",
                        req.volatility,
                        "expected 0 to 10 per year",
                    ));
                }
                (req.drift, req.volatility, "drift/volatility".to_owned())
            }
        };
        let price_model = PriceModel {
            start_usd: btc_usd,
            drift,
            volatility,
        };
        Some(MonteCarlo {
            result: montecarlo::run_cancellable(
                &projection,
                &price_model,
                rig.capex_usd,
                rig.resale_usd,
                req.monte_carlo,
                req.seed,
                cancel,
            )
            .map_err(|e| match e {
                McError::Cancelled => CalcError::Cancelled,
                e => CalcError::MonteCarlo(e),
            })?,
            price_model,
            price_model_source: src,
        })
    } else {
        None
    };
    let report = Report {
        hardware: label,
        units: req.units,
        rig,
        costs,
        market: MarketUsed {
            btc_usd,
            difficulty,
            fees_btc_per_block: fees,
            subsidy_btc: subsidy,
            start_height,
        },
        sources: Sources {
            btc_usd: btc_src,
            difficulty: diff_src,
            fees_btc_per_block: fees_src,
            start_height: height_src,
            live_data: live_note.to_owned(),
            next_difficulty_change_pct: live.and_then(|m| m.next_difficulty_change_pct.clone()),
            snapshot_source: snap.bitcoin.source.clone(),
        },
        today,
        projection,
        growth,
        monte_carlo,
        days,
    };
    // JSON has no NaN or infinity: a figure that overflowed would reach the reader as null.
    match crate::finite::first_non_finite(&report) {
        Some(path) => Err(CalcError::NonFinite(path)),
        None => Ok(report),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_field() {
        let c = Catalog::builtin();
        let req = Request {
            hardware: Some("Antminer S21".into()),
            power_price: -1.0,
            ..Request::default()
        };
        let e = evaluate(&req, &c, None, "off", 1_700_000_000).expect_err("negative price");
        assert!(
            matches!(
                e,
                CalcError::Field {
                    field: "power_price",
                    ..
                }
            ),
            "{e}"
        );
        let req = Request {
            hashrate: Some("200T".into()),
            ..Request::default()
        };
        let e = evaluate(&req, &c, None, "off", 1_700_000_000).expect_err("no power");
        assert!(e.to_string().contains("power"), "{e}");
    }

    #[test]
    fn a_request_from_json_runs() {
        let req: Request = serde_json::from_str(
            r#"{"hardware":"Antminer S21","power_price":0.05,"horizon":"30d","btc_price":60000,"difficulty":86388558925171.02,"fees_per_block":0,"start_height":840000}"#,
        )
        .expect("valid request");
        let r = evaluate(&req, &Catalog::builtin(), None, "off", 1_713_500_000).expect("runs");
        assert_eq!(r.days, 30);
        assert_eq!(r.projection.days.len(), 30);
        // 200 TH/s at block 840,000's difficulty and $60k: the vector in model's doc test.
        assert!((r.today.revenue_usd - 8.732305467578955).abs() < 1e-9);
        assert!(serde_json::from_str::<Request>(r#"{"hardwre":"x"}"#).is_err());
    }
}

//! Day-by-day projections: halvings at their estimated dates, a difficulty scenario, fees.

use minewatch_pow::Params;
use minewatch_pow::subsidy::{ChainClock, block_subsidy};
use serde::Serialize;
use thiserror::Error;

use crate::model::{Costs, Rig, power_usd_per_day};
use crate::{DAY, HASHES_PER_DIFFICULTY, SAT};

/// Unix time of `YYYY-MM-DD` 00:00 UTC (proleptic Gregorian; Howard Hinnant's
/// days-from-civil), or `None` if it is not a real date.
pub fn unix_from_date(s: &str) -> Option<i64> {
    let mut it = s.trim().splitn(3, '-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: i64 = it.next()?.parse().ok()?;
    let d: i64 = it.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1..=9999).contains(&y) {
        return None;
    }
    let (y2, m2) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let doy = (153 * m2 + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let t = (era * 146_097 + doe - 719_468) * 86_400;
    // Round trip to refuse 2025-02-30 and the like.
    (date_from_unix(t) == format!("{y:04}-{m:02}-{d:02}")).then_some(t)
}

/// `YYYY-MM-DD` (UTC) of a unix time (Howard Hinnant's civil-from-days).
pub fn date_from_unix(unix: i64) -> String {
    let z = unix.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Average days per month (365.25 / 12).
pub const DAYS_PER_MONTH: f64 = 30.4375;

/// How network difficulty moves over the horizon.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Growth {
    /// It stays where it is.
    Constant,
    /// It grows by this fraction per month (0.02 = 2%), compounded daily.
    Monthly {
        /// Growth per month.
        rate: f64,
    },
}

impl Growth {
    /// The difficulty factor after `days`.
    pub fn factor(self, days: f64) -> f64 {
        match self {
            Self::Constant => 1.0,
            Self::Monthly { rate } => (1.0 + rate).powf(days / DAYS_PER_MONTH),
        }
    }
}

/// A projection that cannot run.
#[derive(Debug, Clone, PartialEq, Error)]
#[non_exhaustive]
pub enum ProjectError {
    /// An input is out of range.
    #[error("invalid {name} {value}: {why}")]
    Invalid {
        /// Which input.
        name: &'static str,
        /// Its value.
        value: f64,
        /// What it must be.
        why: &'static str,
    },
    /// A difficulty history too short or flat to fit.
    #[error("cannot fit difficulty growth: {0}")]
    Fit(String),
}

/// Fits monthly difficulty growth to a history of `(unix time, difficulty)` points by least
/// squares on the logarithm of difficulty.
pub fn fit_growth(history: &[(i64, f64)]) -> Result<Growth, ProjectError> {
    let pts: Vec<(f64, f64)> = history
        .iter()
        .filter(|(_, d)| d.is_finite() && *d > 0.0)
        .map(|(t, d)| (*t as f64 / DAY, d.ln()))
        .collect();
    if pts.len() < 2 {
        return Err(ProjectError::Fit(format!(
            "need at least two points with positive difficulty, got {}",
            pts.len()
        )));
    }
    let n = pts.len() as f64;
    let mx = pts.iter().map(|p| p.0).sum::<f64>() / n;
    let my = pts.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = pts.iter().map(|p| (p.0 - mx).powi(2)).sum();
    if sxx <= 0.0 {
        return Err(ProjectError::Fit("all points have the same time".into()));
    }
    let sxy: f64 = pts.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    let per_day = sxy / sxx;
    Ok(Growth::Monthly {
        rate: (per_day * DAYS_PER_MONTH).exp() - 1.0,
    })
}

/// Where and how a projection runs.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// Block height at the start.
    pub start_height: u32,
    /// Unix time at the start.
    pub start_time: i64,
    /// Days to project.
    pub days: u32,
    /// Difficulty at the start.
    pub difficulty: f64,
    /// How difficulty moves.
    pub growth: Growth,
    /// Average fees per block at the start, BTC.
    pub fees_btc_per_block: f64,
    /// Fee growth per month (0 keeps fees constant).
    pub fee_growth_monthly: f64,
    /// Bitcoin price (constant in a deterministic projection; Monte Carlo varies it).
    pub btc_usd: f64,
    /// Seconds per block, for the heights (and so the halving dates) ahead.
    pub seconds_per_block: f64,
}

impl Scenario {
    /// A scenario from `start_height` at `start_time` over `days`, with blocks at the pace of
    /// minewatch's fitted mainnet clock.
    pub fn new(
        start_height: u32,
        start_time: i64,
        days: u32,
        difficulty: f64,
        btc_usd: f64,
    ) -> Self {
        Self {
            start_height,
            start_time,
            days,
            difficulty,
            growth: Growth::Constant,
            fees_btc_per_block: 0.0,
            fee_growth_monthly: 0.0,
            btc_usd,
            seconds_per_block: ChainClock::mainnet_default().seconds_per_block,
        }
    }

    fn check(&self) -> Result<(), ProjectError> {
        let bad = |name, value: f64, why| Err(ProjectError::Invalid { name, value, why });
        if self.days == 0 {
            return bad("horizon", 0.0, "must be at least one day");
        }
        if !(self.difficulty.is_finite() && self.difficulty > 0.0) {
            return bad("difficulty", self.difficulty, "must be positive");
        }
        if !(self.btc_usd.is_finite() && self.btc_usd >= 0.0) {
            return bad("BTC price", self.btc_usd, "must not be negative");
        }
        if !(self.fees_btc_per_block.is_finite() && self.fees_btc_per_block >= 0.0) {
            return bad(
                "fees per block",
                self.fees_btc_per_block,
                "must not be negative",
            );
        }
        if !(self.seconds_per_block.is_finite() && self.seconds_per_block > 0.0) {
            return bad(
                "seconds per block",
                self.seconds_per_block,
                "must be positive",
            );
        }
        if let Growth::Monthly { rate } = self.growth
            && !(rate.is_finite() && rate > -1.0)
        {
            return bad("difficulty growth", rate, "must be above -100% per month");
        }
        if !(self.fee_growth_monthly.is_finite() && self.fee_growth_monthly > -1.0) {
            return bad(
                "fee growth",
                self.fee_growth_monthly,
                "must be above -100% per month",
            );
        }
        Ok(())
    }
}

/// One projected day.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DayRow {
    /// Days since the start (0-based).
    pub day: u32,
    /// Unix time at the start of the day.
    pub time: i64,
    /// Estimated block height at the start of the day.
    pub height: u32,
    /// Difficulty on the day.
    pub difficulty: f64,
    /// A halving happens during this day.
    pub halving: bool,
    /// Expected BTC from subsidy.
    pub btc_subsidy: f64,
    /// Expected BTC from fees.
    pub btc_fees: f64,
    /// Gross revenue at the scenario's price, USD.
    pub revenue_usd: f64,
    /// Pool fee, USD.
    pub pool_fee_usd: f64,
    /// Electricity, USD.
    pub power_usd: f64,
    /// Profit of the day, USD.
    pub profit_usd: f64,
    /// Profit since the start, USD (hardware not counted).
    pub cumulative_profit_usd: f64,
}

/// A whole projection and its totals.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Projection {
    /// Day by day.
    pub days: Vec<DayRow>,
    /// Expected BTC in all (before the pool fee).
    pub btc: f64,
    /// Gross revenue, USD.
    pub revenue_usd: f64,
    /// Electricity, USD.
    pub power_usd: f64,
    /// Pool fees, USD.
    pub pool_fee_usd: f64,
    /// Operating profit (revenue less pool fee less power), USD.
    pub profit_usd: f64,
    /// Operating profit plus resale less hardware, USD.
    pub net_usd: f64,
    /// Net over hardware cost (`None` when the hardware cost nothing).
    pub roi: Option<f64>,
    /// First day on which cumulative profit repays the hardware.
    pub payback_day: Option<u32>,
    /// Heights and unix times of the halvings within the horizon.
    pub halvings: Vec<(u32, i64)>,
    /// Blocks this rig is expected to find over the horizon (its hashes over the expected
    /// hashes per block).
    pub expected_blocks: f64,
    /// Probability of finding at least one block over the horizon (what solo mining hopes
    /// for): `1 - exp(-expected_blocks)`.
    pub solo_block_probability: f64,
}

/// Subsidy BTC per second of mining time between `t0` and `t1` for a chain at `h0` at time
/// `t_start`, integrated exactly across halvings: returns the time-weighted average subsidy.
fn average_subsidy(params: &Params, clock: &ChainClock, t0: i64, t1: i64) -> (f64, bool) {
    let h0 = clock.height_at_time(t0);
    let h1 = clock.height_at_time(t1);
    let interval = params.subsidy_halving_interval;
    let first = h0 / interval;
    let last = h1 / interval;
    if first == last {
        return (block_subsidy(h0, params) as f64 / SAT, false);
    }
    // Split the day at each halving time.
    let mut acc = 0.0;
    let mut from = t0;
    let mut h = h0;
    for era in first + 1..=last {
        let at = clock.time_of_height(era * interval).clamp(t0, t1);
        acc += (at - from) as f64 * block_subsidy(h, params) as f64 / SAT;
        from = at;
        h = era * interval;
    }
    acc += (t1 - from) as f64 * block_subsidy(h, params) as f64 / SAT;
    (acc / (t1 - t0) as f64, true)
}

/// Projects `rig` at `costs` over `scenario`, day by day, on mainnet.
pub fn project(rig: &Rig, costs: &Costs, scenario: &Scenario) -> Result<Projection, ProjectError> {
    scenario.check()?;
    let params = Params::mainnet();
    let clock = ChainClock {
        anchor_height: scenario.start_height,
        anchor_time: scenario.start_time,
        seconds_per_block: scenario.seconds_per_block,
    };
    let power = power_usd_per_day(rig.watts, costs);
    let mut days = Vec::with_capacity(scenario.days as usize);
    let mut halvings = Vec::new();
    let mut cumulative = 0.0;
    let mut totals = (0.0, 0.0, 0.0, 0.0);
    let mut payback_day = None;
    let mut expected_blocks = 0.0;
    for d in 0..scenario.days {
        let t0 = scenario.start_time + i64::from(d) * DAY as i64;
        let t1 = t0 + DAY as i64;
        // Difficulty and fees at the middle of the day.
        let mid = f64::from(d) + 0.5;
        let difficulty = scenario.difficulty * scenario.growth.factor(mid);
        let fees = scenario.fees_btc_per_block
            * (1.0 + scenario.fee_growth_monthly).powf(mid / DAYS_PER_MONTH);
        let (subsidy, halving) = average_subsidy(&params, &clock, t0, t1);
        if halving {
            let h = (clock.height_at_time(t1) / params.subsidy_halving_interval)
                * params.subsidy_halving_interval;
            halvings.push((h, clock.time_of_height(h)));
        }
        let blocks_share = rig.hashrate_hs * DAY / (difficulty * HASHES_PER_DIFFICULTY);
        let btc_subsidy = blocks_share * subsidy;
        let btc_fees = if costs.scheme.pays_fees() {
            blocks_share * fees
        } else {
            0.0
        };
        expected_blocks += blocks_share;
        let revenue = (btc_subsidy + btc_fees) * scenario.btc_usd;
        let pool_fee = revenue * costs.pool_fee;
        let profit = revenue - pool_fee - power;
        cumulative += profit;
        if payback_day.is_none() && rig.capex_usd > 0.0 && cumulative >= rig.capex_usd {
            payback_day = Some(d);
        }
        totals.0 += btc_subsidy + btc_fees;
        totals.1 += revenue;
        totals.2 += pool_fee;
        totals.3 += power;
        days.push(DayRow {
            day: d,
            time: t0,
            height: clock.height_at_time(t0),
            difficulty,
            halving,
            btc_subsidy,
            btc_fees,
            revenue_usd: revenue,
            pool_fee_usd: pool_fee,
            power_usd: power,
            profit_usd: profit,
            cumulative_profit_usd: cumulative,
        });
    }
    let net = cumulative + rig.resale_usd - rig.capex_usd;
    Ok(Projection {
        days,
        btc: totals.0,
        revenue_usd: totals.1,
        pool_fee_usd: totals.2,
        power_usd: totals.3,
        profit_usd: cumulative,
        net_usd: net,
        roi: (rig.capex_usd > 0.0).then(|| net / rig.capex_usd),
        payback_day,
        halvings,
        expected_blocks,
        solo_block_probability: 1.0 - (-expected_blocks).exp(),
    })
}

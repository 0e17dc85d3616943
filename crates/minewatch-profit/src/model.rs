//! One day of mining: the figures every calculator gives, and the break-evens few do.
//!
//! Expected BTC per day is `H * 86400 * R / (D * 2^32)`: hashes per day over the expected
//! hashes per block, times the reward per block `R` (subsidy plus average fees).

use serde::Serialize;

use crate::{DAY, HASHES_PER_DIFFICULTY};

/// What is mining: total hashrate and power of all units.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rig {
    /// Hashes per second, all units together.
    pub hashrate_hs: f64,
    /// Watts at the wall, all units together (before cooling overhead).
    pub watts: f64,
    /// Purchase price of all units, USD.
    pub capex_usd: f64,
    /// What the units sell for at the end of the horizon, USD.
    pub resale_usd: f64,
}

impl Rig {
    /// A rig of `hashrate_hs` and `watts`, bought for nothing.
    pub fn new(hashrate_hs: f64, watts: f64) -> Self {
        Self {
            hashrate_hs,
            watts,
            capex_usd: 0.0,
            resale_usd: 0.0,
        }
    }

    /// Efficiency in joules per terahash.
    pub fn joules_per_th(&self) -> f64 {
        self.watts / (self.hashrate_hs / 1e12)
    }
}

/// How the pool pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Payout {
    /// Pay per share: the expected subsidy for every share, whatever the pool finds; the
    /// pool keeps the transaction fees.
    Pps,
    /// Full pay per share: subsidy and expected fees for every share.
    #[default]
    Fpps,
    /// Pay per last N shares: a share of each block found, fees included (same expected value
    /// as FPPS, more variance).
    Pplns,
    /// Solo: the whole block when this rig finds one (same expected value, the most variance).
    Solo,
}

impl Payout {
    /// Whether transaction fees reach the miner.
    pub fn pays_fees(self) -> bool {
        !matches!(self, Self::Pps)
    }
}

impl std::str::FromStr for Payout {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "pps" => Ok(Self::Pps),
            "fpps" | "pps+" => Ok(Self::Fpps),
            "pplns" => Ok(Self::Pplns),
            "solo" => Ok(Self::Solo),
            _ => Err(format!(
                "invalid payout scheme {s:?}: expected pps, fpps, pplns or solo"
            )),
        }
    }
}

/// What running costs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Costs {
    /// Electricity price, USD per kWh.
    pub usd_per_kwh: f64,
    /// Power usage effectiveness: facility power over IT power (1.0: no cooling overhead).
    pub pue: f64,
    /// Pool fee as a fraction of revenue (0.02 = 2%).
    pub pool_fee: f64,
    /// How the pool pays (PPS leaves the fees to the pool).
    pub scheme: Payout,
}

impl Default for Costs {
    fn default() -> Self {
        Self {
            usd_per_kwh: 0.0,
            pue: 1.0,
            pool_fee: 0.0,
            scheme: Payout::Fpps,
        }
    }
}

/// The network and the market on one day.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Market {
    /// Bitcoin price, USD.
    pub btc_usd: f64,
    /// Network difficulty.
    pub difficulty: f64,
    /// Average transaction fees per block, BTC.
    pub fees_btc_per_block: f64,
    /// Block subsidy, BTC.
    pub subsidy_btc: f64,
}

/// The figures of one day.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Day {
    /// Expected BTC from the subsidy.
    pub btc_subsidy: f64,
    /// Expected BTC from fees.
    pub btc_fees: f64,
    /// Expected BTC in all (before the pool fee).
    pub btc: f64,
    /// Gross revenue, USD.
    pub revenue_usd: f64,
    /// The pool's fee, USD.
    pub pool_fee_usd: f64,
    /// Electricity including cooling overhead, USD.
    pub power_usd: f64,
    /// Revenue less pool fee less power, USD.
    pub profit_usd: f64,
    /// Gross revenue per TH/s per day, USD (hashprice).
    pub hashprice_usd_th: f64,
    /// Gross revenue per PH/s per day, USD.
    pub hashprice_usd_ph: f64,
    /// Power cost per TH/s per day, USD (hashcost, electricity only).
    pub hashcost_usd_th: f64,
    /// The electricity price at which profit is zero, USD per kWh.
    pub break_even_usd_per_kwh: f64,
    /// The BTC price at which profit is zero, USD (infinite if nothing is earned).
    pub break_even_btc_usd: f64,
    /// The efficiency at which profit is zero at this electricity price, J/TH (infinite when
    /// power is free).
    pub break_even_j_per_th: f64,
    /// Days for daily profit to repay the hardware (`None` when profit is not positive).
    pub payback_days: Option<f64>,
}

/// Expected BTC per day for `hashrate_hs` at `difficulty` and `reward_btc` per block.
pub fn btc_per_day(hashrate_hs: f64, difficulty: f64, reward_btc: f64) -> f64 {
    hashrate_hs * DAY * reward_btc / (difficulty * HASHES_PER_DIFFICULTY)
}

/// Network hashrate implied by `difficulty` at 600 s per block, H/s.
pub fn network_hashrate(difficulty: f64) -> f64 {
    difficulty * HASHES_PER_DIFFICULTY / 600.0
}

/// Electricity cost per day of `watts` at `costs`, USD.
pub fn power_usd_per_day(watts: f64, costs: &Costs) -> f64 {
    watts / 1000.0 * 24.0 * costs.pue * costs.usd_per_kwh
}

/// One day of `rig` at `costs` in `market`.
pub fn day(rig: &Rig, costs: &Costs, market: &Market) -> Day {
    let btc_subsidy = btc_per_day(rig.hashrate_hs, market.difficulty, market.subsidy_btc);
    let btc_fees = if costs.scheme.pays_fees() {
        btc_per_day(
            rig.hashrate_hs,
            market.difficulty,
            market.fees_btc_per_block,
        )
    } else {
        0.0
    };
    let btc = btc_subsidy + btc_fees;
    let revenue_usd = btc * market.btc_usd;
    let pool_fee_usd = revenue_usd * costs.pool_fee;
    let power_usd = power_usd_per_day(rig.watts, costs);
    let profit_usd = revenue_usd - pool_fee_usd - power_usd;
    let ths = rig.hashrate_hs / 1e12;
    let hashprice_usd_th = revenue_usd / ths;
    let net_share = 1.0 - costs.pool_fee;
    let kwh_per_day = rig.watts / 1000.0 * 24.0 * costs.pue;
    let break_even_j_per_th = if costs.usd_per_kwh > 0.0 {
        // Power per TH/s (W = J/s) at which a day's power cost equals a day's net revenue.
        hashprice_usd_th * net_share / (24.0 * costs.pue * costs.usd_per_kwh / 1000.0)
    } else {
        f64::INFINITY
    };
    Day {
        btc_subsidy,
        btc_fees,
        btc,
        revenue_usd,
        pool_fee_usd,
        power_usd,
        profit_usd,
        hashprice_usd_th,
        hashprice_usd_ph: hashprice_usd_th * 1000.0,
        hashcost_usd_th: power_usd / ths,
        break_even_usd_per_kwh: revenue_usd * net_share / kwh_per_day,
        break_even_btc_usd: if btc > 0.0 {
            power_usd / (btc * net_share)
        } else {
            f64::INFINITY
        },
        break_even_j_per_th,
        payback_days: (profit_usd > 0.0 && rig.capex_usd > 0.0).then(|| rig.capex_usd / profit_usd),
    }
}

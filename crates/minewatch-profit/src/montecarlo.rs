//! Price risk: the projection's BTC per day sold at prices that follow geometric Brownian
//! motion, over many seeded paths, in parallel. Same seed, same answer, on any thread count.

use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;
use thiserror::Error;

use crate::project::Projection;
use crate::rng::Xoshiro256pp;

/// How prices move.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PriceModel {
    /// Price at the start, USD.
    pub start_usd: f64,
    /// Expected log-return drift per year (0.0: no trend).
    pub drift: f64,
    /// Volatility per year (0.6 = 60%).
    pub volatility: f64,
}

/// A Monte Carlo run that cannot start.
#[derive(Debug, Clone, PartialEq, Error)]
#[non_exhaustive]
pub enum McError {
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
    /// A price history that cannot be fitted.
    #[error("cannot fit prices: {0}")]
    Fit(String),
    /// The caller gave up (its request timed out or its client went away).
    #[error("cancelled")]
    Cancelled,
}

/// Fits drift and volatility (per year) to daily closing prices.
pub fn fit_prices(daily_prices: &[f64]) -> Result<(f64, f64), McError> {
    let r: Vec<f64> = daily_prices
        .windows(2)
        .filter(|w| w[0] > 0.0 && w[1] > 0.0 && w[0].is_finite() && w[1].is_finite())
        .map(|w| (w[1] / w[0]).ln())
        .collect();
    if r.len() < 2 {
        return Err(McError::Fit(format!(
            "need at least three positive daily prices, got {} usable returns",
            r.len()
        )));
    }
    let n = r.len() as f64;
    let mean = r.iter().sum::<f64>() / n;
    let var = r.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
    let vol = (var * 365.0).sqrt();
    // Log-return mean is mu - sigma^2/2; report mu (the drift of the price itself).
    Ok((mean * 365.0 + vol * vol / 2.0, vol))
}

/// What the paths say.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct McResult {
    /// Paths run.
    pub paths: u32,
    /// The seed.
    pub seed: u64,
    /// 10th percentile of net result (operating profit + resale - hardware), USD.
    pub p10_usd: f64,
    /// Median net result, USD.
    pub p50_usd: f64,
    /// 90th percentile of net result, USD.
    pub p90_usd: f64,
    /// Mean net result, USD.
    pub mean_usd: f64,
    /// Share of paths on which cumulative operating profit repays the hardware in the horizon.
    pub payback_probability: f64,
    /// Cumulative operating profit percentiles over time: (day, P10, P50, P90), at most
    /// about 100 points.
    pub band: Vec<(u32, f64, f64, f64)>,
}

/// Runs `paths` price paths over `projection`'s days. `capex_usd` and `resale_usd` are the
/// hardware's; the pool fee is taken from the projection's own ratio of fee to revenue.
pub fn run(
    projection: &Projection,
    price: &PriceModel,
    capex_usd: f64,
    resale_usd: f64,
    paths: u32,
    seed: u64,
) -> Result<McResult, McError> {
    let never = AtomicBool::new(false);
    run_cancellable(
        projection, price, capex_usd, resale_usd, paths, seed, &never,
    )
}

/// [`run`], stopping with [`McError::Cancelled`] soon after `cancel` is set (every path checks
/// it; one path is at most 36,525 days, well under a millisecond).
pub fn run_cancellable(
    projection: &Projection,
    price: &PriceModel,
    capex_usd: f64,
    resale_usd: f64,
    paths: u32,
    seed: u64,
    cancel: &AtomicBool,
) -> Result<McResult, McError> {
    let bad = |name, value: f64, why| Err(McError::Invalid { name, value, why });
    if paths == 0 {
        return bad("paths", 0.0, "need at least one");
    }
    if !(price.start_usd.is_finite() && price.start_usd > 0.0) {
        return bad("BTC price", price.start_usd, "must be positive");
    }
    if !(price.volatility.is_finite() && price.volatility >= 0.0) {
        return bad("volatility", price.volatility, "must not be negative");
    }
    if !price.drift.is_finite() {
        return bad("drift", price.drift, "must be finite");
    }
    let days = projection.days.len();
    // Net BTC per day (after the pool fee) and power per day do not depend on price.
    let fee_share = if projection.revenue_usd > 0.0 {
        projection.pool_fee_usd / projection.revenue_usd
    } else {
        0.0
    };
    let btc: Vec<f64> = projection
        .days
        .iter()
        .map(|d| (d.btc_subsidy + d.btc_fees) * (1.0 - fee_share))
        .collect();
    let power: Vec<f64> = projection.days.iter().map(|d| d.power_usd).collect();
    let dt = 1.0 / 365.0;
    let step_mean = (price.drift - price.volatility * price.volatility / 2.0) * dt;
    let step_sd = price.volatility * dt.sqrt();
    let stride = days.div_ceil(100).max(1);
    let samples: Vec<usize> = (0..days)
        .filter(|d| d % stride == stride - 1 || *d == days - 1)
        .collect();

    // Each path: net result, paid back, cumulative profit at the sample days.
    let one = |p: u32| -> (f64, bool, Vec<f32>) {
        let mut rng = Xoshiro256pp::new(seed, u64::from(p));
        let mut s = price.start_usd;
        let mut cum = 0.0;
        let mut paid = capex_usd <= 0.0;
        let mut band = Vec::with_capacity(samples.len());
        let mut next = 0;
        for d in 0..days {
            s *= (step_mean + step_sd * rng.next_normal()).exp();
            cum += btc[d] * s - power[d];
            paid |= cum >= capex_usd;
            if samples.get(next) == Some(&d) {
                band.push(cum as f32);
                next += 1;
            }
        }
        (cum + resale_usd - capex_usd, paid, band)
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(paths as usize);
    let per = paths.div_ceil(threads as u32);
    let mut results: Vec<(f64, bool, Vec<f32>)> = Vec::with_capacity(paths as usize);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads as u32)
            .map(|t| {
                let one = &one;
                scope.spawn(move || {
                    let lo = t * per;
                    let hi = ((t + 1) * per).min(paths);
                    (lo..hi)
                        .map_while(|p| (!cancel.load(Ordering::Relaxed)).then(|| one(p)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            // A panicking path would be a bug in this function; its paths are then missing
            // and the result says how many ran.
            if let Ok(mut v) = h.join() {
                results.append(&mut v);
            }
        }
    });
    if cancel.load(Ordering::Relaxed) {
        return Err(McError::Cancelled);
    }
    let n = results.len();
    let mut nets: Vec<f64> = results.iter().map(|r| r.0).collect();
    nets.sort_by(f64::total_cmp);
    let q = |v: &[f64], p: f64| -> f64 {
        // Linear interpolation between order statistics (type 7, as numpy and R default).
        let h = (v.len() - 1) as f64 * p;
        let (lo, hi) = (h.floor() as usize, h.ceil() as usize);
        v[lo] + (v[hi] - v[lo]) * (h - h.floor())
    };
    let mut band = Vec::with_capacity(samples.len());
    let mut col = vec![0.0f64; n];
    for (i, d) in samples.iter().enumerate() {
        for (c, r) in col.iter_mut().zip(&results) {
            *c = f64::from(r.2[i]);
        }
        col.sort_by(f64::total_cmp);
        band.push((*d as u32, q(&col, 0.1), q(&col, 0.5), q(&col, 0.9)));
    }
    Ok(McResult {
        paths: n as u32,
        seed,
        p10_usd: q(&nets, 0.1),
        p50_usd: q(&nets, 0.5),
        p90_usd: q(&nets, 0.9),
        mean_usd: nets.iter().sum::<f64>() / n as f64,
        payback_probability: results.iter().filter(|r| r.1).count() as f64 / n as f64,
        band,
    })
}

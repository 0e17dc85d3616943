//! Block subsidy, halvings and the height <-> date estimate.

use crate::params::Params;

/// Satoshis per bitcoin.
pub const COIN: u64 = 100_000_000;

/// The most satoshis any amount may hold (Bitcoin Core `MAX_MONEY`), a sanity bound, not the
/// supply.
pub const MAX_MONEY: u64 = 21_000_000 * COIN;

/// The new coins a block at `height` may create (Bitcoin Core: `GetBlockSubsidy`): 50 BTC
/// halved every `subsidy_halving_interval` blocks, zero once the shift reaches 64.
pub fn block_subsidy(height: u32, params: &Params) -> u64 {
    let halvings = height / params.subsidy_halving_interval;
    if halvings >= 64 {
        return 0;
    }
    (50 * COIN) >> halvings
}

/// The number of halvings that have happened by `height`.
pub fn halvings_at(height: u32, params: &Params) -> u32 {
    height / params.subsidy_halving_interval
}

/// The height of the next halving strictly after `height`.
pub fn next_halving_height(height: u32, params: &Params) -> u32 {
    (height / params.subsidy_halving_interval + 1) * params.subsidy_halving_interval
}

/// The total supply issued by all blocks up to and including `height`, in satoshis.
pub fn supply_at(height: u32, params: &Params) -> u64 {
    let interval = u64::from(params.subsidy_halving_interval);
    let mut total = 0u64;
    let mut start = 0u64;
    let end = u64::from(height) + 1;
    while start < end {
        let h = start as u32;
        let subsidy = block_subsidy(h, params);
        if subsidy == 0 {
            break;
        }
        let era_end = (start + interval).min(end);
        total += subsidy * (era_end - start);
        start = era_end;
    }
    total
}

/// Every satoshi the subsidy schedule will ever issue.
pub fn total_supply(params: &Params) -> u64 {
    supply_at(params.subsidy_halving_interval.saturating_mul(64), params)
}

/// Estimates dates of future heights and heights at future dates from an anchor block and an
/// average block interval. Blocks arrive as a Poisson process, so these are expectations: the
/// real date of a halving a year away typically lands within a few days of the estimate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChainClock {
    /// A known block height.
    pub anchor_height: u32,
    /// Its timestamp (Unix seconds).
    pub anchor_time: i64,
    /// Average seconds per block to extrapolate with.
    pub seconds_per_block: f64,
}

impl ChainClock {
    /// A clock that extrapolates from one block at the network's target spacing.
    pub fn from_anchor(anchor_height: u32, anchor_time: i64, params: &Params) -> Self {
        Self {
            anchor_height,
            anchor_time,
            seconds_per_block: params.pow_target_spacing as f64,
        }
    }

    /// A clock fitted through two known blocks (the average interval between them).
    /// `None` if the heights are equal or the interval is not positive.
    pub fn fit(a: (u32, i64), b: (u32, i64)) -> Option<Self> {
        let ((h0, t0), (h1, t1)) = if a.0 <= b.0 { (a, b) } else { (b, a) };
        if h1 == h0 || t1 <= t0 {
            return None;
        }
        let spb = (t1 - t0) as f64 / f64::from(h1 - h0);
        Some(Self {
            anchor_height: h1,
            anchor_time: t1,
            seconds_per_block: spb,
        })
    }

    /// The mainnet clock minewatch ships with: fitted between the fourth halving (block 840,000,
    /// 2024-04-20) and block 881,423 (2025-01-30), both real headers in our test data.
    pub fn mainnet_default() -> Self {
        Self::fit((840_000, 1_713_571_767), (881_423, 1_738_195_305)).unwrap_or(Self {
            anchor_height: 881_423,
            anchor_time: 1_738_195_305,
            seconds_per_block: 600.0,
        })
    }

    /// Expected Unix time of `height`.
    pub fn time_of_height(&self, height: u32) -> i64 {
        let dh = f64::from(height) - f64::from(self.anchor_height);
        self.anchor_time + (dh * self.seconds_per_block).round() as i64
    }

    /// Expected height at Unix time `time` (the last block expected at or before it), clamped to
    /// zero for times before the chain could have reached it.
    pub fn height_at_time(&self, time: i64) -> u32 {
        let dt = (time - self.anchor_time) as f64;
        let guess = f64::from(self.anchor_height) + (dt / self.seconds_per_block).floor();
        let mut h = guess.clamp(0.0, f64::from(u32::MAX)) as u32;
        // Float division can land one off; settle on the exact answer for `time_of_height`.
        while h < u32::MAX && self.time_of_height(h + 1) <= time {
            h += 1;
        }
        while h > 0 && self.time_of_height(h) > time {
            h -= 1;
        }
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subsidy_schedule() {
        let p = Params::mainnet();
        assert_eq!(block_subsidy(0, &p), 50 * COIN);
        assert_eq!(block_subsidy(209_999, &p), 50 * COIN);
        assert_eq!(block_subsidy(210_000, &p), 25 * COIN);
        assert_eq!(block_subsidy(840_000, &p), 312_500_000);
        assert_eq!(block_subsidy(6_929_999, &p), 1);
        assert_eq!(block_subsidy(6_930_000, &p), 0);
        // Shift of 64 would be undefined behaviour in C++; Core returns 0 explicitly.
        assert_eq!(block_subsidy(64 * 210_000, &p), 0);
        assert_eq!(block_subsidy(u32::MAX, &p), 0);
        assert_eq!(next_halving_height(840_000, &p), 1_050_000);
        assert_eq!(halvings_at(839_999, &p), 3);
    }

    /// Bitcoin Core `validation_tests.cpp` `subsidy_limit_test`: the sum of all subsidies.
    #[test]
    fn total_supply_matches_core() {
        let p = Params::mainnet();
        assert_eq!(total_supply(&p), 2_099_999_997_690_000);
        assert!(total_supply(&p) < MAX_MONEY);
        // Cross-check against a block-by-block sum over the first eras' boundaries.
        let mut sum = 0u64;
        for h in (0..14_000_000u32).step_by(1000) {
            sum += block_subsidy(h, &p) * 1000;
        }
        assert_eq!(sum, total_supply(&p));
        assert_eq!(supply_at(0, &p), 50 * COIN);
        assert_eq!(supply_at(209_999, &p), 210_000 * 50 * COIN);
        assert_eq!(
            total_supply(&Params::regtest()),
            supply_at(u32::MAX - 1, &Params::regtest())
        );
    }

    #[test]
    fn clock_estimates() {
        let c = ChainClock::mainnet_default();
        assert!(
            c.seconds_per_block > 580.0 && c.seconds_per_block < 600.0,
            "{c:?}"
        );
        assert_eq!(c.time_of_height(881_423), 1_738_195_305);
        assert_eq!(c.height_at_time(c.time_of_height(900_000)), 900_000);
        // The fifth halving (1,050,000) is expected in spring 2028 (2028-03-01 .. 2028-06-01).
        let t = c.time_of_height(1_050_000);
        assert!((1_835_481_600..1_843_430_400).contains(&t), "{t}");
        // The third halving (630,000, 2020-05-11 19:23:43 UTC) backcast within two months.
        let t3 = c.time_of_height(630_000);
        assert!((t3 - 1_589_225_023).abs() < 60 * 86_400, "{t3}");
        assert_eq!(c.height_at_time(0), 0);
        let r = ChainClock::from_anchor(0, 0, &Params::mainnet());
        assert_eq!(r.time_of_height(6), 3600);
        assert_eq!(ChainClock::fit((5, 10), (5, 20)), None);
    }
}

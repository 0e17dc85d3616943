//! Share accounting: how a pool turns accepted shares into what each worker is owed.
//!
//! Schemes, as pools define them (see Braiins' and Luxor's scheme documentation):
//! - **PPS** (pay per share): every share earns its expected value at once,
//!   `difficulty / network_difficulty * subsidy`, minus the pool fee; the pool carries the luck.
//! - **FPPS** (full pay per share): as PPS, with the expected transaction fees added to the
//!   subsidy.
//! - **PPLNS** (pay per last N shares): when a block is found, its reward (minus the fee) is
//!   split over the most recent shares whose difficulty adds up to `N x network difficulty`,
//!   the oldest one counted only in part so the window is exact.
//! - **PROP** (proportional): a block's reward is split over the shares of its round (since
//!   the previous block).
//! - **SOLO**: the finder takes the block's reward (minus the fee).
//!
//! Amounts are whole satoshis; rounding dust goes to the pool, so payouts never exceed the
//! reward.

use std::collections::{BTreeMap, VecDeque};

/// A payout scheme.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Scheme {
    /// Pay per share (subsidy only).
    Pps,
    /// Full pay per share (subsidy and expected fees).
    Fpps,
    /// Pay per last N shares; `n` scales the window: `n x network difficulty`.
    Pplns {
        /// Window size in multiples of the network difficulty (2 is common).
        n: f64,
    },
    /// Proportional over the round.
    Prop,
    /// The finder takes all.
    Solo,
}

/// As `--scheme` takes it (`pplns` is a window of 2; another window is `pplns(n=N)`).
impl std::fmt::Display for Scheme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Pps => f.write_str("pps"),
            Self::Fpps => f.write_str("fpps"),
            Self::Pplns { n } if *n == 2.0 => f.write_str("pplns"),
            Self::Pplns { n } => write!(f, "pplns(n={n})"),
            Self::Prop => f.write_str("prop"),
            Self::Solo => f.write_str("solo"),
        }
    }
}

impl std::str::FromStr for Scheme {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "pps" => Ok(Self::Pps),
            "fpps" => Ok(Self::Fpps),
            "pplns" => Ok(Self::Pplns { n: 2.0 }),
            "prop" => Ok(Self::Prop),
            "solo" => Ok(Self::Solo),
            other => Err(format!(
                "unknown payout scheme {other:?}: expected pps, fpps, pplns, prop or solo"
            )),
        }
    }
}

/// One accepted share as accounting sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Credit {
    /// Worker.
    pub worker: String,
    /// The difficulty it was judged at (its value).
    pub difficulty: f64,
}

/// What the current block's reward and the network look like.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Economics {
    /// Network difficulty.
    pub network_difficulty: f64,
    /// Block subsidy, satoshis.
    pub subsidy: u64,
    /// Expected transaction fees per block, satoshis (FPPS).
    pub expected_fees: u64,
    /// Pool fee as a fraction (0.02 = 2%).
    pub pool_fee: f64,
}

fn after_fee(amount: f64, fee: f64) -> f64 {
    amount * (1.0 - fee.clamp(0.0, 1.0))
}

/// What one share earns at once under PPS or FPPS (zero under the block-based schemes).
pub fn share_credit(scheme: Scheme, difficulty: f64, e: &Economics) -> u64 {
    if difficulty.is_nan()
        || difficulty <= 0.0
        || e.network_difficulty.is_nan()
        || e.network_difficulty <= 0.0
    {
        return 0;
    }
    let reward = match scheme {
        Scheme::Pps => e.subsidy as f64,
        Scheme::Fpps => e.subsidy as f64 + e.expected_fees as f64,
        _ => return 0,
    };
    after_fee(difficulty / e.network_difficulty * reward, e.pool_fee).floor() as u64
}

/// Splits `reward` (satoshis, subsidy plus the block's fees) when a block is found.
/// `recent` holds accepted shares oldest first, the finder's share last; `round_start` is the
/// index in `recent` of the first share of this round (for PROP).
pub fn block_payouts(
    scheme: Scheme,
    recent: &[Credit],
    round_start: usize,
    finder: &str,
    reward: u64,
    e: &Economics,
) -> BTreeMap<String, u64> {
    let pot = after_fee(reward as f64, e.pool_fee);
    let mut weights: BTreeMap<String, f64> = BTreeMap::new();
    match scheme {
        Scheme::Pps | Scheme::Fpps => return BTreeMap::new(),
        Scheme::Solo => {
            weights.insert(finder.to_owned(), 1.0);
        }
        Scheme::Prop => {
            for c in recent.iter().skip(round_start) {
                *weights.entry(c.worker.clone()).or_default() += c.difficulty;
            }
        }
        Scheme::Pplns { n } => {
            let mut room = n * e.network_difficulty;
            for c in recent.iter().rev() {
                if room <= 0.0 {
                    break;
                }
                let take = c.difficulty.min(room);
                *weights.entry(c.worker.clone()).or_default() += take;
                room -= take;
            }
        }
    }
    let total: f64 = weights.values().sum();
    // NaN-safe: anything but a positive total pays nothing.
    if total.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) {
        return BTreeMap::new();
    }
    weights
        .into_iter()
        .map(|(w, x)| (w, (pot * x / total).floor() as u64))
        .filter(|(_, v)| *v > 0)
        .collect()
}

/// Keeps the shares PPLNS and PROP need, so memory stays bounded: the newest
/// `keep_difficulty` worth (the PPLNS window) and, for PROP, the current round.
#[derive(Debug, Clone, Default)]
pub struct ShareWindow {
    shares: VecDeque<Credit>,
    round_start: usize,
    total: f64,
}

impl ShareWindow {
    /// Records an accepted share and drops what the scheme can no longer need.
    pub fn push(&mut self, c: Credit, keep_difficulty: f64, keep_round: bool) {
        self.total += c.difficulty;
        self.shares.push_back(c);
        while let Some(front) = self.shares.front() {
            let in_round = self.round_start == 0;
            if (keep_round && in_round) || self.total - front.difficulty < keep_difficulty {
                break;
            }
            self.total -= front.difficulty;
            self.shares.pop_front();
            self.round_start = self.round_start.saturating_sub(1);
        }
    }

    /// The payouts if `extra` (not yet pushed) found a block, without changing the window.
    pub fn payouts_with(
        &self,
        extra: &Credit,
        scheme: Scheme,
        reward: u64,
        e: &Economics,
    ) -> BTreeMap<String, u64> {
        let mut v: Vec<Credit> = match scheme {
            Scheme::Prop => self.shares.iter().skip(self.round_start).cloned().collect(),
            Scheme::Pplns { n } => {
                // Only the newest n x network difficulty can count.
                let mut room = n * e.network_difficulty - extra.difficulty;
                let mut tail = Vec::new();
                for c in self.shares.iter().rev() {
                    if room <= 0.0 {
                        break;
                    }
                    room -= c.difficulty;
                    tail.push(c.clone());
                }
                tail.reverse();
                tail
            }
            _ => Vec::new(),
        };
        v.push(extra.clone());
        block_payouts(scheme, &v, 0, &extra.worker, reward, e)
    }

    /// Starts a new round (after a block).
    pub fn new_round(&mut self) {
        self.round_start = self.shares.len();
    }

    /// Pays out a block found by the newest share and starts a new round.
    pub fn block(
        &mut self,
        scheme: Scheme,
        finder: &str,
        reward: u64,
        e: &Economics,
    ) -> BTreeMap<String, u64> {
        let v: Vec<Credit> = self.shares.iter().cloned().collect();
        let p = block_payouts(scheme, &v, self.round_start, finder, reward, e);
        self.new_round();
        p
    }

    /// Shares held.
    pub fn len(&self) -> usize {
        self.shares.len()
    }

    /// Whether no share is held.
    pub fn is_empty(&self) -> bool {
        self.shares.is_empty()
    }
}

/// A worker's hashrate estimated from accepted share difficulty: an exponentially decaying
/// sum of difficulty divided by its time constant, times 2^32 hashes per unit of difficulty.
///
/// A worker younger than the time constant has had less time to submit than the average
/// assumes, so the sum is divided by the weight its lifetime covers, `1 - e^(-age/tau)`
/// (the bias correction of Adam's moment estimates); without it a miner seen for 20 s of a
/// 300 s constant reads at 6% of its rate.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DecayingRate {
    /// Decayed difficulty sum / tau, as of `at`.
    rate: f64,
    /// Seconds (on the caller's clock) of the last update.
    at: f64,
    /// When the worker started (its authorisation, or its first share).
    since: Option<f64>,
}

impl DecayingRate {
    /// A worker that starts at `now` (seconds): its estimate is corrected for its short life.
    pub fn starting(now: f64) -> Self {
        Self {
            since: Some(now),
            ..Self::default()
        }
    }

    /// Adds a share of `difficulty` accepted at `now` (seconds), with time constant `tau`.
    pub fn add(&mut self, difficulty: f64, now: f64, tau: f64) {
        self.rate = self.decayed(now, tau) + difficulty / tau;
        self.at = now;
        self.since.get_or_insert(now);
    }

    fn decayed(&self, now: f64, tau: f64) -> f64 {
        let dt = (now - self.at).max(0.0);
        self.rate * (-dt / tau).exp()
    }

    /// Difficulty per second as of `now`.
    pub fn rate_at(&self, now: f64, tau: f64) -> f64 {
        let Some(since) = self.since else {
            return 0.0;
        };
        // At least a second of life: one share the instant a worker appears is not a rate.
        let age = (now - since).max(1.0);
        self.decayed(now, tau) / (1.0 - (-age / tau).exp())
    }

    /// Hashes per second as of `now`.
    pub fn hashrate_at(&self, now: f64, tau: f64) -> f64 {
        self.rate_at(now, tau) * 4_294_967_296.0
    }
}

/// Hashes per second implied by `difficulty_sum` of accepted shares over `seconds`: each unit
/// of difficulty is 2^32 expected hashes.
pub fn hashrate_from_difficulty(difficulty_sum: f64, seconds: f64) -> f64 {
    if seconds > 0.0 {
        difficulty_sum * 4_294_967_296.0 / seconds
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e() -> Economics {
        Economics {
            network_difficulty: 100.0,
            subsidy: 312_500_000,
            expected_fees: 20_000_000,
            pool_fee: 0.02,
        }
    }

    fn c(w: &str, d: f64) -> Credit {
        Credit {
            worker: w.into(),
            difficulty: d,
        }
    }

    #[test]
    fn pps_and_fpps_pay_expected_value() {
        // A share of 1% of the network difficulty earns 1% of the subsidy, minus 2%.
        assert_eq!(share_credit(Scheme::Pps, 1.0, &e()), 3_062_500);
        assert_eq!(share_credit(Scheme::Fpps, 1.0, &e()), 3_258_500);
        assert_eq!(share_credit(Scheme::Pplns { n: 2.0 }, 1.0, &e()), 0);
        assert_eq!(share_credit(Scheme::Pps, 0.0, &e()), 0);
        assert_eq!(share_credit(Scheme::Pps, f64::NAN, &e()), 0);
    }

    #[test]
    fn pplns_window_is_exactly_n_times_network_difficulty() {
        // Window 2 x 100 = 200: bob's 150 (newest) and 50 of alice's 100 count; carol's oldest
        // share falls outside.
        let shares = [c("carol", 500.0), c("alice", 100.0), c("bob", 150.0)];
        let p = block_payouts(Scheme::Pplns { n: 2.0 }, &shares, 0, "bob", 1_000_000, &e());
        assert_eq!(p.get("bob"), Some(&735_000)); // 980,000 * 150/200
        assert_eq!(p.get("alice"), Some(&245_000)); // 980,000 * 50/200
        assert_eq!(p.get("carol"), None);
        assert!(p.values().sum::<u64>() <= 1_000_000);
    }

    #[test]
    fn prop_pays_the_round_and_solo_the_finder() {
        let shares = [c("old", 10.0), c("a", 1.0), c("b", 3.0)];
        let p = block_payouts(
            Scheme::Prop,
            &shares,
            1,
            "b",
            400,
            &Economics {
                pool_fee: 0.0,
                ..e()
            },
        );
        assert_eq!(
            p,
            BTreeMap::from([("a".to_owned(), 100), ("b".to_owned(), 300)])
        );
        let s = block_payouts(Scheme::Solo, &shares, 1, "a", 400, &e());
        assert_eq!(s, BTreeMap::from([("a".to_owned(), 392)]));
        assert!(block_payouts(Scheme::Pps, &shares, 0, "a", 400, &e()).is_empty());
    }

    #[test]
    fn decaying_rate_converges_to_the_true_rate() {
        // One share of difficulty 2 per second for 30 minutes, tau 5 minutes.
        let mut r = DecayingRate::default();
        for t in 0..1800 {
            r.add(2.0, f64::from(t), 300.0);
        }
        let est = r.rate_at(1800.0, 300.0);
        assert!((est - 2.0).abs() < 0.01, "{est}");
        assert!((r.hashrate_at(1800.0, 300.0) / (2.0 * 4_294_967_296.0) - 1.0).abs() < 0.01);
        // Silence decays it.
        assert!(r.rate_at(1800.0 + 3000.0, 300.0) < 0.001);
    }

    #[test]
    fn a_young_worker_reads_at_its_rate_not_a_fraction_of_it() {
        // What the dashboard showed: a miner at 41 MH/s read as 2.5 MH/s 18 s after it started.
        // Difficulty 0.01 per share, 1 share per second ~ 42.9 MH/s.
        let mut r = DecayingRate::starting(0.0);
        for t in 1..=18 {
            r.add(0.01, f64::from(t), 300.0);
        }
        let est = r.hashrate_at(18.0, 300.0);
        let truth = 0.01 * 4_294_967_296.0;
        assert!((est / truth - 1.0).abs() < 0.1, "{est} vs {truth}");
        // A worker that authorised but never submitted reads zero.
        assert_eq!(DecayingRate::starting(0.0).hashrate_at(60.0, 300.0), 0.0);
    }

    #[test]
    fn window_stays_bounded_and_rounds_reset() {
        let mut w = ShareWindow::default();
        let econ = e();
        for i in 0..1000 {
            w.push(c(if i % 2 == 0 { "a" } else { "b" }, 1.0), 200.0, true);
            if i == 499 {
                let p = w.block(
                    Scheme::Prop,
                    "a",
                    1000,
                    &Economics {
                        pool_fee: 0.0,
                        ..econ
                    },
                );
                assert_eq!(
                    p,
                    BTreeMap::from([("a".to_owned(), 500), ("b".to_owned(), 500)])
                );
            }
        }
        // 500 shares of the new round plus at most the PPLNS window of the old one.
        assert!(w.len() <= 500 + 201, "{}", w.len());
        let p = w.block(
            Scheme::Prop,
            "a",
            1000,
            &Economics {
                pool_fee: 0.0,
                ..econ
            },
        );
        assert_eq!(p.values().sum::<u64>(), 1000);
        // Without PROP's round, only the PPLNS window is kept, however many shares arrive.
        let mut w = ShareWindow::default();
        for _ in 0..100_000 {
            w.push(c("a", 1.0), 200.0, false);
        }
        assert!(w.len() <= 201, "{}", w.len());
        let pplns = w.payouts_with(
            &c("b", 50.0),
            Scheme::Pplns { n: 2.0 },
            1000,
            &Economics {
                pool_fee: 0.0,
                ..econ
            },
        );
        assert_eq!(
            pplns,
            BTreeMap::from([("a".to_owned(), 750), ("b".to_owned(), 250)])
        );
        assert_eq!(hashrate_from_difficulty(1.0, 1.0), 4_294_967_296.0);
        assert_eq!("PPLNS".parse::<Scheme>(), Ok(Scheme::Pplns { n: 2.0 }));
        assert!("fifo".parse::<Scheme>().is_err());
    }
}

//! Mining profitability, transparently.
//!
//! [`model`] is the one-day economics of a rig (expected BTC from subsidy and fees, revenue,
//! power, pool fee, profit, hashprice, hashcost, the three break-evens, payback); [`project`]
//! runs it day by day over a horizon with halvings at their estimated dates and a difficulty
//! scenario; [`montecarlo`] adds price risk with geometric Brownian motion paths (seeded,
//! reproducible, parallel); [`catalog`] is the ASIC catalog (compiled in, extensible from a
//! TOML file); [`jacking`] prices what a cryptojacker costs its victim and earns its operator;
//! [`snapshot`] is the dated market snapshot used offline; [`providers`] fetches live figures
//! (with retries, a disk cache and the snapshot as the last fallback); [`chart`] draws a
//! projection as SVG or PNG. The models are pure; only `providers` and `chart` do I/O.
//!
//! ```
//! use minewatch_profit::model::{Costs, Market, Rig, day};
//!
//! // An S21-class machine at block 840,000's difficulty (a vector in the tests).
//! let rig = Rig::new(200e12, 3500.0);
//! let market = Market { btc_usd: 60_000.0, difficulty: 86_388_558_925_171.02, fees_btc_per_block: 0.0, subsidy_btc: 3.125 };
//! let d = day(&rig, &Costs { usd_per_kwh: 0.05, ..Costs::default() }, &market);
//! assert!((d.revenue_usd - 8.732305467578955).abs() < 1e-9);
//! ```

#![forbid(unsafe_code)]

pub mod calc;
pub mod catalog;
pub mod chart;
pub mod finite;
pub mod jacking;
pub mod model;
pub mod montecarlo;
pub mod project;
pub mod providers;
pub mod rng;
pub mod snapshot;

/// Hashes per unit of difficulty, as Bitcoin calculators count them (2^32).
pub const HASHES_PER_DIFFICULTY: f64 = 4_294_967_296.0;
/// Seconds in a day.
pub const DAY: f64 = 86_400.0;
/// Satoshis per bitcoin.
pub const SAT: f64 = 100_000_000.0;

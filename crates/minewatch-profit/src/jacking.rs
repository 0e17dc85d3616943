//! What a cryptojacker costs its victim and earns its operator.
//!
//! The victim pays for the energy of the CPU time the miner took; the operator earns the
//! expected Monero share of that CPU time's RandomX hashes.

use serde::Serialize;
use thiserror::Error;

/// The Monero network and market.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Monero {
    /// Network hashrate, H/s.
    pub network_hashrate_hs: f64,
    /// Reward per block, XMR (0.6 tail emission plus fees).
    pub reward_xmr_per_block: f64,
    /// Seconds per block (120).
    pub block_time_s: f64,
    /// XMR price, USD.
    pub xmr_usd: f64,
}

/// What the miner took.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Usage {
    /// CPU-seconds the miner used (one core busy for an hour is 3600).
    pub cpu_seconds: f64,
    /// Extra power one busy core draws, W.
    pub watts_per_core: f64,
    /// Electricity price the victim pays, USD per kWh.
    pub usd_per_kwh: f64,
    /// RandomX hashes per second one core gives the miner.
    pub hashrate_per_core_hs: f64,
    /// The share the miner's pool keeps (0.01 = 1%).
    pub pool_fee: f64,
}

/// The bill.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct JackingCost {
    /// Energy the victim paid for, kWh.
    pub energy_kwh: f64,
    /// What it cost the victim, USD.
    pub victim_usd: f64,
    /// Hashes the miner computed.
    pub hashes: f64,
    /// What the operator expects to earn, XMR.
    pub attacker_xmr: f64,
    /// The same in USD.
    pub attacker_usd: f64,
    /// Victim's cost per dollar the operator earns (`None` when the operator earns nothing:
    /// a zero price or hashrate).
    pub victim_usd_per_attacker_usd: Option<f64>,
}

/// An input out of range.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("invalid {name} {value}: must be {why}")]
pub struct JackingError {
    /// Which input.
    pub name: &'static str,
    /// Its value.
    pub value: f64,
    /// What it must be.
    pub why: &'static str,
}

/// The cost of `usage` on `monero`.
pub fn cost(usage: &Usage, monero: &Monero) -> Result<JackingCost, JackingError> {
    let check = |name, value: f64, positive: bool| {
        let ok = value.is_finite() && if positive { value > 0.0 } else { value >= 0.0 };
        if ok {
            Ok(())
        } else {
            Err(JackingError {
                name,
                value,
                why: if positive { "positive" } else { "zero or more" },
            })
        }
    };
    check("CPU seconds", usage.cpu_seconds, false)?;
    check("watts per core", usage.watts_per_core, false)?;
    check("power price", usage.usd_per_kwh, false)?;
    check("hashrate per core", usage.hashrate_per_core_hs, false)?;
    check("network hashrate", monero.network_hashrate_hs, true)?;
    check("block time", monero.block_time_s, true)?;
    check("reward", monero.reward_xmr_per_block, false)?;
    check("XMR price", monero.xmr_usd, false)?;
    if !(0.0..1.0).contains(&usage.pool_fee) {
        return Err(JackingError {
            name: "pool fee",
            value: usage.pool_fee,
            why: "a fraction from 0 to below 1",
        });
    }
    let energy_kwh = usage.cpu_seconds * usage.watts_per_core / 3.6e6;
    let victim_usd = energy_kwh * usage.usd_per_kwh;
    let hashes = usage.cpu_seconds * usage.hashrate_per_core_hs;
    // Expected blocks: our hashes over the network's hashes per block.
    let blocks = hashes / (monero.network_hashrate_hs * monero.block_time_s);
    let attacker_xmr = blocks * monero.reward_xmr_per_block * (1.0 - usage.pool_fee);
    let attacker_usd = attacker_xmr * monero.xmr_usd;
    let c = JackingCost {
        energy_kwh,
        victim_usd,
        hashes,
        attacker_xmr,
        attacker_usd,
        victim_usd_per_attacker_usd: if attacker_usd > 0.0 {
            Some(victim_usd / attacker_usd)
        } else {
            None
        },
    };
    // JSON has no NaN or infinity: an overflowed figure would reach the reader as null.
    if let Some(path) = crate::finite::first_non_finite(&c) {
        return Err(JackingError {
            name: "CPU seconds",
            value: usage.cpu_seconds,
            why: overflow_why(&path),
        });
    }
    Ok(c)
}

/// The reason for an overflowed figure (a fixed text per figure: the error keeps `&'static`).
fn overflow_why(path: &str) -> &'static str {
    match path {
        "energy_kwh" | "victim_usd" => {
            "small enough that the energy and its cost are finite numbers (cpu_seconds, watts_per_core, power_price)"
        }
        "hashes" => {
            "small enough that the hash count is a finite number (cpu_seconds, hashrate_per_core)"
        }
        _ => "small enough that every figure is a finite number (cpu_seconds, hashrate, price)",
    }
}

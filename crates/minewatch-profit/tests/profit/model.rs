//! The profitability model against the published and computed vectors, and the properties
//! any honest calculator must have.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use minewatch_profit::model::{Costs, Market, Payout, Rig, btc_per_day, day, network_hashrate};
use minewatch_profit::montecarlo::{self, PriceModel};
use minewatch_profit::project::{Growth, Scenario, fit_growth, project};
use proptest::prelude::*;
use serde_json::Value;

const VECTORS: &str = include_str!("../data/profitability_vectors.json");

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * b.abs().max(1e-300)
}

fn f(v: &Value, k: &str) -> f64 {
    v[k].as_f64().unwrap_or_else(|| panic!("{k} in {v}"))
}

#[test]
fn every_vector_reproduces() {
    let all: Value = serde_json::from_str(VECTORS).unwrap();
    let vs = all["vectors"].as_array().unwrap();
    assert_eq!(vs.len(), 5);
    // 1: 20 TH/s for a month at difficulty 47.4 G, 25 BTC: 6.99542703277 BTC (11 digits).
    let i = &vs[0]["inputs"];
    let btc =
        btc_per_day(f(i, "hashrate_hs"), f(i, "difficulty"), f(i, "reward_btc")) * f(i, "days");
    assert!(close(btc, f(&vs[0]["expected"], "btc"), 1e-11), "{btc}");
    // 2: 700 MH/s for a day; the calculator in the question printed 0.00038755 (8 decimals,
    // truncated).
    let i = &vs[1]["inputs"];
    let btc = btc_per_day(f(i, "hashrate_hs"), f(i, "difficulty"), f(i, "reward_btc"));
    assert!(close(btc, f(&vs[1], "computed_here"), 1e-12), "{btc}");
    assert_eq!((btc * 1e8).floor() / 1e8, f(&vs[1]["expected"], "btc"));
    // 3: hashprice $/PH/day; the source rounds blocks per day and states about $62.81.
    let i = &vs[2]["inputs"];
    let d = day(
        &Rig::new(f(i, "hashrate_hs"), 1.0),
        &Costs::default(),
        &Market {
            btc_usd: f(i, "btc_usd"),
            difficulty: f(i, "difficulty"),
            fees_btc_per_block: 0.0,
            subsidy_btc: f(i, "reward_btc"),
        },
    );
    assert!(
        close(d.hashprice_usd_ph, f(&vs[2], "computed_here"), 1e-12),
        "{}",
        d.hashprice_usd_ph
    );
    assert!(close(
        d.hashprice_usd_ph,
        f(&vs[2]["expected"], "usd_per_PH_day_approx"),
        1e-3
    ));
    // 4, 5: S21-class at the difficulty of blocks 840,000 and 881,423, every output.
    for v in &vs[3..] {
        let i = &v["inputs"];
        let o = &v["outputs"];
        // The difficulty comes from the real nBits.
        let bits =
            u32::from_str_radix(i["nbits"].as_str().unwrap().trim_start_matches("0x"), 16).unwrap();
        let difficulty = minewatch_pow::CompactTarget(bits).difficulty();
        assert!(close(difficulty, f(i, "difficulty"), 1e-15));
        let d = day(
            &Rig::new(f(i, "hashrate_hs"), f(i, "watts")),
            &Costs {
                usd_per_kwh: f(i, "usd_per_kwh"),
                ..Costs::default()
            },
            &Market {
                btc_usd: f(i, "btc_usd"),
                difficulty,
                fees_btc_per_block: f(i, "avg_fees_btc"),
                subsidy_btc: f(i, "subsidy_btc"),
            },
        );
        let checks = [
            ("network_hashrate_hs", network_hashrate(difficulty)),
            ("btc_per_day", d.btc),
            ("usd_revenue_day", d.revenue_usd),
            ("usd_power_day", d.power_usd),
            ("usd_profit_day", d.profit_usd),
            ("hashprice_usd_TH_day", d.hashprice_usd_th),
            ("break_even_usd_per_kwh", d.break_even_usd_per_kwh),
        ];
        for (k, got) in checks {
            assert!(
                close(got, f(o, k), 1e-12),
                "{} {k}: {got} vs {}",
                v["name"],
                o[k]
            );
        }
    }
}

#[test]
fn subsidy_schedule_sums_to_the_known_supply() {
    let params = minewatch_pow::Params::mainnet();
    let total: u64 = (0..64u32)
        .map(|era| minewatch_pow::subsidy::block_subsidy(era * 210_000, &params) * 210_000)
        .sum();
    assert_eq!(total, 2_099_999_997_690_000);
    assert_eq!(format!("{:.4}", total as f64 / 1e8), "20999999.9769");
}

fn s21_market() -> Market {
    Market {
        btc_usd: 60_000.0,
        difficulty: 86_388_558_925_171.02,
        fees_btc_per_block: 0.05,
        subsidy_btc: 3.125,
    }
}

proptest! {
    #[test]
    fn revenue_is_linear_in_hashrate(h in 1e9f64..1e18, k in 0.01f64..1000.0) {
        let c = Costs { usd_per_kwh: 0.05, pue: 1.1, pool_fee: 0.02, ..Costs::default() };
        let a = day(&Rig::new(h, 3000.0), &c, &s21_market());
        let b = day(&Rig::new(h * k, 3000.0), &c, &s21_market());
        prop_assert!(close(b.revenue_usd, a.revenue_usd * k, 1e-12));
        prop_assert!(close(b.btc, a.btc * k, 1e-12));
    }

    #[test]
    fn profit_falls_with_power_price_and_crosses_zero_at_break_even(
        h in 1e12f64..1e15, w in 10.0f64..10_000.0, p1 in 0.0f64..1.0, p2 in 0.0f64..1.0,
        pue in 1.0f64..2.0, fee in 0.0f64..0.1,
    ) {
        let m = s21_market();
        let at = |p: f64| day(&Rig::new(h, w), &Costs { usd_per_kwh: p, pue, pool_fee: fee, ..Costs::default() }, &m);
        let (lo, hi) = if p1 <= p2 { (p1, p2) } else { (p2, p1) };
        prop_assert!(at(lo).profit_usd >= at(hi).profit_usd);
        let be = at(lo).break_even_usd_per_kwh;
        let d = at(be);
        prop_assert!(d.profit_usd.abs() <= 1e-9 * d.revenue_usd.max(1.0), "{}", d.profit_usd);
        prop_assert!(at(be * 0.99).profit_usd > 0.0);
        prop_assert!(at(be * 1.01).profit_usd < 0.0);
        // The break-even BTC price and efficiency are zeros of profit too.
        let base = at(lo.max(0.001));
        let d = day(&Rig::new(h, w), &Costs { usd_per_kwh: lo.max(0.001), pue, pool_fee: fee, ..Costs::default() },
                    &Market { btc_usd: base.break_even_btc_usd, ..m });
        prop_assert!(d.profit_usd.abs() <= 1e-9 * d.power_usd, "{}", d.profit_usd);
        let w_be = base.break_even_j_per_th * h / 1e12;
        let d = day(&Rig::new(h, w_be), &Costs { usd_per_kwh: lo.max(0.001), pue, pool_fee: fee, ..Costs::default() }, &m);
        prop_assert!(d.profit_usd.abs() <= 1e-9 * d.power_usd, "{}", d.profit_usd);
    }
}

/// 2028's halving (block 1,050,000) within a two-year projection from block 881,423: the
/// subsidy part of revenue halves from the day before to the day after, with constant
/// difficulty, price and hashrate; fees do not change.
#[test]
fn a_halving_halves_the_subsidy_revenue_on_its_day() {
    let mut s = Scenario::new(1_040_000, 1_830_000_000, 200, 1e14, 100_000.0);
    s.fees_btc_per_block = 0.1;
    let p = project(&Rig::new(200e12, 3500.0), &Costs::default(), &s).unwrap();
    assert_eq!(p.halvings.len(), 1);
    assert_eq!(p.halvings[0].0, 1_050_000);
    let i = p.days.iter().position(|d| d.halving).unwrap();
    assert!(i > 0 && i + 1 < p.days.len());
    let (before, on, after) = (&p.days[i - 1], &p.days[i], &p.days[i + 1]);
    assert!(close(after.btc_subsidy, before.btc_subsidy / 2.0, 1e-12));
    // The day itself is split at the halving's moment.
    assert!(on.btc_subsidy < before.btc_subsidy && on.btc_subsidy > after.btc_subsidy);
    assert!(
        close(on.btc_fees, before.btc_fees, 1e-12) && close(after.btc_fees, before.btc_fees, 1e-12)
    );
    // The halving's day is where the clock puts block 1,050,000.
    assert!(on.height < 1_050_000 && p.days[i + 1].height >= 1_050_000);
}

#[test]
fn projections_total_their_days_and_follow_difficulty_growth() {
    let mut rig = Rig::new(200e12, 3500.0);
    rig.capex_usd = 3000.0;
    rig.resale_usd = 500.0;
    let c = Costs {
        usd_per_kwh: 0.05,
        pue: 1.0,
        pool_fee: 0.02,
        ..Costs::default()
    };
    let mut s = Scenario::new(881_423, 1_738_195_305, 730, 108e12, 100_000.0);
    let flat = project(&rig, &c, &s).unwrap();
    s.growth = Growth::Monthly { rate: 0.03 };
    let grow = project(&rig, &c, &s).unwrap();
    assert!(grow.revenue_usd < flat.revenue_usd);
    let sum: f64 = grow.days.iter().map(|d| d.profit_usd).sum();
    assert!(close(grow.profit_usd, sum, 1e-12));
    assert!(close(grow.net_usd, sum + 500.0 - 3000.0, 1e-12));
    // Difficulty a year in is 1.03^12 of the start (at mid-day of day 365.25 exactly).
    let d365 = grow.days[365].difficulty;
    assert!(close(d365, 108e12 * 1.03f64.powf(365.5 / 30.4375), 1e-12));
    // Payback day is the first with cumulative profit at or above the hardware price.
    let pd = flat.payback_day.unwrap() as usize;
    assert!(flat.days[pd].cumulative_profit_usd >= 3000.0);
    assert!(pd == 0 || flat.days[pd - 1].cumulative_profit_usd < 3000.0);
    // A fitted history growing 5% a month gives back 5% a month.
    let hist: Vec<(i64, f64)> = (0..12)
        .map(|m| (1_700_000_000 + m * 2_629_800, 1e14 * 1.05f64.powi(m as i32)))
        .collect();
    let Growth::Monthly { rate } = fit_growth(&hist).unwrap() else {
        panic!()
    };
    assert!((rate - 0.05).abs() < 1e-9, "{rate}");
    assert!(fit_growth(&hist[..1]).is_err());
    // A zero horizon is refused with what is wrong.
    s.days = 0;
    let e = project(&rig, &c, &s).unwrap_err().to_string();
    assert!(e.contains("horizon"), "{e}");
}

#[test]
fn monte_carlo_is_reproducible_and_brackets_the_deterministic_answer() {
    let mut rig = Rig::new(200e12, 3500.0);
    rig.capex_usd = 3000.0;
    let c = Costs {
        usd_per_kwh: 0.05,
        pue: 1.0,
        pool_fee: 0.0,
        ..Costs::default()
    };
    let s = Scenario::new(881_423, 1_738_195_305, 730, 108e12, 100_000.0);
    let p = project(&rig, &c, &s).unwrap();
    let model = PriceModel {
        start_usd: 100_000.0,
        drift: 0.0,
        volatility: 0.6,
    };
    let a = montecarlo::run(&p, &model, 3000.0, 0.0, 2000, 7).unwrap();
    let b = montecarlo::run(&p, &model, 3000.0, 0.0, 2000, 7).unwrap();
    assert_eq!(a, b);
    let other = montecarlo::run(&p, &model, 3000.0, 0.0, 2000, 8).unwrap();
    assert_ne!(a.p50_usd, other.p50_usd);
    assert!(a.p10_usd < a.p50_usd && a.p50_usd < a.p90_usd);
    // With zero drift the mean price path is flat, so the mean result is the deterministic
    // one within sampling error (a few percent of the spread).
    assert!(
        (a.mean_usd - p.net_usd).abs() < 0.05 * (a.p90_usd - a.p10_usd),
        "{} vs {}",
        a.mean_usd,
        p.net_usd
    );
    assert!((0.0..=1.0).contains(&a.payback_probability));
    // No volatility: every path is the deterministic projection.
    let calm = montecarlo::run(
        &p,
        &PriceModel {
            volatility: 0.0,
            ..model
        },
        3000.0,
        0.0,
        10,
        1,
    )
    .unwrap();
    assert!(close(calm.p10_usd, p.net_usd, 1e-9) && close(calm.p90_usd, p.net_usd, 1e-9));
    assert_eq!(calm.payback_probability, 1.0);
    assert!(!a.band.is_empty() && a.band.len() <= 101);
    assert_eq!(a.band.last().unwrap().0, 729);
    // Fitting recovers the volatility of a synthetic series.
    let mut r = minewatch_profit::rng::Xoshiro256pp::new(1, 1);
    let mut price = 100.0;
    let series: Vec<f64> = (0..20_000)
        .map(|_| {
            price *= (0.5f64 / 365f64.sqrt() * r.next_normal()).exp();
            price
        })
        .collect();
    let (_, vol) = montecarlo::fit_prices(&series).unwrap();
    assert!((vol - 0.5).abs() < 0.01, "{vol}");
    assert!(montecarlo::run(&p, &model, 3000.0, 0.0, 0, 1).is_err());
}

#[test]
fn pps_leaves_fees_to_the_pool_and_solo_has_a_block_probability() {
    let rig = Rig::new(200e12, 3500.0);
    let fpps = day(&rig, &Costs::default(), &s21_market());
    let pps = day(
        &rig,
        &Costs {
            scheme: Payout::Pps,
            ..Costs::default()
        },
        &s21_market(),
    );
    assert_eq!(pps.btc_fees, 0.0);
    assert!(fpps.btc_fees > 0.0);
    assert_eq!(pps.btc_subsidy, fpps.btc_subsidy);
    assert_eq!("PPLNS".parse::<Payout>().unwrap(), Payout::Pplns);
    assert!("ppx".parse::<Payout>().unwrap_err().contains("ppx"));
    // Expected blocks over a year at constant difficulty: hashes over hashes per block.
    let s = Scenario::new(900_000, 1_750_000_000, 365, 1e14, 1e5);
    let p = project(
        &rig,
        &Costs {
            scheme: Payout::Solo,
            ..Costs::default()
        },
        &s,
    )
    .unwrap();
    let expected = 200e12 * 86_400.0 * 365.0 / (1e14 * 4_294_967_296.0);
    assert!(close(p.expected_blocks, expected, 1e-12));
    assert!(close(
        p.solo_block_probability,
        1.0 - (-expected).exp(),
        1e-12
    ));
}

//! Charts are drawn from a real projection: the SVG has its series, labels and band; the PNG
//! decodes, has the right size, and has its text (the compiled-in font) and its colours.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use minewatch_profit::chart::{self, ChartInput, SIZE};
use minewatch_profit::model::{Costs, Rig};
use minewatch_profit::montecarlo::{self, PriceModel};
use minewatch_profit::project::{Growth, Scenario, project};
use resvg::tiny_skia::Pixmap;

fn setup() -> (minewatch_profit::project::Projection, montecarlo::McResult) {
    let mut rig = Rig::new(2000e12, 35_000.0);
    rig.capex_usd = 35_000.0;
    let costs = Costs {
        usd_per_kwh: 0.06,
        pue: 1.0,
        pool_fee: 0.0,
        ..Costs::default()
    };
    // From block 1,000,000 over three years: the 2028 halving is inside.
    let mut s = Scenario::new(1_000_000, 1_800_000_000, 1095, 1.5e14, 100_000.0);
    s.growth = Growth::Monthly { rate: 0.02 };
    let p = project(&rig, &costs, &s).unwrap();
    let model = PriceModel {
        start_usd: 100_000.0,
        drift: 0.0,
        volatility: 0.6,
    };
    let mc = montecarlo::run(&p, &model, 35_000.0, 0.0, 1000, 3).unwrap();
    (p, mc)
}

#[test]
fn svg_has_series_halving_and_band() {
    let (p, mc) = setup();
    assert_eq!(p.halvings.len(), 1);
    let input = ChartInput {
        projection: &p,
        capex_usd: 35_000.0,
        band: Some(&mc.band),
        title: "test chart",
    };
    let svg = chart::svg(&input).unwrap();
    for needle in [
        "<svg",
        "test chart",
        "revenue",
        "cost (power + pool fee)",
        "halving",
        "P10-P90 (Monte Carlo)",
        "<polygon",
        "cumulative net USD",
    ] {
        assert!(svg.contains(needle), "{needle} missing");
    }
    // Without Monte Carlo there is no band.
    let plain = chart::svg(&ChartInput {
        band: None,
        ..input
    })
    .unwrap();
    assert!(!plain.contains("P10-P90") && !plain.contains("<polygon"));
}

#[test]
fn png_renders_with_text_and_colours() {
    let (p, mc) = setup();
    let input = ChartInput {
        projection: &p,
        capex_usd: 35_000.0,
        band: Some(&mc.band),
        title: "test chart",
    };
    let png = chart::png(&input).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let img = Pixmap::decode_png(&png).unwrap();
    assert_eq!((img.width(), img.height()), SIZE);
    let px = |x: u32, y: u32| img.pixel(x, y).unwrap().demultiply();
    // The title (text, so the font loaded) darkens pixels in the top strip.
    let dark_title = (0..SIZE.0)
        .flat_map(|x| (0..30).map(move |y| (x, y)))
        .filter(|&(x, y)| px(x, y).red() < 100)
        .count();
    assert!(dark_title > 200, "{dark_title}");
    // Blue revenue line and band, red cost line, green cumulative line are all there.
    let count = |f: &dyn Fn(u8, u8, u8) -> bool| {
        (0..SIZE.0)
            .flat_map(|x| (0..SIZE.1).map(move |y| (x, y)))
            .filter(|&(x, y)| {
                let c = px(x, y);
                f(c.red(), c.green(), c.blue())
            })
            .count()
    };
    assert!(count(&|r, g, b| r > 200 && g < 60 && b < 60) > 500, "red");
    assert!(count(&|r, g, b| r < 60 && g > 200 && b < 60) > 500, "green");
    assert!(count(&|r, g, b| b > 200 && r < 60 && g < 60) > 500, "blue");
    assert!(
        count(&|r, g, b| b > 200 && r > 180 && r < 230 && g > 180 && g < 230) > 10_000,
        "band"
    );
}

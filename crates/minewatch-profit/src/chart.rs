//! Charts of a projection: daily revenue against daily cost, and the cumulative net position
//! (operating profit less the hardware) with the Monte Carlo P10-P90 band, halvings marked.
//! SVG is drawn with plotters; PNG is the same SVG rasterised with resvg, with the DejaVu Sans
//! font compiled in, so a PNG has its text on a machine with no fonts installed.

use plotters::prelude::*;
use thiserror::Error;

use crate::project::Projection;

/// A chart that could not be drawn.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ChartError {
    /// Drawing failed.
    #[error("cannot draw the chart: {0}")]
    Draw(String),
    /// Rasterising the SVG failed.
    #[error("cannot render the chart as PNG: {0}")]
    Png(String),
    /// Nothing to draw.
    #[error("cannot draw an empty projection")]
    Empty,
    /// Figures too large for an axis (its ticks could not be placed).
    #[error("cannot draw figures beyond {MAX_AXIS:e} USD (the inputs give {0:e})")]
    Range(f64),
}

/// Largest magnitude an axis is drawn for: a quadrillion dollars.
pub const MAX_AXIS: f64 = 1e15;

/// What to draw.
#[derive(Debug, Clone, Copy)]
pub struct ChartInput<'a> {
    /// The projection.
    pub projection: &'a Projection,
    /// Hardware cost, USD (the net position starts at minus this).
    pub capex_usd: f64,
    /// Monte Carlo band of cumulative operating profit: (day, P10, P50, P90).
    pub band: Option<&'a [(u32, f64, f64, f64)]>,
    /// Title.
    pub title: &'a str,
}

/// Chart size in pixels.
pub const SIZE: (u32, u32) = (1000, 720);

fn draw_err<E: std::fmt::Debug>(e: E) -> ChartError {
    ChartError::Draw(format!("{e:?}"))
}

fn bounds(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values.filter(|v| v.is_finite()) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if !lo.is_finite() {
        return (0.0, 1.0);
    }
    let pad = ((hi - lo) * 0.08).max(1e-9);
    (lo - pad, hi + pad)
}

/// The chart as SVG.
pub fn svg(input: &ChartInput<'_>) -> Result<String, ChartError> {
    let p = input.projection;
    if p.days.is_empty() {
        return Err(ChartError::Empty);
    }
    // Axes over astronomically large ranges make the tick layout loop for ever.
    let band = input.band.unwrap_or(&[]);
    let largest = p
        .days
        .iter()
        .flat_map(|d| {
            [
                d.revenue_usd,
                d.power_usd,
                d.pool_fee_usd,
                d.cumulative_profit_usd,
            ]
        })
        .chain(band.iter().flat_map(|b| [b.1, b.2, b.3]))
        .chain([input.capex_usd])
        .map(|v| {
            if v.is_finite() {
                v.abs()
            } else {
                f64::INFINITY
            }
        })
        .fold(0.0, f64::max);
    if largest > MAX_AXIS {
        return Err(ChartError::Range(largest));
    }
    let days = p.days.len() as f64;
    let halvings: Vec<f64> = p
        .days
        .iter()
        .filter(|d| d.halving)
        .map(|d| f64::from(d.day))
        .collect();
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, SIZE).into_drawing_area();
        root.fill(&WHITE).map_err(draw_err)?;
        let root = root
            .titled(input.title, ("sans-serif", 22))
            .map_err(draw_err)?;
        let (top, bottom) = root.split_vertically(320);

        // Top: revenue and cost per day.
        let cost = |d: &crate::project::DayRow| d.power_usd + d.pool_fee_usd;
        let (lo, hi) = bounds(p.days.iter().flat_map(|d| [d.revenue_usd, cost(d), 0.0]));
        let mut c = ChartBuilder::on(&top)
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(80)
            .build_cartesian_2d(0.0..days, lo..hi)
            .map_err(draw_err)?;
        c.configure_mesh()
            .x_desc("day")
            .x_label_formatter(&|v| format!("{v:.0}"))
            .y_desc("USD per day")
            .y_label_formatter(&|v| format!("{v:.0}"))
            .draw()
            .map_err(draw_err)?;
        c.draw_series(LineSeries::new(
            p.days.iter().map(|d| (f64::from(d.day), d.revenue_usd)),
            BLUE.stroke_width(2),
        ))
        .map_err(draw_err)?
        .label("revenue")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], BLUE.stroke_width(2)));
        c.draw_series(LineSeries::new(
            p.days.iter().map(|d| (f64::from(d.day), cost(d))),
            RED.stroke_width(2),
        ))
        .map_err(draw_err)?
        .label("cost (power + pool fee)")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], RED.stroke_width(2)));
        for h in &halvings {
            c.draw_series(std::iter::once(PathElement::new(
                vec![(*h, lo), (*h, hi)],
                BLACK.stroke_width(1),
            )))
            .map_err(draw_err)?;
            c.draw_series(std::iter::once(Text::new(
                "halving",
                (*h + days * 0.005, hi - (hi - lo) * 0.04),
                ("sans-serif", 14),
            )))
            .map_err(draw_err)?;
        }
        c.configure_series_labels()
            .position(SeriesLabelPosition::UpperRight)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .draw()
            .map_err(draw_err)?;

        // Bottom: cumulative net position, with the Monte Carlo band.
        let net = |cum: f64| cum - input.capex_usd;
        let band: Vec<(f64, f64, f64, f64)> = input
            .band
            .unwrap_or(&[])
            .iter()
            .map(|(d, a, b, c)| (f64::from(*d), net(*a), net(*b), net(*c)))
            .collect();
        let (lo, hi) = bounds(
            p.days
                .iter()
                .map(|d| net(d.cumulative_profit_usd))
                .chain(band.iter().flat_map(|b| [b.1, b.3]))
                .chain([0.0, -input.capex_usd]),
        );
        let mut c = ChartBuilder::on(&bottom)
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(80)
            .build_cartesian_2d(0.0..days, lo..hi)
            .map_err(draw_err)?;
        c.configure_mesh()
            .x_desc("day")
            .x_label_formatter(&|v| format!("{v:.0}"))
            .y_desc("cumulative net USD")
            .y_label_formatter(&|v| format!("{v:.0}"))
            .draw()
            .map_err(draw_err)?;
        if !band.is_empty() {
            let mut poly: Vec<(f64, f64)> = vec![(0.0, net(0.0))];
            poly.extend(band.iter().map(|b| (b.0, b.3)));
            poly.extend(band.iter().rev().map(|b| (b.0, b.1)));
            c.draw_series(std::iter::once(Polygon::new(poly, BLUE.mix(0.18))))
                .map_err(draw_err)?
                .label("P10-P90 (Monte Carlo)")
                .legend(|(x, y)| {
                    Rectangle::new([(x, y - 5), (x + 20, y + 5)], BLUE.mix(0.18).filled())
                });
            c.draw_series(LineSeries::new(
                std::iter::once((0.0, net(0.0))).chain(band.iter().map(|b| (b.0, b.2))),
                BLUE.mix(0.7).stroke_width(1),
            ))
            .map_err(draw_err)?
            .label("P50")
            .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], BLUE.mix(0.7)));
        }
        c.draw_series(LineSeries::new(
            p.days
                .iter()
                .map(|d| (f64::from(d.day), net(d.cumulative_profit_usd))),
            GREEN.stroke_width(2),
        ))
        .map_err(draw_err)?
        .label("cumulative profit less hardware (price held)")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], GREEN.stroke_width(2)));
        c.draw_series(std::iter::once(PathElement::new(
            vec![(0.0, 0.0), (days, 0.0)],
            BLACK.mix(0.6),
        )))
        .map_err(draw_err)?;
        for h in &halvings {
            c.draw_series(std::iter::once(PathElement::new(
                vec![(*h, lo), (*h, hi)],
                BLACK.stroke_width(1),
            )))
            .map_err(draw_err)?;
        }
        c.configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .draw()
            .map_err(draw_err)?;
        root.present().map_err(draw_err)?;
    }
    Ok(out)
}

/// The chart as PNG.
pub fn png(input: &ChartInput<'_>) -> Result<Vec<u8>, ChartError> {
    use resvg::{tiny_skia, usvg};
    let svg = svg(input)?;
    let mut opt = usvg::Options::default();
    {
        let db = opt.fontdb_mut();
        db.load_font_data(dejavu::sans::regular().to_vec());
        db.set_sans_serif_family("DejaVu Sans");
    }
    let tree = usvg::Tree::from_str(&svg, &opt).map_err(|e| ChartError::Png(e.to_string()))?;
    let mut pixmap = tiny_skia::Pixmap::new(SIZE.0, SIZE.1)
        .ok_or_else(|| ChartError::Png("cannot allocate the image".into()))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| ChartError::Png(e.to_string()))
}

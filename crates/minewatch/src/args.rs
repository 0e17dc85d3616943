//! Parsing and checking of flag values that several subcommands share.

use anyhow::{Context as _, bail};
use minewatch_detect::web::blocklist::{Format, List};
use minewatch_profit::catalog::Catalog;

pub(crate) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

pub(crate) fn load_catalog(path: Option<&std::path::Path>) -> anyhow::Result<Catalog> {
    let mut c = Catalog::builtin();
    if let Some(p) = path {
        let text = std::fs::read_to_string(p)
            .with_context(|| format!("cannot read hardware catalog {}", p.display()))?;
        c.extend_from_toml(&text, &p.display().to_string())?;
    }
    Ok(c)
}

/// `90s`, `45m`, `8h`, `30d`: seconds.
pub(crate) fn parse_duration(s: &str) -> anyhow::Result<f64> {
    duration_flag("--duration", s)
}

/// A duration flag's value (`90s`, `45m`, `8h`, `30d`) within `min..=max` seconds.
pub(crate) fn duration_within(
    flag: &str,
    s: &str,
    min: f64,
    max: f64,
) -> anyhow::Result<std::time::Duration> {
    let secs = duration_flag(flag, s)?;
    if !(min..=max).contains(&secs) {
        bail!("invalid {flag} {s:?}: expected {min} to {max} seconds");
    }
    Ok(std::time::Duration::from_secs_f64(secs))
}

/// A count flag's value within `min..=max`.
pub(crate) fn count_within(flag: &str, v: usize, min: usize, max: usize) -> anyhow::Result<usize> {
    if !(min..=max).contains(&v) {
        bail!("invalid {flag} {v}: expected {min} to {max}");
    }
    Ok(v)
}

fn duration_flag(flag: &str, s: &str) -> anyhow::Result<f64> {
    let t = s.trim();
    let (num, per) = match t.chars().last() {
        Some('s') => (&t[..t.len() - 1], 1.0),
        Some('m') => (&t[..t.len() - 1], 60.0),
        Some('h') => (&t[..t.len() - 1], 3600.0),
        Some('d') => (&t[..t.len() - 1], 86_400.0),
        _ => (t, 1.0),
    };
    num.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0)
        .map(|v| v * per)
        .with_context(|| format!("invalid {flag} {s:?}: expected 90s, 45m, 8h or 30d"))
}

pub(crate) fn positive(flag: &str, v: f64) -> anyhow::Result<f64> {
    if !v.is_finite() {
        bail!("invalid {flag} {v}: must be a finite number")
    } else if v > 0.0 {
        Ok(v)
    } else {
        bail!("invalid {flag} {v}: must be positive")
    }
}

pub(crate) fn non_negative(flag: &str, v: f64) -> anyhow::Result<f64> {
    if !v.is_finite() {
        bail!("invalid {flag} {v}: must be a finite number")
    } else if v >= 0.0 {
        Ok(v)
    } else {
        bail!("invalid {flag} {v}: must not be negative")
    }
}

pub(crate) fn parse_format(s: &str) -> anyhow::Result<Format> {
    s.parse::<Format>().map_err(anyhow::Error::msg)
}

pub(crate) fn load_list(spec: &str) -> anyhow::Result<List> {
    let (fmt, file) = spec.split_once(':').with_context(|| {
        format!("invalid --list {spec:?}: expected FORMAT:FILE, e.g. abp:list.txt")
    })?;
    let format = parse_format(fmt)?;
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {file}"))?;
    Ok(List::parse(file, format, &text)?)
}

/// Whole days since `snapshot_time` (Unix seconds).
pub(crate) fn age_days(snapshot_time: i64) -> i64 {
    (now() - snapshot_time) / 86_400
}

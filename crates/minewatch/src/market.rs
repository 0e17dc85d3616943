//! Live market figures for `profit` and `jacking-cost`: flags, cache, snapshot fallback.

use anyhow::{Context as _, bail};
use clap::Args;
use minewatch_profit::providers::{MarketData, ProviderConfig, Providers};
use minewatch_profit::snapshot::Snapshot;

use crate::output::{self, Context};

/// Where live market figures come from.
#[derive(Debug, Args)]
pub(crate) struct MarketArgs {
    /// Use only the figures given and the embedded snapshot (no network).
    #[arg(long, env = "MINEWATCH_OFFLINE", value_parser = clap::builder::BoolishValueParser::new())]
    pub(crate) offline: bool,
    /// A mempool.space-compatible API (difficulty, fees, tip height).
    #[arg(long, default_value = "https://mempool.space", value_name = "URL")]
    pub(crate) mempool_url: String,
    /// A CoinGecko-compatible API (simple/price).
    #[arg(long, default_value = "https://api.coingecko.com", value_name = "URL")]
    pub(crate) price_url: String,
    /// Cache of live answers (default: $XDG_CACHE_HOME/minewatch or ~/.cache/minewatch).
    #[arg(long, value_name = "DIR")]
    pub(crate) cache_dir: Option<std::path::PathBuf>,
    /// How long a cached answer is used without asking again, seconds.
    #[arg(long, default_value_t = 600)]
    pub(crate) cache_ttl: u64,
}

fn default_cache_dir() -> Option<std::path::PathBuf> {
    std::env::var_os("XDG_CACHE_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".cache")))
        .map(|d| d.join("minewatch"))
}

/// Live figures (through the cache, falling back to the snapshot), or `None` when offline or
/// when nothing is needed. Notes on what failed go to stderr.
pub(crate) fn fetch_market(
    m: &MarketArgs,
    needed: bool,
    ctx: &Context,
) -> anyhow::Result<Option<MarketData>> {
    if m.offline || !needed {
        return Ok(None);
    }
    for (flag, url) in [
        ("--mempool-url", &m.mempool_url),
        ("--price-url", &m.price_url),
    ] {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            bail!("invalid {flag} {url:?}: expected an http:// or https:// URL");
        }
    }
    let config = ProviderConfig {
        mempool_url: m.mempool_url.clone(),
        price_url: m.price_url.clone(),
        cache_dir: m.cache_dir.clone().or_else(default_cache_dir),
        ttl: std::time::Duration::from_secs(m.cache_ttl),
        ..ProviderConfig::default()
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let data = rt.block_on(Providers::new(config).market(&Snapshot::embedded()));
    if !ctx.quiet {
        for n in &data.notes {
            output::stderr_line(&format!("note: {n}"));
        }
    }
    Ok(Some(data))
}

//! The server's view of the market: live figures fetched at most once a minute, the embedded
//! snapshot when offline.

use std::time::{Duration, Instant};

use minewatch_profit::providers::{MarketData, ProviderConfig, Providers};
use minewatch_profit::snapshot::Snapshot;

use crate::AppState;

/// Live market data, fetched at most once a minute.
#[derive(Debug, Default)]
pub struct MarketCache {
    held: tokio::sync::Mutex<Option<(Instant, MarketData)>>,
}

impl MarketCache {
    /// The market as the server knows it (the snapshot when offline).
    pub async fn get(&self, st: &AppState) -> MarketData {
        if st.config.offline {
            return MarketData::from_snapshot(&Snapshot::embedded());
        }
        let mut held = self.held.lock().await;
        if let Some((at, m)) = held.as_ref()
            && at.elapsed() < Duration::from_secs(60)
        {
            return m.clone();
        }
        let config = ProviderConfig {
            mempool_url: st.config.mempool_url.clone(),
            price_url: st.config.price_url.clone(),
            cache_dir: st.config.data_dir.as_ref().map(|d| d.join("cache")),
            ..ProviderConfig::default()
        };
        let m = Providers::new(config).market(&Snapshot::embedded()).await;
        *held = Some((Instant::now(), m.clone()));
        m
    }
}

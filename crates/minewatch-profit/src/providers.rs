//! Live market figures, with every fallback said out loud.
//!
//! Two kinds of API: a mempool.space-compatible REST API (difficulty adjustment, hashrate and
//! difficulty, recommended fees, reward stats, tip height) and a CoinGecko-compatible
//! `simple/price`. Each request has a timeout and is retried with exponential backoff and
//! jitter on timeouts, connection errors and 5xx; a 429 waits what `Retry-After` says (up to a
//! cap) before the next try. Good answers are cached on disk with their fetch time; a fresh
//! cache answer saves the request, and when every try fails a stale one is used. What neither
//! the network nor the cache can give comes from the dated [`Snapshot`]. Every figure carries
//! a [`Source`] saying which of these it is and how old.

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::rng::Xoshiro256pp;
use crate::snapshot::Snapshot;

/// Where the figures come from and how hard to try.
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderConfig {
    /// Base URL of a mempool.space-compatible API (no trailing slash).
    pub mempool_url: String,
    /// Base URL of a CoinGecko-compatible API (no trailing slash).
    pub price_url: String,
    /// Directory of the on-disk cache (`None`: no cache).
    pub cache_dir: Option<PathBuf>,
    /// A cached answer younger than this is used without asking.
    pub ttl: Duration,
    /// Per-request timeout.
    pub timeout: Duration,
    /// Tries per request (1 = no retry).
    pub tries: u32,
    /// First backoff; doubled each retry, with +-50% jitter.
    pub backoff: Duration,
    /// The longest `Retry-After` honoured; a longer one ends the tries for that request.
    pub max_retry_after: Duration,
}

impl Default for ProviderConfig {
    fn default() -> Self {
        Self {
            mempool_url: "https://mempool.space".into(),
            price_url: "https://api.coingecko.com".into(),
            cache_dir: None,
            ttl: Duration::from_secs(600),
            timeout: Duration::from_secs(10),
            tries: 3,
            backoff: Duration::from_millis(500),
            max_retry_after: Duration::from_secs(30),
        }
    }
}

/// Where a figure came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Source {
    /// Fetched now.
    Live {
        /// The URL.
        url: String,
    },
    /// From the on-disk cache.
    Cache {
        /// The URL it was fetched from.
        url: String,
        /// Seconds since it was fetched.
        age_s: u64,
        /// Older than the TTL: used because the live request failed.
        stale: bool,
    },
    /// From the snapshot compiled into the binary.
    Snapshot {
        /// The date it stands for.
        date: String,
        /// Days since then.
        age_days: i64,
    },
    /// Given by the user.
    User,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Live { url } => write!(f, "live, {url}"),
            Self::Cache { url, age_s, stale } => write!(
                f,
                "{}cache, fetched {} ago from {url}",
                if *stale { "stale " } else { "" },
                human_age(*age_s)
            ),
            Self::Snapshot { date, age_days } => {
                write!(f, "snapshot {date} ({age_days} days old)")
            }
            Self::User => f.write_str("given"),
        }
    }
}

fn human_age(s: u64) -> String {
    match s {
        0..=119 => format!("{s} s"),
        120..=7199 => format!("{} min", s / 60),
        7200..=172_799 => format!("{} h", s / 3600),
        _ => format!("{} days", s / 86_400),
    }
}

/// A figure and its origin.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure<T> {
    /// The value.
    pub value: T,
    /// Where it came from.
    pub source: Source,
}

/// The market as minewatch could learn it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MarketData {
    /// BTC price, USD.
    pub btc_usd: Figure<f64>,
    /// XMR price, USD.
    pub xmr_usd: Figure<f64>,
    /// Current network difficulty.
    pub difficulty: Figure<f64>,
    /// Tip height.
    pub tip_height: Figure<u32>,
    /// Average fees per block over the last 144 blocks, BTC.
    pub fees_btc_per_block: Figure<f64>,
    /// Expected change at the next retarget, percent (not in the snapshot).
    pub next_difficulty_change_pct: Option<Figure<f64>>,
    /// Recommended next-block fee rate, sat/vB (not in the snapshot).
    pub fastest_fee_sat_vb: Option<Figure<f64>>,
    /// What went wrong on the way, one line each.
    pub notes: Vec<String>,
}

impl MarketData {
    /// Every figure from `snapshot` (offline).
    pub fn from_snapshot(snapshot: &Snapshot) -> Self {
        let source = Source::Snapshot {
            date: snapshot.date.clone(),
            age_days: (unix_now() as i64 - snapshot.bitcoin.time) / 86_400,
        };
        let fig = |value: f64| Figure {
            value,
            source: source.clone(),
        };
        Self {
            btc_usd: fig(snapshot.bitcoin.btc_usd),
            xmr_usd: fig(snapshot.monero.xmr_usd),
            difficulty: fig(snapshot.difficulty()),
            tip_height: Figure {
                value: snapshot.bitcoin.height,
                source: source.clone(),
            },
            fees_btc_per_block: fig(snapshot.bitcoin.fees_btc_per_block),
            next_difficulty_change_pct: None,
            fastest_fee_sat_vb: None,
            notes: vec!["offline: every figure is the embedded snapshot's".to_owned()],
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct CacheEntry {
    url: String,
    fetched_at: u64,
    body: String,
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Fetches figures with retries, cache and fallbacks.
#[derive(Debug)]
pub struct Providers {
    config: ProviderConfig,
    http: reqwest::Client,
    jitter: std::sync::Mutex<Xoshiro256pp>,
}

/// Why one request gave nothing usable.
#[derive(Debug)]
struct Failure(String);

impl Providers {
    /// A fetcher with `config`.
    pub fn new(config: ProviderConfig) -> Self {
        // Our TLS is rustls with the ring provider (the default provider would build aws-lc);
        // installing it twice is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout)
            .user_agent(concat!("minewatch/", env!("CARGO_PKG_VERSION")))
            .build()
            .unwrap_or_default();
        let seed = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        Self {
            config,
            http,
            jitter: std::sync::Mutex::new(Xoshiro256pp::new(seed, 0)),
        }
    }

    fn cache_path(&self, key: &str) -> Option<PathBuf> {
        self.config
            .cache_dir
            .as_ref()
            .map(|d| d.join(format!("{key}.json")))
    }

    fn read_cache(&self, key: &str) -> Option<CacheEntry> {
        let text = std::fs::read_to_string(self.cache_path(key)?).ok()?;
        serde_json::from_str(&text).ok()
    }

    fn write_cache(&self, key: &str, entry: &CacheEntry, notes: &mut Vec<String>) {
        let Some(path) = self.cache_path(key) else {
            return;
        };
        // Write then rename, so a crash never leaves a half-written cache file.
        let tmp = path.with_extension("json.tmp");
        let r = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&tmp, serde_json::to_vec(entry).unwrap_or_default()))
            .and_then(|()| std::fs::rename(&tmp, &path));
        if let Err(e) = r {
            notes.push(format!("cannot write cache {}: {e}", path.display()));
        }
    }

    fn backoff(&self, attempt: u32) -> Duration {
        let j = self.jitter.lock().map_or(0.5, |mut r| r.next_open01());
        self.config
            .backoff
            .mul_f64(f64::from(1u32 << attempt.min(16)) * (0.5 + j))
    }

    /// One GET with retries; the body when it is valid JSON of type `T`.
    async fn fetch_live<T: DeserializeOwned>(&self, url: &str) -> Result<(T, String), Failure> {
        let mut last = String::new();
        for attempt in 0..self.config.tries.max(1) {
            if attempt > 0 {
                tracing::debug!(url, attempt, "retrying: {last}");
            }
            let wait = match self.http.get(url).send().await {
                Err(e) => {
                    last = if e.is_timeout() {
                        format!("timed out after {:?}", self.config.timeout)
                    } else {
                        format!("request failed: {e}")
                    };
                    self.backoff(attempt)
                }
                Ok(resp) => {
                    let status = resp.status();
                    if status == reqwest::StatusCode::TOO_MANY_REQUESTS {
                        let after = resp
                            .headers()
                            .get(reqwest::header::RETRY_AFTER)
                            .and_then(|v| v.to_str().ok())
                            .and_then(parse_retry_after);
                        match after {
                            Some(d) if d > self.config.max_retry_after => {
                                return Err(Failure(format!(
                                    "HTTP 429, Retry-After {} s is beyond the {} s we wait",
                                    d.as_secs(),
                                    self.config.max_retry_after.as_secs()
                                )));
                            }
                            Some(d) => {
                                last = format!("HTTP 429, Retry-After {} s", d.as_secs());
                                d
                            }
                            None => {
                                last = "HTTP 429 without Retry-After".into();
                                self.backoff(attempt)
                            }
                        }
                    } else if status.is_server_error() {
                        last = format!("HTTP {}", status.as_u16());
                        self.backoff(attempt)
                    } else if !status.is_success() {
                        return Err(Failure(format!("HTTP {}", status.as_u16())));
                    } else {
                        match resp.text().await {
                            Err(e) => {
                                last = format!("reading the body failed: {e}");
                                self.backoff(attempt)
                            }
                            Ok(body) => {
                                return match serde_json::from_str::<T>(&body) {
                                    Ok(v) => Ok((v, body)),
                                    // A well-formed HTTP answer with a bad body will not get
                                    // better by asking again at once.
                                    Err(e) => Err(Failure(format!("malformed JSON: {e}"))),
                                };
                            }
                        }
                    }
                }
            };
            if attempt + 1 < self.config.tries.max(1) {
                tokio::time::sleep(wait).await;
            }
        }
        Err(Failure(format!(
            "{last} (after {} tries)",
            self.config.tries.max(1)
        )))
    }

    /// `url` through the cache: fresh cache, else live, else stale cache.
    async fn get<T: DeserializeOwned>(
        &self,
        key: &str,
        url: &str,
        notes: &mut Vec<String>,
    ) -> Option<(T, Source)> {
        let cached = self.read_cache(key).filter(|c| c.url == url);
        let now = unix_now();
        if let Some(c) = &cached {
            let age_s = now.saturating_sub(c.fetched_at);
            if age_s < self.config.ttl.as_secs()
                && let Ok(v) = serde_json::from_str::<T>(&c.body)
            {
                return Some((
                    v,
                    Source::Cache {
                        url: url.to_owned(),
                        age_s,
                        stale: false,
                    },
                ));
            }
        }
        match self.fetch_live::<T>(url).await {
            Ok((v, body)) => {
                let entry = CacheEntry {
                    url: url.to_owned(),
                    fetched_at: now,
                    body,
                };
                self.write_cache(key, &entry, notes);
                Some((
                    v,
                    Source::Live {
                        url: url.to_owned(),
                    },
                ))
            }
            Err(Failure(why)) => {
                notes.push(format!("{url}: {why}"));
                let c = cached?;
                let v = serde_json::from_str::<T>(&c.body).ok()?;
                Some((
                    v,
                    Source::Cache {
                        url: url.to_owned(),
                        age_s: now.saturating_sub(c.fetched_at),
                        stale: true,
                    },
                ))
            }
        }
    }

    /// Everything the profit model needs, from wherever it can be had. Never fails.
    pub async fn market(&self, snapshot: &Snapshot) -> MarketData {
        let mut notes = Vec::new();
        let m = self.config.mempool_url.trim_end_matches('/');
        let p = self.config.price_url.trim_end_matches('/');
        let snap_age = (unix_now() as i64 - snapshot.bitcoin.time) / 86_400;
        let snap = || Source::Snapshot {
            date: snapshot.date.clone(),
            age_days: snap_age,
        };
        let price_url = format!("{p}/api/v3/simple/price?ids=bitcoin,monero&vs_currencies=usd");
        let hashrate_url = format!("{m}/api/v1/mining/hashrate/3d");
        let reward_url = format!("{m}/api/v1/mining/reward-stats/144");
        let tip_url = format!("{m}/api/blocks/tip/height");
        let adjustment_url = format!("{m}/api/v1/difficulty-adjustment");
        let fees_url = format!("{m}/api/v1/fees/recommended");
        // All six at once: a slow or failing endpoint does not hold up the others.
        let mut n = [(); 6].map(|()| Vec::new());
        let [n0, n1, n2, n3, n4, n5] = &mut n;
        let (prices, hashrate, reward, tip, adjustment, fees) = tokio::join!(
            self.get::<SimplePrice>("simple_price", &price_url, n0),
            self.get::<Hashrate>("hashrate_3d", &hashrate_url, n1),
            self.get::<RewardStats>("reward_stats_144", &reward_url, n2),
            self.get::<u32>("tip_height", &tip_url, n3),
            self.get::<DifficultyAdjustment>("difficulty_adjustment", &adjustment_url, n4),
            self.get::<RecommendedFees>("fees_recommended", &fees_url, n5),
        );
        notes.extend(n.into_iter().flatten());

        let fig = |v: Option<(f64, Source)>, fallback: f64| match v {
            Some((value, source)) if value.is_finite() && value > 0.0 => Figure { value, source },
            _ => Figure {
                value: fallback,
                source: snap(),
            },
        };
        let btc = prices
            .as_ref()
            .and_then(|(v, s)| v.bitcoin.as_ref().map(|c| (c.usd, s.clone())));
        let xmr = prices
            .as_ref()
            .and_then(|(v, s)| v.monero.as_ref().map(|c| (c.usd, s.clone())));
        let difficulty = hashrate
            .as_ref()
            .map(|(v, s)| (v.current_difficulty, s.clone()));
        let fees_per_block = reward.as_ref().and_then(|(v, s)| {
            let blocks = v.end_block.checked_sub(v.start_block)? + 1;
            let fee_sat: f64 = v.total_fee.parse().ok()?;
            Some((fee_sat / 1e8 / f64::from(blocks), s.clone()))
        });
        MarketData {
            btc_usd: fig(btc, snapshot.bitcoin.btc_usd),
            xmr_usd: fig(xmr, snapshot.monero.xmr_usd),
            difficulty: fig(difficulty, snapshot.difficulty()),
            tip_height: match tip {
                // The chain only grows: a tip below the snapshot's block is a bad answer (a
                // truncated number still parses).
                Some((h, source)) if h >= snapshot.bitcoin.height => Figure { value: h, source },
                Some((h, source)) => {
                    notes.push(format!(
                        "{source}: tip height {h} is below the snapshot's block {}; not used",
                        snapshot.bitcoin.height
                    ));
                    Figure {
                        value: snapshot.bitcoin.height,
                        source: snap(),
                    }
                }
                None => Figure {
                    value: snapshot.bitcoin.height,
                    source: snap(),
                },
            },
            fees_btc_per_block: match fees_per_block {
                Some((v, source)) if v.is_finite() && v >= 0.0 => Figure { value: v, source },
                _ => Figure {
                    value: snapshot.bitcoin.fees_btc_per_block,
                    source: snap(),
                },
            },
            next_difficulty_change_pct: adjustment.map(|(v, source)| Figure {
                value: v.difficulty_change,
                source,
            }),
            fastest_fee_sat_vb: fees.map(|(v, source)| Figure {
                value: v.fastest_fee,
                source,
            }),
            notes,
        }
    }
}

/// `Retry-After`: seconds, or an HTTP date.
fn parse_retry_after(v: &str) -> Option<Duration> {
    let v = v.trim();
    if let Ok(s) = v.parse::<u64>() {
        return Some(Duration::from_secs(s));
    }
    let t = httpdate_to_unix(v)?;
    Some(Duration::from_secs(t.saturating_sub(unix_now())))
}

/// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the form RFC 9110 requires.
fn httpdate_to_unix(s: &str) -> Option<u64> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    let [_, day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    let d: i64 = day.parse().ok()?;
    let m = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|x| x == month)? as i64
        + 1;
    let y: i64 = year.parse().ok()?;
    let hms: Vec<i64> = time
        .split(':')
        .map(|x| x.parse().ok())
        .collect::<Option<_>>()?;
    let [hh, mm, ss] = hms.as_slice() else {
        return None;
    };
    let midnight = crate::project::unix_from_date(&format!("{y:04}-{m:02}-{d:02}"))?;
    u64::try_from(midnight + hh * 3600 + mm * 60 + ss).ok()
}

#[derive(Debug, Deserialize)]
struct Coin {
    usd: f64,
}

#[derive(Debug, Deserialize)]
struct SimplePrice {
    bitcoin: Option<Coin>,
    monero: Option<Coin>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Hashrate {
    current_difficulty: f64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RewardStats {
    start_block: u32,
    end_block: u32,
    total_fee: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DifficultyAdjustment {
    difficulty_change: f64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RecommendedFees {
    fastest_fee: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_forms() {
        assert_eq!(parse_retry_after("7"), Some(Duration::from_secs(7)));
        assert_eq!(
            httpdate_to_unix("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777)
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon"), None);
        assert_eq!(httpdate_to_unix("Sun, 06 Nov 1994 08:49 GMT"), None);
        assert_eq!(httpdate_to_unix("Sun, 31 Feb 1994 08:49:37 GMT"), None);
    }

    proptest::proptest! {
        /// Header values are untrusted: any string gives a value or `None`, never a panic.
        #[test]
        fn retry_after_never_panics(s in ".{0,40}", n in proptest::prelude::any::<u64>()) {
            let _ = parse_retry_after(&s);
            let _ = parse_retry_after(&n.to_string());
            let _ = httpdate_to_unix(&format!("Sun, {s} GMT"));
        }
    }
}

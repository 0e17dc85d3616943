//! Per-key and per-IP rate limits: token buckets on tokio's clock (so tests can pause and
//! advance time), with the numbers the `RateLimit-*` and `Retry-After` headers need.
//!
//! Memory is bounded: when more than `max_keys` buckets exist, full buckets (callers that have
//! been quiet long enough to refill) are dropped; if that is not enough, new callers share one
//! overflow bucket until room frees up.

use std::collections::HashMap;
use std::sync::Mutex;

use axum::http::{HeaderMap, HeaderValue};
use tokio::time::Instant;

/// A rate: a burst and a sustained rate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    /// Requests allowed at once.
    pub burst: u32,
    /// Requests per second sustained.
    pub per_second: f64,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

/// What a check decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    /// Whether the request may go on.
    pub allowed: bool,
    /// The burst size.
    pub limit: u32,
    /// Requests left right now.
    pub remaining: u32,
    /// Seconds until the bucket is full again.
    pub reset_s: u64,
    /// Seconds until the next request is allowed (when refused).
    pub retry_after_s: u64,
}

impl Decision {
    /// Adds `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (and `Retry-After`
    /// when refused) to `headers`.
    pub fn write_headers(&self, headers: &mut HeaderMap) {
        headers.insert("ratelimit-limit", HeaderValue::from(self.limit));
        headers.insert("ratelimit-remaining", HeaderValue::from(self.remaining));
        headers.insert("ratelimit-reset", HeaderValue::from(self.reset_s));
        if !self.allowed {
            headers.insert("retry-after", HeaderValue::from(self.retry_after_s));
        }
    }
}

/// A keyed limiter.
#[derive(Debug)]
pub struct Limiter {
    rate: Rate,
    max_keys: usize,
    buckets: Mutex<HashMap<String, Bucket>>,
}

const OVERFLOW: &str = "\u{0}overflow";

impl Limiter {
    /// A limiter keeping at most `max_keys` buckets.
    pub fn new(rate: Rate, max_keys: usize) -> Self {
        Self {
            rate: Rate {
                burst: rate.burst.max(1),
                per_second: if rate.per_second.is_finite() && rate.per_second > 0.0 {
                    rate.per_second
                } else {
                    1.0
                },
            },
            max_keys: max_keys.max(1),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// The rate.
    pub fn rate(&self) -> Rate {
        self.rate
    }

    /// Buckets held now.
    pub fn len(&self) -> usize {
        self.buckets.lock().map_or(0, |b| b.len())
    }

    /// Whether no bucket is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Takes one token from `key`'s bucket, if there is one.
    pub fn check(&self, key: &str) -> Decision {
        let now = Instant::now();
        let burst = f64::from(self.rate.burst);
        let mut map = match self.buckets.lock() {
            Ok(m) => m,
            Err(p) => p.into_inner(),
        };
        let refill = |b: &mut Bucket| {
            let dt = now.saturating_duration_since(b.last).as_secs_f64();
            b.tokens = (b.tokens + dt * self.rate.per_second).min(burst);
            b.last = now;
        };
        let mut key = key;
        if !map.contains_key(key) && map.len() >= self.max_keys {
            map.retain(|_, b| {
                refill(b);
                b.tokens < burst
            });
            if map.len() >= self.max_keys {
                key = OVERFLOW;
            }
        }
        let b = map.entry(key.to_owned()).or_insert(Bucket {
            tokens: burst,
            last: now,
        });
        refill(b);
        let allowed = b.tokens >= 1.0;
        if allowed {
            b.tokens -= 1.0;
        }
        let secs = |tokens: f64| (tokens.max(0.0) / self.rate.per_second).ceil() as u64;
        Decision {
            allowed,
            limit: self.rate.burst,
            remaining: b.tokens.floor() as u32,
            reset_s: secs(burst - b.tokens),
            retry_after_s: secs(1.0 - b.tokens).max(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test(start_paused = true)]
    async fn a_bucket_empties_and_refills_with_time() {
        let l = Limiter::new(
            Rate {
                burst: 3,
                per_second: 0.5,
            },
            100,
        );
        let d: Vec<Decision> = (0..4).map(|_| l.check("k")).collect();
        assert_eq!(
            d.iter().map(|d| d.allowed).collect::<Vec<_>>(),
            [true, true, true, false]
        );
        assert_eq!(d[0].remaining, 2);
        assert_eq!(d[2].remaining, 0);
        assert_eq!(d[3].retry_after_s, 2, "one token takes 2 s at 0.5/s");
        assert_eq!(d[3].reset_s, 6, "three tokens take 6 s");
        // Another key is not affected.
        assert!(l.check("other").allowed);
        tokio::time::advance(Duration::from_millis(1_900)).await;
        assert!(!l.check("k").allowed, "not a whole token yet");
        tokio::time::advance(Duration::from_millis(200)).await;
        assert!(l.check("k").allowed);
        tokio::time::advance(Duration::from_secs(3600)).await;
        assert_eq!(
            l.check("k").remaining,
            2,
            "refills up to the burst, no more"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn many_callers_cannot_grow_memory() {
        let l = Limiter::new(
            Rate {
                burst: 2,
                per_second: 1.0,
            },
            10,
        );
        for i in 0..1000 {
            l.check(&format!("10.0.{}.{}", i / 256, i % 256));
        }
        assert!(l.len() <= 11, "{} buckets", l.len());
        // Once quiet callers refill, their buckets make room for new ones.
        tokio::time::advance(Duration::from_secs(10)).await;
        let d = l.check("fresh");
        assert!(d.allowed && d.remaining == 1);
        assert!(l.len() <= 11);
    }
}

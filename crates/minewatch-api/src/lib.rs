//! minewatch's HTTP/WebSocket API and dashboard.
//!
//! [`router`] builds the axum `Router`: everything under `/v1` (scans and alerts, profitability,
//! hardware and market data, the local miner, the embedded pool, the chain, the `/v1/stream`
//! WebSocket), the OpenAPI 3.1 document at `/v1/openapi.json`, its human page at `/docs` and
//! the dashboard at `/`. Every `/v1` route but `/v1/health` and `/v1/openapi.json` needs an
//! API key ([`auth`]); per-IP and per-key token buckets answer 429 with `Retry-After` and
//! `RateLimit-*` headers ([`limit`]); errors share one JSON shape ([`error`]); records live
//! in one SQLite file ([`db`]).
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let server = minewatch_api::Server::open(minewatch_api::Config::in_dir("data"))?;
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! server.serve(listener, std::future::pending()).await?;
//! # Ok(()) }
//! ```

#![forbid(unsafe_code)]

pub mod auth;
pub mod dashboard;
pub mod db;
pub mod error;
pub mod limit;
mod market;
pub mod metrics;
pub mod mining;
mod policy;
pub mod routes;

pub use market::MarketCache;
pub mod stream;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use minewatch_detect::web::Scanner;
use minewatch_profit::catalog::Catalog;
use minewatch_stratum::client::PoolUrl;
use minewatch_stratum::pool::{Pool, PoolConfig};
use minewatch_stratum::store::Store;

pub use auth::{KeyRing, Scope};
pub use db::Db;
pub use error::{ApiError, ApiResult};
pub use limit::{Limiter, Rate};
pub use stream::{Hub, StreamMessage};

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where the database (`minewatch.sqlite`) lives; `None`: in memory (tests).
    pub data_dir: Option<PathBuf>,
    /// A PostgreSQL database (`postgres://...`) for keys, scans, alerts, agents and the pool's
    /// ledger instead of the data directory's SQLite file: any number of servers may share it.
    pub database: Option<String>,
    /// Per-key rate.
    pub per_key: Rate,
    /// Per-IP rate (every request, with a key or not).
    pub per_ip: Rate,
    /// Largest request body, bytes.
    pub body_limit: usize,
    /// Request bytes all keyed requests may hold at once (at least `body_limit`): a request
    /// whose body would go over waits, its body unread, until earlier ones are answered.
    pub bodies_in_flight: usize,
    /// Longest a request may take.
    pub request_timeout: Duration,
    /// No live market data, no URL scans: nothing leaves the machine.
    pub offline: bool,
    /// URL scans may fetch private and loopback addresses (intranets, tests).
    pub allow_private_urls: bool,
    /// Where the embedded pool listens for Stratum miners (`None`: not at all; the local
    /// miner then cannot run).
    pub stratum: Option<SocketAddr>,
    /// Hashrate sampling interval.
    pub tick: Duration,
    /// Most simultaneous `/v1/stream` subscribers.
    pub max_subscribers: usize,
    /// Mempool-compatible API for live market data.
    pub mempool_url: String,
    /// CoinGecko-compatible API for prices.
    pub price_url: String,
    /// What one scan may read and analyse (per file, per archive, JavaScript parsed).
    pub scan_limits: minewatch_detect::web::Limits,
    /// JavaScript source bytes parsed at once by all requests together (a parse holds up to
    /// ~64 times its source in memory).
    pub parse_budget: usize,
    /// The embedded pool's settings (connection, worker and name limits among them).
    pub pool: PoolConfig,
}

impl Config {
    /// Defaults with the database in `dir`.
    pub fn in_dir(dir: impl Into<PathBuf>) -> Self {
        Self {
            data_dir: Some(dir.into()),
            ..Self::default()
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            data_dir: None,
            database: None,
            per_key: Rate {
                burst: 600,
                per_second: 100.0,
            },
            per_ip: Rate {
                burst: 1200,
                per_second: 200.0,
            },
            body_limit: 32 << 20,
            bodies_in_flight: 96 << 20,
            request_timeout: Duration::from_secs(60),
            offline: false,
            allow_private_urls: false,
            stratum: Some(SocketAddr::from(([127, 0, 0, 1], 3333))),
            tick: Duration::from_secs(2),
            max_subscribers: 10_000,
            mempool_url: "https://mempool.space".into(),
            price_url: "https://api.coingecko.com".into(),
            scan_limits: minewatch_detect::web::Limits {
                max_file_bytes: 8 << 20,
                max_archive_bytes: 256 << 20,
                max_entries: 20_000,
                max_parse_bytes: 2 << 20,
            },
            parse_budget: 4 << 20,
            pool: PoolConfig::default(),
        }
    }
}

/// A server that cannot start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServerError {
    /// The data directory or database.
    #[error("cannot open the database in {dir}")]
    Db {
        /// The directory.
        dir: String,
        /// Why.
        source: db::DbError,
    },
    /// The pool's store.
    #[error("cannot open the pool database: {0}")]
    Pool(String),
    /// A socket.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// TLS configuration.
    #[error("TLS: {0}")]
    Tls(String),
}

/// Everything handlers share.
#[derive(Debug, Clone)]
pub struct AppState {
    /// Configuration.
    pub config: Arc<Config>,
    /// The database.
    pub db: Db,
    /// API keys.
    pub keys: KeyRing,
    /// Stream hub.
    pub hub: Hub,
    /// Per-key limiter.
    pub key_limits: Arc<Limiter>,
    /// Per-IP limiter.
    pub ip_limits: Arc<Limiter>,
    /// The embedded pool.
    pub pool: Arc<Pool>,
    /// Where the pool listens, once bound.
    pub stratum_addr: Arc<std::sync::OnceLock<SocketAddr>>,
    /// The local miner.
    pub miner: Arc<mining::MinerControl>,
    /// The web scanner.
    pub scanner: Arc<Scanner>,
    /// The hardware catalog.
    pub catalog: Arc<Catalog>,
    /// Live market data, cached.
    pub market: Arc<MarketCache>,
    /// Set when the server is shutting down (stream subscribers are closed).
    pub shutdown: tokio::sync::watch::Sender<bool>,
    /// Open stream subscriptions.
    pub subscribers: Arc<tokio::sync::Semaphore>,
    /// Request body bytes that may be held at once, in KiB ([`Config::bodies_in_flight`]).
    pub bodies: Arc<tokio::sync::Semaphore>,
    /// When the server started.
    pub started: Instant,
    /// What `/v1/metrics` reports.
    pub metrics: Arc<metrics::ServerMetrics>,
}

/// The server: its state, and the tasks that run beside the HTTP listener.
#[derive(Debug)]
pub struct Server {
    state: AppState,
}

impl Server {
    /// Opens the database (creating the data directory) and builds the state.
    pub fn open(mut config: Config) -> Result<Self, ServerError> {
        let (db, store) = match (&config.database, &config.data_dir) {
            (Some(url), dir) => {
                // The data directory still holds the market-data cache.
                if let Some(dir) = dir {
                    std::fs::create_dir_all(dir)?;
                }
                let db = Db::connect_postgres(url).map_err(|source| ServerError::Db {
                    dir: "PostgreSQL".into(),
                    source,
                })?;
                let mut store =
                    Store::connect_postgres(url).map_err(|e| ServerError::Pool(e.to_string()))?;
                // Replicas share one ledger: each pool gets its own extranonce space, and one
                // leader at a time credits blocks.
                config.pool.instance = store
                    .claim_instance()
                    .map_err(|e| ServerError::Pool(e.to_string()))?;
                config.pool.leader_credits = true;
                (db, store)
            }
            (None, Some(dir)) => {
                std::fs::create_dir_all(dir)?;
                let path = dir.join("minewatch.sqlite");
                let db = Db::open(&path).map_err(|source| ServerError::Db {
                    dir: dir.display().to_string(),
                    source,
                })?;
                let store = Store::open(&path).map_err(|e| ServerError::Pool(e.to_string()))?;
                (db, store)
            }
            (None, None) => (
                Db::in_memory().map_err(|source| ServerError::Db {
                    dir: ":memory:".into(),
                    source,
                })?,
                Store::in_memory().map_err(|e| ServerError::Pool(e.to_string()))?,
            ),
        };
        let pool =
            Pool::open(config.pool.clone(), store).map_err(|e| ServerError::Pool(e.to_string()))?;
        let keys = KeyRing::load(db.clone()).map_err(|source| ServerError::Db {
            dir: "keys".into(),
            source,
        })?;
        let hub = Hub::default();
        let stratum_addr = Arc::new(std::sync::OnceLock::new());
        let pool_url = PoolUrl::v1("127.0.0.1", config.stratum.map_or(0, |a| a.port()));
        let scanner = Arc::new(Scanner {
            limits: config.scan_limits,
            ..Scanner::new()
        });
        minewatch_detect::web::js::set_parse_budget(config.parse_budget);
        let state = AppState {
            key_limits: Arc::new(Limiter::new(config.per_key, 100_000)),
            ip_limits: Arc::new(Limiter::new(config.per_ip, 100_000)),
            subscribers: Arc::new(tokio::sync::Semaphore::new(config.max_subscribers)),
            bodies: Arc::new(tokio::sync::Semaphore::new(
                config
                    .bodies_in_flight
                    .max(config.body_limit)
                    .div_ceil(1024),
            )),
            config: Arc::new(config),
            db,
            keys,
            miner: Arc::new(mining::MinerControl::new(pool_url, hub.clone())),
            hub,
            pool,
            stratum_addr,
            scanner,
            catalog: Arc::new(Catalog::builtin()),
            market: Arc::new(MarketCache::default()),
            shutdown: tokio::sync::watch::channel(false).0,
            started: Instant::now(),
            metrics: Arc::new(metrics::ServerMetrics::default()),
        };
        Ok(Self { state })
    }

    /// The shared state (for tests and the CLI).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The router over this server's state.
    pub fn router(&self) -> axum::Router {
        router(self.state.clone())
    }

    /// Starts the pool listener, the event forwarder and the ticker; returns the pool's
    /// address. Call once, inside a tokio runtime, before serving.
    pub async fn start_background(&self) -> Result<Option<SocketAddr>, ServerError> {
        self.start_background_on(None).await
    }

    /// [`Server::start_background`] with the Stratum listener already bound (the binary binds
    /// every port before it creates anything, so a taken port changes nothing on disk).
    pub async fn start_background_on(
        &self,
        stratum: Option<std::net::TcpListener>,
    ) -> Result<Option<SocketAddr>, ServerError> {
        let st = &self.state;
        tokio::spawn(mining::forward_pool_events(st.pool.clone(), st.hub.clone()));
        // With PostgreSQL, alerts reach this server's subscribers from whichever server
        // stored them.
        let hub = st.hub.clone();
        st.db.listen_alerts(move |alert| {
            hub.publish(&StreamMessage::Alert { alert });
        });
        tokio::spawn(mining::ticker(
            st.pool.clone(),
            st.miner.clone(),
            st.db.clone(),
            st.hub.clone(),
            st.config.tick,
        ));
        // Keys made or revoked from the CLI take effect within two seconds.
        let keys = st.keys.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(2));
            loop {
                tick.tick().await;
                let k = keys.clone();
                match tokio::task::spawn_blocking(move || k.reload_blocking()).await {
                    Ok(Err(e)) => tracing::warn!("cannot reload API keys: {e}"),
                    Err(e) => tracing::warn!("cannot reload API keys: {e}"),
                    Ok(Ok(())) => {}
                }
            }
        });
        let listener = match stratum {
            Some(l) => {
                l.set_nonblocking(true)?;
                tokio::net::TcpListener::from_std(l)?
            }
            None => {
                let Some(addr) = st.config.stratum else {
                    return Ok(None);
                };
                tokio::net::TcpListener::bind(addr).await.map_err(|e| {
                    std::io::Error::new(e.kind(), format!("cannot listen for Stratum on {addr}"))
                })?
            }
        };
        let bound = listener.local_addr()?;
        let _ = st.stratum_addr.set(bound);
        st.miner.set_port(bound.port());
        let mut stop = st.shutdown.subscribe();
        tokio::spawn(minewatch_stratum::pool::serve(
            listener,
            st.pool.clone(),
            async move {
                let _ = stop.wait_for(|s| *s).await;
            },
        ));
        Ok(Some(bound))
    }

    /// Serves HTTP on `listener` until `shutdown` resolves, then lets requests in flight
    /// finish and closes stream subscribers.
    pub async fn serve(
        &self,
        listener: tokio::net::TcpListener,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServerError> {
        let app = self
            .router()
            .into_make_service_with_connect_info::<SocketAddr>();
        let stop = self.state.shutdown.clone();
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                shutdown.await;
                let _ = stop.send(true);
            })
            .await?;
        if let Some(r) = self.state.miner.stop().await.err() {
            tracing::debug!("miner at shutdown: {}", r.message);
        }
        Ok(())
    }

    /// Serves HTTPS with the PEM certificate chain and key given, until `shutdown`.
    pub async fn serve_tls(
        &self,
        listener: std::net::TcpListener,
        cert_pem: &std::path::Path,
        key_pem: &std::path::Path,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServerError> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let tls = axum_server::tls_rustls::RustlsConfig::from_pem_file(cert_pem, key_pem)
            .await
            .map_err(|e| {
                ServerError::Tls(format!(
                    "cannot load {} / {}: {e}",
                    cert_pem.display(),
                    key_pem.display()
                ))
            })?;
        let handle = axum_server::Handle::new();
        let h = handle.clone();
        let stop = self.state.shutdown.clone();
        tokio::spawn(async move {
            shutdown.await;
            let _ = stop.send(true);
            h.graceful_shutdown(Some(Duration::from_secs(10)));
        });
        listener.set_nonblocking(true)?;
        let app = self
            .router()
            .into_make_service_with_connect_info::<SocketAddr>();
        axum_server::from_tcp_rustls(listener, tls)?
            .handle(handle)
            .serve(app)
            .await?;
        let _ = self.state.miner.stop().await;
        Ok(())
    }
}

/// The whole router: `/v1`, `/docs`, the dashboard.
pub fn router(state: AppState) -> axum::Router {
    routes::build(state)
}

/// Answers 408 in the API's error shape when a request takes longer than configured.
pub(crate) async fn time_limit(State(st): State<AppState>, req: Request, next: Next) -> Response {
    match tokio::time::timeout(st.config.request_timeout, next.run(req)).await {
        Ok(r) => r,
        Err(_) => ApiError {
            status: StatusCode::REQUEST_TIMEOUT,
            code: "timeout",
            message: format!(
                "the request took longer than {} s",
                st.config.request_timeout.as_secs_f64()
            ),
        }
        .into_response(),
    }
}

/// Holds a request's share of [`Config::bodies_in_flight`] from before its body is read until
/// its answer is made. A request that would go over waits (within the request timeout) with
/// its body still in the socket, so many large uploads at once take turns instead of all
/// being held in memory together. The share is the announced length, or the body limit when
/// none is announced.
pub(crate) async fn body_budget(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let headers = req.headers();
    let announced = headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let has_body = match announced {
        Some(n) => n > 0,
        None => headers.contains_key(axum::http::header::TRANSFER_ENCODING),
    };
    if !has_body {
        return next.run(req).await;
    }
    let limit = st.config.body_limit as u64;
    let kib = announced.unwrap_or(limit).min(limit).div_ceil(1024).max(1);
    // At most the body limit, which the semaphore always holds: the wait ends.
    let kib = u32::try_from(kib).unwrap_or(u32::MAX);
    let Ok(_share) = st.bodies.clone().acquire_many_owned(kib).await else {
        return ApiError::unavailable("the server is shutting down").into_response();
    };
    next.run(req).await
}

/// 429 in the API's error shape, with the limit's headers.
fn rate_limited(d: &limit::Decision, message: String) -> Response {
    let mut r = ApiError {
        status: StatusCode::TOO_MANY_REQUESTS,
        code: "rate_limited",
        message,
    }
    .into_response();
    d.write_headers(r.headers_mut());
    r
}

/// Per-IP limit on every request.
pub(crate) async fn limit_ip(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let ip = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or_else(|| "local".to_owned(), |c| c.0.ip().to_string());
    let d = st.ip_limits.check(&ip);
    if !d.allowed {
        return rate_limited(
            &d,
            format!(
                "too many requests from {ip}: retry in {} s",
                d.retry_after_s
            ),
        );
    }
    let mut resp = next.run(req).await;
    if !resp.headers().contains_key("ratelimit-limit") {
        d.write_headers(resp.headers_mut());
    }
    resp
}

/// Authenticates the key and applies its limit; handlers check the scope.
pub(crate) async fn authenticate(
    State(st): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let token = auth::token_of(req.headers())
        .map(str::to_owned)
        .or_else(|| {
            // Browsers cannot set headers on a WebSocket: the stream takes `?key=`.
            (req.uri().path() == "/v1/stream")
                .then(|| req.uri().query())
                .flatten()
                .and_then(|q| {
                    q.split('&')
                        .find_map(|kv| kv.strip_prefix("key="))
                        .map(str::to_owned)
                })
        });
    let Some(token) = token else {
        return ApiError::unauthorized(
            "an API key is required: send `Authorization: Bearer <key>` (see `minewatch keys create`)",
        )
        .into_response();
    };
    let caller = match st.keys.verify(&token) {
        Ok(c) => c,
        Err(e) => return e.into_response(),
    };
    let d = st.key_limits.check(&caller.key_id);
    if !d.allowed {
        return rate_limited(
            &d,
            format!(
                "rate limit of key {} reached: retry in {} s",
                caller.key_id, d.retry_after_s
            ),
        );
    }
    req.extensions_mut().insert(caller);
    let mut resp = next.run(req).await;
    d.write_headers(resp.headers_mut());
    resp
}

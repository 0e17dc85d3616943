//! The server's Prometheus metrics at `GET /v1/metrics` (a key with the read scope, as every
//! route but health): request latency by method, route and status; alerts by source and
//! severity; stream subscribers; and the embedded pool's own metrics after them
//! (`minewatch_pool_*`, as `minewatch pool --metrics` serves them).

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::AppState;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    /// The route's pattern (`/v1/scans/{id}`), never the raw path, so series stay bounded.
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct AlertLabels {
    source: String,
    severity: String,
}

/// What the server counts as it runs.
#[derive(Debug)]
pub struct ServerMetrics {
    requests: Family<RequestLabels, Histogram>,
    alerts: Family<AlertLabels, Counter>,
}

impl Default for ServerMetrics {
    fn default() -> Self {
        Self {
            // 1 ms to ~16 s.
            requests: Family::new_with_constructor(|| {
                Histogram::new(exponential_buckets(0.001, 2.0, 15))
            }),
            alerts: Family::default(),
        }
    }
}

impl ServerMetrics {
    /// An alert was created.
    pub fn alert(&self, source: &str, severity: &str) {
        self.alerts
            .get_or_create(&AlertLabels {
                source: source.to_owned(),
                severity: severity.to_owned(),
            })
            .inc();
    }
}

/// Times every request under its route's pattern.
pub(crate) async fn time_requests(
    State(st): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    let method = req.method().as_str().to_owned();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let res = next.run(req).await;
    st.metrics
        .requests
        .get_or_create(&RequestLabels {
            method,
            route,
            status: res.status().as_u16(),
        })
        .observe(started.elapsed().as_secs_f64());
    res
}

/// `GET /v1/metrics`.
pub(crate) async fn metrics(State(st): State<AppState>) -> Response {
    let mut r = Registry::with_prefix("minewatch_server");
    r.register(
        "request_seconds",
        "Time to answer a request, by method, route and status",
        st.metrics.requests.clone(),
    );
    r.register(
        "alerts",
        "Alerts created, by source and severity",
        st.metrics.alerts.clone(),
    );
    let subscribers: Gauge = Gauge::default();
    subscribers.set(st.hub.subscribers() as i64);
    r.register(
        "stream_subscribers",
        "Live /v1/stream subscribers",
        subscribers,
    );
    let mut out = String::new();
    let _ = prometheus_client::encoding::text::encode(&mut out, &r);
    // One exposition: the pool's families follow the server's, before the one `# EOF`.
    let pool = Arc::clone(&st.pool);
    let pool_text = tokio::task::spawn_blocking(move || minewatch_stratum::metrics::render(&pool))
        .await
        .unwrap_or_default();
    if let Some(body) = out.strip_suffix("# EOF\n") {
        out = format!("{body}{pool_text}");
    }
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        out,
    )
        .into_response()
}

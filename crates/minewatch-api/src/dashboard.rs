//! The dashboard: one page and its assets, compiled into the binary (no CDN; works offline).

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

const INDEX: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/app.js");
const APP_CSS: &str = include_str!("../assets/app.css");
const ICON: &str = include_str!("../assets/icon.svg");

/// `/`, `/assets/app.js`, `/assets/app.css`, the icon.
pub fn routes() -> axum::Router {
    axum::Router::new()
        .route(
            "/",
            get(|| async { page(INDEX, "text/html; charset=utf-8") }),
        )
        .route(
            "/assets/app.js",
            get(|| async { page(APP_JS, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/favicon.ico",
            get(|| async { page(ICON, "image/svg+xml") }),
        )
        .route(
            "/assets/icon.svg",
            get(|| async { page(ICON, "image/svg+xml") }),
        )
        .route(
            "/assets/app.css",
            get(|| async { page(APP_CSS, "text/css; charset=utf-8") }),
        )
}

fn page(body: &'static str, content_type: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self' ws: wss:",
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
}

#[cfg(test)]
mod tests {
    use super::INDEX;

    /// The `value` of the input with this id in the page.
    fn input_value(id: &str) -> f64 {
        let at = INDEX
            .find(&format!("id=\"{id}\""))
            .unwrap_or_else(|| panic!("no input {id}"));
        let rest = &INDEX[at..];
        let tag = &rest[..rest.find('>').expect("tag ends")];
        let v = tag.split("value=\"").nth(1).expect("has a value");
        v[..v.find('"').expect("value ends")]
            .parse()
            .expect("a number")
    }

    #[test]
    fn the_profit_form_starts_from_the_calculators_defaults() {
        // The CLI and the API take their defaults from calc::Request; the form must show the
        // same, or the two price the same rig differently.
        let d = minewatch_profit::calc::Request::default();
        assert_eq!(input_value("pf-pool-fee") / 100.0, d.pool_fee);
        let growth = d.difficulty_growth.as_deref().map_or(0.0, |g| {
            minewatch_profit::calc::parse_rate("difficulty_growth", g).expect("valid")
        });
        assert_eq!(input_value("pf-growth") / 100.0, growth);
        assert_eq!(input_value("pf-units"), f64::from(d.units));
    }
}

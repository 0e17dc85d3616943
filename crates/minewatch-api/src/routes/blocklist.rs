//! Blocklist checks of URLs.

#[allow(clippy::wildcard_imports)] // The handlers share the router's imports and helpers.
use super::*;

/// A URL to check against the miner blocklists.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BlocklistQuery {
    /// The URL requested.
    pub url: String,
    /// What it loads: script (default), websocket, xhr, subdocument, document or other.
    pub kind: Option<String>,
    /// The page that loads it (for first/third-party rules); absent counts as third-party.
    pub page: Option<String>,
}

/// A blocklist rule that matched.
#[derive(Debug, Serialize, ToSchema)]
pub struct RuleHit {
    /// The list.
    pub list: String,
    /// The rule as written.
    pub rule: String,
    /// Its line in the list.
    pub line: usize,
}

/// What the blocklists say of a URL.
#[derive(Debug, Serialize, ToSchema)]
pub struct BlocklistAnswer {
    /// `blocked`, `excepted` or `pass`.
    pub verdict: String,
    /// The blocking rule, if one matched.
    pub blocked_by: Option<RuleHit>,
    /// The exception that wins over it, if any.
    pub excepted_by: Option<RuleHit>,
}

pub(super) fn blocklists() -> &'static minewatch_detect::web::blocklist::Blocklist {
    static LISTS: std::sync::OnceLock<minewatch_detect::web::blocklist::Blocklist> =
        std::sync::OnceLock::new();
    LISTS.get_or_init(minewatch_detect::web::blocklist::Blocklist::builtin)
}

/// Checks a URL against the built-in miner blocklists (NoCoin, MinerBlock, MineSweeper's
/// pool endpoints), as `minewatch blocklist check` does.
#[utoipa::path(get, path = "/v1/blocklist/check", tag = "police", params(BlocklistQuery),
    responses(
        (status = 200, description = "The verdict and the rules behind it", body = BlocklistAnswer),
        (status = 400, description = "Bad kind or URL", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn blocklist_check(
    _k: ReadKey,
    ApiQuery(q): ApiQuery<BlocklistQuery>,
) -> ApiResult<Json<BlocklistAnswer>> {
    use minewatch_detect::web::blocklist::{Hit, Kind, Request as ListRequest, Verdict as L};
    let kind = match q.kind.as_deref().unwrap_or("script") {
        "script" => Kind::Script,
        "websocket" => Kind::Websocket,
        "xhr" => Kind::Xhr,
        "subdocument" => Kind::Subdocument,
        "document" => Kind::Document,
        "other" => Kind::Other,
        k => {
            return Err(ApiError::bad_request(format!(
                "invalid kind {k:?}: expected script, websocket, xhr, subdocument, document or other"
            )));
        }
    };
    minewatch_detect::web::blocklist::check_request_url(&q.url).map_err(ApiError::bad_request)?;
    let hit = |h: Hit| RuleHit {
        list: h.list,
        rule: h.rule,
        line: h.line,
    };
    let v = blocklists().check(&ListRequest {
        url: &q.url,
        kind,
        source: q.page.as_deref(),
    });
    Ok(Json(match v {
        L::Blocked(b) => BlocklistAnswer {
            verdict: "blocked".into(),
            blocked_by: Some(hit(b)),
            excepted_by: None,
        },
        L::Excepted {
            blocked_by,
            excepted_by,
        } => BlocklistAnswer {
            verdict: "excepted".into(),
            blocked_by: Some(hit(blocked_by)),
            excepted_by: Some(hit(excepted_by)),
        },
        _ => BlocklistAnswer {
            verdict: "pass".into(),
            blocked_by: None,
            excepted_by: None,
        },
    }))
}

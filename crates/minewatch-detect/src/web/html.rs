//! HTML: inline scripts (analysed as JavaScript), script and iframe URLs (checked against the
//! blocklists, and returned so a URL scan can fetch them), and miners configured in markup: an
//! element whose `data-` attributes hold a wallet address or a site key with a pool or knobs,
//! set to start on its own (CoinHive's `<div class="coinhive-miner" data-key=...
//! data-autostart="true">` and its clones: the library reads the element and mines).

use std::cell::RefCell;

use lol_html::{HtmlRewriter, Settings, element, text};

use super::blocklist::{Blocklist, Kind, Request, Verdict as ListVerdict};
use crate::finding::Finding;

/// What a page references.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageRefs {
    /// `<script src>` values.
    pub scripts: Vec<String>,
    /// `<iframe src>` values.
    pub iframes: Vec<String>,
    /// Inline script bodies.
    pub inline: Vec<String>,
    /// Elements whose `data-` attributes hold a credential (a wallet address or a site key):
    /// each element's description and its `data-` attributes (names without the prefix).
    pub configs: Vec<DataConfig>,
}

/// An element that carries a miner's credential in its `data-` attributes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct DataConfig {
    /// The element as written (`<div class="coinhive-miner">`).
    pub element: String,
    /// Its `data-` attributes, names without `data-`, in order (at most [`MAX_DATA_ATTRIBUTES`]).
    pub attributes: Vec<(String, String)>,
}

/// Elements with a credential kept per page.
pub const MAX_DATA_CONFIGS: usize = 64;
/// `data-` attributes kept per element.
pub const MAX_DATA_ATTRIBUTES: usize = 32;
/// Longest attribute value kept (longer ones are not credentials, pools or knobs).
const MAX_DATA_VALUE: usize = 256;

/// Extracts scripts and frames from `html`. Malformed HTML is parsed as browsers would.
pub fn refs(html: &[u8]) -> Result<PageRefs, String> {
    let scripts = RefCell::new(Vec::new());
    let iframes = RefCell::new(Vec::new());
    let inline = RefCell::new(Vec::new());
    let current = RefCell::new(String::new());
    let configs = RefCell::new(Vec::new());
    {
        let mut rw = HtmlRewriter::new(
            Settings::new()
                .append_element_content_handler(element!("script[src]", |el| {
                    if let Some(s) = el.get_attribute("src") {
                        scripts.borrow_mut().push(s);
                    }
                    Ok(())
                }))
                .append_element_content_handler(element!("iframe[src]", |el| {
                    if let Some(s) = el.get_attribute("src") {
                        iframes.borrow_mut().push(s);
                    }
                    Ok(())
                }))
                .append_element_content_handler(element!("*", |el| {
                    let mut found = configs.borrow_mut();
                    if found.len() >= MAX_DATA_CONFIGS {
                        return Ok(());
                    }
                    let attributes: Vec<(String, String)> = el
                        .attributes()
                        .iter()
                        .filter_map(|a| {
                            let name = a.name();
                            let key = name.strip_prefix("data-")?;
                            let value = a.value();
                            (value.len() <= MAX_DATA_VALUE).then(|| (key.to_owned(), value))
                        })
                        .take(MAX_DATA_ATTRIBUTES)
                        .collect();
                    if attributes
                        .iter()
                        .any(|(_, v)| super::config::credential(v).is_some())
                    {
                        let mut element = format!("<{}", el.tag_name());
                        for a in ["id", "class"] {
                            if let Some(v) = el.get_attribute(a) {
                                let v: String = v.chars().take(40).collect();
                                element.push_str(&format!(" {a}=\"{v}\""));
                            }
                        }
                        element.push('>');
                        found.push(DataConfig {
                            element,
                            attributes,
                        });
                    }
                    Ok(())
                }))
                .append_element_content_handler(text!("script", |t| {
                    let mut cur = current.borrow_mut();
                    if cur.len() < 64 << 20 {
                        cur.push_str(t.as_str());
                    }
                    if t.last_in_text_node() {
                        let body = std::mem::take(&mut *cur);
                        if !body.trim().is_empty() {
                            inline.borrow_mut().push(body);
                        }
                    }
                    Ok(())
                })),
            |_: &[u8]| {},
        );
        rw.write(html).map_err(|e| e.to_string())?;
        rw.end().map_err(|e| e.to_string())?;
    }
    Ok(PageRefs {
        scripts: scripts.into_inner(),
        iframes: iframes.into_inner(),
        inline: inline.into_inner(),
        configs: configs.into_inner(),
    })
}

/// A `data-` attribute's name without its separators (`auto-start`, `max_threads`), as a
/// script's option would be spelt.
fn bare_name(key: &str) -> String {
    key.chars().filter(|c| *c != '-' && *c != '_').collect()
}

/// Whether an attribute starts the miner on its own: `data-autostart` (or `auto-start`,
/// `start`) present and not false.
fn starts_itself(key: &str, value: &str) -> bool {
    let key = bare_name(key);
    ["autostart", "start", "autorun"]
        .iter()
        .any(|k| key.eq_ignore_ascii_case(k))
        && !["false", "0", "no", "off"]
            .iter()
            .any(|f| value.trim().eq_ignore_ascii_case(f))
}

/// The findings of miners configured in markup: a credential with a pool or knobs in one
/// element's `data-` attributes, started by the element itself (an autostart attribute), read
/// as a script's configuration is (see [`super::config`]).
fn markup_configs(refs: &PageRefs, name: &str) -> Vec<Finding> {
    let mut configs = Vec::new();
    let mut starts = super::config::Starts::default();
    for (i, c) in refs.configs.iter().enumerate() {
        // A pool only as a URL, `host:port` or under a pool's name: a bare host name beside a
        // wallet (a script's option) is, in markup, as likely the site a widget names.
        let strings: Vec<(Option<String>, String)> = c
            .attributes
            .iter()
            .filter(|(k, v)| {
                super::config::pool_address(v, Some(k), false)
                    || !super::config::pool_address(v, Some(k), true)
            })
            .map(|(k, v)| (Some(k.clone()), v.clone()))
            .collect();
        let knobs = c
            .attributes
            .iter()
            .filter_map(|(k, _)| super::config::knob(&bare_name(k)))
            .collect();
        let Some(mut config) =
            super::config::config_of(&strings, &super::config::Slots::default(), knobs, i as u32)
        else {
            continue;
        };
        config.callee = format!("the element {}", c.element);
        if c.attributes.iter().any(|(k, v)| starts_itself(k, v)) {
            starts.calls.insert(i as u32);
        }
        configs.push(config);
    }
    super::config::signals(
        &configs,
        &starts,
        false,
        &|_| name.to_owned(),
        super::config::Written::Markup,
    )
}

/// Resolves `src` against the page URL `base` (when known).
pub fn resolve(base: Option<&str>, src: &str) -> String {
    base.and_then(|b| url::Url::parse(b).ok())
        .and_then(|b| b.join(src).ok())
        .map_or_else(
            || {
                if src.starts_with("//") {
                    format!("https:{src}")
                } else {
                    src.to_owned()
                }
            },
            |u| u.to_string(),
        )
}

/// Signals from a page's references; inline scripts are analysed by the caller.
pub(crate) fn analyse_refs(
    refs: &PageRefs,
    name: &str,
    base: Option<&str>,
    blocklist: &Blocklist,
) -> Vec<Finding> {
    let mut signals = markup_configs(refs, name);
    for (src, kind, what) in refs
        .scripts
        .iter()
        .map(|s| (s, Kind::Script, "script"))
        .chain(
            refs.iframes
                .iter()
                .map(|s| (s, Kind::Subdocument, "iframe")),
        )
    {
        let url = resolve(base, src);
        if let ListVerdict::Blocked(hit) = blocklist.check(&Request {
            url: &url,
            kind,
            source: base,
        }) {
            signals.push(Finding::new(
                "html.blocklisted-src",
                format!(
                    "{what} {url} matches {} line {}: {}",
                    hit.list, hit.line, hit.rule
                ),
                name.to_owned(),
            ));
        }
    }
    signals
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    const KEY: &str = "Zp8QmW3vK2xR7tB9nL4cY6hJ1sD5fG0a";

    fn findings(page: &str) -> Vec<Finding> {
        markup_configs(&refs(page.as_bytes()).unwrap(), "p.html")
    }

    #[test]
    fn a_miner_configured_in_markup_is_found_only_when_it_starts_itself() {
        let div = |start: &str, knobs: &str| {
            format!(r#"<div class="m" data-key="{KEY}" {start} {knobs}></div>"#)
        };
        let f = findings(&div(
            r#"data-autostart="true""#,
            r#"data-threads="4" data-throttle="0.3""#,
        ));
        let ids: Vec<&str> = f.iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            ["html.miner-config-start", "html.miner-cpu-throttle"],
            "{f:#?}"
        );
        assert!(
            f[0].evidence.contains(r#"the element <div class="m">"#),
            "{f:#?}"
        );
        assert!(
            f[0].evidence.contains("an autostart attribute starts it"),
            "{f:#?}"
        );
        assert_eq!(f[0].location, "p.html");
        // Present and empty, or spelt with a hyphen, starts it too; false does not.
        assert_eq!(
            findings(&div("data-auto-start", r#"data-max-threads="2""#)).len(),
            1
        );
        assert!(findings(&div(r#"data-autostart="false""#, r#"data-threads="4""#)).is_empty());
        // No knobs and no pool (a player's licence key with autostart): nothing.
        assert!(findings(&div(r#"data-autostart="1""#, r#"data-volume="0.4""#)).is_empty());
        // A wallet with its pool: the pool's login too.
        let w = "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A";
        let f = findings(&format!(
            r#"<script src="a.js" data-wallet="{w}" data-pool="wss://p.example.org:8181" data-start></script>"#
        ));
        let ids: Vec<&str> = f.iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            ["html.miner-config-start", "html.pool-login-config"],
            "{f:#?}"
        );
        // Only an autostart attribute starts it: not an id that reads like a start call.
        assert!(
            findings(&format!(
                r#"<div id="w.startMining" data-key="{KEY}" data-threads="4"></div>"#
            ))
            .is_empty()
        );
        // A bare host name beside a wallet is not taken for its pool in markup (a widget's
        // site); under a pool's name it is.
        let site =
            format!(r#"<div data-wallet="{w}" data-site="example.org" data-autostart></div>"#);
        assert!(findings(&site).is_empty());
        let pool =
            format!(r#"<div data-wallet="{w}" data-pool="pool.example.org" data-autostart></div>"#);
        assert_eq!(findings(&pool).len(), 2);
        // The same settings without a start (a pool's statistics widget): nothing.
        assert!(findings(&format!(
            r#"<section data-wallet="{w}" data-pool="pool.example.org" data-auto-refresh="30"></section>"#
        ))
        .is_empty());
    }

    #[test]
    fn markup_configs_are_bounded() {
        let mut page = String::new();
        for i in 0..1000 {
            page.push_str(&format!(
                r#"<p data-k="{KEY}" data-i="{i}" data-long="{}">"#,
                "x".repeat(300)
            ));
        }
        let extra: String = (0..100).map(|i| format!(r#" data-a{i}="1""#)).collect();
        page.push_str(&format!(r#"<div data-key="{KEY}"{extra}></div>"#));
        let r = refs(page.as_bytes()).unwrap();
        assert_eq!(r.configs.len(), MAX_DATA_CONFIGS);
        // Values too long to be a credential, a pool or a knob are not kept.
        assert!(
            r.configs.iter().all(|c| c.attributes.len() == 2),
            "{:?}",
            r.configs[0]
        );
        let one = format!(r#"<div data-key="{KEY}"{extra}></div>"#);
        let r = refs(one.as_bytes()).unwrap();
        assert_eq!(r.configs[0].attributes.len(), MAX_DATA_ATTRIBUTES);
        // Elements without a credential are not kept at all.
        assert!(
            refs(br#"<div data-threads="4" data-autostart></div>"#)
                .unwrap()
                .configs
                .is_empty()
        );
    }
}

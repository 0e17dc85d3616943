//! HTML: inline scripts (analysed as JavaScript), script and iframe URLs (checked against the
//! blocklists, and returned so a URL scan can fetch them).

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
}

/// Extracts scripts and frames from `html`. Malformed HTML is parsed as browsers would.
pub fn refs(html: &[u8]) -> Result<PageRefs, String> {
    let scripts = RefCell::new(Vec::new());
    let iframes = RefCell::new(Vec::new());
    let inline = RefCell::new(Vec::new());
    let current = RefCell::new(String::new());
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
    })
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
    let mut signals = Vec::new();
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

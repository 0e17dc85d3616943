//! Blocklists in the formats people already use: Adblock Plus filter syntax (as NoCoin writes
//! it), hosts files, and MinerBlock's Chrome match patterns; plus an allowlist.
//!
//! Every rule keeps the line it came from, and re-serialises from its parsed parts to exactly
//! that line, so lists round-trip and a hit can quote the rule that matched.

use std::fmt;

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use serde::Serialize;
use thiserror::Error;

/// A list format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Format {
    /// Adblock Plus filter syntax (NoCoin, EasyList).
    Abp,
    /// `0.0.0.0 domain` lines, or one domain per line.
    Hosts,
    /// Chrome match patterns, one per line (MinerBlock).
    MatchPatterns,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "abp" | "adblock" => Ok(Self::Abp),
            "hosts" => Ok(Self::Hosts),
            "match-patterns" | "minerblock" => Ok(Self::MatchPatterns),
            _ => Err(format!(
                "unknown list format {s:?}: expected abp, hosts or match-patterns"
            )),
        }
    }
}

/// What kind of resource a request loads (the ABP type options).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Kind {
    /// A script.
    Script,
    /// A websocket connection.
    Websocket,
    /// An XMLHttpRequest or fetch.
    Xhr,
    /// A frame.
    Subdocument,
    /// A top-level page.
    Document,
    /// Anything else.
    Other,
}

impl Kind {
    fn from_option(name: &str) -> Option<Self> {
        Some(match name {
            "script" => Self::Script,
            "websocket" => Self::Websocket,
            "xmlhttprequest" | "xhr" => Self::Xhr,
            "subdocument" | "frame" => Self::Subdocument,
            "document" | "doc" => Self::Document,
            "other" | "image" | "stylesheet" | "media" | "object" | "font" | "ping" | "popup" => {
                Self::Other
            }
            _ => return None,
        })
    }
}

/// A request to check.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The URL requested.
    pub url: &'a str,
    /// What it loads.
    pub kind: Kind,
    /// The page (URL or host) that makes it; `None` when unknown, which counts as third-party.
    pub source: Option<&'a str>,
}

/// One option of an ABP rule, as written and as understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleOption {
    /// The option as written.
    pub text: String,
    /// What it means.
    pub meaning: OptionMeaning,
}

/// What an ABP option means for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum OptionMeaning {
    /// `third-party` (true) or `~third-party` (false).
    ThirdParty(bool),
    /// A resource type, or its negation.
    Kind(Kind, bool),
    /// `domain=a.com|~b.com`: (domain, included).
    Domains(Vec<(String, bool)>),
    /// `match-case`.
    MatchCase,
    /// Options that do not change whether a request matches (csp, important, ...).
    NoEffect,
}

/// An ABP network rule.
#[derive(Debug, Clone)]
pub struct NetworkRule {
    /// `@@`: an exception.
    pub exception: bool,
    /// The pattern (between `@@` and `$`).
    pub pattern: String,
    /// The options after `$`, in order.
    pub options: Vec<RuleOption>,
    /// Whether the rule has a `$` (even with nothing after it).
    pub has_options: bool,
}

impl NetworkRule {
    /// The rule written back from its parts.
    pub fn canonical(&self) -> String {
        let mut s = String::new();
        if self.exception {
            s.push_str("@@");
        }
        s.push_str(&self.pattern);
        if self.has_options {
            s.push('$');
            let opts: Vec<&str> = self.options.iter().map(|o| o.text.as_str()).collect();
            s.push_str(&opts.join(","));
        }
        s
    }

    /// The domain of a `||domain^` rule with no path, if it is one.
    pub fn plain_domain(&self) -> Option<&str> {
        let d = self.pattern.strip_prefix("||")?.strip_suffix('^')?;
        (!d.is_empty()
            && d.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .then_some(d)
    }
}

/// One line of a list.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Rule {
    /// A comment, header or blank line (kept for round trips).
    Comment(String),
    /// An element-hiding rule (kept, never matched: minewatch checks requests).
    Cosmetic(String),
    /// An ABP network rule.
    Network(NetworkRule),
    /// A hosts entry: the domain (and its subdomains) is blocked.
    Host {
        /// The domain.
        domain: String,
        /// The line as written.
        line: String,
    },
    /// A Chrome match pattern.
    MatchPattern(String),
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Comment(s) | Self::Cosmetic(s) | Self::MatchPattern(s) => f.write_str(s),
            Self::Network(r) => f.write_str(&r.canonical()),
            Self::Host { line, .. } => f.write_str(line),
        }
    }
}

/// A list line that does not parse.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{list}:{line}: {message}: {text:?}")]
#[non_exhaustive]
pub struct ListError {
    /// The list's name.
    pub list: String,
    /// 1-based line number.
    pub line: usize,
    /// The line.
    pub text: String,
    /// What is wrong.
    pub message: String,
}

/// A rule that matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hit {
    /// The list it is in.
    pub list: String,
    /// The rule as written.
    pub rule: String,
    /// 1-based line in the list.
    pub line: usize,
}

/// What a check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum Verdict {
    /// Nothing matched.
    Pass,
    /// A blocking rule matched and no exception did.
    Blocked(Hit),
    /// A blocking rule matched, but an exception or the allowlist too.
    Excepted {
        /// The blocking rule.
        blocked_by: Hit,
        /// The exception.
        excepted_by: Hit,
    },
}

#[derive(Debug, Clone)]
struct Compiled {
    index: usize,
    exception: bool,
    /// `$csp=` rules add a Content-Security-Policy to pages; they block no request.
    csp: bool,
    third_party: Option<bool>,
    kinds: Vec<(Kind, bool)>,
    domains: Vec<(String, bool)>,
}

/// A parsed list, compiled for matching.
#[derive(Debug, Clone)]
pub struct List {
    /// Its name (a file name, say).
    pub name: String,
    /// Its format.
    pub format: Format,
    /// Every line.
    pub rules: Vec<Rule>,
    /// The patterns with no literal to look for first (see [`Literals`]), matched together.
    set: RegexSet,
    /// Index in `compiled` of each of `set`'s patterns.
    always: Vec<usize>,
    /// Rules with an empty pattern (options alone say what they block): they match every URL.
    everywhere: Vec<usize>,
    /// The patterns with a literal: looked for first, then each candidate's own regex.
    literals: Literals,
    compiled: Vec<Compiled>,
    /// Hosts entries: the domain and the index of its first rule.
    hosts: std::collections::HashMap<String, usize>,
    /// Regex rules with look-around, matched one by one: (index in `compiled`, regex).
    fancy: Vec<(usize, fancy_regex::Regex)>,
}

/// Most rules name a piece of text every URL they match holds (a domain, a file name): those
/// are looked for first, all at once, and only the rules whose piece a URL holds run their
/// regex on it (compiled the first time they do). Matching every URL against all the rules'
/// regexes together cost 5 us a check (a scan checks every file's name and every URL in it).
#[derive(Debug, Clone, Default)]
struct Literals {
    /// The pieces, any ASCII case (`None` when no rule has one).
    finder: Option<aho_corasick::AhoCorasick>,
    /// Per piece: its rule's index in `compiled` and regex.
    rules: Vec<(usize, String)>,
    /// Per piece: the regex, once compiled (`None`: it does not compile alone).
    regexes: Vec<std::sync::OnceLock<Option<Regex>>>,
}

impl Literals {
    fn new(pieces: Vec<(String, usize, String)>) -> Self {
        let finder = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(pieces.iter().map(|p| &p.0))
            .ok()
            .filter(|_| !pieces.is_empty());
        Literals {
            regexes: pieces.iter().map(|_| std::sync::OnceLock::new()).collect(),
            rules: pieces.into_iter().map(|(_, i, re)| (i, re)).collect(),
            finder,
        }
    }

    /// The rules (indices in `compiled`) whose piece `url` holds and whose regex matches it.
    fn matching<'a>(&'a self, url: &'a str) -> impl Iterator<Item = usize> + 'a {
        // Case-insensitive regexes fold Unicode: the Kelvin sign matches `k` and the long s
        // matches `s`, the only characters outside ASCII whose simple case folding reaches it.
        // The pieces are ASCII, so the finder looks at a copy with those two folded (the rule's
        // own regex still judges the URL as it is).
        let folded =
            (!url.is_ascii()).then(|| url.replace('\u{212A}', "k").replace('\u{17F}', "s"));
        let candidates: Vec<usize> = match &self.finder {
            Some(f) => {
                let mut c: Vec<usize> = f
                    .find_overlapping_iter(folded.as_deref().unwrap_or(url))
                    .map(|m| m.pattern().as_usize())
                    .collect();
                c.sort_unstable();
                c.dedup();
                c
            }
            None => Vec::new(),
        };
        candidates.into_iter().filter_map(move |k| {
            let (i, re) = self.rules.get(k)?;
            let compiled = self
                .regexes
                .get(k)?
                .get_or_init(|| RegexBuilder::new(re).size_limit(1 << 20).build().ok());
            compiled.as_ref()?.is_match(url).then_some(*i)
        })
    }
}

/// The longest run of literal text in an ABP pattern (between its wildcards `*` and
/// separators `^`, its anchors taken off): every URL the pattern matches holds it. `None` for
/// pieces shorter than 3 bytes or not ASCII (compared without case).
fn abp_literal(pattern: &str) -> Option<String> {
    let p = pattern
        .strip_prefix("||")
        .or_else(|| pattern.strip_prefix('|'))
        .unwrap_or(pattern);
    let p = p.strip_suffix('|').unwrap_or(p);
    longest_piece(p.split(['*', '^']))
}

/// The same for a Chrome match pattern: its host without a leading `*.`, or a piece of its
/// path between wildcards.
fn match_pattern_literal(p: &str) -> Option<String> {
    let (_, rest) = p.split_once("://")?;
    let i = rest.find('/')?;
    let (host, path) = rest.split_at(i);
    let host = host.strip_prefix("*.").unwrap_or(host);
    let host = (host != "*").then_some(host);
    longest_piece(host.into_iter().chain(path.split('*')))
}

fn longest_piece<'a>(pieces: impl Iterator<Item = &'a str>) -> Option<String> {
    pieces
        .filter(|s| s.len() >= 3 && s.is_ascii())
        .max_by_key(|s| s.len())
        .map(str::to_owned)
}

/// A pattern kept out of the regex set: its rule is matched another way.
const NEVER: &str = "[^\\s\\S]";

/// Escapes `s` for a regex, turning ABP's `*` into `.*` and `^` into a separator class.
fn abp_to_regex(pattern: &str) -> String {
    let mut p = pattern;
    let mut re = String::new();
    if let Some(rest) = p.strip_prefix("||") {
        re.push_str(r"^[a-z][a-z0-9+.-]*://(?:[^/?#]*\.)?");
        p = rest;
    } else if let Some(rest) = p.strip_prefix('|') {
        re.push('^');
        p = rest;
    }
    let (body, end) = match p.strip_suffix('|') {
        Some(b) => (b, true),
        None => (p, false),
    };
    for c in body.chars() {
        match c {
            '*' => re.push_str(".*"),
            '^' => re.push_str(r"(?:[^\w.%-]|$)"),
            c => re.push_str(&regex::escape(&c.to_string())),
        }
    }
    if end {
        re.push('$');
    }
    re
}

/// A Chrome match pattern (`<scheme>://<host><path>`) as a regex.
fn match_pattern_to_regex(p: &str) -> Option<String> {
    if p == "<all_urls>" {
        return Some("^[a-z]+://".into());
    }
    let (scheme, rest) = p.split_once("://")?;
    let (host, path) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => return None,
    };
    let scheme_re = if scheme == "*" {
        "(?:https?|wss?)".to_owned()
    } else {
        regex::escape(scheme)
    };
    let host_re = if host == "*" {
        "[^/]*".to_owned()
    } else if let Some(h) = host.strip_prefix("*.") {
        format!(r"(?:[^/]*\.)?{}(?::\d+)?", regex::escape(h))
    } else {
        format!(r"{}(?::\d+)?", regex::escape(host))
    };
    let path_re: String = path
        .split('*')
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join(".*");
    Some(format!("^{scheme_re}://{host_re}{path_re}$"))
}

fn parse_options(text: &str) -> Vec<RuleOption> {
    if text.is_empty() {
        return Vec::new();
    }
    text.split(',')
        .map(|o| {
            let (neg, name) = match o.strip_prefix('~') {
                Some(n) => (true, n),
                None => (false, o),
            };
            let meaning = if name == "third-party" || name == "3p" {
                OptionMeaning::ThirdParty(!neg)
            } else if name == "first-party" || name == "1p" {
                OptionMeaning::ThirdParty(neg)
            } else if name == "match-case" {
                OptionMeaning::MatchCase
            } else if let Some(k) = Kind::from_option(name) {
                OptionMeaning::Kind(k, !neg)
            } else if let Some(list) = o.strip_prefix("domain=") {
                OptionMeaning::Domains(
                    list.split('|')
                        .filter(|d| !d.is_empty())
                        .map(|d| match d.strip_prefix('~') {
                            Some(x) => (x.to_ascii_lowercase(), false),
                            None => (d.to_ascii_lowercase(), true),
                        })
                        .collect(),
                )
            } else {
                OptionMeaning::NoEffect
            };
            RuleOption {
                text: o.to_owned(),
                meaning,
            }
        })
        .collect()
}

/// Splits an ABP rule at its options `$` (the last `$` outside a regex pattern).
fn split_options(body: &str) -> (&str, Option<&str>) {
    if body.starts_with('/')
        && let Some(end) = body[1..].rfind('/')
    {
        let end = end + 1;
        let rest = &body[end + 1..];
        if rest.is_empty() {
            return (body, None);
        }
        if let Some(opts) = rest.strip_prefix('$') {
            return (&body[..=end], Some(opts));
        }
    }
    // `$csp=...` values never contain `$`; the last `$` starts the options.
    match body.rfind('$') {
        Some(i) if !body[i + 1..].contains('/') || body[i + 1..].contains('=') => {
            (&body[..i], Some(&body[i + 1..]))
        }
        _ => (body, None),
    }
}

/// Checks that `url` can be the URL of a request: absolute, with a scheme and a host
/// (`https://example.org/miner.js`, `wss://pool.example:443/`). Lists match hosts and paths, so
/// anything else would silently `pass`.
pub fn check_request_url(url: &str) -> Result<(), String> {
    match url::Url::parse(url) {
        Ok(u) if u.host_str().is_some_and(|h| !h.is_empty()) => Ok(()),
        Ok(_) => Err(format!(
            "invalid URL {url:?}: it has no host (expected e.g. https://example.org/miner.js)"
        )),
        Err(e) => Err(format!(
            "invalid URL {url:?}: {e} (expected e.g. https://example.org/miner.js)"
        )),
    }
}

fn host_of(url: &str) -> Option<String> {
    url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
        .or_else(|| {
            // A bare host ("example.com") as a source.
            (!url.contains('/') && url.contains('.')).then(|| url.to_ascii_lowercase())
        })
}

/// A request's host and its source's, read once for every list; whether it is third-party
/// only when a rule asks.
struct Hosts {
    host: Option<String>,
    source: Option<String>,
    third_party: std::cell::OnceCell<bool>,
}

impl Hosts {
    fn of(req: &Request<'_>) -> Self {
        Hosts {
            host: host_of(req.url),
            source: req.source.and_then(host_of),
            third_party: std::cell::OnceCell::new(),
        }
    }

    fn third_party(&self) -> bool {
        *self
            .third_party
            .get_or_init(|| match (&self.host, &self.source) {
                (Some(h), Some(s)) => registrable(h) != registrable(s),
                _ => true,
            })
    }
}

fn registrable(host: &str) -> String {
    psl::domain_str(host).unwrap_or(host).to_owned()
}

fn domain_matches(host: &str, domain: &str) -> bool {
    host == domain
        || host
            .strip_suffix(domain)
            .is_some_and(|rest| rest.ends_with('.'))
}

impl List {
    /// Parses `text` as `format`; `name` labels hits and errors.
    pub fn parse(name: &str, format: Format, text: &str) -> Result<Self, ListError> {
        let mut rules = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        // Per pattern: the literal its matches hold, if it has one.
        let mut pieces: Vec<Option<String>> = Vec::new();
        let mut everywhere = Vec::new();
        let mut compiled = Vec::new();
        let mut hosts = std::collections::HashMap::new();
        let mut fancy = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            let t = line.trim();
            let err = |message: String| ListError {
                list: name.to_owned(),
                line: i + 1,
                text: line.to_owned(),
                message,
            };
            let comment = t.is_empty()
                || (format == Format::Abp && (t.starts_with('!') || t.starts_with('[')))
                || (format != Format::Abp && t.starts_with('#'));
            if comment {
                rules.push(Rule::Comment(line.to_owned()));
                continue;
            }
            match format {
                Format::Abp => {
                    if t.contains("##") || t.contains("#@#") || t.contains("#?#") {
                        rules.push(Rule::Cosmetic(line.to_owned()));
                        continue;
                    }
                    let (exception, body) = match t.strip_prefix("@@") {
                        Some(b) => (true, b),
                        None => (false, t),
                    };
                    let (pattern, opts) = split_options(body);
                    let options = opts.map(parse_options).unwrap_or_default();
                    let match_case = options
                        .iter()
                        .any(|o| o.meaning == OptionMeaning::MatchCase);
                    let is_regex =
                        pattern.len() > 2 && pattern.starts_with('/') && pattern.ends_with('/');
                    let re = if is_regex {
                        pattern[1..pattern.len() - 1].to_owned()
                    } else {
                        abp_to_regex(pattern)
                    };
                    let mut piece = (!is_regex).then(|| abp_literal(pattern)).flatten();
                    let mut re = if match_case { re } else { format!("(?i:{re})") };
                    if !is_regex && pattern.trim_matches('*').is_empty() {
                        everywhere.push(compiled.len());
                        re = NEVER.to_owned(); // matched without a regex
                    }
                    if let Err(e) = RegexBuilder::new(&re).size_limit(1 << 20).build() {
                        // Look-around is legal in ABP regex rules: match those with a
                        // backtracking engine (its backtrack limit bounds the effort).
                        let f = fancy_regex::RegexBuilder::new(&re)
                            .backtrack_limit(100_000)
                            .build()
                            .map_err(|_| err(format!("invalid pattern: {e}")))?;
                        fancy.push((compiled.len(), f));
                        re = NEVER.to_owned(); // matched on its own
                        piece = None;
                    }
                    let mut third_party = None;
                    let mut kinds = Vec::new();
                    let mut domains = Vec::new();
                    for o in &options {
                        match &o.meaning {
                            OptionMeaning::ThirdParty(b) => third_party = Some(*b),
                            OptionMeaning::Kind(k, b) => kinds.push((*k, *b)),
                            OptionMeaning::Domains(d) => domains.extend(d.iter().cloned()),
                            _ => {}
                        }
                    }
                    compiled.push(Compiled {
                        index: rules.len(),
                        exception,
                        csp: options.iter().any(|o| o.text.starts_with("csp=")),
                        third_party,
                        kinds,
                        domains,
                    });
                    patterns.push(re);
                    pieces.push(piece);
                    let rule = NetworkRule {
                        exception,
                        pattern: pattern.to_owned(),
                        has_options: opts.is_some(),
                        options,
                    };
                    rules.push(Rule::Network(rule));
                }
                Format::Hosts => {
                    let mut parts = t.split_whitespace();
                    let first = parts.next().unwrap_or("");
                    let domain = match parts.next() {
                        Some(d) if first.parse::<std::net::IpAddr>().is_ok() => d,
                        Some(_) => return Err(err("expected `ADDRESS DOMAIN` or `DOMAIN`".into())),
                        None => first,
                    };
                    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
                    if domain.is_empty()
                        || !domain
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '_')
                    {
                        return Err(err("invalid domain".into()));
                    }
                    hosts.entry(domain.clone()).or_insert(rules.len());
                    rules.push(Rule::Host {
                        domain,
                        line: line.to_owned(),
                    });
                }
                Format::MatchPatterns => {
                    let re = match_pattern_to_regex(t)
                        .ok_or_else(|| err("expected a match pattern SCHEME://HOST/PATH".into()))?;
                    compiled.push(Compiled {
                        index: rules.len(),
                        exception: false,
                        csp: false,
                        third_party: None,
                        kinds: Vec::new(),
                        domains: Vec::new(),
                    });
                    patterns.push(format!("(?i:{re})"));
                    pieces.push(match_pattern_literal(t));
                    rules.push(Rule::MatchPattern(line.to_owned()));
                }
            }
        }
        let (mut always, mut always_patterns, mut with_piece) =
            (Vec::new(), Vec::new(), Vec::new());
        for (i, (re, piece)) in patterns.into_iter().zip(pieces).enumerate() {
            match piece {
                Some(p) => with_piece.push((p, i, re)),
                None if re == NEVER => {}
                None => {
                    always.push(i);
                    always_patterns.push(re);
                }
            }
        }
        let set = RegexSetBuilder::new(&always_patterns)
            .size_limit(64 << 20)
            .dfa_size_limit(64 << 20)
            .build()
            .map_err(|e| ListError {
                list: name.to_owned(),
                line: 0,
                text: String::new(),
                message: format!("cannot compile the list: {e}"),
            })?;
        Ok(Self {
            name: name.to_owned(),
            format,
            rules,
            set,
            always,
            everywhere,
            literals: Literals::new(with_piece),
            compiled,
            hosts,
            fancy,
        })
    }

    /// The list written back (each line as it was parsed).
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        for r in &self.rules {
            s.push_str(&r.to_string());
            s.push('\n');
        }
        s
    }

    /// Rules that block or except requests (not comments).
    pub fn rule_count(&self) -> usize {
        self.rules
            .iter()
            .filter(|r| !matches!(r, Rule::Comment(_) | Rule::Cosmetic(_)))
            .count()
    }

    fn hit(&self, index: usize) -> Hit {
        Hit {
            list: self.name.clone(),
            rule: self.rules[index].to_string(),
            line: index + 1,
        }
    }

    /// The first blocking rule and the first exception that match `req`.
    fn matches(&self, req: &Request<'_>, hosts: &Hosts) -> (Option<Hit>, Option<Hit>) {
        let mut block = None;
        let mut except = None;
        // The host and each domain above it, looked up (the first rule in the list wins).
        if let Some(h) = &hosts.host
            && !self.hosts.is_empty()
        {
            let mut first: Option<usize> = None;
            let mut rest = h.as_str();
            loop {
                if let Some(&i) = self.hosts.get(rest) {
                    first = Some(first.map_or(i, |f| f.min(i)));
                }
                match rest.split_once('.') {
                    Some((_, up)) => rest = up,
                    None => break,
                }
            }
            block = first.map(|i| self.hit(i));
        }
        // Rules with look-around run one by one on a backtracking engine: only those whose
        // options admit the request.
        let fancy = self
            .fancy
            .iter()
            .filter(|(i, r)| {
                self.admits(&self.compiled[*i], req, hosts) && r.is_match(req.url).unwrap_or(false)
            })
            .map(|(i, _)| *i);
        // Which of the set's patterns match only where one does (most URLs match none).
        let in_set = if self.set.is_match(req.url) {
            self.set.matches(req.url).into_iter().collect()
        } else {
            Vec::new()
        };
        let mut indices: Vec<usize> = in_set
            .into_iter()
            .filter_map(|i| self.always.get(i).copied())
            .chain(self.everywhere.iter().copied())
            .chain(self.literals.matching(req.url))
            .chain(fancy)
            .collect();
        indices.sort_unstable();
        indices.dedup();
        for idx in indices {
            let c = &self.compiled[idx];
            if !self.admits(c, req, hosts) {
                continue;
            }
            if c.exception {
                except.get_or_insert_with(|| self.hit(c.index));
            } else {
                block.get_or_insert_with(|| self.hit(c.index));
            }
        }
        (block, except)
    }

    /// Whether rule `c`'s options admit `req`: not a `$csp` rule, party, request kinds, and
    /// the source's domain.
    fn admits(&self, c: &Compiled, req: &Request<'_>, hosts: &Hosts) -> bool {
        if c.csp || c.third_party.is_some_and(|tp| tp != hosts.third_party()) {
            return false;
        }
        if c.kinds.iter().any(|k| k.1) && !c.kinds.iter().any(|k| k.1 && k.0 == req.kind) {
            return false;
        }
        if c.kinds.iter().any(|k| !k.1 && k.0 == req.kind) {
            return false;
        }
        if c.domains.is_empty() {
            return true;
        }
        let mut included = c.domains.iter().filter(|d| d.1).map(|d| &d.0).peekable();
        match &hosts.source {
            None => included.peek().is_none(),
            Some(s) => {
                let excluded = c.domains.iter().any(|d| !d.1 && domain_matches(s, &d.0));
                !excluded && (included.peek().is_none() || included.any(|d| domain_matches(s, d)))
            }
        }
    }
}

/// Several lists and an allowlist, checked together.
#[derive(Debug, Clone, Default)]
pub struct Blocklist {
    /// The lists.
    pub lists: Vec<List>,
    /// URLs matching any of these (regexes) are never blocked.
    allow: Vec<(String, Regex)>,
}

impl Blocklist {
    /// The lists minewatch ships: NoCoin (ABP and hosts), MinerBlock and MineSweeper's pool
    /// endpoints (a test checks that all four parse).
    pub fn builtin() -> Self {
        let mut b = Self::default();
        for (name, format, text) in BUILTIN {
            // Shipped lists are tested to parse.
            if let Ok(l) = List::parse(name, *format, text) {
                b.lists.push(l);
            }
        }
        // MineSweeper's websocket endpoints, as a hosts list of their registrable domains
        // (`wsNN.coinhive.com` becomes `coinhive.com`).
        let mut hosts: Vec<String> = MINESWEEPER
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("scheme"))
            .filter_map(|l| l.split('\t').nth(1))
            .map(|h| {
                let h = h.trim().to_ascii_lowercase();
                let h = h.replace("nn.", ".");
                if h.parse::<std::net::IpAddr>().is_ok() {
                    h
                } else {
                    registrable(&h)
                }
            })
            .filter(|h| !h.is_empty())
            .collect();
        hosts.sort();
        hosts.dedup();
        if let Ok(l) = List::parse("minesweeper-endpoints", Format::Hosts, &hosts.join("\n")) {
            b.lists.push(l);
        }
        b
    }

    /// Adds a list.
    pub fn add(&mut self, list: List) {
        self.lists.push(list);
    }

    /// Never blocks URLs on `domain` (and its subdomains).
    pub fn allow_domain(&mut self, domain: &str) {
        let re = format!(
            r"(?i)^[a-z][a-z0-9+.-]*://(?:[^/?#@]*@)?(?:[^/?#]*\.)?{}(?:[:/?#]|$)",
            regex::escape(domain)
        );
        if let Ok(r) = Regex::new(&re) {
            self.allow.push((domain.to_owned(), r));
        }
    }

    /// Checks `req` against every list; exceptions and the allowlist win over blocks.
    pub fn check(&self, req: &Request<'_>) -> Verdict {
        let mut block = None;
        let mut except = None;
        let hosts = Hosts::of(req);
        for l in &self.lists {
            let (b, e) = l.matches(req, &hosts);
            if block.is_none() {
                block = b;
            }
            if except.is_none() {
                except = e;
            }
        }
        if let Some((d, _)) = self.allow.iter().find(|(_, r)| r.is_match(req.url)) {
            except.get_or_insert_with(|| Hit {
                list: "allowlist".into(),
                rule: d.clone(),
                line: 0,
            });
        }
        match (block, except) {
            (None, _) => Verdict::Pass,
            (Some(b), None) => Verdict::Blocked(b),
            (Some(b), Some(e)) => Verdict::Excepted {
                blocked_by: b,
                excepted_by: e,
            },
        }
    }
}

/// Converts `list` to `format`: what the target format can express, and the rules it cannot.
pub fn convert(list: &List, format: Format) -> (String, Vec<String>) {
    let mut out = String::new();
    let mut skipped = Vec::new();
    for r in &list.rules {
        let line = match (r, format) {
            (Rule::Comment(c), Format::Abp) if c.trim_start().starts_with('#') => {
                Some(format!("!{}", c.trim_start().trim_start_matches('#')))
            }
            (Rule::Comment(c), Format::Hosts | Format::MatchPatterns)
                if c.trim_start().starts_with('!') =>
            {
                Some(format!("#{}", c.trim_start().trim_start_matches('!')))
            }
            (Rule::Comment(c), _) if c.trim_start().starts_with('[') => None,
            (Rule::Comment(c), _) => Some(c.clone()),
            (_, f) if f == list.format => Some(r.to_string()),
            (Rule::Host { domain, .. }, Format::Abp) => Some(format!("||{domain}^")),
            (Rule::Host { domain, .. }, Format::MatchPatterns) => Some(format!("*://*.{domain}/*")),
            (Rule::Network(n), Format::Hosts) if !n.exception => {
                n.plain_domain().map(|d| format!("0.0.0.0 {d}"))
            }
            (Rule::Network(n), Format::MatchPatterns) if !n.exception && n.options.is_empty() => {
                match n.plain_domain() {
                    Some(d) => Some(format!("*://*.{d}/*")),
                    None if n.pattern.starts_with('/') && !n.pattern.ends_with('/') => {
                        Some(format!("*://*/*{}*", &n.pattern[1..].replace('^', "")))
                    }
                    None => None,
                }
            }
            (Rule::MatchPattern(p), Format::Abp) => {
                let (_, rest) = p.split_once("://").unwrap_or(("", p));
                match rest.split_once('/') {
                    Some(("*", path)) => Some(path.to_owned()).filter(|p| !p.is_empty()),
                    Some((h, "*")) => Some(format!("||{}^", h.trim_start_matches("*."))),
                    _ => None,
                }
            }
            (Rule::MatchPattern(p), Format::Hosts) => {
                let (_, rest) = p.split_once("://").unwrap_or(("", p));
                match rest.split_once('/') {
                    Some((h, "*")) if h != "*" => {
                        Some(format!("0.0.0.0 {}", h.trim_start_matches("*.")))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        match line {
            Some(l) => {
                out.push_str(&l);
                out.push('\n');
            }
            None if matches!(r, Rule::Comment(_)) => {}
            None => skipped.push(r.to_string()),
        }
    }
    (out, skipped)
}

fn dnr_type(k: Kind) -> &'static str {
    match k {
        Kind::Script => "script",
        Kind::Websocket => "websocket",
        Kind::Xhr => "xmlhttprequest",
        Kind::Subdocument => "sub_frame",
        Kind::Document => "main_frame",
        Kind::Other => "other",
    }
}

/// One ABP network rule as a declarativeNetRequest rule, or why it cannot be one.
fn dnr_network(n: &NetworkRule, id: u32) -> Result<serde_json::Value, &'static str> {
    use serde_json::{Map, Value, json};
    let mut cond = Map::new();
    let p = n.pattern.as_str();
    if p.len() > 2 && p.starts_with('/') && p.ends_with('/') {
        let re = &p[1..p.len() - 1];
        // RE2 (what browsers run) has no look-around and no back-references.
        if re.contains("(?=") || re.contains("(?!") || re.contains("(?<") || re.contains("\\1") {
            return Err("a regex with look-around or back-references");
        }
        cond.insert("regexFilter".into(), json!(re));
    } else if !p.is_empty() && p != "*" {
        if !p.is_ascii() {
            return Err("a non-ASCII pattern");
        }
        if p.starts_with("||*") || p.starts_with("|*") {
            return Err("a pattern that starts with ||* or |*");
        }
        cond.insert("urlFilter".into(), json!(p));
    }
    let (mut types, mut not_types) = (Vec::new(), Vec::new());
    let (mut on, mut off) = (Vec::new(), Vec::new());
    let mut case = false;
    for o in &n.options {
        match &o.meaning {
            OptionMeaning::ThirdParty(t) => {
                cond.insert(
                    "domainType".into(),
                    json!(if *t { "thirdParty" } else { "firstParty" }),
                );
            }
            OptionMeaning::Kind(k, true) => types.push(dnr_type(*k)),
            OptionMeaning::Kind(k, false) => not_types.push(dnr_type(*k)),
            OptionMeaning::Domains(ds) => {
                for (d, inc) in ds {
                    if *inc {
                        on.push(d.clone())
                    } else {
                        off.push(d.clone())
                    }
                }
            }
            OptionMeaning::MatchCase => case = true,
            OptionMeaning::NoEffect => {}
        }
    }
    if cond.is_empty() && types.is_empty() && on.is_empty() {
        return Err("a rule that would match every request");
    }
    types.sort_unstable();
    types.dedup();
    let document = n.exception
        && types
            .iter()
            .any(|t| *t == "main_frame" || *t == "sub_frame");
    if !types.is_empty() {
        cond.insert("resourceTypes".into(), json!(types));
    } else if !not_types.is_empty() {
        cond.insert("excludedResourceTypes".into(), json!(not_types));
    }
    if !on.is_empty() {
        cond.insert("initiatorDomains".into(), json!(on));
    }
    if !off.is_empty() {
        cond.insert("excludedInitiatorDomains".into(), json!(off));
    }
    if cond.contains_key("urlFilter") || cond.contains_key("regexFilter") {
        cond.insert("isUrlFilterCaseSensitive".into(), json!(case));
    }
    let action = match (n.exception, document) {
        (false, _) => "block",
        (true, false) => "allow",
        (true, true) => "allowAllRequests",
    };
    Ok(json!({
        "id": id,
        "priority": if n.exception { 2 } else { 1 },
        "action": {"type": action},
        "condition": Value::Object(cond),
    }))
}

/// The lists as declarativeNetRequest rules (Manifest V3 extensions in Chromium and Firefox):
/// blocking rules at priority 1, exceptions as `allow` (or `allowAllRequests` for document
/// exceptions) at priority 2, ids counting from `first_id`. Also returns the lines the format
/// cannot express (cosmetic rules, regexes with look-around, ...), with why.
pub fn to_dnr(lists: &[&List], first_id: u32) -> (Vec<serde_json::Value>, Vec<String>) {
    use serde_json::json;
    let mut rules = Vec::new();
    let mut skipped = Vec::new();
    let mut id = first_id.max(1);
    for l in lists {
        for r in &l.rules {
            let rule = match r {
                Rule::Comment(_) => continue,
                Rule::Cosmetic(c) => Err(format!("{c} (element hiding)")),
                Rule::Host { domain, .. } => Ok(json!({
                    "id": id, "priority": 1, "action": {"type": "block"},
                    "condition": {"requestDomains": [domain]},
                })),
                Rule::MatchPattern(p) => {
                    let (_, rest) = p.split_once("://").unwrap_or(("", p));
                    let (host, path) = rest.split_once('/').unwrap_or((rest, "*"));
                    let host = host.trim_start_matches("*.");
                    match (host, path) {
                        ("*" | "", "*" | "") => Err(format!("{p} (matches everything)")),
                        ("*" | "", path) => Ok(json!({
                            "id": id, "priority": 1, "action": {"type": "block"},
                            "condition": {"urlFilter": format!("/{path}"), "isUrlFilterCaseSensitive": false},
                        })),
                        (host, "*" | "") => Ok(json!({
                            "id": id, "priority": 1, "action": {"type": "block"},
                            "condition": {"requestDomains": [host]},
                        })),
                        (host, path) => Ok(json!({
                            "id": id, "priority": 1, "action": {"type": "block"},
                            "condition": {"urlFilter": format!("||{host}/{path}"), "isUrlFilterCaseSensitive": false},
                        })),
                    }
                }
                Rule::Network(n) => {
                    dnr_network(n, id).map_err(|why| format!("{} ({why})", n.canonical()))
                }
            };
            match rule {
                Ok(v) => {
                    rules.push(v);
                    id += 1;
                }
                Err(e) => skipped.push(format!("{}: {e}", l.name)),
            }
        }
    }
    (rules, skipped)
}

const MINESWEEPER: &str = include_str!("../../data/lists/minesweeper_ws_endpoints.tsv");

const BUILTIN: &[(&str, Format, &str)] = &[
    (
        "nocoin",
        Format::Abp,
        include_str!("../../data/lists/nocoin_filters_abp.txt"),
    ),
    (
        "nocoin-hosts",
        Format::Hosts,
        include_str!("../../data/lists/nocoin_hosts_domains.txt"),
    ),
    (
        "minerblock",
        Format::MatchPatterns,
        include_str!("../../data/lists/minerblock_filters.txt"),
    ),
];

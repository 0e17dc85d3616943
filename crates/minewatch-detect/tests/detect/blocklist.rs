//! The blocklist formats on the real lists: NoCoin (Adblock Plus syntax and hosts) and
//! MinerBlock (match patterns) round-trip, and match what their rules are meant to match, one
//! example per rule kind.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use minewatch_detect::web::blocklist::{
    Blocklist, Format, Kind, List, OptionMeaning, Request, Rule, Verdict, convert,
};

const NOCOIN: &str = include_str!("../../data/lists/nocoin_filters_abp.txt");
const NOCOIN_HOSTS: &str = include_str!("../../data/lists/nocoin_hosts_domains.txt");
const MINERBLOCK: &str = include_str!("../../data/lists/minerblock_filters.txt");

fn lines(s: &str) -> Vec<&str> {
    s.lines().map(|l| l.trim_end_matches('\r')).collect()
}

#[test]
fn every_list_round_trips_line_for_line() {
    for (name, format, text) in [
        ("nocoin", Format::Abp, NOCOIN),
        ("hosts", Format::Hosts, NOCOIN_HOSTS),
        ("minerblock", Format::MatchPatterns, MINERBLOCK),
    ] {
        let list = List::parse(name, format, text).unwrap();
        assert_eq!(lines(&list.to_text()), lines(text), "{name}");
        // The parts re-serialise to the line: nothing of a rule is lost in parsing.
        for (rule, line) in list.rules.iter().zip(lines(text)) {
            if let Rule::Network(n) = rule {
                assert_eq!(n.canonical(), line.trim(), "{name}");
            }
        }
        // And a parse of the output is the same list.
        let again = List::parse(name, format, &list.to_text()).unwrap();
        assert_eq!(again.rule_count(), list.rule_count());
    }
    let nocoin = List::parse("nocoin", Format::Abp, NOCOIN).unwrap();
    assert!(nocoin.rule_count() > 300, "{}", nocoin.rule_count());
}

fn check(b: &Blocklist, url: &str, kind: Kind, source: Option<&str>) -> Verdict {
    b.check(&Request { url, kind, source })
}

fn blocked_by(v: &Verdict) -> String {
    match v {
        Verdict::Blocked(h) => h.rule.clone(),
        other => panic!("not blocked: {other:?}"),
    }
}

#[test]
fn nocoin_rules_match_what_they_are_meant_to() {
    let mut b = Blocklist::default();
    b.add(List::parse("nocoin", Format::Abp, NOCOIN).unwrap());
    let page = Some("https://news.example.org/article");
    // ||domain^$third-party: a script from the domain or a subdomain, on another site.
    assert_eq!(
        blocked_by(&check(
            &b,
            "https://2miners.com/pool.js",
            Kind::Script,
            page
        )),
        "||2miners.com^$third-party"
    );
    assert_eq!(
        blocked_by(&check(
            &b,
            "wss://eu.2miners.com:443/",
            Kind::Websocket,
            page
        )),
        "||2miners.com^$third-party"
    );
    // ... but not first-party, and not a different domain that merely ends the same.
    assert_eq!(
        check(
            &b,
            "https://2miners.com/pool.js",
            Kind::Script,
            Some("https://2miners.com/")
        ),
        Verdict::Pass
    );
    assert_eq!(
        check(&b, "https://not2miners.com/x.js", Kind::Script, page),
        Verdict::Pass
    );
    // ||domain^ without options blocks first-party too.
    assert!(matches!(
        check(
            &b,
            "http://45.15.156.210/x",
            Kind::Other,
            Some("http://45.15.156.210/")
        ),
        Verdict::Blocked(_)
    ));
    // File-name rules anywhere in the path.
    assert_eq!(
        blocked_by(&check(
            &b,
            "https://cdn.example.net/js/coinhive.min.js?v=2",
            Kind::Script,
            page
        )),
        "/coinhive.min.js"
    );
    assert_eq!(
        blocked_by(&check(
            &b,
            "https://example.net/wp/x-coin-hive.js",
            Kind::Script,
            page
        )),
        "-coin-hive.js"
    );
    // domain=~ excludes the named site.
    let url = "https://example.net/js/wp-monero-miner.js";
    assert_eq!(
        blocked_by(&check(&b, url, Kind::Script, page)),
        "-monero-miner.$domain=~wp-monero-miner.com"
    );
    assert_eq!(
        check(&b, url, Kind::Script, Some("https://wp-monero-miner.com/")),
        Verdict::Pass
    );
    // Type options: ?proxy=wss:// blocks scripts and websockets, not images.
    let proxy = "https://example.net/lib/miner.js?proxy=wss://pool.example.net";
    assert!(matches!(
        check(&b, proxy, Kind::Script, page),
        Verdict::Blocked(_)
    ));
    assert_eq!(
        check(
            &b,
            "https://example.net/img.png?proxy=wss://x",
            Kind::Other,
            page
        ),
        Verdict::Pass
    );
    // $websocket,domain=...: any websocket opened by a listed site, nothing elsewhere.
    let ws = "wss://anything.example.com/socket";
    assert!(matches!(
        check(&b, ws, Kind::Websocket, Some("https://123telugu.com/movie")),
        Verdict::Blocked(_)
    ));
    assert_eq!(check(&b, ws, Kind::Websocket, page), Verdict::Pass);
    assert_eq!(
        check(&b, ws, Kind::Script, Some("https://123telugu.com/movie")),
        Verdict::Pass
    );
    // @@ exceptions: the list's own whitelist wins over its blocks.
    let quik = "wss://mainnet.quiknode.pro/abc";
    assert!(matches!(
        check(&b, quik, Kind::Websocket, Some("https://123telugu.com/")),
        Verdict::Excepted { .. }
    ));
}

#[test]
fn regex_rules_exceptions_and_the_allowlist() {
    let list = List::parse(
        "custom",
        Format::Abp,
        "! test list\n/^wss?:\\/\\/[a-z0-9-]+\\.tk\\//$websocket\n||pool.example.com^\n@@||pool.example.com^$websocket\n|https://exact.example/x.js|\n",
    )
    .unwrap();
    let mut b = Blocklist::default();
    b.add(list);
    assert!(matches!(
        check(&b, "wss://aeros01.tk/ws", Kind::Websocket, None),
        Verdict::Blocked(_)
    ));
    assert_eq!(
        check(&b, "https://aeros01.tk/ws", Kind::Script, None),
        Verdict::Pass
    );
    assert!(matches!(
        check(&b, "https://pool.example.com/m.js", Kind::Script, None),
        Verdict::Blocked(_)
    ));
    assert!(matches!(
        check(&b, "wss://pool.example.com/", Kind::Websocket, None),
        Verdict::Excepted { .. }
    ));
    assert!(matches!(
        check(&b, "https://exact.example/x.js", Kind::Script, None),
        Verdict::Blocked(_)
    ));
    assert_eq!(
        check(&b, "https://exact.example/x.js?y", Kind::Script, None),
        Verdict::Pass
    );
    b.allow_domain("pool.example.com");
    assert!(matches!(
        check(&b, "https://pool.example.com/m.js", Kind::Script, None),
        Verdict::Excepted { .. }
    ));
    // A broken regex is an error naming the line.
    let e = List::parse("bad", Format::Abp, "! x\n/(unclosed/$script\n").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.to_string().contains("bad:2"), "{e}");
}

#[test]
fn hosts_and_match_patterns_match_domains_and_paths() {
    let hosts = List::parse("hosts", Format::Hosts, NOCOIN_HOSTS).unwrap();
    let mb = List::parse("minerblock", Format::MatchPatterns, MINERBLOCK).unwrap();
    let mut b = Blocklist::default();
    b.add(hosts);
    assert!(matches!(
        check(&b, "https://www.ad-miner.com/x", Kind::Other, None),
        Verdict::Blocked(_)
    ));
    assert_eq!(
        check(&b, "https://notad-miner.com/x", Kind::Other, None),
        Verdict::Pass
    );
    let mut m = Blocklist::default();
    m.add(mb);
    assert_eq!(
        blocked_by(&check(
            &m,
            "https://site.example/a/b/cryptonight.wasm",
            Kind::Xhr,
            None
        )),
        "*://*/*cryptonight.wasm"
    );
    assert_eq!(
        blocked_by(&check(
            &m,
            "https://load.jsecoin.com/load/1/",
            Kind::Script,
            None
        )),
        "*://load.jsecoin.com/*"
    );
    assert!(matches!(
        check(
            &m,
            "https://x.example/m.js?proxy=wss://p.example:8892",
            Kind::Script,
            None
        ),
        Verdict::Blocked(_)
    ));
    assert_eq!(
        check(
            &m,
            "https://site.example/a/cryptonight.wasm.map",
            Kind::Xhr,
            None
        ),
        Verdict::Pass
    );
    // A hosts line that is neither `ADDRESS DOMAIN` nor `DOMAIN` is refused with its line.
    let e = List::parse("h", Format::Hosts, "# c\nexample.com extra\n").unwrap_err();
    assert_eq!(e.line, 2);
}

#[test]
fn formats_convert_where_they_can_and_say_what_they_cannot() {
    let nocoin = List::parse("nocoin", Format::Abp, NOCOIN).unwrap();
    let (hosts, skipped) = convert(&nocoin, Format::Hosts);
    assert!(hosts.lines().any(|l| l == "0.0.0.0 2miners.com"));
    assert!(skipped.iter().any(|r| r == "/coinhive.min.js"));
    // The converted hosts list parses and blocks the same domains.
    let h = List::parse("converted", Format::Hosts, &hosts).unwrap();
    let mut b = Blocklist::default();
    b.add(h);
    assert!(matches!(
        check(&b, "https://2miners.com/", Kind::Other, None),
        Verdict::Blocked(_)
    ));
    let (mp, _) = convert(&nocoin, Format::MatchPatterns);
    assert!(mp.lines().any(|l| l == "*://*/*coinhive.min.js*"));
    let mb = List::parse("minerblock", Format::MatchPatterns, MINERBLOCK).unwrap();
    let (abp, _) = convert(&mb, Format::Abp);
    assert!(abp.lines().any(|l| l == "*cryptonight.wasm"));
    assert!(abp.lines().any(|l| l == "||load.jsecoin.com^"));
    List::parse("back", Format::Abp, &abp).unwrap();
}

#[test]
fn the_builtin_blocklist_has_all_four_lists() {
    let b = Blocklist::builtin();
    let names: Vec<&str> = b.lists.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "nocoin",
            "nocoin-hosts",
            "minerblock",
            "minesweeper-endpoints"
        ]
    );
    // NoCoin's look-around regex rule: websockets to throw-away TLDs, except Phoenix sockets on .space.
    let page = Some("https://news.example.org/");
    assert!(matches!(
        check(&b, "wss://abc.miner.tk/ws", Kind::Websocket, page),
        Verdict::Blocked(_)
    ));
    // MineSweeper's endpoints: wsNN.coinhive.com, normalised to the domain.
    assert!(matches!(
        check(&b, "wss://ws07.coinhive.com/proxy", Kind::Websocket, page),
        Verdict::Blocked(_)
    ));
}

/// Found by the `blocklist` fuzz target: a rule that is only `$` (or has empty options) lost its
/// `$` on output and came back as a blank line.
#[test]
fn regression_a_lone_dollar_round_trips() {
    for text in ["$\n", "$,,\n", "||x.example^$\n"] {
        let l = List::parse("r", Format::Abp, text).unwrap();
        assert_eq!(l.to_text(), text);
        assert_eq!(
            List::parse("r", Format::Abp, &l.to_text())
                .unwrap()
                .rule_count(),
            1
        );
    }
}

/// A look-around rule runs on the backtracking engine only where its options admit the request
/// (kind, party, source domain), and matches exactly where a plain rule with those options would.
#[test]
fn look_around_rules_keep_their_options() {
    let l = List::parse(
        "la",
        Format::Abp,
        "/^wss:\\/\\/(?!good\\.)[a-z]+\\.example\\//$websocket,domain=site.org|~spare.site.org\n",
    )
    .unwrap();
    let mut b = Blocklist::default();
    b.add(l);
    let from = |page: &'static str| Some(page);
    let blocked = |url, kind, page| matches!(check(&b, url, kind, page), Verdict::Blocked(_));
    assert!(blocked(
        "wss://bad.example/x",
        Kind::Websocket,
        from("https://site.org/")
    ));
    assert!(blocked(
        "wss://bad.example/x",
        Kind::Websocket,
        from("https://a.site.org/")
    ));
    // The look-ahead excludes good.example.
    assert!(!blocked(
        "wss://good.example/x",
        Kind::Websocket,
        from("https://site.org/")
    ));
    // Another kind, another site, an excluded subdomain, or no page: not admitted.
    assert!(!blocked(
        "wss://bad.example/x",
        Kind::Script,
        from("https://site.org/")
    ));
    assert!(!blocked(
        "wss://bad.example/x",
        Kind::Websocket,
        from("https://other.org/")
    ));
    assert!(!blocked(
        "wss://bad.example/x",
        Kind::Websocket,
        from("https://spare.site.org/")
    ));
    assert!(!blocked("wss://bad.example/x", Kind::Websocket, None));
}

/// A URL an ABP pattern describes: anchors as a scheme or nothing, wildcards and separators
/// filled in.
fn url_of_abp(pattern: &str) -> String {
    let (prefix, rest) = if let Some(r) = pattern.strip_prefix("||") {
        ("https://", r)
    } else if let Some(r) = pattern.strip_prefix('|') {
        ("", r)
    } else {
        ("https://site.example/", pattern)
    };
    let rest = rest.strip_suffix('|').unwrap_or(rest);
    format!("{prefix}{}", rest.replace('*', "x").replace('^', "/"))
}

/// Rules are looked for by a piece of text their URLs hold before their regex runs (most of
/// them), matched by no regex at all (an empty pattern), or through the regex set (the rest):
/// every blocking rule of the real lists, whatever way it takes, still blocks the URL it
/// describes, with the request kind and party its options ask for; and a URL none describes
/// passes.
#[test]
fn every_rule_of_the_real_lists_blocks_the_url_it_describes() {
    let mut checked = 0;
    for (name, format, text) in [
        ("nocoin", Format::Abp, NOCOIN),
        ("minerblock", Format::MatchPatterns, MINERBLOCK),
    ] {
        let list = List::parse(name, format, text).unwrap();
        let mut b = Blocklist::default();
        b.add(List::parse(name, format, text).unwrap());
        for rule in &list.rules {
            let (url, kind) = match rule {
                Rule::Network(n) => {
                    let regex = n.pattern.len() > 2
                        && n.pattern.starts_with('/')
                        && n.pattern.ends_with('/');
                    let restricted = n.options.iter().any(|o| {
                        matches!(
                            o.meaning,
                            OptionMeaning::Domains(_) | OptionMeaning::ThirdParty(false)
                        ) || o.text.starts_with("csp")
                    });
                    if n.exception || regex || restricted {
                        continue;
                    }
                    let kind = n
                        .options
                        .iter()
                        .find_map(|o| match o.meaning {
                            OptionMeaning::Kind(k, true) => Some(k),
                            _ => None,
                        })
                        .unwrap_or(Kind::Script);
                    (url_of_abp(&n.pattern), kind)
                }
                Rule::MatchPattern(p) => {
                    let (scheme, rest) = p.split_once("://").unwrap();
                    let scheme = if scheme == "*" { "https" } else { scheme };
                    let rest = rest.strip_prefix("*.").unwrap_or(rest);
                    (
                        format!("{scheme}://{}", rest.replace('*', "x")),
                        Kind::Script,
                    )
                }
                _ => continue,
            };
            let v = check(&b, &url, kind, None);
            assert!(
                matches!(v, Verdict::Blocked(_) | Verdict::Excepted { .. }),
                "{name}: {rule} does not block {url}: {v:?}"
            );
            checked += 1;
        }
        assert_eq!(
            check(
                &b,
                "https://docs.example.org/guide/intro.html",
                Kind::Script,
                None
            ),
            Verdict::Pass
        );
    }
    assert!(checked > 900, "{checked}");
    // Case-insensitive rules fold Unicode as their regexes do: a long s (U+017F) for the `s`
    // of `.js` still matches (the piece finder compares ASCII only).
    let mut b = Blocklist::default();
    b.add(List::parse("nocoin", Format::Abp, NOCOIN).unwrap());
    assert_eq!(
        blocked_by(&check(
            &b,
            "https://cdn.example.org/authedminer.j\u{17F}",
            Kind::Script,
            None
        )),
        "/authedminer.js"
    );
    // The Kelvin sign folds to `k` the same way, a URL with other characters outside ASCII
    // still meets the rules its ASCII pieces name, and one that holds no rule's piece passes.
    assert_eq!(
        blocked_by(&check(
            &b,
            "https://eth-poc\u{212A}et.com/w.js",
            Kind::Script,
            Some("news.example.org")
        )),
        "||eth-pocket.com^$third-party"
    );
    assert_eq!(
        blocked_by(&check(
            &b,
            "https://\u{212A}.example.org/lib/coinhive.min.js?\u{e9}t\u{e9}",
            Kind::Script,
            None
        )),
        "/coinhive.min.js"
    );
    assert_eq!(
        check(
            &b,
            "https://caf\u{e9}.example.org/\u{212A}elvin/\u{17F}ite.js",
            Kind::Script,
            None
        ),
        Verdict::Pass
    );
}

#![allow(clippy::unwrap_used)] // Tests: a failed unwrap is a failed test.
//! Blocklists as declarativeNetRequest rules: what each rule shape becomes, what is skipped and
//! why, and that any list text gives well-formed rules.

use minewatch_detect::web::blocklist::{Blocklist, Format, List, to_dnr};
use proptest::prelude::*;
use serde_json::{Value, json};

fn rules(format: Format, text: &str) -> (Vec<Value>, Vec<String>) {
    let l = List::parse("t", format, text).unwrap();
    to_dnr(&[&l], 1)
}

#[test]
fn each_rule_shape_converts() {
    let (r, skipped) = rules(
        Format::Abp,
        "! comment\n\
         ||coinhive.com^$third-party\n\
         /cryptonight.wasm\n\
         ||pool.example^$websocket,domain=a.example|~b.example\n\
         @@||fine.example^$document\n\
         @@||cdn.example/lib.js$script\n\
         /^wss?:\\/\\/[a-z]+\\.xyz\\//$websocket\n\
         /^(?!ok).*miner/$script\n\
         example.com##.miner-banner\n\
         |https://exact.example/x.js|$match-case\n",
    );
    assert_eq!(r.len(), 7, "{r:#?}");
    assert_eq!(
        r[0],
        json!({"id": 1, "priority": 1, "action": {"type": "block"},
               "condition": {"urlFilter": "||coinhive.com^", "domainType": "thirdParty", "isUrlFilterCaseSensitive": false}})
    );
    assert_eq!(r[1]["condition"]["urlFilter"], "/cryptonight.wasm");
    assert_eq!(r[2]["condition"]["resourceTypes"], json!(["websocket"]));
    assert_eq!(r[2]["condition"]["initiatorDomains"], json!(["a.example"]));
    assert_eq!(
        r[2]["condition"]["excludedInitiatorDomains"],
        json!(["b.example"])
    );
    assert_eq!(r[3]["action"]["type"], "allowAllRequests");
    assert_eq!(r[3]["priority"], 2);
    assert_eq!(r[4]["action"]["type"], "allow");
    assert_eq!(
        r[5]["condition"]["regexFilter"],
        "^wss?:\\/\\/[a-z]+\\.xyz\\/"
    );
    assert_eq!(r[6]["condition"]["isUrlFilterCaseSensitive"], true);
    let ids: Vec<u64> = r.iter().map(|x| x["id"].as_u64().unwrap()).collect();
    assert_eq!(ids, (1..=7).collect::<Vec<_>>());
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(skipped[0].contains("look-around"));
    assert!(skipped[1].contains("element hiding"));
}

#[test]
fn hosts_and_match_patterns_convert() {
    let (r, _) = rules(Format::Hosts, "0.0.0.0 miner.example\n");
    assert_eq!(
        r[0]["condition"],
        json!({"requestDomains": ["miner.example"]})
    );
    let (r, skipped) = rules(
        Format::MatchPatterns,
        "*://*.pool.example/*\n*://*/*webminer.js*\n*://cdn.example/miner/*\n*://*/*\n",
    );
    assert_eq!(r[0]["condition"]["requestDomains"], json!(["pool.example"]));
    assert_eq!(r[1]["condition"]["urlFilter"], "/*webminer.js*");
    assert_eq!(r[2]["condition"]["urlFilter"], "||cdn.example/miner/*");
    assert_eq!(skipped.len(), 1);
}

#[test]
fn the_builtin_lists_convert_mostly() {
    let b = Blocklist::builtin();
    let lists: Vec<&List> = b.lists.iter().collect();
    let (r, skipped) = to_dnr(&lists, 1);
    assert!(r.len() > 1000, "{}", r.len());
    // Only rules that DNR cannot express are left out, each with its reason.
    assert!(skipped.len() < 20, "{skipped:#?}");
    assert!(skipped.iter().all(|s| s.contains('(')));
    // Chrome's limit on regex rules per extension is 1,000.
    let regexes = r
        .iter()
        .filter(|x| x["condition"].get("regexFilter").is_some())
        .count();
    assert!(regexes < 1000);
}

proptest! {
    #[test]
    fn any_list_gives_well_formed_rules(text in "(\\PC{0,40}\n){0,12}") {
        if let Ok(l) = List::parse("p", Format::Abp, &text) {
            let (r, _) = to_dnr(&[&l], 7);
            for (i, x) in r.iter().enumerate() {
                prop_assert_eq!(x["id"].as_u64(), Some(7 + i as u64));
                let kind = x["action"]["type"].as_str().unwrap();
                prop_assert!(["block", "allow", "allowAllRequests"].contains(&kind));
                let c = x["condition"].as_object().unwrap();
                prop_assert!(!c.is_empty());
                if let Some(f) = c.get("urlFilter") {
                    let f = f.as_str().unwrap();
                    prop_assert!(f.is_ascii() && !f.is_empty() && !f.starts_with("||*"));
                }
            }
        }
    }
}

//! The blocklist parsers (ABP, hosts, match patterns) on arbitrary text; what parses
//! round-trips and can be checked against.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minewatch_detect::web::blocklist::{Blocklist, Format, Kind, List, Request};

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let format = [Format::Abp, Format::Hosts, Format::MatchPatterns][usize::from(sel) % 3];
    if let Ok(list) = List::parse("fuzz", format, text) {
        let again = List::parse("fuzz", format, &list.to_text()).expect("output parses");
        assert_eq!(again.rule_count(), list.rule_count());
        let mut b = Blocklist::default();
        b.add(list);
        let _ = b.check(&Request { url: "https://example.org/x.js", kind: Kind::Script, source: None });
    }
});

//! minewatch's engine for the browser extension: the web detector (`minewatch scan web`), the
//! message classifier of `minewatch scan pcap`, and the blocklist-to-declarativeNetRequest
//! converter, built for `wasm32-unknown-unknown` without the operating-system parts of
//! `minewatch-detect` (no URL fetching, no /proc).
//!
//! The interface is JSON over linear memory, no generated glue: JavaScript asks for an input
//! buffer with `mw_input(len)`, writes its bytes there, calls one of `mw_scan`, `mw_classify`,
//! `mw_dnr` or `mw_version` (which return the length of a JSON answer) and reads the answer at
//! `mw_output()`. `extension/engine.js` is that JavaScript. The same functions are plain Rust
//! ([`scan`], [`classify`], [`dnr`], [`version`]) for native tests.

#![deny(unsafe_code)]

use std::cell::RefCell;

use minewatch_detect::net::classify_message;
use minewatch_detect::web::Scanner;
use minewatch_detect::web::blocklist::{Format, List, to_dnr};
use serde_json::{Value, json};

/// The web scanner's report on one file (JS, HTML or wasm, told apart by name and content).
pub fn scan(scanner: &Scanner, name: &str, bytes: &[u8]) -> Value {
    serde_json::to_value(scanner.scan_bytes(name, bytes))
        .unwrap_or_else(|e| json!({"error": format!("cannot encode the report: {e}")}))
}

/// The mining protocol one socket message speaks: `{"protocol", "mining", "evidence"}`, or
/// `{"protocol": null}`.
pub fn classify(text: &str) -> Value {
    match classify_message(text) {
        Some((p, what)) => json!({
            "protocol": p.name(),
            "mining": p.is_mining_protocol(),
            "evidence": what,
        }),
        None => json!({"protocol": null}),
    }
}

/// A list as declarativeNetRequest rules. `header` is `FORMAT\nFIRST_ID\n`.
pub fn dnr(header: &str, text: &str) -> Value {
    let mut h = header.lines();
    let format = h.next().unwrap_or("abp");
    let first = h
        .next()
        .and_then(|v| v.trim().parse::<u32>().ok())
        .unwrap_or(1);
    let format: Format = match format.parse() {
        Ok(f) => f,
        Err(e) => return json!({"error": e}),
    };
    match List::parse("your rules", format, text) {
        Ok(list) => {
            let (rules, skipped) = to_dnr(&[&list], first);
            json!({"rules": rules, "skipped": skipped})
        }
        Err(e) => json!({"error": e.to_string()}),
    }
}

/// What this engine is.
pub fn version() -> Value {
    json!({"engine": "minewatch", "version": env!("CARGO_PKG_VERSION")})
}

thread_local! {
    static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static OUTPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static SCANNER: Scanner = Scanner::new();
}

/// Runs `f` on the input and keeps its JSON answer as the output; returns the answer's length.
fn answer(f: impl FnOnce(&[u8]) -> Value) -> usize {
    let v = INPUT.with(|i| f(&i.borrow()));
    let bytes = serde_json::to_vec(&v).unwrap_or_else(|_| b"{\"error\":\"encoding\"}".to_vec());
    let len = bytes.len();
    OUTPUT.with(|o| *o.borrow_mut() = bytes);
    len
}

/// The exported functions. Exporting unmangled symbols is what `unsafe_code` flags here; no
/// function dereferences a pointer: JavaScript writes into and reads from buffers these
/// functions own.
#[allow(unsafe_code)]
pub mod abi {
    use super::*;

    /// A zeroed input buffer of `len` bytes; its address.
    #[unsafe(no_mangle)]
    pub extern "C" fn mw_input(len: usize) -> *mut u8 {
        INPUT.with(|i| {
            let mut i = i.borrow_mut();
            i.clear();
            i.resize(len, 0);
            i.as_mut_ptr()
        })
    }

    /// The last answer's address.
    #[unsafe(no_mangle)]
    pub extern "C" fn mw_output() -> *const u8 {
        OUTPUT.with(|o| o.borrow().as_ptr())
    }

    /// Input: the file's name (`name_len` bytes) then its bytes. Answer: the report.
    #[unsafe(no_mangle)]
    pub extern "C" fn mw_scan(name_len: usize) -> usize {
        answer(|input| {
            let (name, bytes) = input.split_at(name_len.min(input.len()));
            SCANNER.with(|s| scan(s, &String::from_utf8_lossy(name), bytes))
        })
    }

    /// Input: one socket message. Answer: its protocol.
    #[unsafe(no_mangle)]
    pub extern "C" fn mw_classify() -> usize {
        answer(|input| classify(&String::from_utf8_lossy(input)))
    }

    /// Input: `FORMAT\nFIRST_ID\n` (`header_len` bytes) then the list. Answer: the rules.
    #[unsafe(no_mangle)]
    pub extern "C" fn mw_dnr(header_len: usize) -> usize {
        answer(|input| {
            let (h, text) = input.split_at(header_len.min(input.len()));
            dnr(&String::from_utf8_lossy(h), &String::from_utf8_lossy(text))
        })
    }

    /// Answer: the engine's name and version.
    #[unsafe(no_mangle)]
    pub extern "C" fn mw_version() -> usize {
        answer(|_| version())
    }
}

#[cfg(test)]
mod tests {
    use super::abi::*;
    use super::*;

    fn call(parts: &[&[u8]], f: impl FnOnce() -> usize) -> Value {
        let all: Vec<u8> = parts.concat();
        let ptr = mw_input(all.len());
        INPUT.with(|i| {
            assert_eq!(i.borrow().as_ptr(), ptr as *const u8);
            i.borrow_mut().copy_from_slice(&all);
        });
        let n = f();
        OUTPUT.with(|o| {
            assert_eq!(o.borrow().as_ptr(), mw_output());
            serde_json::from_slice(&o.borrow()[..n]).unwrap_or(Value::Null)
        })
    }

    #[test]
    fn the_abi_scans_classifies_and_converts() {
        let js = b"var m = new CoinHive.Anonymous('KEY', {throttle: 0.3}); m.start();
            var s = document.createElement('script');
            s.src = 'https://coinhive.com/lib/coinhive.min.js';";
        let name = b"a.js";
        let r = call(&[name, js], || mw_scan(name.len()));
        assert_eq!(r["verdict"], "miner", "{r}");
        let r = call(
            &[br#"{"id":1,"jsonrpc":"2.0","method":"login","params":{"login":"x","pass":"y","agent":"a"}}"#],
            || mw_classify(),
        );
        assert_eq!(r["protocol"], "monero-stratum", "{r}");
        assert_eq!(r["mining"], true);
        assert_eq!(call(&[b"hello"], || mw_classify())["protocol"], Value::Null);
        let h = b"abp\n500\n";
        let r = call(
            &[h, b"||pool.example^$websocket\n@@||ok.example^\n##.ad\n"],
            || mw_dnr(h.len()),
        );
        assert_eq!(r["rules"][0]["id"], 500);
        assert_eq!(r["rules"][0]["condition"]["resourceTypes"][0], "websocket");
        assert_eq!(r["rules"][1]["action"]["type"], "allow");
        assert_eq!(r["skipped"].as_array().map(Vec::len), Some(1));
        let r = call(&[b"csv\n1\n", b"x"], || mw_dnr(6));
        assert!(
            r["error"].as_str().is_some_and(|e| e.contains("csv")),
            "{r}"
        );
        assert_eq!(call(&[], || mw_version())["engine"], "minewatch");
    }
}

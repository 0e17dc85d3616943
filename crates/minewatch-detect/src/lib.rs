//! Cryptojacking detectors.
//!
//! [`web`] analyses web content (JavaScript, HTML, WebAssembly, npm packages and URLs) with
//! blocklists in the formats people use and explains every verdict with its evidence; [`net`]
//! finds mining sessions in pcap/pcapng captures on any port.
//!
//! ```
//! use minewatch_detect::web::{Scanner, Verdict};
//!
//! let scanner = Scanner::new();
//! let js = br#"var m = new CoinHive.Anonymous('SITE_KEY', {throttle: 0.3}); m.start();
//!              var s = document.createElement('script');
//!              s.src = 'https://coinhive.com/lib/coinhive.min.js';"#;
//! let report = scanner.scan_bytes("loader.js", js);
//! assert_eq!(report.verdict, Verdict::Miner);
//! assert!(report.signals.iter().any(|s| s.id == "js.coinhive-api"));
//! ```

#![forbid(unsafe_code)]

pub mod finding;
#[cfg(feature = "native")]
pub mod host;
pub mod net;
pub mod rules;
pub mod web;

//! The HTML reference extractor on arbitrary bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minewatch_detect::web::html;

fuzz_target!(|data: &[u8]| {
    if let Ok(r) = html::refs(data) {
        for s in &r.scripts {
            let _ = html::resolve(Some("https://example.org/a/b.html"), s);
        }
    }
});

//! Hostile input: whatever bytes arrive as JavaScript, HTML, WebAssembly, a blocklist or a
//! package, the scanner answers with a report or an error, never a panic or a hang; archives
//! are read within their limits.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::io::Write;

use minewatch_detect::web::blocklist::{Format, List};
use minewatch_detect::web::{Limits, Scanner};
use proptest::prelude::*;

/// One scanner for all cases: compiling the built-in lists is the expensive part.
fn scanner() -> &'static Scanner {
    static S: std::sync::OnceLock<Scanner> = std::sync::OnceLock::new();
    S.get_or_init(Scanner::new)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_as_any_kind_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let s = scanner();
        for name in ["x.js", "x.html", "x.wasm", "x"] {
            let _ = s.scan_bytes(name, &bytes);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend_from_slice(&bytes);
        let _ = s.scan_bytes("y.wasm", &wasm);
    }

    #[test]
    fn js_shaped_text_never_panics(src in "[a-zA-Z0-9_$ (){}\\[\\];,.=+\\-*/'\"`\\\\\n:?!<>&|%^~#@]{0,600}") {
        let s = scanner();
        let _ = s.scan_bytes("x.js", src.as_bytes());
        let _ = s.scan_bytes("x.html", format!("<script>{src}</script><script src=\"{src}\"></script>").as_bytes());
    }

    #[test]
    fn list_text_never_panics(text in ".{0,300}", format in 0..3u8) {
        let f = [Format::Abp, Format::Hosts, Format::MatchPatterns][format as usize];
        if let Ok(l) = List::parse("fuzz", f, &text) {
            let _ = l.to_text();
        }
    }
}

#[test]
fn deeply_nested_js_is_a_bounded_effort_verdict() {
    let depth = 100_000;
    // `job_id` sends it down the parsing path (see TRIGGERS in the JS analyser).
    let src = format!(
        "var job_id = 1; var a = {}1{};",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let r = scanner().scan_bytes("deep.js", src.as_bytes());
    assert!(
        r.notes.iter().any(|n| n.contains("nested")),
        "{:?}",
        r.notes
    );
    assert!(r.signals.is_empty());
    let src = format!("_0x1234;{}x{}", "(".repeat(depth), ")".repeat(depth));
    let _ = scanner().scan_bytes("deep2.js", src.as_bytes());
}

#[test]
fn a_gzip_bomb_stops_at_the_archive_limit() {
    // 64 MiB of zeros as one tar entry compresses to ~64 KiB.
    let mut tar = tar::Builder::new(Vec::new());
    let data = vec![0u8; 64 << 20];
    let mut h = tar::Header::new_gnu();
    h.set_size(data.len() as u64);
    h.set_mode(0o644);
    h.set_cksum();
    tar.append_data(&mut h, "package/zeros.js", &data[..])
        .unwrap();
    let tar = tar.into_inner().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&tar).unwrap();
    let tgz = gz.finish().unwrap();
    assert!(tgz.len() < 1 << 20);
    let scanner = Scanner {
        limits: Limits {
            max_archive_bytes: 1 << 20,
            max_file_bytes: 1 << 20,
            max_entries: 100,
            ..Limits::default()
        },
        ..scanner().clone()
    };
    // The entry is over the file limit: listed, not read past the limit.
    let entries = scanner.read_tgz(&tgz[..], "bomb.tgz");
    match entries {
        Ok(e) => assert!(e.iter().all(|(_, b)| b.len() <= 1 << 20)),
        Err(e) => assert!(e.to_string().contains("bomb.tgz"), "{e}"),
    }
    // Two entries under the file limit but over the archive limit together: refused, and
    // the error says it was the archive limit (not a broken archive).
    let mut tar = tar::Builder::new(Vec::new());
    for i in 0..2 {
        let data = vec![b'a'; 900 << 10];
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        tar.append_data(&mut h, format!("package/a{i}.js"), &data[..])
            .unwrap();
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&tar.into_inner().unwrap()).unwrap();
    let e = scanner
        .scan_tgz(&gz.finish().unwrap()[..], "two.tgz")
        .unwrap_err();
    assert!(
        e.to_string().contains("two.tgz") && e.to_string().contains("the archive limit"),
        "{e}"
    );
    // Truncated and non-gzip archives are errors naming the archive.
    let e = scanner.read_tgz(&tgz[..tgz.len() / 2], "cut.tgz");
    assert!(e.is_err() || e.unwrap().iter().all(|(_, b)| b.len() <= 1 << 20));
    let e = scanner
        .read_tgz(&b"not gzip at all"[..], "plain.tgz")
        .unwrap_err();
    assert!(e.to_string().contains("plain.tgz"), "{e}");
}

#[test]
fn invalid_wasm_is_reported_not_fatal() {
    let r = scanner().scan_bytes("bad.wasm", b"\0asm\x01\0\0\0\x0a\xff\xff\xff\xff\x0f");
    assert!(
        r.notes.iter().any(|n| n.contains("invalid wasm")),
        "{:?}",
        r.notes
    );
}

fn leb(mut v: u64, out: &mut Vec<u8>) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// A module of one function `() -> i32` with `locals` i32 locals and the body `ops`.
fn one_function(locals: u32, ops: &[u8]) -> Vec<u8> {
    let mut m = b"\0asm\x01\0\0\0".to_vec();
    m.extend([1, 5, 1, 0x60, 0, 1, 0x7f]); // type: () -> i32
    m.extend([3, 2, 1, 0]); // function 0: type 0
    let mut body = Vec::new();
    if locals > 0 {
        body.push(1);
        leb(u64::from(locals), &mut body);
        body.push(0x7f);
    } else {
        body.push(0);
    }
    body.extend_from_slice(ops);
    body.push(0x0b);
    let mut code = vec![1];
    leb(body.len() as u64, &mut code);
    code.extend(body);
    m.push(10);
    leb(code.len() as u64, &mut m);
    m.extend(code);
    m
}

#[test]
fn the_structural_pass_is_bounded_on_hostile_modules() {
    use minewatch_detect::web::wasm_flow::analyse;
    // A 400,000-operator expression: cut to opaque values, not a deep tree.
    let mut ops = vec![0x41, 1]; // i32.const 1
    for _ in 0..100_000 {
        ops.extend([0x41, 5, 0x6c, 0x41, 7, 0x73]); // i32.const 5; i32.mul; i32.const 7; i32.xor
    }
    let s = analyse(&one_function(0, &ops), 50_000_000);
    assert!(s.notes.is_empty(), "{:?}", s.notes);
    // 20,000 nested loops, each with a branch on an input: nesting costs nothing extra.
    let mut ops = Vec::new();
    for _ in 0..20_000 {
        ops.extend([0x03, 0x40]); // loop
    }
    ops.extend([0x20, 0, 0x0d, 0]); // local.get 0; br_if 0
    ops.extend(std::iter::repeat_n(0x0b, 20_000)); // end
    ops.extend([0x41, 0]);
    let s = analyse(&one_function(1, &ops), 50_000_000);
    assert!(s.notes.is_empty(), "{:?}", s.notes);
    // A loop that sets 40,000 locals, and one operator budget for everything.
    let mut ops = vec![0x03, 0x40];
    for i in 0..40_000u64 {
        ops.extend([0x41, 1, 0x21]); // i32.const 1; local.set i
        leb(i, &mut ops);
    }
    ops.extend([0x0b, 0x41, 0]);
    let s = analyse(&one_function(40_000, &ops), 50_000);
    assert!(
        s.notes.iter().any(|n| n.contains("budget")),
        "the operator budget did not stop it: {:?}",
        s.notes
    );
}

/// Core `which` of the harness's variants with bytes flipped and perhaps cut short.
fn mangled_core(which: usize, flips: &[(u32, u8)], cut: Option<u32>) -> Vec<u8> {
    let dir = format!("{}/tests/data/miners/variants", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "wasm"))
        .collect();
    files.sort();
    let mut bytes = std::fs::read(&files[which]).unwrap();
    for (at, v) in flips {
        let n = bytes.len();
        bytes[*at as usize % n] ^= v | 1;
    }
    if let Some(c) = cut {
        bytes.truncate(c as usize % bytes.len());
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// The harness's cores with bytes changed or cut: the structural pass and the transforms
    /// answer (a result or an error), never a panic; and so do a scan and the structural pass
    /// of what the transforms make of them, all of them twice.
    #[test]
    fn mutated_cores_never_panic(
        which in 0usize..13,
        flips in proptest::collection::vec((any::<u32>(), any::<u8>()), 1..8),
        cut in proptest::option::of(any::<u32>()),
    ) {
        let bytes = mangled_core(which, &flips, cut);
        let _ = minewatch_detect::web::wasm_flow::analyse(&bytes, 5_000_000);
        for t in minewatch_harness::Transform::EVERY {
            if let Ok(out) = minewatch_harness::apply(&bytes, t, 1) {
                let _ = minewatch_detect::web::wasm_flow::analyse(&out, 5_000_000);
            }
        }
        let _ = scanner().scan_bytes("m.wasm", &bytes);
        // Flattened wrappers of flattened wrappers: the walk of small functions' one path, in
        // the structural pass and in the mask trigger.
        if let Ok(out) = minewatch_harness::Repeated::AllTwice.apply(&bytes, 1) {
            let _ = minewatch_detect::web::wasm_flow::analyse(&out, 5_000_000);
            let _ = scanner().scan_bytes("m.wasm", &out);
        }
    }

    /// The same mangled cores run in the bounded interpreter: it answers within its fuel,
    /// whatever the bytes, and never panics (a core that still runs may still be seen).
    #[test]
    fn bounded_execution_survives_mangled_cores(
        which in 0usize..13,
        flips in proptest::collection::vec((any::<u32>(), any::<u8>()), 1..8),
        cut in proptest::option::of(any::<u32>()),
    ) {
        use minewatch_detect::web::wasm_exec::{LIMITS, Limits, observe};
        let bytes = mangled_core(which, &flips, cut);
        let limits = Limits { fuel: 20_000_000, fuel_per_call: 5_000_000, slice: 1_000_000, ..LIMITS };
        let o = observe(&bytes, &limits);
        prop_assert!(o.fuel_used <= limits.fuel, "{:?}", o);
        prop_assert!(o.calls <= limits.calls, "{:?}", o);
    }
}

/// A gzipped tarball of `(path, bytes)` entries.
fn tgz(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut tar = tar::Builder::new(Vec::new());
    for (path, data) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        tar.append_data(&mut h, path, *data).unwrap();
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&tar.into_inner().unwrap()).unwrap();
    gz.finish().unwrap()
}

/// Archives inside a package are opened (a miner vendored as a tarball is found), to a fixed
/// depth, within the outer archive's byte and entry limits; what is not opened is listed with
/// the reason, and a broken inner archive does not hide the rest of the package.
#[test]
fn nested_archives_are_opened_within_the_outer_limits() {
    use minewatch_detect::web::{MAX_ARCHIVE_NESTING, Verdict};
    let miner = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/miners/cn_core.wasm"
    ))
    .unwrap();
    let inner = tgz(&[("package/core.wasm", &miner)]);
    let middle = tgz(&[("package/vendor/core.tgz", &inner)]);
    let outer = tgz(&[
        ("package/index.js", b"module.exports = 1;"),
        ("package/vendor/miner.tgz", &middle),
        ("package/broken.tar.gz", b"\x1f\x8b not really"),
    ]);
    assert_eq!(MAX_ARCHIVE_NESTING, 3);
    let reports = scanner().scan_tgz(&outer[..], "outer.tgz").unwrap();
    let names: Vec<&str> = reports.iter().map(|r| r.name.as_str()).collect();
    let found = reports
        .iter()
        .find(|r| {
            r.name == "outer.tgz!package/vendor/miner.tgz!package/vendor/core.tgz!package/core.wasm"
        })
        .unwrap_or_else(|| panic!("the miner three archives deep is missing: {names:?}"));
    assert_eq!(found.verdict, Verdict::Miner, "{:?}", found.signals);
    let broken = reports
        .iter()
        .find(|r| r.name == "outer.tgz!package/broken.tar.gz")
        .unwrap_or_else(|| panic!("{names:?}"));
    assert!(
        broken
            .notes
            .iter()
            .any(|n| n.contains("nested archive that cannot be read")),
        "{:?}",
        broken.notes
    );
    assert!(names.contains(&"outer.tgz!package/index.js"), "{names:?}");

    // One level more: listed, not opened.
    let deeper = tgz(&[("package/deep.tgz", &outer)]);
    let reports = scanner().scan_tgz(&deeper[..], "deeper.tgz").unwrap();
    let r = reports
        .iter()
        .find(|r| r.name.ends_with("core.tgz"))
        .unwrap_or_else(|| panic!("{:?}", reports.iter().map(|r| &r.name).collect::<Vec<_>>()));
    assert!(
        r.notes.iter().any(|n| n.contains("not opened")),
        "{:?}",
        r.notes
    );
    assert!(reports.iter().all(|r| r.verdict != Verdict::Miner));

    // The outer limits hold for everything inside: a small archive of small bombs is refused
    // at the outer byte limit, naming the limit; entries inside count against the outer cap.
    let limited = Scanner {
        limits: Limits {
            max_archive_bytes: 1 << 20,
            max_file_bytes: 1 << 20,
            max_entries: 20,
            ..Limits::default()
        },
        ..scanner().clone()
    };
    let zeros = vec![b' '; 700 << 10];
    let bomb = tgz(&[("package/a.js", &zeros)]);
    assert!(bomb.len() < 8 << 10);
    let two = tgz(&[("package/one.tgz", &bomb), ("package/two.tgz", &bomb)]);
    let e = limited.scan_tgz(&two[..], "two.tgz").unwrap_err();
    assert!(e.to_string().contains("the archive limit"), "{e}");
    let many: Vec<(String, Vec<u8>)> = (0..15)
        .map(|i| (format!("package/f{i}.js"), b"1;".to_vec()))
        .collect();
    let many: Vec<(&str, &[u8])> = many
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let inner = tgz(&many);
    let outer = tgz(&[("package/a.tgz", &inner), ("package/b.tgz", &inner)]);
    let e = limited.scan_tgz(&outer[..], "many.tgz").unwrap_err();
    assert!(e.to_string().contains("more than 20 entries"), "{e}");
    // An entry over the file limit is listed with a note, not dropped silently.
    let big = vec![b'a'; (1 << 20) + 1];
    let limited = Scanner {
        limits: Limits {
            max_archive_bytes: 4 << 20,
            ..limited.limits
        },
        ..limited
    };
    let r = limited
        .scan_tgz(&tgz(&[("package/big.js", &big)])[..], "big.tgz")
        .unwrap();
    assert!(
        r[0].notes.iter().any(|n| n.contains("over the")),
        "{:?}",
        r[0].notes
    );
    assert_eq!(r[0].size, (1 << 20) + 1);
}

/// JavaScript nested hundreds of thousands deep (right-nested constructs the parser descends
/// into recursively, and left-leaning chains whose walk recurses) is judged without exhausting
/// the stack, on a thread with the 2 MiB stack of the server's blocking pool and of the
/// directory scan's workers. Before: every one of these aborted the process.
#[test]
fn deeply_nested_javascript_never_exhausts_the_stack() {
    let n = 200_000;
    let cases: Vec<(&str, String)> = vec![
        ("if", format!("var job_id;{}x;", "if(a)".repeat(n))),
        ("else", format!("var job_id;{}x;", "if(a){}else ".repeat(n))),
        (
            "conditional",
            format!("var job_id;x={}c;", "a?b:".repeat(n)),
        ),
        ("assignment", format!("var job_id;{}c;", "a=".repeat(n))),
        ("not", format!("var job_id;x={}a;", "!".repeat(n))),
        ("arrow", format!("var job_id;x={}c;", "a=>".repeat(n))),
        ("power", format!("var job_id;x={}c;", "a**".repeat(n))),
        ("unary minus", format!("var job_id;x={}a;", "- ".repeat(n))),
        ("new", format!("var job_id;x={}a;", "new ".repeat(n))),
        ("sum", format!("var job_id;x={}a;", "a+".repeat(n))),
        ("member", format!("var job_id;x=a{};", ".b".repeat(n))),
        ("call", format!("var job_id;x=a{};", "()".repeat(n))),
        ("index", format!("var job_id;x=a{};", "[0]".repeat(n))),
        (
            "mixed",
            format!("var job_id;x={}c{};", "(!a?b:".repeat(900), ")".repeat(900)),
        ),
        (
            "asm.js chain",
            format!(
                "var HEAP32 = new Int32Array(buffer); var imul = Math.imul;\nfunction f(y){{ var x = 0; y = y|0; x = {} | 0; return imul(x, 3) | 0; }}\n{}",
                (0..n)
                    .map(|i| format!("HEAP32[(y + {} | 0) >> 2]", i % 1000))
                    .collect::<Vec<_>>()
                    .join(" + "),
                "function g(a){a=a|0; return a|0;}\n".repeat(100)
            ),
        ),
    ];
    for (what, src) in cases {
        let r = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || scanner().scan_bytes("deep.js", src.as_bytes()))
            .unwrap()
            .join()
            .unwrap_or_else(|_| panic!("{what}: the scan panicked"));
        assert_ne!(r.verdict, minewatch_detect::web::Verdict::Miner, "{what}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The asm.js structural pass on mutated asm.js (bytes replaced, a piece cut out): a report
    /// or nothing, never a panic.
    #[test]
    fn mutated_asmjs_never_panics(
        edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..24),
        cut in any::<(usize, usize)>(),
    ) {
        static CORE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
        let core = CORE.get_or_init(|| {
            std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/miners/asmjs/cn_lite_ttable.min.js")).unwrap()
        });
        let mut b = core.clone();
        for (at, v) in edits {
            let i = at % b.len();
            b[i] = b"(){}[];,?:!=+-*/|&^<>0x$_ \n"[usize::from(v) % 27];
        }
        let (from, len) = (cut.0 % b.len(), cut.1 % 4096);
        b.drain(from..(from + len).min(b.len()));
        let src = String::from_utf8_lossy(&b);
        let _ = minewatch_detect::web::asm_flow::analyse(&src);
        let _ = scanner().scan_bytes("m.js", &b);
    }
}

/// What the string decoders run is the file's own code: an endless loop at the top level, in
/// a function swept with opaque parameters and at a call site with constant arguments;
/// doubling strings, growing arrays, runaway recursion, regular expressions built to backtrack,
/// `new Function` and host objects. The scan returns a verdict with a note that the bounds
/// stopped the decoders, and nothing is a miner.
#[test]
fn hostile_code_in_decoders_is_bounded() {
    // Twenty `_0x` names make the file look obfuscated, so the decoders run.
    let names: String = (0..24).map(|i| format!("var _0x{i:04x}={i};")).collect();
    let uses: Vec<String> = (0..24).map(|i| format!("_0x{i:04x}")).collect();
    let names = format!("{names}\nvar total = {};", uses.join("+"));
    let src = format!(
        "{names}
for(;;){{}}
function spin(a){{ while(a){{}} return 'never'; }} var k = spin(1);
function grow(){{ var s='ab'; for(;;){{ s = s + s; }} }}
function wide(){{ var a=[]; a[4294967294]=1; var b=[]; for(var i=0;;i++){{ b.push(i, i, i); }} }}
function deep(n){{ return deep(n+1) + 'x'; }} deep(0);
function bad(){{ return new RegExp('(a+)+$').test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab'); }} bad();
function code(){{ return Function('while(1){{}}')(); }} code();
function host(){{ return document.cookie + window.location; }} host();
var big = 'x'.repeat(1 << 30);
"
    );
    let r = scanner().scan_bytes("hostile.js", src.as_bytes());
    assert_ne!(r.verdict, minewatch_detect::web::Verdict::Miner);
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("string decoders stopped by their bounds")),
        "{:?}",
        r.notes
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// The decoders on a mutated obfuscated file (rc4 string array, self-defending code):
    /// strings or nothing, within the budget, never a panic.
    #[test]
    fn mutated_obfuscated_javascript_never_panics(
        edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..24),
        cut in any::<(usize, usize)>(),
    ) {
        use minewatch_detect::web::jseval::{Budget, decode_source_within};
        static SRC: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
        let src = SRC.get_or_init(|| {
            std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/corpus/obfuscated-js/nanoid.rc4-self-defending.1.js")).unwrap()
        });
        let mut b = src.clone();
        for (at, v) in edits {
            let i = at % b.len();
            b[i] = b"(){}[];,?:!=+-*/|&^<>0x'\"_ \n"[usize::from(v) % 27];
        }
        let (from, len) = (cut.0 % b.len(), cut.1 % 512);
        b.drain(from..(from + len).min(b.len()));
        let text = String::from_utf8_lossy(&b);
        let budget = Budget { fuel: 3_000_000, statement: 2_000_000, site: 200_000, sweep: 200_000 };
        if let Some(d) = decode_source_within(&text, budget) {
            prop_assert!(d.steps <= budget.fuel);
        }
    }
}

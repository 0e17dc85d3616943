//! The robustness harness (minewatch-harness) over our CryptoNight-family cores and our RandomX
//! light-mode core: every variant (cn/0, cn/half, cn-lite, cn-pico, cn-heavy, cn/gpu; S-box and
//! T-table AES; rx/0 light) through every obfuscating transform, alone and combined, must be
//! called `miner`, with evidence that names the function, the loop and what was found. The
//! cores are built by `scripts/build-test-wasm.sh` from `tests/miners/src/cn_variant.rs` and
//! `rx_light.rs` and checked in.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use minewatch_detect::web::{Scanner, Verdict};

pub(crate) fn cores() -> Vec<(String, Vec<u8>)> {
    let dir = format!("{}/tests/data/miners/variants", env!("CARGO_MANIFEST_DIR"));
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "wasm"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_str().unwrap().to_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    assert_eq!(v.len(), 13);
    v
}

/// What the evidence of a core must name: its loop's signal, its mask and what else was found.
fn expected(family: &str) -> (&'static str, &'static str, &'static [&'static str]) {
    let cn: &'static [&'static str] = &["AES", "multiply"];
    match family.trim_end_matches("_ttable") {
        "cn_lite" | "cn-lite" => ("memory-hard-loop", "0xFFFF0", cn),
        "cn_pico" | "cn-pico" => ("memory-hard-loop", "0x1FFF0", cn),
        "cn_heavy" | "cn-heavy" => ("memory-hard-loop", "0x3FFFF0", cn),
        "cn_gpu" | "cn/gpu" => ("memory-hard-loop", "0x1FFFC0", cn),
        "rx_light" | "rx/0-light" => (
            "randomx-vm",
            "0x1FFFC0",
            &[
                "RandomX-like program loop",
                "64-byte lines of a 2 MiB scratchpad",
                "floating-point",
                "multiply",
                "instruction dispatch over",
            ],
        ),
        _ => ("memory-hard-loop", "0x1FFFF0", cn),
    }
}

#[test]
fn every_variant_through_every_transform_is_a_miner_with_evidence() {
    let mut failures = Vec::new();
    let scanner = Scanner::new();
    for (core, bytes) in cores() {
        // The loop each variant has, the mask it walks its scratchpad with, and what else.
        let (id, mask, named) = expected(&core);
        for (transform, wasm) in minewatch_harness::variants(&bytes, 3).unwrap() {
            let r = scanner.scan_bytes("module.wasm", &wasm);
            // load-constants too: its masks and counts are read back from the module's data.
            let loop_signal = r.signals.iter().find(|s| s.id == format!("wasm.{id}"));
            let ok = r.verdict == Verdict::Miner
                && loop_signal.is_some_and(|s| {
                    s.evidence.starts_with("function ")
                        && s.evidence.contains(&format!("(x & {mask})"))
                        && named.iter().all(|n| s.evidence.contains(n))
                });
            if !ok {
                failures.push(format!(
                    "{core} {transform}: {:?} {:?}",
                    r.verdict,
                    r.signals
                        .iter()
                        .map(|s| format!("{} {}", s.id, s.evidence))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The second opinion on the same variants: run in the bounded interpreter, every
/// CryptoNight-family core with its constants in memory shows its scratchpad walk over the
/// region its mask spans (RandomX's light mode fills its cache for longer than the fuel lasts:
/// the structural pass above is what finds it).
#[test]
fn bounded_execution_sees_the_walk_of_every_cryptonight_core_with_constants_in_memory() {
    use minewatch_detect::web::wasm_exec;
    let mut failures = Vec::new();
    for (core, bytes) in cores().into_iter().filter(|(c, _)| c != "rx_light") {
        let (_, mask, _) = expected(&core);
        let region = 64 - u64::from_str_radix(&mask[2..], 16).unwrap().leading_zeros();
        let wasm = minewatch_harness::apply(&bytes, minewatch_harness::Transform::LoadConstants, 3)
            .unwrap();
        // The fuel caps are the scanner's; the wall-clock cap (2 s, a safety net for a loaded
        // machine in the scanner) is raised so that what is asserted is what the fuel
        // reaches, not how busy this shared 2-core machine is while the tests run in parallel.
        let limits = wasm_exec::Limits {
            wall_ms: 60_000,
            ..wasm_exec::LIMITS
        };
        let o = wasm_exec::observe(&wasm, &limits);
        let seen = o.found.as_ref().map(wasm_exec::Pattern::describe);
        if !seen.as_ref().is_some_and(|d| {
            d.contains(&format!("(2^{region})")) && d.contains("read-modify-writes")
        }) {
            failures.push(format!("{core}: {seen:?} {:?}", o.notes));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn opaque_predicates_are_proven_and_wrappers_inlined() {
    let (_, bytes) = &cores()[0];
    let plain = minewatch_detect::web::wasm_flow::analyse(bytes, 50_000_000);
    let bogus = minewatch_detect::web::wasm_flow::analyse(
        &minewatch_harness::apply(bytes, minewatch_harness::Transform::BogusFlow, 5).unwrap(),
        50_000_000,
    );
    // One opaque predicate per function and per loop was added; each is proven constant.
    assert!(
        bogus.opaque_branches >= plain.opaque_branches + 5,
        "{} vs {}",
        bogus.opaque_branches,
        plain.opaque_branches
    );
    let wrapped = minewatch_detect::web::wasm_flow::analyse(
        &minewatch_harness::apply(bytes, minewatch_harness::Transform::WrapFunctions, 5).unwrap(),
        50_000_000,
    );
    assert!(wrapped.inlined_calls > 100, "{}", wrapped.inlined_calls);
    assert_eq!(wrapped.loops.first().map(|l| l.complete()), Some(true));
}

/// An obfuscator run twice wraps its own wrappers: every core wrapped twice, and wrapped after
/// all the transforms, is still a miner on its loop (wrappers of wrappers are inlined too).
/// Flattened wrappers too (wrapped, guarded by opaque predicates, then flattened: each wrapper
/// a dispatcher loop): constants decide their every branch, so they are walked to the one path
/// they take, by the structural pass and by the mask trigger.
#[test]
fn wrappers_of_wrappers_are_inlined() {
    use minewatch_harness::{Transform, apply, apply_all};
    let scanner = Scanner::new();
    let mut failures = Vec::new();
    for (core, bytes) in cores() {
        let (id, mask, _) = expected(&core);
        let once = apply(&bytes, Transform::WrapFunctions, 5).unwrap();
        let twice = apply(&once, Transform::WrapFunctions, 6).unwrap();
        let after_all = apply(&apply_all(&bytes, 7).unwrap(), Transform::WrapFunctions, 8).unwrap();
        let guarded = apply(&once, Transform::BogusFlow, 9).unwrap();
        let flattened = apply(&guarded, Transform::Flatten, 10).unwrap();
        for (how, wasm) in [
            ("twice", twice),
            ("after all", after_all),
            ("then guarded and flattened", flattened),
        ] {
            let r = scanner.scan_bytes("m.wasm", &wasm);
            let found = r.signals.iter().any(|s| {
                s.id == format!("wasm.{id}") && s.evidence.contains(&format!("(x & {mask})"))
            });
            if r.verdict != Verdict::Miner || !found {
                failures.push(format!(
                    "{core} wrapped {how}: {:?} {:?}",
                    r.verdict, r.signals
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Instruction substitution run more than once (O-LLVM's `-sub_loop`): each round writes every
/// operation of the round before at length again, doubling the uses of every operand. Every
/// core (the RandomX one too) substituted three times, and after all the transforms twice more
/// (alone, and between wrapping and constant encoding), is still a miner on its loop:
/// substituted arithmetic is folded back where it is built (the patterns of one round, and
/// any mixed boolean-arithmetic form of two operands by its values where they are 0 or
/// all-ones), wrappers substituted three times are still inlined, and the mask trigger runs
/// small functions on the constants they are given.
#[test]
fn code_substituted_more_than_once_is_seen_through() {
    use minewatch_harness::{Transform, apply, apply_all};
    let scanner = Scanner::new();
    let mut failures = Vec::new();
    for (core, bytes) in cores() {
        let (id, mask, _) = expected(&core);
        let rounds = 3;
        let sub = |wasm: &[u8], seed| apply(wasm, Transform::Substitute, seed).unwrap();
        let mut repeated = bytes.clone();
        for seed in 0..rounds {
            repeated = sub(&repeated, 11 + seed);
        }
        let all = apply_all(&bytes, 14).unwrap();
        let mut all_more = all.clone();
        for seed in 1..rounds {
            all_more = sub(&all_more, 14 + seed);
        }
        let wrapped = apply(&all, Transform::WrapFunctions, 17).unwrap();
        let encoded = apply(&sub(&wrapped, 18), Transform::EncodeConstants, 19).unwrap();
        let between = sub(&encoded, 20);
        for (how, wasm) in [
            (format!("{rounds} times"), repeated),
            (format!("after all, {} more", rounds - 1), all_more),
            (
                "after all, around wrapping and encoding".to_owned(),
                between,
            ),
        ] {
            let r = scanner.scan_bytes("m.wasm", &wasm);
            let found = r.signals.iter().any(|s| {
                s.id == format!("wasm.{id}") && s.evidence.contains(&format!("(x & {mask})"))
            });
            if r.verdict != Verdict::Miner || !found {
                failures.push(format!(
                    "{core} substituted {how} ({} KiB): {:?} {:?}",
                    wasm.len() >> 10,
                    r.verdict,
                    r.signals
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Flattening shuffles the cases of its dispatcher: every order must be read as the code runs
/// (each case starts from the `br_table`, not from the case written before it). Seeds 5-7 and
/// 9-10 once hid cn-lite, cn-pico, cn-heavy and cn-gpu.
#[test]
fn flattened_cores_are_found_whatever_the_case_order() {
    let scanner = Scanner::new();
    let mut missed = Vec::new();
    for (core, bytes) in cores().into_iter().filter(|(c, _)| !c.ends_with("_ttable")) {
        for seed in 1..=16 {
            for (name, wasm) in [
                (
                    "flatten",
                    minewatch_harness::apply(&bytes, minewatch_harness::Transform::Flatten, seed)
                        .unwrap(),
                ),
                ("all", minewatch_harness::apply_all(&bytes, seed).unwrap()),
            ] {
                if scanner.scan_bytes("module.wasm", &wasm).verdict != Verdict::Miner {
                    missed.push(format!("{core} {name} seed {seed}"));
                }
            }
        }
    }
    assert!(missed.is_empty(), "{}", missed.join("\n"));
}

/// `(file, label, family)` rows of a fixture directory's labels.tsv.
fn labelled(dir: &str) -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(format!("{dir}/labels.tsv")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("path\t") && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0].to_owned(), f[1].to_owned(), f[2].to_owned())
        })
        .collect()
}

/// The same cores as asm.js (binaryen's wasm2js, after our wasm transforms or not, some
/// minified by terser; `scripts/make-asmjs-fixtures.sh` rebuilds them): every one is a miner,
/// with evidence naming the function, the loop, the mask of its variant, AES and the multiply
/// (CryptoNight) or the program loop's lines, floating point and multiply (RandomX).
#[test]
fn asmjs_cores_of_every_variant_are_miners_with_evidence() {
    let dir = format!("{}/tests/data/miners/asmjs", env!("CARGO_MANIFEST_DIR"));
    let rows = labelled(&dir);
    assert!(rows.len() >= 25, "{} fixtures", rows.len());
    let scanner = Scanner::new();
    let mut failures = Vec::new();
    for (file, label, family) in &rows {
        assert_eq!(label, "miner");
        let (id, mask, named) = expected(family);
        // The dispatch is a `switch` in asm.js too, but minified cores may fold it.
        let named: Vec<&&str> = named.iter().filter(|n| !n.contains("dispatch")).collect();
        let src = std::fs::read(format!("{dir}/{file}")).unwrap();
        let r = scanner.scan_bytes(file, &src);
        let ok = r.verdict == Verdict::Miner
            && r.signals.iter().any(|s| {
                s.id == format!("js.{id}")
                    && s.evidence.starts_with("asm.js function ")
                    && s.evidence.contains(&format!("(x & {mask})"))
                    && named.iter().all(|n| s.evidence.contains(**n))
            });
        if !ok {
            failures.push(format!(
                "{file}: {:?} {:?} {:?}",
                r.verdict,
                r.signals
                    .iter()
                    .map(|s| format!("{} {}", s.id, s.evidence))
                    .collect::<Vec<_>>(),
                r.notes
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Hard negatives as asm.js (argon2, lz4, SHA-256, xxHash from the npm corpus, through
/// wasm2js and terser): the structural pass runs on them (they are asm.js-shaped) and finds
/// no memory-hard loop; none is a miner.
#[test]
fn asmjs_hard_negatives_are_not_miners() {
    let dir = format!("{}/tests/data/corpus/asmjs", env!("CARGO_MANIFEST_DIR"));
    let rows = labelled(&dir);
    assert!(rows.len() >= 6);
    let scanner = Scanner::new();
    for (file, label, _) in &rows {
        assert_eq!(label, "clean");
        let src = std::fs::read_to_string(format!("{dir}/{file}")).unwrap();
        assert!(minewatch_detect::web::asm_flow::worth_it(&src), "{file}");
        let st = minewatch_detect::web::asm_flow::analyse(&src).unwrap();
        assert!(
            st.loops.iter().all(|l| !l.complete()),
            "{file}: {:?}",
            st.loops
        );
        let r = scanner.scan_bytes(file, src.as_bytes());
        assert_ne!(r.verdict, Verdict::Miner, "{file}: {:?}", r.signals);
        assert!(
            r.signals.iter().all(|s| !s.id.ends_with("loop")),
            "{file}: {:?}",
            r.signals
        );
    }
}

/// Our loaders through javascript-obfuscator with each family of its options
/// (`scripts/make-obfuscated-js-fixtures.sh`): base64 and rc4 string arrays behind wrapper
/// functions, calls transform, split strings, flattening, dead code, self-defending code,
/// numbers as arithmetic. Their strings exist only once the file's own decoders have run: every
/// one is a miner with the decoded strings as evidence, and the CryptoNight loader's wasm core
/// (itself through our wasm transforms) is rebuilt from its pieces and judged by structure.
#[test]
fn obfuscated_loaders_are_miners_on_what_their_decoders_give() {
    let dir = format!(
        "{}/tests/data/miners/obfuscated-js",
        env!("CARGO_MANIFEST_DIR")
    );
    let rows = labelled(&dir);
    assert!(rows.len() >= 12, "{} fixtures", rows.len());
    let scanner = Scanner::new();
    let mut failures = Vec::new();
    for (file, label, profile) in &rows {
        assert_eq!(label, "miner");
        let src = std::fs::read(format!("{dir}/{file}")).unwrap();
        let r = scanner.scan_bytes(file, &src);
        let has = |id: &str| r.signals.iter().any(|s| s.id == id);
        let decoded = r.signals.iter().any(|s| {
            s.id == "js.string-decoder" && s.evidence.contains("strings recovered by running")
        });
        // The cn-lite core comes back whole except where rc4 pieces of 4 characters cost more
        // than the decoder's step budget (see docs/limits.md).
        let core_expected = file.starts_with("ws-miner.") && profile != "rc4-split-renamed";
        let core = r.signals.iter().any(|s| {
            s.id == "wasm.memory-hard-loop"
                && s.evidence.contains("(x & 0xFFFF0)")
                && s.evidence.contains("64-bit multiply")
        });
        let pool = has("js.websocket-pool-messages");
        if r.verdict != Verdict::Miner || !decoded || !pool || (core_expected && !core) {
            failures.push(format!(
                "{file}: {:?} decoded={decoded} pool={pool} core={core} {:?} {:?}",
                r.verdict,
                r.signals.iter().map(|s| s.id).collect::<Vec<_>>(),
                r.notes
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The file that only decoding explains: rc4 string array, every string split in 8-character
/// pieces, flattened (`ws-miner.split.obfuscated.js`). Before the decoders ran it was
/// `suspicious` on pool words alone; now its wasm core is put back together and found.
#[test]
fn rc4_split_strings_give_back_the_embedded_core() {
    let path = format!(
        "{}/tests/data/miners/ws-miner.split.obfuscated.js",
        env!("CARGO_MANIFEST_DIR")
    );
    let src = std::fs::read(&path).unwrap();
    let r = Scanner::new().scan_bytes("ws-miner.split.obfuscated.js", &src);
    assert_eq!(r.verdict, Verdict::Miner, "{:?}", r.signals);
    let decoder = r
        .signals
        .iter()
        .find(|s| s.id == "js.string-decoder")
        .unwrap();
    assert!(
        decoder.evidence.contains("wss://pool.invalid:443/proxy")
            && decoder.evidence.contains("job_id"),
        "{}",
        decoder.evidence
    );
    assert!(
        r.signals
            .iter()
            .any(|s| s.id == "wasm.memory-hard-loop" && s.evidence.contains("0x1FFFF0")),
        "{:?}",
        r.signals
    );
}

/// Benign library code (Keccak in JavaScript, a wasm loader with its module in base64, an id
/// generator) through the same obfuscator options: the decoders run and recover their strings,
/// and none is a miner.
#[test]
fn obfuscated_benign_libraries_are_not_miners() {
    let dir = format!(
        "{}/tests/data/corpus/obfuscated-js",
        env!("CARGO_MANIFEST_DIR")
    );
    let rows = labelled(&dir);
    assert!(rows.len() >= 9);
    let scanner = Scanner::new();
    for (file, label, _) in &rows {
        assert_eq!(label, "clean");
        let src = std::fs::read(format!("{dir}/{file}")).unwrap();
        let r = scanner.scan_bytes(file, &src);
        assert_ne!(r.verdict, Verdict::Miner, "{file}: {:?}", r.signals);
        assert!(
            r.signals.iter().any(|s| s.id == "js.string-decoder"),
            "{file}: the decoders did not run: {:?}",
            r.signals
        );
    }
}

/// Mining workers without a pool client (a CryptoNight worker on an emscripten module, a
/// RandomX worker on a wasm VM), in the clear, minified and obfuscated
/// (`scripts/make-obfuscated-js-fixtures.sh`): each is found by what it does (jobs by message,
/// the script's own hash call in a loop over a nonce, results posted back), `suspicious` alone,
/// and a `miner` beside the hash core it loads. A benign worker of the same outline (a tile
/// renderer, same variants) gives no such signal.
#[test]
fn mining_workers_are_found_by_their_job_loop() {
    let dir = format!("{}/tests/data/miners/loaders", env!("CARGO_MANIFEST_DIR"));
    let rows = labelled(&dir);
    assert!(rows.len() >= 10);
    let scanner = Scanner::new();
    for (file, label, _) in &rows {
        assert_eq!(label, "miner");
        let src = std::fs::read(format!("{dir}/{file}")).unwrap();
        let r = scanner.scan_bytes(file, &src);
        let sig = r.signals.iter().find(|s| s.id == "js.worker-job-loop");
        assert!(
            sig.is_some_and(|s| s.evidence.contains("in a loop over a counter")),
            "{file}: {:?}",
            r.signals
        );
        assert_eq!(r.verdict, Verdict::Suspicious, "{file}: {:?}", r.signals);
    }
    // Beside the hash core it loads (here a SHA-256d module named as the worker names it):
    // one site report, a miner.
    let tmp = tempfile::tempdir().unwrap();
    std::fs::copy(
        format!("{dir}/rx-worker.rc4-self-defending.1.js"),
        tmp.path().join("rx-worker.js"),
    )
    .unwrap();
    std::fs::copy(
        format!(
            "{}/tests/data/miners/sha256d_core.wasm",
            env!("CARGO_MANIFEST_DIR")
        ),
        tmp.path().join("rx.wasm"),
    )
    .unwrap();
    let reports = scanner.scan_path(tmp.path(), &|_| {}).unwrap();
    let site = reports
        .iter()
        .find(|r| r.name.starts_with("site:"))
        .unwrap_or_else(|| panic!("{reports:?}"));
    assert_eq!(site.verdict, Verdict::Miner, "{:?}", site.signals);
    // A RandomX web miner whole: the obfuscated worker beside our RandomX core through every
    // wasm transform at once. The core is a miner on its own program loop (so no site report
    // is needed to say more), the worker suspicious on its job loop.
    let rx = cores()
        .into_iter()
        .find(|(name, _)| name == "rx_light")
        .unwrap()
        .1;
    std::fs::write(
        tmp.path().join("rx.wasm"),
        minewatch_harness::apply_all(&rx, 11).unwrap(),
    )
    .unwrap();
    let reports = scanner.scan_path(tmp.path(), &|_| {}).unwrap();
    let verdict_of = |end: &str, id: &str| {
        let r = reports.iter().find(|r| r.name.ends_with(end)).unwrap();
        assert!(
            r.signals.iter().any(|s| s.id == id),
            "{end}: {:?}",
            r.signals
        );
        r.verdict
    };
    assert_eq!(verdict_of("rx.wasm", "wasm.randomx-vm"), Verdict::Miner);
    assert_eq!(
        verdict_of("rx-worker.js", "js.worker-job-loop"),
        Verdict::Suspicious
    );

    let neg = format!("{}/tests/data/corpus/loaders", env!("CARGO_MANIFEST_DIR"));
    let rows = labelled(&neg);
    assert!(rows.len() >= 5);
    for (file, label, _) in &rows {
        assert_eq!(label, "clean");
        let src = std::fs::read(format!("{neg}/{file}")).unwrap();
        let r = scanner.scan_bytes(file, &src);
        assert_eq!(r.verdict, Verdict::Clean, "{file}: {:?}", r.signals);
        assert!(
            r.signals.iter().all(|s| s.id != "js.worker-job-loop"),
            "{file}: {:?}",
            r.signals
        );
    }
}

/// Pages that configure and start a miner in an inline script (a wallet or a site key, a pool
/// or knobs, then `start()`) or in their markup (the same settings in an element's `data-`
/// attributes, with an autostart attribute), in the clear and with their inline scripts through
/// javascript-obfuscator (`scripts/make-obfuscated-js-fixtures.sh`: string arrays, split
/// strings, flattening with object keys moved into assignments). Every one shows
/// `js.miner-config-start` (`html.` in markup); where a wallet goes with a pool address (the login a pool takes)
/// the page alone is a miner, and so is one whose throttle is a share of the CPU
/// (`js.miner-cpu-throttle`); a site key with other knobs is a miner's API, `suspicious` on its
/// own (the library it starts, beside it or named in the lists, makes the rest of the case).
/// The options may come from a function that returns them (a literal, or an object filled
/// property by property), or be read at run time from fetched JSON by the names the library
/// takes (`conf.siteKey`): that page loads its library from a blocklisted address, and the two
/// together are a miner.
/// Benign pages of the same outline (a donation address copied to the clipboard or shown by a
/// widget, a search key, a pool's statistics page or widget, an SDK with a licence and a thread
/// count, an analytics SDK with a throttle in milliseconds, a video player's licence key with
/// autostart, an SDK whose options a function returns, a player and a captcha configured from
/// fetched JSON) are never miners.
#[test]
fn pages_that_configure_and_start_a_miner_are_found() {
    let dir = format!("{}/tests/data/miners/pages", env!("CARGO_MANIFEST_DIR"));
    let rows = labelled(&dir);
    assert!(rows.len() >= 24, "{} fixtures", rows.len());
    let scanner = Scanner::new();
    let mut failures = Vec::new();
    for (file, label, family) in &rows {
        assert_eq!(label, "miner");
        let src = std::fs::read(format!("{dir}/{file}")).unwrap();
        let r = scanner.scan_bytes(file, &src);
        let is = |s: &minewatch_detect::finding::Finding, what: &str| {
            s.id == format!("js.{what}") || s.id == format!("html.{what}")
        };
        let config = r.signals.iter().find(|s| is(s, "miner-config-start"));
        let wallet = config.is_some_and(|s| s.evidence.contains("a wallet address"));
        let login = r.signals.iter().any(|s| is(s, "pool-login-config"));
        // These pages' sources give a throttle that is a share of the CPU (0.2 to 0.5).
        let cpu_share = [
            "coinhive-selfhosted",
            "coinimp-client",
            "cryptoloot-threads",
            "wallet-pool-options",
            "coinhive-div-autostart",
            "config-function",
            "config-builder",
        ]
        .contains(&family.as_str());
        let fetched = family == "config-fetched";
        let throttled = r.signals.iter().any(|s| is(s, "miner-cpu-throttle"));
        let expected = if wallet || cpu_share || fetched {
            Verdict::Miner
        } else {
            Verdict::Suspicious
        };
        // At least the expected verdict (a page may have more: a blocklisted script URL), and
        // evidence that names what was started and how, obfuscated or not.
        if config.is_none()
            || r.verdict < expected
            || wallet != login
            || throttled != cpu_share
            || !config.is_some_and(|s| s.evidence.contains("start"))
            || fetched != config.is_some_and(|s| s.evidence.contains("read from fetched JSON"))
        {
            failures.push(format!("{file}: {:?} {:?}", r.verdict, r.signals));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let neg = format!("{}/tests/data/corpus/pages", env!("CARGO_MANIFEST_DIR"));
    let rows = labelled(&neg);
    assert!(rows.len() >= 20);
    for (file, label, family) in &rows {
        assert_eq!(label, "clean");
        let src = std::fs::read(format!("{neg}/{file}")).unwrap();
        let r = scanner.scan_bytes(file, &src);
        assert_ne!(r.verdict, Verdict::Miner, "{file}: {:?}", r.signals);
        assert!(
            r.signals
                .iter()
                .all(|s| !s.id.ends_with(".pool-login-config")
                    && !s.id.ends_with(".miner-cpu-throttle")),
            "{file}: {:?}",
            r.signals
        );
        // Only the SDKs (a licence key and a thread count, or a write key and a throttle in
        // milliseconds, then start(); one of them returned by a function) look like a miner's
        // API.
        if !["barcode-sdk", "analytics-throttle", "config-function-sdk"].contains(&family.as_str())
        {
            assert_eq!(r.verdict, Verdict::Clean, "{file}: {:?}", r.signals);
        }
    }
}

/// A configuration reads the same whether it is written in the call, returned by a function
/// (declared before or after the call, as a literal or filled property by property, kept in a
/// variable or handed over directly), or read at run time from fetched JSON by the names a
/// miner takes (`conf.wallet`, `conf.siteKey`). Read by name alone it is `suspicious`, never a
/// miner; names read from data that is not JSON, and generic names (`conf.key`), are not a
/// configuration.
#[test]
fn configurations_returned_by_functions_or_fetched_as_json_are_read() {
    let scanner = Scanner::new();
    let key = "'Zp8QmW3vK2xR7tB9nL4cY6hJ1sD5fG0a'";
    let miners = [
        format!(
            "function o() {{ return {{throttle: 0.3}}; }} new Client.Anonymous({key}, o()).start();"
        ),
        format!(
            "new Client.Anonymous({key}, o()).start(); function o() {{ return {{throttle: 0.3}}; }}"
        ),
        format!(
            "const o = () => ({{throttle: 0.3}}); const m = new Client.Anonymous({key}, o()); m.start();"
        ),
        format!(
            "var o = function () {{ var c = {{}}; c.sk = {key}; c.throttle = 0.3; return c; }}; var s = o(); var m = new Client.Anonymous(s.sk, s); m.start();"
        ),
    ];
    for src in &miners {
        let r = scanner.scan_bytes("page.js", src.as_bytes());
        assert_eq!(r.verdict, Verdict::Miner, "{src}: {:?}", r.signals);
        assert!(
            r.signals
                .iter()
                .any(|s| s.id == "js.miner-config-start"
                    && s.evidence.contains("a site key Zp8QmW3v")),
            "{src}: {:?}",
            r.signals
        );
    }
    let fetched = [
        "fetch('/c.json').then(r => r.json()).then(conf => { const m = new Engine(conf.siteKey, {threads: conf.threads, throttle: conf.throttle}); m.start(); });",
        "$.getJSON('/c', function (c) { startMining(c.wallet, {pool: c.pool}); });",
        "const c = JSON.parse(text); const m = new Engine({walletAddress: c.w, threads: 2}); m.start();",
    ];
    for src in fetched {
        let r = scanner.scan_bytes("page.js", src.as_bytes());
        assert_eq!(r.verdict, Verdict::Suspicious, "{src}: {:?}", r.signals);
        assert!(
            r.signals.iter().any(|s| s.id == "js.miner-config-start"
                && s.evidence.contains("read from fetched JSON")
                && s.evidence.contains("start")),
            "{src}: {:?}",
            r.signals
        );
        assert!(
            r.signals.iter().all(|s| s.id != "js.pool-login-config"),
            "{src}: {:?}",
            r.signals
        );
    }
    let not_configs = [
        // Not read from JSON.
        "function go(conf) { const m = new Engine(conf.siteKey, {throttle: conf.throttle}); m.start(); }",
        // A generic name.
        "fetch('/c.json').then(r => r.json()).then(conf => { new Player(conf.key, {threads: conf.threads}).start(); });",
        // A captcha's site key, with no knobs, rendered rather than started.
        "fetch('/c.json').then(r => r.json()).then(conf => { hcaptcha.render('c', {sitekey: conf.siteKey, theme: 'dark'}); });",
        // Knobs and a credential by name, but nothing is started.
        "fetch('/c.json').then(r => r.json()).then(conf => { new Engine(conf.siteKey, {threads: conf.threads}); });",
    ];
    for src in not_configs {
        let r = scanner.scan_bytes("page.js", src.as_bytes());
        assert!(
            r.signals
                .iter()
                .all(|s| !s.id.starts_with("js.miner-config")),
            "{src}: {:?}",
            r.signals
        );
        assert_eq!(r.verdict, Verdict::Clean, "{src}: {:?}", r.signals);
    }
}

/// A throttle counts as a share of the CPU however it is written (a literal, arithmetic as
/// obfuscators write numbers, an options object declared first and filled key by key) and only
/// where it is one: a throttle in milliseconds, or of 1 or more, leaves a site key's
/// configuration a miner's API, `suspicious`, never a miner.
#[test]
fn a_throttle_that_is_a_share_of_the_cpu_makes_a_started_configuration_a_miner() {
    let scanner = Scanner::new();
    let key = "'Zp8QmW3vK2xR7tB9nL4cY6hJ1sD5fG0a'";
    let miners = [
        format!("var m = new Client.Anonymous({key}, {{throttle: 0.25}}); m.start();"),
        format!("var m = new Client.Anonymous({key}, {{'throttle': -0x1*-0x3/0xa}}); m.start();"),
        format!("var o = {{}}; o['throttle'] = 0.4; o.c = 'w'; new Q.A({key}, o).start();"),
    ];
    for src in &miners {
        let r = scanner.scan_bytes("page.js", src.as_bytes());
        assert_eq!(r.verdict, Verdict::Miner, "{src}: {:?}", r.signals);
        assert!(
            r.signals
                .iter()
                .any(|s| s.id == "js.miner-cpu-throttle" && s.evidence.contains("throttle of 0.")),
            "{src}: {:?}",
            r.signals
        );
    }
    let not_miners = [
        format!("var t = new Tracker({key}, {{throttle: 500}}); t.start();"),
        format!("var t = new Tracker({key}, {{throttle: 1}}); t.start();"),
        format!("var t = new Tracker({key}, {{throttle: -0.5}}); t.start();"),
        format!("var t = new Tracker({key}, {{numThreads: 4}}); t.start();"),
        // A share of the CPU, but nothing is started.
        format!("var t = new Tracker({key}, {{throttle: 0.3}});"),
    ];
    for src in &not_miners {
        let r = scanner.scan_bytes("page.js", src.as_bytes());
        assert_ne!(r.verdict, Verdict::Miner, "{src}: {:?}", r.signals);
        assert!(
            r.signals.iter().all(|s| s.id != "js.miner-cpu-throttle"),
            "{src}: {:?}",
            r.signals
        );
    }
}

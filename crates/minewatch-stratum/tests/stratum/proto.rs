//! The sans-io protocol on real Stratum traffic, round trips and hostile bytes.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use minewatch_pow::{BlockHash, Header, MerkleNode, Target, hex};
use minewatch_stratum::proto::{
    ErrorCode, Id, Job, LineBuffer, Message, Method, StratumError, Submit, SubscribeResult,
    configure_result_mask, share_difficulty,
};
use proptest::prelude::*;
use serde_json::{Value, json};

const VECTORS: &str = include_str!("../data/stratum_vectors.json");
const TRANSCRIPTS: &str = include_str!("../data/stratum_loopback_transcripts.txt");

fn vectors() -> Value {
    serde_json::from_str(VECTORS).unwrap()
}

fn bitaxe_job(v: &Value) -> Job {
    let notify = json!({"id": null, "method": "mining.notify", "params": v["notify_params"]});
    match Message::parse(notify.to_string().as_bytes()).unwrap() {
        Message::Request {
            id: None,
            method: Method::Notify(j),
        } => j,
        other => panic!("{other:?}"),
    }
}

#[test]
fn real_bitaxe_share_gives_the_recorded_header_hash_and_difficulty() {
    let all = vectors();
    let v = &all["bitaxe_share_2025_06_19"];
    let c = &v["computed"];
    // Subscribe result and configure, as the pool sent them.
    let sub = SubscribeResult::from_value(&json!([
        [["mining.notify", "x"]],
        v["subscribe_result"]["extranonce1"],
        v["subscribe_result"]["extranonce2_size"]
    ]))
    .unwrap();
    assert_eq!(sub.extranonce1, hex::decode("4128064f").unwrap());
    assert_eq!(sub.extranonce2_size, 4);
    let mask = configure_result_mask(
        &json!({"version-rolling": true, "version-rolling.mask": v["configure_version_mask"]}),
    )
    .unwrap();
    assert_eq!(mask, 0x1fff_e000);
    let diff_line =
        json!({"id": null, "method": "mining.set_difficulty", "params": [v["set_difficulty"]]})
            .to_string();
    let Message::Request {
        method: Method::SetDifficulty(share_diff),
        ..
    } = Message::parse(diff_line.as_bytes()).unwrap()
    else {
        panic!("set_difficulty")
    };
    assert_eq!(share_diff, 8192.0);

    let job = bitaxe_job(v);
    assert_eq!(
        job.prev_blockhash.to_internal_hex(),
        c["prevhash_internal"].as_str().unwrap()
    );
    assert_eq!(
        job.prev_blockhash.to_string(),
        c["prevhash_display"].as_str().unwrap()
    );

    let submit_line =
        json!({"id": 11, "method": "mining.submit", "params": v["submit_params"]}).to_string();
    let Message::Request {
        id,
        method: Method::Submit(s),
    } = Message::parse(submit_line.as_bytes()).unwrap()
    else {
        panic!("submit")
    };
    assert_eq!(id, Some(Id::Num(11)));
    assert_eq!(s.version_bits, Some(0x00b4_4000));
    assert_eq!(
        hex::encode(&job.coinbase(&sub.extranonce1, &s.extranonce2)),
        c["coinbase_hex"].as_str().unwrap()
    );
    let root = job.merkle_root(&sub.extranonce1, &s.extranonce2);
    assert_eq!(
        root.to_internal_hex(),
        c["merkle_root_internal"].as_str().unwrap()
    );
    let header = job.header(
        &sub.extranonce1,
        &s.extranonce2,
        s.ntime,
        s.nonce,
        s.version_bits,
        mask,
    );
    assert_eq!(
        format!("{:08x}", header.version),
        c["version_rolled"].as_str().unwrap()
    );
    assert_eq!(header.to_hex(), c["header_hex"].as_str().unwrap());
    let hash = header.block_hash();
    assert_eq!(hash.to_string(), c["header_hash_display"].as_str().unwrap());
    let d = share_difficulty(&hash);
    assert!((d - 29588.014).abs() < 0.001, "{d}");
    assert!(Target::from_difficulty(share_diff).unwrap().is_met_by(hash));
    assert!(
        !header
            .target(&minewatch_pow::Params::mainnet())
            .unwrap()
            .is_met_by(hash)
    );
    // The pool's answer.
    let resp = Message::parse(v["submit_response"].to_string().as_bytes()).unwrap();
    assert_eq!(resp, Message::ok(Some(Id::Num(11)), json!(true)));
}

#[test]
fn mainnet_block_881423_as_a_stratum_job_gives_its_block_hash() {
    let all = vectors();
    let v = &all["block_881423"];
    let branch = v["merkle_branches_internal_hex"].clone();
    assert!(!branch.as_array().unwrap().is_empty());
    let params = json!([
        "b881423",
        v["notify_prevhash_wordswapped"],
        v["coinb1"],
        v["coinb2"],
        branch,
        v["version"],
        v["nbits"],
        v["ntime"],
        true
    ]);
    let line = json!({"id": null, "method": "mining.notify", "params": params}).to_string();
    let Message::Request {
        method: Method::Notify(job),
        ..
    } = Message::parse(line.as_bytes()).unwrap()
    else {
        panic!()
    };
    let en1 = hex::decode(v["extranonce1"].as_str().unwrap()).unwrap();
    let en2 = hex::decode(v["extranonce2"].as_str().unwrap()).unwrap();
    assert_eq!(
        hex::encode(&job.coinbase(&en1, &en2)),
        v["coinbase_legacy_hex"].as_str().unwrap()
    );
    let nonce = u32::from_str_radix(v["nonce_submit_hex"].as_str().unwrap(), 16).unwrap();
    let header = job.header(&en1, &en2, job.ntime, nonce, None, 0);
    assert_eq!(
        header.merkle_root.to_internal_hex(),
        v["merkle_root_internal_hex"].as_str().unwrap()
    );
    assert_eq!(header.to_hex(), v["header_hex"].as_str().unwrap());
    assert_eq!(
        header.block_hash(),
        v["block_hash"]
            .as_str()
            .unwrap()
            .parse::<BlockHash>()
            .unwrap()
    );
    assert!(
        header
            .validate_pow(&minewatch_pow::Params::mainnet())
            .is_ok()
    );
}

/// Every share real miners (cpuminer 2.5.1, cpuminer-opt 26.1, ckpool's proxy) submitted in the
/// recorded loopback sessions rebuilds to a header whose difficulty matches the pool's check.
#[test]
fn recorded_miner_submits_rebuild_to_the_pools_share_difficulty() {
    let all = vectors();
    let job = bitaxe_job(&all["bitaxe_share_2025_06_19"]);
    let en1 = hex::decode("4128064f").unwrap();
    let mut pending: Option<Submit> = None;
    let mut checked = 0;
    for line in TRANSCRIPTS.lines() {
        if let Some(rest) = line.strip_prefix("C> ") {
            let json_part = rest.split_once(' ').unwrap().1;
            if let Ok(Message::Request {
                method: Method::Submit(s),
                ..
            }) = Message::parse(json_part.as_bytes())
            {
                pending = Some(s);
            }
        } else if let Some(rest) = line.strip_prefix("CHK ") {
            let s = pending.take().expect("a CHK follows a submit");
            let want: f64 = rest
                .split("share diff ")
                .nth(1)
                .unwrap()
                .split_whitespace()
                .next()
                .unwrap()
                .parse()
                .unwrap();
            let h = job.header(
                &en1,
                &s.extranonce2,
                s.ntime,
                s.nonce,
                s.version_bits,
                0x1fff_e000,
            );
            let got = share_difficulty(&h.block_hash());
            assert!(
                (got - want).abs() <= want * 1e-4,
                "submit {s:?}: {got} vs {want}"
            );
            assert!(got >= 0.001);
            checked += 1;
        }
    }
    eprintln!("recorded submits checked: {checked}");
    assert!(checked >= 2, "{checked}");
}

#[test]
fn errors_and_results_use_the_standard_shapes() {
    let e = Message::err(
        Some(Id::Num(4)),
        StratumError::new(ErrorCode::LowDifficulty),
    );
    assert_eq!(
        e.to_line(),
        "{\"error\":[23,\"Low difficulty share\",null],\"id\":4,\"result\":null}\n"
    );
    assert_eq!(
        Message::parse(e.to_line().trim_end().as_bytes()).unwrap(),
        e
    );
    for code in 20..=25 {
        assert_eq!(ErrorCode::from_code(code).unwrap().code(), code);
    }
    // JSON-RPC 2.0 style error objects from some pools.
    let m = Message::parse(br#"{"id":"a","result":null,"error":{"code":21,"message":"Stale"}}"#)
        .unwrap();
    assert!(matches!(
        m,
        Message::Response {
            id: Some(Id::Str(_)),
            error: Some(StratumError { code: 21, .. }),
            ..
        }
    ));
    assert!(Message::parse(b"{}").is_err());
    assert!(Message::parse(b"[1,2]").is_err());
    assert!(
        Message::parse(br#"{"id":1,"method":"mining.submit","params":["w","j","zz","0","0"]}"#)
            .unwrap_err()
            .to_string()
            .contains("extranonce2")
    );
    assert!(Message::parse(br#"{"id":1,"method":"mining.set_difficulty","params":[-1]}"#).is_err());
    assert!(
        Message::parse(br#"{"id":1,"method":"mining.notify","params":["j"]}"#)
            .unwrap_err()
            .to_string()
            .contains("expected 9 params")
    );
    let sub = SubscribeResult {
        subscriptions: vec![("mining.notify".into(), "1".into())],
        extranonce1: vec![1, 2],
        extranonce2_size: 4,
    };
    assert_eq!(SubscribeResult::from_value(&sub.to_value()).unwrap(), sub);
    assert_eq!(
        configure_result_mask(&json!({"version-rolling": false})),
        None
    );
}

fn method_strategy() -> impl Strategy<Value = Method> {
    let s = "[a-zA-Z0-9._/-]{0,12}";
    let diff = (1u32..1_000_000, 0u32..4).prop_map(|(m, e)| f64::from(m) / 10f64.powi(e as i32));
    prop_oneof![
        (s, s).prop_map(|(u, p)| Method::Authorize {
            username: format!("u{u}"),
            password: p
        }),
        (
            proptest::option::of("[a-z/.0-9]{1,10}"),
            proptest::option::of("[0-9a-f]{1,8}")
        )
            .prop_map(|(a, s)| Method::Subscribe {
                user_agent: a,
                session_id: s
            }),
        Just(Method::ExtranonceSubscribe),
        diff.clone().prop_map(Method::SuggestDifficulty),
        diff.prop_map(Method::SetDifficulty),
        (
            s,
            s,
            prop::collection::vec(any::<u8>(), 0..8),
            any::<u32>(),
            any::<u32>(),
            proptest::option::of(any::<u32>())
        )
            .prop_map(|(w, j, e, t, n, v)| Method::Submit(Submit {
                worker: w,
                job_id: j,
                extranonce2: e,
                ntime: t,
                nonce: n,
                version_bits: v
            })),
        (
            s,
            any::<[u8; 32]>(),
            prop::collection::vec(any::<u8>(), 0..80),
            prop::collection::vec(any::<u8>(), 0..80),
            prop::collection::vec(any::<[u8; 32]>(), 0..12),
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>()
        )
            .prop_map(
                |(id, prev, c1, c2, br, v, b, t, clean)| Method::Notify(Job {
                    job_id: id,
                    prev_blockhash: BlockHash(prev),
                    coinb1: c1,
                    coinb2: c2,
                    merkle_branch: br.into_iter().map(MerkleNode).collect(),
                    version: v,
                    bits: minewatch_pow::CompactTarget(b),
                    ntime: t,
                    clean_jobs: clean,
                })
            ),
        (prop::collection::vec(any::<u8>(), 0..8), 0usize..=16).prop_map(|(e, n)| {
            Method::SetExtranonce {
                extranonce1: e,
                extranonce2_size: n,
            }
        }),
        any::<u32>().prop_map(Method::SetVersionMask),
        (
            proptest::option::of("[a-z.]{1,12}"),
            proptest::option::of(any::<u16>()),
            proptest::option::of(0u64..1000)
        )
            .prop_map(|(h, p, w)| Method::Reconnect {
                host: h,
                port: p,
                wait_secs: w
            }),
        Just(Method::GetVersion),
        s.prop_map(Method::ShowMessage),
        Just(Method::Ping),
        (
            prop::collection::vec("[a-z]{1,6}", 0..3),
            proptest::option::of("[0-9a-f]{8}")
        )
            .prop_map(|(ext, mask)| {
                let mut params = serde_json::Map::new();
                if let Some(m) = mask {
                    params.insert("version-rolling.mask".into(), json!(m));
                }
                Method::Configure {
                    extensions: ext,
                    params,
                }
            }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn every_message_round_trips(m in method_strategy(), id in proptest::option::of(any::<u32>())) {
        let msg = Message::Request { id: id.map(|i| Id::Num(u64::from(i))), method: m };
        let line = msg.to_line();
        prop_assert!(line.ends_with('\n') && !line[..line.len() - 1].contains('\n'));
        let mut buf = LineBuffer::default();
        buf.push(line.as_bytes());
        let framed = buf.next_line().unwrap().unwrap();
        prop_assert_eq!(Message::parse(&framed).unwrap(), msg);
    }

    /// Random bytes, split at random points: framing and decoding return values or errors,
    /// never panic, and buffered memory stays under the limit.
    #[test]
    fn hostile_bytes_never_panic(chunks in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..300), 0..8)) {
        let mut buf = LineBuffer::new(256);
        for c in &chunks {
            buf.push(c);
            while let Some(line) = buf.next_line() {
                if let Ok(l) = line {
                    let _ = Message::parse(&l);
                }
            }
            prop_assert!(buf.buffered() <= 256 + 300);
        }
    }

    /// Valid JSON of the wrong shapes under real method names.
    #[test]
    fn wrong_shapes_are_errors_not_panics(method in prop::sample::select(vec![
        "mining.submit", "mining.notify", "mining.subscribe", "mining.authorize", "mining.configure",
        "mining.set_difficulty", "mining.set_extranonce", "mining.set_version_mask", "client.reconnect",
    ]), params in prop::collection::vec(prop_oneof![
        Just(json!(null)), any::<i64>().prop_map(|n| json!(n)), "[0-9a-fz]{0,70}".prop_map(|s| json!(s)),
        Just(json!([])), Just(json!({})), any::<bool>().prop_map(|b| json!(b)), Just(json!(["ab", 1]))
    ], 0..10)) {
        let line = json!({"id": 1, "method": method, "params": params}).to_string();
        let _ = Message::parse(line.as_bytes());
    }
}

#[test]
fn header_of_a_job_without_rolling_keeps_the_version() {
    let all = vectors();
    let job = bitaxe_job(&all["bitaxe_share_2025_06_19"]);
    let h: Header = job.header(&[1], &[2], 3, 4, None, 0x1fff_e000);
    assert_eq!(h.version as u32, job.version);
    assert_eq!(h.bits, job.bits);
    let h2 = job.header(&[1], &[2], 3, 4, Some(0xffff_ffff), 0x1fff_e000);
    assert_eq!(h2.version as u32, job.version | 0x1fff_e000);
}

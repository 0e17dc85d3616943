//! Reading header files and verifying a (possibly gappy) set of headers against consensus:
//! proof of work, parent links, difficulty continuity and retargets, median time past and
//! version rules, with the chain work of what was checked.
//!
//! Three input formats are understood:
//! - TSV with a `height`, `header_hex` and optional `block_hash` column (the format of
//!   minewatch's test data); blank lines and lines starting with `#` are skipped;
//! - one 160-digit hex header per line, heights counted from a start height;
//! - raw 80-byte headers back to back, heights counted from a start height.

use core::fmt;
use std::collections::BTreeMap;

use thiserror::Error;

use crate::hash::BlockHash;
use crate::header::{HEADER_SIZE, Header, HeaderError};
use crate::params::Params;
use crate::retarget::{
    calculate_next_work_required, is_retarget_height, permitted_difficulty_transition,
};
use crate::target::Work;

/// The layout of a header file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// Tab-separated `height`, `header_hex`, optional `block_hash`, then anything.
    Tsv,
    /// One hex header per line.
    Hex,
    /// Raw 80-byte headers.
    Raw,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Tsv => "tsv",
            Self::Hex => "hex",
            Self::Raw => "raw",
        })
    }
}

/// Where in the input something is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Location {
    /// A 1-based line number (text formats).
    Line(usize),
    /// A byte offset (raw format).
    Offset(usize),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Line(n) => write!(f, "line {n}"),
            Self::Offset(n) => write!(f, "offset {n}"),
        }
    }
}

/// A header file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{location}: {kind}")]
#[non_exhaustive]
pub struct ParseError {
    /// Where.
    pub location: Location,
    /// What.
    pub kind: ParseErrorKind,
}

/// What was wrong with a header file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// No headers at all.
    #[error("no headers found")]
    Empty,
    /// Raw input whose length is not a multiple of 80.
    #[error("truncated file: {0} bytes left, expected an 80-byte header")]
    Truncated(usize),
    /// A text line that is not valid UTF-8.
    #[error("not valid UTF-8 text")]
    NotText,
    /// A TSV line with too few columns.
    #[error("expected at least 2 tab-separated columns (height, header_hex), found {0}")]
    Columns(usize),
    /// A height that is not a number.
    #[error("invalid height {0:?}")]
    Height(String),
    /// A header that is not 80 bytes of hex.
    #[error("{0}")]
    Header(#[from] HeaderError),
    /// A recorded block hash that is not 64 hex digits.
    #[error("invalid block hash {0:?}")]
    BlockHash(String),
    /// The same height twice.
    #[error("duplicate height {height} (first at {first})")]
    Duplicate {
        /// The height.
        height: u32,
        /// Where it first appeared.
        first: Location,
    },
    /// Heights counted from the start height run past `u32::MAX`.
    #[error("height overflows u32")]
    HeightOverflow,
}

/// One header read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderRecord {
    /// Its height (from the file, or counted from the start height).
    pub height: u32,
    /// The header.
    pub header: Header,
    /// The block hash the file claims, if it records one.
    pub recorded_hash: Option<BlockHash>,
    /// Where it was read.
    pub location: Location,
}

/// Guesses the format: TSV if the first non-blank line has a tab or names a `height` column,
/// hex if every byte is a hex digit or whitespace, raw otherwise.
pub fn detect_format(bytes: &[u8]) -> Format {
    let first = bytes
        .split(|&b| b == b'\n')
        .map(|l| l.trim_ascii())
        .find(|l| !l.is_empty() && !l.starts_with(b"#"));
    if let Some(line) = first
        && (line.contains(&b'\t') || line.starts_with(b"height"))
        && core::str::from_utf8(line).is_ok()
    {
        return Format::Tsv;
    }
    if !bytes.is_empty()
        && bytes
            .iter()
            .all(|b| b.is_ascii_hexdigit() || b.is_ascii_whitespace())
    {
        return Format::Hex;
    }
    Format::Raw
}

/// Reads every header in `bytes`. `start_height` numbers the headers of the hex and raw
/// formats, which carry no heights.
pub fn parse_headers(
    bytes: &[u8],
    format: Format,
    start_height: u32,
) -> Result<Vec<HeaderRecord>, ParseError> {
    let records = match format {
        Format::Raw => parse_raw(bytes, start_height)?,
        Format::Hex => parse_lines(bytes, |line, n, loc| {
            let height = start_height.checked_add(n).ok_or(ParseError {
                location: loc,
                kind: ParseErrorKind::HeightOverflow,
            })?;
            let header = Header::from_hex(line).map_err(|e| ParseError {
                location: loc,
                kind: e.into(),
            })?;
            Ok(Some(HeaderRecord {
                height,
                header,
                recorded_hash: None,
                location: loc,
            }))
        })?,
        Format::Tsv => parse_lines(bytes, |line, _, loc| {
            let err = |kind| ParseError {
                location: loc,
                kind,
            };
            let cols: Vec<&str> = line.split('\t').collect();
            if cols[0].trim() == "height" {
                return Ok(None);
            }
            if cols.len() < 2 {
                return Err(err(ParseErrorKind::Columns(cols.len())));
            }
            let height = cols[0]
                .trim()
                .parse::<u32>()
                .map_err(|_| err(ParseErrorKind::Height(cols[0].to_owned())))?;
            let header = Header::from_hex(cols[1]).map_err(|e| err(e.into()))?;
            let recorded_hash = match cols.get(2).map(|s| s.trim()) {
                None | Some("") | Some("-") => None,
                Some(h) => Some(
                    BlockHash::from_display_hex(h)
                        .map_err(|_| err(ParseErrorKind::BlockHash(h.to_owned())))?,
                ),
            };
            Ok(Some(HeaderRecord {
                height,
                header,
                recorded_hash,
                location: loc,
            }))
        })?,
    };
    if records.is_empty() {
        return Err(ParseError {
            location: Location::Offset(0),
            kind: ParseErrorKind::Empty,
        });
    }
    Ok(records)
}

fn parse_raw(bytes: &[u8], start_height: u32) -> Result<Vec<HeaderRecord>, ParseError> {
    let chunks = bytes.chunks_exact(HEADER_SIZE);
    let rest = chunks.remainder().len();
    if rest != 0 {
        let offset = bytes.len() - rest;
        return Err(ParseError {
            location: Location::Offset(offset),
            kind: ParseErrorKind::Truncated(rest),
        });
    }
    chunks
        .enumerate()
        .map(|(i, c)| {
            let location = Location::Offset(i * HEADER_SIZE);
            let height = u32::try_from(i)
                .ok()
                .and_then(|i| start_height.checked_add(i))
                .ok_or(ParseError {
                    location,
                    kind: ParseErrorKind::HeightOverflow,
                })?;
            let arr: &[u8; HEADER_SIZE] = c.try_into().map_err(|_| ParseError {
                location,
                kind: ParseErrorKind::Truncated(c.len()),
            })?;
            Ok(HeaderRecord {
                height,
                header: Header::from_array(arr),
                recorded_hash: None,
                location,
            })
        })
        .collect()
}

/// Runs `f` on every non-blank, non-comment line with its index among such lines.
fn parse_lines(
    bytes: &[u8],
    mut f: impl FnMut(&str, u32, Location) -> Result<Option<HeaderRecord>, ParseError>,
) -> Result<Vec<HeaderRecord>, ParseError> {
    let mut out = Vec::new();
    let mut n: u32 = 0;
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let location = Location::Line(i + 1);
        let line = core::str::from_utf8(raw)
            .map_err(|_| ParseError {
                location,
                kind: ParseErrorKind::NotText,
            })?
            .trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rec) = f(line, n, location)? {
            out.push(rec);
            n = n.saturating_add(1);
        }
    }
    Ok(out)
}

/// Why a header failed verification.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum FailureReason {
    /// Proof of work or target validity.
    #[error("{0}")]
    Pow(#[from] crate::header::PowError),
    /// The hash recorded in the file is not the header's hash.
    #[error("hash mismatch: file records {recorded}, header hashes to {computed}")]
    HashMismatch {
        /// In the file.
        recorded: BlockHash,
        /// Computed.
        computed: BlockHash,
    },
    /// Height 0 is not this network's genesis block.
    #[error("not the {network} genesis block (expected {expected})")]
    Genesis {
        /// The network.
        network: crate::params::Network,
        /// Its genesis hash.
        expected: BlockHash,
    },
    /// The header does not point at the header below it.
    #[error(
        "prev-blockhash mismatch: header points to {claimed}, block {parent_height} is {actual}"
    )]
    Link {
        /// Height of the parent.
        parent_height: u32,
        /// What the header points to.
        claimed: BlockHash,
        /// The parent's real hash.
        actual: BlockHash,
    },
    /// Retarget gave a different nBits.
    #[error("bad-diffbits: retarget requires {expected}, header has {found}")]
    Retarget {
        /// Required.
        expected: crate::target::CompactTarget,
        /// In the header.
        found: crate::target::CompactTarget,
    },
    /// Retarget outside the range a period can produce.
    #[error("bad-diffbits: {found} is not a permitted retarget from {parent}")]
    RetargetBounds {
        /// The parent's bits.
        parent: crate::target::CompactTarget,
        /// In the header.
        found: crate::target::CompactTarget,
    },
    /// nBits changed outside a retarget boundary.
    #[error("bad-diffbits: nBits changed from {parent} to {found} outside a retarget boundary")]
    BitsChanged {
        /// The parent's bits.
        parent: crate::target::CompactTarget,
        /// In the header.
        found: crate::target::CompactTarget,
    },
    /// Time not above the median of the previous 11 blocks.
    #[error("time-too-old: time {time} not above median time past {mtp}")]
    TimeTooOld {
        /// The header's time.
        time: u32,
        /// Median of the previous 11.
        mtp: u32,
    },
    /// A version that a soft fork made invalid at this height.
    #[error("bad-version(0x{version:08x}): version {version} rejected at this height")]
    Version {
        /// The header's version.
        version: i32,
    },
}

/// One failed check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Height of the failing header.
    pub height: u32,
    /// Its computed hash.
    pub hash: BlockHash,
    /// Where it is in the file.
    pub location: Location,
    /// Why it failed.
    pub reason: FailureReason,
}

/// What verification checked and found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Headers checked (proof of work, recorded hash, version).
    pub headers: u64,
    /// Parent links checked (the parent was present).
    pub links: u64,
    /// Retargets recomputed exactly (the period's first block and the boundary were present).
    pub retargets: u64,
    /// Retargets checked only against the permitted range (the period's first block missing).
    pub retarget_bounds: u64,
    /// Non-boundary headers whose nBits was checked equal to the parent's.
    pub bits_continuity: u64,
    /// Median-time-past checks (the previous 11 blocks were present).
    pub median_time: u64,
    /// Contiguous runs of heights, as inclusive `(first, last)`.
    pub runs: Vec<(u32, u32)>,
    /// Work of all headers checked.
    pub work: Work,
    /// Chain work up to the end of the run starting at genesis, if there is one.
    pub chainwork_from_genesis: Option<(u32, Work)>,
    /// Every failure, in height order.
    pub failures: Vec<Failure>,
}

impl Report {
    /// True when nothing failed.
    pub fn ok(&self) -> bool {
        self.failures.is_empty()
    }
}

/// Verifies `records` against `params`. `progress` is called with `(done, total)` as headers
/// are checked.
pub fn verify(
    records: &[HeaderRecord],
    params: &Params,
    mut progress: impl FnMut(usize, usize),
) -> Result<Report, ParseError> {
    // Index by height; reject duplicates (the file would be ambiguous).
    let mut by_height: BTreeMap<u32, usize> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        if let Some(&first) = by_height.get(&r.height) {
            return Err(ParseError {
                location: r.location,
                kind: ParseErrorKind::Duplicate {
                    height: r.height,
                    first: records[first].location,
                },
            });
        }
        by_height.insert(r.height, i);
    }
    // Hash each header once.
    let hashes: Vec<BlockHash> = records.iter().map(|r| r.header.block_hash()).collect();
    let get = |h: u32| by_height.get(&h).map(|&i| (&records[i], hashes[i]));

    let mut report = Report::default();
    let total = by_height.len();
    let interval = params.difficulty_adjustment_interval();
    let mut run_start: Option<(u32, u32)> = None;
    let mut genesis_work: Option<Work> = None;

    for (done, (&height, &idx)) in by_height.iter().enumerate() {
        if done % 1024 == 0 {
            progress(done, total);
        }
        let rec = &records[idx];
        let hash = hashes[idx];
        let h = &rec.header;
        let mut fail = |reason: FailureReason| {
            report.failures.push(Failure {
                height,
                hash,
                location: rec.location,
                reason,
            });
        };

        // Header on its own.
        report.headers += 1;
        report.work = report.work.checked_add(h.work()).unwrap_or(report.work);
        if let Err(e) = h
            .target(params)
            .map_err(crate::header::PowError::from)
            .and_then(|t| {
                if t.is_met_by(hash) {
                    Ok(())
                } else {
                    Err(crate::header::PowError::HighHash { hash, bits: h.bits })
                }
            })
        {
            fail(e.into());
        }
        if let Some(recorded) = rec.recorded_hash
            && recorded != hash
        {
            fail(FailureReason::HashMismatch {
                recorded,
                computed: hash,
            });
        }
        if height == 0 && hash != params.genesis_hash() {
            fail(FailureReason::Genesis {
                network: params.network,
                expected: params.genesis_hash(),
            });
        }
        // ContextualCheckBlockHeader: outdated versions after BIP 34/66/65.
        let min_version = if height >= params.bip65_height {
            4
        } else if height >= params.bip66_height {
            3
        } else if height >= params.bip34_height {
            2
        } else {
            i32::MIN
        };
        if h.version < min_version {
            fail(FailureReason::Version { version: h.version });
        }

        // Against the parent.
        let parent = height.checked_sub(1).and_then(get);
        if let Some((p, phash)) = parent {
            report.links += 1;
            if h.prev_blockhash != phash {
                fail(FailureReason::Link {
                    parent_height: height - 1,
                    claimed: h.prev_blockhash,
                    actual: phash,
                });
            }
            if is_retarget_height(height, params) {
                let first = height.checked_sub(interval).and_then(get);
                if let Some((f, _)) = first {
                    report.retargets += 1;
                    let expected = calculate_next_work_required(
                        p.header.bits,
                        i64::from(f.header.time),
                        i64::from(p.header.time),
                        params,
                    );
                    if expected != h.bits {
                        fail(FailureReason::Retarget {
                            expected,
                            found: h.bits,
                        });
                    }
                } else {
                    report.retarget_bounds += 1;
                    if !permitted_difficulty_transition(params, height, p.header.bits, h.bits) {
                        fail(FailureReason::RetargetBounds {
                            parent: p.header.bits,
                            found: h.bits,
                        });
                    }
                }
            } else if !params.allow_min_difficulty_blocks {
                report.bits_continuity += 1;
                if p.header.bits != h.bits {
                    fail(FailureReason::BitsChanged {
                        parent: p.header.bits,
                        found: h.bits,
                    });
                }
            }
        }

        // Median time past (Bitcoin Core `GetMedianTimePast`, 11 blocks).
        if height >= 11 {
            let prev: Option<Vec<u32>> = (height - 11..height)
                .map(|x| get(x).map(|(r, _)| r.header.time))
                .collect();
            if let Some(mut times) = prev {
                report.median_time += 1;
                times.sort_unstable();
                let mtp = times[5];
                if h.time <= mtp {
                    fail(FailureReason::TimeTooOld { time: h.time, mtp });
                }
            }
        }

        // Runs and chain work from genesis.
        run_start = match run_start {
            Some((s, last)) if last.checked_add(1) == Some(height) => Some((s, height)),
            Some(r) => {
                report.runs.push(r);
                Some((height, height))
            }
            None => Some((height, height)),
        };
        if run_start.map(|r| r.0) == Some(0) {
            let w = genesis_work
                .unwrap_or(Work::ZERO)
                .checked_add(h.work())
                .unwrap_or(Work::ZERO);
            genesis_work = Some(w);
            report.chainwork_from_genesis = Some((height, w));
        }
    }
    if let Some(r) = run_start {
        report.runs.push(r);
    }
    progress(total, total);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GENESIS: &str = "0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c";
    const BLOCK1: &str = "010000006fe28c0ab6f1b372c1a6a246ae63f74f931e8365e15a089c68d6190000000000982051fd1e4ba744bbbe680e1fee14677ba1a3c3540bf7b1cdb606e857233e0e61bc6649ffff001d01e36299";

    #[test]
    fn formats_are_detected() {
        assert_eq!(detect_format(b"height\theader_hex\n0\tab\n"), Format::Tsv);
        assert_eq!(
            detect_format(format!("{GENESIS}\n{BLOCK1}\n").as_bytes()),
            Format::Hex
        );
        assert_eq!(
            detect_format(&Params::mainnet().genesis.encode()),
            Format::Raw
        );
    }

    #[test]
    fn hex_and_raw_parse_the_same() {
        let text = format!("{GENESIS}\r\n\n# comment\n{BLOCK1}\n");
        let a = parse_headers(text.as_bytes(), Format::Hex, 0).unwrap();
        let mut raw = Header::from_hex(GENESIS).unwrap().encode().to_vec();
        raw.extend_from_slice(&Header::from_hex(BLOCK1).unwrap().encode());
        let b = parse_headers(&raw, Format::Raw, 0).unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].header, b[1].header);
        assert_eq!(a[1].location, Location::Line(4));
        assert_eq!(b[1].location, Location::Offset(80));
        let r = verify(&a, &Params::mainnet(), |_, _| {}).unwrap();
        assert!(r.ok(), "{:?}", r.failures);
        assert_eq!((r.headers, r.links), (2, 1));
        assert_eq!(r.runs, vec![(0, 1)]);
        assert_eq!(
            format!("{:x}", r.chainwork_from_genesis.unwrap().1),
            "200020002"
        );
    }

    #[test]
    fn parse_errors_name_the_place() {
        let e = parse_headers(&[0u8; 170], Format::Raw, 0).unwrap_err();
        assert_eq!(
            e.to_string(),
            "offset 160: truncated file: 10 bytes left, expected an 80-byte header"
        );
        let e = parse_headers(
            format!("{GENESIS}\n{}\n", &BLOCK1[..150]).as_bytes(),
            Format::Hex,
            0,
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 2: invalid header length 75: expected 80 bytes"
        );
        let bad = BLOCK1.replacen('6', "x", 1);
        let e = parse_headers(
            format!("height\theader\n1\t{bad}\n").as_bytes(),
            Format::Tsv,
            0,
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("line 2: invalid header hex: invalid hex character 'x'"),
            "{e}"
        );
        let e = parse_headers(b"height\theader\nx\tab\n", Format::Tsv, 0).unwrap_err();
        assert_eq!(e.to_string(), "line 2: invalid height \"x\"");
        let e = parse_headers(b"", Format::Raw, 0).unwrap_err();
        assert_eq!(e.kind, ParseErrorKind::Empty);
        let e = parse_headers(b"12\n", Format::Tsv, 0).unwrap_err();
        assert_eq!(e.kind, ParseErrorKind::Columns(1));
        let e = parse_headers(&[0u8; 160], Format::Raw, u32::MAX).unwrap_err();
        assert_eq!(e.kind, ParseErrorKind::HeightOverflow);
        let dup = format!("0\t{GENESIS}\n0\t{GENESIS}\n");
        let recs = parse_headers(dup.as_bytes(), Format::Tsv, 0).unwrap();
        let e = verify(&recs, &Params::mainnet(), |_, _| {}).unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 2: duplicate height 0 (first at line 1)"
        );
    }

    #[test]
    fn failures_are_named() {
        let mut h1 = Header::from_hex(BLOCK1).unwrap();
        h1.nonce ^= 1;
        let text = format!("0\t{GENESIS}\n1\t{}\n", h1.to_hex());
        let recs = parse_headers(text.as_bytes(), Format::Tsv, 0).unwrap();
        let r = verify(&recs, &Params::mainnet(), |_, _| {}).unwrap();
        assert_eq!(r.failures.len(), 1);
        assert_eq!(r.failures[0].height, 1);
        assert!(r.failures[0].reason.to_string().starts_with("high-hash"));
        // Regtest: the mainnet genesis is not its genesis.
        let recs = parse_headers(GENESIS.as_bytes(), Format::Hex, 0).unwrap();
        let r = verify(&recs, &Params::regtest(), |_, _| {}).unwrap();
        assert!(matches!(
            r.failures[0].reason,
            FailureReason::Genesis { .. }
        ));
    }
}

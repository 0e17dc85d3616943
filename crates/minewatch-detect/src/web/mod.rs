//! Cryptojacking detection in web content.
//!
//! [`Scanner::scan_bytes`] is the pure core: bytes in, a [`Report`] with a verdict, a score and
//! every piece of evidence out. [`Scanner::scan_path`] is the adapter for files, directories
//! and npm package tarballs (`.tgz`), with limits on sizes and counts so hostile archives cost
//! bounded effort.

pub mod asm_flow;
pub mod blocklist;
mod config;
pub mod eval;
#[cfg(feature = "native")]
pub mod fetch;
mod flow;
pub mod html;
pub mod js;
pub mod jseval;
pub mod report;
pub mod site;
pub mod wasm;
pub mod wasm_exec;
pub mod wasm_flow;

use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use thiserror::Error;

pub use report::{ContentKind, Family, Finding, Report, Verdict};

use blocklist::{Blocklist, Kind, Request, Verdict as ListVerdict};

/// Limits that keep hostile input bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Files larger than this are reported, not analysed.
    pub max_file_bytes: u64,
    /// Most bytes read out of one archive (zip-bomb guard).
    pub max_archive_bytes: u64,
    /// Most entries read out of one archive or directory tree.
    pub max_entries: usize,
    /// JavaScript larger than this is scanned lexically, not parsed (a syntax tree takes up
    /// to ~64 times the source); at most [`js::MAX_PARSE_BYTES`].
    pub max_parse_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_bytes: 64 << 20,
            max_archive_bytes: 1 << 30,
            max_entries: 1_000_000,
            max_parse_bytes: js::MAX_PARSE_BYTES,
        }
    }
}

/// A scan that could not run.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ScanError {
    /// A file or directory could not be read.
    #[error("cannot read {path}")]
    Io {
        /// The path.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// An archive is broken or over the limits.
    #[error("{path}: {message}")]
    Archive {
        /// The archive.
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// The analyser, with its blocklists and limits.
#[derive(Debug, Clone)]
pub struct Scanner {
    /// The lists URLs and file names are checked against.
    pub blocklist: Blocklist,
    /// Size and count limits.
    pub limits: Limits,
}

impl Default for Scanner {
    fn default() -> Self {
        Self::new()
    }
}

/// File extensions analysed in trees (other files are skipped unless they start with `\0asm`).
const EXTENSIONS: &[&str] = &["js", "mjs", "cjs", "jsx", "html", "htm", "wasm"];

fn kind_of(name: &str, bytes: &[u8]) -> ContentKind {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit('.').next().unwrap_or("");
    if bytes.starts_with(b"\0asm") {
        return ContentKind::Wasm;
    }
    match ext {
        "html" | "htm" | "xhtml" => ContentKind::Html,
        "js" | "mjs" | "cjs" | "jsx" => ContentKind::Js,
        _ => {
            let head =
                String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
            let t = head.trim_start();
            if t.starts_with("<!doctype") || t.starts_with("<html") || t.contains("<script") {
                ContentKind::Html
            } else if std::str::from_utf8(bytes).is_ok() {
                ContentKind::Js
            } else {
                ContentKind::Other
            }
        }
    }
}

fn analysed(name: &str, bytes: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit('.').next().unwrap_or("");
    EXTENSIONS.contains(&ext) || bytes.starts_with(b"\0asm")
}

impl Scanner {
    /// A scanner with the built-in lists (NoCoin, NoCoin hosts, MinerBlock, MineSweeper's pool
    /// endpoints) and default limits.
    pub fn new() -> Self {
        Self {
            blocklist: Blocklist::builtin(),
            limits: Limits::default(),
        }
    }

    /// Analyses `bytes` named `name` (a path or URL; its extension and content decide how).
    pub fn scan_bytes(&self, name: &str, bytes: &[u8]) -> Report {
        self.scan_bytes_from(name, bytes, None)
    }

    /// As [`Scanner::scan_bytes`], for content fetched from `page_url` (relative URLs resolve
    /// against it and third-party rules know the page).
    pub fn scan_bytes_from(&self, name: &str, bytes: &[u8], page_url: Option<&str>) -> Report {
        let kind = kind_of(name, bytes);
        let mut signals = Vec::new();
        let mut notes = Vec::new();
        if bytes.len() as u64 > self.limits.max_file_bytes {
            notes.push(self.over_limit(bytes.len() as u64));
        } else {
            match kind {
                ContentKind::Wasm => {
                    let w = wasm::analyse(bytes, name);
                    signals.extend(w.signals);
                    notes.extend(w.notes);
                }
                ContentKind::Js => {
                    // Checked the fast way first (std's ASCII path: ~10x the lossy decoder's
                    // speed on what nearly every script is); replacement characters otherwise.
                    let src = match std::str::from_utf8(bytes) {
                        Ok(s) => std::borrow::Cow::Borrowed(s),
                        Err(_) => String::from_utf8_lossy(bytes),
                    };
                    let (s, n) =
                        js::analyse(&src, name, &self.blocklist, self.limits.max_parse_bytes);
                    signals.extend(s);
                    notes.extend(n);
                }
                ContentKind::Html => match html::refs(bytes) {
                    Ok(r) => {
                        signals.extend(html::analyse_refs(&r, name, page_url, &self.blocklist));
                        for (i, body) in r.inline.iter().enumerate() {
                            let (s, n) = js::analyse(
                                body,
                                &format!("{name}#script{}", i + 1),
                                &self.blocklist,
                                self.limits.max_parse_bytes,
                            );
                            signals.extend(s);
                            notes.extend(n);
                        }
                    }
                    Err(e) => notes.push(format!("HTML does not parse: {e}")),
                },
                ContentKind::Other => {}
            }
        }
        // The file's own name against the lists' file-name rules (renamed copies escape this;
        // the content analysis above does not depend on names).
        let base = name.rsplit(['/', '\\', '!']).next().unwrap_or(name);
        if !base.is_empty() {
            let pseudo = format!("https://local.invalid/{base}");
            if let ListVerdict::Blocked(hit) = self.blocklist.check(&Request {
                url: &pseudo,
                kind: if kind == ContentKind::Wasm {
                    Kind::Xhr
                } else {
                    Kind::Script
                },
                source: None,
            }) {
                signals.push(Finding::new(
                    "file.blocklisted-name",
                    format!(
                        "file name {base} matches {} line {}: {}",
                        hit.list, hit.line, hit.rule
                    ),
                    name.to_owned(),
                ));
            }
        }
        let (verdict, score, signals) = report::judge(signals);
        Report {
            name: name.to_owned(),
            kind,
            size: bytes.len() as u64,
            verdict,
            score,
            signals,
            notes,
        }
    }

    /// Scans a file, a directory tree or a `.tgz` package; `progress` is told each file done.
    pub fn scan_path(
        &self,
        path: &Path,
        progress: &(dyn Fn(usize) + Sync),
    ) -> Result<Vec<Report>, ScanError> {
        let io = |source| ScanError::Io {
            path: path.display().to_string(),
            source,
        };
        let meta = std::fs::metadata(path).map_err(io)?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files, self.limits.max_entries, 0).map_err(|e| ScanError::Io {
                path: path.display().to_string(),
                source: e,
            })?;
            let mut reports = self.scan_files(&files, progress);
            let limit = self.limits.max_file_bytes;
            let joined = site::join_loaded(&reports, |i| {
                // Files on disk are named by their path; entries of packages are not re-read.
                let p = Path::new(&reports[i].name);
                let small = files.iter().any(|f| f == p)
                    && std::fs::metadata(p).is_ok_and(|m| m.len() <= limit);
                small
                    .then(|| std::fs::read(p).ok())
                    .flatten()
                    .map(std::borrow::Cow::Owned)
            });
            reports.extend(joined);
            return Ok(reports);
        }
        let name = path.display().to_string();
        if is_archive(&name) {
            let f = std::fs::File::open(path).map_err(io)?;
            let (mut entries, mut skipped) = (Vec::new(), Vec::new());
            self.each_tgz_entry(f, &name, |n, e| match e {
                Entry::Bytes(b) => entries.push((n, b)),
                e => skipped.push(self.scan_entry(&n, e)),
            })?;
            let mut reports = self.scan_entries(&entries, progress);
            reports.append(&mut skipped);
            let joined = site::join_loaded(&reports, |i| {
                entries
                    .get(i)
                    .map(|(_, b)| std::borrow::Cow::Borrowed(b.as_slice()))
            });
            reports.extend(joined);
            return Ok(reports);
        }
        if meta.len() > self.limits.max_file_bytes {
            let (size, note) = (meta.len(), self.over_limit(meta.len()));
            return Ok(vec![self.scan_entry(&name, Entry::Skipped { size, note })]);
        }
        let bytes = std::fs::read(path).map_err(io)?;
        progress(1);
        Ok(vec![self.scan_bytes(&name, &bytes)])
    }

    /// The WebAssembly modules at `path` (a `.wasm` file, those under a directory, or those
    /// inside a `.tgz` package), within the scan limits: (name, bytes).
    pub fn wasm_modules(&self, path: &Path) -> Result<Vec<(String, Vec<u8>)>, ScanError> {
        let io = |source| ScanError::Io {
            path: path.display().to_string(),
            source,
        };
        let meta = std::fs::metadata(path).map_err(io)?;
        let mut files = Vec::new();
        if meta.is_dir() {
            walk(path, &mut files, self.limits.max_entries, 0).map_err(io)?;
        } else {
            files.push(path.to_path_buf());
        }
        let mut out = Vec::new();
        for f in files {
            let name = f.display().to_string();
            if is_archive(&name) {
                let file = std::fs::File::open(&f).map_err(|source| ScanError::Io {
                    path: name.clone(),
                    source,
                })?;
                out.extend(
                    self.read_tgz(file, &name)?
                        .into_iter()
                        .filter(|(_, b)| b.starts_with(b"\0asm")),
                );
            } else if std::fs::metadata(&f).is_ok_and(|m| m.len() <= self.limits.max_file_bytes) {
                let bytes = std::fs::read(&f).map_err(|source| ScanError::Io {
                    path: name.clone(),
                    source,
                })?;
                if bytes.starts_with(b"\0asm") {
                    out.push((name, bytes));
                }
            }
        }
        Ok(out)
    }

    /// Reads the analysable entries of a gzipped tarball, within the limits (archives inside
    /// it opened up to [`MAX_ARCHIVE_NESTING`] levels deep); entries over the file limit are left out.
    pub fn read_tgz(&self, r: impl Read, name: &str) -> Result<Vec<(String, Vec<u8>)>, ScanError> {
        let mut out = Vec::new();
        self.each_tgz_entry(r, name, |n, e| {
            if let Entry::Bytes(b) = e {
                out.push((n, b));
            }
        })?;
        Ok(out)
    }

    /// Scans a gzipped tarball entry by entry as it is read: only one entry's bytes are held
    /// at a time (a server scanning uploads holds one entry per request, not the package).
    /// Archives inside it are opened up to [`MAX_ARCHIVE_NESTING`] levels deep, within the same
    /// byte and entry limits; entries that were not analysed are listed with the reason.
    pub fn scan_tgz(&self, r: impl Read, name: &str) -> Result<Vec<Report>, ScanError> {
        let mut out = Vec::new();
        self.each_tgz_entry(r, name, |n, e| out.push(self.scan_entry(&n, e)))?;
        Ok(out)
    }

    /// The note of a file over the file limit.
    fn over_limit(&self, size: u64) -> String {
        format!(
            "{size} bytes: over the {}-byte limit, not analysed",
            self.limits.max_file_bytes
        )
    }

    /// The report of one file or archive entry: scanned, or listed with why it was not.
    fn scan_entry(&self, name: &str, e: Entry) -> Report {
        match e {
            Entry::Bytes(b) => self.scan_bytes(name, &b),
            Entry::Skipped { size, note } => {
                let mut r = self.scan_bytes(name, &[]);
                r.size = size;
                r.notes.push(note);
                r
            }
        }
    }

    /// Calls `f` with each analysable entry of a gzipped tarball, within the limits, opening
    /// archives inside it; entries over the file limit, and archives nested too deep or
    /// unreadable, come as [`Entry::Skipped`].
    fn each_tgz_entry(
        &self,
        r: impl Read,
        name: &str,
        mut f: impl FnMut(String, Entry),
    ) -> Result<(), ScanError> {
        let budget = ArchiveBudget {
            bytes_left: std::cell::Cell::new(self.limits.max_archive_bytes),
            entries: std::cell::Cell::new(0),
            hit: std::cell::Cell::new(false),
        };
        self.walk_tgz(r, name, 0, &budget, &mut f)
    }

    fn walk_tgz(
        &self,
        r: impl Read,
        name: &str,
        depth: usize,
        budget: &ArchiveBudget,
        f: &mut dyn FnMut(String, Entry),
    ) -> Result<(), ScanError> {
        let limit = self.limits.max_archive_bytes;
        // The decompressed stream is capped, nested archives included: a zip bomb stops at
        // the limit, and says so.
        let err = |message: String| ScanError::Archive {
            path: name.to_owned(),
            message: if budget.hit.get() {
                format!("more than {limit} bytes decompressed (the archive limit)")
            } else {
                message
            },
        };
        let gz = Budgeted {
            inner: flate2::read::GzDecoder::new(r),
            budget,
        };
        let mut ar = tar::Archive::new(gz);
        let entries = ar
            .entries()
            .map_err(|e| err(format!("not a tar.gz: {e}")))?;
        for e in entries {
            let mut e = e.map_err(|e| err(format!("broken archive: {e}")))?;
            budget.entries.set(budget.entries.get() + 1);
            if budget.entries.get() > self.limits.max_entries {
                return Err(err(format!(
                    "more than {} entries",
                    self.limits.max_entries
                )));
            }
            if !e.header().entry_type().is_file() {
                continue;
            }
            let path = e
                .path()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| "?".into());
            let size = e.header().size().unwrap_or(0);
            let entry_name = format!("{name}!{path}");
            if size > self.limits.max_file_bytes {
                let note = self.over_limit(size);
                f(entry_name, Entry::Skipped { size, note });
                continue;
            }
            let mut buf = Vec::with_capacity(size.min(1 << 20) as usize);
            (&mut e)
                .take(self.limits.max_file_bytes)
                .read_to_end(&mut buf)
                .map_err(|e| err(format!("broken entry {path}: {e}")))?;
            if is_archive(&path) {
                if depth + 1 >= MAX_ARCHIVE_NESTING {
                    let note = format!("an archive nested {MAX_ARCHIVE_NESTING} deep: not opened");
                    f(entry_name, Entry::Skipped { size, note });
                    continue;
                }
                match self.walk_tgz(&buf[..], &entry_name, depth + 1, budget, f) {
                    Ok(()) => {}
                    // Over a limit: the whole archive is refused, as for one not nested.
                    Err(e)
                        if budget.hit.get() || budget.entries.get() > self.limits.max_entries =>
                    {
                        return Err(e);
                    }
                    // A broken archive inside a sound one: said in its report.
                    Err(e) => {
                        let note = format!("a nested archive that cannot be read: {e}");
                        f(entry_name, Entry::Skipped { size, note });
                    }
                }
                continue;
            }
            if analysed(&path, &buf) {
                f(entry_name, Entry::Bytes(buf));
            }
        }
        Ok(())
    }

    fn scan_files(
        &self,
        files: &[std::path::PathBuf],
        progress: &(dyn Fn(usize) + Sync),
    ) -> Vec<Report> {
        let done = AtomicUsize::new(0);
        // Sizes are not known before the files are read: handed out in the order found.
        par_map(
            files,
            |_| 0,
            |p| {
                let name = p.display().to_string();
                let reports = if name.to_ascii_lowercase().ends_with(".tgz") {
                    self.scan_path(p, &|_| {}).unwrap_or_else(|e| {
                        let mut r = self.scan_bytes(&name, &[]);
                        r.notes.push(e.to_string());
                        vec![r]
                    })
                } else {
                    vec![match std::fs::metadata(p) {
                        Ok(m) if m.len() > self.limits.max_file_bytes => {
                            let mut r = self.scan_bytes(&name, &[]);
                            r.size = m.len();
                            r.notes.push("over the size limit, not analysed".into());
                            r
                        }
                        _ => match std::fs::read(p) {
                            Ok(b) => self.scan_bytes(&name, &b),
                            Err(e) => {
                                let mut r = self.scan_bytes(&name, &[]);
                                r.notes.push(format!("cannot read: {e}"));
                                r
                            }
                        },
                    }]
                };
                progress(done.fetch_add(1, Ordering::Relaxed) + 1);
                reports
            },
        )
        .into_iter()
        .flatten()
        .collect()
    }

    /// Scans entries already read (from an archive, an upload), in parallel, the largest
    /// first; reports in the order of `entries`.
    pub fn scan_entries(
        &self,
        entries: &[(String, Vec<u8>)],
        progress: &(dyn Fn(usize) + Sync),
    ) -> Vec<Report> {
        let done = AtomicUsize::new(0);
        par_map(
            entries,
            |(_, bytes)| bytes.len(),
            |(name, bytes)| {
                let r = self.scan_bytes(name, bytes);
                progress(done.fetch_add(1, Ordering::Relaxed) + 1);
                r
            },
        )
    }
}

/// `f` over `items` on every core, results in the order of `items`. Items are handed out one
/// at a time, the costliest first (by `cost`; ties in their order): the small ones fill in
/// around the big ones, and no core is left with a big one while the others are done.
fn par_map<T: Sync, R: Send>(
    items: &[T],
    cost: impl Fn(&T) -> usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let order = costliest_first(items, cost);
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len().max(1));
    let mut results: Vec<(usize, R)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
                        if let Some(item) = items.get(i) {
                            mine.push((i, f(item)));
                        }
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            // A panic in a worker is a bug: re-raise it rather than drop its files' reports.
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

/// The indices of `items`, the costliest first (ties in their order).
fn costliest_first<T>(items: &[T], cost: impl Fn(&T) -> usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(cost(&items[i])));
    order
}

/// Archives inside an archive are opened this many levels deep (the outer one is the first);
/// deeper ones are listed, not opened.
pub const MAX_ARCHIVE_NESTING: usize = 3;

/// One entry of an archive, as the scan sees it.
enum Entry {
    /// An analysable file's bytes.
    Bytes(Vec<u8>),
    /// A file that was not analysed, with its size and why.
    Skipped { size: u64, note: String },
}

/// What one archive, nested ones included, may still decompress and list.
struct ArchiveBudget {
    bytes_left: std::cell::Cell<u64>,
    entries: std::cell::Cell<usize>,
    /// Set when a read stopped at the byte limit.
    hit: std::cell::Cell<bool>,
}

/// A reader that draws from an [`ArchiveBudget`] and ends where it runs out.
struct Budgeted<'a, R> {
    inner: R,
    budget: &'a ArchiveBudget,
}

impl<R: Read> Read for Budgeted<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.budget.bytes_left.get();
        if left == 0 {
            if !buf.is_empty() {
                self.budget.hit.set(true);
            }
            return Ok(0);
        }
        let max = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..max])?;
        self.budget.bytes_left.set(left - n as u64);
        Ok(n)
    }
}

/// Whether a file or an archive entry is a gzipped tarball, by its name.
fn is_archive(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".tgz") || lower.ends_with(".tar.gz")
}

/// Collects analysable files under `dir` (symlinks are not followed).
fn walk(
    dir: &Path,
    out: &mut Vec<std::path::PathBuf>,
    max: usize,
    depth: u32,
) -> std::io::Result<()> {
    if depth > 64 {
        return Ok(());
    }
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.filter_map(Result::ok).collect();
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for e in entries {
        if out.len() >= max {
            return Ok(());
        }
        let Ok(ft) = e.file_type() else { continue };
        let p = e.path();
        if ft.is_dir() {
            walk(&p, out, max, depth + 1)?;
        } else if ft.is_file() {
            let name = p.display().to_string();
            let lower = name.to_ascii_lowercase();
            let ext = lower.rsplit('.').next().unwrap_or("");
            if EXTENSIONS.contains(&ext) || lower.ends_with(".tgz") {
                out.push(p);
            } else if !name.contains('.') {
                // Extension-less files: only if they are wasm.
                let mut head = [0u8; 4];
                if std::fs::File::open(&p)
                    .and_then(|mut f| f.read_exact(&mut head))
                    .is_ok()
                    && &head == b"\0asm"
                {
                    out.push(p);
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    /// Items are handed out the costliest first (ties in their order), and results come
    /// back in the items' order.
    #[test]
    fn par_map_hands_out_the_costliest_first_and_keeps_the_order() {
        let items: Vec<usize> = (0..200).map(|i| (i * 7919) % 1000).collect();
        let order = super::costliest_first(&items, |&c| c);
        let costs: Vec<usize> = order.iter().map(|&i| items[i]).collect();
        assert!(costs.windows(2).all(|w| w[0] >= w[1]), "{costs:?}");
        let mut seen = order.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..items.len()).collect::<Vec<_>>());
        assert_eq!(super::costliest_first(&[1, 5, 1, 5], |&c| c), [1, 3, 0, 2]);
        let out = super::par_map(&items, |&c| c, |&c| c * 2);
        assert_eq!(out, items.iter().map(|c| c * 2).collect::<Vec<_>>());
    }
}

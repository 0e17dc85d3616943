//! Judging a site, not only its files: a page that loads a miner's library and a script that
//! starts it are each only suspicious, and together a miner.
//!
//! Files of one scan target (a directory, a package) are linked when one names another by file
//! name (`<script src="lib/coinhive.min.js">`, `importScripts("worker.js")`, `new
//! Worker("w.js")`, `import "./x.js"`). For each group of linked files with something
//! suspicious in it, the signals of all its files are judged together; when that verdict is
//! worse than each file's own, the group gets a report of its own, named after its files, with
//! every signal still located in the file it came from and the links as notes.

use std::collections::BTreeSet;

use super::report::{self, ContentKind, Finding, Report, Verdict};

/// File names shorter than this are too common to count as a reference (`a.js`).
const MIN_NAME: usize = 5;

/// The base name of `name` (a path, or `archive.tgz!package/x.js`).
fn base(name: &str) -> &str {
    name.rsplit(['/', '\\', '!']).next().unwrap_or(name)
}

/// Reports for groups of files in `reports` that load each other, where the group's verdict
/// is worse than each member's. `text(i)` gives the content of report `i` (only HTML and JS
/// are asked for).
pub fn join_loaded<'a>(
    reports: &[Report],
    mut text: impl FnMut(usize) -> Option<std::borrow::Cow<'a, [u8]>>,
) -> Vec<Report> {
    if reports.len() < 2 || reports.iter().all(|r| r.verdict == Verdict::Clean) {
        return Vec::new();
    }
    // Names worth looking for; a name shared by two files links to both.
    let names: Vec<&str> = reports.iter().map(|r| base(&r.name)).collect();
    let patterns: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| n.len() >= MIN_NAME)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    if patterns.is_empty() {
        return Vec::new();
    }
    let Ok(ac) = aho_corasick::AhoCorasick::new(&patterns) else {
        return Vec::new();
    };
    let mut parent: Vec<usize> = (0..reports.len()).collect();
    fn find(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let mut links: Vec<(usize, usize)> = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        if !matches!(r.kind, ContentKind::Html | ContentKind::Js) {
            continue;
        }
        let Some(bytes) = text(i) else { continue };
        let mut named = BTreeSet::new();
        for m in ac.find_iter(bytes.as_ref()) {
            // A whole file name: not the tail of a longer one (`xcoinhive.min.js`).
            let before = m.start().checked_sub(1).map(|b| bytes[b]);
            if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
                continue;
            }
            named.insert(patterns[m.pattern().as_usize()]);
        }
        for n in named {
            for (j, other) in names.iter().enumerate() {
                if j != i && *other == n {
                    links.push((i, j));
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    parent[a] = b;
                }
            }
        }
    }
    let mut out = Vec::new();
    let roots: Vec<usize> = (0..reports.len()).map(|i| find(&mut parent, i)).collect();
    let groups: BTreeSet<usize> = roots.iter().copied().collect();
    for g in groups {
        let members: Vec<usize> = (0..reports.len()).filter(|&i| roots[i] == g).collect();
        if members.len() < 2 {
            continue;
        }
        let worst = members
            .iter()
            .map(|&i| reports[i].verdict)
            .max()
            .unwrap_or(Verdict::Clean);
        if worst == Verdict::Clean {
            continue;
        }
        let signals: Vec<Finding> = members
            .iter()
            .flat_map(|&i| reports[i].signals.iter().cloned())
            .collect();
        let (verdict, score, signals) = report::judge(signals);
        if verdict <= worst {
            continue;
        }
        let mut notes: Vec<String> = links
            .iter()
            .filter(|(a, _)| members.contains(a))
            .map(|&(a, b)| format!("{} loads {}", reports[a].name, base(&reports[b].name)))
            .collect();
        notes.dedup();
        notes.insert(
            0,
            format!(
                "{} files that load each other, judged together (each alone: {})",
                members.len(),
                members
                    .iter()
                    .map(|&i| format!("{} {}", base(&reports[i].name), reports[i].verdict))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
        out.push(Report {
            name: format!(
                "site: {}",
                members
                    .iter()
                    .map(|&i| reports[i].name.as_str())
                    .collect::<Vec<_>>()
                    .join(" + ")
            ),
            kind: ContentKind::Html,
            size: members.iter().map(|&i| reports[i].size).sum(),
            verdict,
            score,
            signals,
            notes,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::Scanner;

    #[test]
    fn a_page_its_miner_library_and_its_start_script_are_a_miner_together() {
        let s = Scanner::new();
        let files: Vec<(&str, &[u8])> = vec![
            (
                "site/index.html",
                b"<html><script src=\"js/coinhive.min.js\"></script><script src=\"start.js\"></script></html>",
            ),
            ("site/js/coinhive.min.js", b"var x = 1;"),
            (
                "site/start.js",
                // A thread count, not a share of the CPU: alone, a miner's API and no more.
                b"var miner = new CoinHive.Anonymous('SITEKEY0123456789abcdefABCDEF012', {threads: 2}); miner.start();",
            ),
            ("site/other.js", b"console.log('unrelated');"),
        ];
        let reports: Vec<Report> = files.iter().map(|(n, b)| s.scan_bytes(n, b)).collect();
        assert!(
            reports.iter().all(|r| r.verdict != Verdict::Miner),
            "each alone is not a miner: {reports:#?}"
        );
        let joined = join_loaded(&reports, |i| Some(files[i].1.into()));
        assert_eq!(joined.len(), 1, "{joined:#?}");
        let j = &joined[0];
        assert_eq!(j.verdict, Verdict::Miner, "{j:#?}");
        assert!(j.name.contains("index.html") && j.name.contains("start.js"));
        assert!(!j.name.contains("other.js"));
        assert!(
            j.notes.iter().any(|n| n.contains("loads start.js")),
            "{j:#?}"
        );
    }

    #[test]
    fn unrelated_files_are_not_joined_and_a_longer_name_is_not_a_reference() {
        let s = Scanner::new();
        let files: Vec<(&str, &[u8])> = vec![
            ("a/index.html", b"<script src=\"mycoinhive.min.js\"></script>"),
            ("a/coinhive.min.js", b"var x = 1;"),
            (
                "a/start.js",
                b"var miner = new CoinHive.Anonymous('SITEKEY0123456789abcdefABCDEF012'); miner.start();",
            ),
        ];
        let reports: Vec<Report> = files.iter().map(|(n, b)| s.scan_bytes(n, b)).collect();
        assert!(join_loaded(&reports, |i| Some(files[i].1.into())).is_empty());
    }
}

//! Which files the web scanner spends its time on: `slowest PATH...` (files, directories or
//! .tgz packages) prints the slowest files with their size and MB/s, then the totals.
#![allow(clippy::print_stdout, clippy::unwrap_used)] // a developer's tool
use minewatch_detect::web::Scanner;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let scanner = Scanner::new();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for p in std::env::args().skip(1) {
        let path = std::path::Path::new(&p);
        if p.ends_with(".tgz") {
            files.extend(scanner.read_tgz(std::fs::File::open(path)?, &p)?);
        } else if path.is_dir() {
            for e in std::fs::read_dir(path)? {
                let e = e?.path();
                let name = e.display().to_string();
                if name.ends_with(".tgz") {
                    files.extend(scanner.read_tgz(std::fs::File::open(&e)?, &name)?);
                } else if e.is_file() {
                    files.push((name, std::fs::read(&e)?));
                }
            }
        } else {
            files.push((p.clone(), std::fs::read(path)?));
        }
    }
    let mut times = Vec::new();
    let t0 = std::time::Instant::now();
    for (name, bytes) in &files {
        let t = std::time::Instant::now();
        let _ = scanner.scan_bytes(name, bytes);
        times.push((t.elapsed(), bytes.len(), name.clone()));
    }
    let total = t0.elapsed();
    times.sort_by_key(|t| std::cmp::Reverse(t.0));
    for (d, n, name) in times.iter().take(20) {
        println!(
            "{:>8.1} ms {:>9} B {:>7.1} MB/s  {name}",
            d.as_secs_f64() * 1e3,
            n,
            *n as f64 / 1e6 / d.as_secs_f64()
        );
    }
    // Totals per file extension: where the time goes by kind of content.
    let mut by_ext: std::collections::BTreeMap<String, (f64, usize, usize)> = Default::default();
    for (d, n, name) in &times {
        let base = name.rsplit(['/', '!']).next().unwrap_or(name);
        let ext = base
            .rsplit_once('.')
            .map_or("(none)", |(_, e)| e)
            .to_ascii_lowercase();
        let e = by_ext.entry(ext).or_default();
        e.0 += d.as_secs_f64();
        e.1 += n;
        e.2 += 1;
    }
    for (ext, (s, n, count)) in &by_ext {
        println!(
            "{ext:>8}: {count:>5} files {:>7.1} MB {s:>6.2} s {:>7.1} MB/s",
            *n as f64 / 1e6,
            *n as f64 / 1e6 / s
        );
    }
    let mb: usize = files.iter().map(|f| f.1.len()).sum();
    println!(
        "{} files, {:.1} MB in {:.2} s: {:.1} MB/s",
        files.len(),
        mb as f64 / 1e6,
        total.as_secs_f64(),
        mb as f64 / 1e6 / total.as_secs_f64()
    );
    Ok(())
}

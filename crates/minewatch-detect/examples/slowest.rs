//! Which files the web scanner spends its time on: `slowest [--stages] PATH...` (files,
//! directories or .tgz packages) prints the slowest files with their size and MB/s, the totals
//! per file extension and overall; with `--stages`, also the time the deep structural passes
//! (asm.js, wasm) take on their own over the same files.
#![allow(clippy::print_stdout, clippy::unwrap_used)] // a developer's tool
use minewatch_detect::web::{Scanner, asm_flow, wasm_flow};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let scanner = Scanner::new();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let stages = std::env::args().any(|a| a == "--stages");
    for p in std::env::args().skip(1).filter(|a| a != "--stages") {
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
    for (d, n, name) in times.iter().take(
        std::env::var("TOP")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(20),
    ) {
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
    // Totals by size: what small files cost each, whatever their content.
    let mut by_size: std::collections::BTreeMap<u32, (f64, usize, usize)> = Default::default();
    for (d, n, _) in &times {
        let bucket = (*n as f64).log10().floor().max(0.0) as u32;
        let e = by_size.entry(bucket).or_default();
        e.0 += d.as_secs_f64();
        e.1 += n;
        e.2 += 1;
    }
    for (b, (s, n, count)) in &by_size {
        println!(
            "  < 10^{}: {count:>5} files {:>7.1} MB {s:>6.2} s {:>7.1} MB/s {:>6.1} us a file",
            b + 1,
            *n as f64 / 1e6,
            *n as f64 / 1e6 / s,
            s * 1e6 / *count as f64
        );
    }
    if stages {
        // Each deep pass run alone over the files it would run on.
        let (mut asm, mut wasm, mut asm_files, mut asm_bytes) = (0.0, 0.0, 0, 0);
        for (_, bytes) in &files {
            let t = std::time::Instant::now();
            if bytes.starts_with(b"\0asm") {
                let _ = wasm_flow::analyse(bytes, 50_000_000);
                wasm += t.elapsed().as_secs_f64();
            } else if let Ok(src) = std::str::from_utf8(bytes)
                && asm_flow::worth_it(src)
            {
                let _ = asm_flow::analyse(src);
                asm += t.elapsed().as_secs_f64();
                asm_files += 1;
                asm_bytes += src.len();
            }
        }
        println!(
            "deep passes alone: asm.js structure {asm:.2} s ({asm_files} files, {:.1} MB), wasm structure {wasm:.2} s",
            asm_bytes as f64 / 1e6
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

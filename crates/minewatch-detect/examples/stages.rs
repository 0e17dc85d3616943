//! Where the web scanner's time goes by stage: `stages PATH...` (as `slowest`) prints the
//! seconds spent in the whole scan and in the deep passes (asm.js structure, wasm structure).
#![allow(clippy::print_stdout, clippy::unwrap_used)] // a developer's tool
use minewatch_detect::web::{Scanner, asm_flow, wasm_flow};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let scanner = Scanner::new();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for p in std::env::args().skip(1) {
        let path = std::path::Path::new(&p);
        if path.is_dir() {
            for e in std::fs::read_dir(path)? {
                let e = e?.path();
                let name = e.display().to_string();
                if name.ends_with(".tgz") {
                    files.extend(scanner.read_tgz(std::fs::File::open(&e)?, &name)?);
                }
            }
        } else {
            files.extend(scanner.read_tgz(std::fs::File::open(path)?, &p)?);
        }
    }
    let (mut scan, mut asm, mut wasm) = (0.0, 0.0, 0.0);
    let (mut asm_n, mut asm_b) = (0, 0);
    for (name, bytes) in &files {
        let t = std::time::Instant::now();
        let _ = scanner.scan_bytes(name, bytes);
        scan += t.elapsed().as_secs_f64();
        if bytes.starts_with(b"\0asm") {
            let t = std::time::Instant::now();
            let _ = wasm_flow::analyse(bytes, 50_000_000);
            wasm += t.elapsed().as_secs_f64();
        } else if let Ok(src) = std::str::from_utf8(bytes)
            && asm_flow::worth_it(src)
        {
            let t = std::time::Instant::now();
            let _ = asm_flow::analyse(src);
            asm += t.elapsed().as_secs_f64();
            asm_n += 1;
            asm_b += src.len();
            println!("asm.js-shaped: {name} {} B", src.len());
        }
    }
    println!(
        "scan {scan:.2} s; within it about: asm.js structure {asm:.2} s ({asm_n} files, {asm_b} B), wasm structure {wasm:.2} s"
    );
    Ok(())
}

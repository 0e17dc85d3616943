//! Prints what the structural pass finds in wasm or asm.js files: `structure FILE.wasm|FILE.js...`.
#![allow(clippy::print_stdout)] // a developer's tool: printing is its job
fn main() -> Result<(), Box<dyn std::error::Error>> {
    for p in std::env::args().skip(1) {
        let bytes = std::fs::read(&p)?;
        let t = std::time::Instant::now();
        if bytes.starts_with(b"\0asm") {
            let s = minewatch_detect::web::wasm_flow::analyse(&bytes, 50_000_000);
            println!("{p} ({:?}): {s:#?}", t.elapsed());
        } else {
            let src = String::from_utf8_lossy(&bytes);
            let worth = minewatch_detect::web::asm_flow::worth_it(&src);
            let s = minewatch_detect::web::asm_flow::analyse(&src);
            println!("{p} (asm.js-shaped: {worth}; {:?}): {s:#?}", t.elapsed());
        }
    }
    Ok(())
}

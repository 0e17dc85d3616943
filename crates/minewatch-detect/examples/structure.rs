//! Prints what the structural pass finds in wasm files: `structure FILE.wasm...`.
#![allow(clippy::print_stdout)] // a developer's tool: printing is its job
fn main() -> Result<(), Box<dyn std::error::Error>> {
    for p in std::env::args().skip(1) {
        let bytes = std::fs::read(&p)?;
        let s = minewatch_detect::web::wasm_flow::analyse(&bytes, 50_000_000);
        println!("{p}: {s:#?}");
    }
    Ok(())
}

//! Runs wasm files in the bounded interpreter and prints what it saw: `observe FILE.wasm...`.
#![allow(clippy::print_stdout)] // a developer's tool: printing is its job
fn main() -> Result<(), Box<dyn std::error::Error>> {
    for p in std::env::args().skip(1) {
        let bytes = std::fs::read(&p)?;
        let t = std::time::Instant::now();
        let mut limits = minewatch_detect::web::wasm_exec::LIMITS;
        // MW_FUEL=N: N times the fuel and wall time (to see what a file needs).
        if let Some(k) = std::env::var("MW_FUEL")
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
        {
            limits.fuel *= k;
            limits.fuel_per_call *= k;
            limits.wall_ms *= k;
        }
        let o = minewatch_detect::web::wasm_exec::observe(&bytes, &limits);
        match &o.found {
            Some(f) => println!("{p} ({:?}): {}", t.elapsed(), f.describe()),
            None => println!(
                "{p} ({:?}): nothing seen ({} calls, {} fuel) {:?}",
                t.elapsed(),
                o.calls,
                o.fuel_used,
                o.notes
            ),
        }
    }
    Ok(())
}

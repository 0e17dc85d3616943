//! Writes one variant of a module: `transform IN.wasm TRANSFORM|all|all-twice|substitute-3x SEED
//! OUT.wasm`.
use minewatch_harness::{Repeated, Transform, apply, apply_all};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a: Vec<String> = std::env::args().collect();
    if a.len() != 5 {
        return Err(
            "usage: transform IN.wasm TRANSFORM|all|all-twice|substitute-3x SEED OUT.wasm".into(),
        );
    }
    let bytes = std::fs::read(&a[1])?;
    let seed: u64 = a[3].parse()?;
    let out = if a[2] == "all" {
        apply_all(&bytes, seed)?
    } else if let Some(r) = Repeated::from_name(&a[2]) {
        r.apply(&bytes, seed)?
    } else {
        let t = Transform::from_name(&a[2]).ok_or_else(|| format!("unknown transform {}", a[2]))?;
        apply(&bytes, t, seed)?
    };
    std::fs::write(&a[4], out)?;
    Ok(())
}

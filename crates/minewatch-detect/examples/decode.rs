//! Prints the strings a file's decoders produce when run (`decode FILE.js...`), longest first
//! cut to 120 characters, with the steps spent.
#![allow(clippy::print_stdout)] // a developer's tool: printing is its job
fn main() -> Result<(), Box<dyn std::error::Error>> {
    for p in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&p)?;
        let t = std::time::Instant::now();
        let Some(d) = minewatch_detect::web::jseval::decode_source(&src) else {
            println!("{p}: does not parse");
            continue;
        };
        println!(
            "{p}: {} strings, {} steps{}, {:?}; decoders {:?}",
            d.strings.len(),
            d.steps,
            if d.exhausted { " (bounds reached)" } else { "" },
            t.elapsed(),
            d.decoders.iter().take(5).collect::<Vec<_>>()
        );
        let mut strings = d.strings;
        strings.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        for (s, off) in strings {
            let cut: String = s.chars().take(120).collect();
            println!("  {off:>8}  {:>6}  {cut:?}", s.len());
        }
    }
    Ok(())
}

//! Native query latency over the judged relevance set: every query run 50 times, p50/p95 of
//! single-query times. `cargo run --release --example latency` (used by `cargo xtask bench`);
//! `-- --dump-queries` prints the queries as JSON instead.

use std::time::Instant;

use preventiewijzer::relevance::load;
use preventiewijzer::Engine;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = preventiewijzer::catalogue::load(&root.join("catalogue")).expect("valid catalogue");
    let engine = Engine::open(preventiewijzer::index::build(&catalogue).unwrap()).unwrap();
    let queries: Vec<_> = load(&root.join("tests/relevance/judgments.toml")).unwrap().iter().map(|j| j.query()).collect();
    if std::env::args().any(|a| a == "--dump-queries") {
        // The same queries as JSON, for the in-browser (wasm) measurement of `cargo xtask bench`.
        println!("{}", serde_json::to_string(&queries).unwrap());
        return;
    }
    for q in &queries {
        engine.search(q); // warm up
    }
    let mut times: Vec<f64> = Vec::new();
    for _ in 0..50 {
        for q in &queries {
            let start = Instant::now();
            std::hint::black_box(engine.search(q));
            times.push(start.elapsed().as_secs_f64() * 1e6);
        }
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{{\"queries\":{},\"runs\":{},\"p50_us\":{:.0},\"p95_us\":{:.0},\"max_us\":{:.0}}}",
        queries.len(),
        times.len(),
        pct(0.5),
        pct(0.95),
        pct(1.0)
    );
}

//! Growth: sizes and native latencies of both search tiers at the shipped size and at 1,000 and
//! 10,000 SYNTHETIC materials (`examples/synthetic.rs`, generated into `target/synthetic-N/` when
//! absent). `cargo run --release --example growth` prints one JSON object:
//! per size the materials; tier-1 records and tier-2 packed index bytes raw, gzip (`gzip -9`) and
//! brotli (`brotli -q 11`); the time to open each tier; and per tier p50/p95 of single searches
//! over the judged queries and over the prefixes of typing "weerbaarheid" (the keystroke path).
//! `-- --sizes 67,1000` picks sizes (the shipped size is its material count); `-- --no-compress`
//! leaves out the gzip and brotli sizes (slow at 10,000; `cargo xtask bench` reports them as served).

mod synthetic;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use preventiewijzer_engine::{Engine, Query};
use serde_json::{json, Value};

/// Typed letter by letter: every prefix is one keystroke's search.
const TYPED: &str = "weerbaarheid";
/// Each (tier, query set) is measured for about this long (at least 3 rounds, at most 50).
const BUDGET: Duration = Duration::from_millis(1500);

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let real = root.join("catalogue");
    let args: Vec<String> = std::env::args().collect();
    let wanted: Option<Vec<usize>> =
        args.iter().position(|a| a == "--sizes").and_then(|i| args.get(i + 1)).map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect());
    let judged: Vec<Query> =
        preventiewijzer_testdata::relevance::load(&root.join("tests/relevance/judgments.toml")).unwrap().iter().map(|j| j.query()).collect();
    let typing: Vec<Query> = (1..=TYPED.len()).map(|n| Query { text: TYPED[..n].to_string(), ..Query::default() }).collect();

    let shipped = preventiewijzer_model::catalogue::load(&real).expect("valid catalogue").materials.len();
    let mut out = Vec::new();
    for count in [shipped, 1_000, 10_000] {
        if wanted.as_ref().is_some_and(|w| !w.contains(&count)) {
            continue;
        }
        let dir = if count == shipped { real.clone() } else { synthetic::default_dir(count) };
        if count != shipped && !dir.join("materials").is_dir() {
            eprintln!("generating {}", dir.display());
            synthetic::generate(&real, count, synthetic::DEFAULT_SEED, &dir).expect("generating a synthetic catalogue");
        }
        eprintln!("measuring {} materials from {}", count, dir.display());
        out.push(measure(&dir, count == shipped, &judged, &typing, !args.iter().any(|a| a == "--no-compress")));
    }
    println!("{}", json!({ "sizes": out }));
}

fn measure(dir: &Path, shipped: bool, judged: &[Query], typing: &[Query], compress: bool) -> Value {
    let start = Instant::now();
    let catalogue = preventiewijzer_model::catalogue::load(dir).expect("valid catalogue");
    let load_s = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let records = preventiewijzer_engine::tier2::records(&catalogue);
    let packed = preventiewijzer_indexer::build(&catalogue).expect("building the index");
    let build_s = start.elapsed().as_secs_f64();

    let (open1, tier1) = open_ms(|| Engine::open_records(&records).unwrap());
    let (open2, tier2) = open_ms(|| Engine::open_with_records(packed.clone(), &records).unwrap());
    let latency = |e: &Engine| json!({ "judged": latency_us(e, judged), "typing": latency_us(e, typing) });
    json!({
        "catalogue": if shipped { "shipped".to_string() } else { format!("synthetic ({})", dir.display()) },
        "materials": catalogue.materials.len(),
        "load_s": round(load_s, 2),
        "build_s": round(build_s, 2),
        "records_bytes": sizes(&records, compress),
        "packed_bytes": sizes(&packed, compress),
        "open_ms": { "tier1": round(open1, 1), "tier2": round(open2, 1) },
        "latency_us": { "tier1": latency(&tier1), "tier2": latency(&tier2) },
    })
}

/// Median time of a few opens, and the engine of the last one.
fn open_ms(open: impl Fn() -> Engine) -> (f64, Engine) {
    let mut times = Vec::new();
    let mut engine = None;
    while times.len() < 5 && (times.len() < 2 || times.iter().sum::<f64>() < 3000.0) {
        let start = Instant::now();
        engine = Some(std::hint::black_box(open()));
        times.push(start.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], engine.unwrap())
}

/// p50/p95/max of single searches, in µs, over rounds of all queries.
fn latency_us(engine: &Engine, queries: &[Query]) -> Value {
    for q in queries {
        engine.search(q); // warm up
    }
    let mut times: Vec<f64> = Vec::new();
    let start = Instant::now();
    let mut rounds = 0;
    while rounds < 3 || (rounds < 50 && start.elapsed() < BUDGET) {
        for q in queries {
            let t = Instant::now();
            std::hint::black_box(engine.search(q));
            times.push(t.elapsed().as_secs_f64() * 1e6);
        }
        rounds += 1;
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize].round();
    json!({ "queries": queries.len(), "runs": times.len(), "p50": pct(0.5), "p95": pct(0.95), "max": pct(1.0) })
}

/// Raw, gzip -9 and brotli -q 11 sizes (what a host would serve); raw only without `compress`.
fn sizes(bytes: &[u8], compress: bool) -> Value {
    if !compress {
        return json!({ "raw": bytes.len() });
    }
    json!({ "raw": bytes.len(), "gzip": compressed("gzip", &["-9", "-c"], bytes), "brotli": compressed("brotli", &["-q", "11", "-c"], bytes) })
}

fn compressed(tool: &str, args: &[&str], bytes: &[u8]) -> Option<usize> {
    let mut child = Command::new(tool).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().ok()?;
    let mut stdin = child.stdin.take()?;
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    output.status.success().then_some(output.stdout.len())
}

fn round(x: f64, digits: i32) -> f64 {
    let f = 10f64.powi(digits);
    (x * f).round() / f
}

//! `cargo xtask bench`: in one run, on the shipped catalogue and the judged queries, what a
//! browser downloads per tier, time to first results and to full text, keystroke-to-paint, engine
//! latency (native and wasm in Chromium), relevance — the same for the peer engines (MiniSearch,
//! FlexSearch, Lunr with Dutch, Pagefind; `bench/peers/`) — and growth to 1,000 and 10,000
//! synthetic materials. Writes `bench/REPORT.md` and `bench/report.json`. Benchmarks only: no
//! test asserts on these figures.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use serde_json::{json, Value};

use crate::build;
use crate::manifest::{Manifest, Tier};
use crate::{root, serve, setup};

mod goals;
mod report;

/// Cold loads per profile: at least 5 on the shipped catalogue (the issue), 3 for growth.
const RUNS: u32 = 5;
const GROWTH_RUNS: u32 = 3;
const GROWTH: [usize; 2] = [1_000, 10_000];
const PEERS: [(&str, &str); 4] = [("minisearch", "MiniSearch"), ("flexsearch", "FlexSearch"), ("lunr", "Lunr (nl)"), ("pagefind", "Pagefind")];

pub fn run() -> Result<(), String> {
    let started = Instant::now();
    let mut phases: Vec<(&str, f64)> = Vec::new();
    let mut mark = |name: &'static str, since: &mut Instant| {
        phases.push((name, since.elapsed().as_secs_f64()));
        *since = Instant::now();
    };
    let mut t = Instant::now();
    setup::for_bench()?;
    mark("set-up (toolchain, npm, Chromium)", &mut t);
    let site = build::site_for_bench()?;
    mark("build", &mut t);
    let base = serve::spawn(site.clone())?;
    // The catalogue, the judged queries and our rankings for the peers; the queries also for ours.
    let data = root().join("target/bench-data.json");
    let bench_data = output(&mut cargo_release(&["--example", "bench_data"]))?;
    let queries = root().join("target/bench-queries.json");
    std::fs::write(&queries, parse(&bench_data)?["engine_queries"].to_string()).map_err(|e| e.to_string())?;
    std::fs::write(&data, bench_data).map_err(|e| e.to_string())?;

    eprintln!("xtask: bench: our widget in Chromium ({RUNS} cold loads per profile)");
    let ours = browser(&base, &queries, RUNS, "unthrottled,mobile", 5)?;
    let sizes = tier_sizes(&site)?;
    mark("ours in the browser", &mut t);

    eprintln!("xtask: bench: growth (native, then in Chromium with {GROWTH_RUNS} cold loads per profile)");
    let growth_native: Value = parse(&output(&mut cargo_release(&["--example", "growth", "--", "--no-compress"]))?)?;
    let mut growth = Vec::new();
    for n in GROWTH {
        let catalogue = root().join(format!("target/synthetic-{n}"));
        let grown = build::site_with_catalogue(&site, &catalogue, &root().join(format!("target/site-{n}")), true)?;
        let url = serve::spawn(grown.clone())?;
        // The mobile profile only (the budget's), one round of engine queries: a fresh machine stays within 15 minutes.
        growth.push(json!({ "materials": n, "sizes": tier_sizes(&grown)?, "browser": browser(&url, &queries, GROWTH_RUNS, "mobile", 1)? }));
    }
    mark("growth", &mut t);

    eprintln!("xtask: bench: peers");
    let peers: Value =
        parse(&output(Command::new("node").arg(root().join("bench/peers/run.mjs")).env("PW_BENCH_DATA", &data).env("PW_BENCH_RUNS", RUNS.to_string()))?)?;

    mark("peers", &mut t);

    eprintln!("xtask: bench: Lighthouse (mobile performance of / and /ouders.html)");
    let lighthouse: Value = parse(&output(Command::new("node").arg(root().join("bench/lighthouse/run.mjs")).env("PW_BASE_URL", &base))?)?;
    mark("Lighthouse", &mut t);
    let minutes = started.elapsed().as_secs_f64() / 60.0;
    let phases: Vec<String> = phases.iter().map(|(name, s)| format!("{name} {:.1} min", s / 60.0)).collect();
    let phases = phases.join(", ");
    let report =
        Report { phases: &phases, ours: &ours, sizes: &sizes, growth_native: &growth_native, growth: &growth, peers: &peers, lighthouse: &lighthouse, minutes };
    let text = report.markdown();
    std::fs::write(root().join("bench/REPORT.md"), &text).map_err(|e| e.to_string())?;
    let json = json!({
        "minutes": (minutes * 10.0).round() / 10.0,
        "sizes": sizes, "browser": ours,
        "growth_native": growth_native, "growth_browser": growth, "peers": peers, "lighthouse": lighthouse,
    });
    std::fs::write(root().join("bench/report.json"), serde_json::to_string_pretty(&json).unwrap_or_default() + "\n").map_err(|e| e.to_string())?;
    print!("{text}");
    Ok(())
}

fn cargo_release(args: &[&str]) -> Command {
    let mut cmd = Command::new("cargo");
    cmd.args(["run", "--quiet", "--release"]).args(args);
    cmd
}

/// `bench/browser.mjs` against a served site: `runs` cold loads on each of `profiles`, `rounds`
/// over the judged queries for the in-browser engine latency.
fn browser(base: &str, queries: &Path, runs: u32, profiles: &str, rounds: u32) -> Result<Value, String> {
    parse(&output(
        Command::new("node")
            .arg(root().join("bench/browser.mjs"))
            .env("PW_BASE_URL", base)
            .env("PW_QUERIES", queries)
            .env("PW_BENCH_RUNS", runs.to_string())
            .env("PW_PROFILES", profiles)
            .env("PW_QUERY_ROUNDS", rounds.to_string()),
    )?)
}

/// Per tier its files with raw / gzip -9 / brotli -q 11 bytes, and the tier's brotli total.
fn tier_sizes(site: &Path) -> Result<Value, String> {
    let widget = site.join("widget");
    let manifest = Manifest::published(&widget)?;
    let mut tiers = Vec::new();
    for tier in [Tier::One, Tier::Two] {
        let mut total = [0u64; 3];
        let mut list = Vec::new();
        for f in manifest.tier(tier) {
            let file = manifest.url(&f.name);
            let s = build::served_sizes(&widget.join(file));
            total.iter_mut().zip(s).for_each(|(t, s)| *t += s);
            list.push(json!({ "file": file, "raw": s[0], "gzip": s[1], "brotli": s[2] }));
        }
        tiers.push(json!({ "files": list, "raw": total[0], "gzip": total[1], "brotli": total[2] }));
    }
    Ok(json!({ "tier1": tiers[0], "tier2": tiers[1] }))
}

fn output(cmd: &mut Command) -> Result<String, String> {
    let out = cmd.current_dir(root()).output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("{:?} failed: {}", cmd, String::from_utf8_lossy(&out.stderr)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn parse(text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| format!("benchmark output is not JSON ({e}): {}", text.chars().take(300).collect::<String>()))
}

struct Report<'a> {
    phases: &'a str,
    ours: &'a Value,
    sizes: &'a Value,
    growth_native: &'a Value,
    growth: &'a [Value],
    peers: &'a Value,
    lighthouse: &'a Value,
    minutes: f64,
}

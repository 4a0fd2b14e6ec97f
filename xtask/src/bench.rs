//! `cargo xtask bench`: what a browser downloads, time to first results, keystroke-to-paint and
//! engine latency (wasm in Chromium and native), relevance — written to `bench/REPORT.md` and
//! `bench/report.json`. Benchmarks only: no test asserts on these figures.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use crate::build::{self, TIER1_FILES, TIER2_FILES};
use crate::{root, serve, setup};

/// Budgets from the performance issue (mobile profile unless said otherwise).
const BUDGET_FIRST_TIER_BROTLI: u64 = 150_000;
const BUDGET_FIRST_RESULTS_MS: f64 = 1000.0;
/// Full text ready on the mobile profile (the budget).
const BUDGET_FULLTEXT_READY_MS: f64 = 4000.0;
const BUDGET_KEYSTROKE_P95_MS: f64 = 50.0;

pub fn run() -> Result<(), String> {
    setup::for_tests()?;
    let site = build::site()?;
    let base = serve::spawn(site.clone())?;
    let queries = root().join("target/bench-queries.json");
    let dump = output(Command::new("cargo").args(["run", "--quiet", "--release", "--example", "latency", "--", "--dump-queries"]))?;
    std::fs::write(&queries, dump).map_err(|e| e.to_string())?;
    let browser = output(Command::new("node").arg(root().join("bench/browser.mjs")).env("PW_BASE_URL", &base).env("PW_QUERIES", &queries))?;
    let native = output(Command::new("cargo").args(["run", "--quiet", "--release", "--example", "latency"]))?;
    let relevance = output(Command::new("cargo").args(["test", "--quiet", "--release", "--test", "relevance", "--", "--nocapture"]))?;
    let ndcg = relevance.lines().find(|l| l.starts_with("mean nDCG")).unwrap_or("mean nDCG: not found").to_string();
    let precision = relevance.lines().find(|l| l.starts_with("hard-filter precision")).unwrap_or("").to_string();

    let mut report = String::from("# Benchmark report\n\nMeasured by `cargo xtask bench` on this machine: headless Chromium against the demo served on localhost \
        (gzip as a host would serve it). Mobile profile: CPU 4× slower, 150 ms RTT, 1.6 Mbit/s down (DevTools protocol).\n\n");
    report.push_str("## Transfer size per tier\n\nTier 1 (first results: element script, glue, widget wasm without tantivy, compact records) and \
        tier 2 (full text: worker script, glue, tantivy wasm with the index), loaded in a Web Worker after the first results.\n\n\
        | tier | file | raw / gzip -9 / brotli -q 11 (bytes) |\n|---|---|---|\n");
    let mut files = Vec::new();
    let mut tier_brotli = [0u64; 2];
    let hashed = build::read_manifest(&site.join("widget"))?;
    for (t, names) in [&TIER1_FILES[..], &TIER2_FILES[..]].iter().enumerate() {
        for name in names.iter() {
            let name = build::hashed(&hashed, name);
            let path = site.join("widget").join(name);
            let sizes = build::sizes(&path);
            tier_brotli[t] += brotli_size(&path).unwrap_or(0);
            let _ = writeln!(report, "| {} | `{name}` | {sizes} |", t + 1);
            files.push(format!("{{\"tier\":{},\"file\":\"{name}\",\"sizes\":\"{sizes}\"}}", t + 1));
        }
    }
    let fallback = build::hashed(&hashed, "preventiewijzer-fallback.html");
    let _ = writeln!(report, "| (fallback, only when the widget cannot start) | `{fallback}` | {} |", build::sizes(&site.join("widget").join(fallback)));
    let first_tier_brotli = tier_brotli[0];
    let _ = writeln!(report, "\nTier 1 (brotli): **{first_tier_brotli} B**; budget {BUDGET_FIRST_TIER_BROTLI} B → {}. Tier 2 (brotli): **{} B**, in the background.\n",
        verdict(first_tier_brotli as f64, BUDGET_FIRST_TIER_BROTLI as f64, "B"), tier_brotli[1]);
    let _ = writeln!(report, "## Browser\n\n`{browser}`\n");
    for (profile, key) in [("unthrottled", "\"unthrottled\""), ("mobile", "\"mobile\"")] {
        let first = number_after(&browser, key, "\"first_results_ms\":{\"median\":");
        let ready = number_after(&browser, key, "\"fulltext_ready_ms\":{\"median\":");
        let refined = number_after(&browser, key, "\"refined_after_typing_ms\":{\"median\":");
        let keys = number_after(&browser, key, "\"p95\":");
        let _ = writeln!(report, "- {profile}: first results (tier 1) median {first:.0} ms; full text ready (tier 2) median {ready:.0} ms \
            (navigation → refined list for a word typed after the first results: {refined:.0} ms); keystroke-to-paint p95 {keys:.1} ms");
    }
    let first = number_after(&browser, "\"mobile\"", "\"first_results_ms\":{\"median\":");
    let ready = number_after(&browser, "\"mobile\"", "\"fulltext_ready_ms\":{\"median\":");
    let keys = number_after(&browser, "\"mobile\"", "\"p95\":");
    let _ = writeln!(report, "\nBudgets on the mobile profile: first results ≤ {BUDGET_FIRST_RESULTS_MS} ms → {}; full text ready ≤ {BUDGET_FULLTEXT_READY_MS} ms → {}; \
        keystroke-to-paint p95 ≤ {BUDGET_KEYSTROKE_P95_MS} ms → {}.",
        verdict(first, BUDGET_FIRST_RESULTS_MS, "ms"), verdict(ready, BUDGET_FULLTEXT_READY_MS, "ms"), verdict(keys, BUDGET_KEYSTROKE_P95_MS, "ms"));
    let _ = writeln!(report, "\nNot measured yet: peers (MiniSearch, FlexSearch, Lunr, Pagefind) and growth to 1,000/10,000 materials.\n");
    let _ = writeln!(report, "## Engine\n\n- native, over the judged set (`cargo run --release --example latency`): `{native}`\n- {ndcg}\n- {precision}");
    std::fs::write(root().join("bench/REPORT.md"), &report).map_err(|e| e.to_string())?;
    let json = format!(
        "{{\"files\":[{}],\"first_tier_brotli\":{first_tier_brotli},\"second_tier_brotli\":{},\"browser\":{browser},\"native_latency\":{native},\"relevance\":\"{ndcg}\"}}\n",
        files.join(","),
        tier_brotli[1]
    );
    std::fs::write(root().join("bench/report.json"), json).map_err(|e| e.to_string())?;
    print!("{report}");
    Ok(())
}

fn output(cmd: &mut Command) -> Result<String, String> {
    let out = cmd.current_dir(root()).output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("{:?} failed: {}", cmd, String::from_utf8_lossy(&out.stderr)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn brotli_size(path: &Path) -> Option<u64> {
    let out = Command::new("brotli").args(["-q", "11", "-c"]).arg(path).output().ok()?;
    out.status.success().then_some(out.stdout.len() as u64)
}

/// The first number after `field` following `section` in a flat JSON text.
fn number_after(json: &str, section: &str, field: &str) -> f64 {
    let rest = json.find(section).map_or("", |i| &json[i..]);
    let rest = rest.find(field).map_or("", |i| &rest[i + field.len()..]);
    rest.split(|c: char| !(c.is_ascii_digit() || c == '.')).next().and_then(|n| n.parse().ok()).unwrap_or(f64::NAN)
}

fn verdict(value: f64, budget: f64, unit: &str) -> String {
    if value <= budget {
        format!("met ({value:.0} {unit})")
    } else {
        format!("missed by {:.0} {unit} ({:.1}×)", value - budget, value / budget)
    }
}

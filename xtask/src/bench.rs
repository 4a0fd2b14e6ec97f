//! `cargo xtask bench`: sizes of what a browser downloads and time to first results, measured
//! in headless Chromium, written to `bench/REPORT.md` and `bench/report.json`. Benchmarks only:
//! no test asserts on these figures.

use std::fmt::Write as _;
use std::process::Command;

use crate::{build, root, serve, setup};

pub fn run() -> Result<(), String> {
    setup::for_tests()?;
    let site = build::site()?;
    let base = serve::spawn(site.clone())?;
    let out = Command::new("node")
        .arg(root().join("bench/first-results.mjs"))
        .env("PW_BASE_URL", &base)
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("first-results benchmark failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let timing = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let latency = Command::new("cargo").args(["run", "--quiet", "--release", "--example", "latency"]).current_dir(root()).output().map_err(|e| e.to_string())?;
    if !latency.status.success() {
        return Err(format!("latency benchmark failed: {}", String::from_utf8_lossy(&latency.stderr)));
    }
    let latency = String::from_utf8_lossy(&latency.stdout).trim().to_string();
    let mut report = String::from("# Benchmark report\n\nMeasured by `cargo xtask bench` on this machine (localhost, no throttling).\n\n");
    report.push_str("| file | raw / gzip -9 / brotli -q 11 |\n|---|---|\n");
    let mut files = Vec::new();
    for name in ["widget/preventiewijzer.js", "widget/preventiewijzer_widget.js", "widget/preventiewijzer_widget_bg.wasm"] {
        let sizes = build::sizes(&site.join(name));
        let _ = writeln!(report, "| `{name}` | {sizes} |");
        files.push(format!("{{\"file\":\"{name}\",\"sizes\":\"{sizes}\"}}"));
    }
    let _ = writeln!(report, "\nTime to first results (navigation start → first result card, cold loads): `{timing}`");
    let _ = writeln!(report, "\nNative engine latency over the judged query set (`cargo run --release --example latency`): `{latency}`");
    std::fs::write(root().join("bench/REPORT.md"), &report).map_err(|e| e.to_string())?;
    let json = format!("{{\"files\":[{}],\"first_results\":{timing},\"native_latency\":{latency}}}\n", files.join(","));
    std::fs::write(root().join("bench/report.json"), json).map_err(|e| e.to_string())?;
    print!("{report}");
    Ok(())
}

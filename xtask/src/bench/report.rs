//! `bench/REPORT.md` from the measured figures: summary against the budgets, sizes, browser
//! timings, engine latency, the peers, growth.

use std::fmt::Write as _;

use serde_json::Value;

use super::*;

/// A number at a JSON path ("mobile/first_results_ms/median"); NaN when absent.
pub(super) fn num(v: &Value, path: &str) -> f64 {
    path.split('/').try_fold(v, |v, key| v.get(key)).and_then(Value::as_f64).unwrap_or(f64::NAN)
}

pub(super) fn verdict(value: f64, budget: f64, unit: &str) -> String {
    if value.is_nan() {
        "not measured".into()
    } else if value <= budget {
        format!("met ({})", fmt(value, unit))
    } else {
        format!("**missed** by {} ({:.1}×)", fmt(value - budget, unit), value / budget)
    }
}

pub(super) fn fmt(value: f64, unit: &str) -> String {
    match unit {
        "B" => format!("{:.0} B", value),
        _ if value.is_nan() => "–".into(),
        "" => format!("{value:.0}"),
        _ if value < 10.0 => format!("{value:.1} {unit}"),
        _ => format!("{value:.0} {unit}"),
    }
}

/// Brotli bytes of a tier's catalogue data (the files that are not code), found by name: the
/// tiers' file lists change as files are added.
fn data_file(tier: &Value) -> f64 {
    super::goals::data_bytes(tier)
}

/// "ours / peer" as a ratio (below 1: we are smaller or faster).
fn ratio(ours: f64, peer: f64) -> String {
    if ours.is_nan() || peer.is_nan() || peer == 0.0 {
        "–".into()
    } else {
        format!("{:.2}", ours / peer)
    }
}

impl Report<'_> {
    pub(super) fn markdown(&self) -> String {
        let mut r = String::new();
        let _ = writeln!(
            r,
            "# Benchmark report\n\nMeasured by `cargo xtask bench` ({:.1} min on this machine: {}): headless Chromium against \
             the demo served on localhost, brotli-compressed as a host would serve it. Mobile profile: CPU 4× slower, 150 ms RTT, 1.6 Mbit/s down \
             (DevTools protocol). Times are medians of {RUNS} cold loads (new browser context, nothing cached).\n",
            self.minutes, self.phases
        );
        self.summary(&mut r);
        goals::section(
            &goals::Figures { ours: self.ours, sizes: self.sizes, growth: self.growth, minisearch: &self.peers["minisearch"], lighthouse: self.lighthouse },
            &mut r,
        );
        self.sizes_section(&mut r);
        self.browser_section(&mut r);
        self.engine_section(&mut r);
        self.peers_section(&mut r);
        self.growth_section(&mut r);
        self.closing(&mut r);
        r
    }

    fn summary(&self, r: &mut String) {
        let o = self.ours;
        // Ours: the widget files complete before the first card appeared (measured, mobile profile).
        let tier1 = num(o, "mobile/first_results_bytes/median");
        let _ = writeln!(r, "## Summary\n");
        let _ = writeln!(r, "| vs peers (ours / peer; below 1: ours smaller or faster, above 1 for nDCG: ours better) | {} |", PEERS.map(|p| p.1).join(" | "));
        let _ = writeln!(r, "|---|{}", "---|".repeat(PEERS.len()));
        let ours_ndcg = self.ndcg();
        type Row<'a> = (&'a str, f64, &'a dyn Fn(&Value) -> f64);
        let rows: [Row; 5] = [
            ("first results, brotli bytes", tier1, &|p| num(p, "transfer_first_results/total/brotli")),
            ("first results, mobile", num(o, "mobile/first_results_ms/median"), &|p| num(p, "mobile/first_results_ms/median")),
            ("keystroke-to-paint p95, mobile", num(o, "mobile/keystroke_to_paint_ms/p95"), &|p| num(p, "mobile/keystroke_to_paint_ms/p95")),
            ("query p95 in the browser, mobile (ours: tier 2)", num(o, "mobile/wasm_tier2_query_ms/p95"), &|p| num(p, "mobile/query_ms/p95")),
            ("nDCG@10 (ours / peer)", ours_ndcg, &|p| num(p, "relevance/ndcg10_mean")),
        ];
        for (name, ours, peer) in rows {
            let cells: Vec<String> = PEERS.iter().map(|(k, _)| ratio(ours, peer(&self.peers[*k]))).collect();
            let _ = writeln!(r, "| {name} | {} |", cells.join(" | "));
        }
        let _ = writeln!(r);
    }

    /// Our mean nDCG@10, from `examples/bench_data.rs` (`relevance::ndcg`, as in `cargo test
    /// --release --test relevance`), checked there against the peers' JavaScript nDCG.
    fn ndcg(&self) -> f64 {
        num(self.peers, "ours_ndcg_rust")
    }

    fn sizes_section(&self, r: &mut String) {
        let _ = writeln!(
            r,
            "## Transfer size per tier\n\nTier 1 (first results): the element script (CSS inside), the wasm-bindgen glue, the widget wasm \
             (Yew and the engine without tantivy) and the catalogue records, all fetched in parallel once the element script runs; the wasm \
             compiles while it streams in. Tier 2 (full text): the worker script, its loader and glue, the tantivy wasm and the packed index, \
             fetched in a Web Worker once someone focuses the search field or types (or while the browser is idle after tier 1 on a 4g connection without Save-Data); \
             it also reads its catalogue from tier 1's records, which the browser's cache answers (`tests/e2e/tier2.test.mjs`), so they count in tier 1 only. Every file but the element script is named by its content hash.\n\n\
             | tier | file | raw | gzip -9 | brotli -q 11 |\n|---|---|---|---|---|"
        );
        for (t, key) in [(1, "tier1"), (2, "tier2")] {
            for f in self.sizes[key]["files"].as_array().into_iter().flatten() {
                let _ = writeln!(r, "| {t} | `{}` | {} | {} | {} |", f["file"].as_str().unwrap_or(""), f["raw"], f["gzip"], f["brotli"]);
            }
            let s = &self.sizes[key];
            let _ = writeln!(r, "| {t} | **total** | {} | {} | **{}** |", s["raw"], s["gzip"], s["brotli"]);
        }
        let _ = writeln!(r);
    }

    fn browser_section(&self, r: &mut String) {
        let _ = writeln!(r, "## Our widget in the browser\n\n| figure | unthrottled | mobile |\n|---|---|---|");
        let o = self.ours;
        let rows = [
            ("first results (navigation → first card), median", "first_results_ms/median", "ms"),
            ("full text ready (navigation → worker ready), median", "tier2_ready_ms/median", "ms"),
            ("navigation → tier-2 list for a word typed after the first results, median", "tier2_after_typing_ms/median", "ms"),
            ("first keystroke → tier-2 list (that word), median", "first_keystroke_to_tier2_ms/median", "ms"),
            ("last keystroke → tier-2 list (that word), median", "last_keystroke_to_tier2_ms/median", "ms"),
            ("longest main-thread task, load and typing (median traced load of three)", "main_thread/longest_task_ms", "ms"),
            ("main-thread tasks over 50 ms (same trace)", "main_thread/tasks_over_limit", ""),
            ("navigation commit (the task in which the browser swaps in the page; same trace)", "main_thread/navigation_commit_ms", "ms"),
            ("an empty page's navigation commit (same profile, same run)", "main_thread/empty_page/navigation_commit_ms", "ms"),
            ("longest main-thread task after the navigation commit (same trace)", "main_thread/after_commit/longest_task_ms", "ms"),
            ("tasks over 50 ms after the navigation commit (same trace)", "main_thread/after_commit/tasks_over_limit", ""),
            ("longest main-thread task from the widget's element script on (same trace)", "main_thread/from_widget_script/longest_task_ms", "ms"),
            ("tasks over 50 ms from the widget's element script on (same trace)", "main_thread/from_widget_script/tasks_over_limit", ""),
            ("the same page without the widget: longest task after its commit (median of three)", "main_thread/host_alone/after_commit_longest_ms", "ms"),
            ("the same page without the widget: tasks over 50 ms after its commit", "main_thread/host_alone/after_commit_over_limit", ""),
            ("Save-Data on: tier-2 requests in 3 s left alone after the first results (one load)", "save_data/tier2_requests_before_focus", ""),
            ("Save-Data on: first keystroke → tier-2 list, tier 2 fetched on focus (same load)", "save_data/first_keystroke_to_tier2_ms", "ms"),
            ("keystroke-to-paint p50 (typing `weerbaarheid`)", "keystroke_to_paint_ms/p50", "ms"),
            ("keystroke-to-paint p95", "keystroke_to_paint_ms/p95", "ms"),
            ("tier-1 query in wasm p50", "wasm_query_ms/p50", "ms"),
            ("tier-1 query in wasm p95", "wasm_query_ms/p95", "ms"),
            ("tier-2 (full-text) query in wasm p50", "wasm_tier2_query_ms/p50", "ms"),
            ("tier-2 (full-text) query in wasm p95", "wasm_tier2_query_ms/p95", "ms"),
        ];
        for (name, path, unit) in rows {
            let _ = writeln!(r, "| {name} | {} | {} |", fmt(num(o, &format!("unthrottled/{path}")), unit), fmt(num(o, &format!("mobile/{path}")), unit));
        }
        let _ = writeln!(r, "\nRuns: `{}`\n", o);
    }

    fn engine_section(&self, r: &mut String) {
        // The shipped catalogue's row of `cargo run --release --example growth`.
        let shipped = &self.growth_native["sizes"][0]["latency_us"];
        let line = |tier: &str, name: &str| {
            let j = &shipped[tier]["judged"];
            format!("- native {name} search over the judged queries ({} searches): p50 {} µs, p95 {} µs\n", j["runs"], j["p50"], j["p95"])
        };
        let _ = writeln!(
            r,
            "## Engine and relevance\n\n{}{}- mean nDCG@10 = {:.3} over the judged set (`tests/relevance/judgments.toml`)\n\
             - hard-filter violations: {} (precision 1.0 when 0)\n",
            line("tier2", "full-text (tier 2)"),
            line("tier1", "tier-1"),
            self.ndcg(),
            self.peers["ours_filter_violations"]
        );
    }

    fn peers_section(&self, r: &mut String) {
        let _ = writeln!(
            r,
            "## Peers\n\nSame catalogue, same judged queries, same profiles and method (`bench/peers/`, configured as each documents for a \
             Dutch faceted catalogue: see `bench/peers/README.md`). Their pages render 10 plain cards; ours also renders facet counts, \
             explanations, chips and help. Our nDCG@10 computed by the peers' JavaScript: {} (Rust: {}).\n\n\
             | | ours | {} |\n|---|---|{}",
            self.peers["ours_ndcg_check"],
            self.peers["ours_ndcg_rust"],
            PEERS.map(|p| p.1).join(" | "),
            "---|".repeat(PEERS.len())
        );
        let o = self.ours;
        type Row<'a> = (&'a str, String, &'a dyn Fn(&Value) -> String);
        let ms = |v: f64| fmt(v, "ms");
        let rows: [Row; 11] = [
            ("version", "this repo".into(), &|p| p["version"].as_str().unwrap_or("–").to_string()),
            ("first results, brotli bytes", fmt(num(o, "mobile/first_results_bytes/median"), "B"), &|p| {
                format!("{}", p["transfer_first_results"]["total"]["brotli"])
            }),
            ("fetched while typing, brotli bytes", "0".into(), &|p| format!("{}", p["transfer_while_typing"]["total"]["brotli"])),
            ("first results, unthrottled", ms(num(o, "unthrottled/first_results_ms/median")), &|p| fmt(num(p, "unthrottled/first_results_ms/median"), "ms")),
            ("first results, mobile", ms(num(o, "mobile/first_results_ms/median")), &|p| fmt(num(p, "mobile/first_results_ms/median"), "ms")),
            ("keystroke-to-paint p95, unthrottled", ms(num(o, "unthrottled/keystroke_to_paint_ms/p95")), &|p| {
                fmt(num(p, "unthrottled/keystroke_to_paint_ms/p95"), "ms")
            }),
            ("keystroke-to-paint p95, mobile", ms(num(o, "mobile/keystroke_to_paint_ms/p95")), &|p| fmt(num(p, "mobile/keystroke_to_paint_ms/p95"), "ms")),
            (
                "query p50 / p95 in the browser, mobile (ours: tier 2)",
                format!("{} / {}", ms(num(o, "mobile/wasm_tier2_query_ms/p50")), ms(num(o, "mobile/wasm_tier2_query_ms/p95"))),
                &|p| format!("{} / {}", fmt(num(p, "mobile/query_ms/p50"), "ms"), fmt(num(p, "mobile/query_ms/p95"), "ms")),
            ),
            ("nDCG@10", format!("{:.3}", self.ndcg()), &|p| format!("{:.3}", num(p, "relevance/ndcg10_mean"))),
            ("hard-filter violations", format!("{}", self.peers["ours_filter_violations"]), &|p| format!("{}", p["relevance"]["filter_violations"])),
            ("hard-filter precision", "1".into(), &|p| format!("{}", p["relevance"]["hard_filter_precision"])),
        ];
        for (name, ours, peer) in rows {
            let cells: Vec<String> = PEERS.iter().map(|(k, _)| peer(&self.peers[*k])).collect();
            let _ = writeln!(r, "| {name} | {ours} | {} |", cells.join(" | "));
        }
        let _ = writeln!(r);
    }

    fn growth_section(&self, r: &mut String) {
        let _ = writeln!(
            r,
            "## Growth\n\nSynthetic catalogues (`examples/synthetic.rs`: recombinations of the real materials, marked SYNTHETISCH, written \
             under `target/`, never shipped). The browser figures use the same wasm with the larger data files, on the mobile profile \
             only (median of {GROWTH_RUNS} cold loads; one round of engine queries).\n\n| materials | tier 1 brotli | tier 2 brotli | first results, mobile | full text ready, mobile | keystroke p95 unthrottled / mobile | tier-1 query p95 in wasm, mobile | tier-2 query p95 in wasm, mobile |\n|---|---|---|---|---|---|---|---|"
        );
        let shipped = json!({ "materials": "shipped", "sizes": self.sizes, "browser": self.ours });
        for g in std::iter::once(&shipped).chain(self.growth) {
            let b = &g["browser"];
            let _ = writeln!(
                r,
                "| {} | {} | {} | {} | {} | {} / {} | {} | {} |",
                g["materials"].as_str().map_or_else(|| g["materials"].to_string(), str::to_string),
                g["sizes"]["tier1"]["brotli"],
                g["sizes"]["tier2"]["brotli"],
                fmt(num(b, "mobile/first_results_ms/median"), "ms"),
                fmt(num(b, "mobile/tier2_ready_ms/median"), "ms"),
                fmt(num(b, "unthrottled/keystroke_to_paint_ms/p95"), "ms"),
                fmt(num(b, "mobile/keystroke_to_paint_ms/p95"), "ms"),
                fmt(num(b, "mobile/wasm_query_ms/p95"), "ms"),
                fmt(num(b, "mobile/wasm_tier2_query_ms/p95"), "ms"),
            );
        }
        let _ = writeln!(r, "\nNative (`cargo run --release --example growth`): `{}`\n", self.growth_native);
    }

    fn closing(&self, r: &mut String) {
        // The lightest peer on the same profile shows what this network alone costs.
        let lightest = PEERS
            .iter()
            .map(|(k, name)| (name, num(&self.peers[*k], "transfer_first_results/total/brotli"), num(&self.peers[*k], "mobile/first_results_ms/median")))
            .filter(|p| !p.1.is_nan())
            .min_by(|a, b| a.1.total_cmp(&b.1));
        let floor = lightest.map_or(String::new(), |(name, bytes, ms)| {
            format!(" For comparison, {name} with {bytes:.0} B before its first results needs {} on this profile.", fmt(ms, "ms"))
        });
        let both = num(self.sizes, "tier1/brotli") + num(self.sizes, "tier2/brotli");
        // DevTools' 1.6 Mbit/s: 1.6 × 1024 × 1024 / 8 bytes per second.
        let rate = 1.6 * 1024.0 * 1024.0 / 8.0;
        let tier2_bytes = num(self.sizes, "tier2/brotli");
        let (both_s, tier2_s) = (both / rate, tier2_bytes / rate);
        // Goal 4b's verdict in words, from the measurement.
        let tier2_budget = if tier2_bytes.is_nan() {
            "not measured".to_string()
        } else if tier2_bytes > goals::SECOND_TIER_BROTLI {
            format!(
                "{:.0} B over goal 4b's {:.0} B: a smaller full-text engine would close it",
                tier2_bytes - goals::SECOND_TIER_BROTLI,
                goals::SECOND_TIER_BROTLI
            )
        } else {
            format!("within goal 4b's {:.0} B", goals::SECOND_TIER_BROTLI)
        };
        let ten_k = self.growth.iter().find(|g| num(g, "materials") == 10_000.0);
        let ten_k_sizes = ten_k.map_or(String::from("not measured"), |g| {
            format!("data {} B brotli in tier 1 and {} B in tier 2", data_file(&g["sizes"]["tier1"]), data_file(&g["sizes"]["tier2"]))
        });
        let _ = writeln!(
            r,
            "## Where budgets are missed, and what would close them\n\n\
             - **First tier size**: by `twiggy` (run by hand on one build, not by this benchmark) the widget wasm's code is about a quarter \
             Yew and a fifth serde + serde_json (the catalogue records and the `Query`/`Results` JSON across the worker boundary), then \
             std/alloc and the engine; the records are {} B brotli. \
             What would close it: records in a compact binary form decoded without serde, the lexicon and per-material stems (needed only once \
             someone types) fetched after the first results, and the worker answering with ids and scores instead of JSON `Results`.\n\
             - **First results on the mobile profile**: three round trips (page, element script, then glue + wasm + records in parallel) \
             cost about 0.45 s at 150 ms RTT, and every 100 KB takes about 0.5 s at 1.6 Mbit/s, before compiling and rendering at 4× slower \
             CPU.{floor} Under 1 s needs the first tier well under 100 KB (the size work above), or the host preloading the files \
             (`<link rel=modulepreload>`/`preload` saves the element script's round trip).\n\
             - **Full text**: tier 2 is {tier2_bytes} B brotli, {tier2_s:.1} s at 1.6 Mbit/s before any round trip (both tiers together \
             {both} B, {both_s:.1} s), {tier2_budget}. Its download starts when someone focuses the search field (or while idle on 4g); \
             first results and typing never wait for it. It is mostly tantivy's code (by `twiggy`, run by hand: bit-packing's unrolled \
             decoders are its largest functions). tantivy is vendored with facet formatting patched so the `regex` crate is no longer \
             linked (`vendor/tantivy/PATCHES.md`), and tier 2 reads its catalogue from tier 1's records, which the browser already has.\n\
             - **Growth**: at 10,000 materials the data, not the code, is the weight ({ten_k_sizes}): a catalogue that large would \
             need the records split by facet or loaded page by page.\n",
            data_file(&self.sizes["tier1"]),
        );
    }
}

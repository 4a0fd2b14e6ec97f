//! Ranking quality on the judged set, in both tiers: nDCG@10 over the whole set
//! (`tests/relevance/judgments.toml` in catalogue words plus `natural.toml` in people's own
//! words) and over the natural subset must stay above the bars, and no hit may ever break a
//! filter the user chose. Prints the per-query table and the worst five so regressions are
//! visible (`cargo test --test relevance -- --nocapture`).

use preventiewijzer_engine::Engine;
use preventiewijzer_testdata::relevance::{filter_violations, load_all, ndcg, JudgedQuery};

/// Mean nDCG@10 over the whole judged set below this fails the test, in either tier. A regression
/// floor just under what the engine measures today (tier 2 0.804, tier 1 0.812 over 111 queries,
/// after report-only material waits for queries not about reporting, an age typed with the young
/// person steers by age, words that only say who is typing count little, a parent's typed
/// words let material for adults fit, forms of an -eren verb and its -age noun share a stem, and
/// a risk group or a stage named in the words leans like a chosen one, and a worrying sign
/// puts material for recognising signs first, and a described situation its listed materials);
/// issue 12's target is 0.85 and is NOT
/// met yet: raise this floor as the ranking improves.
const WHOLE_BAR: f64 = 0.801;
/// The same for the natural subset (50 queries in people's own words): measured 0.800 (tier 2)
/// and 0.801 (tier 1), issue 12's target of 0.80, with no margin.
const NATURAL_BAR: f64 = 0.797;

struct Row<'a> {
    score: f64,
    judged: &'a JudgedQuery,
    ranked: Vec<String>,
}

fn mean(rows: &[&Row]) -> f64 {
    rows.iter().map(|r| r.score).sum::<f64>() / rows.len().max(1) as f64
}

fn worst(rows: &[&Row]) -> String {
    let mut sorted = rows.to_vec();
    sorted.sort_by(|a, b| a.score.total_cmp(&b.score));
    sorted.iter().take(5).map(|r| format!("{} {:.3}", r.judged.id, r.score)).collect::<Vec<_>>().join(", ")
}

/// Runs the judged set on one tier; returns (whole, natural) means and the filter violations.
fn evaluate(name: &str, engine: &Engine, judged: &[JudgedQuery]) -> (f64, f64, Vec<String>) {
    let mut rows = Vec::new();
    let mut violations = Vec::new();
    for j in judged {
        for id in j.judgments.keys() {
            assert!(engine.materials().iter().any(|m| &m.id == id), "{}: unknown material `{id}`", j.id);
        }
        let q = j.query();
        let ranked: Vec<String> = engine.search(&q).hits.into_iter().map(|h| h.id).collect();
        rows.push(Row { score: ndcg(&ranked, &j.judgments, 10), judged: j, ranked });
        violations.extend(filter_violations(engine, &q).into_iter().map(|id| format!("{name} {}: {id}", j.id)));
    }
    println!("== {name} ==");
    println!("{:<5} {:>6}  {:<14} {:<48} top 3", "query", "nDCG", "who", "text");
    for r in &rows {
        let top: Vec<String> = r.ranked.iter().take(3).map(|id| format!("{id}({})", r.judged.judgments.get(id).unwrap_or(&0))).collect();
        println!("{:<5} {:>6.3}  {:<14} {:<48} {}", r.judged.id, r.score, r.judged.who, format!("{:?}", r.judged.text), top.join(" "));
    }
    let all: Vec<&Row> = rows.iter().collect();
    let natural: Vec<&Row> = rows.iter().filter(|r| r.judged.natural).collect();
    let (whole, nat) = (mean(&all), mean(&natural));
    println!("{name}: whole set nDCG@10 = {whole:.3} over {} queries (bar {WHOLE_BAR}); worst: {}", all.len(), worst(&all));
    println!("{name}: natural subset nDCG@10 = {nat:.3} over {} queries (bar {NATURAL_BAR}); worst: {}", natural.len(), worst(&natural));
    (whole, nat, violations)
}

#[test]
fn judged_queries_rank_relevant_material_first_and_filters_are_exact() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = preventiewijzer_model::catalogue::load(&root.join("catalogue")).unwrap();
    let tiers = preventiewijzer_indexer::tiers(&catalogue).unwrap();
    let judged = load_all(&root.join("tests/relevance")).unwrap();
    assert!(judged.len() >= 100, "the judged set has {} queries", judged.len());
    assert!(judged.iter().filter(|j| j.natural).count() >= 40, "the natural subset has fewer than 40 queries");
    let mut failures = Vec::new();
    for (name, engine) in [("tier 2", &tiers.tier2), ("tier 1", &tiers.tier1)] {
        let (whole, natural, violations) = evaluate(name, engine, &judged);
        println!("{name}: hard-filter precision: {} violations", violations.len());
        failures.extend(violations.into_iter().map(|v| format!("breaks a chosen filter: {v}")));
        if whole < WHOLE_BAR {
            failures.push(format!("{name}: whole set nDCG@10 {whole:.3} is below {WHOLE_BAR}"));
        }
        if natural < NATURAL_BAR {
            failures.push(format!("{name}: natural subset nDCG@10 {natural:.3} is below {NATURAL_BAR}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

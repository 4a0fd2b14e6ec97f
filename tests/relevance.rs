//! Ranking quality on the judged set, in both tiers: nDCG@10 over the whole set
//! (`tests/relevance/judgments.toml` in catalogue words plus `natural.toml` in people's own
//! words) and over the natural subset must stay above the bars, and no hit may ever break a
//! filter the user chose. Prints the per-query table and the worst five so regressions are
//! visible (`cargo test --test relevance -- --nocapture`).

use preventiewijzer_engine::{dutch_stem, words, Engine};
use preventiewijzer_testdata::relevance::{filter_violations, load_all, ndcg, JudgedQuery};

/// Mean nDCG@10 over the whole judged set below this fails the test, in either tier: issue 12's
/// target. Measured 0.858 (tier 2) and 0.854 (tier 1) over 111 queries, after the ranking leans
/// toward what readers ranked for example searches like the query (`catalogue/searches.toml`,
/// written and ranked without seeing this set, and kept apart from it by the test below);
/// without them 0.810 and 0.817.
const WHOLE_BAR: f64 = 0.85;
/// The same for the natural subset (50 queries in people's own words): measured 0.842 in both
/// tiers; issue 12's target is 0.80. A regression floor just under the measure.
const NATURAL_BAR: f64 = 0.835;

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

/// The example searches the ranking learns from (`catalogue/searches.toml`) must not hold a
/// judged query, or this set would measure memory instead of ranking: no example search may
/// share most of its words with one (as stems, in any order: at least 60% of the two sets'
/// union, so "wat is een loverboy" repeats "is dit een loverboy", and "sexting les" does not
/// repeat "sexting les klas 2").
#[test]
fn no_example_search_repeats_a_judged_query() {
    use std::collections::BTreeSet;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = preventiewijzer_model::catalogue::load(&root.join("catalogue")).unwrap();
    let stems = |text: &str| -> BTreeSet<String> { words(text).iter().flat_map(|w| dutch_stem(w)).collect() };
    let repeats = |a: &BTreeSet<String>, b: &BTreeSet<String>| !a.is_empty() && a.intersection(b).count() * 10 >= a.union(b).count() * 6;
    let judged: Vec<(String, BTreeSet<String>)> = load_all(&root.join("tests/relevance")).unwrap().into_iter().map(|j| (j.id, stems(&j.text))).collect();
    assert!(!catalogue.searches.is_empty(), "the shipped catalogue has example searches");
    let found: Vec<String> = catalogue
        .searches
        .iter()
        .filter_map(|e| judged.iter().find(|(_, s)| repeats(s, &stems(&e.text))).map(|(id, _)| format!("{} repeats {id}: {:?}", e.id, e.text)))
        .collect();
    assert!(found.is_empty(), "{found:#?}");
}

//! Explains the ranking of judged queries: the situation each matches and the top ten with
//! their grades, in both tiers. `cargo run --example explain -- n01 n40` (no ids: every natural
//! query). A tool for understanding the engine, not a test.

use preventiewijzer_testdata::relevance::{load_all, ndcg};

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = preventiewijzer_model::catalogue::load(&root.join("catalogue")).expect("valid catalogue");
    let tiers = preventiewijzer_indexer::tiers(&catalogue).expect("both tiers build");
    let ids: Vec<String> = std::env::args().skip(1).collect();
    for j in load_all(&root.join("tests/relevance")).unwrap() {
        if if ids.is_empty() { !j.natural } else { !ids.contains(&j.id) } {
            continue;
        }
        for (name, engine) in [("tier 2", &tiers.tier2), ("tier 1", &tiers.tier1)] {
            let r = engine.search(&j.query());
            let ranked: Vec<String> = r.hits.iter().map(|h| h.id.clone()).collect();
            let situation = r.situation.as_ref().map(|s| format!("{} ({:.2}) {:?}", s.id, s.strength, s.signal)).unwrap_or_default();
            println!("{} {name} {:.3} {:?} → {situation}", j.id, ndcg(&ranked, &j.judgments, 10), j.text);
            for h in r.hits.iter().take(10) {
                println!("   {:.2} {}({}) {}", h.score, h.id, j.judgments.get(&h.id).unwrap_or(&0), h.why.join(" · "));
            }
        }
        let mut want: Vec<_> = j.judgments.iter().filter(|(_, g)| **g >= 2).collect();
        want.sort_by(|a, b| b.1.cmp(a.1));
        println!("   wanted: {}", want.iter().map(|(id, g)| format!("{id}({g})")).collect::<Vec<_>>().join(" "));
    }
}

//! Sweeps the main ranking weights over the whole judged set (catalogue words and the natural
//! subset) and prints mean nDCG@10 per setting, on tier 2 and tier 1:
//! `cargo run --release --example tune`. A tool for choosing defaults, not a test.

use preventiewijzer_engine::fit::Weights;
use preventiewijzer_engine::Engine;
use preventiewijzer_testdata::relevance::{load_all, ndcg, JudgedQuery};

/// Mean nDCG@10 over all queries and over the natural ones.
fn means(engine: &Engine, judged: &[JudgedQuery]) -> (f64, f64) {
    let scores: Vec<(f64, bool)> =
        judged.iter().map(|j| (ndcg(&engine.search(&j.query()).hits.into_iter().map(|h| h.id).collect::<Vec<_>>(), &j.judgments, 10), j.natural)).collect();
    let natural: Vec<f64> = scores.iter().filter(|s| s.1).map(|s| s.0).collect();
    (scores.iter().map(|s| s.0).sum::<f64>() / scores.len() as f64, natural.iter().sum::<f64>() / natural.len().max(1) as f64)
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = preventiewijzer_model::catalogue::load(&root.join("catalogue")).expect("valid catalogue");
    let mut tiers = preventiewijzer_indexer::tiers(&catalogue).unwrap();
    let judged = load_all(&root.join("tests/relevance")).unwrap();
    let mut rows = Vec::new();
    for text in [1.5, 2.0] {
        for situation in [1.5, 2.5, 4.0] {
            for audience in [0.6, 0.9] {
                for age in [0.5, 0.8] {
                    let w = Weights { text, situation, age, audience_exact: audience, audience_related: audience / 2.0, ..Weights::default() };
                    tiers.tier2.set_weights(w);
                    tiers.tier1.set_weights(w);
                    let (two, one) = (means(&tiers.tier2, &judged), means(&tiers.tier1, &judged));
                    rows.push((two, one, text, situation, audience, age));
                }
            }
        }
    }
    rows.sort_by(|a, b| (b.0 .0 + b.0 .1 + b.1 .0 + b.1 .1).total_cmp(&(a.0 .0 + a.0 .1 + a.1 .0 + a.1 .1)));
    println!("tier 2 whole/natural  tier 1 whole/natural  text  situation  audience  age");
    for r in rows.iter().take(15) {
        println!("{:.4} {:.4}         {:.4} {:.4}         {:<4}  {:<9}  {:<8}  {}", r.0 .0, r.0 .1, r.1 .0, r.1 .1, r.2, r.3, r.4, r.5);
    }
}

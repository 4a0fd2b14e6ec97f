//! Sweeps the main ranking weights over the judged set and prints mean nDCG@10 per setting:
//! `cargo run --release --example tune`. A tool for choosing defaults, not a test.

use preventiewijzer_engine::fit::Weights;
use preventiewijzer_engine::Engine;
use preventiewijzer_testdata::relevance::{load, ndcg};

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = preventiewijzer_model::catalogue::load(&root.join("catalogue")).expect("valid catalogue");
    let mut engine = Engine::open(preventiewijzer_indexer::build(&catalogue).unwrap()).unwrap();
    let judged = load(&root.join("tests/relevance/judgments.toml")).unwrap();
    let mut rows = Vec::new();
    for text in [1.0, 1.5, 2.0, 3.0] {
        for age in [0.3, 0.5, 0.8, 1.2] {
            for audience in [0.3, 0.6, 1.0] {
                for topic in [0.3, 0.5, 1.0] {
                    for evidence in [0.0, 0.15, 0.3] {
                        let w = Weights {
                            text,
                            age,
                            audience_exact: audience,
                            audience_related: audience / 2.0,
                            topic,
                            risk_group: topic,
                            evidence,
                            ..Weights::default()
                        };
                        engine.set_weights(w);
                        let mean = judged
                            .iter()
                            .map(|j| ndcg(&engine.search(&j.query()).hits.into_iter().map(|h| h.id).collect::<Vec<_>>(), &j.judgments, 10))
                            .sum::<f64>()
                            / judged.len() as f64;
                        rows.push((mean, text, age, audience, topic, evidence));
                    }
                }
            }
        }
    }
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("nDCG@10  text  age  audience  topic  evidence");
    for r in rows.iter().take(15) {
        println!("{:.4}   {:<4}  {:<4} {:<8}  {:<5}  {}", r.0, r.1, r.2, r.3, r.4, r.5);
    }
}

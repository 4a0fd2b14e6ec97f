//! The input of the peer benchmark (`bench/peers/run.mjs`), as one JSON object on stdout:
//! every material of the catalogue with the fields the peers index and filter on, the audience
//! hierarchy, the judged queries (age or school level resolved to an age window, as the engine
//! does), and our engine's top-10 ranking per judged query with its nDCG@10, so the JavaScript
//! nDCG can be checked against `src/relevance.rs`; and the judged queries as engine `Query`s
//! (`engine_queries`), for the in-browser latency of `bench/browser.mjs`.
//! `cargo run --release --example bench_data > target/bench-data.json`

use preventiewijzer_engine::age_window;
use preventiewijzer_engine::Engine;
use preventiewijzer_testdata::relevance::{filter_violations, load, ndcg};
use serde_json::{json, Value};

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = preventiewijzer_model::catalogue::load(&root.join("catalogue")).expect("valid catalogue");
    let engine = Engine::open(preventiewijzer_indexer::build(&catalogue).unwrap(), catalogue.clone()).unwrap();
    let judged = load(&root.join("tests/relevance/judgments.toml")).unwrap();

    // Catalogue order = sorted by id, as `catalogue::load` returns it and as our list shows it without text.
    let materials: Vec<Value> = catalogue
        .materials
        .iter()
        .map(|m| {
            json!({
                "id": m.id, "title": m.title, "summary": m.summary, "summary_en": m.summary_en,
                "keywords": m.keywords, "publisher": m.publisher, "url": m.url,
                "audiences": m.audiences, "topics": m.topics, "risk_groups": m.risk_groups,
                "age_min": m.age_min, "age_max": m.age_max, "school_levels": m.school_levels,
                "languages": m.languages, "format": m.format, "stages": m.stages, "cost": m.cost, "region": m.region,
            })
        })
        .collect();
    // A sub-type matches its parent and the parent its sub-types (`filters::matches`).
    let audience_parents: serde_json::Map<String, Value> =
        catalogue.vocabulary.audiences.iter().filter_map(|t| t.parent.as_ref().map(|p| (t.id.clone(), json!(p)))).collect();

    let mut queries = Vec::new();
    let mut ours = serde_json::Map::new();
    let mut sum = 0.0;
    let mut violations = 0;
    for j in &judged {
        let q = j.query();
        let ranked: Vec<String> = engine.search(&q).hits.into_iter().map(|h| h.id).collect();
        let score = ndcg(&ranked, &j.judgments, 10);
        sum += score;
        violations += filter_violations(&engine, &q).len();
        queries.push(json!({
            "id": j.id, "text": j.text, "audiences": j.audiences, "age": j.age, "school_level": j.school_level,
            "age_window": age_window(&q, engine.vocabulary()), "topics": j.topics, "risk_groups": j.risk_groups,
            "lang": j.lang, "judgments": j.judgments,
        }));
        ours.insert(j.id.clone(), json!({ "ranking": ranked, "ndcg": score }));
    }
    let out = json!({
        "materials": materials,
        "audience_parents": audience_parents,
        "queries": queries,
        "ours": ours,
        "ours_ndcg_mean": sum / judged.len() as f64,
        "ours_filter_violations": violations,
        "engine_queries": judged.iter().map(|j| j.query()).collect::<Vec<_>>(),
    });
    println!("{out}");
}

//! The same engine in real wasm, in headless Chromium (`cargo xtask test` runs this with
//! wasm-bindgen-test): the embedded index opens read-only from memory and every parity query
//! (hand-picked edge cases plus eight queries of the judged relevance set) gives exactly the
//! ranking the native engine gave at build time.

#![cfg(target_arch = "wasm32")]

use preventiewijzer_engine::Query;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn embedded_index_opens_in_wasm() {
    let engine = preventiewijzer_testdata::tier2();
    let validated: usize = include_str!(concat!(env!("OUT_DIR"), "/materials.txt")).parse().unwrap();
    assert_eq!(engine.materials().len(), validated, "every material the native build validated is in the wasm's index");
}

#[wasm_bindgen_test]
fn wasm_rankings_equal_native_rankings() {
    let queries: Vec<Query> = serde_json::from_str(include_str!("parity-queries.json")).unwrap();
    let expected: Vec<(usize, Vec<String>)> = serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/parity.json"))).unwrap();
    assert_eq!(queries.len(), expected.len());
    for (q, (total, ids)) in queries.iter().zip(&expected) {
        let r = preventiewijzer_testdata::tier2().search(q);
        let got: Vec<String> = r.hits.into_iter().map(|h| h.id).collect();
        assert_eq!((&r.total, &got), (total, ids), "query {q:?}");
    }
}

#[wasm_bindgen_test]
fn dutch_stemming_works_in_wasm() {
    let r = preventiewijzer_testdata::tier2().search(&Query { text: "weerbaarheid ".into(), ..Query::default() });
    assert!(r.total > 0);
    assert!(r.hits[0].why[0].starts_with("zoekwoord: weerbaarheid"), "{:?}", r.hits[0].why);
}

/// Tier 1 (the widget's engine, no tantivy) in wasm gives exactly its native rankings too.
#[wasm_bindgen_test]
fn tier_one_wasm_rankings_equal_native_rankings() {
    let queries: Vec<Query> = serde_json::from_str(include_str!("parity-queries.json")).unwrap();
    let expected: Vec<(usize, Vec<String>)> = serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/parity-tier1.json"))).unwrap();
    for (q, (total, ids)) in queries.iter().zip(&expected) {
        let r = preventiewijzer_testdata::tier1().search(q);
        let got: Vec<String> = r.hits.into_iter().map(|h| h.id).collect();
        assert_eq!((&r.total, &got), (total, ids), "query {q:?}");
    }
}

//! Tier 2: the full-text engine (tantivy, BM25, Dutch stemming) over the embedded index, for
//! `js/preventiewijzer-worker.js`, which runs it in a module Web Worker (or, where workers are
//! unavailable, on the main thread). Same `Query` in, same `Results` out as the widget's engine.

use wasm_bindgen::prelude::*;

/// `Engine::search` over JSON: a `Query` in, `Results` out (an invalid query gives `{"error"}`).
#[wasm_bindgen]
pub fn search_json(query: &str) -> String {
    preventiewijzer_index::engine().search_json(query)
}

/// Opens the engine now, so the first query does not pay for it.
#[wasm_bindgen]
pub fn warm_up() {
    let _ = preventiewijzer_index::engine();
}

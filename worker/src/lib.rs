//! Tier 2: the full-text engine (tantivy, BM25, Dutch stemming) for
//! `js/preventiewijzer-tier2-worker.js`, which runs it in a module Web Worker (or, where workers are
//! unavailable, on the main thread). The packed index (`preventiewijzer-index.*.pwi`, made by
//! `preventiewijzer pack`) and tier 1's records (the catalogue, already fetched by the page under
//! the same address) are fetched by the script in parallel with this wasm and handed over once
//! through [`open_index`]. Same `Query` in, same `Results` out as the widget's engine.

use std::sync::OnceLock;

use preventiewijzer_engine::Engine;
use wasm_bindgen::prelude::*;

static ENGINE: OnceLock<Engine> = OnceLock::new();

/// Opens the packed index (read-only, in memory) with the catalogue in tier 1's `records` (of the
/// same `pack`); `None` when open, else why it cannot be opened.
#[wasm_bindgen]
pub fn open_index(packed: Vec<u8>, records: &[u8]) -> Option<String> {
    if ENGINE.get().is_some() {
        return None;
    }
    match Engine::open_with_records(packed, records) {
        Ok(engine) => {
            let _ = ENGINE.set(engine);
            None
        }
        Err(e) => Some(format!("the full-text index cannot be opened: {e}")),
    }
}

/// `Engine::search` over JSON, the worker's side of `preventiewijzer_engine::protocol`: a `Query`
/// in, an `Answer` out (an invalid query, or a search before [`open_index`], gives `{"error"}`).
#[wasm_bindgen]
pub fn search_json(query: &str) -> String {
    preventiewijzer_engine::protocol::answer_json(ENGINE.get(), query)
}

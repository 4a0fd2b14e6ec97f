//! Hooks for the end-to-end tests and the benchmark, never in the shipped wasm: they exist only
//! with the feature `test-hooks` (`cargo xtask test` and `bench` build the widget with it,
//! `cargo xtask build` without), so no script on a host page can crash the widget on purpose.

use wasm_bindgen::prelude::*;

/// `Engine::search` over JSON: a `Query` in, `Results` out (an invalid query gives `{"error"}`).
#[wasm_bindgen]
pub fn search_json(query: &str) -> String {
    crate::catalogue::engine().search_json(query)
}

/// Bytes of wasm linear memory (for the memory test and the benchmark).
#[wasm_bindgen]
pub fn memory_bytes() -> usize {
    core::arch::wasm32::memory_size(0) * 65_536
}

/// Panics on purpose: lets the end-to-end test prove the apology works. Never called by the
/// widget itself.
#[wasm_bindgen]
pub fn debug_panic() {
    panic!("debug_panic called (test of the crash apology)");
}

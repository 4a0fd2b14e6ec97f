//! The catalogue the widget searches: the tier-1 records (`preventiewijzer-records.*.json`, made
//! by `preventiewijzer pack`), fetched by the element script in parallel with the wasm and handed
//! over once through [`open_catalogue`] before the first [`crate::mount`]. Keeping the data out of
//! the wasm lets hosts cache the code and the catalogue apart, and lets the benchmark swap in a
//! larger catalogue without rebuilding.

use std::sync::OnceLock;

use preventiewijzer_engine::Engine;
use wasm_bindgen::prelude::*;

static ENGINE: OnceLock<Engine> = OnceLock::new();

/// Opens the records; `None` when opened (or already open), else why they cannot be opened.
#[wasm_bindgen]
pub fn open_catalogue(records: &[u8]) -> Option<String> {
    if ENGINE.get().is_some() {
        return None;
    }
    match Engine::open_records(records) {
        Ok(engine) => {
            let _ = ENGINE.set(engine);
            None
        }
        Err(e) => Some(format!("the catalogue records cannot be opened: {e}")),
    }
}

/// Why `records` cannot be opened, without opening them (`None`: they would open). The data
/// folder loader asks this when the folder has other problems, so its one console message names
/// every problem, and the national records can still be opened after it.
#[wasm_bindgen]
pub fn check_catalogue(records: &[u8]) -> Option<String> {
    Engine::open_records(records).err().map(|e| format!("the catalogue records cannot be opened: {e}"))
}

/// The engine over the opened records. The element script opens them before it mounts any app.
pub fn engine() -> &'static Engine {
    #[cfg(test)]
    if ENGINE.get().is_none() {
        let _ = ENGINE.set(Engine::open_records(preventiewijzer_testdata::RECORDS).expect("embedded records"));
    }
    ENGINE.get().expect("open_catalogue is called before the widget is mounted")
}

//! The catalogue the widget searches: the tier-1 records (`preventiewijzer-records.*.json`, made
//! by `preventiewijzer pack`), fetched by the element script in parallel with the wasm and handed
//! over once through [`open_catalogue`] (or [`parse_catalogue`] and [`open_catalogue_step`], a
//! main-thread task each) before the first [`crate::mount`]. Keeping the data out of
//! the wasm lets hosts cache the code and the catalogue apart, and lets the benchmark swap in a
//! larger catalogue without rebuilding.

use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

use preventiewijzer_engine::{Engine, Query, RecordsOpening};
use wasm_bindgen::prelude::*;

static ENGINE: OnceLock<Engine> = OnceLock::new();

/// Opens the records in one go (a data folder's): `None` when opened (or already open), else why
/// they cannot be opened. The same steps as [`parse_catalogue`] and [`open_catalogue_step`].
#[wasm_bindgen]
pub fn open_catalogue(records: &[u8]) -> Option<String> {
    if let Some(why) = parse_catalogue(records) {
        return Some(why);
    }
    loop {
        match open_catalogue_step() {
            Ok(true) => return None,
            Ok(false) => {}
            Err(why) => return Some(why),
        }
    }
}

/// Why records cannot be opened, worded once for every caller (the element script logs it).
fn cannot_open(e: preventiewijzer_engine::EngineError) -> String {
    format!("the catalogue records cannot be opened: {e}")
}

thread_local! {
    /// The records being opened a step at a time (`parse_catalogue`, then `open_catalogue_step`).
    static OPENING: RefCell<Option<RecordsOpening>> = const { RefCell::new(None) };
    /// Whether the step after the opening, one search, has been taken.
    static SEARCHED: Cell<bool> = const { Cell::new(false) };
}

/// The first step of opening the records, their parse: `None` when parsed (or already open),
/// else why they cannot be opened. Then [`open_catalogue_step`] until it says the catalogue is
/// open; the element script gives the browser the main thread back between the steps, so that
/// none is a long task on a slow phone ([`open_catalogue`] takes them all in one).
#[wasm_bindgen]
pub fn parse_catalogue(records: &[u8]) -> Option<String> {
    if ENGINE.get().is_some() {
        return None;
    }
    match RecordsOpening::parse(records) {
        Ok(opening) => {
            OPENING.with(|o| *o.borrow_mut() = Some(opening));
            None
        }
        Err(e) => Some(cannot_open(e)),
    }
}

/// The next step of opening the records [`parse_catalogue`] parsed: true once the catalogue is
/// open. Throws when nothing was parsed (so that a caller's loop cannot run forever).
/// The last step searches once: WebAssembly is compiled a function at a time when first called,
/// and compiling the search's code is a large part of the first render otherwise.
#[wasm_bindgen]
pub fn open_catalogue_step() -> Result<bool, String> {
    if let Some(engine) = ENGINE.get() {
        if !SEARCHED.replace(true) {
            let _ = engine.search(&Query::default());
        }
        return Ok(true);
    }
    OPENING.with(|o| {
        let mut opening = o.borrow_mut();
        let step = opening.as_mut().ok_or("open_catalogue_step: no records parsed")?.step();
        let engine = step.map_err(|e| {
            *opening = None;
            cannot_open(e)
        })?;
        if let Some(engine) = engine {
            *opening = None;
            let _ = ENGINE.set(engine);
        }
        // Open or not, not done: the search is a step of its own.
        Ok(false)
    })
}

/// Why `records` cannot be opened, without opening them (`None`: they would open). The data
/// folder loader asks this when the folder has other problems, so its one console message names
/// every problem, and the national records can still be opened after it.
#[wasm_bindgen]
pub fn check_catalogue(records: &[u8]) -> Option<String> {
    Engine::open_records(records).err().map(cannot_open)
}

/// The engine over the opened records. The element script opens them before it mounts any app.
pub fn engine() -> &'static Engine {
    #[cfg(test)]
    if ENGINE.get().is_none() {
        let _ = ENGINE.set(Engine::open_records(preventiewijzer_testdata::RECORDS).expect("embedded records"));
    }
    ENGINE.get().expect("open_catalogue is called before the widget is mounted")
}

//! The shipped catalogue, embedded. `build.rs` validates `catalogue/` and builds natively at build
//! time both the packed tantivy index (tier 2, feature `fulltext`) and the compact tier-1 records
//! (catalogue, lexicon with every word's stem, stems per material); this crate embeds the bytes
//! with `include_bytes!` and opens them on first use (no threads, no network — also in wasm).

use std::sync::OnceLock;

use preventiewijzer::Engine;

/// The packed index and catalogue records, as built by `build.rs`.
#[cfg(feature = "fulltext")]
pub static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalogue.pwi"));

/// The tier-1 records (no tantivy index), as built by `build.rs`.
pub static RECORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/records.json"));

/// The engine over the embedded catalogue, opened once: the full-text engine with `fulltext`,
/// else the tier-1 engine.
pub fn engine() -> &'static Engine {
    #[cfg(feature = "fulltext")]
    {
        static ENGINE: OnceLock<Engine> = OnceLock::new();
        // The bytes were produced and opened successfully by build.rs, so this cannot fail at run
        // time unless the binary itself is corrupt.
        ENGINE.get_or_init(|| Engine::open(PACKED).expect("embedded catalogue index is valid (checked in build.rs)"))
    }
    #[cfg(not(feature = "fulltext"))]
    records_engine()
}

/// The tier-1 engine (no tantivy) over the embedded records, opened once.
pub fn records_engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::open_records(RECORDS).expect("embedded records are valid (checked in build.rs)"))
}

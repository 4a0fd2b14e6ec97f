//! Test data: the shipped catalogue, embedded, and the judged relevance set ([`relevance`]).
//! `build.rs` validates `catalogue/` and builds natively at build time both tiers' data (the
//! tier-1 records and, with feature `tier2`, the packed tantivy index); this crate embeds the
//! bytes with `include_bytes!` and opens them on first use (no threads, no network — also in
//! wasm). The shipped site never uses this crate: it fetches the data files `pack` writes.

use std::sync::OnceLock;

use preventiewijzer_engine::Engine;

pub mod relevance;

/// The tier-1 records (no tantivy index), as built by `build.rs`.
pub static RECORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/records.json"));

/// The tier-1 engine (no tantivy) over the embedded records, opened once.
pub fn tier1() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::open_records(RECORDS).expect("embedded records are valid (checked in build.rs)"))
}

#[cfg(feature = "tier2")]
mod tier2 {
    use super::*;

    /// The packed index (its catalogue is in [`RECORDS`], as on the site), as built by `build.rs`.
    pub static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalogue.pwi"));

    /// The tier-2 engine (tantivy) over the embedded index, opened once.
    pub fn tier2() -> &'static Engine {
        static ENGINE: OnceLock<Engine> = OnceLock::new();
        // The bytes were produced and opened successfully by build.rs, so this cannot fail at run
        // time unless the binary itself is corrupt.
        ENGINE.get_or_init(|| Engine::open_with_records(PACKED, RECORDS).expect("embedded catalogue index is valid (checked in build.rs)"))
    }
}
#[cfg(feature = "tier2")]
pub use tier2::{tier2, PACKED};

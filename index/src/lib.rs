//! The shipped catalogue, embedded. `build.rs` validates `catalogue/` and builds the tantivy index
//! natively at build time; this crate embeds the packed bytes with `include_bytes!` and opens them
//! read-only, zero-copy, on first use (no threads, no network — also in wasm).

use std::sync::OnceLock;

use preventiewijzer::Engine;

/// The packed index and catalogue records, as built by `build.rs`.
pub static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalogue.pwi"));

/// The engine over the embedded catalogue, opened once.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        // The bytes were produced and opened successfully by build.rs, so this cannot fail at run
        // time unless the binary itself is corrupt.
        Engine::open(PACKED).expect("embedded catalogue index is valid (checked in build.rs)")
    })
}

//! The indexer: builds both tiers' data from a validated catalogue. Tier 2 is the tantivy index
//! ([`build()`], tantivy's single-segment writer: no threads, so wasm can run it too) packed into
//! one blob with the catalogue's fingerprint, not the catalogue: tier 2 opens that from tier 1's
//! records. Tier 1 is the records (catalogue, lexicon, stems per material) from
//! [`preventiewijzer_engine::tier2::records`]. [`tiers`] builds and opens both, so whatever is
//! written is known to open. [`folder`] turns them into the files `pack` writes (a data folder
//! for the `data` attribute too). Nothing here touches the file system or starts a thread.

mod build;
pub mod folder;

pub use build::build;

use preventiewijzer_engine::tier2::records;
use preventiewijzer_engine::Engine;
use preventiewijzer_model::Catalogue;

/// Both tiers' data of a validated catalogue, with the engines that opened them: whatever is
/// written is known to open (the CLI's `pack`, and `crates/testdata/build.rs` for the tests).
pub struct Tiers {
    /// The tier-1 records: catalogue, lexicon, stems per material.
    pub records: Vec<u8>,
    /// The packed tantivy index (tier 2).
    pub packed: Vec<u8>,
    pub tier1: Engine,
    pub tier2: Engine,
}

/// Builds and opens both tiers of `c`.
pub fn tiers(c: &Catalogue) -> Result<Tiers, String> {
    let packed = build(c).map_err(|e| format!("building the index: {e}"))?;
    let records = records(c);
    // As the worker opens it: the index with the catalogue from the records.
    let tier2 = Engine::open_with_records(packed.clone(), &records).map_err(|e| format!("the freshly built index does not open: {e}"))?;
    let tier1 = Engine::open_records(&records).map_err(|e| format!("the freshly built records do not open: {e}"))?;
    Ok(Tiers { records, packed, tier1, tier2 })
}

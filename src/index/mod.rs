//! The tantivy index over the catalogue: its schema and Dutch analyzer ([`schema`]), how it is
//! built natively and packed into bytes ([`build()`]), and the read-only in-memory directory that
//! opens those bytes without copying ([`StaticDirectory`]), also in wasm. All of that needs the
//! `fulltext` feature; the facet tags ([`tag`], [`tags`]) do not.
//!
//! The packed format is `b"PWI1" | u32 count | (u32 name_len | name | u64 len | bytes)*` (little
//! endian). It holds the index files plus `catalogue.json`, the validated catalogue the engine
//! needs for filtering, fit ranking and display.

#[cfg(feature = "fulltext")]
mod build;
#[cfg(feature = "fulltext")]
mod pack;
#[cfg(feature = "fulltext")]
pub mod schema;
#[cfg(feature = "fulltext")]
mod static_dir;

#[cfg(feature = "fulltext")]
pub use build::build;
#[cfg(feature = "fulltext")]
pub use pack::{pack, unpack, PackError};
#[cfg(feature = "fulltext")]
pub use static_dir::StaticDirectory;

/// Both tiers' data of a validated catalogue, with the engines that opened them: whatever is
/// written is known to open (the CLI's `pack`, and `index/build.rs` for the tests).
#[cfg(feature = "fulltext")]
pub struct Tiers {
    /// The packed tantivy index (tier 2).
    pub packed: Vec<u8>,
    /// The tier-1 records: catalogue, lexicon, stems per material.
    pub records: Vec<u8>,
    pub full: crate::Engine,
    pub quick: crate::Engine,
}

/// Builds and opens both tiers of `c`.
#[cfg(feature = "fulltext")]
pub fn tiers(c: &crate::Catalogue) -> Result<Tiers, String> {
    let packed = build(c).map_err(|e| format!("building the index: {e}"))?;
    let full = crate::Engine::open(packed.clone()).map_err(|e| format!("the freshly built index does not open: {e}"))?;
    let records = crate::search::records(c);
    let quick = crate::Engine::open_records(&records).map_err(|e| format!("the freshly built records do not open: {e}"))?;
    Ok(Tiers { packed, records, full, quick })
}

/// Name of the catalogue records inside the packed bytes.
pub const CATALOGUE_FILE: &str = "catalogue.json";

/// The raw tag of a vocabulary term in the `tags` field: `topics/loverboys`.
pub fn tag(facet: crate::vocabulary::Facet, id: &str) -> String {
    format!("{}/{id}", facet.field())
}

/// The tags of a material (its topics, risk groups, audiences and format).
pub fn tags(m: &crate::Material) -> Vec<String> {
    use crate::vocabulary::Facet;
    let format = [m.format.clone()];
    let tagged: [(Facet, &[String]); 4] =
        [(Facet::Topics, &m.topics), (Facet::RiskGroups, &m.risk_groups), (Facet::Audiences, &m.audiences), (Facet::Formats, &format)];
    tagged.into_iter().flat_map(|(facet, ids)| ids.iter().map(move |id| tag(facet, id))).collect()
}

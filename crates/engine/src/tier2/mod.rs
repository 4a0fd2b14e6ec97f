//! Tier 2: tantivy's BM25 over the packed index, with Dutch stemming of typed words. The worker
//! wasm and every native tool have it; the tier-1 widget wasm does not (feature `tier2`).
//!
//! The packed format is `b"PWI1" | u32 count | (u32 name_len | name | u64 len | bytes)*` (little
//! endian, [`pack`]). It holds the index files plus `catalogue.json`, the validated catalogue the
//! engine needs for filtering, fit ranking and display. The lexicon and each material's stems
//! are rebuilt at open with the stemmer ([`records`] builds the same for tier 1, natively).

mod bm25;
mod lexicon;
pub mod pack;
mod records;
pub mod schema;
mod static_dir;

use tantivy::directory::OwnedBytes;
use tantivy::{Index, ReloadPolicy};

use crate::catalogue::Catalogue;
use crate::engine::{Engine, EngineError};
use crate::lexicon::Lexicon;
use bm25::Bm25;
use records::material_stems;
pub use records::records;
use schema::{nl_analyzer, schema, NL};
pub use static_dir::StaticDirectory;

/// Name of the catalogue records inside the packed bytes.
pub const CATALOGUE_FILE: &str = "catalogue.json";

impl From<tantivy::TantivyError> for EngineError {
    fn from(e: tantivy::TantivyError) -> Self {
        EngineError::Index(e.to_string())
    }
}

impl Engine {
    /// Opens packed bytes (from the indexer's `build`) without copying them.
    pub fn open(packed: impl Into<Packed>) -> Result<Engine, EngineError> {
        let packed: OwnedBytes = packed.into().0;
        let mut files = pack::unpack(&packed).map_err(|e| EngineError::Packed(e.to_string()))?;
        let records = files
            .iter()
            .position(|(n, _)| n == CATALOGUE_FILE)
            .map(|i| files.remove(i).1)
            .ok_or_else(|| EngineError::Packed(format!("{CATALOGUE_FILE} is missing")))?;
        let catalogue: Catalogue = serde_json::from_slice(records.as_slice()).map_err(|e| EngineError::Packed(e.to_string()))?;
        let index = Index::open(StaticDirectory::new(files))?;
        index.tokenizers().register(NL, nl_analyzer());
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let searcher = reader.searcher();
        let mut ords = Vec::new();
        for segment in searcher.segment_readers() {
            let column = segment.fast_fields().u64("ord")?;
            ords.push((0..segment.max_doc()).map(|d| column.first(d).unwrap_or(0) as u32).collect());
        }
        let lexicon = Lexicon::new(&catalogue);
        let (stems, fields) = material_stems(&catalogue, &lexicon);
        let tags = crate::engine::material_tags(&catalogue);
        Ok(Engine::assemble(catalogue, tags, Box::new(Bm25 { reader, fields: schema().1, ords }), lexicon, stems, fields))
    }
}

/// Bytes the engine can open: embedded (`&'static [u8]`) or owned (`Vec<u8>`).
pub struct Packed(OwnedBytes);

impl From<&'static [u8]> for Packed {
    fn from(b: &'static [u8]) -> Self {
        Packed(OwnedBytes::new(b))
    }
}

impl From<Vec<u8>> for Packed {
    fn from(b: Vec<u8>) -> Self {
        Packed(OwnedBytes::new(b))
    }
}

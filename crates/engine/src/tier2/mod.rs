//! Tier 2: tantivy's BM25 over the packed index, with Dutch stemming of typed words. The worker
//! wasm and every native tool have it; the tier-1 widget wasm does not (feature `tier2`).
//!
//! The packed format is `b"PWI1" | u32 count | (u32 name_len | name | u64 len | bytes)*` (little
//! endian, [`pack`]). It holds the index files plus [`CATALOGUE_KEY_FILE`], a fingerprint of the
//! catalogue it was built from. The catalogue itself (for filtering, fit ranking and display) is
//! not in it: tier 2 opens it from tier 1's records ([`Engine::open_with_records`]), which the
//! page has already fetched under the same address, so it costs no second download. The lexicon
//! and each material's stems are rebuilt at open with the stemmer ([`records`] builds the same
//! for tier 1, natively).

mod bm25;
mod lexicon;
pub mod pack;
mod records;
pub mod schema;
mod static_dir;

use tantivy::directory::OwnedBytes;
use tantivy::{Index, ReloadPolicy};

use crate::catalogue::{Catalogue, CatalogueRecords};
use crate::engine::{Engine, EngineError};
use crate::lexicon::Lexicon;
use bm25::Bm25;
use records::material_stems;
pub use records::records;
use schema::{nl_analyzer, schema, NL};
pub use static_dir::StaticDirectory;

/// Name of the catalogue's fingerprint ([`catalogue_key`]) inside the packed bytes.
pub const CATALOGUE_KEY_FILE: &str = "catalogue.key";

/// What an index must agree on with the catalogue it is opened with: the number of materials and
/// a 64-bit FNV-1a over each one's id and title in order (the index finds materials by position).
/// Records and index come from one `pack`; this catches a pair from two different ones.
pub fn catalogue_key(c: &Catalogue) -> String {
    let fnv = |h: u64, bytes: &[u8]| bytes.iter().fold(h, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3));
    let hash = c.materials.iter().fold(0xcbf2_9ce4_8422_2325, |h, m| fnv(fnv(fnv(h, m.id.as_bytes()), b"\n"), m.title.as_bytes()));
    format!("{} materials, {hash:016x}", c.materials.len())
}

impl From<tantivy::TantivyError> for EngineError {
    fn from(e: tantivy::TantivyError) -> Self {
        EngineError::Index(e.to_string())
    }
}

impl Engine {
    /// Opens packed bytes (from the indexer's `build`) with the catalogue in tier 1's `records`
    /// (`tier2::records`, built from the same catalogue), without copying the packed bytes.
    pub fn open_with_records(packed: impl Into<Packed>, records: &[u8]) -> Result<Engine, EngineError> {
        // The part of tier 1's records tier 2 reads (the lexicon and stems are read past, not built).
        let r: CatalogueRecords = serde_json::from_slice(records).map_err(|e| EngineError::Packed(format!("the records: {e}")))?;
        Engine::open(packed, r.into_catalogue())
    }

    /// Opens packed bytes (from the indexer's `build`) over the catalogue they were built from,
    /// without copying them. An index of another catalogue is refused ([`catalogue_key`]).
    pub fn open(packed: impl Into<Packed>, catalogue: Catalogue) -> Result<Engine, EngineError> {
        let packed: OwnedBytes = packed.into().0;
        let mut files = pack::unpack(&packed).map_err(|e| EngineError::Packed(e.to_string()))?;
        let key = files
            .iter()
            .position(|(n, _)| n == CATALOGUE_KEY_FILE)
            .map(|i| files.remove(i).1)
            .ok_or_else(|| EngineError::Packed(format!("{CATALOGUE_KEY_FILE} is missing")))?;
        let expected = catalogue_key(&catalogue);
        if key.as_slice() != expected.as_bytes() {
            let key = String::from_utf8_lossy(key.as_slice());
            return Err(EngineError::Packed(format!("the index was built from another catalogue ({key}) than the records ({expected})")));
        }
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
        let examples = crate::engine::Examples::new(&catalogue, &lexicon);
        Ok(Engine::assemble(catalogue, tags, Box::new(Bm25 { reader, fields: schema().1, ords }), lexicon, stems, fields, examples))
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

//! The tantivy index over the catalogue: its schema and Dutch analyzer ([`schema`]), how it is
//! built natively and packed into bytes ([`build()`]), and the read-only in-memory directory that
//! opens those bytes without copying ([`StaticDirectory`]), also in wasm.
//!
//! The packed format is `b"PWI1" | u32 count | (u32 name_len | name | u64 len | bytes)*` (little
//! endian). It holds the index files plus `catalogue.json`, the validated catalogue the engine
//! needs for filtering, fit ranking and display.

mod build;
mod pack;
pub mod schema;
mod static_dir;

pub use build::build;
pub use pack::{pack, unpack, PackError};
pub use static_dir::StaticDirectory;

/// Name of the catalogue records inside the packed bytes.
pub const CATALOGUE_FILE: &str = "catalogue.json";

//! What `preventiewijzer pack` writes, in memory: the widget's data files as names and bytes.
//! No file system and no threads (the index is written by tantivy's single-segment writer), so
//! the CLI (which only writes the files out) and a wasm page such as the studio share this code.
//!
//! - [`national`]: the national catalogue's records and index under their plain names (the site
//!   build gives them a content hash);
//! - [`data_folder`]: the national catalogue plus a local folder ([`LocalFiles`]), for the
//!   widget's `data` attribute: records and index under content-hashed names and the manifest
//!   [`DATA_MANIFEST`] naming them, written last.

use preventiewijzer_model::catalogue::{merge_local, CatalogueError, LocalFiles};
use preventiewijzer_model::Catalogue;

use crate::tiers;

/// The data folder's manifest, which the widget's `data` attribute points next to.
pub const DATA_MANIFEST: &str = "preventiewijzer-data.json";
/// Tier 1's records (catalogue, lexicon, stems), encoded by `tier2::records`.
pub const RECORDS_FILE: &str = "preventiewijzer-records.json";
/// Tier 2's packed tantivy index.
pub const INDEX_FILE: &str = "preventiewijzer-index.pwi";
/// The largest records file a data folder may have: the widget refuses larger ones (the same
/// bound as `MAX_BYTES.records` in widget/js/preventiewijzer-data.js).
pub const MAX_RECORDS_BYTES: usize = 32 * 1024 * 1024;
/// The largest index a data folder may have (`MAX_BYTES.index` in the widget).
pub const MAX_INDEX_BYTES: usize = 64 * 1024 * 1024;

/// One file to write: its name in the folder and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The files `pack` writes, in the order to write them (a manifest last: a host copying the
/// folder while it is written still sees the old one), and what they hold.
#[derive(Debug, Clone)]
pub struct Packed {
    pub files: Vec<DataFile>,
    pub materials: usize,
    /// For a data folder: its local materials and helplines.
    pub local_materials: usize,
    pub local_helplines: usize,
}

/// Why nothing can be written: the local folder's errors (each `file:line: field: message`), or
/// a failure building the data (a bug, or a folder over the size bounds).
#[derive(Debug)]
pub enum PackError {
    Catalogue(Vec<CatalogueError>),
    Build(String),
}

/// The national catalogue's records and index, under their plain names.
pub fn national(c: &Catalogue) -> Result<Packed, String> {
    let t = tiers(c)?;
    let files = vec![DataFile { name: RECORDS_FILE.into(), bytes: t.records }, DataFile { name: INDEX_FILE.into(), bytes: t.packed }];
    Ok(Packed { files, materials: c.materials.len(), local_materials: 0, local_helplines: 0 })
}

/// A data folder: `national` plus the local folder's files, validated like the national ones
/// (see `catalogue::local`); nothing when either has an error.
pub fn data_folder(national: &Catalogue, local: &LocalFiles) -> Result<Packed, PackError> {
    let c = merge_local(national, local).map_err(PackError::Catalogue)?;
    let t = tiers(&c).map_err(PackError::Build)?;
    for (what, len, max) in [("records", t.records.len(), MAX_RECORDS_BYTES), ("index", t.packed.len(), MAX_INDEX_BYTES)] {
        if len > max {
            return Err(PackError::Build(format!("the {what} would be {len} bytes; the widget reads at most {max} (fewer or shorter local entries)")));
        }
    }
    let hashed = |name: &str, bytes: &[u8]| {
        let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
        format!("{stem}.{:012x}.{ext}", fnv1a(bytes) >> 16)
    };
    let (records, index) = (hashed(RECORDS_FILE, &t.records), hashed(INDEX_FILE, &t.packed));
    let regions: Vec<&str> = c.vocabulary.regions.iter().filter(|t| t.local).map(|t| t.id.as_str()).collect();
    let is_local = |region: &str| regions.contains(&region);
    let (local_materials, local_helplines) =
        (c.materials.iter().filter(|m| is_local(&m.region)).count(), c.helplines.iter().filter(|h| is_local(&h.region)).count());
    // The counts and regions are for people reading the manifest; the widget reads two names.
    let manifest = serde_json::json!({
        "records": records,
        "index": index,
        "local": { "regions": regions, "materials": local_materials, "helplines": local_helplines },
    });
    let files = vec![
        DataFile { name: records, bytes: t.records },
        DataFile { name: index, bytes: t.packed },
        DataFile { name: DATA_MANIFEST.into(), bytes: format!("{manifest:#}\n").into_bytes() },
    ];
    Ok(Packed { files, materials: c.materials.len(), local_materials, local_helplines })
}

/// 64-bit FNV-1a, as the site build names its files (xtask/src/build.rs): tells versions apart.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

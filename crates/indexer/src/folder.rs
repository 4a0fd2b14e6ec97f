//! A data folder for the widget's `data` attribute, as bytes in memory: the records and the
//! packed index under content-hashed names (hosts may cache them forever) and
//! [`DATA_MANIFEST`] naming them. The CLI's `pack --local` writes it to disk; the studio page
//! (`crates/studio`) builds the same folder in the browser and offers it as a download.

use preventiewijzer_model::Catalogue;

use crate::tiers;

/// The data folder's manifest, which the widget's `data` attribute points next to.
pub const DATA_MANIFEST: &str = "preventiewijzer-data.json";
/// The tier-1 records' file name before hashing (the site build and the data folder hash it).
pub const RECORDS_FILE: &str = "preventiewijzer-records.json";
/// The packed tantivy index's file name before hashing.
pub const INDEX_FILE: &str = "preventiewijzer-index.pwi";

/// The files of a data folder, in the order to write them: the manifest last, so a host that
/// copies the folder while it is written never sees a manifest naming missing files.
pub struct DataFolder {
    pub files: Vec<(String, Vec<u8>)>,
}

/// Builds (and opens, see [`tiers`]) both tiers of the validated catalogue `c`, national plus
/// local, and names them for a data folder. The manifest also lists the local regions and counts
/// for people reading it.
pub fn data_folder(c: &Catalogue) -> Result<DataFolder, String> {
    let crate::Tiers { records, packed, .. } = tiers(c)?;
    let (records_name, index_name) = (hashed(RECORDS_FILE, &records), hashed(INDEX_FILE, &packed));
    let regions: Vec<&str> = c.vocabulary.regions.iter().filter(|t| t.local).map(|t| t.id.as_str()).collect();
    let is_local = |region: &str| regions.contains(&region);
    let manifest = serde_json::json!({
        "records": records_name,
        "index": index_name,
        "local": {
            "regions": regions,
            "materials": c.materials.iter().filter(|m| is_local(&m.region)).count(),
            "helplines": c.helplines.iter().filter(|h| is_local(&h.region)).count(),
        },
    });
    let manifest = format!("{manifest:#}\n").into_bytes();
    Ok(DataFolder { files: vec![(records_name, records), (index_name, packed), (DATA_MANIFEST.to_string(), manifest)] })
}

/// `stem.HASH.ext`, as the site build names its files (xtask/src/build.rs).
fn hashed(name: &str, bytes: &[u8]) -> String {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    format!("{stem}.{:012x}.{ext}", fnv1a(bytes) >> 16)
}

/// 64-bit FNV-1a: enough to tell versions of a file apart (not a security hash).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

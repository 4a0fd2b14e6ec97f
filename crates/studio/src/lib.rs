//! The studio page's wasm (`www/studio.html`): an editor's local catalogue files, dropped in the
//! browser (a spreadsheet of materials read with the CLI's import code, `preventiewijzer_sheets`),
//! checked with the same validation as the CLI (`catalogue::merge_local`, errors as
//! `file:line: field: message`), counted in the coverage matrix, and packed into the same data
//! folder as `preventiewijzer pack --local` (`preventiewijzer_indexer::data_folder`: records and
//! a tantivy index written with no threads), offered as a zip. Nothing is sent anywhere: the page
//! fetches only the national records from its own site.

mod files;
mod zip;

use preventiewijzer_indexer::folder::PackError;
use preventiewijzer_model::catalogue::local::with_unread;
use preventiewijzer_model::catalogue::{merge_local, CatalogueRecords};
use preventiewijzer_model::coverage::Coverage;
use preventiewijzer_model::{Catalogue, CatalogueError};
use wasm_bindgen::prelude::*;

/// The national catalogue and the files dropped so far.
#[wasm_bindgen]
pub struct Studio {
    national: Catalogue,
    files: Vec<(String, Vec<u8>)>,
}

/// A built data folder: its files, and the zip of them.
#[wasm_bindgen]
pub struct Folder {
    files: Vec<(String, Vec<u8>)>,
}

#[wasm_bindgen]
impl Studio {
    /// A studio over the national catalogue in `records` (the site's tier-1 records).
    #[wasm_bindgen(constructor)]
    pub fn new(records: &[u8]) -> Result<Studio, String> {
        // The national records file (`preventiewijzer-records.*.json`) holds the catalogue.
        let r = serde_json::from_slice::<CatalogueRecords>(records).map_err(|e| format!("the national catalogue cannot be read: {e}"))?;
        let national = r.into_catalogue();
        Ok(Studio { national, files: Vec::new() })
    }

    /// Adds a dropped file (a file of the same name replaces it).
    pub fn add(&mut self, name: String, bytes: Vec<u8>) {
        self.files.retain(|(n, _)| *n != name);
        self.files.push((name, bytes));
    }

    /// Forgets every dropped file.
    pub fn clear(&mut self) {
        self.files.clear();
    }

    /// The dropped files checked, as JSON: `errors` (each `file:line: field: message`), the
    /// folder's `regions`, the numbers of local `materials` and `helplines`, and `coverage` (the
    /// matrix of the local materials as escaped HTML; null while there are errors).
    pub fn check(&self) -> String {
        let (result, regions) = match self.merged() {
            Ok(c) => {
                let local: Vec<_> = c.vocabulary.regions.iter().filter(|t| t.local).map(|t| format!("{} ({})", t.nl, t.id)).collect();
                (Ok(c), local)
            }
            Err(e) => (Err(e), Vec::new()),
        };
        let json = match result {
            Ok(c) => {
                let is_local = |region: &str| c.vocabulary.regions.iter().any(|t| t.local && t.id == region);
                let materials: Vec<_> = c.materials.iter().filter(|m| is_local(&m.region)).cloned().collect();
                let helplines = c.helplines.iter().filter(|h| is_local(&h.region)).count();
                let count = materials.len();
                let coverage =
                    Coverage::of(&Catalogue { vocabulary: c.vocabulary, materials, helplines: Vec::new(), situations: Vec::new(), searches: Vec::new() });
                serde_json::json!({"errors": [], "regions": regions, "materials": count, "helplines": helplines, "coverage": coverage.body_html()})
            }
            Err(errors) => {
                let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
                serde_json::json!({"errors": errors, "regions": regions, "materials": 0, "helplines": 0, "coverage": null})
            }
        };
        json.to_string()
    }

    /// The data folder of the national catalogue plus the dropped files, or every error as
    /// `file:line: field: message`, one per line (nothing is built then).
    pub fn folder(&self) -> Result<Folder, String> {
        let lines = |errors: Vec<CatalogueError>| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
        let sorted = files::sort(&self.files);
        if !sorted.unread.is_empty() {
            return Err(lines(sorted.unread));
        }
        match preventiewijzer_indexer::folder::data_folder(&self.national, &sorted.local) {
            Ok(packed) => Ok(Folder { files: packed.files.into_iter().map(|f| (f.name, f.bytes)).collect() }),
            Err(PackError::Catalogue(errors)) => Err(lines(sorted.blame(errors))),
            Err(PackError::Build(why)) => Err(why),
        }
    }

    /// The national catalogue merged with the dropped files, or every error.
    fn merged(&self) -> Result<Catalogue, Vec<CatalogueError>> {
        let sorted = files::sort(&self.files);
        with_unread(merge_local(&self.national, &sorted.local), sorted.unread.clone()).map_err(|errors| sorted.blame(errors))
    }
}

#[wasm_bindgen]
impl Folder {
    /// The files' names, in the order they are written (the manifest last).
    pub fn names(&self) -> Vec<String> {
        self.files.iter().map(|(n, _)| n.clone()).collect()
    }

    /// The bytes of the file at `at` in [`Folder::names`] (empty past the end).
    pub fn file(&self, at: usize) -> Vec<u8> {
        self.files.get(at).map(|(_, b)| b.clone()).unwrap_or_default()
    }

    /// The folder as a zip archive (files stored), the download.
    pub fn zip(&self) -> Vec<u8> {
        zip::stored(&self.files)
    }
}

#[cfg(test)]
mod tests;

//! The catalogue: the inventory of prevention materials as data (`catalogue/materials/*.toml`),
//! the vocabulary they use, the helplines, the situations people describe and example searches
//! ranked by readers. [`load`] reads a catalogue folder and returns it
//! only when every file is valid; otherwise it returns every error it found, each naming file,
//! line and field. Validation lives in [`validate`] and nowhere else.

mod error;
pub mod local;
mod model;
mod search;
mod situation;
pub mod validate;

use std::path::{Path, PathBuf};

pub use error::CatalogueError;
pub use local::{load_local, merge_local, LocalFiles};
pub use model::{Helpline, Helplines, Material};
pub use search::{compact, ExampleSearch, ExampleSearches, MAX_RANKED};
pub use situation::{Situation, SituationMaterial, SituationSource, Situations};

use crate::vocabulary::Vocabulary;
use serde::{Deserialize, Serialize};

/// A validated catalogue.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    pub vocabulary: Vocabulary,
    pub materials: Vec<Material>,
    pub helplines: Vec<Helpline>,
    /// From `situations.toml` (empty when the catalogue has none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub situations: Vec<Situation>,
    /// From `searches.toml` (empty when the catalogue has none). Not in the catalogue's JSON:
    /// the records carry them as a member of their own, in [`compact`] form.
    #[serde(skip)]
    pub searches: Vec<ExampleSearch>,
}

/// The catalogue as the records carry it (`tier2::records` writes them): the catalogue, and
/// beside it, in a member of its own, its example searches in [`compact`] form. Tier 2 and the
/// studio read just these two members of the records.
#[derive(Deserialize)]
pub struct CatalogueRecords {
    catalogue: Catalogue,
    #[serde(default, with = "compact")]
    searches: Vec<ExampleSearch>,
}

impl CatalogueRecords {
    /// The catalogue with its example searches.
    pub fn into_catalogue(self) -> Catalogue {
        Catalogue { searches: self.searches, ..self.catalogue }
    }
}

/// Reads and validates the catalogue folder `dir` (with `vocabulary.toml`, `helplines.toml`,
/// `materials/*.toml` and, optionally, `situations.toml` and `searches.toml`). Materials come back sorted by id. All errors are reported, not just the first.
pub fn load(dir: &Path) -> Result<Catalogue, Vec<CatalogueError>> {
    let mut errors = Vec::new();
    let vocab_path = dir.join("vocabulary.toml");
    let vocabulary = match read(&vocab_path).and_then(|text| parse::<Vocabulary>(&vocab_path, &text)) {
        Ok(v) => v,
        Err(e) => return Err(vec![e]),
    };
    errors.extend(validate::vocabulary(&vocab_path, &vocabulary));

    let mut files = Vec::new();
    for path in material_files(&dir.join("materials"), &mut errors) {
        match read(&path) {
            Ok(text) => files.push((path, text)),
            Err(e) => errors.push(e),
        }
    }
    let mut materials = Vec::new();
    for (path, text) in &files {
        match parse::<Material>(path, text) {
            Ok(m) => {
                errors.extend(validate::material(path, text, &m, &vocabulary));
                materials.push((path.clone(), text.as_str(), m));
            }
            Err(e) => errors.push(e),
        }
    }
    errors.extend(validate::across_materials(&materials));

    let helplines_path = dir.join("helplines.toml");
    let helplines = match read(&helplines_path).and_then(|t| {
        let h = parse::<Helplines>(&helplines_path, &t)?;
        Ok((t, h))
    }) {
        Ok((text, h)) => {
            errors.extend(validate::helplines(&helplines_path, &text, &h.helplines, &vocabulary));
            h.helplines
        }
        Err(e) => {
            errors.push(e);
            Vec::new()
        }
    };

    let situations = load_situations(dir, &vocabulary, &helplines, &materials, &mut errors);
    let searches = load_searches(dir, &vocabulary, &materials, &mut errors);

    if errors.is_empty() {
        let mut materials: Vec<Material> = materials.into_iter().map(|(_, _, m)| m).collect();
        materials.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Catalogue { vocabulary, materials, helplines, situations, searches })
    } else {
        errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        Err(errors)
    }
}

/// `situations.toml`, validated against the vocabulary, the helplines and the materials. A
/// catalogue without the file has no situations (test fixtures and partial copies stay valid).
fn load_situations(
    dir: &Path,
    vocab: &Vocabulary,
    helplines: &[Helpline],
    materials: &[(PathBuf, &str, Material)],
    errors: &mut Vec<CatalogueError>,
) -> Vec<Situation> {
    let path = dir.join("situations.toml");
    if !path.exists() {
        return Vec::new();
    }
    match read(&path).and_then(|t| parse::<Situations>(&path, &t).map(|s| (t, s))) {
        Ok((text, s)) => {
            errors.extend(validate::situations(&path, &text, &s.situations, vocab, helplines));
            let materials: Vec<&Material> = materials.iter().map(|(_, _, m)| m).collect();
            errors.extend(validate::situation_materials(&path, &text, &s.situations, &materials));
            s.situations
        }
        Err(e) => {
            errors.push(e);
            Vec::new()
        }
    }
}

/// `searches.toml`, validated against the vocabulary and the materials. A catalogue without the
/// file has no example searches.
fn load_searches(dir: &Path, vocab: &Vocabulary, materials: &[(PathBuf, &str, Material)], errors: &mut Vec<CatalogueError>) -> Vec<ExampleSearch> {
    let path = dir.join("searches.toml");
    if !path.exists() {
        return Vec::new();
    }
    match read(&path).and_then(|t| parse::<ExampleSearches>(&path, &t).map(|s| (t, s))) {
        Ok((text, s)) => {
            let materials: Vec<&Material> = materials.iter().map(|(_, _, m)| m).collect();
            errors.extend(validate::searches(&path, &text, &s.search, vocab, &materials));
            s.search
        }
        Err(e) => {
            errors.push(e);
            Vec::new()
        }
    }
}

/// The `*.toml` files in `dir`, sorted by name.
fn material_files(dir: &Path, errors: &mut Vec<CatalogueError>) -> Vec<PathBuf> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(CatalogueError::new(dir, 0, "", format!("cannot read the folder: {e}")));
            return Vec::new();
        }
    };
    let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect();
    files.sort();
    files
}

fn read(path: &Path) -> Result<String, CatalogueError> {
    std::fs::read_to_string(path).map_err(|e| CatalogueError::new(path, 0, "", format!("cannot read the file: {e}")))
}

/// Parses TOML into `T`, turning syntax errors, unknown and missing fields into a [`CatalogueError`]
/// with the line they are on.
pub fn parse<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T, CatalogueError> {
    toml::from_str(text).map_err(|e| CatalogueError::from_toml(path, text, &e))
}

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

    let listed: Vec<&Material> = materials.iter().map(|(_, _, m)| m).collect();
    let situations = load_optional::<Situations>(dir, "situations.toml", &mut errors, |path, text, s| {
        let mut found = validate::situations(path, text, &s.situations, &vocabulary, &helplines);
        found.extend(validate::situation_materials(path, text, &s.situations, &listed));
        found
    })
    .map_or_else(Vec::new, |s| s.situations);
    let searches =
        load_optional::<ExampleSearches>(dir, "searches.toml", &mut errors, |path, text, s| validate::searches(path, text, &s.search, &vocabulary, &listed))
            .map_or_else(Vec::new, |s| s.search);

    if errors.is_empty() {
        let mut materials: Vec<Material> = materials.into_iter().map(|(_, _, m)| m).collect();
        materials.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Catalogue { vocabulary, materials, helplines, situations, searches })
    } else {
        errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        Err(errors)
    }
}

/// An optional file of the catalogue folder (`situations.toml`, `searches.toml`), parsed and
/// checked by `rules` against its text; `None` when the folder has no such file (test fixtures
/// and partial copies stay valid) or it cannot be parsed (the error is in `errors`).
fn load_optional<T: serde::de::DeserializeOwned>(
    dir: &Path,
    name: &str,
    errors: &mut Vec<CatalogueError>,
    rules: impl FnOnce(&Path, &str, &T) -> Vec<CatalogueError>,
) -> Option<T> {
    let path = dir.join(name);
    if !path.exists() {
        return None;
    }
    match read(&path).and_then(|text| parse::<T>(&path, &text).map(|t| (text, t))) {
        Ok((text, t)) => {
            errors.extend(rules(&path, &text, &t));
            Some(t)
        }
        Err(e) => {
            errors.push(e);
            None
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

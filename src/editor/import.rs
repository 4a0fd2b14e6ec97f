//! Writing imported rows into a catalogue folder, all or nothing: the one import step that
//! both spreadsheet formats share. Validity is decided only by [`catalogue::load`], on a
//! temporary copy of the catalogue with the new files, before `DIR` is touched.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::canonical::toml_text;
use super::sheet::Row;
use crate::catalogue::{self, CatalogueError};

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    /// Number of material rows in the file.
    pub rows: usize,
    /// Files written (those whose text changed), in row order.
    pub written: Vec<PathBuf>,
    /// Ids of materials in `DIR/materials` that have no row in the file (left untouched).
    pub not_in_file: Vec<String>,
}

pub use preventiewijzer_sheets::Reader;

/// Imports the spreadsheet `file`, read by `read`, into the catalogue `dir` (checked against
/// `national` when it is a local folder; see [`apply`]); on any
/// error nothing is written and every error comes back as `FILE:LINE: field: message`.
pub fn import_sheet(file: &Path, dir: &Path, national: &Path, read: Reader) -> Result<Imported, Vec<CatalogueError>> {
    let bytes = std::fs::read(file).map_err(|e| vec![CatalogueError::new(file, 0, "", format!("cannot read the file: {e}"))])?;
    let (rows, errors) = preventiewijzer_sheets::read_rows(file, &bytes, read)?;
    apply(file, &rows, errors, dir, national)
}

/// Writes `rows`, read from `file` (a CSV or a workbook) with the errors `errors` already
/// found in it, into the catalogue `dir`: every row becomes `dir/materials/<id>.toml` in
/// canonical form. Everything is checked first ([`catalogue::load`] on a temporary copy of `dir`
/// with the new files); on any error nothing is written and every error comes back as
/// `FILE:LINE: field: message` (the row's line), or with its own file when it is about a file
/// that is not in `file`. Files are written to temporary names next to their target and then
/// renamed; unchanged files are not touched. Materials without a row are left as they are (see
/// [`Imported::not_in_file`]).
///
/// `dir` may also be a local catalogue folder (it has `regions.toml` and no `vocabulary.toml`):
/// then it is checked with [`catalogue::load_local`] against the national catalogue `national`.
pub fn apply(file: &Path, rows: &[Row], mut errors: Vec<CatalogueError>, dir: &Path, national: &Path) -> Result<Imported, Vec<CatalogueError>> {
    // Validate the would-be catalogue: a temporary copy of `dir` with the rows' files.
    let tmp = TempDir::new("import").map_err(|e| vec![CatalogueError::new(dir, 0, "", format!("cannot make a temporary copy: {e}"))])?;
    let existing = copy_catalogue(dir, &tmp.0).map_err(|e| vec![CatalogueError::new(dir, 0, "", format!("cannot make a temporary copy: {e}"))])?;
    for row in rows {
        let path = tmp.0.join("materials").join(format!("{}.toml", row.material.id));
        std::fs::write(&path, toml_text(&row.material, &row.comment))
            .map_err(|e| vec![CatalogueError::new(&path, 0, "", format!("cannot write the temporary file: {e}"))])?;
    }
    let checked = if is_local(dir) {
        let national = catalogue::load(national).map_err(|mut e| {
            e.insert(0, CatalogueError::new(national, 0, "", "the national catalogue a local folder is checked against has errors"));
            e
        })?;
        catalogue::load_local(&national, &tmp.0).map(drop)
    } else {
        catalogue::load(&tmp.0).map(drop)
    };
    if let Err(load_errors) = checked {
        let by_id: HashMap<&str, usize> = rows.iter().map(|r| (r.material.id.as_str(), r.line)).collect();
        let rename = |message: &str| {
            let mut message = message.to_string();
            for (id, line) in &by_id {
                let path = tmp.0.join("materials").join(format!("{id}.toml"));
                message = message.replace(&path.display().to_string(), &format!("{}:{line}", file.display()));
            }
            message.replace(&tmp.0.display().to_string(), &dir.display().to_string())
        };
        for e in load_errors {
            let rel = e.file.strip_prefix(&tmp.0).map(Path::to_path_buf).unwrap_or_else(|_| e.file.clone());
            errors.push(match preventiewijzer_sheets::row_of(rows, &rel) {
                Some(line) => CatalogueError::new(file, line, &e.field, rename(&e.message)),
                None => CatalogueError { file: dir.join(rel), line: e.line, field: e.field.clone(), message: rename(&e.message) },
            });
        }
    }
    drop(tmp);
    if !errors.is_empty() {
        errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        return Err(errors);
    }

    // Write: every changed file to a temporary name first, then rename them all.
    let materials = dir.join("materials");
    let mut pending: Vec<(PathBuf, PathBuf)> = Vec::new();
    let undo = |pending: &[(PathBuf, PathBuf)]| {
        for (tmp, _) in pending {
            let _ = std::fs::remove_file(tmp);
        }
    };
    for row in rows {
        let id = &row.material.id;
        let target = materials.join(format!("{id}.toml"));
        let text = toml_text(&row.material, &row.comment);
        if std::fs::read_to_string(&target).is_ok_and(|old| old == text) {
            continue;
        }
        let tmp = materials.join(format!(".{id}.toml.import-tmp"));
        if let Err(e) = std::fs::write(&tmp, text) {
            undo(&pending);
            let _ = std::fs::remove_file(&tmp);
            return Err(vec![CatalogueError::new(&tmp, 0, "", format!("cannot write the file; nothing was changed: {e}"))]);
        }
        pending.push((tmp, target));
    }
    let mut written = Vec::new();
    for (i, (tmp, target)) in pending.iter().enumerate() {
        if let Err(e) = std::fs::rename(tmp, target) {
            undo(&pending[i..]);
            return Err(vec![CatalogueError::new(
                target,
                0,
                "",
                format!("cannot replace the file: {e}; {} of {} files were already written", i, pending.len()),
            )]);
        }
        written.push(target.clone());
    }
    let mut not_in_file: Vec<String> = existing.into_iter().filter(|id| !rows.iter().any(|r| &r.material.id == id)).collect();
    not_in_file.sort();
    Ok(Imported { rows: rows.len(), written, not_in_file })
}

/// Copies `vocabulary.toml`, `helplines.toml` and `materials/*.toml` of `dir` into `to`; returns
/// the ids of the materials copied.
fn copy_catalogue(dir: &Path, to: &Path) -> std::io::Result<Vec<String>> {
    std::fs::create_dir_all(to.join("materials"))?;
    for f in ["vocabulary.toml", "helplines.toml", "regions.toml"] {
        if dir.join(f).exists() {
            std::fs::copy(dir.join(f), to.join(f))?;
        }
    }
    let mut ids = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir.join("materials")) {
        for entry in entries {
            let path = entry?.path();
            if path.extension().is_some_and(|x| x == "toml") {
                if let (Some(name), Some(stem)) = (path.file_name(), path.file_stem()) {
                    std::fs::copy(&path, to.join("materials").join(name))?;
                    ids.push(stem.to_string_lossy().into_owned());
                }
            }
        }
    }
    Ok(ids)
}

/// Whether `dir` is a local catalogue folder (see `catalogue::local`), not a national one.
pub fn is_local(dir: &Path) -> bool {
    dir.join("regions.toml").exists() && !dir.join("vocabulary.toml").exists()
}

/// A temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(what: &str) -> std::io::Result<TempDir> {
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let path = std::env::temp_dir().join(format!("preventiewijzer-{what}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&path)?;
        Ok(TempDir(path))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

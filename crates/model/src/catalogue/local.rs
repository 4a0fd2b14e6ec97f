//! A municipality's own catalogue folder, merged with the national one ([`load_local`]).
//!
//! ```text
//! regions.toml         [[regions]] id, nl, en, description: the folder's own region(s)
//! materials/*.toml     materials, in the national format
//! helplines.toml       optional: [[helplines]] in the national format
//! ```
//!
//! The national vocabulary stays authoritative: a local folder may add regions and nothing else,
//! and every local material and helpline must use one of its own regions, so each is known to be
//! local (the widget marks it "in uw regio"). Materials and helplines go through the same
//! validation as the national ones ([`super::validate`]); on top of that a local folder is
//! bounded (count and text length), because it is written by people we do not review.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{parse, read, validate, Catalogue, CatalogueError, Helplines, Material};
use crate::vocabulary::{Facet, Term};

/// At most this many local materials (a municipality's folder is small; the widget stays fast).
pub const MAX_MATERIALS: usize = 5_000;
/// At most this many local helplines (they all come first in the help block).
pub const MAX_HELPLINES: usize = 20;
/// Longest allowed text field of a local entry, in characters.
pub const MAX_TEXT: usize = 4_000;
/// Longest allowed title or name of a local entry, in characters.
pub const MAX_TITLE: usize = 300;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LocalRegions {
    regions: Vec<Term>,
}

/// A local folder's files as text, each with its path (for error messages): what
/// [`merge_local`] reads. [`load_local`] fills it from disk; the studio page from dropped files.
#[derive(Debug, Clone, Default)]
pub struct LocalFiles {
    /// The folder, as errors about it as a whole name it.
    pub dir: PathBuf,
    /// `regions.toml` (required: without it nothing is local).
    pub regions: Option<(PathBuf, String)>,
    /// `materials/*.toml`.
    pub materials: Vec<(PathBuf, String)>,
    /// `helplines.toml`, optional.
    pub helplines: Option<(PathBuf, String)>,
}

/// The national catalogue `national` plus the local folder `dir`, read from disk
/// ([`read_local`]) and merged by [`merge_local`]. Every error (unreadable files too) is
/// returned, each naming file, line and field; the national catalogue is never changed by a
/// broken local folder.
pub fn load_local(national: &Catalogue, dir: &Path) -> Result<Catalogue, Vec<CatalogueError>> {
    let (files, unread) = read_local(dir);
    with_unread(merge_local(national, &files), unread)
}

/// The files of the local folder `dir` as text, and the errors of those that cannot be read
/// (a missing `regions.toml` is left to [`merge_local`] to report).
pub fn read_local(dir: &Path) -> (LocalFiles, Vec<CatalogueError>) {
    let mut errors = Vec::new();
    let mut files = LocalFiles { dir: dir.to_path_buf(), ..LocalFiles::default() };
    let text = |path: PathBuf, errors: &mut Vec<CatalogueError>| match read(&path) {
        Ok(text) => Some((path, text)),
        Err(e) => {
            errors.push(e);
            None
        }
    };
    for name in ["regions.toml", "helplines.toml"] {
        let path = dir.join(name);
        if path.exists() {
            let read = text(path, &mut errors);
            *(if name == "regions.toml" { &mut files.regions } else { &mut files.helplines }) = read;
        }
    }
    for path in super::material_files(&dir.join("materials"), &mut errors) {
        files.materials.extend(text(path, &mut errors));
    }
    (files, errors)
}

/// `merged`, or all errors: those of files that could not be read (`unread`) and the merge's.
pub fn with_unread(merged: Result<Catalogue, Vec<CatalogueError>>, mut unread: Vec<CatalogueError>) -> Result<Catalogue, Vec<CatalogueError>> {
    match merged {
        Ok(c) if unread.is_empty() => Ok(c),
        Ok(_) => Err(unread),
        Err(errors) => {
            unread.extend(errors);
            unread.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
            Err(unread)
        }
    }
}

/// The national catalogue plus a local folder's files, in memory (no file system, no threads:
/// the CLI and a wasm page share it). Local regions are appended to the vocabulary (marked
/// `local`), local materials merged in (sorted by id like [`super::load`]), local helplines
/// first. Every error is returned, each naming file, line and field.
pub fn merge_local(national: &Catalogue, files: &LocalFiles) -> Result<Catalogue, Vec<CatalogueError>> {
    let mut errors = Vec::new();
    let Some((regions_path, regions_text)) = &files.regions else {
        return Err(vec![CatalogueError::new(&files.dir.join("regions.toml"), 0, "regions", "the folder needs regions.toml naming its own region(s)")]);
    };
    let regions = match parse::<LocalRegions>(regions_path, regions_text) {
        Ok(r) => local_regions(regions_path, regions_text, r.regions, national, &mut errors),
        Err(e) => return Err(vec![e]),
    };
    let mut vocabulary = national.vocabulary.clone();
    vocabulary.regions.extend(regions.iter().cloned());
    let is_local = |id: &str| regions.iter().any(|t| t.id == id);
    let own_region =
        || format!("must be one of this folder's regions in regions.toml ({})", regions.iter().map(|t| t.id.as_str()).collect::<Vec<_>>().join(", "));

    let mut files_in = files.materials.as_slice();
    if files_in.len() > MAX_MATERIALS {
        let count = files_in.len();
        errors.push(CatalogueError::new(&files.dir.join("materials"), 0, "", format!("{count} materials; a local folder holds at most {MAX_MATERIALS}")));
        files_in = &files_in[..MAX_MATERIALS];
    }
    let mut materials: Vec<(PathBuf, &str, Material)> = Vec::new();
    for (path, text) in files_in {
        match parse::<Material>(path, text) {
            Ok(m) => {
                errors.extend(validate::material(path, text, &m, &vocabulary));
                let mut err = |field: &str, message: String| errors.push(CatalogueError::new(path, validate::field_line(text, field), field, message));
                if !is_local(&m.region) {
                    err("region", own_region());
                }
                if national.materials.iter().any(|n| n.id == m.id) {
                    err("id", format!("`{}` is already a material of the national catalogue", m.id));
                }
                if let Some(url) = m.url.as_deref().filter(|u| national.materials.iter().any(|n| n.url.as_deref() == Some(*u))) {
                    err("url", format!("`{url}` is already a material of the national catalogue"));
                }
                for (field, length, max) in material_texts(&m) {
                    if length > max {
                        err(field, format!("is {length} characters long; at most {max} are allowed"));
                    }
                }
                materials.push((path.clone(), text.as_str(), m));
            }
            Err(e) => errors.push(e),
        }
    }
    errors.extend(validate::across_materials(&materials));

    let mut helplines = Vec::new();
    if let Some((helplines_path, text)) = &files.helplines {
        match parse::<Helplines>(helplines_path, text) {
            Ok(h) => {
                errors.extend(validate::helplines(helplines_path, text, &h.helplines, &vocabulary));
                if h.helplines.len() > MAX_HELPLINES {
                    errors.push(CatalogueError::new(
                        helplines_path,
                        0,
                        "helplines",
                        format!("{} helplines; a local folder holds at most {MAX_HELPLINES}", h.helplines.len()),
                    ));
                }
                for (i, line) in h.helplines.iter().enumerate() {
                    // entry_field_line counts entries with the same id (duplicates are reported apart).
                    let nth = h.helplines[..i].iter().filter(|x| x.id == line.id).count();
                    let mut err = |field: &str, message: String| {
                        errors.push(CatalogueError::new(helplines_path, validate::entry_field_line(text, &line.id, nth, field), field, message))
                    };
                    if !is_local(&line.region) {
                        err("region", own_region());
                    }
                    if national.helplines.iter().any(|n| n.id == line.id) {
                        err("id", format!("`{}` is already a helpline of the national catalogue", line.id));
                    }
                    for (field, value, max) in
                        [("name", &line.name, MAX_TITLE), ("nl", &line.nl, MAX_TEXT), ("en", &line.en, MAX_TEXT), ("source", &line.source, MAX_TEXT)]
                    {
                        if value.chars().count() > max {
                            err(field, format!("is {} characters long; at most {max} are allowed", value.chars().count()));
                        }
                    }
                }
                helplines = h.helplines;
            }
            Err(e) => errors.push(e),
        }
    }

    if !errors.is_empty() {
        errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        return Err(errors);
    }
    let mut merged = national.materials.clone();
    merged.extend(materials.into_iter().map(|(_, _, m)| m));
    merged.sort_by(|a, b| a.id.cmp(&b.id));
    helplines.extend(national.helplines.iter().cloned());
    Ok(Catalogue { vocabulary, materials: merged, helplines, situations: national.situations.clone(), searches: national.searches.clone() })
}

/// The regions of `regions.toml`: slug ids new to the national vocabulary, with labels.
fn local_regions(path: &Path, text: &str, mut regions: Vec<Term>, national: &Catalogue, errors: &mut Vec<CatalogueError>) -> Vec<Term> {
    if regions.is_empty() {
        errors.push(CatalogueError::new(path, 0, "regions", "needs at least one region (id, nl, en)"));
    }
    let ids: Vec<String> = regions.iter().map(|t| t.id.clone()).collect();
    for (i, t) in regions.iter_mut().enumerate() {
        let nth = ids[..i].iter().filter(|x| **x == t.id).count();
        let mut err =
            |field: &str, message: String| errors.push(CatalogueError::new(path, validate::entry_field_line(text, &t.id, nth, field), field, message));
        if let Err(why) = validate::check_id(&t.id) {
            err("id", why);
        }
        if national.vocabulary.term(Facet::Regions, &t.id).is_some() {
            err("id", format!("`{}` is a national region; a local folder adds its own", t.id));
        }
        for (field, value) in [("nl", &t.nl), ("en", &t.en)] {
            if value.trim().is_empty() {
                err(field, "must not be empty".into());
            } else if value.chars().count() > MAX_TITLE {
                err(field, format!("is {} characters long; at most {MAX_TITLE} are allowed", value.chars().count()));
            }
        }
        if t.parent.is_some() || t.rank.is_some() || t.age_min.is_some() || t.age_max.is_some() {
            err("id", "a region has only id, nl, en, description and synonyms".into());
        }
        t.local = true;
    }
    if let Some(dup) = ids.iter().enumerate().find(|(i, id)| ids[..*i].contains(id)).map(|(_, id)| id) {
        errors.push(CatalogueError::new(path, 0, "id", format!("region `{dup}` is defined twice")));
    }
    // A national id is not the folder's own: entries using it are reported as not local.
    regions.retain(|t| national.vocabulary.term(Facet::Regions, &t.id).is_none());
    regions
}

/// The free-text fields of a material: (field, length in characters, longest allowed).
fn material_texts(m: &Material) -> Vec<(&'static str, usize, usize)> {
    let len = |s: &str| s.chars().count();
    let mut texts =
        vec![("id", len(&m.id), MAX_TITLE), ("title", len(&m.title), MAX_TITLE), ("summary", len(&m.summary), MAX_TEXT), ("source", len(&m.source), MAX_TEXT)];
    for (field, value) in [
        ("summary_en", &m.summary_en),
        ("publisher", &m.publisher),
        ("url", &m.url),
        ("cost_note", &m.cost_note),
        ("duration", &m.duration),
        ("evidence_by", &m.evidence_by),
        ("evidence_note", &m.evidence_note),
        ("how_to_get", &m.how_to_get),
        ("source_url", &m.source_url),
        ("notes", &m.notes),
    ] {
        if let Some(v) = value {
            texts.push((field, len(v), MAX_TEXT));
        }
    }
    texts.push(("keywords", len(&m.keywords.join(" ")), MAX_TEXT));
    texts
}

//! [`import`]: CSV rows back into `materials/<id>.toml`, validated on a temporary copy of the
//! catalogue first, so a broken sheet changes nothing.

use super::*;

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    /// Number of material rows in the CSV.
    pub rows: usize,
    /// Files written (those whose text changed), in row order.
    pub written: Vec<PathBuf>,
    /// Ids of materials in `DIR/materials` that have no row in the CSV (left untouched).
    pub not_in_csv: Vec<String>,
}

/// One material row of the CSV.
struct Row {
    /// 1-based line of the CSV where the row starts.
    line: usize,
    material: Material,
    comment: String,
}

/// Imports the CSV `file` into the catalogue `dir`: every row becomes `dir/materials/<id>.toml`
/// in canonical form. Everything is checked first (the CSV's shape and cells, then
/// [`catalogue::load`] on a temporary copy of `dir` with the new files); on any error nothing is
/// written and every error comes back as `FILE.csv:LINE: field: message` (the line where the row
/// starts), or with its own file when it is about a file that is not in the CSV. Files are
/// written to temporary names next to their target and then renamed; unchanged files are not
/// touched. Materials without a row are left as they are (see [`Imported::not_in_csv`]).
pub fn import(file: &Path, dir: &Path) -> Result<Imported, Vec<CatalogueError>> {
    let bytes = std::fs::read(file).map_err(|e| vec![CatalogueError::new(file, 0, "", format!("cannot read the file: {e}"))])?;
    let (rows, mut errors) = parse(file, &bytes)?;

    // Validate the would-be catalogue: a temporary copy of `dir` with the rows' files.
    let tmp = TempDir::new("import").map_err(|e| vec![CatalogueError::new(dir, 0, "", format!("cannot make a temporary copy: {e}"))])?;
    let existing = copy_catalogue(dir, &tmp.0).map_err(|e| vec![CatalogueError::new(dir, 0, "", format!("cannot make a temporary copy: {e}"))])?;
    for row in &rows {
        let path = tmp.0.join("materials").join(format!("{}.toml", row.material.id));
        std::fs::write(&path, toml_text(&row.material, &row.comment))
            .map_err(|e| vec![CatalogueError::new(&path, 0, "", format!("cannot write the temporary file: {e}"))])?;
    }
    if let Err(load_errors) = catalogue::load(&tmp.0) {
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
            let row_line = (rel.parent() == Some(Path::new("materials")))
                .then(|| rel.file_stem().and_then(|s| s.to_str()).and_then(|id| by_id.get(id).copied()))
                .flatten();
            errors.push(match row_line {
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
    for row in &rows {
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
    let mut not_in_csv: Vec<String> = existing.into_iter().filter(|id| !rows.iter().any(|r| &r.material.id == id)).collect();
    not_in_csv.sort();
    Ok(Imported { rows: rows.len(), written, not_in_csv })
}

/// Reads the CSV into rows. A bad header is fatal (`Err`); errors in rows come back beside the
/// rows that are fine, so that one run reports as much as it can.
#[allow(clippy::type_complexity)]
fn parse(file: &Path, bytes: &[u8]) -> Result<(Vec<Row>, Vec<CatalogueError>), Vec<CatalogueError>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = ::csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(vec![csv_error(file, bytes, &e)]),
        None => return Err(vec![CatalogueError::new(file, 0, "", "is empty (expected a header row)")]),
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    let allowed: Vec<&str> = FIELDS.iter().copied().chain([COMMENT]).collect();
    let mut errors = Vec::new();
    for (i, name) in header.iter().enumerate() {
        if !allowed.contains(&name.as_str()) {
            errors.push(CatalogueError::new(file, 1, name, format!("unknown column (allowed: {})", allowed.join(", "))));
        } else if header[..i].contains(name) {
            errors.push(CatalogueError::new(file, 1, name, "column appears twice"));
        }
    }
    for name in &allowed {
        if !header.iter().any(|h| h == name) {
            errors.push(CatalogueError::new(file, 1, name, "column is missing (the header needs every field, like `export-csv` writes it)"));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut rows: Vec<Row> = Vec::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(csv_error(file, bytes, &e));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| line_at(bytes, p.byte()));
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() != header.len() {
            errors.push(CatalogueError::new(file, line, "", format!("has {} cells, the header has {}", record.len(), header.len())));
            continue;
        }
        let cells: HashMap<&str, &str> = header.iter().map(String::as_str).zip(record.iter()).collect();
        let material = match material_from(&cells) {
            Ok(m) => m,
            Err(errs) => {
                errors.extend(errs.into_iter().map(|(field, message)| CatalogueError::new(file, line, field, message)));
                continue;
            }
        };
        if let Err(why) = validate::check_id(&material.id) {
            errors.push(CatalogueError::new(file, line, "id", why));
            continue;
        }
        if let Some(first) = rows.iter().find(|r| r.material.id == material.id) {
            errors.push(CatalogueError::new(file, line, "id", format!("`{}` is already used by {}:{}", material.id, file.display(), first.line)));
            continue;
        }
        let comment = cells[COMMENT].lines().collect::<Vec<_>>().join("\n");
        rows.push(Row { line, material, comment });
    }
    Ok((rows, errors))
}

fn csv_error(file: &Path, bytes: &[u8], e: &::csv::Error) -> CatalogueError {
    let line = e.position().map_or(0, |p| line_at(bytes, p.byte()));
    let message = match e.kind() {
        ::csv::ErrorKind::Utf8 { .. } => "is not UTF-8 text (save the CSV as UTF-8)".to_string(),
        _ => e.to_string(),
    };
    CatalogueError::new(file, line, "", message)
}

/// The 1-based line of the record that starts at or after byte `offset` (the csv crate's own
/// line numbers are one short after a `\r\n`, whose `\n` it counts only with the next record).
pub(super) fn line_at(bytes: &[u8], offset: u64) -> usize {
    let mut start = usize::try_from(offset).unwrap_or(usize::MAX).min(bytes.len());
    while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
        start += 1;
    }
    let before = &bytes[..start];
    let lone_cr = before.windows(2).filter(|w| w[0] == b'\r' && w[1] != b'\n').count() + usize::from(before.last() == Some(&b'\r'));
    1 + before.iter().filter(|b| **b == b'\n').count() + lone_cr
}

/// A material from the cells of one row (keyed by column name). Only what the CSV itself decides
/// is checked here (ages must be numbers); everything else is left to [`catalogue::load`].
fn material_from(cells: &HashMap<&str, &str>) -> Result<Material, Vec<(&'static str, String)>> {
    let text = |f: &str| cells[f].to_string();
    let optional = |f: &str| Some(cells[f]).filter(|v| !v.trim().is_empty()).map(str::to_string);
    let list = |f: &str| -> Vec<String> { cells[f].split(SEPARATOR).map(str::trim).filter(|v| !v.is_empty()).map(str::to_string).collect() };
    let mut errors = Vec::new();
    let mut age = |f: &'static str| -> Option<u8> {
        let v = cells[f].trim();
        if v.is_empty() {
            return None;
        }
        v.parse().map_err(|_| errors.push((f, format!("`{v}` is not an age (write a whole number like 12, or leave the cell empty when unknown)")))).ok()
    };
    let (age_min, age_max) = (age("age_min"), age("age_max"));
    let parents_involved = match cells["parents_involved"].trim() {
        "" => None,
        "true" | "ja" | "yes" => Some(true),
        "false" | "nee" | "no" => Some(false),
        v => {
            errors.push(("parents_involved", format!("`{v}` is not yes or no (write ja or nee, or leave the cell empty when unknown)")));
            None
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Material {
        id: text("id"),
        title: text("title"),
        summary: text("summary"),
        summary_en: optional("summary_en"),
        publisher: optional("publisher"),
        url: optional("url"),
        languages: list("languages"),
        region: text("region"),
        audiences: list("audiences"),
        age_min,
        age_max,
        school_levels: list("school_levels"),
        topics: list("topics"),
        risk_groups: list("risk_groups"),
        stages: list("stages"),
        format: text("format"),
        settings: list("settings"),
        cost: text("cost"),
        cost_note: optional("cost_note"),
        duration: optional("duration"),
        evidence: optional("evidence"),
        evidence_date: optional("evidence_date"),
        evidence_by: optional("evidence_by"),
        evidence_note: optional("evidence_note"),
        delivered_by: list("delivered_by"),
        parents_involved,
        how_to_get: optional("how_to_get"),
        source_url: optional("source_url"),
        keywords: list("keywords"),
        source: text("source"),
        last_checked: text("last_checked"),
        notes: optional("notes"),
    })
}

/// Copies `vocabulary.toml`, `helplines.toml` and `materials/*.toml` of `dir` into `to`; returns
/// the ids of the materials copied.
fn copy_catalogue(dir: &Path, to: &Path) -> std::io::Result<Vec<String>> {
    std::fs::create_dir_all(to.join("materials"))?;
    for f in ["vocabulary.toml", "helplines.toml"] {
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

//! The CSV round trip of the materials, for editing the catalogue in a spreadsheet.
//!
//! [`export`] writes every material as one row (RFC 4180, `\r\n` between rows). The header is
//! every field of [`Material`] in struct order ([`FIELDS`]), then [`COMMENT`]: the leading
//! `# …` comment lines of the file (`Source record: …`), one per line of the cell. Lists are
//! joined with `;`; an empty cell is an absent (unknown) value. [`import`] turns the rows back
//! into `materials/<id>.toml` in the canonical format of [`toml_text`], so export → import gives
//! byte-identical files. It validates everything through [`catalogue::load`] on a temporary copy
//! of the catalogue first and writes nothing when anything is wrong.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::catalogue::{self, validate, CatalogueError, Material};

/// Every field of a material, in the order of [`Material`], of the files and of the CSV header.
pub const FIELDS: [&str; 32] = [
    "id", "title", "summary", "summary_en", "publisher", "url", "languages", "region", "audiences", "age_min", "age_max",
    "school_levels", "topics", "risk_groups", "stages", "format", "settings", "cost", "cost_note", "duration", "evidence",
    "evidence_date", "evidence_by", "evidence_note", "delivered_by", "parents_involved", "how_to_get", "source_url",
    "keywords", "source", "last_checked", "notes",
];

/// The extra last column: the file's leading comment lines, without their `# `.
pub const COMMENT: &str = "comment";

/// Between the values of a list in one cell.
pub const SEPARATOR: char = ';';

/// One field's value, with how the canonical file writes it.
enum Value<'a> {
    /// Required text: always written.
    Text(&'a str),
    /// Optional text: left out when unknown.
    Optional(Option<&'a str>),
    /// Optional age: left out when unknown.
    Age(Option<u8>),
    /// A list that is always written, as `[]` when empty.
    List(&'a [String]),
    /// A list that is left out when empty.
    OptionalList(&'a [String]),
    /// Optional yes/no: left out when unknown.
    Flag(Option<bool>),
}

/// The fields of `m` in [`FIELDS`] order (the order `toml`/serde would write them).
fn values(m: &Material) -> [(&'static str, Value<'_>); 32] {
    use Value::*;
    [
        ("id", Text(&m.id)),
        ("title", Text(&m.title)),
        ("summary", Text(&m.summary)),
        ("summary_en", Optional(m.summary_en.as_deref())),
        ("publisher", Optional(m.publisher.as_deref())),
        ("url", Optional(m.url.as_deref())),
        ("languages", List(&m.languages)),
        ("region", Text(&m.region)),
        ("audiences", List(&m.audiences)),
        ("age_min", Age(m.age_min)),
        ("age_max", Age(m.age_max)),
        ("school_levels", OptionalList(&m.school_levels)),
        ("topics", List(&m.topics)),
        ("risk_groups", List(&m.risk_groups)),
        ("stages", List(&m.stages)),
        ("format", Text(&m.format)),
        ("settings", OptionalList(&m.settings)),
        ("cost", Text(&m.cost)),
        ("cost_note", Optional(m.cost_note.as_deref())),
        ("duration", Optional(m.duration.as_deref())),
        ("evidence", Optional(m.evidence.as_deref())),
        ("evidence_date", Optional(m.evidence_date.as_deref())),
        ("evidence_by", Optional(m.evidence_by.as_deref())),
        ("evidence_note", Optional(m.evidence_note.as_deref())),
        ("delivered_by", OptionalList(&m.delivered_by)),
        ("parents_involved", Flag(m.parents_involved)),
        ("how_to_get", Optional(m.how_to_get.as_deref())),
        ("source_url", Optional(m.source_url.as_deref())),
        ("keywords", OptionalList(&m.keywords)),
        ("source", Text(&m.source)),
        ("last_checked", Text(&m.last_checked)),
        ("notes", Optional(m.notes.as_deref())),
    ]
}

// ---- canonical TOML ----

/// The canonical text of a material file: the comment lines (`# ` + each line of `comment`,
/// none when it is empty), then one `field = value` line per known field in [`FIELDS`] order,
/// strings as basic strings (`"…"`, escapes only where TOML needs them), lists inline
/// (`["a", "b"]`); `audiences`, `risk_groups` and the required lists are written even when
/// empty, unknown optional values are left out. Every shipped file is in this format.
pub fn toml_text(m: &Material, comment: &str) -> String {
    let mut s = String::new();
    if !comment.is_empty() {
        for line in comment.lines() {
            s.push('#');
            if !line.is_empty() {
                s.push(' ');
                s.push_str(line);
            }
            s.push('\n');
        }
    }
    for (field, value) in values(m) {
        let value = match value {
            Value::Text(t) | Value::Optional(Some(t)) => quoted(t),
            Value::Age(Some(age)) => age.to_string(),
            Value::Flag(Some(flag)) => flag.to_string(),
            Value::List(list) => array(list),
            Value::OptionalList(list) if !list.is_empty() => array(list),
            Value::Optional(None) | Value::Age(None) | Value::Flag(None) | Value::OptionalList(_) => continue,
        };
        s.push_str(field);
        s.push_str(" = ");
        s.push_str(&value);
        s.push('\n');
    }
    s
}

/// The leading comment of a file: its first lines that start with `#`, without the `#` and one
/// space, joined with `\n`.
pub fn leading_comment(text: &str) -> String {
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| l[1..].strip_prefix(' ').unwrap_or(&l[1..]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A TOML basic string.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_control() && (c as u32) < 0x80 => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn array(list: &[String]) -> String {
    format!("[{}]", list.iter().map(|v| quoted(v)).collect::<Vec<_>>().join(", "))
}

// ---- export ----

/// The CSV of a whole catalogue.
#[derive(Debug, Clone)]
pub struct Exported {
    pub csv: String,
    /// Number of materials (rows after the header).
    pub rows: usize,
    /// Files that are valid but not in the canonical format (an import would reformat them).
    pub warnings: Vec<String>,
}

/// Exports the valid catalogue `dir` as CSV, one row per material (sorted by id). Fails with
/// every catalogue error, or when a value cannot be represented in a cell (a list value that
/// contains `;`, is empty or has spaces around it; an optional text that is only spaces).
pub fn export(dir: &Path) -> Result<Exported, Vec<CatalogueError>> {
    let c = catalogue::load(dir)?;
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut w = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(Vec::new());
    let header: Vec<&str> = FIELDS.iter().copied().chain([COMMENT]).collect();
    w.write_record(&header).expect("writing to memory");
    for m in &c.materials {
        let path = dir.join("materials").join(format!("{}.toml", m.id));
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                errors.push(CatalogueError::new(&path, 0, "", format!("cannot read the file: {e}")));
                continue;
            }
        };
        let comment = leading_comment(&text);
        if toml_text(m, &comment) != text {
            warnings.push(format!(
                "{}: not in the canonical format (field order, quoting or comments other than the leading ones); import-csv would rewrite it",
                path.display()
            ));
        }
        let mut record = Vec::with_capacity(header.len());
        for (field, value) in values(m) {
            let line = validate::field_line(&text, field);
            let cell = match value {
                Value::Text(t) => t.to_string(),
                Value::Optional(t) => {
                    let t = t.unwrap_or_default();
                    if !t.is_empty() && t.trim().is_empty() {
                        errors.push(CatalogueError::new(&path, line, field, "is only spaces, which the CSV cannot tell from unknown"));
                    }
                    t.to_string()
                }
                Value::Age(age) => age.map(|a| a.to_string()).unwrap_or_default(),
                Value::Flag(flag) => flag.map(|f| f.to_string()).unwrap_or_default(),
                Value::List(list) | Value::OptionalList(list) => {
                    for v in list {
                        if v.contains(SEPARATOR) || v.trim() != v || v.is_empty() {
                            errors.push(CatalogueError::new(
                                &path,
                                line,
                                field,
                                format!("`{v}` cannot go into a CSV cell (list values are joined with `{SEPARATOR}` and trimmed)"),
                            ));
                        }
                    }
                    list.join(&SEPARATOR.to_string())
                }
            };
            record.push(cell);
        }
        record.push(comment);
        w.write_record(&record).expect("writing to memory");
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let csv = String::from_utf8(w.into_inner().expect("writing to memory")).expect("the CSV of UTF-8 strings is UTF-8");
    Ok(Exported { csv, rows: c.materials.len(), warnings })
}

// ---- import ----

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
fn line_at(bytes: &[u8], offset: u64) -> usize {
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
    let list = |f: &str| -> Vec<String> {
        cells[f].split(SEPARATOR).map(str::trim).filter(|v| !v.is_empty()).map(str::to_string).collect()
    };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> Material {
        let s = |v: &str| v.to_string();
        let l = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        Material {
            id: s("x"),
            title: s("Titel met \"aanhalingstekens\" en \\"),
            summary: s("regel 1\nregel 2\ttab"),
            summary_en: Some(s("en")),
            publisher: Some(s("p")),
            url: Some(s("https://example.org")),
            languages: l(&["nl"]),
            region: s("nederland"),
            audiences: l(&["jongeren", "ouders"]),
            age_min: Some(12),
            age_max: Some(18),
            school_levels: l(&["mbo"]),
            topics: l(&["sexting"]),
            risk_groups: l(&["lvb"]),
            stages: l(&["preventie"]),
            format: s("website"),
            settings: l(&["online"]),
            cost: s("gratis"),
            cost_note: Some(s("c")),
            duration: Some(s("d")),
            evidence: Some(s("e")),
            evidence_date: Some(s("2020-01-01")),
            evidence_by: Some(s("b")),
            evidence_note: Some(s("n")),
            delivered_by: l(&["school-zelf"]),
            parents_involved: Some(true),
            how_to_get: Some(s("h")),
            source_url: Some(s("https://example.org/bron")),
            keywords: l(&["k1", "k2"]),
            source: s("s"),
            last_checked: s("2026-01-01"),
            notes: Some(s("n")),
        }
    }

    #[test]
    fn fields_are_every_material_field_in_struct_order() {
        let m = full();
        let names: Vec<&str> = values(&m).iter().map(|(f, _)| *f).collect();
        assert_eq!(names, FIELDS);
        let serde_order: Vec<String> =
            toml::to_string(&m).unwrap().lines().filter_map(|l| l.split_once(" = ").map(|(k, _)| k.to_string())).collect();
        assert_eq!(serde_order, FIELDS);
    }

    #[test]
    fn the_canonical_text_parses_back_to_the_same_material() {
        let m = full();
        let text = toml_text(&m, "Source record: x\n\nsecond");
        assert!(text.starts_with("# Source record: x\n#\n# second\nid = \"x\"\n"), "{text}");
        assert_eq!(toml::from_str::<Material>(&text).unwrap(), m);
        assert_eq!(leading_comment(&text), "Source record: x\n\nsecond");
    }

    #[test]
    fn rows_are_named_by_the_line_they_start_on() {
        for (csv, lines) in [
            ("h\na\nb\n", [1, 2, 3]),
            ("h\r\na\r\nb\r\n", [1, 2, 3]),
            ("h\r\n\"a\r\nstill a\"\r\nb\r\n", [1, 2, 4]),
            ("h\ra\rb\r", [1, 2, 3]),
        ] {
            let mut reader = ::csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes());
            let got: Vec<usize> = reader.records().map(|r| line_at(csv.as_bytes(), r.unwrap().position().unwrap().byte())).collect();
            assert_eq!(got, lines, "{csv:?}");
        }
    }
}

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

mod import;
pub use import::{import, Imported};

/// Every field of a material, in the order of [`Material`], of the files and of the CSV header.
pub const FIELDS: [&str; 32] = [
    "id",
    "title",
    "summary",
    "summary_en",
    "publisher",
    "url",
    "languages",
    "region",
    "audiences",
    "age_min",
    "age_max",
    "school_levels",
    "topics",
    "risk_groups",
    "stages",
    "format",
    "settings",
    "cost",
    "cost_note",
    "duration",
    "evidence",
    "evidence_date",
    "evidence_by",
    "evidence_note",
    "delivered_by",
    "parents_involved",
    "how_to_get",
    "source_url",
    "keywords",
    "source",
    "last_checked",
    "notes",
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
    text.lines().take_while(|l| l.starts_with('#')).map(|l| l[1..].strip_prefix(' ').unwrap_or(&l[1..])).collect::<Vec<_>>().join("\n")
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

#[cfg(test)]
mod tests {
    use super::import::line_at;
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
        let serde_order: Vec<String> = toml::to_string(&m).unwrap().lines().filter_map(|l| l.split_once(" = ").map(|(k, _)| k.to_string())).collect();
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
        for (csv, lines) in [("h\na\nb\n", [1, 2, 3]), ("h\r\na\r\nb\r\n", [1, 2, 3]), ("h\r\n\"a\r\nstill a\"\r\nb\r\n", [1, 2, 4]), ("h\ra\rb\r", [1, 2, 3])]
        {
            let mut reader = ::csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes());
            let got: Vec<usize> = reader.records().map(|r| line_at(csv.as_bytes(), r.unwrap().position().unwrap().byte())).collect();
            assert_eq!(got, lines, "{csv:?}");
        }
    }
}

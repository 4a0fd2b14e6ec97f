//! The canonical text of a material file, which both spreadsheet round trips write back.
//!
//! [`toml_text`] writes a [`Material`] as `field = value` lines in [`FIELDS`] order after the
//! file's leading comment; every shipped file is in this format, so export → import gives
//! byte-identical files. [`values`] is the one table of the fields and how each is written,
//! shared with the spreadsheet cells ([`super::sheet`]).

use preventiewijzer_model::catalogue::Material;

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

/// One field's value, with how the canonical file writes it.
pub enum Value<'a> {
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
pub fn values(m: &Material) -> [(&'static str, Value<'_>); 32] {
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
}

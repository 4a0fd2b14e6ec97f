//! Reads the interface texts, one file per language (`i18n/<id>.toml`, Dutch the master), and
//! generates `lang.rs`: the [`Lang`] enum with one variant per file, each language's direction,
//! and every text as a static table. The widget wasm so carries the texts without a TOML parser.
//! A file that is not valid TOML, or has a value that is not text, fails the build naming the
//! file and key; a key missing in a language is reported by the test `tests/i18n.rs` (the lookup
//! falls back to Dutch meanwhile).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

fn main() {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../i18n");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| fail(&dir, &format!("cannot read the folder: {e}")))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    // Dutch first: the master text and the default language.
    files.sort_by_key(|p| (p.file_stem().is_none_or(|s| s != "nl"), p.clone()));
    if files.first().and_then(|p| p.file_stem()).is_none_or(|s| s != "nl") {
        fail(&dir, "nl.toml (the master text) is missing");
    }
    let mut langs = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let id = path.file_stem().unwrap().to_string_lossy().to_string();
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase()) {
            fail(path, "a language file is named by its language id in lowercase letters (nl.toml, en.toml, ar.toml)");
        }
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(path, &e.to_string()));
        let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| fail(path, &e.to_string()));
        let mut texts = BTreeMap::new();
        flatten(path, "", &table, &mut texts);
        langs.push((id, texts));
    }
    let mut out = String::new();
    out.push_str("/// An interface language: one per file in `i18n/` (Dutch, the master text, first).\n");
    out.push_str(
        "#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]\n#[serde(rename_all = \"lowercase\")]\npub enum Lang {\n",
    );
    for (i, (id, texts)) in langs.iter().enumerate() {
        let name = texts.get("meta.name").cloned().unwrap_or_default();
        writeln!(out, "    /// {name} (`i18n/{id}.toml`).").unwrap();
        if i == 0 {
            out.push_str("    #[default]\n");
        }
        writeln!(out, "    {},", variant(id)).unwrap();
    }
    out.push_str("}\n\nimpl Lang {\n    /// Every language, Dutch first.\n");
    writeln!(
        out,
        "    pub const ALL: [Lang; {}] = [{}];",
        langs.len(),
        langs.iter().map(|(id, _)| format!("Lang::{}", variant(id))).collect::<Vec<_>>().join(", ")
    )
    .unwrap();
    out.push_str(
        "\n    /// The language id: the name of its file in `i18n/` (`nl`, `en`, …).\n    pub fn code(self) -> &'static str {\n        match self {\n",
    );
    for (id, _) in &langs {
        writeln!(out, "            Lang::{} => {id:?},", variant(id)).unwrap();
    }
    out.push_str("        }\n    }\n\n    /// Whether the language is written right to left (`dir = \"rtl\"` in its file).\n    pub fn is_rtl(self) -> bool {\n        match self {\n");
    for (id, texts) in &langs {
        let rtl = texts.get("meta.dir").is_some_and(|d| d == "rtl");
        writeln!(out, "            Lang::{} => {rtl},", variant(id)).unwrap();
    }
    out.push_str("        }\n    }\n}\n\n/// Every language's texts, in the order of [`Lang::ALL`], each sorted by key.\nstatic TEXTS: [&[(&str, &str)]; ");
    writeln!(out, "{}] = [", langs.len()).unwrap();
    for (_, texts) in &langs {
        out.push_str("    &[\n");
        for (k, v) in texts {
            writeln!(out, "        ({k:?}, {v:?}),").unwrap();
        }
        out.push_str("    ],\n");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("lang.rs");
    std::fs::write(dest, out).expect("writing lang.rs");
}

/// `en` → `En`, `nl` → `Nl`.
fn variant(id: &str) -> String {
    let mut c = id.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

/// `[widget] search_label = "…"` → `widget.search_label`.
fn flatten(path: &Path, prefix: &str, table: &toml::Table, out: &mut BTreeMap<String, String>) {
    for (k, v) in table {
        let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
        match v {
            toml::Value::String(s) => {
                out.insert(key, s.clone());
            }
            toml::Value::Table(t) => flatten(path, &key, t, out),
            _ => fail(path, &format!("{key}: a text must be a quoted string")),
        }
    }
}

fn fail(path: &Path, message: &str) -> ! {
    eprintln!("error: {}: {message}", path.display());
    std::process::exit(1)
}

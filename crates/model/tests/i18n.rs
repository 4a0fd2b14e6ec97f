//! The language files agree with each other and with the code: every language has exactly the
//! master's (`i18n/nl.toml`) keys with the same `{placeholders}`; every key is used by some code
//! (Rust or the element script); every key the code names exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use preventiewijzer_model::Lang;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn flatten(prefix: &str, table: &toml::Table, out: &mut BTreeMap<String, String>) {
    for (k, v) in table {
        let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
        match v {
            toml::Value::Table(t) => flatten(&key, t, out),
            v => {
                out.insert(key, v.as_str().unwrap_or_default().to_string());
            }
        }
    }
}

fn language_files() -> BTreeMap<String, BTreeMap<String, String>> {
    let mut langs = BTreeMap::new();
    for entry in std::fs::read_dir(repo().join("i18n")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "toml") {
            let table: toml::Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let mut texts = BTreeMap::new();
            flatten("", &table, &mut texts);
            langs.insert(path.file_stem().unwrap().to_string_lossy().to_string(), texts);
        }
    }
    langs
}

/// `{name}`s in a text.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(name, _)| name)).collect()
}

/// The text of every Rust and JavaScript source file that can show words to a person.
fn sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !["target", "node_modules", "tests"].iter().any(|skip| path.ends_with(skip)) {
                    walk(&path, out);
                }
            } else if path.extension().is_some_and(|x| x == "rs" || x == "js") {
                out.push((path.clone(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    for dir in ["crates", "src", "widget", "worker", "xtask"] {
        walk(&repo().join(dir), &mut out);
    }
    out
}

#[test]
fn every_language_has_the_masters_keys_and_placeholders() {
    let langs = language_files();
    let master = &langs["nl"];
    let mut problems = Vec::new();
    for (lang, texts) in &langs {
        for (key, text) in master {
            match texts.get(key) {
                None => problems.push(format!("i18n/{lang}.toml: `{key}` is missing")),
                Some(t) if placeholders(t) != placeholders(text) => {
                    problems.push(format!("i18n/{lang}.toml: `{key}` has {:?}, the master has {:?}", placeholders(t), placeholders(text)))
                }
                Some(_) => {}
            }
        }
        for key in texts.keys().filter(|k| !master.contains_key(*k)) {
            problems.push(format!("i18n/{lang}.toml: `{key}` is not in the master text i18n/nl.toml"));
        }
        if !matches!(texts.get("meta.dir").map(String::as_str), Some("ltr" | "rtl")) {
            problems.push(format!("i18n/{lang}.toml: meta.dir must be \"ltr\" or \"rtl\""));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(Lang::ALL.len(), langs.len(), "every file in i18n/ is a language");
}

#[test]
fn every_key_is_used_and_every_used_key_exists() {
    let langs = language_files();
    let master = &langs["nl"];
    let sources = sources();
    let sections: BTreeSet<&str> = master.keys().filter_map(|k| k.split_once('.').map(|(s, _)| s)).filter(|s| *s != "meta").collect();
    let mut problems = Vec::new();
    for key in master.keys().filter(|k| !k.starts_with("meta.")) {
        let used = sources.iter().any(|(_, text)| text.contains(&format!("\"{key}\"")) || text.contains(&format!("'{key}'")));
        if !used {
            problems.push(format!("i18n/nl.toml: `{key}` is used by no code"));
        }
    }
    for (path, text) in &sources {
        for section in &sections {
            for quote in ['"', '\''] {
                for (at, _) in text.match_indices(&format!("{quote}{section}.")) {
                    let rest = &text[at + 1..];
                    let key: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_' || *c == '.').collect();
                    let closed = rest[key.len()..].starts_with(quote);
                    if closed && !key.ends_with('.') && !master.contains_key(&key) {
                        problems.push(format!("{}: uses `{key}`, which i18n/nl.toml does not have", path.display()));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn lookups_fill_placeholders_and_fall_back_to_dutch() {
    assert_eq!(Lang::Nl.fill("age.range", &[("lo", "12"), ("hi", "16")]), "12–16 jaar");
    assert_eq!(Lang::En.fill("age.years", &[("age", "14")]), "age 14");
    assert_eq!(Lang::parse(" EN "), Some(Lang::En));
    assert_eq!(Lang::parse("xx"), None);
    assert!(!Lang::Nl.is_rtl());
    let json = preventiewijzer_model::texts_json("js.");
    assert!(json.starts_with("{\"nl\":{\"js.apology\":") && json.contains("\"en\":{"), "{json}");
    assert!(!json.contains("widget."));
}

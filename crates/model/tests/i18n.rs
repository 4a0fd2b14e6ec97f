//! The language files agree with each other and with the code: every language has exactly the
//! master's (`i18n/nl.toml`) keys with the same `{placeholders}`; every key is used by some code
//! (Rust or the element script); every key the code names exists. Languages other than Dutch and
//! English translate the catalogue's labels and helpline lines (`[vocabulary.<facet>]`,
//! `[helplines]`, `[situations]`): every id of `catalogue/vocabulary.toml`, `helplines.toml` and
//! `situations.toml` has a text there, and no text names an id the catalogue does not have.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use preventiewijzer_model::vocabulary::Facet;
use preventiewijzer_model::{Helpline, Lang, Term, Vocabulary};

/// Tables of translated catalogue data: not in the master text, checked against the catalogue.
const CATALOGUE_TABLES: [&str; 3] = ["vocabulary.", "helplines.", "situations."];

fn is_catalogue(key: &str) -> bool {
    CATALOGUE_TABLES.iter().any(|t| key.starts_with(t))
}

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
        for key in texts.keys().filter(|k| !master.contains_key(*k) && !is_catalogue(k)) {
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
    assert_eq!(Lang::parse("uk-UA").map(Lang::code), Some("uk"));
    assert_eq!(Lang::parse("ar_EG").map(Lang::code), Some("ar"));
    assert_eq!(Lang::parse("-"), None);
    assert!(!Lang::Nl.is_rtl());
    assert!(Lang::parse("ar").expect("Arabic is a language").is_rtl(), "Arabic is written right to left");
    for code in ["tr", "pl", "uk"] {
        assert!(!Lang::parse(code).unwrap_or_else(|| panic!("{code} is a language")).is_rtl());
    }
    let json = preventiewijzer_model::texts_json(&["js.", "exit."]);
    assert!(json.starts_with("{\"nl\":{") && json.contains("\"js.apology\":") && json.contains("\"en\":{"), "{json}");
    assert!(json.contains("\"exit.press_two\":\"Shift: druk nog 2 keer"), "the exit's count is in the element script: {json}");
    assert!(!json.contains("widget."));
    assert!(json.contains("\"ar\":{") && json.contains("\"meta.dir\":\"rtl\""), "the element script knows Arabic is right to left: {json}");
}

#[test]
fn other_languages_translate_every_catalogue_label_helpline_and_situation() {
    let langs = language_files();
    let catalogue = repo().join("catalogue");
    let vocab: Vocabulary = toml::from_str(&std::fs::read_to_string(catalogue.join("vocabulary.toml")).unwrap()).unwrap();
    #[derive(serde::Deserialize)]
    struct Helplines {
        helplines: Vec<Helpline>,
    }
    let helplines: Helplines = toml::from_str(&std::fs::read_to_string(catalogue.join("helplines.toml")).unwrap()).unwrap();
    let mut wanted = BTreeSet::new();
    for facet in Facet::ALL {
        for term in vocab.terms(facet) {
            wanted.insert(format!("vocabulary.{}.{}", facet.table(), term.id));
        }
    }
    for h in &helplines.helplines {
        wanted.insert(format!("helplines.{}", h.id));
    }
    #[derive(serde::Deserialize)]
    struct Situations {
        situations: Vec<preventiewijzer_model::catalogue::Situation>,
    }
    let situations: Situations = toml::from_str(&std::fs::read_to_string(catalogue.join("situations.toml")).unwrap()).unwrap();
    for s in &situations.situations {
        wanted.insert(format!("situations.{}", s.id));
    }
    let mut problems = Vec::new();
    for (lang, texts) in &langs {
        let have: BTreeSet<String> = texts.keys().filter(|k| is_catalogue(k)).cloned().collect();
        if lang == "nl" || lang == "en" {
            // Their labels and lines are the catalogue's own `nl` and `en` fields.
            problems.extend(have.iter().map(|k| format!("i18n/{lang}.toml: `{k}` belongs in the catalogue's `{lang}` field")));
            continue;
        }
        problems.extend(wanted.difference(&have).map(|k| format!("i18n/{lang}.toml: `{k}` is missing")));
        problems.extend(have.difference(&wanted).map(|k| format!("i18n/{lang}.toml: `{k}` names no id in the catalogue")));
        problems.extend(have.iter().filter(|k| texts[*k].trim().is_empty()).map(|k| format!("i18n/{lang}.toml: `{k}` is empty")));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn catalogue_labels_and_lines_come_from_the_language_file_or_fall_back_to_dutch() {
    let term = Term {
        id: "sexting".into(),
        nl: "Sexting-nl".into(),
        en: "Sexting-en".into(),
        description: String::new(),
        synonyms: vec![],
        parent: None,
        rank: None,
        age_min: None,
        age_max: None,
        local: false,
    };
    assert_eq!(term.label(Facet::Topics, Lang::Nl), "Sexting-nl");
    assert_eq!(term.label(Facet::Topics, Lang::En), "Sexting-en");
    for lang in Lang::ALL.into_iter().filter(|l| !matches!(l, Lang::Nl | Lang::En)) {
        let own = lang.catalogue_text("vocabulary.topics.sexting").expect("every other language labels sexting");
        assert_eq!(term.label(Facet::Topics, lang), own);
        // An id no language file has: the Dutch label.
        let unknown = Term { id: "not-a-real-id".into(), ..term.clone() };
        assert_eq!(unknown.label(Facet::Topics, lang), "Sexting-nl");
    }
}

//! The interface languages and every fixed text a person sees, looked up by key. The texts are
//! data: one file per language in `i18n/` (`nl.toml` is the master text), compiled in by
//! `build.rs`. Adding a language is adding its file: [`Lang`] gets a variant, [`Lang::ALL`] lists
//! it, and `dir = "rtl"` in its `[meta]` makes [`Lang::is_rtl`] true. Labels of facet values and
//! the helplines' lines are catalogue data (`catalogue/vocabulary.toml`, `catalogue/helplines.toml`,
//! Dutch and English); a language other than those two translates them in its own file, in the
//! tables `[vocabulary.<facet>]` and `[helplines]` keyed by id, read with [`Lang::catalogue_text`].

use serde::{Deserialize, Serialize};

include!(concat!(env!("OUT_DIR"), "/lang.rs"));

impl Lang {
    /// A language id (case-insensitive, trimmed); a language tag with a region (`ar-EG`,
    /// `uk_UA`, as host pages write them) is its language. Anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        let primary = s.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language ids, for messages: `nl, en`.
    pub fn codes() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }

    /// The text of `key` (`widget.search_label`) in this language; the Dutch text when this
    /// language lacks the key (the i18n test reports that), the key itself when Dutch lacks it.
    pub fn text(self, key: &'static str) -> &'static str {
        let find = |table: &[(&'static str, &'static str)]| table.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| table[i].1);
        find(TEXTS[self as usize]).or_else(|| find(TEXTS[0])).unwrap_or(key)
    }

    /// The text of `key` with each `{name}` replaced by its value: `fill("age.years", &[("age", "12")])`.
    pub fn fill(self, key: &'static str, values: &[(&str, &str)]) -> String {
        let mut text = self.text(key).to_string();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    /// A translation of catalogue data in this language only (`vocabulary.topics.sexting`,
    /// `helplines.veilig-thuis`): `None` when the file has none, so the caller falls back to Dutch.
    pub fn catalogue_text(self, key: &str) -> Option<&'static str> {
        let table = TEXTS[self as usize];
        table.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| table[i].1)
    }

    /// Every key and text of this language (the test of the language files, the site build).
    pub fn texts(self) -> &'static [(&'static str, &'static str)] {
        TEXTS[self as usize]
    }
}

/// The texts under `prefixes` (`js.`, `exit.`) of every language as one JSON object,
/// `{"nl":{"js.apology":"…"},"en":{…}}`, with each language's `meta.dir`: the element script's
/// texts, written into it by the site build.
pub fn texts_json(prefixes: &[&str]) -> String {
    let json = |s: &str| {
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                // `<` too, so the object can never close a <script> it is written into.
                c if c.is_control() || c == '<' => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    };
    let langs: Vec<String> = Lang::ALL
        .iter()
        .map(|l| {
            let texts: Vec<String> = l
                .texts()
                .iter()
                .filter(|(k, _)| prefixes.iter().any(|p| k.starts_with(p)) || *k == "meta.dir")
                .map(|(k, v)| format!("{}:{}", json(k), json(v)))
                .collect();
            format!("{}:{{{}}}", json(l.code()), texts.join(","))
        })
        .collect();
    format!("{{{}}}", langs.join(","))
}

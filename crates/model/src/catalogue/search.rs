//! The shape of `catalogue/searches.toml`: example searches as people type them, each with the
//! materials a reader ranked best for it by reading the records (never by running the search).
//! The ranking leans toward what was ranked for example searches like the one typed
//! (`engine/examples.rs`); `catalogue/SEARCHES-NOTES.md` says how they were made.

use serde::{Deserialize, Serialize};

/// One example search and the materials ranked for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleSearch {
    /// Lowercase slug, for error messages.
    pub id: String,
    /// The words typed; empty when only filters were chosen.
    #[serde(default)]
    pub text: String,
    /// The audience filter chosen (`audiences` ids), if any.
    #[serde(default)]
    pub audiences: Vec<String>,
    /// The age chosen, if any.
    #[serde(default)]
    pub age: Option<u8>,
    /// The interface language (`nl`, `en`, …).
    pub lang: String,
    /// Material ids, best first, at most [`MAX_RANKED`].
    pub ranked: Vec<String>,
}

/// How many materials an example search ranks at most (one page of results).
pub const MAX_RANKED: usize = 10;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleSearches {
    pub search: Vec<ExampleSearch>,
}

/// The records' form of the example searches (`serde(with = "compact")`): each material id once
/// in `ids`, and each search as `[text, audiences, age, lang, [places in ids]]`. Search ids are
/// not stored (they only name a search in an error message).
pub mod compact {
    use super::ExampleSearch;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    type Row = (String, Vec<String>, Option<u8>, String, Vec<u16>);

    #[derive(Serialize, Deserialize)]
    struct Compact {
        ids: Vec<String>,
        rows: Vec<Row>,
    }

    pub fn serialize<S: Serializer>(searches: &[ExampleSearch], s: S) -> Result<S::Ok, S::Error> {
        let mut ids: Vec<String> = Vec::new();
        let mut place = |id: &String| match ids.iter().position(|x| x == id) {
            Some(i) => i as u16,
            None => {
                ids.push(id.clone());
                (ids.len() - 1) as u16
            }
        };
        let rows: Vec<Row> =
            searches.iter().map(|e| (e.text.clone(), e.audiences.clone(), e.age, e.lang.clone(), e.ranked.iter().map(&mut place).collect())).collect();
        Compact { ids, rows }.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<ExampleSearch>, D::Error> {
        let Compact { ids, rows } = Compact::deserialize(d)?;
        let id =
            |i: u16| ids.get(usize::from(i)).cloned().ok_or_else(|| serde::de::Error::custom(format!("example search ranks place {i} of {} ids", ids.len())));
        rows.into_iter()
            .enumerate()
            .map(|(n, (text, audiences, age, lang, ranked))| {
                Ok(ExampleSearch { id: format!("search-{}", n + 1), text, audiences, age, lang, ranked: ranked.into_iter().map(id).collect::<Result<_, _>>()? })
            })
            .collect()
    }
}

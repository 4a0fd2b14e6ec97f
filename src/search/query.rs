//! What the user asks: who they are (audience, age, risk groups), what about (topics) and text.

use serde::{Deserialize, Serialize};

/// Language of labels and explanations.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// `nl` or `en` (case-insensitive); anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A search. Every list is a hard filter when non-empty (any of its values matches); unknown ids
/// match nothing, so callers validate ids first ([`crate::Engine::unknown_ids`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Query {
    /// Free text, as typed. Never a parse error; the last word counts as a prefix.
    pub text: String,
    /// Audience ids; a sub-type also matches its parent and vice versa.
    pub audiences: Vec<String>,
    /// Age of the young person; materials whose known range excludes it are never shown.
    pub age: Option<u8>,
    pub topics: Vec<String>,
    pub risk_groups: Vec<String>,
    /// Language of the explanations (`why`) and labels.
    pub lang: Lang,
    /// Maximum number of hits returned.
    pub limit: usize,
}

impl Default for Query {
    fn default() -> Self {
        Query {
            text: String::new(),
            audiences: Vec::new(),
            age: None,
            topics: Vec::new(),
            risk_groups: Vec::new(),
            lang: Lang::Nl,
            limit: 20,
        }
    }
}

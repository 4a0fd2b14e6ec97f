//! What the user asks: who they are (audience, age or school level, risk groups), what about
//! (topics, format, stage, cost, language, region), free text, and how to order and page.

use serde::{Deserialize, Serialize};

pub use preventiewijzer_model::Lang;

/// Result order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Best fit first (text relevance plus profile fit).
    #[default]
    Relevance,
    /// Most recently recognised first (evidence date); materials without a date last.
    Newest,
    /// Alphabetical by title.
    Title,
    /// Strongest recognition first (the evidence level's rank: effective, well founded, well
    /// described, assessed without recognition); within a level best fit first; unknown last.
    Evidence,
}

impl Sort {
    pub fn parse(s: &str) -> Option<Sort> {
        match s.trim().to_ascii_lowercase().as_str() {
            "relevance" => Some(Sort::Relevance),
            "newest" => Some(Sort::Newest),
            "title" => Some(Sort::Title),
            "evidence" => Some(Sort::Evidence),
            _ => None,
        }
    }
}

/// A search. Every list is a hard filter when non-empty (any of its values matches; different
/// lists must all match). Unknown ids match nothing, so callers check them first
/// ([`crate::Engine::unknown_ids`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Query {
    /// Free text, as typed. Never a parse error; the last word counts as a prefix while typing
    /// (no trailing space).
    pub text: String,
    /// Audience ids; a sub-type also matches its parent and vice versa.
    pub audiences: Vec<String>,
    /// Age of the young person; materials whose known range excludes it are never shown.
    pub age: Option<u8>,
    /// A school level as an id (`vmbo-2`) or as people write it (`klas 2 vmbo`, `groep 7`);
    /// turned into ages by the vocabulary. Ignored when `age` is set.
    pub school_level: Option<String>,
    pub topics: Vec<String>,
    pub risk_groups: Vec<String>,
    pub formats: Vec<String>,
    pub stages: Vec<String>,
    pub costs: Vec<String>,
    /// Language ids of the material (`nl`, `en`, …).
    pub languages: Vec<String>,
    pub regions: Vec<String>,
    /// A situation of `situations.toml` chosen by a tap ("mijn kind wordt afgeperst"): leans
    /// the ranking toward its topics and brings its advice and help, as if the user had
    /// described it. An unknown id is ignored.
    pub situation: Option<String>,
    /// Recognition levels (`evidence_levels` ids: `goed-onderbouwd`, …); a material whose
    /// level is unknown matches none.
    pub evidence: Vec<String>,
    pub sort: Sort,
    /// 1-based page number.
    pub page: usize,
    /// Page size (hits per page).
    pub limit: usize,
    /// Language of the explanations (`why`), labels and suggestions.
    pub lang: Lang,
}

impl Default for Query {
    fn default() -> Self {
        Query {
            text: String::new(),
            audiences: Vec::new(),
            age: None,
            school_level: None,
            topics: Vec::new(),
            risk_groups: Vec::new(),
            formats: Vec::new(),
            stages: Vec::new(),
            costs: Vec::new(),
            languages: Vec::new(),
            regions: Vec::new(),
            situation: None,
            evidence: Vec::new(),
            sort: Sort::Relevance,
            page: 1,
            limit: 20,
            lang: Lang::Nl,
        }
    }
}

//! What the engine answers: ranked hits with their reasons, facet counts and suggestions.

use serde::{Deserialize, Serialize};

pub use crate::situation::SituationHelp;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Results {
    /// The hits of the requested page, best first.
    pub hits: Vec<Hit>,
    /// How many materials match the query in all.
    pub total: usize,
    pub facets: Facets,
    /// Help when there are few or no results.
    pub suggestions: Suggestions,
    /// The situation the query describes (or the one tapped), with its advice and helplines;
    /// the widget shows them above the results when the situation is acute.
    #[serde(default)]
    pub situation: Option<SituationHelp>,
}

/// One material in the results, with the fields a card shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub id: String,
    pub title: String,
    pub url: Option<String>,
    pub publisher: Option<String>,
    /// Summary in the query's language (Dutch when no English one exists).
    pub summary: String,
    /// A short part of the summary with the matched words marked (empty without text).
    pub snippet: Vec<SnippetPart>,
    pub format: String,
    pub audiences: Vec<String>,
    pub age_min: Option<u8>,
    pub age_max: Option<u8>,
    pub topics: Vec<String>,
    pub risk_groups: Vec<String>,
    pub evidence: Option<String>,
    pub cost: String,
    pub duration: Option<String>,
    pub score: f32,
    /// Why this material fits, as short labels in the query's language.
    pub why: Vec<String>,
    /// From the host's local catalogue folder (its region is a local one): shown "in uw regio".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub local: bool,
}

/// A piece of snippet text; `marked` pieces matched the user's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnippetPart {
    pub text: String,
    pub marked: bool,
}

/// For every value of a facet: how many results there would be with that value added.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facets {
    pub audiences: Vec<FacetCount>,
    pub topics: Vec<FacetCount>,
    pub risk_groups: Vec<FacetCount>,
    pub formats: Vec<FacetCount>,
    pub stages: Vec<FacetCount>,
    pub costs: Vec<FacetCount>,
    pub languages: Vec<FacetCount>,
    pub regions: Vec<FacetCount>,
    /// Recognition levels (erkenning).
    pub evidence: Vec<FacetCount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCount {
    pub id: String,
    pub count: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Suggestions {
    /// The single filter whose removal gives the most results, when results are few.
    pub drop_filter: Option<DropFilter>,
    /// The text with misspelled words replaced by words from the catalogue.
    pub spelling: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DropFilter {
    /// Query field (`audiences`, `age`, `topics`, …).
    pub field: String,
    /// The value to drop (an id, or the age).
    pub value: String,
    /// Its label in the query's language.
    pub label: String,
    /// Results without it.
    pub total: usize,
}

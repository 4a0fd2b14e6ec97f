//! What the engine answers: ranked hits with their reasons, and facet counts.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Results {
    /// The best `limit` hits, best first.
    pub hits: Vec<Hit>,
    /// How many materials match the query in all.
    pub total: usize,
    pub facets: Facets,
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
    pub format: String,
    pub audiences: Vec<String>,
    pub age_min: Option<u8>,
    pub age_max: Option<u8>,
    pub topics: Vec<String>,
    pub risk_groups: Vec<String>,
    pub evidence: Option<String>,
    pub cost: String,
    pub score: f32,
    /// Why this material fits, as short labels in the query's language.
    pub why: Vec<String>,
}

/// For every value of a facet: how many results there would be with that value added.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facets {
    pub audiences: Vec<FacetCount>,
    pub topics: Vec<FacetCount>,
    pub risk_groups: Vec<FacetCount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCount {
    pub id: String,
    pub count: usize,
}

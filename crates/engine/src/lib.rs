//! Search: a [`Query`] (a user profile plus text) in, ranked [`Results`] out. Both are serde
//! types so the engine can sit behind any boundary (wasm-bindgen, a Web Worker, the CLI's JSON).
//!
//! Two tiers answer the same `Query` with the same pipeline and differ only in where text
//! relevance comes from (the [`TextScorer`](scorer) seam): tier 1 ([`tier1`]) scores precomputed
//! stems and needs no tantivy; tier 2 ([`tier2`], feature `tier2`) is tantivy's BM25 with Dutch
//! stemming. The engine then applies the hard filters the user chose, adds the fit to the profile
//! ([`fit`]), counts facets and explains every hit. It never touches the DOM and does no I/O.

pub mod card;
pub mod dutch;
mod engine;
pub mod english;
pub mod filters;
pub mod fit;
mod lexicon;
mod query;
mod results;
mod scorer;
pub mod situation;
mod snippet;
#[cfg(feature = "stemmer")]
pub mod stem;
pub mod stopwords;
mod tags;
pub mod text;
pub mod tier1;
#[cfg(feature = "tier2")]
pub mod tier2;
pub mod why;

pub(crate) use preventiewijzer_model::{catalogue, vocabulary};

pub use engine::{Engine, EngineError};
pub use query::{Lang, Query, Sort};
pub use results::{DropFilter, FacetCount, Facets, Hit, Results, SituationHelp, SnippetPart, Suggestions};
pub use scorer::Tier;
pub use tags::{tag, tags};

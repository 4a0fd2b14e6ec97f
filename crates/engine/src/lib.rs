//! Search: a [`Query`] (a user profile plus text) in, ranked [`Results`] out. Both are serde
//! types so the engine can sit behind any boundary (wasm-bindgen, a Web Worker, the CLI's JSON).
//!
//! Two tiers answer the same `Query` with the same pipeline and differ only in where text
//! relevance comes from (the [`TextScorer`](scorer) seam): tier 1 ([`tier1`]) scores precomputed
//! stems and needs no tantivy; tier 2 ([`tier2`], feature `tier2`) is tantivy's BM25 with Dutch
//! stemming. [`Engine::search`] passes a query through the stages of `pipeline` in order:
//! understand the text, gather candidates (the tier's part), apply the hard filters the user
//! chose, fit to the profile, explain the shown hits, count facets, suggest. It never touches the
//! DOM and does no I/O.

pub mod card;
mod dutch;
mod engine;
mod english;
pub mod facets;
mod json_parts;
mod lexicon;
mod pipeline;
pub mod protocol;
mod query;
mod results;
mod scorer;
mod situation;
mod snippet;
#[cfg(feature = "stemmer")]
mod stem;
mod stopwords;
mod tags;
mod text;
mod tier1;
#[cfg(feature = "tier2")]
pub mod tier2;
pub mod weights;

pub(crate) use preventiewijzer_model::{catalogue, vocabulary};

pub use engine::{Engine, EngineError};
pub use facets::{DropTarget, FilterFacet, FILTERS, FOLD_FILTERS_BELOW_PX};
pub use query::{Lang, Query, Sort};
pub use results::{DropFilter, FacetCount, Facets, Hit, Results, SituationHelp, SnippetPart, Suggestions};
pub use scorer::Tier;
pub use tags::{tag, tags};
pub use tier1::RecordsOpening;

// The engine's public API beyond `Engine::search`: what a card, the printed selection and the
// reducer need to say and check exactly what the engine does (the same age window, the same
// words, the same reasons). Everything else inside is private; the compiler keeps it so.
/// What both tiers put in the stemmer's place for a word it stems wrongly (tier 2's analyzer
/// rewrites it before stemming; the test against tantivy's own analyzer needs it too).
pub use dutch::normalize as dutch_normalize;
pub use pipeline::explain::{age_range, reasons};
pub use pipeline::filter::{age_window, passes, school_level_ages};
/// Tier 1's Dutch stemmer: the same stems as tier 2's tantivy analyzer (tested in testdata).
#[cfg(feature = "stemmer")]
pub use stem::analyze as dutch_stem;
pub use stopwords::DUTCH as DUTCH_STOPWORDS;
pub use text::{plain_words, words};
pub use weights::{WeightError, Weights};

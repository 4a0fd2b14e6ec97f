//! Search: a [`Query`] (a user profile plus text) in, ranked [`Results`] out. Both are serde
//! types so the engine can sit behind any boundary (wasm-bindgen, a Web Worker, the CLI's JSON).
//!
//! tantivy scores the text (BM25, Dutch stemming); the engine applies the hard filters the user
//! chose, adds the fit to the profile ([`fit`]), counts facets and explains every hit.

mod engine;
pub mod filters;
pub mod fit;
mod lexicon;
mod query;
mod results;
mod snippet;
pub mod stopwords;
pub mod text;
pub mod why;

pub use engine::{Engine, EngineError};
#[cfg(feature = "fulltext")]
pub use engine::{records, Packed};
pub use query::{Lang, Query, Sort};
pub use results::{DropFilter, FacetCount, Facets, Hit, Results, SnippetPart, Suggestions};

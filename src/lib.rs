//! Preventiewijzer engine: the prevention-material catalogue, its validation, the tantivy index
//! built from it, and the search that ranks materials for a user's profile.
//!
//! The engine is pure Rust: it never touches the DOM, does no I/O in the search path, and compiles
//! both natively (CLI, tests, build scripts) and to `wasm32-unknown-unknown` (the widget).
//! Data flow: `catalogue/` files → [`catalogue::load`] (validated [`Catalogue`]) →
//! [`index::build`] (packed bytes) → [`Engine::open`] → [`Engine::search`]`(&Query) -> Results`.

pub mod catalogue;
#[cfg(all(not(target_arch = "wasm32"), feature = "fulltext"))]
pub mod editor;
pub mod index;
#[cfg(all(not(target_arch = "wasm32"), feature = "fulltext"))]
pub mod relevance;
pub mod search;
pub mod vocabulary;

pub use catalogue::{Catalogue, CatalogueError, Helpline, Material};
pub use search::{Engine, EngineError, FacetCount, Facets, Hit, Lang, Query, Results, Sort};
pub use vocabulary::{Term, Vocabulary};

//! The catalogue of Preventiewijzer as data: material and helpline types ([`catalogue`]), the
//! vocabulary of facet values with labels and synonyms ([`vocabulary`]), validation (the only
//! place deciding what is valid) and loading from `catalogue/`, and the interface languages
//! ([`Lang`]), and the coverage matrix ([`coverage`]). No search and no tantivy: every other
//! crate builds on this one.

pub mod catalogue;
pub mod coverage;
mod lang;
pub mod vocabulary;

pub use catalogue::{Catalogue, CatalogueError, Helpline, Material};
pub use lang::{texts_json, Lang};
pub use vocabulary::{Term, Vocabulary};

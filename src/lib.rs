//! The `preventiewijzer` command line's library (native only): its arguments ([`cli`]) and the editor tools ([`editor`]) the
//! binary dispatches to. The catalogue model, the engine and the indexer are their own crates
//! (`crates/model`, `crates/engine`, `crates/indexer`); see ARCHITECTURE.md.

pub mod cli;
pub mod editor;

pub(crate) use preventiewijzer_model::{catalogue, vocabulary, Catalogue, Lang};

//! The one seam between the tiers: where text relevance comes from. Everything else in a search
//! (filters, fit, facets, reasons, snippets, suggestions) is the same code in both tiers.
//!
//! A [`TextScorer`] turns a [`TextPlan`] (the typed words as stems, see [`crate::text`]) into
//! each matching material's raw score and the number of typed words it covers;
//! [`Weights::relevance`] scales both tiers' raw scores the same way. It is the tier's part of
//! the pipeline's second stage ([`crate::pipeline::candidates`]).

use crate::pipeline::candidates::Candidate;
use crate::text::TextPlan;
use crate::weights::Weights;

/// Which tier an engine is: tier 1 (the widget's first answer, no tantivy) or tier 2 (tantivy).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    /// Field-weighted matches of precomputed stems ([`crate::tier1`]).
    One,
    /// BM25 over the tantivy index with Dutch stemming (`crate::tier2`).
    Two,
}

/// Text relevance of materials for a plan of typed words.
pub(crate) trait TextScorer: Send + Sync {
    fn tier(&self) -> Tier;

    /// The materials the text matches with their relevance (0–1, see [`Weights::relevance`]),
    /// weighed by the text knobs of `w`. Called only with a plan that holds at least one word.
    fn candidates(&self, plan: &TextPlan, materials: usize, w: &Weights) -> Vec<Candidate>;
}

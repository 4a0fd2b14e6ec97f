//! The engine: one catalogue, one text scorer (tier 1 or tier 2, see [`crate::scorer`]), and
//! [`Engine::search`], which passes each [`Query`] through the stages of [`crate::pipeline`]
//! the same way in both tiers.

use std::collections::HashSet;
use std::fmt;

use crate::catalogue::{Catalogue, Material};
use crate::facets::FILTERS;
use crate::lexicon::Lexicon;
use crate::pipeline::filter::{self, FacetIndex};
use crate::pipeline::fit::evidence_year;
use crate::pipeline::{candidates, explain, facet_counts, fit, suggest, understand};
use crate::results::Results;
use crate::scorer::{TextScorer, Tier};
use crate::situation::Matcher;
use crate::tags::tags;
use crate::vocabulary::{Facet, Vocabulary};
use crate::weights::Weights;
use crate::Query;

mod examples;
mod help;

pub(crate) use examples::{Examples, ExamplesBuilder, EXAMPLES_PER_STEP};

#[derive(Debug)]
pub enum EngineError {
    /// The records or the packed index are not what the indexer writes.
    Packed(String),
    /// tantivy could not open the index (tier 2).
    Index(String),
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::Packed(m) => write!(f, "the packed catalogue is damaged: {m}"),
            EngineError::Index(e) => write!(f, "the search index failed: {e}"),
        }
    }
}

impl std::error::Error for EngineError {}

/// A searchable catalogue in one tier. Its fields are what the pipeline's stages read (they
/// are private to the crate; the widget sees only the methods).
pub struct Engine {
    pub(crate) catalogue: Catalogue,
    /// The tier's text scorer (the one seam between the tiers).
    pub(crate) text: Box<dyn TextScorer>,
    /// The stem table, and each material's stems per field as ids into it (see
    /// [`crate::tier1::Records`]).
    pub(crate) stems: Vec<String>,
    pub(crate) fields: Vec<[Vec<u32>; 4]>,
    /// Each material's facet tags.
    pub(crate) tags: Vec<HashSet<String>>,
    /// Each material's facet values as vocabulary term indices (filters and facet counts).
    pub(crate) facets: FacetIndex,
    /// Each material's place in the catalogue ordered by title, and by lowercased title: the
    /// sorts compare these numbers instead of strings (equal titles get equal ranks).
    pub(crate) title_rank: Vec<u32>,
    pub(crate) title_lower_rank: Vec<u32>,
    pub(crate) lexicon: Lexicon,
    pub(crate) situations: Matcher,
    /// For each situation, the materials that are the same service as one of its helplines
    /// (see [`help::situation_services`]).
    pub(crate) situation_services: Vec<Vec<usize>>,
    /// For each situation, the materials it lists as made for its people, in its order (see
    /// [`help::situation_materials`]).
    pub(crate) situation_materials: Vec<Vec<usize>>,
    /// The example searches, ready to compare with a query (see [`Examples::lean`]).
    pub(crate) examples: Examples,
    /// The newest recognition year in the catalogue (freshness counts from it).
    pub(crate) newest_year: Option<u16>,
    pub(crate) weights: Weights,
}

impl Engine {
    pub(crate) fn assemble(
        catalogue: Catalogue,
        tags: Vec<HashSet<String>>,
        text: Box<dyn TextScorer>,
        lexicon: Lexicon,
        stems: Vec<String>,
        fields: Vec<[Vec<u32>; 4]>,
        examples: Examples,
    ) -> Engine {
        let newest_year = catalogue.materials.iter().filter_map(evidence_year).max();
        let facets = FacetIndex::new(&catalogue.materials, &catalogue.vocabulary);
        let title_rank = ranks(&catalogue.materials, |m| m.title.clone());
        let title_lower_rank = ranks(&catalogue.materials, |m| m.title.to_lowercase());
        let situations = Matcher::new(lexicon.situations.clone());
        let situation_services = help::situation_services(&catalogue);
        let situation_materials = help::situation_materials(&catalogue);
        Engine {
            catalogue,
            text,
            stems,
            fields,
            tags,
            facets,
            title_rank,
            title_lower_rank,
            lexicon,
            situations,
            situation_services,
            situation_materials,
            examples,
            newest_year,
            weights: Weights::default(),
        }
    }

    /// Which tier this engine is.
    pub fn tier(&self) -> Tier {
        self.text.tier()
    }

    /// Replaces the ranking weights (for tuning against the judged set); a knob outside its
    /// range is refused and the weights stay as they were.
    pub fn set_weights(&mut self, weights: Weights) -> Result<(), crate::weights::WeightError> {
        self.weights = weights.check()?;
        Ok(())
    }

    pub fn vocabulary(&self) -> &Vocabulary {
        &self.catalogue.vocabulary
    }

    pub fn materials(&self) -> &[Material] {
        &self.catalogue.materials
    }

    /// The ids in `q` that are not in the vocabulary, as `(facet, id)`, plus an unknown school
    /// level (as `(Facet::SchoolLevels, text)`).
    pub fn unknown_ids<'q>(&self, q: &'q Query) -> Vec<(Facet, &'q str)> {
        let v = self.vocabulary();
        let mut unknown: Vec<(Facet, &str)> =
            FILTERS.iter().flat_map(|f| f.chosen(q).iter().filter(|id| v.term(f.facet, id).is_none()).map(|id| (f.facet, id.as_str()))).collect();
        if let Some(level) = q.school_level.as_deref().filter(|l| filter::school_level_ages(l, v).is_none()) {
            unknown.push((Facet::SchoolLevels, level));
        }
        unknown
    }

    /// [`Engine::search`] over JSON, for JavaScript callers (the widget's tests, the worker): a
    /// `Query` in, an [`Answer`](crate::protocol::Answer) out (`Results`, or `{"error": "…"}`
    /// for a query that is not valid JSON).
    pub fn search_json(&self, query: &str) -> String {
        crate::protocol::answer_json(Some(self), query)
    }

    /// Ranked, filtered, explained results for `query`: its stages in order, each a module of
    /// `pipeline`. Never fails and never panics on any input: text without words does
    /// not filter, and an index error degrades to "no text match".
    pub fn search(&self, query: &Query) -> Results {
        let understood = understand::understand(self, query);
        let candidates = candidates::gather(self, &understood);
        let passing = filter::apply(self, &understood, &candidates);
        let ranking = fit::rank(self, &understood, passing);
        let total = ranking.len();
        let (hits, situation) = explain::page(self, &understood, ranking);
        let facets = facet_counts::count(self, &understood, &candidates);
        let suggestions = suggest::suggest(self, &understood, &candidates, total);
        Results { hits, total, facets, suggestions, situation }
    }
}

/// Each material's facet tags, as a set.
pub(crate) fn material_tags(c: &Catalogue) -> Vec<HashSet<String>> {
    c.materials.iter().map(|m| tags(m).into_iter().collect()).collect()
}

/// Each material's place when ordered by `key` (ties share a place).
fn ranks(materials: &[Material], key: impl Fn(&Material) -> String) -> Vec<u32> {
    let keys: Vec<String> = materials.iter().map(key).collect();
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|a, b| keys[*a].cmp(&keys[*b]));
    let mut ranks = vec![0; keys.len()];
    for (place, w) in order.windows(2).enumerate() {
        ranks[w[1]] = if keys[w[1]] == keys[w[0]] { ranks[w[0]] } else { place as u32 + 1 };
    }
    ranks
}

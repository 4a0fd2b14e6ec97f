//! Stage 3, filter: the hard filters the user chose, and the index of facet values they (and
//! the facet counts, [`crate::pipeline::facet_counts`]) compare. A filter applies only when the
//! user chose it; within a facet any chosen value matches, across facets all must match. Age (or
//! a school level) excludes materials whose *known* range lies outside it; unknown ranges stay in.

use std::collections::HashMap;

use crate::catalogue::Material;
use crate::engine::Engine;
use crate::facets::{values, FILTERS};
use crate::pipeline::candidates::Candidate;
use crate::pipeline::understand::Understood;
use crate::vocabulary::{Facet, Vocabulary};
use crate::Query;

/// Stage 3: the candidates that pass every hard filter of the query, in the order found.
pub(crate) fn apply(engine: &Engine, understood: &Understood, candidates: &[Candidate]) -> Vec<Candidate> {
    passing(engine, &understood.chosen, understood.window, candidates).collect()
}

/// The candidates that pass the `chosen` filters and the age `window` (also what
/// [`crate::pipeline::suggest`] counts for a query without one of its filters).
pub(crate) fn passing<'c>(
    engine: &'c Engine,
    chosen: &'c ChosenTerms,
    window: Option<(u8, u8)>,
    candidates: &'c [Candidate],
) -> impl Iterator<Item = Candidate> + 'c {
    let materials = &engine.catalogue.materials;
    candidates.iter().copied().filter(move |c| chosen.passes(&engine.facets, c.material, &materials[c.material], window))
}

/// Whether the material matches one chosen value. Audiences follow the hierarchy: a sub-type
/// matches its parent and the parent matches its sub-types.
pub fn matches(m: &Material, f: Facet, chosen: &str, vocab: &Vocabulary) -> bool {
    values(m, f).iter().any(|v| value_matches(f, v, chosen, vocab))
}

/// Whether one value of a material matches one chosen value (see [`matches`]).
fn value_matches(f: Facet, value: &str, chosen: &str, vocab: &Vocabulary) -> bool {
    value == chosen || (f == Facet::Audiences && (vocab.audience_parent(value) == Some(chosen) || vocab.audience_parent(chosen) == Some(value)))
}

pub fn passes_facet(m: &Material, f: Facet, chosen: &[String], vocab: &Vocabulary) -> bool {
    chosen.is_empty() || chosen.iter().any(|c| matches(m, f, c, vocab))
}

/// The ages the query is about: `age`, else the school level's ages.
pub fn age_window(query: &Query, vocab: &Vocabulary) -> Option<(u8, u8)> {
    query.age.map(|a| (a, a)).or_else(|| query.school_level.as_deref().and_then(|s| school_level_ages(s, vocab)))
}

/// Ages of a school level given as an id, label or synonym ("klas 2 vmbo"); when a phrase names
/// several levels ("basisschool"), the union of their ages.
pub fn school_level_ages(level: &str, vocab: &Vocabulary) -> Option<(u8, u8)> {
    let norm = |s: &str| s.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    let wanted = norm(level);
    if wanted.is_empty() {
        return None;
    }
    let exact: Vec<_> = vocab.school_levels.iter().filter(|t| norm(&t.id) == wanted || norm(&t.nl) == wanted).collect();
    let found = if exact.is_empty() { vocab.school_levels.iter().filter(|t| t.synonyms.iter().any(|s| norm(s) == wanted)).collect() } else { exact };
    let lo = found.iter().filter_map(|t| t.age_min).min()?;
    let hi = found.iter().filter_map(|t| t.age_max).max()?;
    Some((lo, hi))
}

/// The ages of a material's school levels, from the vocabulary ("groep 1" is 4–5): the lowest
/// and highest of them, or `None` when it states no level with known ages. The ranking and the
/// why line use it for material that states no age; the age filter does not.
pub fn school_level_span(m: &Material, vocab: &Vocabulary) -> Option<(u8, u8)> {
    let levels = || m.school_levels.iter().filter_map(|l| vocab.term(Facet::SchoolLevels, l));
    Some((levels().filter_map(|t| t.age_min).min()?, levels().filter_map(|t| t.age_max).max()?))
}

/// Whether the material's known age range overlaps the window.
pub fn age_allows(m: &Material, window: Option<(u8, u8)>) -> bool {
    window.is_none_or(|(lo, hi)| m.age_min.is_none_or(|a| a <= hi) && m.age_max.is_none_or(|a| a >= lo))
}

/// Whether `m` passes every hard filter of `query`: the plain reference of [`ChosenTerms::passes`]
/// (the relevance check uses it to catch what the engine lets through).
pub fn passes(m: &Material, query: &Query, window: Option<(u8, u8)>, vocab: &Vocabulary) -> bool {
    age_allows(m, window) && FILTERS.iter().all(|f| passes_facet(m, f.facet, f.chosen(query), vocab))
}

/// Per material and filter facet (in [`FILTERS`] order): the indices of the vocabulary terms
/// the material [`matches`] (the audience hierarchy included). Computed once when the engine
/// opens, so filtering and facet counting over thousands of materials compare small numbers
/// instead of looking ids up in the vocabulary for every material and every value.
pub struct FacetIndex {
    terms: Vec<[Vec<u16>; FILTERS.len()]>,
}

impl FacetIndex {
    pub fn new(materials: &[Material], vocab: &Vocabulary) -> FacetIndex {
        // The terms one value matches, worked out once per value rather than per material.
        let mut by_value: [HashMap<&str, Vec<u16>>; FILTERS.len()] = Default::default();
        let terms = materials
            .iter()
            .map(|m| {
                std::array::from_fn(|f| {
                    let facet = FILTERS[f].facet;
                    let mut matched: Vec<u16> = Vec::new();
                    for v in values(m, facet) {
                        let terms = by_value[f].entry(v).or_insert_with(|| {
                            let terms = vocab.terms(facet).iter().enumerate();
                            terms.filter(|(_, t)| value_matches(facet, v, &t.id, vocab)).map(|(k, _)| k as u16).collect()
                        });
                        matched.extend_from_slice(terms);
                    }
                    matched.sort_unstable();
                    matched.dedup();
                    matched
                })
            })
            .collect();
        FacetIndex { terms }
    }

    /// The term indices material `i` matches in facet `FILTERS[f]`.
    pub fn terms(&self, i: usize, f: usize) -> &[u16] {
        &self.terms[i][f]
    }
}

/// A query's chosen values as term indices per filter facet (in [`FILTERS`] order), `None`
/// where nothing is chosen. An id that is not in the vocabulary has no index: like in
/// [`passes_facet`], it matches no material of a validated catalogue.
pub struct ChosenTerms([Option<Vec<u16>>; FILTERS.len()]);

impl ChosenTerms {
    pub fn new(query: &Query, vocab: &Vocabulary) -> ChosenTerms {
        ChosenTerms(FILTERS.map(|f| {
            let ids = f.chosen(query);
            let terms = vocab.terms(f.facet);
            (!ids.is_empty()).then(|| terms.iter().enumerate().filter(|(_, t)| ids.contains(&t.id)).map(|(k, _)| k as u16).collect())
        }))
    }

    /// Whether anything is chosen in facet `FILTERS[f]`.
    pub fn any(&self, f: usize) -> bool {
        self.0[f].is_some()
    }

    /// [`passes_facet`] for material `i` and facet `FILTERS[f]`.
    pub fn passes_facet(&self, index: &FacetIndex, i: usize, f: usize) -> bool {
        self.0[f].as_ref().is_none_or(|chosen| index.terms(i, f).iter().any(|k| chosen.contains(k)))
    }

    /// [`passes`] for material `i` (with its `m`).
    pub fn passes(&self, index: &FacetIndex, i: usize, m: &Material, window: Option<(u8, u8)>) -> bool {
        age_allows(m, window) && (0..FILTERS.len()).all(|f| self.passes_facet(index, i, f))
    }
}

//! Stage 6, count facets: for every value of every filter facet, how many results the query
//! would have if the user added that value. Counted over the candidates, so the counts follow
//! the typed text as well as the other chosen filters.

use crate::engine::Engine;
use crate::facets::{FacetCount, Facets, FILTERS};
use crate::pipeline::candidates::Candidate;
use crate::pipeline::filter::age_allows;
use crate::pipeline::understand::Understood;

/// Stage 6: the facet counts of the query's candidates.
pub(crate) fn count(engine: &Engine, understood: &Understood, candidates: &[Candidate]) -> Facets {
    let (vocab, index, chosen) = (engine.vocabulary(), &engine.facets, &understood.chosen);
    let mut counts: [Vec<usize>; FILTERS.len()] = FILTERS.map(|f| vec![0; vocab.terms(f.facet).len()]);
    for i in candidates.iter().map(|c| c.material) {
        if !age_allows(&engine.catalogue.materials[i], understood.window) {
            continue;
        }
        // A material counts in facet f when it passes every other chosen filter: with no
        // failing facet it counts in all of them, with one only there, with more nowhere.
        let mut failing = (0..FILTERS.len()).filter(|f| !chosen.passes_facet(index, i, *f));
        let count_in = match (failing.next(), failing.next()) {
            (None, _) => 0..FILTERS.len(),
            (Some(f), None) => f..f + 1,
            (Some(_), Some(_)) => continue,
        };
        for f in count_in {
            // Already passing a chosen value of f: adding any value of f keeps it.
            if chosen.any(f) && chosen.passes_facet(index, i, f) {
                counts[f].iter_mut().for_each(|c| *c += 1);
            } else {
                for k in index.terms(i, f) {
                    counts[f][*k as usize] += 1;
                }
            }
        }
    }
    let mut counts = counts.into_iter();
    Facets::new(FILTERS.map(|f| {
        let counts = counts.next().unwrap_or_default();
        vocab.terms(f.facet).iter().zip(counts).map(|(t, count)| FacetCount { id: t.id.clone(), count }).collect()
    }))
}

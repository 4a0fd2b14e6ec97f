//! Stage 2, gather candidates: the materials the text matches, each with its text relevance.
//! The tier decides how: its [`TextScorer`](crate::scorer::TextScorer) (tier 1's stem postings
//! or tier 2's tantivy BM25) is the only part of a search that differs between the tiers.

use crate::engine::Engine;
use crate::pipeline::understand::Understood;

/// A material the search considers, with its text relevance.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    /// Its place in the catalogue's materials.
    pub(crate) material: usize,
    /// Text relevance, 0–1 (see [`Weights::relevance`](crate::weights::Weights::relevance));
    /// 0 without text.
    pub(crate) relevance: f32,
    /// Bonus for being the same service as a helpline the query's situation names (see
    /// [`Weights::helpline_service`](crate::weights::Weights::helpline_service)); 0 otherwise.
    pub(crate) service: f32,
}

impl Candidate {
    /// A candidate found by its text (or by none), without a service bonus.
    pub(crate) fn new(material: usize, relevance: f32) -> Candidate {
        Candidate { material, relevance, service: 0.0 }
    }
}

/// Stage 2: every material with relevance 0 when the text holds no word; else the tier's
/// matches. A situation the query describes adds the materials on its topics that the words
/// missed ("older boyfriend" in an English query finds Dutch loverboy material), with relevance
/// 0: the situation's lean ranks them. So do the materials that are the same service as a
/// helpline the situation's sourced advice names (a young person's own story shares no word
/// with "Chat met Fier"), and these get the service bonus wherever they were found; and so do
/// the materials the situation lists as made for its people. So do the materials ranked for
/// example searches like the query ([`Understood::examples`]).
pub(crate) fn gather(engine: &Engine, understood: &Understood) -> Vec<Candidate> {
    let materials = &engine.catalogue.materials;
    let n = materials.len();
    let mut candidates = if understood.plan.is_empty() {
        (0..n).map(|material| Candidate::new(material, 0.0)).collect()
    } else {
        engine.text.candidates(&understood.plan, n, &engine.weights)
    };
    let situation = understood.situation.map(|found| (found, &engine.situation_services[found.index], &engine.situation_materials[found.index]));
    let related = |i: usize| {
        situation.is_some_and(|(found, services, listed)| {
            materials[i].topics.iter().any(|t| found.situation.topics.contains(t)) || services.contains(&i) || listed.contains(&i)
        }) || understood.example_lean(i) > 0.0
    };
    let mut have = vec![false; n];
    candidates.iter().for_each(|c| have[c.material] = true);
    candidates.extend((0..n).filter(|i| !have[*i] && related(*i)).map(|material| Candidate::new(material, 0.0)));
    if let Some((found, services, _)) = situation {
        let bonus = engine.weights.helpline_service * found.strength;
        candidates.iter_mut().filter(|c| services.contains(&c.material)).for_each(|c| c.service = bonus);
    }
    candidates
}

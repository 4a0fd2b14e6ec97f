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
}

/// Stage 2: every material with relevance 0 when the text holds no word; else the tier's
/// matches. A situation the query describes adds the materials on its topics that the words
/// missed ("older boyfriend" in an English query finds Dutch loverboy material), with relevance
/// 0: the situation's lean ranks them.
pub(crate) fn gather(engine: &Engine, understood: &Understood) -> Vec<Candidate> {
    let materials = &engine.catalogue.materials;
    let n = materials.len();
    if understood.plan.is_empty() {
        return (0..n).map(|material| Candidate { material, relevance: 0.0 }).collect();
    }
    let mut candidates = engine.text.candidates(&understood.plan, n, &engine.weights);
    if let Some(s) = understood.situation.map(|situation| situation.situation) {
        let mut have = vec![false; n];
        candidates.iter().for_each(|c| have[c.material] = true);
        let on_topic = |i: usize| materials[i].topics.iter().any(|t| s.topics.contains(t));
        candidates.extend((0..n).filter(|i| !have[*i] && on_topic(*i)).map(|material| Candidate { material, relevance: 0.0 }));
    }
    candidates
}

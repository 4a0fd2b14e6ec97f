//! Example searches (`catalogue/searches.toml`) as the ranking reads them: for each, the stems
//! of its words, its filters and the catalogue places of the materials a reader ranked for it.
//! A query leans toward what was ranked for the example searches most like it
//! ([`Examples::lean`]), the way a library's reference desk remembers what helped the last
//! people who asked alike.

use std::collections::HashMap;

use crate::catalogue::Catalogue;
use crate::lexicon::Lexicon;
use crate::text::words;
use crate::{Lang, Query};

/// How many of the most alike example searches a query reads. Measured on the judged set with
/// 2,418 example searches and `examples` 3 (tier 2 whole/natural): 5 → 0.8462/0.8249, 12 →
/// 0.8544/0.8406, 20 → 0.8577/0.8420, 30 → 0.8557/0.8385 (with 1,330 searches 5 was best:
/// the more searches, the more of them a query can read).
const NEAREST: usize = 20;

/// The example searches, ready to compare with a query.
#[derive(Default)]
pub(crate) struct Examples {
    searches: Vec<Example>,
    /// Each stem's rarity among the example searches (a stem in few of them tells more).
    idf: HashMap<String, f32>,
    /// The rarity of a stem no example search has.
    unseen: f32,
}

struct Example {
    /// The stems of its words, sorted, each once.
    stems: Vec<String>,
    /// The length of its stems' rarity vector.
    norm: f32,
    audiences: Vec<String>,
    age: Option<u8>,
    lang: Option<Lang>,
    /// Catalogue places, best first (ids this catalogue lacks are left out).
    ranked: Vec<usize>,
}

impl Examples {
    /// The catalogue's example searches, their words stemmed as typed words are
    /// ([`Lexicon::stem_typed`]). Worked out once, when the engine is assembled.
    pub(crate) fn new(catalogue: &Catalogue, lexicon: &Lexicon) -> Examples {
        let place: HashMap<&str, usize> = catalogue.materials.iter().enumerate().map(|(i, m)| (m.id.as_str(), i)).collect();
        let mut seen = HashMap::new();
        let mut searches: Vec<Example> = catalogue
            .searches
            .iter()
            .map(|e| Example {
                stems: stems(&e.text, lexicon, &mut seen),
                norm: 0.0,
                audiences: e.audiences.clone(),
                age: e.age,
                lang: Lang::parse(&e.lang),
                ranked: e.ranked.iter().filter_map(|id| place.get(id.as_str()).copied()).collect(),
            })
            .collect();
        let mut df: HashMap<&str, usize> = HashMap::new();
        for e in &searches {
            for s in &e.stems {
                *df.entry(s.as_str()).or_default() += 1;
            }
        }
        let n = searches.len() as f32;
        let rarity = |df: usize| (1.0 + n / (1 + df) as f32).ln();
        let idf: HashMap<String, f32> = df.into_iter().map(|(s, d)| (s.to_string(), rarity(d))).collect();
        for e in &mut searches {
            e.norm = e.stems.iter().map(|s| idf[s].powi(2)).sum::<f32>().sqrt();
        }
        Examples { searches, idf, unseen: rarity(0) }
    }

    /// Per catalogue place, 0–1: how high the [`NEAREST`] example searches most like the query
    /// ranked the material, each weighed by how alike it is (its words' shared rarity, and its
    /// audience, age and language against the query's chosen ones), a place lower counting
    /// less (1/log2(place + 1), as nDCG counts), all scaled by the square root of the best
    /// likeness (0–1). Empty when no example search is alike.
    pub(crate) fn lean(&self, query: &Query, stems: &[&str], materials: usize) -> Vec<f32> {
        let mut query_stems: Vec<&str> = stems.to_vec();
        query_stems.sort_unstable();
        query_stems.dedup();
        let rarity = |s: &str| self.idf.get(s).copied().unwrap_or(self.unseen);
        let norm = query_stems.iter().map(|s| rarity(s).powi(2)).sum::<f32>().sqrt();
        let mut alike: Vec<(f32, &Example)> = self
            .searches
            .iter()
            .map(|e| {
                let words = match (query_stems.is_empty(), e.stems.is_empty()) {
                    (true, true) => 1.0,
                    (false, false) => {
                        query_stems.iter().filter(|s| e.stems.binary_search_by(|x| x.as_str().cmp(s)).is_ok()).map(|s| rarity(s).powi(2)).sum::<f32>()
                            / (norm * e.norm)
                    }
                    _ => 0.0,
                };
                (words * filters_alike(query, e), e)
            })
            .filter(|(alike, _)| *alike > 0.0)
            .collect();
        if alike.is_empty() {
            return Vec::new();
        }
        alike.sort_by(|a, b| b.0.total_cmp(&a.0));
        alike.truncate(NEAREST);
        // Shares of the nearest searches, scaled by how alike the most alike one is: a query
        // only loosely like any example search leans less.
        let scale = alike[0].0.sqrt() / alike.iter().map(|(a, _)| a).sum::<f32>();
        let mut lean = vec![0.0; materials];
        for (a, e) in alike {
            for (place, m) in e.ranked.iter().enumerate() {
                lean[*m] += a * scale / ((place + 2) as f32).log2();
            }
        }
        lean
    }
}

/// How alike the chosen filters are, 0.12–1: the same audiences (or none on both sides) 1, one
/// side without 0.9, others 0.4; ages 6 or more years apart half; one language against another
/// 0.6.
fn filters_alike(query: &Query, e: &Example) -> f32 {
    let audiences = match (query.audiences.is_empty(), e.audiences.is_empty()) {
        (true, true) => 1.0,
        (false, false) if query.audiences == e.audiences => 1.0,
        (false, false) => 0.4,
        _ => 0.9,
    };
    let age = match (query.age, e.age) {
        (Some(a), Some(b)) => 1.0 - f32::from(a.abs_diff(b).min(6)) / 12.0,
        (None, None) => 1.0,
        _ => 0.8,
    };
    let lang = if e.lang == Some(query.lang) { 1.0 } else { 0.6 };
    audiences * age * lang
}

/// The stems of an example search's words: each word's own stem (a catalogue word's from the
/// lexicon, another's from the stemmer, as a typed word's) and the stems of a compound's parts,
/// without the words that carry no content in a question or only say an age. `seen` keeps each
/// word's stems for the next search (many share words).
fn stems(text: &str, lexicon: &Lexicon, seen: &mut HashMap<String, Vec<String>>) -> Vec<String> {
    let typed = words(text);
    let ages = crate::dutch::age_words(&typed);
    let mut out: Vec<String> = Vec::new();
    for (_, w) in typed.iter().enumerate().filter(|(i, w)| !crate::dutch::content_free(w) && !ages.contains(i)) {
        let of_word = seen.entry(w.clone()).or_insert_with(|| {
            let own = lexicon.stem_of(w).map(str::to_string).or_else(|| lexicon.stem_typed(w));
            let parts = lexicon.parts(w).into_iter().flat_map(|(h, t)| [h, t]).map(|part| lexicon.stem_of(&part).map_or(part.clone(), str::to_string));
            own.into_iter().chain(parts).collect()
        });
        out.extend(of_word.iter().cloned());
    }
    out.sort_unstable();
    out.dedup();
    out
}

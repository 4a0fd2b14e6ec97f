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
    /// Each stem the example searches have → its number (the index into `idf`).
    stem_ids: HashMap<String, u32>,
    /// Each stem's rarity among the example searches (a stem in few of them tells more).
    idf: Vec<f32>,
    /// The rarity of a stem no example search has.
    unseen: f32,
}

struct Example {
    /// The numbers of its words' stems, sorted, each once.
    stems: Vec<u32>,
    /// The length of its stems' rarity vector.
    norm: f32,
    audiences: Vec<String>,
    age: Option<u8>,
    lang: Option<Lang>,
    /// Catalogue places, best first (ids this catalogue lacks are left out).
    ranked: Vec<usize>,
}

/// How many example searches tier 1 stems in one opening step (a step must stay short on a slow
/// phone: `tier1::RecordsOpening`).
pub(crate) const EXAMPLES_PER_STEP: usize = 600;

/// [`Examples`] being worked out, a share of the searches at a time.
#[derive(Default)]
pub(crate) struct ExamplesBuilder {
    stem_ids: HashMap<String, u32>,
    /// Each word seen so far → the numbers of its stems (many searches share words).
    word_stems: HashMap<String, Vec<u32>>,
    searches: Vec<Example>,
}

impl ExamplesBuilder {
    /// Whether every example search of `catalogue` has been added.
    pub(crate) fn done(&self, catalogue: &Catalogue) -> bool {
        self.searches.len() >= catalogue.searches.len()
    }

    /// Adds the next `count` example searches of `catalogue`, their words stemmed as typed words
    /// are ([`Lexicon::stem_typed`]).
    pub(crate) fn add(&mut self, catalogue: &Catalogue, lexicon: &Lexicon, count: usize) {
        let places = super::help::material_places(catalogue);
        let from = self.searches.len();
        for e in catalogue.searches.iter().skip(from).take(count) {
            let typed = words(&e.text);
            let mut stems: Vec<u32> = Vec::new();
            for (_, w) in crate::dutch::content_words(&typed) {
                if let Some(known) = self.word_stems.get(w) {
                    stems.extend_from_slice(known);
                    continue;
                }
                let ids = &mut self.stem_ids;
                let of_word: Vec<u32> = word_stem_strings(w, lexicon)
                    .into_iter()
                    .map(|stem| {
                        let next = ids.len() as u32;
                        *ids.entry(stem).or_insert(next)
                    })
                    .collect();
                stems.extend_from_slice(&of_word);
                self.word_stems.insert(w.clone(), of_word);
            }
            stems.sort_unstable();
            stems.dedup();
            let ranked = e.ranked.iter().filter_map(|id| places.get(id.as_str()).copied()).collect();
            self.searches.push(Example { stems, norm: 0.0, audiences: e.audiences.clone(), age: e.age, lang: Lang::parse(&e.lang), ranked });
        }
    }

    /// The examples, with each stem's rarity among them.
    pub(crate) fn finish(self) -> Examples {
        let mut searches = self.searches;
        let mut df = vec![0usize; self.stem_ids.len()];
        for e in &searches {
            for s in &e.stems {
                df[*s as usize] += 1;
            }
        }
        let n = searches.len() as f32;
        let rarity = |df: usize| (1.0 + n / (1 + df) as f32).ln();
        let idf: Vec<f32> = df.into_iter().map(rarity).collect();
        for e in &mut searches {
            e.norm = e.stems.iter().map(|s| idf[*s as usize].powi(2)).sum::<f32>().sqrt();
        }
        Examples { searches, stem_ids: self.stem_ids, idf, unseen: rarity(0) }
    }
}

impl Examples {
    /// The catalogue's example searches, all at once (tier 2, in its worker).
    pub(crate) fn new(catalogue: &Catalogue, lexicon: &Lexicon) -> Examples {
        let mut b = ExamplesBuilder::default();
        b.add(catalogue, lexicon, catalogue.searches.len());
        b.finish()
    }

    /// Per catalogue place, 0–1: how high the [`NEAREST`] example searches most like the query
    /// ranked the material, each weighed by how alike it is (its words' shared rarity, and its
    /// audience, age and language against the query's chosen ones), a place lower counting
    /// less (1/log2(place + 1), as nDCG counts), all scaled by the square root of the best
    /// likeness (0–1). Empty when no example search is alike. `stems`: the query's, each once
    /// (as [`crate::text::TextPlan::meaning_stems`] gives them).
    pub(crate) fn lean(&self, query: &Query, stems: &[&str], materials: usize) -> Vec<f32> {
        // The query's stems by number; one no example search has adds only to its length.
        let known: Vec<u32> = stems.iter().filter_map(|s| self.stem_ids.get(*s).copied()).collect();
        let idf = |s: u32| self.idf[s as usize];
        let unknown = (stems.len() - known.len()) as f32;
        let norm = (known.iter().map(|s| idf(*s).powi(2)).sum::<f32>() + unknown * self.unseen.powi(2)).sqrt();
        let text = !stems.is_empty();
        let mut alike: Vec<(f32, &Example)> = self
            .searches
            .iter()
            .map(|e| {
                let words = match (text, !e.stems.is_empty()) {
                    (false, false) => 1.0,
                    (true, true) => known.iter().filter(|s| e.stems.binary_search(s).is_ok()).map(|s| idf(*s).powi(2)).sum::<f32>() / (norm * e.norm),
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

/// The stems of one word of an example search: its own stem (a catalogue word's from the
/// lexicon, another's from the stemmer, as a typed word's) and those of a compound's parts.
fn word_stem_strings(w: &str, lexicon: &Lexicon) -> Vec<String> {
    let own = lexicon.stem_of(w).map(str::to_string).or_else(|| lexicon.stem_typed(w));
    let parts = lexicon.parts(w).into_iter().flat_map(|(h, t)| [h, t]).map(|part| lexicon.stem_of(&part).map_or(part.clone(), str::to_string));
    own.into_iter().chain(parts).collect()
}

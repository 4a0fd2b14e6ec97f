//! Tier 1: the engine without tantivy, opened from the records the indexer writes (the catalogue,
//! a lexicon with every catalogue word's stem, and each material's stems per field). Text
//! relevance is a field-weighted count of matched stems, each weighed by its rarity (BM25's
//! inverse document frequency), over an inverted index built at open; typed words are stemmed
//! as tier 2 stems them with feature `stemmer` ([`crate::stem`]), else only looked up among the
//! catalogue's words.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::catalogue::{Catalogue, ExampleSearch};
use crate::engine::{Engine, EngineError, Examples, ExamplesBuilder, EXAMPLES_PER_STEP};
use crate::lexicon::{Lexicon, LexiconData};
use crate::pipeline::candidates::Candidate;
use crate::scorer::{TextScorer, Tier};
use crate::text::TextPlan;
use crate::weights::Weights;

/// The records the tier-1 engine opens: the catalogue, the lexicon (every catalogue word with
/// its stem, so nothing is stemmed at run time), each material's stems per field and the
/// catalogue's example searches (a member of their own, read in a step of their own).
#[derive(Serialize, Deserialize)]
pub(crate) struct Records {
    pub(crate) catalogue: Catalogue,
    pub(crate) lexicon: LexiconData,
    pub(crate) stems: Vec<String>,
    /// Per material: sorted stem ids of title, keywords, summary (both languages), publisher.
    pub(crate) fields: Vec<[Vec<u32>; 4]>,
    #[serde(default, with = "crate::catalogue::compact")]
    pub(crate) searches: Vec<ExampleSearch>,
}

/// Tier 1's inverted index, built when the records are opened (tier 2 has tantivy instead).
pub(crate) struct Postings {
    /// Stem → id into `stems` (the ids of [`Records::fields`]).
    stem_ids: HashMap<String, u32>,
    /// Per stem id the materials that have it (ascending), with the fields it is in (bit f for
    /// `Weights::field_boosts()[f]`).
    stems: Vec<Vec<(u32, u8)>>,
    /// Per facet tag the materials with it.
    tags: HashMap<String, Vec<u32>>,
}

impl Postings {
    fn new(stems: &[String], fields: &[[Vec<u32>; 4]], tags: &[HashSet<String>]) -> Postings {
        let mut p = Postings {
            stem_ids: stems.iter().enumerate().map(|(i, s)| (s.clone(), i as u32)).collect(),
            stems: vec![Vec::new(); stems.len()],
            tags: HashMap::new(),
        };
        for (i, per_field) in fields.iter().enumerate() {
            let i = i as u32;
            for (f, stems) in per_field.iter().enumerate() {
                for s in stems {
                    let postings = &mut p.stems[*s as usize];
                    match postings.last_mut() {
                        Some((last, in_fields)) if *last == i => *in_fields |= 1 << f,
                        _ => postings.push((i, 1 << f)),
                    }
                }
            }
            for t in &tags[i as usize] {
                p.tags.entry(t.clone()).or_default().push(i);
            }
        }
        p
    }

    /// Adds `weight` × the stem's rarity ([`idf`]) × each field's boost to `scores` for every
    /// material with stem `s`.
    fn add_stem(&self, s: u32, weight: f32, boosts: &[f32; 4], scores: &mut [f32], mut each: impl FnMut(usize)) {
        let postings = &self.stems[s as usize];
        let weight = weight * idf(postings.len(), scores.len());
        for (i, in_fields) in postings {
            let i = *i as usize;
            for (f, boost) in boosts.iter().enumerate() {
                if in_fields & (1 << f) != 0 {
                    scores[i] += weight * boost;
                }
            }
            each(i);
        }
    }
}

/// How telling a stem or tag is that `df` of `n` materials have: BM25's inverse document
/// frequency, as tier 2 weighs it ("praten" and "kind" say less than "naaktfoto").
fn idf(df: usize, n: usize) -> f32 {
    let (df, n) = (df as f32, n as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

impl TextScorer for Postings {
    fn tier(&self) -> Tier {
        Tier::One
    }

    /// Tier 1: for each typed word, its stems found in title (1.5), keywords (2), summary (1.5) and
    /// publisher (0.5), plus the vocabulary terms the text names, each times its rarity; scaled to the best match and
    /// weighed by word coverage exactly as tier 2 does.
    fn candidates(&self, plan: &TextPlan, n: usize, w: &Weights) -> Vec<Candidate> {
        let postings = self;
        let boosts = w.field_boosts();
        let id = |s: &str| postings.stem_ids.get(s).copied();
        let slots: Vec<Vec<(u32, f32)>> = plan.slots.iter().map(|slot| slot.stems.iter().filter_map(|(s, w)| id(s).map(|i| (i, *w))).collect()).collect();
        let expansions: Vec<u32> = plan.expansions.iter().filter_map(|s| id(s)).collect();
        // Per named vocabulary term: its slots and the materials tagged with it.
        let tags: Vec<(&std::ops::Range<usize>, &[u32])> =
            plan.tags.iter().map(|(f, t, r)| (r, postings.tags.get(&crate::tags::tag(*f, t)).map_or(&[][..], Vec::as_slice))).collect();
        // Scores are summed over the postings of each stem and tag, never over all materials.
        // The loops run in the order of a per-material scan (slot, stem, field; expansions; tags),
        // so every material's float sum is added up in the same order, to the same score.
        let mut scores = vec![0.0f32; n];
        let mut covered = vec![0usize; n];
        // The last slot that counted as covered for each material (`k + 1`; 0: none yet).
        let mut covered_in = vec![0usize; n];
        for (k, slot) in slots.iter().enumerate() {
            for (s, weight) in slot {
                postings.add_stem(*s, *weight, &boosts, &mut scores, |i| covered_in[i] = k + 1);
            }
            for (_, with) in tags.iter().filter(|(r, _)| r.contains(&k)) {
                for i in with.iter().map(|i| *i as usize) {
                    covered_in[i] = k + 1;
                }
            }
            // Each material covered by this slot counts once.
            for (c, last) in covered.iter_mut().zip(&covered_in) {
                if *last == k + 1 {
                    *c += 1;
                }
            }
        }
        for s in &expansions {
            postings.add_stem(*s, w.expansion, &boosts, &mut scores, |_| ());
        }
        for (_, with) in &tags {
            let boost = w.tag * idf(with.len(), n);
            for i in *with {
                scores[*i as usize] += boost;
            }
        }
        let found: Vec<(usize, f32, usize)> = (0..n).filter(|i| scores[*i] > 0.0).map(|i| (i, scores[i], covered[i])).collect();
        let best = found.iter().map(|f| f.1).fold(f32::MIN_POSITIVE, f32::max);
        found.into_iter().map(|(material, s, c)| Candidate::new(material, w.relevance(s, best, c, slots.len()))).collect()
    }
}

impl Engine {
    /// Opens tier-1 records (from `tier2::records`, written by the indexer): the same search without tantivy. Text relevance
    /// is a field-weighted count of matched stems; typed words are not stemmed, only looked up
    /// among the catalogue's words (an unknown word matches nothing). All of [`RecordsOpening`]'s steps at once.
    pub fn open_records(bytes: &[u8]) -> Result<Engine, EngineError> {
        let mut opening = RecordsOpening::parse(bytes)?;
        loop {
            if let Some(engine) = opening.step()? {
                return Ok(engine);
            }
        }
    }
}

/// Tier-1 records opened a step at a time, each a fraction of [`Engine::open_records`]: the
/// widget gives the browser the main thread back between them, so that on a slow phone no step
/// is a long task (a tap waits for the task that is running). The steps: find the records' five
/// members ([`crate::json_parts`]), parse the catalogue, then its example searches, then the
/// lexicon, stems and fields, then index them (facet tags and stem postings), then the lexicon's
/// words, its compounds, the example searches' stems ([`EXAMPLES_PER_STEP`] at a time), and the
/// engine.
pub struct RecordsOpening(Step);

enum Step {
    /// The records' bytes, and the byte ranges of their members ([`MEMBERS`]).
    Found(Vec<u8>, [std::ops::Range<usize>; 5]),
    Catalogue(Catalogue, Vec<u8>, [std::ops::Range<usize>; 5]),
    Searches(Catalogue, Vec<u8>, [std::ops::Range<usize>; 5]),
    Parsed(Records),
    Indexed(Records, Vec<HashSet<String>>, Postings),
    Words(Catalogue, Vec<String>, Vec<[Vec<u32>; 4]>, Vec<HashSet<String>>, Postings, Lexicon),
    Lexicon(Catalogue, Vec<String>, Vec<[Vec<u32>; 4]>, Vec<HashSet<String>>, Postings, Lexicon),
    Examples(Catalogue, Vec<String>, Vec<[Vec<u32>; 4]>, Vec<HashSet<String>>, Postings, Lexicon, ExamplesBuilder),
    Ready(Catalogue, Vec<String>, Vec<[Vec<u32>; 4]>, Vec<HashSet<String>>, Postings, Lexicon, Examples),
    Taken,
}

/// The records' members in the order [`Step::Found`] keeps their ranges.
const MEMBERS: [&str; 5] = ["catalogue", "lexicon", "stems", "fields", "searches"];

fn packed(e: serde_json::Error) -> EngineError {
    EngineError::Packed(e.to_string())
}

impl RecordsOpening {
    /// The first step: the records' members found (records that are not exactly the five are
    /// parsed whole, which names what is wrong).
    pub fn parse(bytes: &[u8]) -> Result<RecordsOpening, EngineError> {
        let found = crate::json_parts::members(bytes).filter(|m| m.len() == MEMBERS.len());
        let ranges = found.and_then(|m| {
            let range = |name: &str| m.iter().find(|(k, _)| *k == name).map(|(_, r)| r.clone());
            Some([range(MEMBERS[0])?, range(MEMBERS[1])?, range(MEMBERS[2])?, range(MEMBERS[3])?, range(MEMBERS[4])?])
        });
        match ranges {
            Some(ranges) => Ok(RecordsOpening(Step::Found(bytes.to_vec(), ranges))),
            None => Self::checked(serde_json::from_slice(bytes).map_err(packed)?).map(|r| RecordsOpening(Step::Parsed(r))),
        }
    }

    fn checked(r: Records) -> Result<Records, EngineError> {
        if r.fields.len() != r.catalogue.materials.len() {
            return Err(EngineError::Packed("records and stems disagree".into()));
        }
        Ok(r)
    }

    /// Takes the next step; the engine once the last is taken (later calls: `None` again).
    pub fn step(&mut self) -> Result<Option<Engine>, EngineError> {
        self.0 = match std::mem::replace(&mut self.0, Step::Taken) {
            Step::Found(bytes, ranges) => {
                let catalogue = serde_json::from_slice(&bytes[ranges[0].clone()]).map_err(packed)?;
                Step::Catalogue(catalogue, bytes, ranges)
            }
            Step::Catalogue(mut catalogue, bytes, ranges) => {
                let mut searches = serde_json::Deserializer::from_slice(&bytes[ranges[4].clone()]);
                catalogue.searches = crate::catalogue::compact::deserialize(&mut searches).map_err(packed)?;
                Step::Searches(catalogue, bytes, ranges)
            }
            Step::Searches(catalogue, bytes, [_, lexicon, stems, fields, _]) => Step::Parsed(Self::checked(Records {
                catalogue,
                lexicon: serde_json::from_slice(&bytes[lexicon]).map_err(packed)?,
                stems: serde_json::from_slice(&bytes[stems]).map_err(packed)?,
                fields: serde_json::from_slice(&bytes[fields]).map_err(packed)?,
                searches: Vec::new(),
            })?),
            Step::Parsed(mut r) => {
                // Records parsed whole carry their searches beside the catalogue.
                if !r.searches.is_empty() {
                    r.catalogue.searches = std::mem::take(&mut r.searches);
                }
                let tags = crate::engine::material_tags(&r.catalogue);
                let postings = Postings::new(&r.stems, &r.fields, &tags);
                Step::Indexed(r, tags, postings)
            }
            Step::Indexed(r, tags, postings) => {
                #[allow(unused_mut)]
                let mut lexicon = Lexicon::from_data_without_compounds(r.lexicon);
                // With its own stemmer, tier 1 stems a typed word the catalogue lacks as tier 2 does.
                #[cfg(feature = "stemmer")]
                {
                    lexicon.stemmer = Some(crate::stem::analyze);
                }
                Step::Words(r.catalogue, r.stems, r.fields, tags, postings, lexicon)
            }
            Step::Words(catalogue, stems, fields, tags, postings, mut lexicon) => {
                lexicon.index_compounds();
                Step::Lexicon(catalogue, stems, fields, tags, postings, lexicon)
            }
            Step::Lexicon(catalogue, stems, fields, tags, postings, lexicon) => {
                Step::Examples(catalogue, stems, fields, tags, postings, lexicon, ExamplesBuilder::default())
            }
            Step::Examples(catalogue, stems, fields, tags, postings, lexicon, mut examples) => {
                if examples.done(&catalogue) {
                    Step::Ready(catalogue, stems, fields, tags, postings, lexicon, examples.finish())
                } else {
                    examples.add(&catalogue, &lexicon, EXAMPLES_PER_STEP);
                    Step::Examples(catalogue, stems, fields, tags, postings, lexicon, examples)
                }
            }
            Step::Ready(catalogue, stems, fields, tags, postings, lexicon, examples) => {
                return Ok(Some(Engine::assemble(catalogue, tags, Box::new(postings), lexicon, stems, fields, examples)));
            }
            Step::Taken => Step::Taken,
        };
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::RecordsOpening;
    use crate::engine::EngineError;

    #[test]
    fn a_broken_member_fails_its_step_with_serdes_words_and_other_records_fail_the_parse() {
        let mut opening = RecordsOpening::parse(br#"{"catalogue": 1, "lexicon": {}, "stems": [], "fields": [], "searches": {"ids": [], "rows": []}}"#).unwrap();
        let Err(EngineError::Packed(why)) = opening.step() else { panic!("a catalogue of 1 opened") };
        assert!(why.contains("invalid type: integer `1`"), "{why}");
        for whole in [&br#"{"catalogue": {}}"#[..], b"[1]", b"{\"catalogue\": {}, \"lexicon\": {}, \"stems\": [], \"fields\": [], \"x\": 1}"] {
            assert!(matches!(RecordsOpening::parse(whole), Err(EngineError::Packed(_))), "{}", String::from_utf8_lossy(whole));
        }
    }
}

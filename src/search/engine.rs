//! The engine: opens the packed catalogue read-only and answers [`Query`]s.

use std::collections::HashSet;
use std::fmt;

use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::directory::OwnedBytes;
use tantivy::{Index, IndexReader, ReloadPolicy};

use super::filters::{self, age_window, chosen, chosen_mut, passes, passes_facet, FILTERS};
use super::fit::{evidence_year, score, Profile, Weights};
use super::lexicon::Lexicon;
use super::results::{DropFilter, FacetCount, Facets, Hit, Results, Suggestions};
use super::text::{words, TextPlan};
use super::{snippet, why, Lang, Query, Sort};
use crate::catalogue::{Catalogue, Helpline, Material};
use crate::index::schema::{nl_analyzer, schema, tags, Fields, NL};
use crate::index::{unpack, StaticDirectory, CATALOGUE_FILE};
use crate::vocabulary::{Facet, Vocabulary};

/// Below this many results the engine suggests a filter to drop.
const FEW: usize = 3;

#[derive(Debug)]
pub enum EngineError {
    Packed(String),
    Index(tantivy::TantivyError),
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

impl From<tantivy::TantivyError> for EngineError {
    fn from(e: tantivy::TantivyError) -> Self {
        EngineError::Index(e)
    }
}

pub struct Engine {
    catalogue: Catalogue,
    reader: IndexReader,
    fields: Fields,
    /// Material position for each (segment, doc id).
    ords: Vec<Vec<u32>>,
    lexicon: Lexicon,
    newest_year: Option<u16>,
    weights: Weights,
}

impl Engine {
    /// Opens packed bytes (from [`crate::index::build`]) without copying them.
    pub fn open(packed: impl Into<Packed>) -> Result<Engine, EngineError> {
        let packed: OwnedBytes = packed.into().0;
        let mut files = unpack(&packed).map_err(|e| EngineError::Packed(e.to_string()))?;
        let records = files
            .iter()
            .position(|(n, _)| n == CATALOGUE_FILE)
            .map(|i| files.remove(i).1)
            .ok_or_else(|| EngineError::Packed(format!("{CATALOGUE_FILE} is missing")))?;
        let catalogue: Catalogue = serde_json::from_slice(records.as_slice()).map_err(|e| EngineError::Packed(e.to_string()))?;
        let index = Index::open(StaticDirectory::new(files))?;
        index.tokenizers().register(NL, nl_analyzer());
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let searcher = reader.searcher();
        let mut ords = Vec::new();
        for segment in searcher.segment_readers() {
            let column = segment.fast_fields().u64("ord")?;
            ords.push((0..segment.max_doc()).map(|d| column.first(d).unwrap_or(0) as u32).collect());
        }
        let lexicon = Lexicon::new(&catalogue);
        let newest_year = catalogue.materials.iter().filter_map(evidence_year).max();
        Ok(Engine { catalogue, reader, fields: schema().1, ords, lexicon, newest_year, weights: Weights::default() })
    }

    /// Replaces the ranking weights (for tuning against the judged set).
    pub fn set_weights(&mut self, weights: Weights) {
        self.weights = weights;
    }

    pub fn vocabulary(&self) -> &Vocabulary {
        &self.catalogue.vocabulary
    }

    pub fn materials(&self) -> &[Material] {
        &self.catalogue.materials
    }

    /// The helplines for the given audiences: those marked `always`, those for everyone, and
    /// those serving one of the audiences (or its parent).
    pub fn helplines(&self, audiences: &[String]) -> Vec<&Helpline> {
        let vocab = self.vocabulary();
        self.catalogue
            .helplines
            .iter()
            .filter(|h| {
                h.always
                    || h.audiences.is_empty()
                    || audiences.iter().any(|a| h.audiences.contains(a) || vocab.audience_parent(a).is_some_and(|p| h.audiences.iter().any(|x| x == p)))
            })
            .collect()
    }

    /// The ids in `q` that are not in the vocabulary, as `(facet, id)`, plus an unknown school
    /// level (as `(Facet::SchoolLevels, text)`).
    pub fn unknown_ids<'q>(&self, q: &'q Query) -> Vec<(Facet, &'q str)> {
        let v = self.vocabulary();
        let mut unknown: Vec<(Facet, &str)> = FILTERS
            .into_iter()
            .flat_map(|f| chosen(q, f).iter().filter(move |id| v.term(f, id).is_none()).map(move |id| (f, id.as_str())))
            .collect();
        if let Some(level) = q.school_level.as_deref().filter(|l| filters::school_level_ages(l, v).is_none()) {
            unknown.push((Facet::SchoolLevels, level));
        }
        unknown
    }

    /// Ranked, filtered, explained results for `q`. Never fails and never panics on any input:
    /// text without words does not filter, and an index error degrades to "no text match".
    pub fn search(&self, q: &Query) -> Results {
        let vocab = self.vocabulary();
        let plan = TextPlan::new(&q.text, &self.lexicon);
        let candidates = self.candidates(&plan);
        let window = age_window(q, vocab);
        // A school level typed in the text ("groep 7", "klas 2 vmbo") steers the ranking by
        // age, softly: it does not filter, because the user did not choose it as a filter.
        let typed_level = if window.is_none() { self.lexicon.school_level_in(&q.text) } else { None };
        let profile = Profile { query: q, window: window.or(typed_level), newest_year: self.newest_year };
        let mut ranked: Vec<(usize, f32)> = candidates
            .iter()
            .filter(|(i, _)| passes(&self.catalogue.materials[*i], q, window, vocab, None))
            .map(|(i, t)| (*i, score(&self.catalogue.materials[*i], &profile, *t, vocab, &self.weights)))
            .collect();
        let m = |i: usize| &self.catalogue.materials[i];
        match q.sort {
            Sort::Relevance => ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| m(a.0).title.cmp(&m(b.0).title))),
            Sort::Newest => ranked.sort_by(|a, b| {
                m(b.0).evidence_date.cmp(&m(a.0).evidence_date).then_with(|| b.1.total_cmp(&a.1)).then_with(|| m(a.0).title.cmp(&m(b.0).title))
            }),
            Sort::Title => ranked.sort_by(|a, b| m(a.0).title.to_lowercase().cmp(&m(b.0).title.to_lowercase())),
        }
        let total = ranked.len();
        let skip = q.page.max(1).saturating_sub(1).saturating_mul(q.limit);
        let hits = ranked.into_iter().skip(skip).take(q.limit).map(|(i, s)| self.hit(m(i), q, &plan, s)).collect();
        let facets = self.facet_counts(q, window, &candidates);
        let suggestions = Suggestions {
            drop_filter: if total < FEW { self.drop_filter(q, &candidates, total) } else { None },
            spelling: plan.spelling(),
        };
        Results { hits, total, facets, suggestions }
    }

    /// Every material with its text relevance (0–1); all materials with 0 when the text holds
    /// no word. Relevance is BM25 scaled to the best match, times how many of the user's words
    /// the material matches (0.3 + 0.7 × the share of words matched: 0.65 for one of two words).
    fn candidates(&self, plan: &TextPlan) -> Vec<(usize, f32)> {
        let Some(query) = plan.query(&self.fields) else {
            return (0..self.catalogue.materials.len()).map(|i| (i, 0.0)).collect();
        };
        let searcher = self.reader.searcher();
        let ord = |addr: tantivy::DocAddress| self.ords[addr.segment_ord as usize][addr.doc_id as usize] as usize;
        let limit = (searcher.num_docs() as usize).max(1);
        let top = searcher.search(&*query, &TopDocs::with_limit(limit).order_by_score()).unwrap_or_default();
        let best = top.first().map_or(1.0, |(s, _)| s.max(f32::MIN_POSITIVE));
        let mut covered = vec![0u16; self.catalogue.materials.len()];
        let slots = plan.slot_queries(&self.fields);
        if slots.len() > 1 {
            for q in &slots {
                for addr in searcher.search(&**q, &DocSetCollector).unwrap_or_default() {
                    covered[ord(addr)] += 1;
                }
            }
        }
        let coverage = |i: usize| if slots.len() > 1 { 0.3 + 0.7 * f32::from(covered[i]) / slots.len() as f32 } else { 1.0 };
        top.into_iter().map(|(s, addr)| (ord(addr), s / best * coverage(ord(addr)))).collect()
    }

    /// For every value of every filter facet: the number of results if the user added it.
    fn facet_counts(&self, q: &Query, window: Option<(u8, u8)>, candidates: &[(usize, f32)]) -> Facets {
        let vocab = self.vocabulary();
        let count = |f: Facet| -> Vec<FacetCount> {
            let terms = vocab.terms(f);
            let mut counts = vec![0usize; terms.len()];
            let chosen = chosen(q, f);
            for (i, _) in candidates {
                let m = &self.catalogue.materials[*i];
                if !passes(m, q, window, vocab, Some(f)) {
                    continue;
                }
                let already = !chosen.is_empty() && passes_facet(m, f, chosen, vocab);
                for (k, t) in terms.iter().enumerate() {
                    if already || filters::matches(m, f, &t.id, vocab) {
                        counts[k] += 1;
                    }
                }
            }
            terms.iter().zip(counts).map(|(t, count)| FacetCount { id: t.id.clone(), count }).collect()
        };
        Facets {
            audiences: count(Facet::Audiences),
            topics: count(Facet::Topics),
            risk_groups: count(Facet::RiskGroups),
            formats: count(Facet::Formats),
            stages: count(Facet::Stages),
            costs: count(Facet::Costs),
            languages: count(Facet::Languages),
            regions: count(Facet::Regions),
        }
    }

    /// The single chosen filter whose removal gives the most results (if that is more).
    fn drop_filter(&self, q: &Query, candidates: &[(usize, f32)], total: usize) -> Option<DropFilter> {
        let vocab = self.vocabulary();
        let nl = q.lang == Lang::Nl;
        let mut options: Vec<(Query, DropFilter)> = Vec::new();
        for f in FILTERS {
            for id in chosen(q, f) {
                let mut without = q.clone();
                chosen_mut(&mut without, f).retain(|x| x != id);
                let label = vocab.label(f, id, q.lang).to_string();
                options.push((without, DropFilter { field: filters::query_field(f).into(), value: id.clone(), label, total: 0 }));
            }
        }
        if let Some(age) = q.age {
            let label = if nl { format!("{age} jaar") } else { format!("age {age}") };
            options.push((Query { age: None, ..q.clone() }, DropFilter { field: "age".into(), value: age.to_string(), label, total: 0 }));
        } else if let Some(level) = &q.school_level {
            options.push((Query { school_level: None, ..q.clone() }, DropFilter { field: "school_level".into(), value: level.clone(), label: level.clone(), total: 0 }));
        }
        options
            .into_iter()
            .map(|(without, mut d)| {
                let window = age_window(&without, vocab);
                d.total = candidates.iter().filter(|(i, _)| passes(&self.catalogue.materials[*i], &without, window, vocab, None)).count();
                d
            })
            .filter(|d| d.total > total)
            .max_by(|a, b| a.total.cmp(&b.total).then_with(|| b.label.cmp(&a.label)))
    }

    fn hit(&self, m: &Material, q: &Query, plan: &TextPlan, score: f32) -> Hit {
        let summary = match (q.lang, &m.summary_en) {
            (Lang::En, Some(en)) => en.clone(),
            _ => m.summary.clone(),
        };
        let (matched_words, matched_stems) = self.matched(m, plan);
        Hit {
            id: m.id.clone(),
            title: m.title.clone(),
            url: m.url.clone(),
            publisher: m.publisher.clone(),
            snippet: if matched_stems.is_empty() { Vec::new() } else { snippet::snippet(&summary, &matched_stems, &self.lexicon) },
            summary,
            format: m.format.clone(),
            audiences: m.audiences.clone(),
            age_min: m.age_min,
            age_max: m.age_max,
            topics: m.topics.clone(),
            risk_groups: m.risk_groups.clone(),
            evidence: m.evidence.clone(),
            cost: m.cost.clone(),
            duration: m.duration.clone(),
            score,
            why: why::reasons(m, q, age_window(q, self.vocabulary()), &matched_words, self.vocabulary()),
        }
    }

    /// The words (as the user meant them) this material matches, and the stems that matched.
    fn matched<'p>(&self, m: &Material, plan: &'p TextPlan) -> (Vec<String>, HashSet<&'p str>) {
        if plan.is_empty() {
            return (Vec::new(), HashSet::new());
        }
        let body = format!("{} {} {} {} {}", m.title, m.keywords.join(" "), m.summary, m.summary_en.as_deref().unwrap_or_default(), m.publisher.as_deref().unwrap_or_default());
        // The lexicon knows the stem of every catalogue word: no stemming at query time.
        let have: HashSet<&str> = words(&body).iter().filter_map(|w| self.lexicon.stem_of(w)).collect();
        let material_tags = tags(m);
        let mut words_out = Vec::new();
        let mut stems = HashSet::new();
        for (k, slot) in plan.slots.iter().enumerate() {
            let mut hit = false;
            for (s, _) in &slot.stems {
                if have.contains(s.as_str()) {
                    stems.insert(s.as_str());
                    hit = true;
                }
            }
            let via_tag = plan.tags.iter().any(|(f, id, range)| range.contains(&k) && material_tags.contains(&crate::index::schema::tag(*f, id)));
            if hit || via_tag {
                let w = slot.corrected.clone().unwrap_or_else(|| slot.word.clone());
                if !words_out.contains(&w) {
                    words_out.push(w);
                }
            }
        }
        (words_out, stems)
    }
}

/// Bytes the engine can open: embedded (`&'static [u8]`) or owned (`Vec<u8>`).
pub struct Packed(OwnedBytes);

impl From<&'static [u8]> for Packed {
    fn from(b: &'static [u8]) -> Self {
        Packed(OwnedBytes::new(b))
    }
}

impl From<Vec<u8>> for Packed {
    fn from(b: Vec<u8>) -> Self {
        Packed(OwnedBytes::new(b))
    }
}

//! The engine: opens the packed catalogue read-only and answers [`Query`]s.

use std::collections::HashMap;
use std::fmt;

use tantivy::collector::TopDocs;
use tantivy::directory::OwnedBytes;
use tantivy::{Index, IndexReader, ReloadPolicy};

use super::fit::{age_fit, audience_match, score, AudienceMatch, Weights};
use super::results::{FacetCount, Facets, Hit, Results};
use super::{text, why, Lang, Query};
use crate::catalogue::{Catalogue, Helpline, Material};
use crate::index::schema::{analyze, keyword_text, nl_analyzer, schema, Fields, NL};
use crate::index::{unpack, StaticDirectory, CATALOGUE_FILE};
use crate::vocabulary::{Facet, Vocabulary};

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
        let fields = schema().1;
        let searcher = reader.searcher();
        let mut ords = Vec::new();
        for segment in searcher.segment_readers() {
            let column = segment.fast_fields().u64("ord")?;
            ords.push((0..segment.max_doc()).map(|d| column.first(d).unwrap_or(0) as u32).collect());
        }
        Ok(Engine { catalogue, reader, fields, ords, weights: Weights::default() })
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

    /// The ids in `q` that are not in the vocabulary, as `(field, id)`.
    pub fn unknown_ids<'q>(&self, q: &'q Query) -> Vec<(&'static str, &'q str)> {
        let v = self.vocabulary();
        let lists = [(Facet::Audiences, &q.audiences), (Facet::Topics, &q.topics), (Facet::RiskGroups, &q.risk_groups)];
        lists
            .into_iter()
            .flat_map(|(facet, ids)| ids.iter().filter(move |id| v.term(facet, id).is_none()).map(move |id| (facet.field(), id.as_str())))
            .collect()
    }

    /// Ranked, filtered, explained results for `q`. Never fails: text that holds no word simply
    /// does not filter, and an index error degrades to "no text match".
    pub fn search(&self, q: &Query) -> Results {
        let text_scores = self.text_scores(&q.text);
        let vocab = self.vocabulary();
        let candidates: Vec<(usize, f32)> = match &text_scores {
            None => (0..self.catalogue.materials.len()).map(|i| (i, 0.0)).collect(),
            Some(scores) => {
                let best = scores.values().copied().fold(f32::MIN_POSITIVE, f32::max);
                scores.iter().map(|(i, s)| (*i, s / best)).collect()
            }
        };
        let facets = self.facet_counts(q, &candidates);
        let mut ranked: Vec<(usize, f32)> = candidates
            .into_iter()
            .filter(|(i, _)| self.passes(&self.catalogue.materials[*i], q, None))
            .map(|(i, t)| (i, score(&self.catalogue.materials[i], q, t, vocab, &self.weights)))
            .collect();
        ranked.sort_by(|a, b| {
            b.1.total_cmp(&a.1).then_with(|| self.catalogue.materials[a.0].title.cmp(&self.catalogue.materials[b.0].title))
        });
        let total = ranked.len();
        let hits = ranked.into_iter().take(q.limit).map(|(i, s)| self.hit(&self.catalogue.materials[i], q, s)).collect();
        Results { hits, total, facets }
    }

    /// BM25 score per material for `text`; `None` when the text holds no searchable word.
    fn text_scores(&self, text: &str) -> Option<HashMap<usize, f32>> {
        let query = text::query(&self.fields, text)?;
        let searcher = self.reader.searcher();
        let limit = (searcher.num_docs() as usize).max(1);
        let top = searcher.search(&*query, &TopDocs::with_limit(limit).order_by_score()).unwrap_or_default();
        Some(
            top.into_iter()
                .map(|(s, addr)| (self.ords[addr.segment_ord as usize][addr.doc_id as usize] as usize, s))
                .collect(),
        )
    }

    /// Whether `m` passes every filter in `q`, leaving out the facet `skip` (for facet counts).
    fn passes(&self, m: &Material, q: &Query, skip: Option<Facet>) -> bool {
        let vocab = self.vocabulary();
        let any = |chosen: &[String], has: &[String]| chosen.is_empty() || chosen.iter().any(|c| has.contains(c));
        (skip == Some(Facet::Audiences) || q.audiences.is_empty() || audience_match(m, &q.audiences, vocab) != AudienceMatch::None)
            && (skip == Some(Facet::Topics) || any(&q.topics, &m.topics))
            && (skip == Some(Facet::RiskGroups) || any(&q.risk_groups, &m.risk_groups))
            && q.age.is_none_or(|age| age_fit(m, age).is_some())
    }

    /// For every value of the audience, topic and risk-group facets: the number of results if the
    /// user added that value to the query.
    fn facet_counts(&self, q: &Query, candidates: &[(usize, f32)]) -> Facets {
        let vocab = self.vocabulary();
        let count = |facet: Facet, chosen: &Vec<String>| -> Vec<FacetCount> {
            vocab
                .terms(facet)
                .iter()
                .map(|t| {
                    let mut with = q.clone();
                    let list = match facet {
                        Facet::Audiences => &mut with.audiences,
                        Facet::Topics => &mut with.topics,
                        _ => &mut with.risk_groups,
                    };
                    if !chosen.contains(&t.id) {
                        list.push(t.id.clone());
                    }
                    let n = candidates.iter().filter(|(i, _)| self.passes(&self.catalogue.materials[*i], &with, None)).count();
                    FacetCount { id: t.id.clone(), count: n }
                })
                .collect()
        };
        Facets {
            audiences: count(Facet::Audiences, &q.audiences),
            topics: count(Facet::Topics, &q.topics),
            risk_groups: count(Facet::RiskGroups, &q.risk_groups),
        }
    }

    fn hit(&self, m: &Material, q: &Query, score: f32) -> Hit {
        let summary = match (q.lang, &m.summary_en) {
            (Lang::En, Some(en)) => en.clone(),
            _ => m.summary.clone(),
        };
        Hit {
            id: m.id.clone(),
            title: m.title.clone(),
            url: m.url.clone(),
            publisher: m.publisher.clone(),
            summary,
            format: m.format.clone(),
            audiences: m.audiences.clone(),
            age_min: m.age_min,
            age_max: m.age_max,
            topics: m.topics.clone(),
            risk_groups: m.risk_groups.clone(),
            evidence: m.evidence.clone(),
            cost: m.cost.clone(),
            score,
            why: why::reasons(m, q, &self.matched_words(m, &q.text), self.vocabulary()),
        }
    }

    /// The user's words that this material matches (by stem, or as a prefix for the last word).
    fn matched_words(&self, m: &Material, text: &str) -> Vec<String> {
        let words = text::words(text);
        if words.is_empty() {
            return Vec::new();
        }
        let body = format!("{} {} {} {}", m.title, keyword_text(m, self.vocabulary()), m.summary, m.summary_en.as_deref().unwrap_or_default());
        let stems = analyze(&body);
        let typing = !text.ends_with(char::is_whitespace);
        let mut out: Vec<String> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let by_stem = analyze(w).first().is_some_and(|s| stems.contains(s));
            let by_prefix = typing && i + 1 == words.len() && w.chars().count() >= 3 && text::words(&body).iter().any(|b| b.starts_with(w.as_str()));
            if (by_stem || by_prefix) && !out.contains(w) {
                out.push(w.clone());
            }
        }
        out
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

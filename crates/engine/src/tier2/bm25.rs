//! Tier 2's text scorer: the typed words' stems as a tantivy query (each field boosted, plus the
//! expansions and facet tags the text names), scored with BM25 over the index.

use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query as TantivyQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{IndexReader, Term};

use super::schema::Fields;
use crate::pipeline::candidates::Candidate;
use crate::scorer::{TextScorer, Tier};
use crate::tags::tag;
use crate::text::{Slot, TextPlan};
use crate::weights::Weights;

/// The opened index, its fields, and the material position for each (segment, doc id).
pub(super) struct Bm25 {
    pub(super) reader: IndexReader,
    pub(super) fields: Fields,
    pub(super) ords: Vec<Vec<u32>>,
}

impl TextScorer for Bm25 {
    fn tier(&self) -> Tier {
        Tier::Two
    }

    /// BM25 over the tantivy index, with each material's coverage of the typed words counted
    /// by one query per word.
    fn candidates(&self, plan: &TextPlan, count: usize, w: &Weights) -> Vec<Candidate> {
        let Bm25 { reader, fields, ords } = self;
        let Some(query) = query(plan, fields, w) else {
            return (0..count).map(|material| Candidate::new(material, 0.0)).collect();
        };
        let searcher = reader.searcher();
        let ord = |addr: tantivy::DocAddress| ords[addr.segment_ord as usize][addr.doc_id as usize] as usize;
        let limit = (searcher.num_docs() as usize).max(1);
        let top = searcher.search(&*query, &TopDocs::with_limit(limit).order_by_score()).unwrap_or_default();
        let best = top.first().map_or(1.0, |(s, _)| s.max(f32::MIN_POSITIVE));
        let mut covered = vec![0u16; count];
        let slots = slot_queries(plan, fields, w);
        if slots.len() > 1 {
            for q in &slots {
                for addr in searcher.search(&**q, &DocSetCollector).unwrap_or_default() {
                    covered[ord(addr)] += 1;
                }
            }
        }
        top.into_iter().map(|(s, addr)| Candidate::new(ord(addr), w.relevance(s, best, usize::from(covered[ord(addr)]), slots.len()))).collect()
    }
}

fn boosted(f: &Fields, w: &Weights) -> [(Field, f32); 4] {
    let b = w.field_boosts();
    [(f.title, b[0]), (f.keywords, b[1]), (f.summary, b[2]), (f.publisher, b[3])]
}
/// The tantivy query, or `None` when the text holds no searchable word.
fn query(plan: &TextPlan, f: &Fields, w: &Weights) -> Option<Box<dyn TantivyQuery>> {
    let mut clauses: Vec<(Occur, Box<dyn TantivyQuery>)> = Vec::new();
    for slot in &plan.slots {
        clauses.extend(slot_clauses(slot, f, w));
    }
    for stem in &plan.expansions {
        for (field, boost) in boosted(f, w) {
            let term = TermQuery::new(Term::from_field_text(field, stem), IndexRecordOption::WithFreqs);
            clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(term), boost * w.expansion))));
        }
    }
    for (facet, id, _) in &plan.tags {
        let term = TermQuery::new(Term::from_field_text(f.tags, &tag(*facet, id)), IndexRecordOption::Basic);
        clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(term), w.tag))));
    }
    (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn TantivyQuery>)
}

/// One query per typed word (its stems, and the tags of phrases it is part of), to count how
/// many of the user's words each material matches.
fn slot_queries(plan: &TextPlan, f: &Fields, w: &Weights) -> Vec<Box<dyn TantivyQuery>> {
    plan.slots
        .iter()
        .enumerate()
        .map(|(k, slot)| {
            let mut clauses = slot_clauses(slot, f, w);
            for (facet, id, _) in plan.tags.iter().filter(|(_, _, r)| r.contains(&k)) {
                let term = TermQuery::new(Term::from_field_text(f.tags, &tag(*facet, id)), IndexRecordOption::Basic);
                clauses.push((Occur::Should, Box::new(term)));
            }
            Box::new(BooleanQuery::new(clauses)) as Box<dyn TantivyQuery>
        })
        .collect()
}

fn slot_clauses(slot: &Slot, f: &Fields, w: &Weights) -> Vec<(Occur, Box<dyn TantivyQuery>)> {
    let mut clauses: Vec<(Occur, Box<dyn TantivyQuery>)> = Vec::new();
    for (stem, weight) in &slot.stems {
        for (field, boost) in boosted(f, w) {
            let term = TermQuery::new(Term::from_field_text(field, stem), IndexRecordOption::WithFreqs);
            clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(term), boost * weight))));
        }
    }
    clauses
}

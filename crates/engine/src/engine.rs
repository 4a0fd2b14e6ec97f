//! The engine: one catalogue, one text scorer (tier 1 or tier 2, see [`crate::scorer`]), and
//! the search pipeline that answers [`Query`]s the same way in both tiers.

use std::collections::HashSet;
use std::fmt;

use super::filters::{self, age_allows, age_window, chosen, chosen_mut, ChosenTerms, FacetIndex, FILTERS};
use super::fit::{evidence_year, hold_back_not_recognised, score, Profile, Weights};
use super::lexicon::Lexicon;
use super::results::{DropFilter, FacetCount, Facets, Hit, Results, SituationHelp, Suggestions};
use super::scorer::{TextScorer, Tier};
use super::situation::Matcher;
use super::text::TextPlan;
use super::{snippet, why, Lang, Query, Sort};
use crate::catalogue::{Catalogue, Material, Situation};
use crate::tags::tags;
use crate::vocabulary::{Facet, Vocabulary};

mod help;

/// Below this many results the engine suggests a filter to drop.
const FEW: usize = 3;

#[derive(Debug)]
pub enum EngineError {
    /// The records or the packed index are not what the indexer writes.
    Packed(String),
    /// tantivy could not open the index (tier 2).
    Index(String),
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

pub struct Engine {
    catalogue: Catalogue,
    text: Box<dyn TextScorer>,
    /// The stem table, and each material's stems per field as ids into it (see
    /// [`crate::tier1::Records`]).
    stems: Vec<String>,
    fields: Vec<[Vec<u32>; 4]>,
    /// Each material's facet tags.
    tags: Vec<HashSet<String>>,
    /// Each material's facet values as vocabulary term indices (filters and facet counts).
    facets: FacetIndex,
    /// Each material's place in the catalogue ordered by title, and by lowercased title: the
    /// sorts compare these numbers instead of strings (equal titles get equal ranks).
    title_rank: Vec<u32>,
    title_lower_rank: Vec<u32>,
    lexicon: Lexicon,
    situations: Matcher,
    newest_year: Option<u16>,
    weights: Weights,
}

impl Engine {
    pub(crate) fn assemble(
        catalogue: Catalogue,
        tags: Vec<HashSet<String>>,
        text: Box<dyn TextScorer>,
        lexicon: Lexicon,
        stems: Vec<String>,
        fields: Vec<[Vec<u32>; 4]>,
    ) -> Engine {
        let newest_year = catalogue.materials.iter().filter_map(evidence_year).max();
        let facets = FacetIndex::new(&catalogue.materials, &catalogue.vocabulary);
        let title_rank = ranks(&catalogue.materials, |m| m.title.clone());
        let title_lower_rank = ranks(&catalogue.materials, |m| m.title.to_lowercase());
        let situations = Matcher::new(lexicon.situations.clone());
        Engine { catalogue, text, stems, fields, tags, facets, title_rank, title_lower_rank, lexicon, situations, newest_year, weights: Weights::default() }
    }

    /// Which tier this engine is.
    pub fn tier(&self) -> Tier {
        self.text.tier()
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

    /// The ids in `q` that are not in the vocabulary, as `(facet, id)`, plus an unknown school
    /// level (as `(Facet::SchoolLevels, text)`).
    pub fn unknown_ids<'q>(&self, q: &'q Query) -> Vec<(Facet, &'q str)> {
        let v = self.vocabulary();
        let mut unknown: Vec<(Facet, &str)> =
            FILTERS.into_iter().flat_map(|f| chosen(q, f).iter().filter(move |id| v.term(f, id).is_none()).map(move |id| (f, id.as_str()))).collect();
        if let Some(level) = q.school_level.as_deref().filter(|l| filters::school_level_ages(l, v).is_none()) {
            unknown.push((Facet::SchoolLevels, level));
        }
        unknown
    }

    /// [`Engine::search`] over JSON, for JavaScript callers (the widget's tests, the worker): a
    /// `Query` in, `Results` out; a query that is not valid JSON gives `{"error": "…"}`.
    pub fn search_json(&self, query: &str) -> String {
        // from_slice, like the records: one serde_json reader in the tier-1 wasm, not two.
        match serde_json::from_slice::<Query>(query.as_bytes()) {
            Ok(q) => serde_json::to_string(&self.search(&q)).unwrap_or_default(),
            Err(e) => serde_json::json!({ "error": e.to_string() }).to_string(),
        }
    }

    /// Ranked, filtered, explained results for `q`. Never fails and never panics on any input:
    /// text without words does not filter, and an index error degrades to "no text match".
    pub fn search(&self, q: &Query) -> Results {
        let vocab = self.vocabulary();
        let plan = TextPlan::new(&q.text, &self.lexicon);
        let window = age_window(q, vocab);
        // A school level typed in the text ("groep 7", "klas 2 vmbo") steers the ranking by
        // age, softly: it does not filter, because the user did not choose it as a filter.
        let typed_level = if window.is_none() { self.lexicon.school_level_in(&q.text) } else { None };
        // The situation tapped, else the one the text describes.
        let typed = plan.meaning_stems();
        let situation = q
            .situation
            .as_deref()
            .and_then(|id| self.catalogue.situations.iter().position(|s| s.id == id))
            .map(|i| (i, 1.0))
            .or_else(|| self.situations.best_for(&plan));
        let situation_ref = situation.map(|(i, strength)| (&self.catalogue.situations[i], strength));
        let candidates = self.candidates(&plan, situation_ref.map(|(s, _)| s));
        // Who is typing: from their words, else the one audience who describes such a situation.
        let only_who = situation_ref.and_then(|(s, _)| if s.who.len() == 1 { Some(s.who[0].as_str()) } else { None });
        let typed_audience = if q.audiences.is_empty() { crate::dutch::speaker(&crate::text::words(&q.text)).or(only_who) } else { None };
        // Topics the text names ("loverboy", "sexting"): a soft preference, like a chosen topic.
        let typed_topics: Vec<String> =
            if q.topics.is_empty() { plan.named.iter().filter(|(f, _)| *f == Facet::Topics).map(|(_, id)| id.clone()).collect() } else { Vec::new() };
        let profile = Profile {
            query: q,
            window: window.or(typed_level),
            newest_year: self.newest_year,
            typed_audience,
            situation: situation_ref,
            typed_topics: &typed_topics,
        };
        let chosen = ChosenTerms::new(q, vocab);
        let m = |i: usize| &self.catalogue.materials[i];
        let mut ranked: Vec<(usize, f32)> = candidates
            .iter()
            .filter(|(i, _)| chosen.passes(&self.facets, *i, m(*i), window))
            .map(|(i, t)| (*i, score(m(*i), &profile, *t, vocab, &self.weights)))
            .collect();
        // Title ties compare precomputed ranks: the same order as comparing the titles.
        let (title, lower) = (|i: usize| self.title_rank[i], |i: usize| self.title_lower_rank[i]);
        match q.sort {
            Sort::Relevance => ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| title(a.0).cmp(&title(b.0)))),
            Sort::Newest => ranked
                .sort_by(|a, b| m(b.0).evidence_date.cmp(&m(a.0).evidence_date).then_with(|| b.1.total_cmp(&a.1)).then_with(|| title(a.0).cmp(&title(b.0)))),
            Sort::Title => ranked.sort_by_key(|a| lower(a.0)),
            Sort::Evidence => {
                let rank = |i: usize| m(i).evidence.as_ref().and_then(|e| vocab.term(Facet::EvidenceLevels, e)).map_or(-1, |t| i16::from(t.rank.unwrap_or(0)));
                ranked.sort_by(|a, b| rank(b.0).cmp(&rank(a.0)).then_with(|| b.1.total_cmp(&a.1)).then_with(|| title(a.0).cmp(&title(b.0))))
            }
        }
        if q.sort == Sort::Relevance {
            ranked = hold_back_not_recognised(ranked, |i| m(i).evidence.as_deref() == Some("niet-erkend"));
        }
        let help = situation.map(|(i, strength)| self.situation_help(i, strength, &typed, q));
        let signal = help.as_ref().and_then(|h| h.signal.clone());
        let situation_reason = situation.zip(signal.as_deref()).map(|((i, _), s)| (&self.catalogue.situations[i], s));
        let total = ranked.len();
        let skip = q.page.max(1).saturating_sub(1).saturating_mul(q.limit);
        // Only the shown page gets snippets and reasons.
        let hits = ranked.into_iter().skip(skip).take(q.limit).map(|(i, s)| self.hit(i, q, &plan, s, situation_reason)).collect();
        let facets = self.facet_counts(&chosen, window, &candidates);
        let suggestions = Suggestions { drop_filter: if total < FEW { self.drop_filter(q, &candidates, total) } else { None }, spelling: plan.spelling() };
        Results { hits, total, facets, suggestions, situation: help }
    }

    /// Every material with its text relevance (0–1, from the tier's [`TextScorer`]); all
    /// materials with 0 when the text holds no word. A situation the query describes adds the
    /// materials on its topics that the words missed ("older boyfriend" in an English query
    /// finds Dutch loverboy material), with text relevance 0: the situation's lean ranks them.
    fn candidates(&self, plan: &TextPlan, situation: Option<&Situation>) -> Vec<(usize, f32)> {
        let n = self.catalogue.materials.len();
        if plan.is_empty() {
            return (0..n).map(|i| (i, 0.0)).collect();
        }
        let mut found = self.text.candidates(plan, n);
        if let Some(s) = situation {
            let mut have = vec![false; n];
            found.iter().for_each(|(i, _)| have[*i] = true);
            let on_topic = |i: usize| self.catalogue.materials[i].topics.iter().any(|t| s.topics.contains(t));
            found.extend((0..n).filter(|i| !have[*i] && on_topic(*i)).map(|i| (i, 0.0)));
        }
        found
    }

    /// For every value of every filter facet: the number of results if the user added it.
    fn facet_counts(&self, chosen: &ChosenTerms, window: Option<(u8, u8)>, candidates: &[(usize, f32)]) -> Facets {
        let vocab = self.vocabulary();
        let mut counts: [Vec<usize>; FILTERS.len()] = FILTERS.map(|f| vec![0; vocab.terms(f).len()]);
        for (i, _) in candidates {
            let i = *i;
            if !age_allows(&self.catalogue.materials[i], window) {
                continue;
            }
            // A material counts in facet f when it passes every other chosen filter: with no
            // failing facet it counts in all of them, with one only there, with more nowhere.
            let mut failing = (0..FILTERS.len()).filter(|f| !chosen.passes_facet(&self.facets, i, *f));
            let count_in = match (failing.next(), failing.next()) {
                (None, _) => 0..FILTERS.len(),
                (Some(f), None) => f..f + 1,
                (Some(_), Some(_)) => continue,
            };
            for f in count_in {
                // Already passing a chosen value of f: adding any value of f keeps it.
                if chosen.any(f) && chosen.passes_facet(&self.facets, i, f) {
                    counts[f].iter_mut().for_each(|c| *c += 1);
                } else {
                    for k in self.facets.terms(i, f) {
                        counts[f][*k as usize] += 1;
                    }
                }
            }
        }
        let mut lists = FILTERS
            .into_iter()
            .zip(counts)
            .map(|(f, counts)| vocab.terms(f).iter().zip(counts).map(|(t, count)| FacetCount { id: t.id.clone(), count }).collect());
        // Fields are filled in the order written, which is the order of FILTERS.
        let mut next = || lists.next().unwrap_or_default();
        Facets {
            audiences: next(),
            topics: next(),
            risk_groups: next(),
            formats: next(),
            stages: next(),
            costs: next(),
            languages: next(),
            regions: next(),
            evidence: next(),
        }
    }

    /// The single chosen filter whose removal gives the most results (if that is more).
    fn drop_filter(&self, q: &Query, candidates: &[(usize, f32)], total: usize) -> Option<DropFilter> {
        let vocab = self.vocabulary();
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
            let label = q.lang.fill("age.years", &[("age", &age.to_string())]);
            options.push((Query { age: None, ..q.clone() }, DropFilter { field: "age".into(), value: age.to_string(), label, total: 0 }));
        } else if let Some(level) = &q.school_level {
            options.push((
                Query { school_level: None, ..q.clone() },
                DropFilter { field: "school_level".into(), value: level.clone(), label: level.clone(), total: 0 },
            ));
        }
        options
            .into_iter()
            .map(|(without, mut d)| {
                let (window, chosen) = (age_window(&without, vocab), ChosenTerms::new(&without, vocab));
                let m = |i: usize| &self.catalogue.materials[i];
                d.total = candidates.iter().filter(|(i, _)| chosen.passes(&self.facets, *i, m(*i), window)).count();
                d
            })
            .filter(|d| d.total > total)
            .max_by(|a, b| a.total.cmp(&b.total).then_with(|| b.label.cmp(&a.label)))
    }

    fn hit(&self, i: usize, q: &Query, plan: &TextPlan, score: f32, situation: Option<(&Situation, &str)>) -> Hit {
        let m = &self.catalogue.materials[i];
        let summary = match (q.lang, &m.summary_en) {
            (Lang::En, Some(en)) => en.clone(),
            _ => m.summary.clone(),
        };
        let (matched_words, matched_stems) = self.matched(i, plan);
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
            why: why::reasons(m, q, age_window(q, self.vocabulary()), &matched_words, situation, self.vocabulary()),
            local: self.is_local(&m.region),
        }
    }

    /// What the widget shows for situation `i`: its label and advice in the query's language,
    /// its helplines of the query's region (Flanders when chosen, else the Netherlands) and the
    /// source's wording of the signal the typed words fit best.
    fn situation_help(&self, i: usize, strength: f32, typed: &[&str], q: &Query) -> SituationHelp {
        let s = &self.catalogue.situations[i];
        let en = q.lang == Lang::En;
        let region = if q.regions.iter().any(|r| r == "vlaanderen") { "vlaanderen" } else { "nederland" };
        let helplines =
            s.helplines.iter().filter_map(|id| self.catalogue.helplines.iter().find(|h| &h.id == id)).filter(|h| h.region == region).cloned().collect();
        SituationHelp {
            id: s.id.clone(),
            label: s.label(q.lang).to_string(),
            acute: s.acute,
            advice: if en { s.advice_en.clone().or_else(|| s.advice.clone()) } else { s.advice.clone() },
            helplines,
            signal: self.situations.signal(i, s, typed, q.lang),
            strength,
        }
    }

    /// The words (as the user meant them) this material matches, and the stems that matched.
    fn matched<'p>(&self, i: usize, plan: &'p TextPlan) -> (Vec<String>, HashSet<&'p str>) {
        if plan.is_empty() {
            return (Vec::new(), HashSet::new());
        }
        // The stems of every catalogue word are known: no stemming at query time.
        let have: HashSet<&str> = self.fields[i].iter().flatten().map(|s| self.stems[*s as usize].as_str()).collect();
        let material_tags = &self.tags[i];
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
            let via_tag = plan.tags.iter().any(|(f, id, range)| range.contains(&k) && material_tags.contains(&crate::tags::tag(*f, id)));
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

/// Each material's facet tags, as a set.
pub(crate) fn material_tags(c: &Catalogue) -> Vec<HashSet<String>> {
    c.materials.iter().map(|m| tags(m).into_iter().collect()).collect()
}

/// Each material's place when ordered by `key` (ties share a place).
fn ranks(materials: &[Material], key: impl Fn(&Material) -> String) -> Vec<u32> {
    let keys: Vec<String> = materials.iter().map(key).collect();
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|a, b| keys[*a].cmp(&keys[*b]));
    let mut ranks = vec![0; keys.len()];
    for (place, w) in order.windows(2).enumerate() {
        ranks[w[1]] = if keys[w[1]] == keys[w[0]] { ranks[w[0]] } else { place as u32 + 1 };
    }
    ranks
}

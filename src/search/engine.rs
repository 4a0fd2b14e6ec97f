//! The engine: opens the packed catalogue read-only and answers [`Query`]s.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};
#[cfg(feature = "fulltext")]
use tantivy::collector::{DocSetCollector, TopDocs};
#[cfg(feature = "fulltext")]
use tantivy::directory::OwnedBytes;
#[cfg(feature = "fulltext")]
use tantivy::{Index, IndexReader, ReloadPolicy};

use super::filters::{self, age_allows, age_window, chosen, chosen_mut, ChosenTerms, FacetIndex, FILTERS};
use super::fit::{evidence_year, score, Profile, Weights};
use super::lexicon::{Lexicon, LexiconData};
use super::results::{DropFilter, FacetCount, Facets, Hit, Results, Suggestions};
#[cfg(feature = "fulltext")]
use super::text::words;
use super::text::{TextPlan, EXPANSION, FIELD_BOOSTS, TAG_BOOST};
use super::{snippet, why, Lang, Query, Sort};
use crate::catalogue::{Catalogue, Helpline, Material};
use crate::index::tags;
#[cfg(feature = "fulltext")]
use crate::index::schema::{nl_analyzer, schema, Fields, NL};
#[cfg(feature = "fulltext")]
use crate::index::{unpack, StaticDirectory, CATALOGUE_FILE};
use crate::vocabulary::{Facet, Vocabulary};

/// Below this many results the engine suggests a filter to drop.
const FEW: usize = 3;

#[derive(Debug)]
pub enum EngineError {
    Packed(String),
    #[cfg(feature = "fulltext")]
    Index(tantivy::TantivyError),
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::Packed(m) => write!(f, "the packed catalogue is damaged: {m}"),
            #[cfg(feature = "fulltext")]
            EngineError::Index(e) => write!(f, "the search index failed: {e}"),
        }
    }
}

impl std::error::Error for EngineError {}

#[cfg(feature = "fulltext")]
impl From<tantivy::TantivyError> for EngineError {
    fn from(e: tantivy::TantivyError) -> Self {
        EngineError::Index(e)
    }
}

/// Where text relevance comes from.
enum TextIndex {
    /// tantivy: BM25 over the index, Dutch stemming of typed words (tier 2).
    #[cfg(feature = "fulltext")]
    Full {
        reader: IndexReader,
        fields: Fields,
        /// Material position for each (segment, doc id).
        ords: Vec<Vec<u32>>,
    },
    /// Field-weighted stem matches over the precomputed stems of each material (tier 1).
    Simple(Postings),
}

/// Tier 1's inverted index, built when the records are opened (tier 2 has tantivy instead).
struct Postings {
    /// Stem → id into `stems` (the ids of [`Records::fields`]).
    stem_ids: HashMap<String, u32>,
    /// Per stem id the materials that have it (ascending), with the fields it is in (bit f for
    /// `FIELD_BOOSTS[f]`).
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

    /// Adds `weight` × each field's boost to `scores` for every material with stem `s`.
    fn add_stem(&self, s: u32, weight: f32, scores: &mut [f32], mut each: impl FnMut(usize)) {
        for (i, in_fields) in &self.stems[s as usize] {
            let i = *i as usize;
            for (f, boost) in FIELD_BOOSTS.iter().enumerate() {
                if in_fields & (1 << f) != 0 {
                    scores[i] += weight * boost;
                }
            }
            each(i);
        }
    }
}

/// The records the tier-1 engine opens: the catalogue, the lexicon (every catalogue word with
/// its stem, so nothing is stemmed at run time) and each material's stems per field.
#[derive(Serialize, Deserialize)]
struct Records {
    catalogue: Catalogue,
    lexicon: LexiconData,
    stems: Vec<String>,
    /// Per material: sorted stem ids of title, keywords, summary (both languages), publisher.
    fields: Vec<[Vec<u32>; 4]>,
}

/// The stems of each material's text fields, as ids into one stem table.
#[cfg(feature = "fulltext")]
fn material_stems(c: &Catalogue, lexicon: &Lexicon) -> (Vec<String>, Vec<[Vec<u32>; 4]>) {
    let mut table: Vec<String> = Vec::new();
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut fields = Vec::with_capacity(c.materials.len());
    for m in &c.materials {
        let texts = [
            m.title.clone(),
            m.keywords.join(" · "),
            format!("{} {}", m.summary, m.summary_en.as_deref().unwrap_or_default()),
            m.publisher.clone().unwrap_or_default(),
        ];
        fields.push(texts.map(|t| {
            let mut v: Vec<u32> = words(&t)
                .iter()
                .filter_map(|w| lexicon.stem_of(w))
                .map(|s| {
                    *ids.entry(s.to_string()).or_insert_with(|| {
                        table.push(s.to_string());
                        table.len() as u32 - 1
                    })
                })
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        }));
    }
    (table, fields)
}

/// The tier-1 records of a validated catalogue (built natively, embedded in the widget).
#[cfg(feature = "fulltext")]
pub fn records(c: &Catalogue) -> Vec<u8> {
    let lexicon = Lexicon::new(c);
    let (stems, fields) = material_stems(c, &lexicon);
    let r = Records { catalogue: c.clone(), lexicon: lexicon.to_data(), stems, fields };
    serde_json::to_vec(&r).expect("records serialise")
}

pub struct Engine {
    catalogue: Catalogue,
    text: TextIndex,
    /// The stem table, and each material's stems per field as ids into it (see [`Records`]).
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
    newest_year: Option<u16>,
    weights: Weights,
}

impl Engine {
    fn assemble(
        catalogue: Catalogue,
        tags: Vec<HashSet<String>>,
        text: TextIndex,
        lexicon: Lexicon,
        stems: Vec<String>,
        fields: Vec<[Vec<u32>; 4]>,
    ) -> Engine {
        let newest_year = catalogue.materials.iter().filter_map(evidence_year).max();
        let facets = FacetIndex::new(&catalogue.materials, &catalogue.vocabulary);
        let title_rank = ranks(&catalogue.materials, |m| m.title.clone());
        let title_lower_rank = ranks(&catalogue.materials, |m| m.title.to_lowercase());
        Engine {
            catalogue,
            text,
            stems,
            fields,
            tags,
            facets,
            title_rank,
            title_lower_rank,
            lexicon,
            newest_year,
            weights: Weights::default(),
        }
    }

    /// Opens tier-1 records (from [`records`]): the same search without tantivy. Text relevance
    /// is a field-weighted count of matched stems; typed words are not stemmed, only looked up
    /// among the catalogue's words (an unknown word matches nothing).
    pub fn open_records(bytes: &[u8]) -> Result<Engine, EngineError> {
        let r: Records = serde_json::from_slice(bytes).map_err(|e| EngineError::Packed(e.to_string()))?;
        if r.fields.len() != r.catalogue.materials.len() {
            return Err(EngineError::Packed("records and stems disagree".into()));
        }
        let tags = material_tags(&r.catalogue);
        let postings = Postings::new(&r.stems, &r.fields, &tags);
        Ok(Engine::assemble(r.catalogue, tags, TextIndex::Simple(postings), Lexicon::from_data(r.lexicon), r.stems, r.fields))
    }

    /// Whether this engine scores text with tantivy (tier 2) rather than the simple scorer.
    pub fn is_fulltext(&self) -> bool {
        !matches!(self.text, TextIndex::Simple(_))
    }

    /// Opens packed bytes (from [`crate::index::build`]) without copying them.
    #[cfg(feature = "fulltext")]
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
        let (stems, fields) = material_stems(&catalogue, &lexicon);
        let tags = material_tags(&catalogue);
        Ok(Engine::assemble(catalogue, tags, TextIndex::Full { reader, fields: schema().1, ords }, lexicon, stems, fields))
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

    /// The Dutch helplines for the given audiences (see [`Engine::helplines_in`]); the widget
    /// has no region choice yet.
    pub fn helplines(&self, audiences: &[String]) -> Vec<&Helpline> {
        self.helplines_in("nederland", audiences)
    }

    /// The helplines of `region` for the given audiences: urgent ones, those marked `always`,
    /// and those serving one of the audiences (or its parent). A line for everyone that is not
    /// `always` (Meld Misdaad Anoniem, 113) is left to topic- or situation-aware selection, so
    /// the block stays short.
    pub fn helplines_in(&self, region: &str, audiences: &[String]) -> Vec<&Helpline> {
        let vocab = self.vocabulary();
        self.catalogue
            .helplines
            .iter()
            .filter(|h| h.region == region)
            .filter(|h| {
                h.always
                    || h.urgent
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
        let candidates = self.candidates(&plan);
        let window = age_window(q, vocab);
        // A school level typed in the text ("groep 7", "klas 2 vmbo") steers the ranking by
        // age, softly: it does not filter, because the user did not choose it as a filter.
        let typed_level = if window.is_none() { self.lexicon.school_level_in(&q.text) } else { None };
        let profile = Profile { query: q, window: window.or(typed_level), newest_year: self.newest_year };
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
            Sort::Newest => ranked.sort_by(|a, b| {
                m(b.0).evidence_date.cmp(&m(a.0).evidence_date).then_with(|| b.1.total_cmp(&a.1)).then_with(|| title(a.0).cmp(&title(b.0)))
            }),
            Sort::Title => ranked.sort_by_key(|a| lower(a.0)),
        }
        let total = ranked.len();
        let skip = q.page.max(1).saturating_sub(1).saturating_mul(q.limit);
        // Only the shown page gets snippets and reasons.
        let hits = ranked.into_iter().skip(skip).take(q.limit).map(|(i, s)| self.hit(i, q, &plan, s)).collect();
        let facets = self.facet_counts(&chosen, window, &candidates);
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
        if plan.is_empty() {
            return (0..self.catalogue.materials.len()).map(|i| (i, 0.0)).collect();
        }
        match &self.text {
            #[cfg(feature = "fulltext")]
            TextIndex::Full { reader, fields, ords } => Self::full_candidates(plan, reader, fields, ords, self.catalogue.materials.len()),
            TextIndex::Simple(postings) => self.simple_candidates(postings, plan),
        }
    }

    /// Tier 1: for each typed word, its stems found in title (3), keywords (2), summary (1) and
    /// publisher (0.5), plus the vocabulary terms the text names; scaled to the best match and
    /// weighed by word coverage exactly as the full engine does.
    fn simple_candidates(&self, postings: &Postings, plan: &TextPlan) -> Vec<(usize, f32)> {
        let id = |s: &str| postings.stem_ids.get(s).copied();
        let slots: Vec<Vec<(u32, f32)>> =
            plan.slots.iter().map(|slot| slot.stems.iter().filter_map(|(s, w)| id(s).map(|i| (i, *w))).collect()).collect();
        let expansions: Vec<u32> = plan.expansions.iter().filter_map(|s| id(s)).collect();
        // Per named vocabulary term: its slots and the materials tagged with it.
        let tags: Vec<(&std::ops::Range<usize>, &[u32])> = plan
            .tags
            .iter()
            .map(|(f, t, r)| (r, postings.tags.get(&crate::index::tag(*f, t)).map_or(&[][..], Vec::as_slice)))
            .collect();
        // Scores are summed over the postings of each stem and tag, never over all materials.
        // The loops run in the order of a per-material scan (slot, stem, field; expansions; tags),
        // so every material's float sum is added up in the same order, to the same score.
        let n = self.catalogue.materials.len();
        let mut scores = vec![0.0f32; n];
        let mut covered = vec![0usize; n];
        // The last slot that counted as covered for each material (`k + 1`; 0: none yet).
        let mut covered_in = vec![0usize; n];
        for (k, slot) in slots.iter().enumerate() {
            for (s, w) in slot {
                postings.add_stem(*s, *w, &mut scores, |i| covered_in[i] = k + 1);
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
            postings.add_stem(*s, EXPANSION, &mut scores, |_| ());
        }
        for (_, with) in &tags {
            for i in *with {
                scores[*i as usize] += TAG_BOOST;
            }
        }
        let found: Vec<(usize, f32, usize)> = (0..n).filter(|i| scores[*i] > 0.0).map(|i| (i, scores[i], covered[i])).collect();
        let best = found.iter().map(|f| f.1).fold(f32::MIN_POSITIVE, f32::max);
        let words = slots.len();
        let coverage = |c: usize| if words > 1 { 0.3 + 0.7 * c as f32 / words as f32 } else { 1.0 };
        found.into_iter().map(|(i, s, c)| (i, s / best * coverage(c))).collect()
    }

    /// Tier 2: BM25 over the tantivy index.
    #[cfg(feature = "fulltext")]
    fn full_candidates(plan: &TextPlan, reader: &IndexReader, fields: &Fields, ords: &[Vec<u32>], count: usize) -> Vec<(usize, f32)> {
        let Some(query) = plan.query(fields) else {
            return (0..count).map(|i| (i, 0.0)).collect();
        };
        let searcher = reader.searcher();
        let ord = |addr: tantivy::DocAddress| ords[addr.segment_ord as usize][addr.doc_id as usize] as usize;
        let limit = (searcher.num_docs() as usize).max(1);
        let top = searcher.search(&*query, &TopDocs::with_limit(limit).order_by_score()).unwrap_or_default();
        let best = top.first().map_or(1.0, |(s, _)| s.max(f32::MIN_POSITIVE));
        let mut covered = vec![0u16; count];
        let slots = plan.slot_queries(fields);
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
        let mut lists = FILTERS.into_iter().zip(counts).map(|(f, counts)| {
            vocab.terms(f).iter().zip(counts).map(|(t, count)| FacetCount { id: t.id.clone(), count }).collect()
        });
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
                let (window, chosen) = (age_window(&without, vocab), ChosenTerms::new(&without, vocab));
                let m = |i: usize| &self.catalogue.materials[i];
                d.total = candidates.iter().filter(|(i, _)| chosen.passes(&self.facets, *i, m(*i), window)).count();
                d
            })
            .filter(|d| d.total > total)
            .max_by(|a, b| a.total.cmp(&b.total).then_with(|| b.label.cmp(&a.label)))
    }

    fn hit(&self, i: usize, q: &Query, plan: &TextPlan, score: f32) -> Hit {
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
            why: why::reasons(m, q, age_window(q, self.vocabulary()), &matched_words, self.vocabulary()),
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
            let via_tag = plan.tags.iter().any(|(f, id, range)| range.contains(&k) && material_tags.contains(&crate::index::tag(*f, id)));
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
#[cfg(feature = "fulltext")]
pub struct Packed(OwnedBytes);

#[cfg(feature = "fulltext")]
impl From<&'static [u8]> for Packed {
    fn from(b: &'static [u8]) -> Self {
        Packed(OwnedBytes::new(b))
    }
}

#[cfg(feature = "fulltext")]
impl From<Vec<u8>> for Packed {
    fn from(b: Vec<u8>) -> Self {
        Packed(OwnedBytes::new(b))
    }
}

/// Each material's facet tags, as a set.
fn material_tags(c: &Catalogue) -> Vec<HashSet<String>> {
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

//! Evaluation against the judged relevance set (`tests/relevance/judgments.toml`): realistic
//! queries with graded judgments (0–3) made by reading the materials. Used by the relevance
//! test (nDCG@10, hard-filter precision) and by the latency benchmark.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use preventiewijzer_engine::filters::{age_window, passes};
use preventiewijzer_engine::{Engine, Lang, Query};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JudgedQuery {
    pub id: String,
    pub who: String,
    pub need: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub audiences: Vec<String>,
    pub age: Option<u8>,
    pub school_level: Option<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub risk_groups: Vec<String>,
    #[serde(default)]
    pub lang: Option<String>,
    /// Material id → grade (3 exactly right … 0 not relevant); unlisted materials are 0.
    pub judgments: BTreeMap<String, u8>,
    /// Written in people's own words (`tests/relevance/natural.toml`), not in catalogue terms.
    #[serde(default)]
    pub natural: bool,
}

#[derive(Debug, Deserialize)]
struct File {
    query: Vec<JudgedQuery>,
}

pub fn load(path: &Path) -> Result<Vec<JudgedQuery>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str::<File>(&text).map(|f| f.query).map_err(|e| format!("{}: {e}", path.display()))
}

/// The whole judged set: `judgments.toml` (catalogue words) and `natural.toml` (people's own
/// words), both in `dir`. Query ids must be unique across the two.
pub fn load_all(dir: &Path) -> Result<Vec<JudgedQuery>, String> {
    let mut all = load(&dir.join("judgments.toml"))?;
    all.extend(load(&dir.join("natural.toml"))?);
    let mut ids = std::collections::HashSet::new();
    if let Some(dup) = all.iter().find(|j| !ids.insert(j.id.clone())) {
        return Err(format!("{}: query id `{}` is used twice", dir.display(), dup.id));
    }
    Ok(all)
}

impl JudgedQuery {
    pub fn query(&self) -> Query {
        Query {
            text: self.text.clone(),
            audiences: self.audiences.clone(),
            age: self.age,
            school_level: self.school_level.clone(),
            topics: self.topics.clone(),
            risk_groups: self.risk_groups.clone(),
            lang: self.lang.as_deref().and_then(Lang::parse).unwrap_or_default(),
            limit: 10,
            ..Query::default()
        }
    }
}

/// nDCG@k with gains 2^grade − 1.
pub fn ndcg(ranked: &[String], judgments: &BTreeMap<String, u8>, k: usize) -> f64 {
    let gain = |g: u8| f64::from((1u32 << g) - 1);
    let dcg: f64 = ranked.iter().take(k).enumerate().map(|(i, id)| gain(*judgments.get(id).unwrap_or(&0)) / ((i + 2) as f64).log2()).sum();
    let mut ideal: Vec<u8> = judgments.values().copied().filter(|g| *g > 0).collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let idcg: f64 = ideal.iter().take(k).enumerate().map(|(i, g)| gain(*g) / ((i + 2) as f64).log2()).sum();
    if idcg == 0.0 {
        1.0
    } else {
        dcg / idcg
    }
}

/// The hits of `q` that break one of its hard filters (should always be empty).
pub fn filter_violations(engine: &Engine, q: &Query) -> Vec<String> {
    let vocab = engine.vocabulary();
    let window = age_window(q, vocab);
    let results = engine.search(&Query { limit: usize::MAX, ..q.clone() });
    results
        .hits
        .iter()
        .filter_map(|h| engine.materials().iter().find(|m| m.id == h.id))
        .filter(|m| !passes(m, q, window, vocab))
        .map(|m| m.id.clone())
        .collect()
}

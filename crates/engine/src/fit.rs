//! Fit: how well a material suits the user's profile, combined with text relevance in one
//! function, [`score`]. Every weight says what it does in user terms.

use crate::catalogue::Material;
use crate::vocabulary::{Facet, Vocabulary};
use crate::Query;

/// The knobs of the ranking. Scores are sums of weighted parts, each part between 0 and 1.
#[derive(Debug, Clone, Copy)]
pub struct Weights {
    /// How much matching the typed words counts (text relevance is scaled to 0–1 against the
    /// best text match). Raise it to let words outweigh the profile. Range 0–5, default 2.0:
    /// someone who types is usually looking for something specific.
    pub text: f32,
    /// Bonus when the material is made for exactly the chosen audience (or a sub-type of it).
    /// Range 0–1.5, default 0.9 (with `audience_related` at half; measured on the judged set,
    /// tier 2 whole/natural nDCG@10: 0.6 → 0.739/0.682, 0.9 → 0.747/0.698, 1.2 → 0.749/0.701).
    pub audience_exact: f32,
    /// Bonus when the material is for the chosen audience's parent group (a teacher gets material
    /// "for professionals"). Lower than exact on purpose. Range 0–1, default 0.45.
    pub audience_related: f32,
    /// Bonus for an age inside the material's known range, largest at the centre, half at the
    /// edge. Range 0–1, default 0.8.
    pub age: f32,
    /// Bonus for a material whose age range is unknown when an age is set: shown, but below
    /// materials that are known to fit. Range 0–`age`, default 0.1.
    pub age_unknown: f32,
    /// Bonus for each chosen topic the material covers, larger when the material covers few
    /// topics (a sexting lesson beats a broad relationships course for "sexting"). Default 0.5.
    pub topic: f32,
    /// The same for risk groups: material made for LVB youth outranks general material for an
    /// LVB profile. Default 0.5.
    pub risk_group: f32,
    /// Bonus for recognised effectiveness, scaled by the level's rank (strongest = full bonus).
    /// Small, so recognition breaks ties rather than hiding good unrated material. Default 0.1.
    pub evidence: f32,
    /// Bonus for a recent recognition date: full within 5 years of the newest date in the
    /// catalogue, fading to 0 over the 10 years before. Range 0–1, default 0.1: old material
    /// may still be good, so this only breaks ties.
    pub freshness: f32,
    /// How much a situation the query describes ("oudere vriend die cadeaus geeft") leans the
    /// ranking toward its topics, times the match's strength and the share of the situation's
    /// topics the material covers. Soft, like a typed school level: it never filters.
    /// Range 0–4, default 1.5.
    pub situation: f32,
    /// Bonus for a material one can act on: it has a link, or a source says how to get it. Tiny:
    /// it puts such a material above an otherwise equal one without a way to get it.
    /// Default 0.02.
    pub actionable: f32,
    /// Bonus for material in the user's own language (the widget's `lang`): a Dutch teacher
    /// gets Dutch lessons before English ones. Range 0–1, default 0.3.
    pub language: f32,
    /// A topic named in the typed words ("loverboyproblematiek", "sexting") counts this share of
    /// `topic`, the bonus of a chosen topic: material mainly about what was typed beats one that
    /// mentions it among many subjects. Default 2.0. Measured on the judged set (tier 2 natural
    /// nDCG@10): 0.5 → 0.638, 1.0 → 0.641, 2.0 → 0.649, 3.0 → 0.650 (whole set falls), 4.0 → 0.635.
    pub typed_topic: f32,
    /// For an acute situation (someone needs help now), material that helps (stage `hulp` or
    /// `melding`) gets this share of the situation's lean (`situation` × strength). Default 1.5.
    /// measured (tier 2 natural): 0.3 → 0.660, 0.5 → 0.668, 1.0 → 0.671, 1.5 → 0.675, 2.0 → 0.673.
    pub acute_help: f32,
    /// Bonus, when neither a chosen audience nor the typed words say who asks, for material a
    /// young person or a parent can use themselves (over material only for professionals).
    /// Default 0.2. Measured (tier 2 whole/natural): 0 → 0.732/0.678, 0.1 → 0.736/0.680,
    /// 0.2 → 0.739/0.682, 0.4 → 0.739/0.683.
    pub public: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            text: 2.0,
            audience_exact: 0.9,
            audience_related: 0.45,
            age: 0.8,
            age_unknown: 0.1,
            topic: 0.5,
            risk_group: 0.5,
            evidence: 0.1,
            freshness: 0.1,
            language: 0.3,
            situation: 1.5,
            actionable: 0.02,
            typed_topic: 2.0,
            acute_help: 1.5,
            public: 0.2,
        }
    }
}

/// A typed audience ("mijn dochter") counts this share of a chosen one (0.5 measured 0.578 on
/// the natural subset in tier 2, 1.0 measured 0.582).
const TYPED_AUDIENCE: f32 = 1.0;

/// How a material relates to the chosen audiences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AudienceMatch {
    None,
    Related,
    Exact,
}

pub fn audience_match(m: &Material, chosen: &[String], vocab: &Vocabulary) -> AudienceMatch {
    let mut best = AudienceMatch::None;
    for c in chosen {
        for a in &m.audiences {
            let found = if a == c || vocab.audience_parent(a) == Some(c.as_str()) {
                AudienceMatch::Exact
            } else if vocab.audience_parent(c) == Some(a.as_str()) {
                AudienceMatch::Related
            } else {
                AudienceMatch::None
            };
            best = best.max(found);
        }
    }
    best
}

/// `None` when the material's known range excludes the ages `window`; otherwise how well the
/// range fits (0.5–1): half for being inside, a quarter for how central the age is, a quarter
/// for how narrow the range is (a lesson for 13–15 fits a 14-year-old better than a
/// programme for 0–18). A range known on one side only counts as central but not narrow.
/// `Some(None)` when the range is unknown.
pub fn age_fit(m: &Material, window: (u8, u8)) -> Option<Option<f32>> {
    if !super::filters::age_allows(m, Some(window)) {
        return None;
    }
    let age = ((u16::from(window.0) + u16::from(window.1)) / 2) as u8;
    match (m.age_min, m.age_max) {
        (None, None) => Some(None),
        (Some(lo), Some(hi)) => {
            let (lo, hi, age) = (f32::from(lo), f32::from(hi), f32::from(age));
            let half = ((hi - lo) / 2.0).max(0.5);
            let centrality = 1.0 - ((age - (lo + hi) / 2.0).abs() / half).min(1.0);
            let narrowness = 1.0 / (1.0 + (hi - lo) / 8.0);
            Some(Some(0.5 + 0.25 * centrality + 0.25 * narrowness))
        }
        _ => Some(Some(0.75)),
    }
}

/// What the score needs besides the material: the query, its age window, and the newest
/// recognition year in the catalogue.
pub struct Profile<'a> {
    pub query: &'a Query,
    pub window: Option<(u8, u8)>,
    pub newest_year: Option<u16>,
    /// The audience the typed words show the speaker belongs to ("mijn dochter": a parent), when
    /// none was chosen: a soft bonus, as large as a chosen audience's (measured: better than half).
    pub typed_audience: Option<&'a str>,
    /// The situation the query describes, with how much it leans the ranking (0–1).
    pub situation: Option<(&'a crate::catalogue::Situation, f32)>,
    /// Topics the typed words name ("loverboys" for "tienerpooier"), when no topic was chosen:
    /// they count [`Weights::typed_topic`] of a chosen topic's bonus.
    pub typed_topics: &'a [String],
}

/// Who can use material themselves, without a professional's context.
const PUBLIC: [&str; 2] = ["jongeren", "ouders"];

/// The stages of material that helps once something has happened.
const HELP_STAGES: [&str; 2] = ["hulp", "melding"];

/// The final score of a material that passed the filters. `text` is its text relevance scaled
/// to 0–1 (0 when there is no text).
pub fn score(m: &Material, p: &Profile, text: f32, vocab: &Vocabulary, w: &Weights) -> f32 {
    let q = p.query;
    let mut s = w.text * text;
    // Material made for fewer audiences is more specific: "for parents" beats "for parents,
    // teachers and youth workers" when a parent asks.
    let audience_specificity = 0.6 + 0.4 / m.audiences.len().max(1) as f32;
    s += match audience_match(m, &q.audiences, vocab) {
        AudienceMatch::Exact => w.audience_exact * audience_specificity,
        AudienceMatch::Related => w.audience_related,
        AudienceMatch::None => 0.0,
    };
    // Nobody said who asks: material a young person or a parent can use themselves first.
    if q.audiences.is_empty() && p.typed_audience.is_none() && m.audiences.iter().any(|a| PUBLIC.contains(&a.as_str())) {
        s += w.public;
    }
    if let Some(typed) = p.typed_audience {
        if audience_match(m, &[typed.to_string()], vocab) == AudienceMatch::Exact {
            s += w.audience_exact * audience_specificity * TYPED_AUDIENCE;
        }
    }
    if let Some(window) = p.window {
        s += match age_fit(m, window) {
            Some(Some(centrality)) => w.age * centrality,
            Some(None) => w.age_unknown,
            None => 0.0,
        };
    }
    let specificity = |chosen: &[String], has: &[String]| -> f32 {
        let hits = chosen.iter().filter(|c| has.contains(c)).count() as f32;
        if hits == 0.0 {
            0.0
        } else {
            hits / chosen.len() as f32 * (0.5 + 0.5 / has.len() as f32)
        }
    };
    s += w.topic * specificity(&q.topics, &m.topics);
    s += w.topic * w.typed_topic * specificity(p.typed_topics, &m.topics);
    s += w.risk_group * specificity(&q.risk_groups, &m.risk_groups);
    if let Some(rank) = m.evidence.as_ref().and_then(|e| vocab.term(Facet::EvidenceLevels, e)).and_then(|t| t.rank) {
        let max = vocab.evidence_levels.iter().filter_map(|t| t.rank).max().unwrap_or(1).max(1);
        s += w.evidence * f32::from(rank) / f32::from(max);
    }
    if let Some((situation, strength)) = p.situation {
        s += w.situation * strength * crate::situation::topic_share(situation, &m.topics);
        // Someone in an acute situation needs help now: material that gives help (a helpline,
        // a help site, a report point) before material that teaches or prevents.
        if situation.acute && m.stages.iter().any(|st| HELP_STAGES.contains(&st.as_str())) {
            s += w.situation * strength * w.acute_help;
        }
    }
    if m.url.is_some() || m.how_to_get.is_some() || m.source_url.is_some() {
        s += w.actionable;
    }
    if m.languages.iter().any(|l| l == q.lang.code()) {
        s += w.language;
    }
    if let (Some(year), Some(newest)) = (evidence_year(m), p.newest_year) {
        let age = f32::from(newest.saturating_sub(year));
        s += w.freshness * (1.0 - ((age - 5.0) / 10.0).clamp(0.0, 1.0));
    }
    s
}

/// A material an assessor judged "niet erkend" never stands in the top three while another
/// material fits (issue 16): such materials wait until three others are placed, then follow in
/// their own order. Everything else keeps its order.
pub fn hold_back_not_recognised<T>(ranked: Vec<(usize, T)>, not_recognised: impl Fn(usize) -> bool) -> Vec<(usize, T)> {
    const TOP: usize = 3;
    let mut out = Vec::with_capacity(ranked.len());
    let mut held = Vec::new();
    for item in ranked {
        if out.len() < TOP && not_recognised(item.0) {
            held.push(item);
            continue;
        }
        if out.len() == TOP {
            out.append(&mut held);
        }
        out.push(item);
    }
    out.append(&mut held);
    out
}

/// The year of the material's recognition date, if known.
pub fn evidence_year(m: &Material) -> Option<u16> {
    m.evidence_date.as_deref().and_then(|d| d.get(..4)).and_then(|y| y.parse().ok())
}

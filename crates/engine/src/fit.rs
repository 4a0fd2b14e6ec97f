//! Fit: how well a material suits the user's profile, combined with text relevance in one
//! function, [`score`]. Its weights are [`Weights`] (`crate::weights`), each documented there.

use crate::catalogue::Material;
use crate::vocabulary::{Facet, Vocabulary};
pub use crate::weights::Weights;
use crate::Query;

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

/// Formats a young person or a parent can use on their own, without a class or a trainer.
const SELF_USE_FORMATS: [&str; 6] = ["website", "hulplijn", "meldpunt", "brochure", "film", "campagne"];

/// Whether a young person or a parent can use `m` themselves: a self-use format or material to
/// read alone, made for young people, parents or adults.
fn self_use(m: &Material) -> bool {
    let for_them = m.audiences.iter().any(|a| matches!(a.as_str(), "jongeren" | "ouders" | "volwassenen"));
    for_them && (SELF_USE_FORMATS.contains(&m.format.as_str()) || m.delivered_by.iter().any(|d| d == "zelf-lezen"))
}

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
            s += w.audience_exact * audience_specificity * w.typed_audience;
        }
    }
    // A young person or a parent asking: material they can use themselves first.
    let asker = q.audiences.iter().map(String::as_str).chain(p.typed_audience);
    if asker.clone().any(|a| PUBLIC.contains(&a)) && self_use(m) {
        s += w.self_use;
    }
    if let Some(window) = p.window {
        s += match age_fit(m, window) {
            Some(Some(centrality)) => w.age * centrality,
            Some(None) => w.age_unknown,
            None => 0.0,
        };
    }
    let specificity = |chosen: &[String], has: &[String], breadth: usize| -> f32 {
        let hits = chosen.iter().filter(|c| has.contains(c)).count() as f32;
        if hits == 0.0 {
            0.0
        } else {
            hits / chosen.len() as f32 * (0.5 + 0.5 / breadth.max(1) as f32)
        }
    };
    // How many subjects the material covers: topics that say what to do ("signaleren",
    // "hulp-zoeken", "melden") do not make a loverboy site less about loverboys.
    let subjects = m.topics.iter().filter(|t| !crate::situation::ACTION_TOPICS.contains(&t.as_str())).count();
    s += w.topic * specificity(&q.topics, &m.topics, subjects);
    s += w.topic * w.typed_topic * specificity(p.typed_topics, &m.topics, subjects);
    s += w.risk_group * specificity(&q.risk_groups, &m.risk_groups, m.risk_groups.len());
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

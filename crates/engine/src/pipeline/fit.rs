//! Stage 4, fit: how well each candidate that passed the filters suits the user's profile,
//! combined with its text relevance in one function, [`score`], and the candidates in the
//! order the query asks for ([`rank`]). The weights are [`Weights`] (`crate::weights`), each
//! documented there.

use crate::catalogue::Material;
use crate::engine::Engine;
use crate::pipeline::candidates::Candidate;
use crate::pipeline::filter::school_level_span;
use crate::pipeline::understand::Understood;
use crate::vocabulary::{Facet, Vocabulary};
use crate::weights::Weights;
use crate::Sort;

/// A material that passed the filters, with its score, in the order shown.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ranked {
    /// Its place in the catalogue's materials.
    pub(crate) material: usize,
    pub(crate) score: f32,
}

/// Stage 4: scores `passing` and orders it as the query asks; equal scores (and equal dates,
/// levels) in title order. By relevance, a material assessed as not recognised waits outside
/// the top three ([`hold_back_not_recognised`]).
pub(crate) fn rank(engine: &Engine, understood: &Understood, passing: Vec<Candidate>) -> Vec<Ranked> {
    let (vocab, w) = (engine.vocabulary(), &engine.weights);
    let m = |i: usize| &engine.catalogue.materials[i];
    let mut ranking: Vec<Ranked> = passing
        .into_iter()
        .map(|c| {
            let examples = w.examples * understood.example_lean(c.material);
            Ranked { material: c.material, score: score(m(c.material), understood, c.relevance, engine.newest_year, vocab, w) + c.service + examples }
        })
        .collect();
    // Title ties compare precomputed ranks: the same order as comparing the titles.
    let (title, lower) = (|r: &Ranked| engine.title_rank[r.material], |r: &Ranked| engine.title_lower_rank[r.material]);
    match understood.query.sort {
        Sort::Relevance => ranking.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| title(a).cmp(&title(b)))),
        Sort::Newest => ranking.sort_by(|a, b| {
            m(b.material).evidence_date.cmp(&m(a.material).evidence_date).then_with(|| b.score.total_cmp(&a.score)).then_with(|| title(a).cmp(&title(b)))
        }),
        Sort::Title => ranking.sort_by_key(lower),
        Sort::Evidence => {
            let level =
                |r: &Ranked| m(r.material).evidence.as_ref().and_then(|e| vocab.term(Facet::EvidenceLevels, e)).map_or(-1, |t| i16::from(t.rank.unwrap_or(0)));
            ranking.sort_by(|a, b| level(b).cmp(&level(a)).then_with(|| b.score.total_cmp(&a.score)).then_with(|| title(a).cmp(&title(b))))
        }
    }
    if understood.query.sort == Sort::Relevance {
        ranking = hold_back_not_recognised(ranking, |i| m(i).evidence.as_deref() == Some("niet-erkend"));
    }
    ranking
}

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

/// `None` when the material's stated range excludes the ages `window`; otherwise how well the
/// range fits (0.5–1): half for being inside, a quarter for how central the age is, a quarter
/// for how narrow the range is (a lesson for 13–15 fits a 14-year-old better than a
/// programme for 0–18). A range known on one side only counts as central but not narrow.
/// Material that states no age but states school levels is measured by their ages
/// ([`school_level_span`]): 0 when they lie outside the window (it stays shown: the filter reads
/// stated ages only). `Some(None)` when neither is known.
pub fn age_fit(m: &Material, window: (u8, u8), vocab: &Vocabulary) -> Option<Option<f32>> {
    if !crate::pipeline::filter::age_allows(m, Some(window)) {
        return None;
    }
    let age = ((u16::from(window.0) + u16::from(window.1)) / 2) as u8;
    let range = match (m.age_min, m.age_max) {
        (None, None) => match school_level_span(m, vocab) {
            None => return Some(None),
            Some((lo, hi)) if lo > window.1 || hi < window.0 => return Some(Some(0.0)),
            Some((lo, hi)) => (Some(lo), Some(hi)),
        },
        stated => stated,
    };
    match range {
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

/// Whether `m` serves only reporting: every stage it has is `melding`.
fn reporting_only(m: &Material) -> bool {
    !m.stages.is_empty() && m.stages.iter().all(|st| st == "melding")
}

/// The topics that show a query is about reporting: reporting itself, or recognising the signs
/// that come before it.
const REPORTING_TOPICS: [&str; 2] = ["melden", "signaleren"];

/// Whether the query is about reporting: it names or chose a topic of [`REPORTING_TOPICS`], or
/// describes an acute situation.
fn about_reporting(understood: &Understood) -> bool {
    let acute = understood.situation.is_some_and(|found| found.situation.acute);
    acute || understood.typed_topics.iter().chain(&understood.query.topics).any(|t| REPORTING_TOPICS.contains(&t.as_str()))
}

/// The stages of material that helps once something has happened.
pub(crate) const HELP_STAGES: [&str; 2] = ["hulp", "melding"];

/// The final score of a material that passed the filters. `relevance` is its text relevance
/// (0–1, 0 when there is no text); `newest_year` the newest recognition year in the catalogue.
pub(crate) fn score(m: &Material, understood: &Understood, relevance: f32, newest_year: Option<u16>, vocab: &Vocabulary, w: &Weights) -> f32 {
    let query = understood.query;
    let mut s = w.text * relevance;
    // Material made for fewer audiences is more specific: "for parents" beats "for parents,
    // teachers and youth workers" when a parent asks.
    let audience_specificity = 0.6 + 0.4 / m.audiences.len().max(1) as f32;
    s += match audience_match(m, &query.audiences, vocab) {
        AudienceMatch::Exact => w.audience_exact * audience_specificity,
        AudienceMatch::Related => w.audience_related,
        AudienceMatch::None => 0.0,
    };
    // Nobody said who asks: material a young person or a parent can use themselves first.
    if query.audiences.is_empty() && understood.typed_audience.is_none() && m.audiences.iter().any(|a| PUBLIC.contains(&a.as_str())) {
        s += w.public;
    }
    if let Some(typed) = understood.typed_audience {
        s += w.typed_audience
            * match audience_match(m, &[typed.to_string()], vocab) {
                AudienceMatch::Exact => w.audience_exact * audience_specificity,
                // A parent is an adult too: material for the general public fits them, less
                // than material made for parents. Only for typed words: a chosen audience
                // filters by the vocabulary's groups alone.
                AudienceMatch::None if typed == "ouders" && m.audiences.iter().any(|a| a == "volwassenen") => w.adult_material,
                _ => 0.0,
            };
    }
    // A young person or a parent asking, or someone describing a situation without saying who
    // they are (most likely the one it happens to, or their parent): material they can use
    // themselves first.
    let mut asker = query.audiences.iter().map(String::as_str).chain(understood.typed_audience);
    let nobody = query.audiences.is_empty() && understood.typed_audience.is_none() && understood.situation.is_some();
    if (nobody || asker.any(|a| PUBLIC.contains(&a))) && self_use(m) {
        s += w.self_use;
    }
    if let Some(window) = understood.fit_window {
        s += match age_fit(m, window, vocab) {
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
    // "hulp-zoeken", "melden") do not make a loverboy site less about loverboys. Measured (tier 2
    // whole/natural, tier 1 whole/natural) with each action topic counted as 0, 0.3, 0.5 or 1 of
    // a subject: 0.755/0.717, 0.753/0.714; 0.753/0.711, 0.755/0.716; 0.752/0.709, 0.752/0.711;
    // 1 (every topic a subject, as before) 0.754/0.709, 0.747/0.707.
    let subjects = m.topics.iter().filter(|t| !crate::situation::ACTION_TOPICS.contains(&t.as_str())).count();
    s += w.topic * specificity(&query.topics, &m.topics, subjects);
    s += w.topic * w.typed_topic * specificity(&understood.typed_topics, &m.topics, subjects);
    s += w.risk_group * specificity(&query.risk_groups, &m.risk_groups, m.risk_groups.len());
    s += w.risk_group * w.typed_risk_group * specificity(&understood.typed_risk_groups, &m.risk_groups, m.risk_groups.len());
    s += w.topic * w.typed_stage * specificity(&understood.typed_stages, &m.stages, m.stages.len());
    if let Some(rank) = m.evidence.as_ref().and_then(|e| vocab.term(Facet::EvidenceLevels, e)).and_then(|t| t.rank) {
        let max = vocab.evidence_levels.iter().filter_map(|t| t.rank).max().unwrap_or(1).max(1);
        s += w.evidence * f32::from(rank) / f32::from(max);
    }
    if let Some(crate::pipeline::understand::SituationMatch { situation, strength, .. }) = understood.situation {
        s += w.situation * strength * crate::situation::topic_share(situation, &m.topics);
        // Someone in an acute situation needs help now: material that gives help (a helpline,
        // a help site, a report point) before material that teaches or prevents.
        if situation.acute && m.stages.iter().any(|st| HELP_STAGES.contains(&st.as_str())) {
            s += w.situation * strength * w.acute_help;
        }
        // A worrying sign, not an emergency: material that helps recognise the signs fits.
        if !situation.acute && m.stages.iter().any(|st| st == "signalering") {
            s += w.situation * strength * w.signs;
        }
        // Material whose own record says it is made for the people in this situation, in the
        // situation's order: the first listed fits best, the n-th gets 1/n.
        if let Some(place) = understood.listed_place(m) {
            s += w.situation * strength * w.fits / (1.0 + place as f32);
        }
    }
    // A report point or a guide to reporting serves someone who wants to report: a query about
    // reporting or recognising signs, or an acute situation. For anyone else it waits.
    if reporting_only(m) && !about_reporting(understood) {
        s -= w.reporting_only;
    }
    if m.url.is_some() || m.how_to_get.is_some() || m.source_url.is_some() {
        s += w.actionable;
    }
    if m.languages.iter().any(|l| l == query.lang.code()) {
        s += w.language;
    }
    if let (Some(year), Some(newest)) = (evidence_year(m), newest_year) {
        let age = f32::from(newest.saturating_sub(year));
        s += w.freshness * (1.0 - ((age - 5.0) / 10.0).clamp(0.0, 1.0));
    }
    s
}

/// A material an assessor judged "niet erkend" never stands in the top three while another
/// material fits (issue 16): such materials wait until three others are placed, then follow in
/// their own order. Everything else keeps its order.
fn hold_back_not_recognised(ranking: Vec<Ranked>, not_recognised: impl Fn(usize) -> bool) -> Vec<Ranked> {
    const TOP: usize = 3;
    let mut out = Vec::with_capacity(ranking.len());
    let mut held = Vec::new();
    for item in ranking {
        if out.len() < TOP && not_recognised(item.material) {
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

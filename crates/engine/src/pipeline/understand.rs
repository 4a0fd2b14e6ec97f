//! Stage 1, understand: what a [`Query`] means beyond its words as typed. The text becomes a
//! plan of stems ([`TextPlan`]); the chosen age or school level becomes an age window; the chosen
//! filter values become vocabulary term indices; and the text may describe a situation, say who
//! is typing, name a school level or name topics. What the text says steers the ranking softly;
//! only what the user chose filters.

use crate::catalogue::{Material, Situation};
use crate::engine::Engine;
use crate::pipeline::filter::{age_window, ChosenTerms};
use crate::pipeline::fit::{audience_match, AudienceMatch};
use crate::text::{words, TextPlan};
use crate::vocabulary::{Facet, Vocabulary};
use crate::{Lang, Query};

/// A query as the engine understood it: what every later stage reads.
pub(crate) struct Understood<'a> {
    /// The query as asked.
    pub(crate) query: &'a Query,
    /// The typed words as stems (empty when the text holds no word).
    pub(crate) plan: TextPlan,
    /// The ages the query chose (its age, else its school level's ages): a hard filter.
    pub(crate) window: Option<(u8, u8)>,
    /// The ages the ranking fits: [`Understood::window`], else a school level or an age typed in
    /// the text ("groep 7", "klas 2 vmbo", "mijn zoon van 11"), which steers the ranking by age
    /// but does not filter, because the user did not choose it as a filter.
    pub(crate) fit_window: Option<(u8, u8)>,
    /// The chosen filter values as vocabulary term indices.
    pub(crate) chosen: ChosenTerms,
    /// The situation tapped, else the one the text describes.
    pub(crate) situation: Option<SituationMatch<'a>>,
    /// Who is typing, when no audience was chosen: from their words ("mijn dochter": a parent),
    /// else the one audience who describes such a situation.
    pub(crate) typed_audience: Option<&'a str>,
    /// Topics the text names ("loverboy", "sexting") when none was chosen: a soft preference,
    /// like a chosen topic.
    pub(crate) typed_topics: Vec<String>,
    /// Risk groups the text names ("dochter met lvb", "licht verstandelijke beperking") when
    /// none was chosen: a soft preference, like a chosen risk group.
    pub(crate) typed_risk_groups: Vec<String>,
    /// Stages the text names ("hoe meld ik dat": reporting; "voorlichting": prevention) when
    /// none was chosen: a soft preference, like a typed topic.
    pub(crate) typed_stages: Vec<String>,
    /// The materials the situation lists as made for its people that fit who asks (see
    /// [`made_for_asker`]), in the list's order: their place decides their lean.
    pub(crate) listed: Vec<&'a str>,
    /// Per catalogue place, how high example searches like this one ranked the material (0–1;
    /// empty when none is alike or the `examples` knob is 0).
    pub(crate) examples: Vec<f32>,
}

/// The situation a query is about, with how much it leans the ranking (0–1; 1 when tapped).
#[derive(Clone, Copy)]
pub(crate) struct SituationMatch<'a> {
    /// Its place in the catalogue's situations.
    pub(crate) index: usize,
    pub(crate) situation: &'a Situation,
    pub(crate) strength: f32,
}

/// Stage 1: understands `query` with the engine's lexicon, situations and vocabulary.
pub(crate) fn understand<'a>(engine: &'a Engine, query: &'a Query) -> Understood<'a> {
    let vocab = engine.vocabulary();
    let plan = TextPlan::new(&query.text, &engine.lexicon, &engine.weights);
    let window = age_window(query, vocab);
    let typed_words = words(&query.text);
    // A school level or an age in the words ("groep 7", "my 5 year old") steers by age, softly.
    let typed_level = if window.is_none() {
        engine.lexicon.school_level_in(&query.text).or_else(|| crate::dutch::typed_age(&typed_words).map(|age| (age, age)))
    } else {
        None
    };
    let situations = &engine.catalogue.situations;
    let situation = query
        .situation
        .as_deref()
        .and_then(|id| situations.iter().position(|s| s.id == id))
        .map(|i| (i, 1.0))
        .or_else(|| engine.situations.best_for(&plan, &engine.weights))
        .map(|(index, strength)| SituationMatch { index, situation: &situations[index], strength });
    let only_who = situation.and_then(|found| if found.situation.who.len() == 1 { Some(found.situation.who[0].as_str()) } else { None });
    let typed_audience = if query.audiences.is_empty() { crate::dutch::speaker(&typed_words).or(only_who) } else { None };
    // The terms of `facet` the text names, when none of them was chosen.
    let typed = |facet: Facet, chosen: &[String]| -> Vec<String> {
        if chosen.is_empty() {
            plan.named.iter().filter(|(f, _)| *f == facet).map(|(_, id)| id.clone()).collect()
        } else {
            Vec::new()
        }
    };
    let typed_topics = typed(Facet::Topics, &query.topics);
    let typed_stages = typed(Facet::Stages, &query.stages);
    let typed_risk_groups = if query.risk_groups.is_empty() { plan.named_groups.clone() } else { Vec::new() };
    let mut understood = Understood {
        query,
        plan,
        window,
        fit_window: window.or(typed_level),
        chosen: ChosenTerms::new(query, vocab),
        situation,
        typed_audience,
        typed_topics,
        typed_risk_groups,
        typed_stages,
        listed: Vec::new(),
        examples: Vec::new(),
    };
    if let Some(found) = situation {
        let asking: Vec<String> = query.audiences.iter().cloned().chain(typed_audience.map(str::to_string)).collect();
        let materials = engine.situation_materials[found.index].iter().map(|&i| &engine.catalogue.materials[i]);
        understood.listed = materials.filter(|m| made_for_asker(m, &asking, &understood, vocab)).map(|m| m.id.as_str()).collect();
    }
    if engine.weights.examples > 0.0 {
        let stems = understood.plan.meaning_stems(&engine.weights);
        understood.examples = engine.examples.lean(query, &stems, engine.catalogue.materials.len());
    }
    understood
}

impl Understood<'_> {
    /// How high example searches like this one ranked the material at catalogue place `i`
    /// ([`Understood::examples`]).
    pub(crate) fn example_lean(&self, i: usize) -> f32 {
        self.examples.get(i).copied().unwrap_or(0.0)
    }

    /// The place of `m` among the materials the situation lists that fit who asks
    /// ([`Understood::listed`]); `None` for any other material.
    pub(crate) fn listed_place(&self, m: &Material) -> Option<usize> {
        self.listed.iter().position(|id| *id == m.id)
    }
}

/// Whether a material a situation lists fits who asks (`asking`: the chosen audiences, else the
/// typed one): made for them, if that is known (a parent's guide, not the school's protocol, for
/// a parent; a sub-type of a broader audience is not enough), readable for them, and about a
/// topic the words name, if they name one. Readable: in the interface's language, or in Dutch
/// for an interface in a language the catalogue has next to no material in (Arabic, Polish,
/// Turkish, Ukrainian: someone living here).
fn made_for_asker(m: &Material, asking: &[String], understood: &Understood, vocab: &Vocabulary) -> bool {
    let (lang, typed) = (understood.query.lang, &understood.typed_topics);
    let reads = |code: &str| m.languages.iter().any(|l| l == code);
    (asking.is_empty() || audience_match(m, asking, vocab) == AudienceMatch::Exact)
        && (reads(lang.code()) || (lang != Lang::En && reads(Lang::Nl.code())))
        && (typed.is_empty() || m.topics.iter().any(|t| typed.contains(t)))
}

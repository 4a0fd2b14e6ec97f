//! Stage 5, explain: the requested page of the ranking as [`Hit`]s, each with the fields a card
//! shows, a snippet of its summary with the matched words marked, and the reasons it fits
//! ("voor ouders · 12–16 jaar · over sexting"); and the help of the situation the query is
//! about. Only the shown page is explained. The wording is data: the `why.*` and `age.*` texts
//! of `i18n/<lang>.toml`.

use std::collections::HashSet;

use crate::catalogue::{Material, Situation};
use crate::engine::Engine;
use crate::pipeline::fit::{audience_match, AudienceMatch, Ranked};
use crate::pipeline::understand::{SituationMatch, Understood};
use crate::results::{Hit, SituationHelp};
use crate::snippet::snippet;
use crate::vocabulary::{Facet, Vocabulary};
use crate::{Lang, Query};

/// Stage 5: the hits of the query's page (1-based, `limit` per page) and the help of the
/// situation the query is about.
pub(crate) fn page(engine: &Engine, understood: &Understood, ranking: Vec<Ranked>) -> (Vec<Hit>, Option<SituationHelp>) {
    let query = understood.query;
    let help = understood.situation.map(|situation| situation_help(engine, situation, understood));
    // The reasons name the situation by the source's wording of the signal the words fit.
    let situation = understood.situation.zip(help.as_ref().and_then(|h| h.signal.as_deref())).map(|(situation, signal)| (situation.situation, signal));
    let skip = query.page.max(1).saturating_sub(1).saturating_mul(query.limit);
    let hits = ranking.into_iter().skip(skip).take(query.limit).map(|r| hit(engine, understood, r, situation)).collect();
    (hits, help)
}

fn hit(engine: &Engine, understood: &Understood, ranked: Ranked, situation: Option<(&Situation, &str)>) -> Hit {
    let (m, query) = (&engine.catalogue.materials[ranked.material], understood.query);
    let summary = match (query.lang, &m.summary_en) {
        (Lang::En, Some(en)) => en.clone(),
        _ => m.summary.clone(),
    };
    let (matched_words, matched_stems) = matched(engine, ranked.material, understood);
    // The situation lists it as made for its people: its label says for which.
    let label = understood.situation.map(|found| found.situation.label(query.lang));
    let made_for = label.filter(|_| understood.listed_place(m).is_some());
    Hit {
        id: m.id.clone(),
        title: m.title.clone(),
        url: m.url.clone(),
        publisher: m.publisher.clone(),
        snippet: if matched_stems.is_empty() { Vec::new() } else { snippet(&summary, &matched_stems, &engine.lexicon) },
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
        score: ranked.score,
        why: reasons(m, query, understood.window, &matched_words, situation, made_for, engine.vocabulary()),
        local: engine.is_local(&m.region),
    }
}

/// The words (as the user meant them) material `i` matches, and the stems that matched.
fn matched<'u>(engine: &Engine, i: usize, understood: &'u Understood) -> (Vec<String>, HashSet<&'u str>) {
    let plan = &understood.plan;
    if plan.is_empty() {
        return (Vec::new(), HashSet::new());
    }
    // The stems of every catalogue word are known: no stemming at query time.
    let have: HashSet<&str> = engine.fields[i].iter().flatten().map(|s| engine.stems[*s as usize].as_str()).collect();
    let material_tags = &engine.tags[i];
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

/// What the widget shows for the situation: its label and advice in the query's language, its
/// helplines of the query's region (Flanders when chosen, else the Netherlands) and the source's
/// wording of the signal the typed words fit best.
fn situation_help(engine: &Engine, situation: SituationMatch, understood: &Understood) -> SituationHelp {
    let (s, query) = (situation.situation, understood.query);
    let en = query.lang == Lang::En;
    let region = if query.regions.iter().any(|r| r == "vlaanderen") { "vlaanderen" } else { "nederland" };
    let helplines = &engine.catalogue.helplines;
    let helplines = s.helplines.iter().filter_map(|id| helplines.iter().find(|h| &h.id == id)).filter(|h| h.region == region).cloned().collect();
    let typed = understood.plan.meaning_stems(&engine.weights);
    SituationHelp {
        id: s.id.clone(),
        label: s.label(query.lang).to_string(),
        acute: s.acute,
        advice: if en { s.advice_en.clone().or_else(|| s.advice.clone()) } else { s.advice.clone() },
        helplines,
        signal: engine.situations.signal(situation.index, s, &typed, query.lang),
        strength: situation.strength,
    }
}

/// `situation`: the situation the query describes and the source's wording of its signal;
/// `made_for`: that situation's label, when it lists the material as made for its people.
pub fn reasons(
    m: &Material,
    query: &Query,
    window: Option<(u8, u8)>,
    matched_words: &[String],
    situation: Option<(&Situation, &str)>,
    made_for: Option<&str>,
    vocab: &Vocabulary,
) -> Vec<String> {
    let lang = query.lang;
    let mut why = Vec::new();
    if !matched_words.is_empty() {
        why.push(lang.fill("why.matches", &[("words", &matched_words.join(", "))]));
    }
    if let Some((s, signal)) = situation {
        // The most telling topic the material shares: "signaleren" only when no other is shared.
        let shared = s.topics.iter().filter(|t| m.topics.contains(t));
        let topic = shared.clone().find(|t| *t != "signaleren").or_else(|| shared.clone().next());
        if let Some(t) = topic {
            why.push(lang.fill("why.situation", &[("signal", signal), ("topic", &lower_first(vocab.label(Facet::Topics, t, lang)))]));
        }
    }
    if let Some(label) = made_for {
        why.push(lang.fill("why.made_for", &[("situation", &lower_first(label))]));
    }
    if audience_match(m, &query.audiences, vocab) != AudienceMatch::None {
        for a in m
            .audiences
            .iter()
            .filter(|a| query.audiences.iter().any(|c| *a == c || vocab.audience_parent(a) == Some(c) || vocab.audience_parent(c) == Some(a.as_str())))
        {
            why.push(lang.fill("why.for", &[("label", &lower_first(vocab.label(Facet::Audiences, a, lang)))]));
        }
    }
    if let Some((lo, hi)) = window {
        // Material that states no age but school levels: the levels that fit the age, as the
        // ranking reads them (`fit::age_fit`).
        let levels: Vec<&str> = match (m.age_min, m.age_max) {
            (None, None) => m
                .school_levels
                .iter()
                .filter_map(|l| vocab.term(Facet::SchoolLevels, l))
                .filter(|t| t.age_min.is_some_and(|a| a <= hi) && t.age_max.is_some_and(|a| a >= lo))
                .map(|t| t.label(Facet::SchoolLevels, lang))
                .collect(),
            _ => Vec::new(),
        };
        if levels.is_empty() {
            why.push(age_range(m.age_min, m.age_max, query.lang));
        }
        why.extend(levels.into_iter().map(lower_first));
    }
    for t in m.topics.iter().filter(|t| query.topics.contains(t)) {
        why.push(lang.fill("why.about", &[("label", &lower_first(vocab.label(Facet::Topics, t, lang)))]));
    }
    for r in m.risk_groups.iter().filter(|r| query.risk_groups.contains(r)) {
        why.push(lang.fill("why.for", &[("label", &lower_first(vocab.label(Facet::RiskGroups, r, lang)))]));
    }
    for f in [Facet::Formats, Facet::Stages, Facet::Costs, Facet::Languages, Facet::Regions] {
        let chosen = crate::facets::chosen(query, f);
        for v in crate::facets::values(m, f).iter().filter(|v| chosen.contains(v)) {
            why.push(lower_first(vocab.label(f, v, query.lang)));
        }
    }
    if let Some(level) = m.evidence.as_ref().and_then(|e| vocab.term(Facet::EvidenceLevels, e)).filter(|t| t.rank.unwrap_or(0) > 0) {
        why.push(lang.fill("why.recognised", &[("label", &lower_first(level.label(Facet::EvidenceLevels, lang)))]));
    }
    why
}

/// "13–15 jaar", "vanaf 15 jaar", "leeftijd onbekend", …
pub fn age_range(lo: Option<u8>, hi: Option<u8>, lang: Lang) -> String {
    match (lo, hi) {
        (Some(lo), Some(hi)) => lang.fill("age.range", &[("lo", &lo.to_string()), ("hi", &hi.to_string())]),
        (Some(lo), None) => lang.fill("age.from", &[("lo", &lo.to_string())]),
        (None, Some(hi)) => lang.fill("age.up_to", &[("hi", &hi.to_string())]),
        (None, None) => lang.text("age.unknown").to_string(),
    }
}

/// "Ouders" → "ouders", but "LVB" stays "LVB".
fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if b.is_lowercase() => a.to_lowercase().chain(label[a.len_utf8()..].chars()).collect(),
        _ => label.to_string(),
    }
}

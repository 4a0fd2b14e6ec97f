//! The reasons shown with each hit ("voor ouders · 12–16 jaar · over sexting"), in the query's
//! language. The wording is data: the `why.*` and `age.*` texts of `i18n/<lang>.toml`.

use super::fit::{audience_match, AudienceMatch};
use super::{Lang, Query};
use crate::catalogue::{Material, Situation};
use crate::vocabulary::{Facet, Vocabulary};

/// `situation`: the situation the query describes and the source's wording of its signal.
pub fn reasons(
    m: &Material,
    q: &Query,
    window: Option<(u8, u8)>,
    matched_words: &[String],
    situation: Option<(&Situation, &str)>,
    vocab: &Vocabulary,
) -> Vec<String> {
    let lang = q.lang;
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
    if audience_match(m, &q.audiences, vocab) != AudienceMatch::None {
        for a in m
            .audiences
            .iter()
            .filter(|a| q.audiences.iter().any(|c| *a == c || vocab.audience_parent(a) == Some(c) || vocab.audience_parent(c) == Some(a.as_str())))
        {
            why.push(lang.fill("why.for", &[("label", &lower_first(vocab.label(Facet::Audiences, a, lang)))]));
        }
    }
    if window.is_some() {
        why.push(age_range(m.age_min, m.age_max, q.lang));
    }
    for t in m.topics.iter().filter(|t| q.topics.contains(t)) {
        why.push(lang.fill("why.about", &[("label", &lower_first(vocab.label(Facet::Topics, t, lang)))]));
    }
    for r in m.risk_groups.iter().filter(|r| q.risk_groups.contains(r)) {
        why.push(lang.fill("why.for", &[("label", &lower_first(vocab.label(Facet::RiskGroups, r, lang)))]));
    }
    for f in [Facet::Formats, Facet::Stages, Facet::Costs, Facet::Languages, Facet::Regions] {
        let chosen = super::filters::chosen(q, f);
        for v in super::filters::values(m, f).iter().filter(|v| chosen.contains(v)) {
            why.push(lower_first(vocab.label(f, v, q.lang)));
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

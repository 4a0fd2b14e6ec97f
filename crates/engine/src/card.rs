//! What a card says about a material beyond its title, summary and reasons: the facts teachers
//! choose by (who delivers it, whether parents take part, how long it takes, the assessment and
//! its year), how to get it, and — in one quiet line — what is not known. The card on screen and
//! the printed selection both take their wording from here, so they never disagree. The words are
//! the `card.*` texts of `i18n/<lang>.toml`; catalogue text (a reason, how to get it) stays Dutch.

use preventiewijzer_model::catalogue::validate::{months_after, parse_date};

use crate::catalogue::Material;
use crate::vocabulary::{Facet, Vocabulary};
use crate::{Lang, Query};

/// The NJi re-assesses an intervention after five years; an older rating is shown with its year.
pub const RATING_MONTHS: u32 = 60;

/// Where someone can get a material, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access<'m> {
    /// Its own `https:` address.
    Link(&'m str),
    /// No address, but a source says how to get it (`how_to_get`), maybe with the source page.
    HowToGet { how: &'m str, source_url: Option<&'m str> },
    /// Only a page of the publisher or the source describes it.
    SourcePage(&'m str),
    /// No source says where to get it.
    Unknown,
}

/// Where to get `m`. Only `https:` addresses count: anything else is as good as none.
pub fn access(m: &Material) -> Access<'_> {
    fn https(u: &Option<String>) -> Option<&str> {
        u.as_deref().filter(|u| u.starts_with("https://"))
    }
    match (https(&m.url), m.how_to_get.as_deref(), https(&m.source_url)) {
        (Some(url), _, _) => Access::Link(url),
        (None, Some(how), source_url) => Access::HowToGet { how, source_url },
        (None, None, Some(page)) => Access::SourcePage(page),
        (None, None, None) => Access::Unknown,
    }
}

/// "Zo kom je eraan: …" for [`Access::HowToGet`]; the plain "not known" sentence for
/// [`Access::Unknown`]; `None` when there is a link to show instead.
pub fn access_text(a: Access<'_>, lang: Lang) -> Option<String> {
    match a {
        Access::HowToGet { how, .. } => Some(lang.fill("card.how_to_get", &[("how", how)])),
        Access::Unknown => Some(lang.text("card.not_known_where").to_string()),
        Access::Link(_) | Access::SourcePage(_) => None,
    }
}

/// The text of a link to the source page.
pub fn source_link_text(lang: Lang) -> &'static str {
    lang.text("card.source_link")
}

/// The assessment: its label, with the year when the rating is older than five years on `today`
/// (or always, with `always_year`, as the printout does). `None` when no level is known.
pub fn evidence(m: &Material, vocab: &Vocabulary, lang: Lang, today: Option<(i64, u32, u32)>, always_year: bool) -> Option<String> {
    let old = match (rating_recent_until(m), today) {
        (Some(until), Some(t)) => t > until,
        _ => false,
    };
    evidence_as(m, vocab, lang, old, always_year)
}

/// The last day on which `m`'s rating counts as recent (`RATING_MONTHS` after its
/// `evidence_date`; the day may not exist in its month, which still compares right): from the
/// next day on, [`evidence`] names its year as long ago. `None` without a date.
pub fn rating_recent_until(m: &Material) -> Option<(i64, u32, u32)> {
    let date = m.evidence_date.as_deref().and_then(parse_date)?;
    Some(months_after(date, RATING_MONTHS))
}

/// [`evidence`] as it reads while the rating is recent (`old` false) or once it is older than
/// five years: the prerendered first view carries both, as it cannot know the day it is seen.
pub fn evidence_as(m: &Material, vocab: &Vocabulary, lang: Lang, old: bool, always_year: bool) -> Option<String> {
    let level = m.evidence.as_deref()?;
    let label = vocab.label(Facet::EvidenceLevels, level, lang);
    let year = m.evidence_date.as_deref().and_then(parse_date).map(|(y, _, _)| y.to_string());
    Some(match year {
        Some(year) if old => lang.fill("card.assessed_long_ago", &[("label", label), ("year", &year)]),
        Some(year) if always_year => lang.fill("card.assessed_in", &[("label", label), ("year", &year)]),
        _ => label.to_string(),
    })
}

/// Why an assessor did not recognise it, when a source gives the reason.
pub fn not_recognised_reason(m: &Material, lang: Lang) -> Option<String> {
    let note = m.evidence_note.as_deref().filter(|_| m.evidence.as_deref() == Some("niet-erkend"))?;
    Some(lang.fill("card.not_recognised_because", &[("reason", note)]))
}

/// "Wie geeft het: een getrainde leerkracht", when a source says.
pub fn delivered_by(m: &Material, vocab: &Vocabulary, lang: Lang) -> Option<String> {
    if m.delivered_by.is_empty() {
        return None;
    }
    let who: Vec<&str> = m.delivered_by.iter().map(|d| vocab.label(Facet::Deliverers, d, lang)).collect();
    Some(lang.fill("card.delivered_by", &[("who", &who.join(", "))]))
}

/// Whether parents take part, when a source says.
pub fn parents(m: &Material, lang: Lang) -> Option<String> {
    m.parents_involved.map(|yes| lang.text(if yes { "card.parents_involved" } else { "card.parents_not_involved" }).to_string())
}

/// "Duur: 2 lessen van 50 minuten", when known.
pub fn duration(m: &Material, lang: Lang) -> Option<String> {
    m.duration.as_deref().map(|d| lang.fill("card.duration", &[("duration", d)]))
}

/// The unknown facts of a card gathered in one line ("Niet bekend: leeftijd, duur."), instead of
/// an "onbekend" label per field; `None` when everything a card shows is known. The printout
/// (`in_print`) also names an unknown deliverer: a teacher handing it on is asked about it.
pub fn unknown(m: &Material, lang: Lang, in_print: bool) -> Option<String> {
    let mut missing = Vec::new();
    if m.age_min.is_none() && m.age_max.is_none() {
        missing.push(lang.text("card.unknown_age"));
    }
    if m.format == "onbekend" {
        missing.push(lang.text("card.unknown_format"));
    }
    if m.duration.is_none() {
        missing.push(lang.text("card.unknown_duration"));
    }
    if m.cost == "onbekend" {
        missing.push(lang.text("card.unknown_cost"));
    }
    if m.evidence.is_none() {
        missing.push(lang.text("card.unknown_evidence"));
    }
    if m.publisher.is_none() {
        missing.push(lang.text("card.unknown_publisher"));
    }
    if in_print && m.delivered_by.is_empty() {
        missing.push(lang.text("card.unknown_delivered_by"));
    }
    (!missing.is_empty()).then(|| lang.fill("card.unknown", &[("list", &missing.join(", "))]))
}

/// The profile a selection was chosen for, for the top of the printout: "ouders · 14 jaar ·
/// over sexting · zoekwoorden: loverboy"; a plain "no choices" text when nothing was chosen.
pub fn profile(q: &Query, vocab: &Vocabulary, lang: Lang) -> String {
    let mut parts: Vec<String> = q.audiences.iter().map(|a| vocab.label(Facet::Audiences, a, lang).to_string()).collect();
    if let Some(age) = q.age {
        parts.push(lang.fill("age.years", &[("age", &age.to_string())]));
    } else if let Some(level) = &q.school_level {
        parts.push(level.clone());
    }
    for t in &q.topics {
        parts.push(lang.fill("why.about", &[("label", vocab.label(Facet::Topics, t, lang))]));
    }
    for f in [Facet::RiskGroups, Facet::Formats, Facet::Stages, Facet::Costs, Facet::Languages, Facet::Regions] {
        parts.extend(crate::facets::chosen(q, f).iter().map(|id| vocab.label(f, id, lang).to_string()));
    }
    let words = q.text.trim();
    if !words.is_empty() {
        parts.push(lang.fill("print.words", &[("words", words)]));
    }
    if parts.is_empty() {
        return lang.text("print.no_profile").to_string();
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn material() -> Material {
        let text = r#"id = "x"
title = "X"
summary = "S."
languages = ["nl"]
region = "nederland"
topics = ["sexting"]
stages = ["preventie"]
format = "lespakket"
cost = "onbekend"
source = "test"
last_checked = "2026-11-01"
"#;
        toml::from_str(text).unwrap()
    }

    #[test]
    fn a_card_without_url_says_how_to_get_it_or_that_nobody_knows() {
        let mut m = material();
        assert_eq!(access(&m), Access::Unknown);
        assert_eq!(access_text(access(&m), Lang::Nl).unwrap(), "Niet bekend waar je dit kunt krijgen.");
        m.source_url = Some("https://bron.example/pagina".into());
        assert_eq!(access(&m), Access::SourcePage("https://bron.example/pagina"));
        assert_eq!(source_link_text(Lang::Nl), "Meer informatie bij de bron");
        m.how_to_get = Some("Te koop bij Rutgers.".into());
        assert_eq!(access_text(access(&m), Lang::Nl).unwrap(), "Zo kom je eraan: Te koop bij Rutgers.");
        // A url that is not https: is no way to get it.
        m.url = Some("http://onveilig.example".into());
        assert!(matches!(access(&m), Access::HowToGet { source_url: Some(_), .. }));
        m.url = Some("https://materiaal.example".into());
        assert_eq!(access(&m), Access::Link("https://materiaal.example"));
        assert_eq!(access_text(access(&m), Lang::Nl), None);
    }

    #[test]
    fn unknown_facts_are_one_quiet_line() {
        let mut m = material();
        assert_eq!(unknown(&m, Lang::Nl, false).unwrap(), "Niet bekend: leeftijd, duur, kosten, erkenning, maker.");
        assert_eq!(unknown(&m, Lang::Nl, true).unwrap(), "Niet bekend: leeftijd, duur, kosten, erkenning, maker, wie het geeft.");
        (m.age_max, m.duration, m.cost, m.evidence, m.publisher) = (Some(15), Some("1 les".into()), "gratis".into(), Some("geen".into()), Some("R".into()));
        assert_eq!(unknown(&m, Lang::Nl, false), None);
        m.format = "onbekend".into();
        assert_eq!(unknown(&m, Lang::Nl, false).unwrap(), "Niet bekend: soort materiaal.");
    }

    #[test]
    fn a_rating_older_than_five_years_shows_its_year_and_niet_erkend_its_reason() {
        let vocab: Vocabulary = preventiewijzer_model::catalogue::load(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../catalogue")))
            .map(|c| c.vocabulary)
            .unwrap();
        let mut m = material();
        (m.evidence, m.evidence_date) = (Some("niet-erkend".into()), Some("2021-11-30".into()));
        let today = Some((2026, 11, 29));
        assert_eq!(evidence(&m, &vocab, Lang::Nl, today, false).unwrap(), "Niet erkend");
        assert_eq!(evidence(&m, &vocab, Lang::Nl, today, true).unwrap(), "Niet erkend (beoordeeld in 2021)");
        m.evidence_date = Some("2021-11-28".into());
        assert_eq!(evidence(&m, &vocab, Lang::Nl, today, false).unwrap(), "Niet erkend (beoordeeld in 2021, meer dan vijf jaar geleden)");
        // The last recent day is five years on, to the day (2026-11-28): from the next day on, old.
        assert_eq!(rating_recent_until(&m), Some((2026, 11, 28)));
        assert_eq!(evidence(&m, &vocab, Lang::Nl, Some((2026, 11, 28)), false).unwrap(), "Niet erkend");
        m.evidence_date = Some("2020-02-29".into());
        assert_eq!(rating_recent_until(&m), Some((2025, 2, 29)), "a day February 2025 lacks, between its 28th and March 1st");
        assert_eq!(evidence(&m, &vocab, Lang::Nl, Some((2025, 2, 28)), false).unwrap(), "Niet erkend");
        assert!(evidence(&m, &vocab, Lang::Nl, Some((2025, 3, 1)), false).unwrap().ends_with("meer dan vijf jaar geleden)"));
        m.evidence_date = Some("2021-11-28".into());
        assert_eq!(not_recognised_reason(&m, Lang::Nl), None);
        m.evidence_note = Some("Risico op een schadelijk neveneffect.".into());
        assert_eq!(not_recognised_reason(&m, Lang::Nl).unwrap(), "Waarom niet erkend: Risico op een schadelijk neveneffect.");
        m.evidence = Some("goed-onderbouwd".into());
        assert_eq!(not_recognised_reason(&m, Lang::Nl), None, "a note on a recognised material is no reason for 'niet erkend'");
    }

    #[test]
    fn who_delivers_it_and_whether_parents_take_part() {
        let mut m = material();
        let vocab = Vocabulary {
            deliverers: vec![toml::from_str("id = \"getrainde-docent\"\nnl = \"Een getrainde leerkracht\"\nen = \"A trained teacher\"").unwrap()],
            ..Default::default()
        };
        assert_eq!((delivered_by(&m, &vocab, Lang::Nl), parents(&m, Lang::Nl)), (None, None));
        (m.delivered_by, m.parents_involved) = (vec!["getrainde-docent".into()], Some(true));
        assert_eq!(delivered_by(&m, &vocab, Lang::Nl).unwrap(), "Wie geeft het: Een getrainde leerkracht");
        assert_eq!(parents(&m, Lang::Nl).unwrap(), "Ouders doen mee");
        assert_eq!(parents(&Material { parents_involved: Some(false), ..m }, Lang::En).unwrap(), "Without parents");
    }
}

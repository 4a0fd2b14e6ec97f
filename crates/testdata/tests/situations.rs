#![cfg(not(target_arch = "wasm32"))]

//! Dutch as people type it and the situations they describe (issue 12), in both tiers: singular
//! and plural give the same top ten, "oudere" is not "ouders", question words carry no content,
//! compounds split against the catalogue's words, an acute situation brings its advice and
//! helplines and puts help material first, a tap is answered exactly by tier 1, English word
//! forms find the same material, and a "niet erkend" material never stands in a parent's top
//! three while another material fits (issue 16).

use preventiewijzer_engine::words;
use preventiewijzer_engine::{Engine, Lang, Query, Results};
use preventiewijzer_testdata::{tier1, tier2};

fn tiers() -> [(&'static str, &'static Engine); 2] {
    [("tier 1", tier1()), ("tier 2", tier2())]
}

fn q(text: &str) -> Query {
    Query { text: format!("{text} "), limit: 10, ..Query::default() }
}

fn ids(r: &Results) -> Vec<String> {
    r.hits.iter().map(|h| h.id.clone()).collect()
}

fn material_words(engine: &Engine, id: &str) -> Vec<String> {
    let m = engine.materials().iter().find(|m| m.id == id).unwrap();
    let text = [&m.title, &m.summary, m.summary_en.as_deref().unwrap_or_default(), &m.keywords.join(" ")].map(|s| s.to_string()).join(" ");
    words(&text)
}

#[test]
fn singular_and_plural_give_the_same_top_ten() {
    for (tier, e) in tiers() {
        for (one, many) in
            [("loverboy", "loverboys"), ("naaktfoto", "naaktfoto's"), ("leerling", "leerlingen"), ("jongen", "jongens"), ("tienerpooier", "tienerpooiers")]
        {
            let (a, b) = (ids(&e.search(&q(one))), ids(&e.search(&q(many))));
            assert!(!a.is_empty(), "{tier}: {one} finds nothing");
            assert_eq!(a, b, "{tier}: {one} / {many}");
        }
    }
}

#[test]
fn oudere_is_not_ouders() {
    let older = ["oud", "oude", "oudere", "ouderen", "ouwe"];
    for (tier, e) in tiers() {
        // The catalogue's texts say "ouders" often and "oudere" nowhere: "oudere" must not find
        // the parents' material.
        assert!(e.search(&q("ouders")).total >= 10, "{tier}");
        // (Materials ranked for alike example searches are shown too, without the word: only
        // the hits that matched a word are checked.)
        let r = e.search(&q("oudere"));
        for h in r.hits.iter().filter(|h| h.why.iter().any(|w| w.starts_with("zoekwoord"))) {
            let w = material_words(e, &h.id);
            assert!(w.iter().any(|w| older.contains(&w.as_str())), "{tier}: {} matched 'oudere' without an 'older' word ({:?})", h.id, h.why);
        }
        // The example: no hit is there because of "ouders".
        let r = e.search(&q("mijn dochter heeft een oudere vriend die cadeaus geeft"));
        for h in r.hits.iter().filter(|h| h.why.iter().any(|w| w.starts_with("zoekwoord") && w.contains("oudere"))) {
            assert!(material_words(e, &h.id).iter().any(|w| older.contains(&w.as_str())), "{tier}: {} matched 'oudere' through 'ouders'", h.id);
        }
    }
}

#[test]
fn question_words_carry_no_content() {
    for (tier, e) in tiers() {
        let plain = ids(&e.search(&q("zoon afgeperst")));
        assert_eq!(ids(&e.search(&q("wat moet ik doen als mijn zoon wordt afgeperst"))), plain, "{tier}");
        assert_eq!(ids(&e.search(&q("hoe doe ik dat"))), ids(&e.search(&q(""))), "{tier}: only question words is no text");
    }
}

#[test]
fn compounds_split_against_the_catalogues_words() {
    for (tier, e) in tiers() {
        // "naakt" is no catalogue word of its own; it is the head of "naaktfoto" and "naaktbeelden".
        let r = e.search(&q("naakt"));
        assert!(!r.hits.is_empty(), "{tier}: 'naakt' finds nothing");
        // (or the vocabulary's synonym: "naakt…" names the topic sexting)
        for h in &r.hits {
            let compound = material_words(e, &h.id).iter().any(|w| w.starts_with("naakt"));
            assert!(compound || h.topics.iter().any(|t| t == "sexting"), "{tier}: {} has no naakt-compound", h.id);
        }
        assert!(r.hits.iter().take(3).all(|h| material_words(e, &h.id).iter().any(|w| w.starts_with("naakt"))), "{tier}");
        // Two typed words find the compound the catalogue writes as one.
        let together = ids(&e.search(&q("naakt foto")));
        assert!(together.iter().any(|id| material_words(e, id).iter().any(|w| w == "naaktfoto")), "{tier}: 'naakt foto' misses naaktfoto");
        // A compound the catalogue does not have is split into two words it has.
        let split = e.search(&q("loverboyvoorlichting"));
        assert!(split.suggestions.spelling.is_none(), "{tier}: a compound is not a typo");
        assert!(split.hits.iter().take(3).all(|h| material_words(e, &h.id).iter().any(|w| w.starts_with("loverboy"))), "{tier}: {:?}", ids(&split));
    }
}

#[test]
fn an_acute_situation_brings_its_advice_and_helplines() {
    for (tier, e) in tiers() {
        let r = e.search(&q("mijn zoon wordt afgeperst met een naaktfoto"));
        let s = r.situation.unwrap_or_else(|| panic!("{tier}: no situation"));
        assert_eq!(s.id, "afgeperst-met-naaktfoto", "{tier}");
        assert!(s.acute, "{tier}");
        assert!(s.advice.as_deref().is_some_and(|a| a.contains("Betaal niet")), "{tier}: {:?}", s.advice);
        assert!(!s.helplines.is_empty() && s.helplines.iter().all(|h| h.region == "nederland"), "{tier}");
        // The why line names the signal in a tier A or B source's own words.
        let situation = e.situations().iter().find(|x| x.id == s.id).unwrap();
        if let Some(signal) = &s.signal {
            assert!(situation.sources.iter().any(|src| src.signal.as_ref() == Some(signal) && matches!(src.tier.as_str(), "A" | "B")));
            assert!(r.hits.iter().any(|h| h.why.iter().any(|w| w.starts_with("past bij: ") && w.contains(signal.as_str()))), "{tier}");
        }
    }
    // Flanders gets the Flemish lines.
    let r = tier2().search(&Query { regions: vec!["vlaanderen".into()], ..q("ik word afgeperst met een naaktfoto") });
    assert!(r.situation.unwrap().helplines.iter().all(|h| h.region == "vlaanderen"));
}

#[test]
fn an_everyday_query_describes_no_situation() {
    for (tier, e) in tiers() {
        for text in ["weerbaarheid", "lespakket relaties en seksualiteit", "sexting groep 8"] {
            assert_eq!(e.search(&q(text)).situation.map(|s| s.id), None, "{tier}: {text}");
        }
    }
}

#[test]
fn a_tap_is_answered_exactly_by_tier_one_in_both_languages() {
    for audience in ["ouders", "jongeren", "leraren", "professionals"] {
        let start = tier1().start_situations(&[audience.to_string()]);
        assert!((4..=6).contains(&start.len()), "{audience}: {} start situations", start.len());
        for s in start {
            for lang in [Lang::Nl, Lang::En] {
                let tap = Query { audiences: vec![audience.into()], situation: Some(s.id.clone()), lang, limit: 10, ..Query::default() };
                let (one, two) = (tier1().search(&tap), tier2().search(&tap));
                assert_eq!(one, two, "{audience} / {}", s.id);
                let help = one.situation.unwrap();
                assert_eq!(&help.label, if lang == Lang::En { &s.en } else { &s.nl });
                assert!(!one.hits.is_empty());
            }
        }
    }
    assert!((4..=6).contains(&tier1().start_situations(&[]).len()));
}

#[test]
fn a_material_judged_niet_erkend_never_stands_in_a_parents_top_three() {
    let judged: Vec<&str> = tier2().materials().iter().filter(|m| m.evidence.as_deref() == Some("niet-erkend")).map(|m| m.id.as_str()).collect();
    assert!(!judged.is_empty(), "the catalogue has a material judged niet erkend");
    let texts = ["", "loverboy", "loverboys", "mijn dochter heeft een oudere vriend die cadeaus geeft", "weerbaarheid", "seksuele vorming", "marietje kessels"];
    for (tier, e) in tiers() {
        for text in texts {
            let r = e.search(&Query { audiences: vec!["ouders".into()], ..q(text) });
            if r.total > 3 {
                for id in ids(&r).iter().take(3) {
                    assert!(!judged.contains(&id.as_str()), "{tier}: {id} in the top three for {text:?}");
                }
            }
        }
    }
}

#[test]
fn english_word_forms_find_the_same_material() {
    for (tier, e) in tiers() {
        // "exploited" and "sexually" are other forms of the catalogue's "exploitation", "sexual":
        // the typed phrase names the topic, as the vocabulary's English label does.
        let typed = ids(&e.search(&q("sexually exploited")));
        let label = ids(&e.search(&q("sexual exploitation")));
        let shared = typed.iter().filter(|id| label.contains(id)).count();
        assert!(shared >= 7, "{tier}: {shared} of ten shared: {typed:?} / {label:?}");
    }
}

#[test]
fn an_acute_situation_puts_help_first() {
    for (tier, e) in tiers() {
        // Someone whose nude photo is being forwarded needs help now: the top three give help
        // or take a report, none only prevents (before the lean, two sexting lessons followed
        // the step plan).
        let r = e.search(&q("naaktfoto doorgestuurd"));
        assert!(r.situation.as_ref().is_some_and(|s| s.acute), "{tier}: no acute situation");
        for h in r.hits.iter().take(3) {
            let m = e.materials().iter().find(|m| m.id == h.id).unwrap();
            assert!(m.stages.iter().any(|s| s == "hulp" || s == "melding"), "{tier}: {} ({:?}) in the top three", m.id, m.stages);
        }
    }
}

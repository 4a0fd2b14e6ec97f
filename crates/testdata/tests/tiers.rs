#![cfg(not(target_arch = "wasm32"))]

//! Tier 1 (the widget's engine without tantivy, opened from the embedded records) against tier 2
//! (the full-text engine) on the judged query set.

use std::path::Path;

use preventiewijzer_engine::Query;
use preventiewijzer_engine::{plain_words, words};
use preventiewijzer_testdata::relevance::{self, JudgedQuery};
use preventiewijzer_testdata::{tier1, tier2};

/// Top-5 overlap of tier 1 with tier 2 over the judged text queries, averaged. Measured 0.927 on
/// the shipped catalogue; the bar sits a little below.
const MIN_TOP5_OVERLAP: f64 = 0.85;

fn judged() -> Vec<JudgedQuery> {
    relevance::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/relevance/judgments.toml")).unwrap()
}

#[test]
fn engines_are_the_tiers() {
    assert_eq!(tier2().tier(), preventiewijzer_engine::Tier::Two);
    assert_eq!(tier1().tier(), preventiewijzer_engine::Tier::One);
}

#[test]
fn without_text_tier_one_is_exact() {
    let mut n = 0;
    for j in judged().iter().filter(|j| j.text.trim().is_empty()) {
        for limit in [10, usize::MAX] {
            let q = Query { limit, ..j.query() };
            assert_eq!(tier1().search(&q), tier2().search(&q), "query {}", j.id);
        }
        n += 1;
    }
    assert!(n >= 3, "the judged set has queries without text");
    // And the plain profile of a first visit, in both languages.
    for lang in [preventiewijzer_engine::Lang::Nl, preventiewijzer_engine::Lang::En] {
        let q = Query { lang, ..Query::default() };
        assert_eq!(tier1().search(&q), tier2().search(&q));
    }
}

#[test]
fn with_text_tier_one_is_a_reasonable_first_answer() {
    let (mut overlap, mut ndcg1, mut ndcg2, mut n) = (0.0, 0.0, 0.0, 0);
    for j in judged().iter().filter(|j| !j.text.trim().is_empty()) {
        let q = j.query();
        let ids = |r: preventiewijzer_engine::Results| r.hits.into_iter().map(|h| h.id).collect::<Vec<_>>();
        let (one, two) = (ids(tier1().search(&q)), ids(tier2().search(&q)));
        let top2: Vec<&String> = two.iter().take(5).collect();
        let shared = one.iter().take(5).filter(|id| top2.contains(id)).count();
        overlap += if top2.is_empty() { 1.0 } else { shared as f64 / top2.len() as f64 };
        ndcg1 += relevance::ndcg(&one, &j.judgments, 10);
        ndcg2 += relevance::ndcg(&two, &j.judgments, 10);
        n += 1;
    }
    let n = n as f64;
    println!("tier 1 vs tier 2 over {n} text queries: top-5 overlap {:.3}; nDCG@10 tier 1 {:.3}, tier 2 {:.3}", overlap / n, ndcg1 / n, ndcg2 / n);
    assert!(overlap / n >= MIN_TOP5_OVERLAP, "top-5 overlap {:.3} < {MIN_TOP5_OVERLAP}", overlap / n);
}

#[test]
fn plain_words_are_tantivys_words_on_the_catalogue() {
    for m in tier2().materials() {
        for text in [&m.title, &m.summary, m.summary_en.as_deref().unwrap_or_default(), m.publisher.as_deref().unwrap_or_default(), &m.keywords.join(" ")] {
            assert_eq!(plain_words(text), words(text), "{}", m.id);
        }
    }
    assert_eq!(plain_words("Weerbaarheid, ÉÉN café — naïef 12-jarigen"), words("Weerbaarheid, ÉÉN café — naïef 12-jarigen"));
}

/// What tantivy's own Dutch analyzer (its `stopwords` and `stemmer` features, with the engine's
/// [`preventiewijzer_engine::dutch_normalize`] before stemming) makes of `text`: the reference for
/// the engine's analyzer, which uses its own stopword list and calls the stemmer itself.
fn tantivys_analysis(text: &str) -> Vec<String> {
    use tantivy::tokenizer::{
        AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer,
    };
    let mut words = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(StopWordFilter::new(Language::Dutch).unwrap())
        .build();
    let mut stemmer = TextAnalyzer::builder(RawTokenizer::default()).filter(Stemmer::new(Language::Dutch)).build();
    let words = preventiewijzer_engine::tier2::schema::tokens(&mut words, text);
    words
        .iter()
        .flat_map(|w| {
            preventiewijzer_engine::tier2::schema::tokens(&mut stemmer, &preventiewijzer_engine::dutch_normalize(w).unwrap_or(std::borrow::Cow::Borrowed(w)))
        })
        .collect()
}

#[test]
fn the_stopword_list_is_tantivys() {
    for w in preventiewijzer_engine::DUTCH_STOPWORDS {
        assert!(tantivys_analysis(w).is_empty(), "{w} is not a stopword to tantivy");
        assert!(preventiewijzer_engine::tier2::schema::analyze(w).is_empty(), "{w} is not a stopword to the index");
    }
    assert!(!preventiewijzer_engine::tier2::schema::analyze("sexting").is_empty());
}

/// The index's analyzer (own stopword list and stemmer call) makes of every catalogue text and
/// judged query what tantivy's own Dutch analyzer makes of it.
#[test]
fn the_analyzer_is_tantivys_dutch_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/relevance");
    let queries: Vec<String> = relevance::load_all(&root).unwrap().iter().map(|j| j.text.clone()).collect();
    let materials = tier2().materials().iter().flat_map(|m| {
        [m.title.clone(), m.summary.clone(), m.summary_en.clone().unwrap_or_default(), m.keywords.join(" · "), m.publisher.clone().unwrap_or_default()]
    });
    let mut checked = 0;
    for text in materials.chain(queries).chain(["Ik heb de cadeaus van een véél oudere vriend", &"a".repeat(40)].map(String::from)) {
        let ours = preventiewijzer_engine::tier2::schema::analyze(&text);
        assert_eq!(ours, tantivys_analysis(&text), "{text}");
        checked += ours.len();
    }
    assert!(checked > 1000, "only {checked} stems checked");
}

/// Tier 1's stemmer ([`preventiewijzer_engine::dutch_stem`]) makes of every catalogue word and every
/// word of the judged queries what tantivy's analyzer makes of it.
#[test]
fn tier_one_stems_as_tantivy_does() {
    use preventiewijzer_engine::{dutch_stem, tier2::schema::analyze};
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/relevance");
    let queries: Vec<String> = relevance::load_all(&root).unwrap().iter().map(|j| j.text.clone()).collect();
    let mut checked = 0;
    let materials =
        tier2().materials().iter().flat_map(|m| [m.title.clone(), m.summary.clone(), m.summary_en.clone().unwrap_or_default(), m.keywords.join(" ")]);
    for text in materials.chain(queries) {
        for w in words(&text) {
            assert_eq!(dutch_stem(&w), analyze(&w), "{w}");
            checked += 1;
        }
    }
    for w in ["uitgehuwelijkt", "loverboys", "jongens", "oudere", "de", &"a".repeat(39), &"a".repeat(40)] {
        assert_eq!(dutch_stem(w), analyze(w), "{w}");
    }
    assert!(checked > 1000, "only {checked} words checked");
}

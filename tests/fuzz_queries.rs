//! Bounded property tests: no query the engine can be given makes it panic, return more hits
//! than asked, or break a filter. Inputs include random Unicode, control characters, RTL and
//! emoji, query-syntax characters, very long text, unknown ids and extreme numbers.

use preventiewijzer_engine::{Engine, Lang, Query, Sort};
use proptest::prelude::*;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogue");
        Engine::open(preventiewijzer_indexer::build(&preventiewijzer_model::catalogue::load(&dir).unwrap()).unwrap()).unwrap()
    })
}

/// Text that looks like what breaks search boxes.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\PC\\p{Cc}]{0,60}",
        "[a-z ]{0,40}",
        "(loverboy|sexting|\"|:|\\(|\\)|\\*|~|\\^|AND|OR|NOT|-|\\+|\\[|\\]|\\{|\\}|\\\\|/|\u{202e}|🙂|ﷺ|عربى|\u{0}| ){0,30}",
        Just("a".repeat(100_000)),
        Just("loverboy ".repeat(12_000)),
    ]
}

fn ids() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(prop_oneof![Just("ouders".to_string()), Just("sexting".to_string()), Just("lvb".to_string()), "[a-z-]{0,12}"], 0..3)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_query_panics_or_breaks_a_filter(
        text in hostile_text(),
        audiences in ids(),
        topics in ids(),
        risk_groups in ids(),
        age in proptest::option::of(any::<u8>()),
        school_level in proptest::option::of(any::<String>()),
        page in any::<usize>(),
        limit in 0usize..200,
        en in any::<bool>(),
        sort in 0u8..3,
    ) {
        let q = Query {
            text, audiences, topics, risk_groups, age, school_level, page, limit,
            lang: if en { Lang::En } else { Lang::Nl },
            sort: [Sort::Relevance, Sort::Newest, Sort::Title][sort as usize],
            ..Query::default()
        };
        let r = engine().search(&q);
        prop_assert!(r.hits.len() <= limit);
        prop_assert!(r.total <= engine().materials().len());
        let first_page = Query { page: 1, ..q.clone() };
        let violations = preventiewijzer_testdata::relevance::filter_violations(engine(), &first_page);
        prop_assert!(violations.is_empty(), "filter broken by {:?}", violations);
    }
}

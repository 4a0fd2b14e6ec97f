//! The fuzz query set, defined once: `tests/fuzz_queries.rs` runs it as a property test and
//! `examples/results_dump.rs` draws a fixed 400 of it (proptest's deterministic runner) for the
//! byte-identity check of `tools/results-compare.sh`. Inputs include random Unicode, control
//! characters, RTL and emoji, query-syntax characters, very long text, unknown ids, extreme
//! numbers, real school levels and all three sort orders.

use preventiewijzer_engine::{Lang, Query, Sort};
use proptest::prelude::*;

/// Text that looks like what breaks search boxes.
pub fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\PC\\p{Cc}]{0,60}",
        "[a-z ]{0,40}",
        "(loverboy|sexting|\"|:|\\(|\\)|\\*|~|\\^|AND|OR|NOT|-|\\+|\\[|\\]|\\{|\\}|\\\\|/|\u{202e}|🙂|ﷺ|عربى|\u{0}| ){0,30}",
        Just("a".repeat(100_000)),
        Just("loverboy ".repeat(12_000)),
    ]
}

/// Facet ids: some real, most not.
pub fn ids() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(prop_oneof![Just("ouders".to_string()), Just("sexting".to_string()), Just("lvb".to_string()), "[a-z-]{0,12}"], 0..3)
}

/// A whole query as anyone could send it to the engine.
pub fn query() -> impl Strategy<Value = Query> {
    (
        hostile_text(),
        ids(),
        ids(),
        ids(),
        proptest::option::of(any::<u8>()),
        proptest::option::of(prop_oneof![any::<String>(), Just("groep 7".to_string()), Just("klas 2 vmbo".to_string())]),
        prop_oneof![Just(0usize), Just(1), Just(2), any::<usize>()],
        0usize..200,
        any::<bool>(),
        0u8..3,
    )
        .prop_map(|(text, audiences, topics, risk_groups, age, school_level, page, limit, en, sort)| Query {
            text,
            audiences,
            topics,
            risk_groups,
            age,
            school_level,
            page,
            limit,
            lang: if en { Lang::En } else { Lang::Nl },
            sort: [Sort::Relevance, Sort::Newest, Sort::Title][sort as usize],
            ..Query::default()
        })
}

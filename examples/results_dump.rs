//! Dumps the `Results` JSON of every judged query (as judged, as a full list, and each prefix of
//! its text as it is typed) and of a fixed fuzz query set, from both tiers, one line each:
//! `tier<TAB>label<TAB>json`. A refactor that must not change behaviour is checked by comparing
//! the dump before and after byte for byte:
//!
//! ```text
//! cargo run --release --example results_dump > /tmp/before.tsv   # before the change
//! cargo run --release --example results_dump > /tmp/after.tsv    # after it
//! cmp /tmp/before.tsv /tmp/after.tsv
//! ```
//!
//! The fuzz set is the strategy of `tests/fuzz_queries.rs` drawn by proptest's deterministic
//! runner, so it is the same 400 queries on every run and every machine.

use preventiewijzer_engine::{Engine, Lang, Query, Sort};
use preventiewijzer_testdata::relevance::load;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

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

fn fuzz_queries(n: usize) -> Vec<Query> {
    let strategy = (
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
    );
    let mut runner = TestRunner::deterministic();
    (0..n)
        .map(|_| {
            let (text, audiences, topics, risk_groups, age, school_level, page, limit, en, sort) = strategy.new_tree(&mut runner).unwrap().current();
            Query {
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
            }
        })
        .collect()
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = preventiewijzer_model::catalogue::load(&root.join("catalogue")).expect("valid catalogue");
    let tier2 = Engine::open(preventiewijzer_indexer::build(&catalogue).unwrap()).unwrap();
    let tier1 = Engine::open_records(&preventiewijzer_engine::tier2::records(&catalogue)).unwrap();
    let mut queries: Vec<(String, Query)> = Vec::new();
    for j in load(&root.join("tests/relevance/judgments.toml")).unwrap() {
        let q = j.query();
        queries.push((format!("{} all", j.id), Query { limit: usize::MAX, ..q.clone() }));
        for sort in [Sort::Newest, Sort::Title] {
            queries.push((format!("{} {sort:?}", j.id), Query { sort, ..q.clone() }));
        }
        let chars: Vec<char> = q.text.chars().collect();
        for k in 1..chars.len() {
            queries.push((format!("{} typed {k}", j.id), Query { text: chars[..k].iter().collect(), ..q.clone() }));
        }
        queries.push((j.id.clone(), q));
    }
    for (k, q) in fuzz_queries(400).into_iter().enumerate() {
        queries.push((format!("fuzz {k}"), q));
    }
    let mut out = String::new();
    for (tier, engine) in [("tier1", &tier1), ("tier2", &tier2)] {
        for (label, q) in &queries {
            out.push_str(&format!("{tier}\t{label}\t{}\n", serde_json::to_string(&engine.search(q)).unwrap()));
        }
    }
    print!("{out}");
}

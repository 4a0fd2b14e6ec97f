//! Dumps the `Results` JSON of every judged query (as judged, as a full list, and each prefix of
//! its text as it is typed) and of a fixed fuzz query set, from both tiers, one line each:
//! `tier<TAB>label<TAB>json`. A refactor that must not change behaviour is checked by comparing
//! the dump before and after byte for byte:
//!
//! ```text
//! tools/results-compare.sh baseline   # before the change
//! tools/results-compare.sh check      # after it
//! ```
//!
//! The fuzz set is `tests/support/fuzz.rs` (the strategy `tests/fuzz_queries.rs` runs) drawn by proptest's deterministic
//! runner, so it is the same 400 queries on every run and every machine.

use preventiewijzer_engine::{Engine, Query, Sort};
#[path = "../tests/support/fuzz.rs"]
mod fuzz;
use preventiewijzer_testdata::relevance::load;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

/// `n` queries of the fuzz set, the same on every run and every machine.
fn fuzz_queries(n: usize) -> Vec<Query> {
    let strategy = fuzz::query();
    let mut runner = TestRunner::deterministic();
    (0..n).map(|_| strategy.new_tree(&mut runner).unwrap().current()).collect()
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = preventiewijzer_model::catalogue::load(&root.join("catalogue")).expect("valid catalogue");
    let tier2 = Engine::open(preventiewijzer_indexer::build(&catalogue).unwrap(), catalogue.clone()).unwrap();
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

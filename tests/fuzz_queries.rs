//! Bounded property tests: no query the engine can be given makes it panic, return more hits
//! than asked, or break a filter. Inputs include random Unicode, control characters, RTL and
//! emoji, query-syntax characters, very long text, unknown ids and extreme numbers.

use preventiewijzer_engine::{Engine, Query};
use proptest::prelude::*;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogue");
        let catalogue = preventiewijzer_model::catalogue::load(&dir).unwrap();
        Engine::open(preventiewijzer_indexer::build(&catalogue).unwrap(), catalogue).unwrap()
    })
}

#[path = "support/fuzz.rs"]
mod fuzz;

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_query_panics_or_breaks_a_filter(q in fuzz::query()) {
        let limit = q.limit;
        let r = engine().search(&q);
        prop_assert!(r.hits.len() <= limit);
        prop_assert!(r.total <= engine().materials().len());
        let first_page = Query { page: 1, ..q.clone() };
        let violations = preventiewijzer_testdata::relevance::filter_violations(engine(), &first_page);
        prop_assert!(violations.is_empty(), "filter broken by {:?}", violations);
    }
}

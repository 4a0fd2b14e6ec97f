//! What teachers choose by: the recognition facet (erkenning) filters and counts like every
//! facet, and the order "strongest recognition first" sits next to best fit.

use preventiewijzer_engine::{Engine, Query, Sort};
use preventiewijzer_model::vocabulary::Facet;

fn engine() -> Engine {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogue");
    let catalogue = preventiewijzer_model::catalogue::load(&dir).expect("shipped catalogue is valid");
    Engine::open(preventiewijzer_indexer::build(&catalogue).unwrap(), catalogue).unwrap()
}

fn rank(e: &Engine, level: Option<&str>) -> i16 {
    level.and_then(|l| e.vocabulary().evidence_levels.iter().find(|t| t.id == l)).map_or(-1, |t| i16::from(t.rank.unwrap_or(0)))
}

#[test]
fn the_evidence_facet_filters_and_counts() {
    let e = engine();
    let all = e.search(&Query::default());
    let count = |id: &str| all.facets.get(Facet::EvidenceLevels).iter().find(|c| c.id == id).map(|c| c.count).unwrap();
    let expected = e.materials().iter().filter(|m| m.evidence.as_deref() == Some("goed-onderbouwd")).count();
    assert!(expected > 0);
    assert_eq!(count("goed-onderbouwd"), expected);
    let r = e.search(&Query { evidence: vec!["goed-onderbouwd".into()], limit: 200, ..Query::default() });
    assert_eq!(r.total, expected);
    assert!(r.hits.iter().all(|h| h.evidence.as_deref() == Some("goed-onderbouwd")));
}

#[test]
fn sorting_by_evidence_puts_the_strongest_recognition_first_and_unknown_last() {
    let e = engine();
    let q = Query { audiences: vec!["leraren".into()], sort: Sort::Evidence, limit: 200, ..Query::default() };
    let r = e.search(&q);
    let ranks: Vec<i16> = r.hits.iter().map(|h| rank(&e, h.evidence.as_deref())).collect();
    assert!(ranks.windows(2).all(|w| w[0] >= w[1]), "{ranks:?}");
    assert!(ranks.first() > ranks.last(), "the catalogue has recognised and unrated materials for teachers");
    // Same results as best fit, only in another order.
    let by_fit = e.search(&Query { sort: Sort::Relevance, ..q.clone() });
    let (mut a, mut b): (Vec<_>, Vec<_>) = (r.hits.iter().map(|h| &h.id).collect(), by_fit.hits.iter().map(|h| &h.id).collect());
    a.sort();
    b.sort();
    assert_eq!(a, b);
    assert_eq!(Sort::parse("evidence"), Some(Sort::Evidence));
}

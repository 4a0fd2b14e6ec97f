//! Prints the top ten of a text in both tiers with scores and reasons:
//! `cargo run --example plan -- "naakt foto"`. A tool for understanding the engine.

use preventiewijzer_engine::Query;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = preventiewijzer_model::catalogue::load(&root.join("catalogue")).expect("valid catalogue");
    let tiers = preventiewijzer_indexer::tiers(&catalogue).expect("both tiers build");
    for text in std::env::args().skip(1) {
        for (name, engine) in [("tier 2", &tiers.tier2), ("tier 1", &tiers.tier1)] {
            let r = engine.search(&Query { text: format!("{text} "), limit: 10, ..Query::default() });
            println!("{text:?} {name}: {} results; situation {:?}; spelling {:?}", r.total, r.situation.map(|s| s.id), r.suggestions.spelling);
            for h in &r.hits {
                println!("   {:.3} {} {}", h.score, h.id, h.why.join(" · "));
            }
        }
    }
}

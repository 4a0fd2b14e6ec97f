//! Stage 7, suggest: help when the results are few or the words misspelled. The filter to drop
//! is the one chosen filter whose removal gives the most results; the spelling is the text with
//! each misspelled word replaced by the catalogue word it was corrected to.

use crate::engine::Engine;
use crate::facets::{DropTarget, FILTERS};
use crate::pipeline::candidates::Candidate;
use crate::pipeline::filter::{age_window, passing, ChosenTerms};
use crate::pipeline::understand::Understood;
use crate::results::{DropFilter, Suggestions};
use crate::Query;

/// Below this many results the engine suggests a filter to drop.
const FEW: usize = 3;

/// Stage 7: the suggestions for a query with `total` results among its `candidates`.
pub(crate) fn suggest(engine: &Engine, understood: &Understood, candidates: &[Candidate], total: usize) -> Suggestions {
    Suggestions { drop_filter: if total < FEW { drop_filter(engine, understood.query, candidates, total) } else { None }, spelling: understood.plan.spelling() }
}

/// The single chosen filter whose removal gives the most results (if that is more).
fn drop_filter(engine: &Engine, query: &Query, candidates: &[Candidate], total: usize) -> Option<DropFilter> {
    let vocab = engine.vocabulary();
    let mut options: Vec<(Query, DropFilter)> = Vec::new();
    for f in &FILTERS {
        for id in f.chosen(query) {
            let mut without = query.clone();
            f.chosen_mut(&mut without).retain(|x| x != id);
            let label = vocab.label(f.facet, id, query.lang).to_string();
            options.push((without, DropFilter { field: DropTarget::Filter(f.facet), value: id.clone(), label, total: 0 }));
        }
    }
    if let Some(age) = query.age {
        let label = query.lang.fill("age.years", &[("age", &age.to_string())]);
        options.push((Query { age: None, ..query.clone() }, DropFilter { field: DropTarget::Age, value: age.to_string(), label, total: 0 }));
    } else if let Some(level) = &query.school_level {
        options.push((
            Query { school_level: None, ..query.clone() },
            DropFilter { field: DropTarget::SchoolLevel, value: level.clone(), label: level.clone(), total: 0 },
        ));
    }
    options
        .into_iter()
        .map(|(without, mut d)| {
            let (window, chosen) = (age_window(&without, vocab), ChosenTerms::new(&without, vocab));
            d.total = passing(engine, &chosen, window, candidates).count();
            d
        })
        .filter(|d| d.total > total)
        .max_by(|a, b| a.total.cmp(&b.total).then_with(|| b.label.cmp(&a.label)))
}

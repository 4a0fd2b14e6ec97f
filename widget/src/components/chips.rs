//! The chips above the results: each chosen filter, the age and the school level as a button
//! that removes it, and "alles wissen".

use preventiewijzer_engine::filters::{chosen, FILTERS};
use preventiewijzer_engine::{Lang, Query};
use preventiewijzer_model::vocabulary::Facet;
use yew::prelude::*;

use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct ChipsProps {
    pub lang: Lang,
    pub query: Query,
    pub on_remove: Callback<(Facet, String)>,
    pub on_clear_age: Callback<()>,
    pub on_clear_level: Callback<()>,
    pub on_clear_all: Callback<()>,
}

/// The current filters as removable chips, and "alles wissen".
#[function_component(Chips)]
pub fn chips(p: &ChipsProps) -> Html {
    let vocab = crate::app::engine().vocabulary();
    let q = &p.query;
    let chip = |label: String, onclick: Callback<MouseEvent>| {
        let aria = format!("{}: {label}", t(p.lang, Msg::RemoveFilter));
        html! { <li><button type="button" class="pw-chip" aria-label={aria} {onclick}>{ label }<span aria-hidden="true">{ " ×" }</span></button></li> }
    };
    let mut items: Vec<Html> = Vec::new();
    for f in FILTERS {
        for id in chosen(q, f) {
            let (cb, f, id2) = (p.on_remove.clone(), f, id.clone());
            items.push(chip(vocab.label(f, id, p.lang).to_string(), Callback::from(move |_| cb.emit((f, id2.clone())))));
        }
    }
    if let Some(age) = q.age {
        let cb = p.on_clear_age.clone();
        let label = p.lang.fill("age.years", &[("age", &age.to_string())]);
        items.push(chip(label, Callback::from(move |_| cb.emit(()))));
    }
    if let Some(level) = &q.school_level {
        let cb = p.on_clear_level.clone();
        items.push(chip(vocab.label(Facet::SchoolLevels, level, p.lang).to_string(), Callback::from(move |_| cb.emit(()))));
    }
    if items.is_empty() && q.text.is_empty() {
        return html! {};
    }
    let clear = p.on_clear_all.clone();
    html! {
        <div class="pw-chips">
            <ul>{ for items }</ul>
            <button type="button" class="pw-clear" onclick={Callback::from(move |_| clear.emit(()))}>{ t(p.lang, Msg::ClearAll) }</button>
        </div>
    }
}

//! What the widget says when there are no or few results: the filter to drop and the spelling
//! to try.

use preventiewijzer_engine::Lang;
use preventiewijzer_engine::{DropFilter, Suggestions};
use yew::prelude::*;

use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct NoResultsProps {
    pub lang: Lang,
    pub total: usize,
    pub suggestions: Suggestions,
    pub on_text: Callback<String>,
    pub on_drop: Callback<DropFilter>,
}

/// When there are no or few results: say so, and offer the filter to drop and the spelling.
#[function_component(NoResults)]
pub fn no_results(p: &NoResultsProps) -> Html {
    let s = &p.suggestions;
    if p.total > 0 && s.drop_filter.is_none() && s.spelling.is_none() {
        return html! {};
    }
    html! {
        <div class="pw-suggestions">
            if p.total == 0 { <p>{ t(p.lang, Msg::NoResults) }</p> } else if s.drop_filter.is_some() { <p>{ t(p.lang, Msg::FewResults) }</p> }
            if let Some(d) = s.drop_filter.clone() {
                <p><button type="button" class="pw-link" onclick={let cb = p.on_drop.clone(); let d2 = d.clone(); Callback::from(move |_| cb.emit(d2.clone()))}>
                    { format!("{} '{}': {} {}", t(p.lang, Msg::Without), d.label, d.total, t(p.lang, if d.total == 1 { Msg::OneResult } else { Msg::Results })) }
                </button></p>
            }
            if let Some(text) = s.spelling.clone() {
                <p>{ format!("{} ", t(p.lang, Msg::DidYouMean)) }
                    <button type="button" class="pw-link" onclick={let cb = p.on_text.clone(); let t2 = text.clone(); Callback::from(move |_| cb.emit(t2.clone()))}>{ text }</button>{ "?" }</p>
            }
        </div>
    }
}

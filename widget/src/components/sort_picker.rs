//! The order of the results: best fit first (relevance), or strongest recognition (erkenning)
//! first, the way teachers compare interventions.

use preventiewijzer_engine::{Lang, Sort};
use yew::prelude::*;

use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct SortPickerProps {
    pub lang: Lang,
    pub sort: Sort,
    /// The chosen order's id (`relevance`, `evidence`).
    pub on_sort: Callback<String>,
}

#[function_component(SortPicker)]
pub fn sort_picker(p: &SortPickerProps) -> Html {
    let on_change = {
        let on_sort = p.on_sort.clone();
        Callback::from(move |e: Event| on_sort.emit(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()))
    };
    html! {
        <label class="pw-sort">
            <span>{ t(p.lang, Msg::SortLabel) }</span>
            <select name="sort" onchange={on_change}>
                <option value="relevance" selected={p.sort != Sort::Evidence}>{ t(p.lang, Msg::SortRelevance) }</option>
                <option value="evidence" selected={p.sort == Sort::Evidence}>{ t(p.lang, Msg::SortEvidence) }</option>
            </select>
        </label>
    }
}

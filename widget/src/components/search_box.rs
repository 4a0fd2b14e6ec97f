use preventiewijzer::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub lang: Lang,
    pub text: String,
    pub age: Option<u8>,
    pub on_text: Callback<String>,
    pub on_age: Callback<String>,
}

#[function_component(SearchBox)]
pub fn search_box(p: &SearchBoxProps) -> Html {
    let value_of = |cb: Callback<String>| Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()));
    html! {
        <div class="pw-search" role="search">
            <label class="pw-text">
                <span>{ t(p.lang, Msg::SearchLabel) }</span>
                <input type="search" name="q" autocomplete="off" value={p.text.clone()}
                    placeholder={t(p.lang, Msg::SearchPlaceholder)} oninput={value_of(p.on_text.clone())} />
            </label>
            <label class="pw-age">
                <span>{ t(p.lang, Msg::Age) }</span>
                <input type="number" name="age" min="0" max="99" inputmode="numeric" title={t(p.lang, Msg::AgeHint)}
                    value={p.age.map(|a| a.to_string()).unwrap_or_default()} oninput={value_of(p.on_age.clone())} />
            </label>
        </div>
    }
}

//! The search box: free text, the age of the young person, or a school level.

use preventiewijzer_engine::Lang;
use preventiewijzer_model::vocabulary::Facet;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub lang: Lang,
    /// The name of the search landmark (unique on the page).
    pub landmark: AttrValue,
    pub text: String,
    pub age: Option<u8>,
    pub school_level: Option<String>,
    pub on_text: Callback<String>,
    pub on_age: Callback<String>,
    pub on_school_level: Callback<String>,
    /// "Naar de resultaten": moves the focus to the first result.
    pub on_skip: Callback<()>,
}

/// Text, age and school level: who the material is for and what about.
#[function_component(SearchBox)]
pub fn search_box(p: &SearchBoxProps) -> Html {
    let value_of = |cb: Callback<String>| Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()));
    let skip = p.on_skip.clone();
    html! {
        <div class="pw-search" role="search" aria-label={p.landmark.clone()}>
            <label class="pw-text">
                <span>{ t(p.lang, Msg::SearchLabel) }</span>
                <input type="search" name="q" autocomplete="off" spellcheck="false" value={p.text.clone()}
                    placeholder={t(p.lang, Msg::SearchPlaceholder)} oninput={value_of(p.on_text.clone())} />
            </label>
            // Right after the search field: Tab, Enter and the first result has the focus.
            <button type="button" class="pw-skip" onclick={Callback::from(move |_| skip.emit(()))}>{ t(p.lang, Msg::SkipToResults) }</button>
            <ProfileFields lang={p.lang} age={p.age} school_level={p.school_level.clone()} on_age={p.on_age.clone()} on_school_level={p.on_school_level.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ProfileFieldsProps {
    lang: Lang,
    age: Option<u8>,
    school_level: Option<String>,
    on_age: Callback<String>,
    on_school_level: Callback<String>,
}

/// Age and school level, a part of their own: typing in the text field changes neither, so
/// these fields (the school levels are some thirty options) are not drawn again per keystroke.
#[function_component(ProfileFields)]
fn profile_fields(p: &ProfileFieldsProps) -> Html {
    let on_age = {
        let cb = p.on_age.clone();
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_level = {
        let cb = p.on_school_level.clone();
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let levels = &crate::app::engine().vocabulary().school_levels;
    let chosen = p.school_level.as_deref().unwrap_or_default();
    html! {
        <>
            // The hint outside the label: it describes the field (aria-describedby), it is not its name.
            <div class="pw-age">
                <label for="pw-age">{ t(p.lang, Msg::Age) }</label>
                <input type="number" id="pw-age" name="age" min="0" max="99" inputmode="numeric" aria-describedby="pw-age-hint"
                    value={p.age.map(|a| a.to_string()).unwrap_or_default()} oninput={on_age} />
                <small id="pw-age-hint">{ t(p.lang, Msg::AgeHint) }</small>
            </div>
            <label class="pw-level">
                <span>{ t(p.lang, Msg::SchoolLevel) }</span>
                <select name="school-level" onchange={on_level}>
                    <option value="" selected={chosen.is_empty()}>{ t(p.lang, Msg::AnySchoolLevel) }</option>
                    { for levels.iter().map(|l| html! {
                        <option value={l.id.clone()} selected={l.id == chosen}>{ l.label(Facet::SchoolLevels, p.lang) }</option>
                    }) }
                </select>
            </label>
        </>
    }
}

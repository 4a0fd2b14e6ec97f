//! "Snel weg": the button that leaves the page at once for a neutral one.

use preventiewijzer_engine::Lang;
use yew::prelude::*;

use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct QuickExitProps {
    pub lang: Lang,
    pub url: String,
    pub on_leave: Callback<String>,
}

/// "Snel weg": leaves the page at once for a neutral one (the Escape key does the same).
#[function_component(QuickExit)]
pub fn quick_exit(p: &QuickExitProps) -> Html {
    let (cb, url) = (p.on_leave.clone(), p.url.clone());
    html! {
        <div class="pw-exit">
            <button type="button" class="pw-exit-button" onclick={Callback::from(move |_| cb.emit(url.clone()))}>{ t(p.lang, Msg::QuickExit) }</button>
            <span class="pw-exit-hint">{ t(p.lang, Msg::QuickExitHint) }</span>
        </div>
    }
}

//! "Snel weg" and "Verberg je bezoek": the exit button (sticky while the widget is on screen),
//! the status line where the element script counts Shift presses, and the panel that says what
//! the exit does and does not erase (sources: docs/verberg-je-bezoek.md).

use preventiewijzer_engine::Lang;
use yew::prelude::*;

use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct QuickExitProps {
    pub lang: Lang,
    pub url: String,
    pub on_leave: Callback<String>,
}

/// The exit bar. Shift pressed three times anywhere on the page is handled once per page by the
/// element script's exit module (`widget/js/preventiewijzer-exit.js`): it counts in the empty
/// status line (Yew leaves an element without children alone), in the language of the widget,
/// and then clicks this button, so every way out is the same code. Where WebAssembly cannot
/// start, that module builds the same bar and panel itself (`exitBar`): keep the two alike.
#[function_component(QuickExit)]
pub fn quick_exit(p: &QuickExitProps) -> Html {
    let (cb, url) = (p.on_leave.clone(), p.url.clone());
    html! {
        <>
            <div class="pw-exit" data-url={p.url.clone()}>
                <button type="button" class="pw-exit-button" onclick={Callback::from(move |_| cb.emit(url.clone()))}>{ t(p.lang, Msg::QuickExit) }</button>
                <span class="pw-exit-hint">{ t(p.lang, Msg::QuickExitHint) }</span>
                <span class="pw-exit-status" role="status"></span>
            </div>
            <details class="pw-hide-visit">
                <summary>{ t(p.lang, Msg::HideVisit) }</summary>
                <p>{ t(p.lang, Msg::HideVisitExit) }</p>
                <p>{ t(p.lang, Msg::HideVisitHistory) }</p>
                <p>{ t(p.lang, Msg::HideVisitOnlyThisSite) }</p>
                <p>{ t(p.lang, Msg::HideVisitPrivate) }</p>
                <p>{ t(p.lang, Msg::HideVisitDevice) }</p>
            </details>
        </>
    }
}

//! A start in a few taps: before anything is typed, four to six situations for the chosen
//! audience (from `situations.toml`), each a button. One tap shows the fitting materials and
//! help, answered by tier 1 at once (a tap has no words, so both tiers agree exactly).

use preventiewijzer_model::catalogue::Situation;
use preventiewijzer_model::Lang;
use yew::prelude::*;

use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub lang: Lang,
    pub situations: Vec<Situation>,
    pub on_choose: Callback<String>,
    /// Heading level (`heading-level`).
    pub level: u8,
}

#[function_component(Start)]
pub fn start(p: &StartProps) -> Html {
    if p.situations.is_empty() {
        return html! {};
    }
    html! {
        // Named by aria-label, not by an id: a page may hold several widgets.
        <div class="pw-start" role="group" aria-label={t(p.lang, Msg::StartHeading)}>
            <@{format!("h{}", p.level)}>{ t(p.lang, Msg::StartHeading) }</@>
            <p class="pw-start-hint">{ t(p.lang, Msg::StartHint) }</p>
            <ul>
                { for p.situations.iter().map(|s| {
                    let (id, on_choose) = (s.id.clone(), p.on_choose.clone());
                    let label = s.label(p.lang);
                    html! {
                        <li>
                            <button type="button" class="pw-start-choice" data-situation={s.id.clone()}
                                onclick={Callback::from(move |_: MouseEvent| on_choose.emit(id.clone()))}>{ label }</button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

//! The situation a query describes (or the one tapped), above the results: its sourced advice
//! and the helplines that fit. For an acute situation (blackmail, forced sex, a disclosure) it
//! is an alert, so a screen reader announces it; a tapped situation can be put back.

use preventiewijzer_engine::SituationHelp;
use preventiewijzer_model::Lang;
use yew::prelude::*;

use super::help_block::helpline;
use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct SituationHelpProps {
    pub lang: Lang,
    pub situation: SituationHelp,
    /// Chosen by a tap: offer the way back to the choice.
    pub tapped: bool,
    pub on_clear: Callback<()>,
    /// Heading level: one below the results' heading.
    pub level: u8,
}

#[function_component(SituationHelpBlock)]
pub fn situation_help(p: &SituationHelpProps) -> Html {
    let s = &p.situation;
    let on_clear = p.on_clear.clone();
    html! {
        <section class={classes!("pw-situation", s.acute.then_some("pw-situation-acute"))} data-situation={s.id.clone()}
            role={s.acute.then_some("alert")} aria-label={s.label.clone()}>
            <@{format!("h{}", p.level)}>{ &s.label }</@>
            if let Some(advice) = &s.advice {
                <p class="pw-situation-advice"><strong>{ t(p.lang, Msg::SituationAdvice) }</strong>{ " " }{ advice }</p>
            }
            if !s.helplines.is_empty() {
                <ul class="pw-situation-help">{ for s.helplines.iter().map(|h| helpline(h, p.lang)) }</ul>
            }
            if p.tapped {
                <button type="button" class="pw-situation-clear" onclick={Callback::from(move |_: MouseEvent| on_clear.emit(()))}>
                    { t(p.lang, Msg::SituationClear) }
                </button>
            }
        </section>
    }
}

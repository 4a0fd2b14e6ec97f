//! The help block: where to get help, always visible; [`helpline`] also serves the situation
//! help above the results.

use preventiewijzer_model::{Helpline, Lang};
use yew::prelude::*;

use super::safe_href;
use crate::app::engine;
use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct HelpBlockProps {
    pub lang: Lang,
    pub helplines: Vec<Helpline>,
    /// The name of the landmark (unique on the page).
    pub landmark: AttrValue,
    /// Heading level (`heading-level`).
    pub level: u8,
}

/// Where to get help, always visible. A named `section` (a region landmark), not an `aside`:
/// a complementary landmark must be top level, and the widget sits inside the host's `main`.
#[function_component(HelpBlock)]
pub fn help_block(p: &HelpBlockProps) -> Html {
    html! {
        <section class="pw-help" aria-label={p.landmark.clone()}>
            <@{format!("h{}", p.level)}>{ t(p.lang, Msg::Help) }</@>
            <ul>
                { for p.helplines.iter().map(|h| helpline(h, p.lang)) }
            </ul>
        </section>
    }
}

/// One helpline as a list item: name, when to contact it, and its phone, web and chat links.
pub fn helpline(h: &Helpline, lang: Lang) -> Html {
    // Dutch and English from helplines.toml, other languages from their i18n file.
    let text = h.line(lang);
    let tel = h.tel();
    // From the host's own data folder (`data` attribute): marked, and listed first by the engine.
    let local = engine().is_local(&h.region);
    html! {
        <li data-helpline={h.id.clone()} class={local.then_some("pw-local-help")}>
            if local { <span class="pw-local">{ t(lang, Msg::LocalHelp) }</span>{ " " } }
            <strong>{ &h.name }</strong>{ " " }<span>{ text }</span>
            if let (Some(tel), Some(n)) = (tel, &h.phone) { { " " }<a href={tel}>{ format!("{} {}", t(lang, Msg::Call), n) }</a> }
            if let Some(href) = h.url.as_deref().and_then(safe_href) { { " " }<a {href} target="_blank" rel="noopener noreferrer">{ h.url.clone().unwrap_or_default() }</a> }
            if let Some(href) = h.chat_url.as_deref().and_then(safe_href) { { " " }<a {href} target="_blank" rel="noopener noreferrer">{ h.chat_url.clone().unwrap_or_default() }</a> }
        </li>
    }
}

//! The help block: where to get help, always visible; [`helpline`] also serves the situation
//! help above the results.

use preventiewijzer_model::{Helpline, Lang};
use yew::prelude::*;

use super::safe_href;
use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct HelpBlockProps {
    pub lang: Lang,
    pub helplines: Vec<Helpline>,
    /// The name of the landmark (unique on the page).
    pub landmark: AttrValue,
}

/// Where to get help, always visible.
#[function_component(HelpBlock)]
pub fn help_block(p: &HelpBlockProps) -> Html {
    html! {
        <aside class="pw-help" aria-label={p.landmark.clone()}>
            <h2>{ t(p.lang, Msg::Help) }</h2>
            <ul>
                { for p.helplines.iter().map(|h| helpline(h, p.lang)) }
            </ul>
        </aside>
    }
}

/// One helpline as a list item: name, when to contact it, and its phone, web and chat links.
pub fn helpline(h: &Helpline, lang: Lang) -> Html {
    // Dutch and English from helplines.toml, other languages from their i18n file.
    let text = h.line(lang);
    let tel = h.phone.as_ref().map(|n| format!("tel:{}", n.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>()));
    html! {
        <li data-helpline={h.id.clone()}>
            <strong>{ &h.name }</strong>{ " " }<span>{ text }</span>
            if let (Some(tel), Some(n)) = (tel, &h.phone) { { " " }<a href={tel}>{ format!("{} {}", t(lang, Msg::Call), n) }</a> }
            if let Some(href) = h.url.as_deref().and_then(safe_href) { { " " }<a {href} target="_blank" rel="noopener noreferrer">{ h.url.clone().unwrap_or_default() }</a> }
            if let Some(href) = h.chat_url.as_deref().and_then(safe_href) { { " " }<a {href} target="_blank" rel="noopener noreferrer">{ h.chat_url.clone().unwrap_or_default() }</a> }
        </li>
    }
}

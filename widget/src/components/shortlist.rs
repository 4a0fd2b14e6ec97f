//! "Mijn selectie": the saved materials, to print or share as a link.

use preventiewijzer_model::{Lang, Material};
use yew::prelude::*;

use super::safe_href;
use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct ShortlistProps {
    pub lang: Lang,
    /// The name of the region (unique on the page).
    pub landmark: AttrValue,
    pub materials: Vec<Material>,
    pub share_url: Option<String>,
    pub on_remove: Callback<String>,
    pub on_print: Callback<()>,
    pub on_share: Callback<()>,
}

/// "Mijn selectie": the saved materials, to print or share as a link. Lives in memory only.
#[function_component(Shortlist)]
pub fn shortlist(p: &ShortlistProps) -> Html {
    let (print, share) = (p.on_print.clone(), p.on_share.clone());
    html! {
        <section class="pw-shortlist" aria-label={p.landmark.clone()}>
            <h2 id="pw-shortlist-title">{ format!("{} ({})", t(p.lang, Msg::Shortlist), p.materials.len()) }</h2>
            <ul>
                { for p.materials.iter().map(|m| {
                    let (cb, id) = (p.on_remove.clone(), m.id.clone());
                    html! {
                        <li data-id={m.id.clone()}>
                            { match m.url.as_deref().and_then(safe_href) {
                                Some(href) => html! { <a {href} target="_blank" rel="noopener noreferrer">{ &m.title }</a> },
                                None => html! { <span>{ &m.title }</span> },
                            } }
                            if let Some(url) = m.url.as_deref().and_then(safe_href) { <span class="pw-print-url">{ format!(" — {url}") }</span> }
                            { " " }
                            <button type="button" class="pw-link pw-no-print" aria-label={format!("{}: {}", t(p.lang, Msg::Saved), m.title)}
                                onclick={Callback::from(move |_| cb.emit(id.clone()))}>{ "×" }</button>
                        </li>
                    }
                }) }
            </ul>
            <p class="pw-no-print">
                <button type="button" class="pw-clear" onclick={Callback::from(move |_| print.emit(()))}>{ t(p.lang, Msg::Print) }</button>{ " " }
                <button type="button" class="pw-clear pw-share" onclick={Callback::from(move |_| share.emit(()))}>{ t(p.lang, Msg::ShareLink) }</button>
            </p>
            if let Some(url) = p.share_url.clone() {
                <label class="pw-share-url pw-no-print"><span>{ t(p.lang, Msg::LinkCopied) }</span><input type="text" readonly=true value={url} /></label>
            }
        </section>
    }
}

//! The ranked results: one card per material with why it fits, and "meer tonen".

use preventiewijzer_engine::why::age_range;
use preventiewijzer_engine::{Hit, Lang};
use preventiewijzer_model::vocabulary::Facet;
use yew::prelude::*;

use super::safe_href;
use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct ResultListProps {
    pub lang: Lang,
    pub hits: Vec<Hit>,
    pub total: usize,
    pub shortlist: Vec<String>,
    pub on_save: Callback<String>,
    pub on_more: Callback<()>,
}

#[function_component(ResultList)]
pub fn result_list(p: &ResultListProps) -> Html {
    let more = p.on_more.clone();
    html! {
        <>
            <ol class="pw-list">
                { for p.hits.iter().map(|h| html! {
                    <Card key={h.id.clone()} lang={p.lang} hit={h.clone()} saved={p.shortlist.contains(&h.id)} on_save={p.on_save.clone()} />
                }) }
            </ol>
            if p.hits.len() < p.total {
                <button type="button" class="pw-more" onclick={Callback::from(move |_| more.emit(()))}>
                    { format!("{} ({} / {})", t(p.lang, Msg::ShowMore), p.hits.len(), p.total) }
                </button>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct CardProps {
    lang: Lang,
    hit: Hit,
    saved: bool,
    on_save: Callback<String>,
}

/// The one place that renders a material. Yew escapes all text; links are https only.
#[function_component(Card)]
fn card(p: &CardProps) -> Html {
    let h = &p.hit;
    let vocab = crate::app::engine().vocabulary();
    let label = |facet, id: &str| vocab.label(facet, id, p.lang).to_string();
    let audiences: Vec<String> = h.audiences.iter().map(|a| label(Facet::Audiences, a)).collect();
    let (cb, id) = (p.on_save.clone(), h.id.clone());
    html! {
        <li class="pw-card" data-id={h.id.clone()}>
            <h3 class="pw-title">
                { match h.url.as_deref().and_then(safe_href) {
                    Some(href) => html! { <a {href} target="_blank" rel="noopener noreferrer">{ &h.title }</a> },
                    None => html! { <span>{ &h.title }</span> },
                } }
            </h3>
            <p class="pw-meta">
                // From the host's own data folder (`data` attribute): shown first in the line.
                if h.local { <span class="pw-local">{ t(p.lang, Msg::InYourRegion) }</span> }
                if let Some(publisher) = &h.publisher { <span>{ format!("{} {publisher}", t(p.lang, Msg::Publisher)) }</span> }
                <span>{ label(Facet::Formats, &h.format) }</span>
                <span class="pw-age-range">{ age_range(h.age_min, h.age_max, p.lang) }</span>
                if !audiences.is_empty() { <span>{ audiences.join(", ") }</span> }
                <span>{ label(Facet::Costs, &h.cost) }</span>
                if let Some(d) = &h.duration { <span>{ format!("{}: {d}", t(p.lang, Msg::Duration)) }</span> }
                if let Some(e) = &h.evidence { <span class="pw-evidence">{ label(Facet::EvidenceLevels, e) }</span> }
                if h.url.is_none() { <span>{ t(p.lang, Msg::NoLink) }</span> }
            </p>
            if h.snippet.is_empty() {
                <p class="pw-summary">{ &h.summary }</p>
            } else {
                <p class="pw-summary pw-snippet">{ for h.snippet.iter().map(|part| if part.marked {
                    html! { <mark>{ &part.text }</mark> }
                } else {
                    html! { { &part.text } }
                }) }</p>
            }
            if !h.why.is_empty() { <p class="pw-why">{ h.why.join(" · ") }</p> }
            <button type="button" class="pw-save" aria-pressed={if p.saved { "true" } else { "false" }}
                onclick={Callback::from(move |_| cb.emit(id.clone()))}>
                { t(p.lang, if p.saved { Msg::Saved } else { Msg::Save }) }
            </button>
        </li>
    }
}

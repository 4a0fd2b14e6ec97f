use preventiewijzer::search::why::age_range;
use preventiewijzer::vocabulary::Facet;
use preventiewijzer::{Hit, Lang};
use yew::prelude::*;

use super::safe_href;
use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct ResultListProps {
    pub lang: Lang,
    pub hits: Vec<Hit>,
    pub total: usize,
}

#[function_component(ResultList)]
pub fn result_list(p: &ResultListProps) -> Html {
    let status = format!("{} {}", p.total, t(p.lang, if p.total == 1 { Msg::OneResult } else { Msg::Results }));
    html! {
        <section class="pw-results">
            <p class="pw-status" role="status" aria-live="polite">{ status }</p>
            if p.hits.is_empty() {
                <p class="pw-none">{ t(p.lang, Msg::NoResults) }</p>
            }
            <ol class="pw-list">
                { for p.hits.iter().map(|h| html! { <Card lang={p.lang} hit={h.clone()} /> }) }
            </ol>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CardProps {
    lang: Lang,
    hit: Hit,
}

/// The one place that renders a material. Yew escapes all text.
#[function_component(Card)]
fn card(p: &CardProps) -> Html {
    let h = &p.hit;
    let vocab = preventiewijzer_index::engine().vocabulary();
    let label = |facet, id: &str| vocab.label(facet, id, p.lang).to_string();
    let audiences: Vec<String> = h.audiences.iter().map(|a| label(Facet::Audiences, a)).collect();
    html! {
        <li class="pw-card" data-id={h.id.clone()}>
            <h3 class="pw-title">
                { match h.url.as_deref().and_then(safe_href) {
                    Some(href) => html! { <a {href} target="_blank" rel="noopener noreferrer">{ &h.title }</a> },
                    None => html! { <span>{ &h.title }</span> },
                } }
            </h3>
            <p class="pw-meta">
                if let Some(publisher) = &h.publisher { <span>{ format!("{} {publisher}", t(p.lang, Msg::Publisher)) }</span> }
                <span>{ label(Facet::Formats, &h.format) }</span>
                <span class="pw-age-range">{ age_range(h.age_min, h.age_max, p.lang) }</span>
                <span>{ audiences.join(", ") }</span>
                <span>{ label(Facet::Costs, &h.cost) }</span>
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
        </li>
    }
}

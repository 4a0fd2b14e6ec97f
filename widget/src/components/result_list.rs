//! The ranked results: one card per material with why it fits, how to get it and what is not
//! known, and "meer tonen".

use preventiewijzer_engine::card::{self, Access};
use preventiewijzer_engine::why::age_range;
use preventiewijzer_engine::{Hit, Lang};
use preventiewijzer_model::vocabulary::Facet;
use yew::prelude::*;

use super::safe_href;
use crate::browser;
use crate::messages::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct ResultListProps {
    pub lang: Lang,
    pub hits: Vec<Hit>,
    pub total: usize,
    pub shortlist: Vec<String>,
    pub on_save: Callback<String>,
    pub on_more: Callback<()>,
    /// Heading level of the material titles (one below `heading-level`).
    pub level: u8,
}

#[function_component(ResultList)]
pub fn result_list(p: &ResultListProps) -> Html {
    let more = p.on_more.clone();
    html! {
        <>
            <ol class="pw-list">
                { for p.hits.iter().map(|h| html! {
                    <Card key={h.id.clone()} lang={p.lang} level={p.level} hit={h.clone()} saved={p.shortlist.contains(&h.id)} on_save={p.on_save.clone()} />
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
    level: u8,
    hit: Hit,
    saved: bool,
    on_save: Callback<String>,
}

/// The one place that renders a material. Yew escapes all text; links are https only. Known
/// facts go in the meta line; how to get a material without a link, and the reason an assessor
/// did not recognise it, get a line of their own; what is not known is gathered in one quiet
/// line (wording: `preventiewijzer_engine::card`).
#[function_component(Card)]
fn card(p: &CardProps) -> Html {
    let (h, lang) = (&p.hit, p.lang);
    let engine = crate::app::engine();
    let vocab = engine.vocabulary();
    let Some(m) = engine.materials().iter().find(|m| m.id == h.id) else { return html! {} };
    let label = |facet, id: &str| vocab.label(facet, id, lang).to_string();
    let audiences: Vec<String> = h.audiences.iter().map(|a| label(Facet::Audiences, a)).collect();
    let access = card::access(m);
    let (cb, id) = (p.on_save.clone(), h.id.clone());
    // Text in another language than the interface is marked, so a screen reader pronounces it
    // right: the title when the material has one language only, the summary when the engine had
    // no summary in the interface language (then it gave the Dutch one).
    let title_lang = match m.languages.as_slice() {
        [only] if only != lang.code() => Some(AttrValue::from(only.clone())),
        _ => None,
    };
    let in_own_language = lang == Lang::Nl || (lang == Lang::En && m.summary_en.is_some());
    let summary_lang = (!in_own_language).then_some(AttrValue::from("nl"));
    html! {
        <li class="pw-card" data-id={h.id.clone()}>
            // Titles and summaries are in the material's own language: their direction follows the text, so
            // Dutch stays left to right inside an Arabic (right-to-left) widget.
            <@{format!("h{}", p.level)} class="pw-title" dir="auto" lang={title_lang}>
                { match access {
                    Access::Link(url) => html! { <a href={safe_href(url)} target="_blank" rel="noopener noreferrer">{ &h.title }</a> },
                    _ => html! { <span>{ &h.title }</span> },
                } }
            </@>
            <p class="pw-meta">
                // From the host's own data folder (`data` attribute): shown first in the line.
                if h.local { <span class="pw-local">{ t(lang, Msg::InYourRegion) }</span> }
                if let Some(publisher) = &h.publisher { <span>{ format!("{} {publisher}", t(lang, Msg::Publisher)) }</span> }
                if h.format != "onbekend" { <span>{ label(Facet::Formats, &h.format) }</span> }
                if h.age_min.is_some() || h.age_max.is_some() { <span class="pw-age-range">{ age_range(h.age_min, h.age_max, lang) }</span> }
                if !audiences.is_empty() { <span>{ audiences.join(", ") }</span> }
                if h.cost != "onbekend" { <span>{ label(Facet::Costs, &h.cost) }</span> }
                if let Some(d) = card::duration(m, lang) { <span class="pw-duration">{ d }</span> }
                if let Some(d) = card::delivered_by(m, vocab, lang) { <span class="pw-delivered-by">{ d }</span> }
                if let Some(d) = card::parents(m, lang) { <span class="pw-parents">{ d }</span> }
                if let Some(e) = card::evidence(m, vocab, lang, browser::today(), false) { <span class="pw-evidence">{ e }</span> }
            </p>
            if let Some(reason) = card::not_recognised_reason(m, lang) { <p class="pw-evidence-note">{ reason }</p> }
            if h.snippet.is_empty() {
                <p class="pw-summary" dir="auto" lang={summary_lang.clone()}>{ &h.summary }</p>
            } else {
                <p class="pw-summary pw-snippet" dir="auto" lang={summary_lang}>{ for h.snippet.iter().map(|part| if part.marked {
                    html! { <mark>{ &part.text }</mark> }
                } else {
                    html! { { &part.text } }
                }) }</p>
            }
            <AccessLine {lang} material_id={h.id.clone()} />
            if !h.why.is_empty() { <p class="pw-why">{ h.why.join(" · ") }</p> }
            if let Some(unknown) = card::unknown(m, lang, false) { <p class="pw-unknown">{ unknown }</p> }
            <button type="button" class="pw-save" aria-pressed={if p.saved { "true" } else { "false" }}
                onclick={Callback::from(move |_| cb.emit(id.clone()))}>
                { t(lang, if p.saved { Msg::Saved } else { Msg::Save }) }
            </button>
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct AccessLineProps {
    pub lang: Lang,
    pub material_id: AttrValue,
}

/// For a material without its own link: how to get it (a source's words), a link to the source
/// page, or plainly that nobody knows where to get it. Nothing when the title is the link.
#[function_component(AccessLine)]
pub fn access_line(p: &AccessLineProps) -> Html {
    let Some(m) = crate::app::engine().materials().iter().find(|m| *m.id == *p.material_id) else { return html! {} };
    let access = card::access(m);
    let page = match access {
        Access::HowToGet { source_url, .. } => source_url,
        Access::SourcePage(url) => Some(url),
        _ => None,
    };
    if matches!(access, Access::Link(_)) {
        return html! {};
    }
    html! {
        <p class="pw-access">
            if let Some(text) = card::access_text(access, p.lang) { <span>{ text }</span> }
            if page.is_some() && card::access_text(access, p.lang).is_some() { { " " } }
            if let Some(href) = page.and_then(safe_href) {
                <a {href} target="_blank" rel="noopener noreferrer">{ card::source_link_text(p.lang) }</a>
            }
        </p>
    }
}

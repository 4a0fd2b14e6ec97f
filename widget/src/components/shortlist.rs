//! "Mijn selectie": the saved materials, to print or share as a link. Lives in memory only.
//! On screen it is a short list of titles; printed, it is a hand-out for colleagues: the profile
//! it was chosen for and the date on top, then per material its summary, ages, format, duration,
//! cost, assessment with its year, who delivers it, why it fits, and the link or how to get it.

use preventiewijzer_engine::age_window;
use preventiewijzer_engine::card::{self, Access};
use preventiewijzer_engine::Query;
use preventiewijzer_engine::{age_range, reasons};
use preventiewijzer_model::vocabulary::Facet;
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
    /// The profile the selection is printed for (and why each material fits it).
    pub query: Query,
    /// Today, for the assessment's age; and as people write it, for the top of the printout.
    pub today: Option<(i64, u32, u32)>,
    pub today_text: AttrValue,
    pub share_url: Option<String>,
    pub on_remove: Callback<String>,
    /// Print this selection (the section to print).
    pub on_print: Callback<web_sys::Element>,
    pub on_share: Callback<()>,
    /// Heading level (`heading-level`).
    pub level: u8,
}

#[function_component(Shortlist)]
pub fn shortlist(p: &ShortlistProps) -> Html {
    let section = use_node_ref();
    let print = {
        let (section, on_print) = (section.clone(), p.on_print.clone());
        Callback::from(move |_| {
            if let Some(el) = section.cast::<web_sys::Element>() {
                on_print.emit(el);
            }
        })
    };
    let share = p.on_share.clone();
    let (lang, vocab) = (p.lang, crate::app::engine().vocabulary());
    html! {
        <section class="pw-shortlist" aria-label={p.landmark.clone()} ref={section}>
            <@{format!("h{}", p.level)} id="pw-shortlist-title">
                <span class="pw-print-only">{ t(lang, Msg::PrintHeading) }</span>
                <span class="pw-no-print">{ format!("{} ({})", t(lang, Msg::Shortlist), p.materials.len()) }</span>
            </@>
            <p class="pw-print-only pw-print-profile">{ lang.fill("print.chosen_for", &[("profile", &card::profile(&p.query, vocab, lang))]) }</p>
            <p class="pw-print-only pw-print-date">{ lang.fill("print.date", &[("date", &p.today_text)]) }</p>
            <ul class="pw-no-print">
                { for p.materials.iter().map(|m| {
                    let (cb, id) = (p.on_remove.clone(), m.id.clone());
                    html! {
                        <li data-id={m.id.clone()}>
                            { match m.url.as_deref().and_then(safe_href) {
                                Some(href) => html! { <a {href} target="_blank" rel="noopener noreferrer">{ &m.title }</a> },
                                None => html! { <span>{ &m.title }</span> },
                            } }
                            { " " }
                            <button type="button" class="pw-link" aria-label={format!("{}: {}", t(lang, Msg::Saved), m.title)}
                                onclick={Callback::from(move |_| cb.emit(id.clone()))}>{ "×" }</button>
                        </li>
                    }
                }) }
            </ul>
            <ol class="pw-print-only pw-print-list">
                { for p.materials.iter().map(|m| html! { <PrintedMaterial {lang} material={m.clone()} query={p.query.clone()} today={p.today} level={p.level + 1} /> }) }
            </ol>
            <p class="pw-no-print">
                <button type="button" class="pw-clear" onclick={print}>{ t(lang, Msg::Print) }</button>{ " " }
                <button type="button" class="pw-clear pw-share" onclick={Callback::from(move |_| share.emit(()))}>{ t(lang, Msg::ShareLink) }</button>
            </p>
            if let Some(url) = p.share_url.clone() {
                <label class="pw-share-url pw-no-print"><span>{ t(lang, Msg::LinkCopied) }</span><input type="text" readonly=true value={url} /></label>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PrintedMaterialProps {
    lang: Lang,
    material: Material,
    query: Query,
    today: Option<(i64, u32, u32)>,
    level: u8,
}

/// One material on paper: every fact a colleague needs to judge it without the widget. Links are
/// written out, because paper cannot be clicked.
#[function_component(PrintedMaterial)]
fn printed_material(p: &PrintedMaterialProps) -> Html {
    let (m, lang, q) = (&p.material, p.lang, &p.query);
    let vocab = crate::app::engine().vocabulary();
    let summary = match (lang, &m.summary_en) {
        (Lang::En, Some(en)) => en,
        _ => &m.summary,
    };
    let mut facts: Vec<String> = Vec::new();
    if m.age_min.is_some() || m.age_max.is_some() {
        facts.push(lang.fill("print.age", &[("ages", &age_range(m.age_min, m.age_max, lang))]));
    }
    if m.format != "onbekend" {
        facts.push(lang.fill("print.format", &[("format", vocab.label(Facet::Formats, &m.format, lang))]));
    }
    facts.extend(card::duration(m, lang));
    if m.cost != "onbekend" {
        let cost = match &m.cost_note {
            Some(note) => format!("{} ({note})", vocab.label(Facet::Costs, &m.cost, lang)),
            None => vocab.label(Facet::Costs, &m.cost, lang).to_string(),
        };
        facts.push(lang.fill("print.cost", &[("cost", &cost)]));
    }
    facts.extend(card::evidence(m, vocab, lang, p.today, true).map(|e| lang.fill("print.evidence", &[("evidence", &e)])));
    facts.extend(card::delivered_by(m, vocab, lang));
    facts.extend(card::parents(m, lang));
    let why = reasons(m, q, age_window(q, vocab), &[], None, None, vocab);
    let access = card::access(m);
    html! {
        <li class="pw-print-item" data-id={m.id.clone()}>
            <@{format!("h{}", p.level)}>{ &m.title }</@>
            if let Some(publisher) = &m.publisher { <p class="pw-print-publisher">{ format!("{} {publisher}", t(lang, Msg::Publisher)) }</p> }
            <p class="pw-print-summary">{ summary }</p>
            <p class="pw-print-facts">{ facts.join(" · ") }</p>
            if let Some(reason) = card::not_recognised_reason(m, lang) { <p class="pw-print-evidence-note">{ reason }</p> }
            if !why.is_empty() { <p class="pw-print-why">{ lang.fill("print.why", &[("why", &why.join(" · "))]) }</p> }
            <p class="pw-print-access">
                { match access {
                    Access::Link(url) => lang.fill("print.link", &[("url", url)]),
                    Access::SourcePage(url) => lang.fill("print.source_page", &[("url", url)]),
                    Access::HowToGet { source_url: Some(url), .. } => format!("{} {}", card::access_text(access, lang).unwrap_or_default(), lang.fill("print.source_page", &[("url", url)])),
                    Access::HowToGet { source_url: None, .. } | Access::Unknown => card::access_text(access, lang).unwrap_or_default(),
                } }
            </p>
            if let Some(unknown) = card::unknown(m, lang, true) { <p class="pw-print-unknown">{ unknown }</p> }
        </li>
    }
}

//! The root component: owns the reducer, asks the engine, hands plain data to the parts.

use std::rc::Rc;

use preventiewijzer::vocabulary::Facet;
use preventiewijzer::Engine;
use yew::prelude::*;

use crate::components::{FacetGroup, FacetOption, HelpBlock, ResultList, SearchBox};
use crate::messages::{t, Msg};
use crate::state::{Action, Attributes, State};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub attrs: Attributes,
}

/// Reducer glue: `Apply` needs the vocabulary, the rest is the pure [`State::reduce`].
pub enum Event {
    Apply(Attributes),
    Do(Action),
}

impl Reducible for State {
    type Action = Event;
    fn reduce(self: Rc<Self>, event: Event) -> Rc<Self> {
        let mut next = (*self).clone();
        match event {
            Event::Apply(attrs) => {
                for w in next.apply(&attrs, engine().vocabulary()) {
                    web_sys::console::warn_1(&format!("<preventie-wijzer>: {w}").into());
                }
            }
            Event::Do(action) => next = next.reduce(action),
        }
        Rc::new(next)
    }
}

fn engine() -> &'static Engine {
    preventiewijzer_index::engine()
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer_eq(|| State::from_attributes(&props.attrs, engine().vocabulary()).0);
    {
        let dispatch = state.dispatcher();
        use_effect_with(props.attrs.clone(), move |attrs| dispatch.dispatch(Event::Apply(attrs.clone())));
    }
    let results = {
        let query = state.query.clone();
        use_memo(query, |q| engine().search(q))
    };
    // Filters start folded on phones, so the first results are in view.
    let filters_open = use_state(|| web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_none_or(|w| w >= 768.0));
    let q = &state.query;
    let lang = q.lang;
    let vocab = engine().vocabulary();
    let send = |make: fn(String) -> Action| {
        let dispatch = state.dispatcher();
        Callback::from(move |v: String| dispatch.dispatch(Event::Do(make(v))))
    };
    let options = |facet: Facet, counts: &[preventiewijzer::FacetCount], chosen: &[String]| -> Vec<FacetOption> {
        counts
            .iter()
            .map(|c| {
                let term = vocab.term(facet, &c.id);
                FacetOption {
                    id: c.id.clone(),
                    label: term.map_or(c.id.clone(), |t| t.label(lang).to_string()),
                    count: c.count,
                    checked: chosen.contains(&c.id),
                    sub: term.is_some_and(|t| t.parent.is_some()),
                }
            })
            .collect()
    };
    let clear = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Event::Do(Action::ClearFilters)))
    };
    let has_filters = !q.audiences.is_empty() || !q.topics.is_empty() || !q.risk_groups.is_empty() || q.age.is_some() || !q.text.is_empty();
    let helplines: Vec<preventiewijzer::Helpline> = engine().helplines(&q.audiences).into_iter().cloned().collect();
    html! {
        <div class="pw" lang={if lang == preventiewijzer::Lang::Nl { "nl" } else { "en" }}>
            <SearchBox {lang} text={q.text.clone()} age={q.age} on_text={send(Action::SetText)} on_age={send(Action::SetAge)} />
            <div class="pw-body">
                <details class="pw-filters" open={*filters_open}>
                    <summary>{ t(lang, Msg::Filters) }</summary>
                    <FacetGroup legend={t(lang, Msg::ForWhom)} name="audience" options={options(Facet::Audiences, &results.facets.audiences, &q.audiences)} on_toggle={send(Action::ToggleAudience)} />
                    <FacetGroup legend={t(lang, Msg::Topics)} name="topic" options={options(Facet::Topics, &results.facets.topics, &q.topics)} on_toggle={send(Action::ToggleTopic)} />
                    <FacetGroup legend={t(lang, Msg::RiskGroups)} name="risk-group" options={options(Facet::RiskGroups, &results.facets.risk_groups, &q.risk_groups)} on_toggle={send(Action::ToggleRiskGroup)} />
                    if has_filters {
                        <button type="button" class="pw-clear" onclick={clear}>{ t(lang, Msg::ClearAll) }</button>
                    }
                </details>
                <ResultList {lang} hits={results.hits.clone()} total={results.total} />
            </div>
            <HelpBlock {lang} {helplines} />
        </div>
    }
}

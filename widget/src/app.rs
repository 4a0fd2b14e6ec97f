//! The root component: owns the reducer, asks the engine, hands plain data to the parts.

use std::rc::Rc;

use preventiewijzer::vocabulary::Facet;
use preventiewijzer::{Engine, Lang};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::components::{Chips, FacetGroup, FacetOption, HelpBlock, NoResults, QuickExit, ResultList, SearchBox, Shortlist};
use crate::messages::{t, Msg};
use crate::state::{decode, Action, Attributes, State};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub attrs: Attributes,
    /// This instance's key in the URL fragment.
    pub key: String,
    /// Raised when the element script reuses this app for another element: start afresh.
    pub generation: u32,
}

/// Reducer glue: attributes and shared links need the vocabulary; the rest is [`State::reduce`].
pub enum Change {
    Apply(Attributes),
    Restore(String),
    /// A new element took over this app: forget everything, start from its attributes.
    Reset(Attributes),
    Do(Action),
}

impl Reducible for State {
    type Action = Change;
    fn reduce(self: Rc<Self>, event: Change) -> Rc<Self> {
        let mut next = (*self).clone();
        match event {
            Change::Apply(attrs) => {
                for w in next.apply(&attrs, engine().vocabulary()) {
                    browser::warn(&w);
                }
            }
            Change::Restore(fragment) => next.restore(&fragment, engine().vocabulary()),
            Change::Reset(attrs) => {
                let (fresh, warnings) = State::from_attributes(&attrs, engine().vocabulary());
                for w in warnings {
                    browser::warn(&w);
                }
                next = fresh;
            }
            Change::Do(action) => next = next.reduce(action),
        }
        Rc::new(next)
    }
}

pub fn engine() -> &'static Engine {
    preventiewijzer_index::engine()
}

/// A callback that sends one action, made the same way for every control.
pub fn send<T: 'static>(dispatch: &UseReducerDispatcher<State>, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
    let dispatch = dispatch.clone();
    Callback::from(move |v: T| dispatch.dispatch(Change::Do(make(v))))
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer_eq(|| State::from_attributes(&props.attrs, engine().vocabulary()).0);
    let dispatch = state.dispatcher();
    {
        let dispatch = dispatch.clone();
        use_effect_with(props.attrs.clone(), move |attrs| dispatch.dispatch(Change::Apply(attrs.clone())));
    }
    {
        let dispatch = dispatch.clone();
        use_effect_with(props.key.clone(), move |key| {
            if let Some(fragment) = browser::fragment_value(key).as_deref().and_then(decode) {
                dispatch.dispatch(Change::Restore(fragment));
            }
        });
    }
    let exit = state.exit_url().map(str::to_string);
    let leave = {
        let dispatch = dispatch.clone();
        Callback::from(move |url: String| {
            dispatch.dispatch(Change::Do(Action::Forget));
            browser::leave(&url);
        })
    };
    {
        let leave = leave.clone();
        use_effect_with(exit.clone(), move |exit| {
            let listener = exit.clone().map(|url| {
                Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                    if e.key() == "Escape" {
                        leave.emit(url.clone());
                    }
                })
            });
            let window = web_sys::window();
            if let (Some(w), Some(l)) = (&window, &listener) {
                let _ = w.add_event_listener_with_callback("keydown", l.as_ref().unchecked_ref());
            }
            move || {
                if let (Some(w), Some(l)) = (window, listener) {
                    let _ = w.remove_event_listener_with_callback("keydown", l.as_ref().unchecked_ref());
                }
            }
        });
    }
    let filters_open = use_state(|| !browser::is_narrow());
    let share_url = use_state(|| None::<String>);
    {
        let (dispatch, attrs, share_url, key) = (dispatch.clone(), props.attrs.clone(), share_url.clone(), props.key.clone());
        use_effect_with(props.generation, move |generation| {
            if *generation > 0 {
                share_url.set(None);
                dispatch.dispatch(Change::Reset(attrs));
                if let Some(fragment) = browser::fragment_value(&key).as_deref().and_then(decode) {
                    dispatch.dispatch(Change::Restore(fragment));
                }
            }
        });
    }
    let results = {
        let query = state.query.clone();
        use_memo(query, |q| engine().search(q))
    };

    let q = &state.query;
    let lang = q.lang;
    let vocab = engine().vocabulary();
    let group = |facet: Facet, legend: Msg, name: &'static str, counts: &[preventiewijzer::FacetCount]| -> Html {
        let chosen = preventiewijzer::search::filters::chosen(q, facet);
        let options: Vec<FacetOption> = counts
            .iter()
            .filter(|c| c.count > 0 || chosen.contains(&c.id))
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
            .collect();
        if options.is_empty() {
            return html! {};
        }
        html! { <FacetGroup legend={t(lang, legend)} {name} {options} on_toggle={send(&dispatch, move |id| Action::Toggle(facet, id))} /> }
    };
    let on_share = {
        let (share_url, key, fragment) = (share_url.clone(), props.key.clone(), crate::state::encode(&state.to_fragment()));
        Callback::from(move |_: ()| {
            let url = browser::set_fragment(&key, &fragment);
            if let Some(u) = &url {
                browser::copy(u);
            }
            share_url.set(url);
        })
    };
    let saved: Vec<preventiewijzer::Material> =
        state.shortlist.iter().filter_map(|id| engine().materials().iter().find(|m| &m.id == id)).cloned().collect();
    let helplines: Vec<preventiewijzer::Helpline> = engine().helplines(&q.audiences).into_iter().cloned().collect();
    let toggle_filters = {
        let filters_open = filters_open.clone();
        Callback::from(move |e: yew::Event| {
            let open = e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open();
            filters_open.set(open);
        })
    };
    // Landmark names must tell instances on one page apart: "Zoek materiaal – Professionals".
    let instance = instance_name(&props.attrs, &props.key, lang);
    let landmark = |name: &str| -> AttrValue {
        match &instance {
            Some(i) => format!("{name} – {i}").into(),
            None => AttrValue::from(name.to_string()),
        }
    };
    html! {
        <div class="pw" lang={lang.code()}>
            if let Some(url) = exit.clone() {
                <QuickExit {lang} {url} on_leave={leave.clone()} />
            }
            if state.shows("search") {
                <SearchBox {lang} landmark={landmark(t(lang, Msg::SearchLabel))} text={q.text.clone()} age={q.age} school_level={q.school_level.clone()}
                    on_text={send(&dispatch, Action::SetText)} on_age={send(&dispatch, Action::SetAge)}
                    on_school_level={send(&dispatch, Action::SetSchoolLevel)} />
            }
            <Chips {lang} query={q.clone()} on_remove={send(&dispatch, |(f, id): (Facet, String)| Action::Toggle(f, id))}
                on_clear_age={send(&dispatch, |_: ()| Action::SetAge(String::new()))}
                on_clear_level={send(&dispatch, |_: ()| Action::SetSchoolLevel(String::new()))}
                on_clear_all={send(&dispatch, |_: ()| Action::ClearFilters)} />
            <div class="pw-body">
                if state.shows("filters") {
                    <details class="pw-filters" open={*filters_open} ontoggle={toggle_filters}>
                        <summary>{ t(lang, Msg::Filters) }</summary>
                        { group(Facet::Audiences, Msg::ForWhom, "audience", &results.facets.audiences) }
                        { group(Facet::Topics, Msg::Topics, "topic", &results.facets.topics) }
                        { group(Facet::RiskGroups, Msg::RiskGroups, "risk-group", &results.facets.risk_groups) }
                        { group(Facet::Formats, Msg::Formats, "format", &results.facets.formats) }
                        { group(Facet::Costs, Msg::Costs, "cost", &results.facets.costs) }
                    </details>
                }
                <div class="pw-results">
                    <h2 class="pw-sr-only">{ if lang == Lang::Nl { "Resultaten" } else { "Results" } }</h2>
                    <p class="pw-status" role="status" aria-live="polite">{ status(lang, results.total) }</p>
                    <NoResults {lang} total={results.total} suggestions={results.suggestions.clone()}
                        on_text={send(&dispatch, Action::SetText)} on_drop={send(&dispatch, drop_action)} />
                    <ResultList {lang} hits={results.hits.clone()} total={results.total} shortlist={state.shortlist.clone()}
                        on_save={send(&dispatch, Action::ToggleShortlist)} on_more={send(&dispatch, |_: ()| Action::ShowMore)} />
                </div>
            </div>
            if state.shows("shortlist") && !saved.is_empty() {
                <Shortlist {lang} landmark={landmark(t(lang, Msg::Shortlist))} materials={saved} share_url={(*share_url).clone()} on_remove={send(&dispatch, Action::ToggleShortlist)}
                    on_print={Callback::from(|_: ()| browser::print())} {on_share} />
            }
            if state.shows("help") {
                <HelpBlock {lang} {helplines} landmark={landmark(t(lang, Msg::Help))} />
            }
        </div>
    }
}

/// What tells this instance apart from others on the page: the host's audiences ("Professionals"),
/// else the element's id (`pw-jongeren` → "jongeren"), else nothing (a single widget).
fn instance_name(attrs: &Attributes, key: &str, lang: Lang) -> Option<String> {
    let vocab = engine().vocabulary();
    let audiences: Vec<&str> = attrs
        .audience
        .as_deref()
        .unwrap_or_default()
        .split([' ', ','])
        .filter_map(|id| vocab.term(Facet::Audiences, id))
        .map(|term| term.label(lang))
        .collect();
    if !audiences.is_empty() {
        return Some(audiences.join(", "));
    }
    key.strip_prefix("pw-").filter(|id| !id.is_empty()).map(str::to_string)
}

fn status(lang: Lang, total: usize) -> String {
    format!("{total} {}", t(lang, if total == 1 { Msg::OneResult } else { Msg::Results }))
}

/// The action that drops a suggested filter.
fn drop_action(d: preventiewijzer::search::DropFilter) -> Action {
    match d.field.as_str() {
        "age" => Action::SetAge(String::new()),
        "school_level" => Action::SetSchoolLevel(String::new()),
        field => {
            let facet = preventiewijzer::search::filters::FILTERS.into_iter().find(|f| preventiewijzer::search::filters::query_field(*f) == field);
            facet.map_or(Action::ShowMore, |f| Action::Toggle(f, d.value))
        }
    }
}

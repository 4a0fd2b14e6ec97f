//! The root component: owns the reducer, asks the engine, hands plain data to the parts.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use preventiewijzer_engine::protocol::Answer;
use preventiewijzer_engine::{Engine, FilterFacet, Lang, Query, Results, FILTERS};
use preventiewijzer_model::vocabulary::Facet;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::browser;
use crate::components::{
    Chips, FacetGroup, FacetOption, HelpBlock, NoResults, QuickExit, ResultList, SearchBox, Shortlist, SituationHelpBlock, SortPicker, Start,
};
use crate::controls::Controls;
use crate::messages::{t, Msg};
use crate::share::percent_decode;
use crate::state::{Action, Attributes, State};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub attrs: Attributes,
    /// This instance's key in the URL fragment.
    pub key: String,
    /// Raised when the element script reuses this app for another element: start afresh.
    pub generation: u32,
    /// The way to the full-text engine (tier 2), if the element script gave one.
    pub tier2: Tier2,
    /// How much of the app to render: the element script renders it in [`STAGES`] + 1 steps, a
    /// main-thread task each (`Widget::render_step`; on a slow phone one render of everything is
    /// a long task), unseen, and shows the app once the last is in.
    pub stage: u8,
}

/// The last render stage: 0 the app's frame only (its first render compiles much of the
/// WebAssembly's code, a function at a time, on its first call: about 40 ms at 4× slowdown,
/// traced), 1 the quick exit, search field and start, 2 the rest above and beside the list, 3
/// the results list, 4 the shortlist and help.
pub const STAGES: u8 = 4;

/// `askTier2(queryJson, done)` from the element script: asks the full-text engine in the worker.
#[derive(Clone)]
pub struct Tier2(pub Option<js_sys::Function>);

impl PartialEq for Tier2 {
    /// The element script hands each app one function for its whole life.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// A query the tier-1 engine answers exactly as the full-text engine: one without words.
fn exact_in_tier_one(q: &Query) -> bool {
    preventiewijzer_engine::words(&q.text).is_empty()
}

/// Full-text results for a query, kept until the query changes.
type Tier2Answer = Option<(Query, Rc<Results>)>;

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

/// How long a query with words must stand still before the full-text engine is asked (ms).
const TIER2_AFTER_MS: u32 = 150;

pub fn engine() -> &'static Engine {
    crate::catalogue::engine()
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer_eq(|| {
        let (state, warnings) = State::from_attributes(&props.attrs, engine().vocabulary());
        warnings.iter().for_each(|w| browser::warn(w));
        state
    });
    let dispatch = state.dispatcher();
    let controls = (*use_memo((), |_| Controls::new(&dispatch))).clone();
    {
        // The state starts from these attributes: only a change is applied, so a filter, age or
        // school level chosen in the prerendered first view, which the element script hands
        // over right after the first render, is not undone by the same attributes again.
        let (dispatch, applied) = (dispatch.clone(), use_mut_ref(|| props.attrs.clone()));
        use_effect_with(props.attrs.clone(), move |attrs| {
            if *applied.borrow() != *attrs {
                *applied.borrow_mut() = attrs.clone();
                dispatch.dispatch(Change::Apply(attrs.clone()));
            }
        });
    }
    {
        let dispatch = dispatch.clone();
        use_effect_with(props.key.clone(), move |key| {
            if let Some(fragment) = browser::fragment_value(key).as_deref().and_then(percent_decode) {
                dispatch.dispatch(Change::Restore(fragment));
            }
        });
    }
    let exit = state.exit_url().map(str::to_string);
    let leave = use_callback(dispatch.clone(), |url: String, dispatch| {
        dispatch.dispatch(Change::Do(Action::Forget));
        browser::leave(&url);
    });
    // Escape leaves only when pressed inside the widget, no other handler used it (a host
    // dialog) and it does not clear a filled text field (as it does in a search box); anywhere
    // on the page it is Shift pressed three times, handled once for all instances by the
    // element script's exit module.
    let on_key = {
        let (leave, exit) = (leave.clone(), exit.clone());
        Callback::from(move |e: KeyboardEvent| {
            let clears = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|input| !input.value().is_empty());
            if let (Some(url), "Escape", false, false) = (&exit, e.key().as_str(), e.default_prevented(), clears) {
                leave.emit(url.clone());
            }
        })
    };
    let filters_open = use_state(|| !browser::is_narrow());
    let share_url = use_state(|| None::<String>);
    {
        let (dispatch, attrs, share_url, key) = (dispatch.clone(), props.attrs.clone(), share_url.clone(), props.key.clone());
        use_effect_with(props.generation, move |generation| {
            if *generation > 0 {
                share_url.set(None);
                dispatch.dispatch(Change::Reset(attrs));
                if let Some(fragment) = browser::fragment_value(&key).as_deref().and_then(percent_decode) {
                    dispatch.dispatch(Change::Restore(fragment));
                }
            }
        });
    }
    let first = {
        let query = state.query.clone();
        use_memo(query, |q| engine().search(q))
    };
    // Tier 2: every query with text goes to the full-text engine; its answer replaces the
    // tier-1 results if the query is still shown, unless the user is busy in the list (pointer
    // down, keyboard focus inside): then it waits until they are done or the query changes.
    let tier2_answer = use_state(|| None::<(Query, Rc<Results>)>);
    let pending: Rc<RefCell<Tier2Answer>> = use_mut_ref(|| None);
    // The render of a tier-2 answer, in a task after the one that read it (a long task otherwise).
    let deferred: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let shown: Rc<RefCell<Query>> = use_mut_ref(Query::default);
    *shown.borrow_mut() = state.query.clone();
    let pointer_down: Rc<RefCell<bool>> = use_mut_ref(|| false);
    let list_ref = use_node_ref();
    let busy = {
        let (pointer_down, list_ref) = (pointer_down.clone(), list_ref.clone());
        move || *pointer_down.borrow() || list_ref.cast::<web_sys::Element>().and_then(|e| e.query_selector(":focus-visible").ok().flatten()).is_some()
    };
    let apply_pending = {
        let (pending, shown, tier2_answer) = (pending.clone(), shown.clone(), tier2_answer.setter());
        move || {
            let next = pending.borrow_mut().take();
            if let Some(r) = next.filter(|r| r.0 == *shown.borrow()) {
                tier2_answer.set(Some(r));
            }
        }
    };
    {
        let (tier2, pending, shown, tier2_answer, busy, deferred) =
            (props.tier2.clone(), pending.clone(), shown.clone(), tier2_answer.setter(), busy.clone(), deferred.clone());
        use_effect_with(state.query.clone(), move |q| {
            *pending.borrow_mut() = None;
            let mut timer = None;
            if let (Some(ask), false) = (tier2.0.clone(), exact_in_tier_one(q)) {
                let asked = q.clone();
                // Asked once the query has stood still for a moment: while someone types, each
                // letter gets the tier-1 answer only, so the list is not drawn twice per keystroke
                // and does not change under their fingers. A newer query cancels the timer.
                timer = Some(Timeout::new(TIER2_AFTER_MS, move || {
                    let json = preventiewijzer_engine::protocol::query_json(&asked);
                    // Called exactly once by the element script (null: no answer), which frees it.
                    let done = Closure::once_into_js(move |answer: Option<String>| {
                        let Some(answer) = answer.filter(|_| *shown.borrow() == asked) else { return };
                        let Answer::Results(results) = Answer::from_json(&answer) else { return };
                        let r = (asked, Rc::new(*results));
                        if busy() {
                            *pending.borrow_mut() = Some(r);
                        } else {
                            *deferred.borrow_mut() = Some(Timeout::new(0, move || tier2_answer.set(Some(r))));
                        }
                    });
                    let _ = ask.call2(&JsValue::NULL, &JsValue::from_str(&json), &done);
                }));
            }
            move || drop(timer)
        });
    }
    let (results, tier): (Rc<Results>, &str) = match &*tier2_answer {
        Some((q, r)) if *q == state.query => (r.clone(), "2"),
        _ => (first.clone(), if exact_in_tier_one(&state.query) { "2" } else { "1" }),
    };
    let on_pointer_down = {
        let pointer_down = pointer_down.clone();
        Callback::from(move |_: PointerEvent| *pointer_down.borrow_mut() = true)
    };
    let on_pointer_up = {
        let (pointer_down, apply_pending, busy) = (pointer_down.clone(), apply_pending.clone(), busy.clone());
        Callback::from(move |_: PointerEvent| {
            *pointer_down.borrow_mut() = false;
            if !busy() {
                apply_pending();
            }
        })
    };
    let on_focus_out = {
        let (list_ref, pointer_down, apply_pending) = (list_ref.clone(), pointer_down.clone(), apply_pending.clone());
        Callback::from(move |e: FocusEvent| {
            let inside = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .is_some_and(|n| list_ref.cast::<web_sys::Node>().is_some_and(|l| l.contains(Some(&n))));
            if !inside && !*pointer_down.borrow() {
                apply_pending();
            }
        })
    };

    let skip_to_results = use_callback(list_ref.clone(), |_: (), list_ref| {
        let first = list_ref.cast::<web_sys::Element>().and_then(|l| l.query_selector(".pw-card a[href], .pw-card button").ok().flatten());
        if let Some(el) = first.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
    let q = &state.query;
    let lang = q.lang;
    let level = state.heading_level;
    let vocab = engine().vocabulary();
    let group = |f: &'static FilterFacet| -> Html {
        let Some((legend, name)) = f.group else { return html! {} };
        let (facet, chosen, counts) = (f.facet, f.chosen(q), results.facets.get(f.facet));
        let options: Vec<FacetOption> = counts
            .iter()
            .filter(|c| c.count > 0 || chosen.contains(&c.id))
            .map(|c| {
                let term = vocab.term(facet, &c.id);
                FacetOption {
                    id: c.id.clone(),
                    label: term.map_or(c.id.clone(), |t| t.label(facet, lang).to_string()),
                    count: c.count,
                    checked: chosen.contains(&c.id),
                    sub: term.is_some_and(|t| t.parent.is_some()),
                }
            })
            .collect();
        if options.is_empty() {
            return html! {};
        }
        html! { <FacetGroup legend={lang.text(legend)} {name} {options} on_toggle={controls.toggle_of(facet)} /> }
    };
    let on_share = {
        let (share_url, key, fragment) = (share_url.clone(), props.key.clone(), state.to_fragment(engine().vocabulary()));
        Callback::from(move |_: ()| {
            let url = browser::set_fragment(&key, &fragment);
            if let Some(u) = &url {
                browser::copy(u);
            }
            share_url.set(url);
        })
    };
    let saved: Vec<preventiewijzer_model::Material> =
        state.shortlist.iter().filter_map(|id| engine().materials().iter().find(|m| &m.id == id)).cloned().collect();
    let helplines: Vec<preventiewijzer_model::Helpline> = engine().help(q).into_iter().cloned().collect();
    // Before anything is typed or tapped: a few situations to start from.
    let start = if q.text.trim().is_empty() && q.situation.is_none() { engine().start_situations(&q.audiences) } else { Vec::new() };
    let start: Vec<preventiewijzer_model::catalogue::Situation> = start.into_iter().cloned().collect();
    // Advice and help above the results: always for an acute situation, and for one tapped.
    let situation = results.situation.clone().filter(|s| s.acute || q.situation.is_some());
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
        <div class="pw" lang={lang.code()} dir={lang.is_rtl().then_some("rtl")} onkeydown={on_key}>
            // Stage 1: the quick exit, the search field and the start.
            if props.stage >= 1 {
                if let Some(url) = exit.clone() {
                    <QuickExit {lang} {url} on_leave={leave.clone()} />
                }
                if state.shows("search") {
                    <SearchBox {lang} landmark={landmark(t(lang, Msg::SearchLabel))} text={q.text.clone()} age={q.age} school_level={q.school_level.clone()}
                        on_text={controls.text.clone()} on_age={controls.age.clone()}
                        on_school_level={controls.school_level.clone()} on_skip={skip_to_results} />
                    <Start {lang} situations={start} on_choose={controls.choose_situation.clone()} {level} />
                }
            }
            // Stage 2 and on: what is around the list; stage 3 the list; the last, shortlist and help.
            if props.stage >= 2 {
                <Chips {lang} query={q.clone()} on_remove={controls.remove_filter.clone()} on_clear_age={controls.clear_age.clone()}
                    on_clear_level={controls.clear_level.clone()} on_clear_all={controls.clear_all.clone()} />
                <div class="pw-body">
                    if state.shows("filters") {
                        <details class="pw-filters" open={*filters_open} ontoggle={toggle_filters}>
                            <summary>{ t(lang, Msg::Filters) }</summary>
                            // Folded (the default on a phone) the ~100 options are not built at all:
                            // rendering them on every keystroke was the largest part of keystroke-to-paint.
                            if *filters_open {
                                // The table's order, with the regions (national, Flemish, UK material
                                // and a host's own data folder) apart at the end.
                                { for FILTERS.iter().filter(|f| f.facet != Facet::Regions).chain(FILTERS.iter().filter(|f| f.facet == Facet::Regions)).map(group) }
                            }
                        </details>
                    }
                    <div class="pw-results" data-tier={tier} ref={list_ref} onpointerdown={on_pointer_down.clone()}
                        onpointerup={on_pointer_up.clone()} onpointercancel={on_pointer_up} onfocusout={on_focus_out}>
                        <@{format!("h{level}")} class="pw-sr-only">{ t(lang, Msg::ResultsHeading) }</@>
                        if let Some(situation) = situation {
                            <SituationHelpBlock {lang} {situation} tapped={q.situation.is_some()} on_clear={controls.clear_situation.clone()} level={level + 1} />
                        }
                        <p class="pw-status" role="status" aria-live="polite">{ status(lang, results.total) }</p>
                        <SortPicker {lang} sort={q.sort} on_sort={controls.sort.clone()} />
                        <NoResults {lang} total={results.total} suggestions={results.suggestions.clone()}
                            on_text={controls.text.clone()} on_drop={controls.drop_filter.clone()} />
                        if props.stage >= 3 {
                            <ResultList {lang} level={level + 1} hits={results.hits.clone()} total={results.total} shortlist={state.shortlist.clone()}
                                on_save={controls.toggle_saved.clone()} on_more={controls.more.clone()} />
                        }
                    </div>
                </div>
            }
            if state.shows("shortlist") && !saved.is_empty() && props.stage >= STAGES {
                <Shortlist {lang} landmark={landmark(t(lang, Msg::Shortlist))} materials={saved} query={q.clone()}
                    today={browser::today()} today_text={browser::today_text(lang.code())}
                    share_url={(*share_url).clone()} on_remove={controls.toggle_saved.clone()}
                    on_print={Callback::from(|el: web_sys::Element| browser::print_only(&el))} {on_share} {level} />
            }
            if state.shows("help") && props.stage >= STAGES {
                <HelpBlock {lang} {helplines} landmark={landmark(t(lang, Msg::Help))} {level} />
            }
        </div>
    }
}

/// What tells this instance apart from others on the page: the host's audiences ("Professionals"),
/// else the element's id (`pw-jongeren` → "jongeren"), else nothing (a single widget).
fn instance_name(attrs: &Attributes, key: &str, lang: Lang) -> Option<String> {
    let vocab = engine().vocabulary();
    let audiences: Vec<&str> = attrs
        .filter(Facet::Audiences)
        .unwrap_or_default()
        .split([' ', ','])
        .filter_map(|id| vocab.term(Facet::Audiences, id))
        .map(|term| term.label(Facet::Audiences, lang))
        .collect();
    if !audiences.is_empty() {
        return Some(audiences.join(", "));
    }
    key.strip_prefix("pw-").filter(|id| !id.is_empty()).map(str::to_string)
}

fn status(lang: Lang, total: usize) -> String {
    format!("{total} {}", t(lang, if total == 1 { Msg::OneResult } else { Msg::Results }))
}

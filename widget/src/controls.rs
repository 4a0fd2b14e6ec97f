//! Every callback the app hands its parts, made once per app. Yew compares a callback by
//! identity, so a callback made anew on each render makes every part that takes one (each card,
//! the search box with its thirty school levels, the sort picker, the chips) render and diff again
//! on each keystroke, though nothing it shows changed. Made once, a part whose other props are equal
//! is skipped. They only send actions to the reducer, whose dispatcher lives as long as the app.

use preventiewijzer_engine::{DropFilter, DropTarget, FILTERS};
use preventiewijzer_model::vocabulary::Facet;
use yew::prelude::*;

use crate::app::Change;
use crate::state::{Action, State};

/// The callbacks; cloning one is cloning an `Rc`.
#[derive(Clone)]
pub struct Controls {
    pub text: Callback<String>,
    pub age: Callback<String>,
    pub school_level: Callback<String>,
    pub choose_situation: Callback<String>,
    pub clear_situation: Callback<()>,
    pub remove_filter: Callback<(Facet, String)>,
    pub clear_age: Callback<()>,
    pub clear_level: Callback<()>,
    pub clear_all: Callback<()>,
    pub sort: Callback<String>,
    pub drop_filter: Callback<DropFilter>,
    pub toggle_saved: Callback<String>,
    pub more: Callback<()>,
    /// Per filter facet, in [`FILTERS`] order: a checkbox of its group toggled.
    pub toggle: Vec<Callback<String>>,
}

/// A callback that sends one action, made the same way for every control.
pub fn send<T: 'static>(dispatch: &UseReducerDispatcher<State>, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
    let dispatch = dispatch.clone();
    Callback::from(move |v: T| dispatch.dispatch(Change::Do(make(v))))
}

impl Controls {
    pub fn new(d: &UseReducerDispatcher<State>) -> Controls {
        Controls {
            text: send(d, Action::SetText),
            age: send(d, Action::SetAge),
            school_level: send(d, Action::SetSchoolLevel),
            choose_situation: send(d, |id: String| Action::SetSituation(Some(id))),
            clear_situation: send(d, |_: ()| Action::SetSituation(None)),
            remove_filter: send(d, |(f, id): (Facet, String)| Action::Toggle(f, id)),
            clear_age: send(d, |_: ()| Action::SetAge(String::new())),
            clear_level: send(d, |_: ()| Action::SetSchoolLevel(String::new())),
            clear_all: send(d, |_: ()| Action::ClearFilters),
            sort: send(d, Action::SetSort),
            drop_filter: send(d, drop_action),
            toggle_saved: send(d, Action::ToggleShortlist),
            more: send(d, |_: ()| Action::ShowMore),
            toggle: FILTERS.iter().map(|f| send(d, move |id| Action::Toggle(f.facet, id))).collect(),
        }
    }

    /// The toggle of `facet`'s checkboxes.
    pub fn toggle_of(&self, facet: Facet) -> Callback<String> {
        let k = FILTERS.iter().position(|f| f.facet == facet).unwrap_or_default();
        self.toggle[k].clone()
    }
}

/// The action that drops a suggested filter.
fn drop_action(d: DropFilter) -> Action {
    match d.field {
        DropTarget::Age => Action::SetAge(String::new()),
        DropTarget::SchoolLevel => Action::SetSchoolLevel(String::new()),
        DropTarget::Filter(facet) => Action::Toggle(facet, d.value),
    }
}

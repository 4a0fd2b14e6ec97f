//! One group of filter checkboxes (a facet such as topics), each value with the number of
//! results choosing it would give.

use yew::prelude::*;

/// One checkbox: a facet value with the number of results it would give.
#[derive(Clone, PartialEq)]
pub struct FacetOption {
    pub id: String,
    pub label: String,
    pub count: usize,
    pub checked: bool,
    /// A sub-type (shown indented under its parent).
    pub sub: bool,
}

#[derive(Properties, PartialEq)]
pub struct FacetGroupProps {
    pub legend: AttrValue,
    pub name: AttrValue,
    pub options: Vec<FacetOption>,
    pub on_toggle: Callback<String>,
}

#[function_component(FacetGroup)]
pub fn facet_group(p: &FacetGroupProps) -> Html {
    html! {
        <fieldset class="pw-facet" data-facet={p.name.clone()}>
            <legend>{ p.legend.clone() }</legend>
            { for p.options.iter().map(|o| {
                let id = o.id.clone();
                let cb = p.on_toggle.clone();
                html! {
                    <label key={o.id.clone()} class={classes!("pw-option", o.sub.then_some("pw-sub"), (o.count == 0 && !o.checked).then_some("pw-empty"))}>
                        <input type="checkbox" name={p.name.clone()} value={o.id.clone()} checked={o.checked}
                            onchange={Callback::from(move |_: Event| cb.emit(id.clone()))} />
                        <span>{ &o.label }</span>
                        <span class="pw-count">{ format!("({})", o.count) }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}

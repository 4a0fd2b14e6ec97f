//! `<preventie-wijzer>`: the Yew widget, compiled to WebAssembly. `js/preventiewijzer.js` defines
//! the custom element and calls [`mount`] with a `<div>` in the element's shadow root and an
//! object of its attributes; attribute changes reach the app through [`Widget::set_attributes`].
//! The widget talks to the catalogue only through `Engine::search(&Query) -> Results`.

mod api;
mod app;
mod browser;
mod catalogue;
mod components;
mod controls;
mod messages;
mod share;
mod state;
// Test-only exports, out of the shipped wasm (see the module).
#[cfg(all(feature = "test-hooks", target_arch = "wasm32"))]
mod test_hooks;

use wasm_bindgen::prelude::*;
use yew::AppHandle;

use app::{App, AppProps, Tier2};
use state::Attributes;

/// One mounted widget instance.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<AppHandle<App>>,
    key: String,
    generation: u32,
    tier2: Tier2,
    /// How much of the app is rendered ([`Widget::render_step`]).
    stage: u8,
}

/// Renders a widget into `root`. `attributes` maps attribute names to strings (or null);
/// `key` names this instance's part of the URL fragment (`pw`, or `pw-<element id>`).
/// `ask_tier2(queryJson, done)`, when given, asks the full-text engine (tier 2) and calls
/// `done(resultsJson)` with its answer; the widget then shows tier 2's ranking.
/// The first render is the app's frame only: [`Widget::render_step`] adds the rest a part at a
/// time (`app::STAGES`), each in a main-thread task of its own (on a slow phone one render of
/// everything is a long task), and the element script shows the app once it is all in.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, attributes: JsValue, key: String, ask_tier2: Option<js_sys::Function>) -> Widget {
    let tier2 = Tier2(ask_tier2);
    let props = AppProps { attrs: read(&attributes), key: key.clone(), generation: 0, tier2: tier2.clone(), stage: 0 };
    let handle = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Widget { handle: Some(handle), key, generation: 0, tier2, stage: 0 }
}

#[wasm_bindgen]
impl Widget {
    /// Applies changed attributes; invalid values are ignored with a console warning.
    pub fn set_attributes(&mut self, attributes: JsValue) {
        let (key, generation, tier2, stage) = (self.key.clone(), self.generation, self.tier2.clone(), self.stage);
        if let Some(h) = self.handle.as_mut() {
            h.update(AppProps { attrs: read(&attributes), key, generation, tier2, stage });
        }
    }

    /// Renders the next part of the app (see [`mount`]) with the attributes as they are now;
    /// true once the whole app is rendered.
    pub fn render_step(&mut self, attributes: JsValue) -> bool {
        if self.stage < app::STAGES {
            self.stage += 1;
            self.set_attributes(attributes);
        }
        self.stage == app::STAGES
    }

    /// Hands this app to another element: all state is forgotten and rebuilt from `attributes`.
    /// Yew never frees the event listeners of an app it destroys, so the element script reuses
    /// apps instead of destroying them; memory then stays flat however often elements come and go.
    pub fn reuse(&mut self, attributes: JsValue, key: String) {
        self.generation += 1;
        self.key = key;
        self.set_attributes(attributes);
    }

    pub fn unmount(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
    }
}

/// The attributes object from JavaScript; anything that is not a string counts as absent.
fn read(attributes: &JsValue) -> Attributes {
    let get = |name: &str| js_sys::Reflect::get(attributes, &JsValue::from_str(name)).ok().and_then(|v| v.as_string());
    Attributes {
        lang: get("lang"),
        filters: preventiewijzer_engine::FILTERS.map(|f| f.attribute.and_then(get)),
        age: get("age"),
        school_level: get("school-level"),
        limit: get("limit"),
        hide: get("hide"),
        quick_exit: get("quick-exit"),
        heading_level: get("heading-level"),
    }
}

//! `<preventie-wijzer>`: the Yew widget, compiled to WebAssembly. `js/preventiewijzer.js` defines
//! the custom element and calls [`mount`] with the element's shadow root; attribute changes reach
//! the app through [`Widget::set_attributes`]. The widget talks to the catalogue only through
//! `Engine::search(&Query) -> Results`.

mod app;
mod components;
mod messages;
mod state;

use wasm_bindgen::prelude::*;
use yew::AppHandle;

use app::{App, AppProps};
use state::Attributes;

/// One mounted widget instance.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<AppHandle<App>>,
}

/// Renders a widget into `root` (a `<div>` inside the element's shadow root).
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, lang: Option<String>, audience: Option<String>, age: Option<String>) -> Widget {
    let attrs = Attributes { lang, audience, age };
    let handle = yew::Renderer::<App>::with_root_and_props(root, AppProps { attrs }).render();
    Widget { handle: Some(handle) }
}

#[wasm_bindgen]
impl Widget {
    /// Applies changed attributes; invalid values are ignored with a console warning.
    pub fn set_attributes(&mut self, lang: Option<String>, audience: Option<String>, age: Option<String>) {
        if let Some(h) = self.handle.as_mut() {
            h.update(AppProps { attrs: Attributes { lang, audience, age } });
        }
    }

    pub fn unmount(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
    }
}

//! Plain functions for the element script: panics reported to JavaScript, and the helplines
//! (kept by the script for the apology shown if the widget ever crashes). The functions only
//! tests call are in [`crate::test_hooks`], outside the shipped wasm.

use std::sync::Once;

use wasm_bindgen::prelude::*;

/// Calls `notify(message)` when Rust panics, so the element can show an apology with the
/// helplines instead of a dead box. Set once per page.
#[wasm_bindgen]
pub fn on_panic(notify: js_sys::Function) {
    static SET: Once = Once::new();
    SET.call_once(move || {
        let notify = send_wrapper(notify);
        // Yew installs this hook (instead of its own) when it renders.
        yew::set_custom_panic_hook(Box::new(move |info| {
            let _ = notify.0.call1(&JsValue::NULL, &JsValue::from_str(&info.to_string()));
        }));
    });
}

/// wasm32 has one thread; the hook's `Send + Sync` bound is satisfied by this wrapper.
struct SendWrapper(js_sys::Function);
unsafe impl Send for SendWrapper {}
unsafe impl Sync for SendWrapper {}
fn send_wrapper(f: js_sys::Function) -> SendWrapper {
    SendWrapper(f)
}

/// The helplines for everyone, as JSON `[{"name","nl","en","phone","url",…,"lines":{"ar":"…",…}}]`:
/// `lines` holds the line in every interface language (Dutch where a language lacks it).
#[wasm_bindgen]
pub fn helplines_json() -> String {
    let lines: Vec<serde_json::Value> = crate::catalogue::engine()
        .helplines(&[])
        .into_iter()
        .filter(|h| h.always || h.audiences.is_empty())
        .map(|h| {
            let mut value = serde_json::to_value(h).unwrap_or_default();
            let by_lang: serde_json::Map<String, serde_json::Value> =
                preventiewijzer_model::Lang::ALL.iter().map(|l| (l.code().to_string(), h.line(*l).into())).collect();
            if let Some(object) = value.as_object_mut() {
                object.insert("lines".into(), by_lang.into());
            }
            value
        })
        .collect();
    serde_json::to_string(&lines).unwrap_or_else(|_| "[]".into())
}

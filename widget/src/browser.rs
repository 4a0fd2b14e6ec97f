//! The few browser calls the widget makes (URL fragment, clipboard, print, leaving the page),
//! kept in one place. Each fails quietly: a host page that blocks one loses only that feature.

use wasm_bindgen::JsValue;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// This instance's value in the URL fragment (`#…&pw=…`), decoded by the caller.
pub fn fragment_value(key: &str) -> Option<String> {
    let hash = window()?.location().hash().ok()?;
    hash.trim_start_matches('#').split('&').find_map(|part| part.strip_prefix(&format!("{key}=")).map(str::to_string))
}

/// Puts `value` in the fragment under `key`, keeping the host's own fragment parts, without a
/// new history entry and without touching the query string. Returns the full URL.
pub fn set_fragment(key: &str, value: &str) -> Option<String> {
    let w = window()?;
    let location = w.location();
    let hash = location.hash().ok()?;
    let mut parts: Vec<String> =
        hash.trim_start_matches('#').split('&').filter(|p| !p.is_empty() && !p.starts_with(&format!("{key}="))).map(str::to_string).collect();
    parts.push(format!("{key}={value}"));
    let url = format!("{}{}#{}", location.pathname().ok()?, location.search().ok()?, parts.join("&"));
    w.history().ok()?.replace_state_with_url(&JsValue::NULL, "", Some(&url)).ok()?;
    location.href().ok()
}

pub fn copy(text: &str) {
    if let Some(w) = window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Replaces the page (no way back with the Back button).
pub fn leave(url: &str) {
    if let Some(w) = window() {
        let _ = w.location().replace(url);
    }
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("<preventie-wijzer>: {message}")));
}

pub fn is_narrow() -> bool {
    window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_some_and(|w| w < 768.0)
}

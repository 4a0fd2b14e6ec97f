//! The few browser calls the widget makes (URL fragment, clipboard, print, leaving the page),
//! kept in one place. Each fails quietly: a host page that blocks one loses only that feature.

use wasm_bindgen::{JsCast, JsValue};

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

/// Blanks the page at once (a slow network must not leave it on screen), then replaces it: no
/// way back with the Back button. The element script undoes the blanking when a browser shows
/// the page again from its back-forward cache (`pageshow`).
pub fn leave(url: &str) {
    if let Some(w) = window() {
        if let Some(d) = w.document() {
            if let Some(body) = d.body() {
                body.set_hidden(true);
            }
            d.set_title("");
        }
        let _ = w.location().replace(url);
    }
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("<preventie-wijzer>: {message}")));
}

/// A phone-wide window, where the filters start folded (the width is shared with the prerendered first view).
pub fn is_narrow() -> bool {
    let fold = f64::from(preventiewijzer_engine::FOLD_FILTERS_BELOW_PX);
    window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_some_and(|w| w < fold)
}

/// Today's date on this device, as `(year, month, day)`: an assessment older than five years
/// is shown with its year.
pub fn today() -> Option<(i64, u32, u32)> {
    let d = js_sys::Date::new_0();
    let year = d.get_full_year();
    (year > 0).then(|| (i64::from(year), d.get_month() + 1, d.get_date()))
}

/// Today's date as people in `lang` write it ("29-11-2026"), for the top of the printout.
pub fn today_text(lang: &str) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    js_sys::Date::new_0().to_locale_date_string(lang, &options).into()
}

/// Prints only `element`'s widget: marks its host, and until the print is done a document-wide
/// print rule hides everything that does not contain it (the host page's header, menus, text).
pub fn print_only(element: &web_sys::Element) {
    let Some(w) = window() else { return };
    let Some(document) = w.document() else { return };
    let host = element.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok().map(|r| r.host());
    if let Some(host) = &host {
        if let Ok(marked) = document.query_selector_all("[data-pw-printing]") {
            for i in 0..marked.length() {
                if let Some(e) = marked.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    let _ = e.remove_attribute("data-pw-printing");
                }
            }
        }
        let _ = host.set_attribute("data-pw-printing", "");
        add_print_rule(&document);
        let host = host.clone();
        let done = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = host.remove_attribute("data-pw-printing");
        });
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = w.add_event_listener_with_callback_and_add_event_listener_options("afterprint", done.unchecked_ref(), &options);
    }
    let _ = w.print();
}

/// The document-wide rule of [`print_only`], added once (a constructed style sheet: allowed by a
/// strict CSP, unlike a `<style>` element). Without a marked widget it matches nothing.
fn add_print_rule(document: &web_sys::Document) {
    const RULE: &str = "@media print { body *:not(:has([data-pw-printing])):not([data-pw-printing]) { display: none !important; } }";
    thread_local!(static ADDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if ADDED.with(|a| a.replace(true)) {
        return;
    }
    if let Ok(sheet) = web_sys::CssStyleSheet::new() {
        let _ = sheet.replace_sync(RULE);
        let sheets = document.adopted_style_sheets();
        sheets.push(&sheet);
        document.set_adopted_style_sheets(&sheets);
    }
}

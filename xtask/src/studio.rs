//! The studio page's own files (`www/studio.html` loads them from `studio/`): the studio wasm
//! (`crates/studio`: cargo → wasm-bindgen → wasm-opt -Oz, kept like the widget's) and its page
//! script with the `[studio]` texts of `i18n/` written in. Plain names: the page is a tool for
//! editors, not something hosts cache.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::build::bindgen_module;
use crate::{root, run};

/// The page scripts in `crates/studio/js/`.
const SCRIPTS: [&str; 1] = ["page.js"];

/// Builds the studio into `site/studio/`; `bindgen`: where wasm-bindgen's output is kept.
pub fn build(site: &Path, bindgen: &Path) -> Result<(), String> {
    run(Command::new("cargo").args(["build", "--target", "wasm32-unknown-unknown", "--profile", "wasm", "-p", "preventiewijzer-studio"]))?;
    let out = site.join("studio");
    let _ = fs::remove_dir_all(&out);
    fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    bindgen_module("preventiewijzer_studio", bindgen, &out)?;
    for name in SCRIPTS {
        let path = root().join("crates/studio/js").join(name);
        let js = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let js = if js.contains("/*TEXTS*/{}") { js.replacen("/*TEXTS*/{}", &preventiewijzer_model::texts_json(&["studio."]), 1) } else { js };
        fs::write(out.join(name), js).map_err(|e| e.to_string())?;
    }
    Ok(())
}

//! `cargo xtask test`: every test, in order of speed: native (engine, catalogue, CLI, widget
//! state), wasm in headless Chromium (wasm-bindgen-test), then end-to-end over the built site:
//! everything in Chromium, and the core journeys (`tests/e2e/journeys.test.mjs`) also in Firefox
//! ESR and WebKitGTK (`PW_ENGINES=chromium,firefox,webkit` by default; set it to run fewer).

use std::process::Command;

use crate::run as sh;
use crate::setup::{self, path_with_cargo_bin, CHROMEDRIVER};
use crate::{build, local, root, serve};

/// Every test; with `only_e2e`, just the end-to-end files whose name contains it.
pub fn all(only_e2e: Option<&str>) -> Result<(), String> {
    setup::for_tests()?;
    if only_e2e.is_none() {
        sh(Command::new("cargo").args(["test", "--workspace"]))?;
        sh(Command::new("cargo")
            .args(["test", "--target", "wasm32-unknown-unknown", "--profile", "wasm", "-p", "preventiewijzer-testdata"])
            .env("WASM_BINDGEN_USE_BROWSER", "1")
            .env("CHROMEDRIVER", CHROMEDRIVER)
            .env("PATH", path_with_cargo_bin()))?;
    }
    let site = build::site_for_tests()?;
    let hostile_site = build::hostile_site(&site)?;
    // The `data` attribute's folders, written by the CLI (tests/e2e/local.test.mjs).
    local::test_folders(&site, &hostile_site)?;
    let hostile = serve::spawn(hostile_site)?;
    let base = serve::spawn(site)?;
    let e2e = root().join("tests/e2e");
    let mut files = vec![e2e.clone()];
    if let Some(part) = only_e2e {
        let mut chosen: Vec<_> = std::fs::read_dir(&e2e)
            .map_err(|err| err.to_string())?
            .filter_map(|f| f.ok().map(|f| f.path()))
            .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().ends_with(".test.mjs") && n.to_string_lossy().contains(part)))
            .collect();
        chosen.sort();
        if chosen.is_empty() {
            return Err(format!("no tests/e2e/*.test.mjs contains `{part}`"));
        }
        files = chosen;
    }
    sh(Command::new("node")
        .args(["--test", "--test-concurrency=1"])
        .args(&files)
        .env("PW_BASE_URL", &base)
        .env("PW_HOSTILE_URL", &hostile)
        .env("PW_ARTIFACTS", root().join("target/test-artifacts")))?;
    eprintln!("xtask: all tests passed");
    Ok(())
}

//! `cargo xtask test`: every test, in order of speed: native (engine, catalogue, CLI, widget
//! state), wasm in headless Chromium (wasm-bindgen-test), then end-to-end over the built site:
//! everything in Chromium, and the core journeys (`tests/e2e/journeys.test.mjs`) also in Firefox
//! ESR and WebKitGTK (`PW_ENGINES=chromium,firefox,webkit` by default; set it to run fewer).

use std::process::Command;

use crate::run as sh;
use crate::setup::{self, path_with_cargo_bin, CHROMEDRIVER};
use crate::{build, root, serve};

pub fn all() -> Result<(), String> {
    setup::for_tests()?;
    sh(Command::new("cargo").args(["test", "--workspace"]))?;
    sh(Command::new("cargo")
        .args(["test", "--target", "wasm32-unknown-unknown", "--profile", "wasm", "-p", "preventiewijzer-testdata"])
        .env("WASM_BINDGEN_USE_BROWSER", "1")
        .env("CHROMEDRIVER", CHROMEDRIVER)
        .env("PATH", path_with_cargo_bin()))?;
    let site = build::site_for_tests()?;
    let hostile = serve::spawn(build::hostile_site(&site)?)?;
    let base = serve::spawn(site)?;
    sh(Command::new("node")
        .args(["--test", "--test-concurrency=1"])
        .arg(root().join("tests/e2e"))
        .env("PW_BASE_URL", &base)
        .env("PW_HOSTILE_URL", &hostile)
        .env("PW_ARTIFACTS", root().join("target/test-artifacts")))?;
    eprintln!("xtask: all tests passed");
    Ok(())
}

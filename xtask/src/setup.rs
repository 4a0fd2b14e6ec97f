//! Installs what the build and the tests need, only when it is missing: the wasm32 target, the
//! wasm-bindgen CLI at exactly the version the crate is pinned to, the npm packages (binaryen's
//! wasm-opt, playwright-core, puppeteer-core) and, for tests, Debian's Chromium, ChromeDriver and
//! LibreOffice Calc, Firefox ESR, WebKitGTK's WebDriver and Xvfb (the journeys run in all three engines).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{output, root, run};

/// Must equal the `wasm-bindgen = "=…"` pin in the workspace Cargo.toml.
pub const WASM_BINDGEN: &str = "0.2.130";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Firefox ESR (driven over WebDriver BiDi by puppeteer-core) and WebKitGTK, Safari's engine
/// (WebKitWebDriver starts its MiniBrowser in an Xvfb display): `tests/e2e/engines.mjs`.
const OTHER_ENGINES: [(&str, &str); 3] =
    [("/usr/bin/firefox-esr", "firefox-esr"), ("/usr/bin/WebKitWebDriver", "webkit2gtk-driver"), ("/usr/bin/Xvfb", "xvfb")];

pub fn for_build() -> Result<(), String> {
    wasm_target()?;
    wasm_bindgen()?;
    npm()
}

pub fn for_tests() -> Result<(), String> {
    for_build()?;
    chromium()?;
    other_engines()
}

/// Where `cargo install` puts binaries.
pub fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo")).join("bin")
}

/// PATH with cargo's bin folder first (for wasm-bindgen-test-runner).
pub fn path_with_cargo_bin() -> String {
    format!("{}:{}", cargo_bin().display(), std::env::var("PATH").unwrap_or_default())
}

fn wasm_target() -> Result<(), String> {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

pub fn wasm_bindgen_bin() -> PathBuf {
    cargo_bin().join("wasm-bindgen")
}

fn wasm_bindgen() -> Result<(), String> {
    let version = output(Command::new(wasm_bindgen_bin()).arg("--version")).unwrap_or_default();
    let runner = cargo_bin().join("wasm-bindgen-test-runner").exists();
    if version.split_whitespace().nth(1) == Some(WASM_BINDGEN) && runner {
        return Ok(());
    }
    eprintln!("xtask: installing wasm-bindgen-cli {WASM_BINDGEN} (takes about 4 minutes, once)");
    // No --locked: the registry here lacks a crate version its lockfile names.
    run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", WASM_BINDGEN]))
}

fn npm() -> Result<(), String> {
    // puppeteer-core never downloads a browser (only the `puppeteer` package does).
    npm_ci(&root(), &["binaryen", "playwright-core", "puppeteer-core", "axe-core"])
}

/// The peer engines of the benchmark (`bench/peers/package.json`: MiniSearch, FlexSearch, Lunr,
/// Pagefind), pinned by their own lockfile.
pub fn for_bench() -> Result<(), String> {
    for_tests()?;
    npm_ci(&root().join("bench/peers"), &["minisearch", "flexsearch", "lunr", "lunr-languages", "pagefind"])?;
    // Lighthouse 12.2.3 for goal 6, pinned by its own lockfile; it drives Debian's chromium.
    npm_ci(&root().join("bench/lighthouse"), &["lighthouse"])
}

/// `npm ci` in `dir` unless every package is installed and newer than the lockfile.
fn npm_ci(dir: &Path, packages: &[&str]) -> Result<(), String> {
    let modules = dir.join("node_modules");
    let ready = packages.iter().all(|p| modules.join(p).join("package.json").exists());
    let stamp = modules.join(".package-lock.json");
    let fresh = modified(&stamp) >= modified(&dir.join("package-lock.json"));
    if ready && fresh {
        return Ok(());
    }
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(dir))
}

fn modified(p: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

fn chromium() -> Result<(), String> {
    // soffice: LibreOffice Calc for the spreadsheet round trip (tests/spreadsheet_libreoffice.rs).
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() && Path::new("/usr/bin/soffice").exists() {
        return Ok(());
    }
    let root_user = output(Command::new("id").arg("-u")).is_some_and(|u| u.trim() == "0");
    if !root_user {
        return Err(format!(
            "{CHROMIUM}, {CHROMEDRIVER} and soffice are needed: run `sudo apt-get install -y chromium chromium-driver libreoffice-calc-nogui`"
        ));
    }
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get").args(["install", "-y", "chromium", "chromium-driver", "libreoffice-calc-nogui"]).env("DEBIAN_FRONTEND", "noninteractive"))
}

fn other_engines() -> Result<(), String> {
    let missing: Vec<&str> = OTHER_ENGINES.iter().filter(|(path, _)| !Path::new(path).exists()).map(|(_, package)| *package).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let root_user = output(Command::new("id").arg("-u")).is_some_and(|u| u.trim() == "0");
    if !root_user {
        return Err(format!("Firefox ESR, WebKitGTK's WebDriver and Xvfb are needed: run `sudo apt-get install -y {}`", missing.join(" ")));
    }
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get").args(["install", "-y"]).args(&missing).env("DEBIAN_FRONTEND", "noninteractive"))
}

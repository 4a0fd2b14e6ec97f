//! Builds the demo site into `target/site/`: the widget in release mode (cargo → wasm-bindgen →
//! wasm-opt -Oz), the element script with its CSS inlined, and the pages from `www/`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::setup::wasm_bindgen_bin;
use crate::{root, run};

/// `target/site`, or `$PREVENTIEWIJZER_SITE` (lets two builds run side by side).
pub fn site_dir() -> PathBuf {
    std::env::var_os("PREVENTIEWIJZER_SITE").map(PathBuf::from).unwrap_or_else(|| root().join("target/site"))
}

/// Builds everything from `catalogue/`; returns the site folder.
pub fn site() -> Result<PathBuf, String> {
    build(None, &site_dir(), true)
}

/// A site built from the hostile test catalogue (`tests/fixtures/hostile/` materials with the
/// real vocabulary and helplines), for the XSS test. Not optimised: only correctness matters.
/// Build it before [`site`]: switching catalogues rebuilds the index crate and the widget.
pub fn hostile_site() -> Result<PathBuf, String> {
    let root = root();
    let catalogue = root.join("target/hostile-catalogue");
    let _ = fs::remove_dir_all(&catalogue);
    fs::create_dir_all(catalogue.join("materials")).map_err(|e| e.to_string())?;
    for name in ["vocabulary.toml", "helplines.toml"] {
        fs::copy(root.join("catalogue").join(name), catalogue.join(name)).map_err(|e| e.to_string())?;
    }
    copy_dir(&root.join("tests/fixtures/hostile"), &catalogue.join("materials"))?;
    build(Some(&catalogue), &root.join("target/site-hostile"), false)
}

fn build(catalogue: Option<&Path>, site: &Path, optimise: bool) -> Result<PathBuf, String> {
    let root = root();
    let with_catalogue = |mut cmd: Command| {
        match catalogue {
            Some(dir) => cmd.env("PREVENTIEWIJZER_CATALOGUE", dir),
            None => cmd.env_remove("PREVENTIEWIJZER_CATALOGUE"),
        };
        cmd
    };
    // Two cargo runs, not one: built together, cargo would unify features and put tantivy
    // into the tier-1 widget too.
    for package in ["preventiewijzer-widget", "preventiewijzer-worker"] {
        let mut cargo = with_catalogue(Command::new("cargo"));
        run(cargo.args(["build", "--target", "wasm32-unknown-unknown", "--profile", "wasm", "-p", package]))?;
    }
    let widget = site.join("widget");
    let _ = fs::remove_dir_all(site);
    fs::create_dir_all(&widget).map_err(|e| e.to_string())?;
    for module in ["preventiewijzer_widget", "preventiewijzer_worker"] {
        let raw = root.join(format!("target/wasm32-unknown-unknown/wasm/{module}.wasm"));
        run(Command::new(wasm_bindgen_bin()).arg("--target").arg("web").arg("--no-typescript").arg("--out-dir").arg(&widget).arg(&raw))?;
        if optimise {
            let wasm = widget.join(format!("{module}_bg.wasm"));
            let optimised = widget.join("optimised.wasm");
            run(Command::new("node").arg(root.join("node_modules/binaryen/bin/wasm-opt")).arg("-Oz").arg(&wasm).arg("-o").arg(&optimised))?;
            fs::rename(&optimised, &wasm).map_err(|e| e.to_string())?;
        }
    }
    fs::copy(root.join("widget/js/preventiewijzer-worker.js"), widget.join("preventiewijzer-worker.js")).map_err(|e| e.to_string())?;

    let css = read(&root.join("widget/js/preventiewijzer.css"))?;
    let js = read(&root.join("widget/js/preventiewijzer.js"))?;
    let js = js.replacen("/*CSS*/''", &js_string(&css), 1);
    fs::write(widget.join("preventiewijzer.js"), js).map_err(|e| e.to_string())?;
    copy_dir(&root.join("www"), site)?;
    let fallback = widget.join("preventiewijzer-fallback.html");
    let mut cli = Command::new("cargo");
    cli.args(["run", "--quiet", "--bin", "preventiewijzer", "--", "fallback-html", "--out"]).arg(&fallback);
    if let Some(dir) = catalogue {
        cli.arg("--catalogue").arg(dir);
    }
    run(&mut cli)?;

    for (tier, names) in [("tier 1", &TIER1_FILES[..]), ("tier 2", &TIER2_FILES[..]), ("fallback", &["preventiewijzer-fallback.html"][..])] {
        for name in names {
            eprintln!("xtask: {tier:<8} {:<34} {}", name, sizes(&widget.join(name)));
        }
    }
    for name in WIDGET_FILES {
        // Precompressed copies for the server (hosts would compress on their own).
        let _ = Command::new("gzip").args(["-9", "-k", "-n", "-f"]).arg(widget.join(name)).status();
    }
    eprintln!("xtask: site built in {}", site.display());
    Ok(site.to_path_buf())
}

/// The files a browser downloads for the widget (the fallback list only when it cannot start).
pub const WIDGET_FILES: [&str; 7] = [
    "preventiewijzer.js",
    "preventiewijzer_widget.js",
    "preventiewijzer_widget_bg.wasm",
    "preventiewijzer-worker.js",
    "preventiewijzer_worker.js",
    "preventiewijzer_worker_bg.wasm",
    "preventiewijzer-fallback.html",
];
/// Tier 1: what the first results need (element script, glue, widget wasm without tantivy).
pub const TIER1_FILES: [&str; 3] = ["preventiewijzer.js", "preventiewijzer_widget.js", "preventiewijzer_widget_bg.wasm"];
/// Tier 2: the full-text engine, loaded in a worker after the first results.
pub const TIER2_FILES: [&str; 3] = ["preventiewijzer-worker.js", "preventiewijzer_worker.js", "preventiewijzer_worker_bg.wasm"];

/// "raw B / gzip B / brotli B" (brotli when the `brotli` tool is installed).
pub fn sizes(path: &Path) -> String {
    let raw = fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let compressed = |tool: &str, args: &[&str]| {
        Command::new(tool).args(args).arg(path).output().ok().filter(|o| o.status.success()).map(|o| o.stdout.len().to_string())
    };
    let gz = compressed("gzip", &["-9", "-c"]).unwrap_or_else(|| "?".into());
    let br = compressed("brotli", &["-q", "11", "-c"]).unwrap_or_else(|| "?".into());
    format!("{raw} B raw / {gz} B gzip / {br} B brotli")
}

fn read(p: &Path) -> Result<String, String> {
    fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

/// A JavaScript string literal for `s`.
fn js_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    for entry in fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            fs::create_dir_all(&target).map_err(|e| e.to_string())?;
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target).map_err(|e| format!("{}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

//! Builds the demo site into `target/site/`: the widget in release mode (cargo → wasm-bindgen →
//! wasm-opt -Oz), the element script with its CSS inlined, the catalogue data (`preventiewijzer
//! pack`), and the pages from `www/`. Every widget file but the element script gets a content hash
//! in its name. The plain-named files stay in `target/site.stage/`, so a site with other catalogue
//! data ([`site_with_catalogue`]) needs no compiling.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::setup::wasm_bindgen_bin;
use crate::{root, run};

/// `target/site`, or `$PREVENTIEWIJZER_SITE` (lets two builds run side by side).
pub fn site_dir() -> PathBuf {
    std::env::var_os("PREVENTIEWIJZER_SITE").map(PathBuf::from).unwrap_or_else(|| root().join("target/site"))
}

/// Builds everything from `catalogue/`; returns the site folder. The widget is the shipped one,
/// without the test hooks.
pub fn site() -> Result<PathBuf, String> {
    build(&site_dir(), false, false)
}

/// [`site`] with the widget's test hooks (`search_json`, `memory_bytes`, `debug_panic`; feature
/// `test-hooks`), which the end-to-end tests call.
pub fn site_for_tests() -> Result<PathBuf, String> {
    build(&site_dir(), false, true)
}

/// [`site_for_tests`], packing the data with the optimised CLI: the benchmark needs the native
/// release build anyway, so a fresh machine compiles tantivy natively once, not twice.
pub fn site_for_bench() -> Result<PathBuf, String> {
    build(&site_dir(), true, true)
}

/// A copy of the built `site` with the hostile test catalogue (`tests/fixtures/hostile/` materials
/// with the real vocabulary and helplines), for the XSS test.
pub fn hostile_site(site: &Path) -> Result<PathBuf, String> {
    let root = root();
    let catalogue = root.join("target/hostile-catalogue");
    let _ = fs::remove_dir_all(&catalogue);
    fs::create_dir_all(catalogue.join("materials")).map_err(|e| e.to_string())?;
    for name in ["vocabulary.toml", "helplines.toml"] {
        fs::copy(root.join("catalogue").join(name), catalogue.join(name)).map_err(|e| e.to_string())?;
    }
    copy_dir(&root.join("tests/fixtures/hostile"), &catalogue.join("materials"))?;
    site_with_catalogue(site, &catalogue, &root.join("target/site-hostile"), false)
}

fn build(site: &Path, release: bool, test_hooks: bool) -> Result<PathBuf, String> {
    let stage = stage_dir(site);
    compile(&stage, test_hooks)?;
    pack(None, &stage, release, true)?;
    publish(&stage, site)
}

/// A copy of the built `site` whose catalogue data come from `catalogue` (the hostile test
/// catalogue, the benchmark's synthetic ones): the wasm does not embed the data, so nothing is
/// compiled again. `release`: pack with the optimised CLI (large catalogues).
pub fn site_with_catalogue(site: &Path, catalogue: &Path, out: &Path, release: bool) -> Result<PathBuf, String> {
    let stage = stage_dir(out);
    let _ = fs::remove_dir_all(&stage);
    fs::create_dir_all(&stage).map_err(|e| e.to_string())?;
    copy_dir(&stage_dir(site), &stage)?;
    // The fallback list stays the shipped one: only the data the widget loads change.
    pack(Some(catalogue), &stage, release, false)?;
    publish(&stage, out)
}

/// The widget's files under their plain names, before hashing: `<site>.stage/`.
fn stage_dir(site: &Path) -> PathBuf {
    site.with_extension("stage")
}

/// The two wasm modules (cargo → wasm-bindgen → wasm-opt -Oz) and the scripts, into `stage`;
/// `test_hooks`: the widget with its test hooks.
fn compile(stage: &Path, test_hooks: bool) -> Result<(), String> {
    let root = root();
    // Two cargo runs, not one: built together, cargo would unify features and put tantivy
    // into the tier-1 widget too.
    for package in ["preventiewijzer-widget", "preventiewijzer-worker"] {
        let hooks = test_hooks && package == "preventiewijzer-widget";
        run(Command::new("cargo")
            .args(["build", "--target", "wasm32-unknown-unknown", "--profile", "wasm", "-p", package])
            .args(hooks.then_some(["--features", "test-hooks"]).into_iter().flatten()))?;
    }
    let _ = fs::remove_dir_all(stage);
    fs::create_dir_all(stage).map_err(|e| e.to_string())?;
    for module in ["preventiewijzer_widget", "preventiewijzer_worker"] {
        let raw = root.join(format!("target/wasm32-unknown-unknown/wasm/{module}.wasm"));
        run(Command::new(wasm_bindgen_bin()).arg("--target").arg("web").arg("--no-typescript").arg("--out-dir").arg(stage).arg(&raw))?;
        let wasm = stage.join(format!("{module}_bg.wasm"));
        let optimised = stage.join("optimised.wasm");
        run(Command::new("node").arg(root.join("node_modules/binaryen/bin/wasm-opt")).arg("-Oz").arg(&wasm).arg("-o").arg(&optimised))?;
        fs::rename(&optimised, &wasm).map_err(|e| e.to_string())?;
    }
    for script in ["preventiewijzer-worker.js", "preventiewijzer-fulltext.js"] {
        fs::copy(root.join("widget/js").join(script), stage.join(script)).map_err(|e| e.to_string())?;
    }
    let css = read(&root.join("widget/js/preventiewijzer.css"))?;
    let js = read(&root.join("widget/js/preventiewijzer.js"))?;
    let js = js.replacen("/*CSS*/''", &js_string(&css), 1);
    // The element script's own texts (apology, CSP hint), from i18n/<lang>.toml.
    if !js.contains("/*TEXTS*/{}") {
        return Err("widget/js/preventiewijzer.js lost its /*TEXTS*/{} marker: the texts would be missing".into());
    }
    let js = js.replacen("/*TEXTS*/{}", &preventiewijzer_model::texts_json("js."), 1);
    fs::write(stage.join(ELEMENT_SCRIPT), js).map_err(|e| e.to_string())
}

/// The data files (validated, opened once by the CLI) and (`fallback`) the list shown when the
/// widget cannot start, from `catalogue` (default `catalogue/`), into `stage`.
fn pack(catalogue: Option<&Path>, stage: &Path, release: bool, fallback: bool) -> Result<(), String> {
    let commands: &[&[&str]] = if fallback { &[&["pack", "--out"], &["fallback-html", "--out"]] } else { &[&["pack", "--out"]] };
    for args in commands {
        let mut cli = Command::new("cargo");
        cli.args(["run", "--quiet"]).args(release.then_some("--release")).args(["--bin", "preventiewijzer", "--"]).args(*args);
        cli.arg(if args[0] == "pack" { stage.to_path_buf() } else { stage.join(FALLBACK) });
        if let Some(dir) = catalogue {
            cli.arg("--catalogue").arg(dir);
        }
        run(&mut cli)?;
    }
    Ok(())
}

/// `site/`: the pages from `www/` and the staged widget files under content-hashed names, each
/// also precompressed (`.gz`, `.br`) for the server.
fn publish(stage: &Path, site: &Path) -> Result<PathBuf, String> {
    let widget = site.join("widget");
    let _ = fs::remove_dir_all(site);
    fs::create_dir_all(&widget).map_err(|e| e.to_string())?;
    copy_dir(stage, &widget)?;
    copy_dir(&root().join("www"), site)?;
    let names = hash_names(&widget)?;
    fs::write(widget.join("files.json"), manifest(&names)).map_err(|e| e.to_string())?;
    // Precompressed copies for the server (hosts would compress on their own), all at once: the
    // synthetic catalogues' data files take a while at brotli's highest quality.
    let files: Vec<PathBuf> = fs::read_dir(&widget).map_err(|e| e.to_string())?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    let children: Vec<_> = files
        .iter()
        .flat_map(|path| {
            let gzip = Command::new("gzip").args(["-9", "-k", "-n", "-f"]).arg(path).spawn();
            let brotli = Command::new("brotli").args(["-q", "11", "-k", "-f"]).arg(path).spawn();
            [gzip.ok(), brotli.ok()]
        })
        .flatten()
        .collect();
    for mut child in children {
        let _ = child.wait();
    }
    for (tier, files) in [("tier 1", &TIER1_FILES[..]), ("tier 2", &TIER2_FILES[..]), ("fallback", &[FALLBACK][..])] {
        for name in files {
            let [raw, gz, br] = served_sizes(&widget.join(hashed(&names, name)));
            eprintln!("xtask: {tier:<8} {:<44} {raw} B raw / {gz} B gzip / {br} B brotli", hashed(&names, name));
        }
    }
    eprintln!("xtask: site built in {}", site.display());
    Ok(site.to_path_buf())
}

/// The one file with a fixed name: the script tag hosts write. It is never cached for long.
pub const ELEMENT_SCRIPT: &str = "preventiewijzer.js";
const FALLBACK: &str = "preventiewijzer-fallback.html";
/// Tier 1: what the first results need (element script, glue, widget wasm without tantivy, the
/// catalogue records).
pub const TIER1_FILES: [&str; 4] = [ELEMENT_SCRIPT, "preventiewijzer_widget.js", "preventiewijzer_widget_bg.wasm", "preventiewijzer-records.json"];
/// Tier 2: the full-text engine, loaded in a worker once tier 1 is in.
pub const TIER2_FILES: [&str; 5] =
    ["preventiewijzer-worker.js", "preventiewijzer-fulltext.js", "preventiewijzer_worker.js", "preventiewijzer_worker_bg.wasm", "preventiewijzer-index.pwi"];
/// Every file but the element script gets a content hash in its name, leaves first: a file is
/// hashed after the names it refers to are rewritten in it, so a changed wasm changes the name of
/// each script that loads it.
const HASHED: [&str; 10] = [
    "preventiewijzer_widget_bg.wasm",
    "preventiewijzer_worker_bg.wasm",
    "preventiewijzer-records.json",
    "preventiewijzer-index.pwi",
    FALLBACK,
    "preventiewijzer_widget.js",
    "preventiewijzer_worker.js",
    "preventiewijzer-fulltext.js",
    "preventiewijzer-worker.js",
    ELEMENT_SCRIPT, // rewritten, not renamed
];

/// Renames the widget files to `stem.HASH.ext` and rewrites the scripts' references to them;
/// returns (name, hashed name) pairs. Fails if a script still names a file by its plain name.
fn hash_names(widget: &Path) -> Result<Vec<(String, String)>, String> {
    let mut names: Vec<(String, String)> = Vec::new();
    for name in HASHED {
        let path = widget.join(name);
        let mut bytes = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if name.ends_with(".js") {
            let mut text = String::from_utf8(bytes).map_err(|e| format!("{name}: {e}"))?;
            for (plain, hashed) in &names {
                text = text.replace(&format!("'./{plain}'"), &format!("'./{hashed}'")).replace(&format!("'{plain}'"), &format!("'{hashed}'"));
            }
            if let Some(left) = HASHED.iter().find(|n| **n != name && (text.contains(&format!("'./{n}'")) || text.contains(&format!("'{n}'")))) {
                return Err(format!("{name} still refers to {left} by its plain name"));
            }
            bytes = text.into_bytes();
        }
        if name == ELEMENT_SCRIPT {
            fs::write(&path, bytes).map_err(|e| e.to_string())?;
            continue;
        }
        let (stem, ext) = name.split_once('.').unwrap_or((name, ""));
        let hashed = format!("{stem}.{:012x}.{ext}", fnv1a(&bytes) >> 16);
        fs::remove_file(&path).map_err(|e| e.to_string())?;
        fs::write(widget.join(&hashed), bytes).map_err(|e| e.to_string())?;
        names.push((name.to_string(), hashed));
    }
    Ok(names)
}

/// The hashed name of `name` (the element script keeps its own).
pub fn hashed<'a>(names: &'a [(String, String)], name: &'a str) -> &'a str {
    names.iter().find(|(n, _)| n == name).map_or(name, |(_, h)| h)
}

/// `files.json`: plain name → hashed name, for tests and the benchmark.
fn manifest(names: &[(String, String)]) -> String {
    let map: serde_json::Map<String, serde_json::Value> = names.iter().map(|(n, h)| (n.clone(), h.clone().into())).collect();
    serde_json::to_string_pretty(&map).unwrap_or_default() + "\n"
}

/// Reads `files.json` of a built site back (plain name → hashed name).
pub fn read_manifest(widget: &Path) -> Result<Vec<(String, String)>, String> {
    let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&read(&widget.join("files.json"))?).map_err(|e| format!("files.json: {e}"))?;
    Ok(map.into_iter().filter_map(|(n, h)| Some((n, h.as_str()?.to_string()))).collect())
}

/// 64-bit FNV-1a: enough to tell versions of a file apart (not a security hash).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// Raw, gzip -9 and brotli -q 11 bytes of a published file: the sizes of the precompressed
/// copies the server sends (0 for one that could not be made, e.g. without the `brotli` tool).
pub fn served_sizes(path: &Path) -> [u64; 3] {
    let size = |p: PathBuf| fs::metadata(p).map_or(0, |m| m.len());
    let variant = |ext: &str| path.with_file_name(format!("{}.{ext}", path.file_name().unwrap_or_default().to_string_lossy()));
    [size(path.to_path_buf()), size(variant("gz")), size(variant("br"))]
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

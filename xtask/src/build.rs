//! Builds the demo site into `target/site/`: the widget in release mode (cargo → wasm-bindgen →
//! wasm-opt -Oz), the element script with its CSS inlined, the catalogue data (`preventiewijzer
//! pack`), and the pages from `www/`. The widget files are those of `widget/manifest.toml`
//! ([`Manifest`]); every one but the element script gets a content hash in its name. The plain-named
//! files stay in `target/site.stage/`, so a site with other catalogue data ([`site_with_catalogue`])
//! needs no compiling. The studio page's files go to `site/studio/` (`xtask/src/studio.rs`). wasm-bindgen and wasm-opt run only when cargo wrote a new wasm (their output
//! is kept in `target/site.bindgen/`), so a rebuild with nothing changed takes seconds.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::compress::{self, variant};
use crate::manifest::{Manifest, Tier};
use crate::setup::{wasm_bindgen_bin, WASM_BINDGEN};
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
    compile(&stage, &site.with_extension("bindgen"), test_hooks)?;
    pack(None, &stage, release, true)?;
    publish(&stage, site)?;
    crate::studio::build(site, &site.with_extension("bindgen"))?;
    Ok(site.to_path_buf())
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

/// The two wasm modules (cargo → wasm-bindgen → wasm-opt -Oz, the last two kept in `bindgen`) and
/// the scripts, into `stage`; `test_hooks`: the widget with its test hooks.
fn compile(stage: &Path, bindgen: &Path, test_hooks: bool) -> Result<(), String> {
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
        bindgen_module(module, bindgen, stage)?;
    }
    // The hand-written loaders: the manifest's files found in widget/js/.
    let manifest = Manifest::read()?;
    let js_dir = root.join("widget/js");
    for f in manifest.files.iter().filter(|f| f.name != manifest.element.script && js_dir.join(&f.name).is_file()) {
        check_loads(&f.name, &read(&js_dir.join(&f.name))?, &manifest)?;
        fs::copy(js_dir.join(&f.name), stage.join(&f.name)).map_err(|e| e.to_string())?;
    }
    let css = read(&js_dir.join("preventiewijzer.css"))?;
    let js = read(&js_dir.join(&manifest.element.script))?;
    check_loads(&manifest.element.script, &js, &manifest)?;
    let attributes = serde_json::to_string(&manifest.element.attributes).map_err(|e| e.to_string())?;
    if !js.contains("/*ATTRIBUTES*/[]") {
        return Err(format!("widget/js/{} lacks the `/*ATTRIBUTES*/[]` the build fills in", manifest.element.script));
    }
    // The element script's own texts (apology, CSP hint, the no-wasm list, the quick exit's count,
    // skip link and its bar where WebAssembly cannot start), from i18n/<lang>.toml.
    if !js.contains("/*TEXTS*/{}") {
        return Err(format!("widget/js/{} lost its /*TEXTS*/{{}} marker: the texts would be missing", manifest.element.script));
    }
    let js = js.replacen("/*CSS*/''", &js_string(&css), 1).replacen("/*ATTRIBUTES*/[]", &attributes, 1).replacen(
        "/*TEXTS*/{}",
        &preventiewijzer_model::texts_json(&["js.", "exit."]),
        1,
    );
    fs::write(stage.join(&manifest.element.script), js).map_err(|e| e.to_string())
}

/// wasm-bindgen and wasm-opt -Oz over cargo's `module.wasm` (release profile `wasm`), kept in
/// `bindgen/module/` and redone only when cargo wrote a new wasm; the results copied into `to`.
pub(crate) fn bindgen_module(module: &str, bindgen: &Path, to: &Path) -> Result<(), String> {
    let root = root();
    let raw = root.join(format!("target/wasm32-unknown-unknown/wasm/{module}.wasm"));
    let out = bindgen.join(module);
    // What the kept output was made from: the raw wasm as cargo last wrote it, and the tools.
    let made_from = fs::metadata(&raw)
        .and_then(|m| m.modified())
        .map(|t| format!("{} {t:?} wasm-bindgen {WASM_BINDGEN} wasm-opt -Oz\n", fs::metadata(&raw).map_or(0, |m| m.len())))
        .map_err(|e| format!("{}: {e}", raw.display()))?;
    let stamp = out.join(".made-from");
    if fs::read_to_string(&stamp).ok().as_deref() != Some(made_from.as_str()) {
        let _ = fs::remove_dir_all(&out);
        fs::create_dir_all(&out).map_err(|e| e.to_string())?;
        run(Command::new(wasm_bindgen_bin()).arg("--target").arg("web").arg("--no-typescript").arg("--out-dir").arg(&out).arg(&raw))?;
        let wasm = out.join(format!("{module}_bg.wasm"));
        let optimised = out.join("optimised.wasm");
        run(Command::new("node").arg(root.join("node_modules/binaryen/bin/wasm-opt")).arg("-Oz").arg(&wasm).arg("-o").arg(&optimised))?;
        fs::rename(&optimised, &wasm).map_err(|e| e.to_string())?;
        fs::write(&stamp, &made_from).map_err(|e| e.to_string())?;
    } else {
        eprintln!("xtask: {module}.wasm unchanged: wasm-bindgen and wasm-opt skipped");
    }
    for entry in fs::read_dir(&out).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path != stamp {
            fs::copy(&path, to.join(path.file_name().unwrap_or_default())).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// Every file a loader names (`'./name'`) is one of the manifest's, so none is left out of the
/// build, the hashing or the tests.
fn check_loads(loader: &str, text: &str, manifest: &Manifest) -> Result<(), String> {
    for name in text.split("'./").skip(1).filter_map(|rest| rest.split('\'').next()) {
        if !manifest.files.iter().any(|f| f.name == name) {
            return Err(format!("widget/js/{loader} loads `./{name}`, which widget/manifest.toml does not list"));
        }
    }
    Ok(())
}

/// The data files (validated, opened once by the CLI), the prerendered first views (they follow
/// the data) and (`fallback`) the list shown when the widget cannot start, from `catalogue`
/// (default `catalogue/`), into `stage`.
fn pack(catalogue: Option<&Path>, stage: &Path, release: bool, fallback: bool) -> Result<(), String> {
    // Another catalogue may have other audiences: no first view of the last one may stay.
    for entry in fs::read_dir(stage).map_err(|e| e.to_string())?.flatten() {
        if entry.file_name().to_string_lossy().starts_with(FIRST_VIEWS) {
            fs::remove_file(entry.path()).map_err(|e| e.to_string())?;
        }
    }
    let commands: &[&[&str]] =
        if fallback { &[&["pack", "--out"], &["first-lists", "--out"], &["fallback-html", "--out"]] } else { &[&["pack", "--out"], &["first-lists", "--out"]] };
    for args in commands {
        let mut cli = Command::new("cargo");
        cli.args(["run", "--quiet"]).args(release.then_some("--release")).args(["--bin", "preventiewijzer", "--"]).args(*args);
        cli.arg(if args[0] == "fallback-html" { stage.join(FALLBACK) } else { stage.to_path_buf() });
        if let Some(dir) = catalogue {
            cli.arg("--catalogue").arg(dir);
        }
        run(&mut cli)?;
    }
    Ok(())
}

/// The start of the first views' names (`preventiewijzer first-lists`: `preventiewijzer-first-nl-ouders.html`).
const FIRST_VIEWS: &str = "preventiewijzer-first-";

/// The element script's map of the first views, `{"nl": {"": "<hash>", "ouders": "<hash>"}, …}`,
/// written where it says `/*FIRST*/{}` once their hashed names are known (the element script
/// keeps its own name, so it is written last anyway).
fn write_first_views(widget: &Path, manifest: &Manifest) -> Result<(), String> {
    let mut map = serde_json::Map::new();
    for f in manifest.tier(Tier::First).filter(|f| f.name.ends_with(".html")) {
        let url = manifest.url(&f.name);
        let profile = f.name.strip_prefix(FIRST_VIEWS).and_then(|n| n.strip_suffix(".html")).unwrap_or_default();
        let (lang, audience) = profile.split_once('-').unwrap_or((profile, ""));
        let hash = url.rsplit('.').nth(1).unwrap_or_default();
        let per_lang = map.entry(lang.to_string()).or_insert_with(|| serde_json::Value::Object(Default::default()));
        if let Some(per_lang) = per_lang.as_object_mut() {
            per_lang.insert(audience.to_string(), serde_json::Value::String(hash.to_string()));
        }
    }
    let path = widget.join(&manifest.element.script);
    let js = read(&path)?;
    if !js.contains("/*FIRST*/{}") {
        return Err(format!("widget/js/{} lost its /*FIRST*/{{}} marker: no first view would be shown", manifest.element.script));
    }
    fs::write(&path, js.replacen("/*FIRST*/{}", &serde_json::Value::Object(map).to_string(), 1)).map_err(|e| e.to_string())
}

/// `site/`: the pages from `www/` and the staged widget files under content-hashed names, each
/// also precompressed (`.gz`, `.br`) for the server, and `widget/files.json`.
fn publish(stage: &Path, site: &Path) -> Result<PathBuf, String> {
    let mut manifest = Manifest::read()?.expand(stage)?;
    check_staged(stage, &manifest)?;
    // The last build's site, kept until its compressed copies of unchanged files are reused.
    let previous = site.with_extension("previous");
    let _ = fs::remove_dir_all(&previous);
    let _ = fs::rename(site, &previous);
    let widget = site.join("widget");
    fs::create_dir_all(&widget).map_err(|e| e.to_string())?;
    copy_dir(stage, &widget)?;
    copy_dir(&root().join("www"), site)?;
    hash_names(&widget, &mut manifest)?;
    write_first_views(&widget, &manifest)?;
    fs::write(widget.join("files.json"), manifest.to_json()).map_err(|e| e.to_string())?;
    // Precompressed copies for the server (hosts would compress on their own).
    let files: Vec<PathBuf> = fs::read_dir(&widget).map_err(|e| e.to_string())?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    compress::precompress(&files, Some(&previous.join("widget")))?;
    let _ = fs::remove_dir_all(&previous);
    for tier in Tier::ALL {
        for f in manifest.tier(tier) {
            let name = manifest.url(&f.name);
            let [raw, gz, br] = served_sizes(&widget.join(name));
            eprintln!("xtask: {:<8} {name:<44} {raw} B raw / {gz} B gzip / {br} B brotli", tier.label());
        }
    }
    eprintln!("xtask: site built in {}", site.display());
    Ok(site.to_path_buf())
}

/// The file of `preventiewijzer fallback-html`, named in the manifest.
const FALLBACK: &str = "preventiewijzer-fallback.html";

/// The staged files are exactly the manifest's: a file the tools or loaders add, or one the
/// manifest names that nothing made, fails the build.
fn check_staged(stage: &Path, manifest: &Manifest) -> Result<(), String> {
    let staged: Vec<String> =
        fs::read_dir(stage).map_err(|e| e.to_string())?.filter_map(|e| Some(e.ok()?.file_name().to_string_lossy().into_owned())).collect();
    if let Some(extra) = staged.iter().find(|n| !manifest.files.iter().any(|f| &f.name == *n)) {
        return Err(format!("the build made `{extra}`, which widget/manifest.toml does not list"));
    }
    if let Some(missing) = manifest.files.iter().find(|f| !staged.contains(&f.name)) {
        return Err(format!("widget/manifest.toml lists `{}`, which the build did not make", missing.name));
    }
    Ok(())
}

/// Renames the widget files to `stem.HASH.ext` and rewrites the scripts' references to them,
/// setting each file's `url` in `manifest`. A file is hashed after the files it names, so a
/// changed wasm changes the name of each script that loads it; the element script keeps its name.
/// Fails if scripts name each other in a cycle or a script still names a file by its plain name.
fn hash_names(widget: &Path, manifest: &mut Manifest) -> Result<(), String> {
    let mut contents = Vec::new();
    for f in &manifest.files {
        let path = widget.join(&f.name);
        contents.push(fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    let names: Vec<String> = manifest.files.iter().map(|f| f.name.clone()).collect();
    // Whether file `i` names `n` (only the scripts name other files).
    fn refers(names: &[String], contents: &[Vec<u8>], i: usize, n: &str) -> bool {
        if !names[i].ends_with(".js") {
            return false;
        }
        let text = String::from_utf8_lossy(&contents[i]);
        text.contains(&format!("'./{n}'")) || text.contains(&format!("'{n}'"))
    }
    let mut pending: Vec<usize> = (0..names.len()).collect();
    while !pending.is_empty() {
        // The first file that names no file still waiting for its hashed name.
        let Some(at) = pending.iter().position(|&i| !pending.iter().any(|&j| j != i && refers(&names, &contents, i, &names[j]))) else {
            let cycle: Vec<&str> = pending.iter().map(|&i| names[i].as_str()).collect();
            return Err(format!("these files name each other, so none can be hashed first: {}", cycle.join(", ")));
        };
        let i = pending.remove(at);
        let name = &names[i];
        let mut bytes = std::mem::take(&mut contents[i]);
        if name.ends_with(".js") {
            let mut text = String::from_utf8(bytes).map_err(|e| format!("{name}: {e}"))?;
            for f in manifest.files.iter().filter(|f| f.url.is_some()) {
                let hashed = manifest.url(&f.name);
                text = text.replace(&format!("'./{}'", f.name), &format!("'./{hashed}'")).replace(&format!("'{}'", f.name), &format!("'{hashed}'"));
            }
            bytes = text.into_bytes();
        }
        let path = widget.join(name);
        if *name == manifest.element.script {
            fs::write(&path, bytes).map_err(|e| e.to_string())?;
            continue;
        }
        let (stem, ext) = name.split_once('.').unwrap_or((name, ""));
        let hashed = format!("{stem}.{:012x}.{ext}", fnv1a(&bytes) >> 16);
        fs::remove_file(&path).map_err(|e| e.to_string())?;
        fs::write(widget.join(&hashed), bytes).map_err(|e| e.to_string())?;
        manifest.files[i].url = Some(hashed);
    }
    let element = manifest.element.script.clone();
    manifest.files.iter_mut().filter(|f| f.name == element).for_each(|f| f.url = Some(element.clone()));
    Ok(())
}

/// 64-bit FNV-1a: enough to tell versions of a file apart (not a security hash).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// Raw, gzip -9 and brotli -q 11 bytes of a published file: the sizes of the precompressed
/// copies the server sends.
pub fn served_sizes(path: &Path) -> [u64; 3] {
    let size = |p: PathBuf| fs::metadata(p).map_or(0, |m| m.len());
    [size(path.to_path_buf()), size(variant(path, "gz")), size(variant(path, "br"))]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loader_naming_a_file_the_manifest_lacks_fails_the_build() {
        let m = Manifest::read().unwrap();
        assert!(check_loads("x.js", "fetch(file('./preventiewijzer-records.json'))", &m).is_ok());
        let e = check_loads("x.js", "fetch(file('./preventiewijzer-extra.json'))", &m).unwrap_err();
        assert!(e.contains("`./preventiewijzer-extra.json`"), "{e}");
    }

    #[test]
    fn the_loaders_name_only_the_manifests_files() {
        let m = Manifest::read().unwrap();
        let js = root().join("widget/js");
        let loaders: Vec<_> = m.files.iter().filter(|f| js.join(&f.name).is_file()).collect();
        assert!(loaders.len() >= 3, "the element script and the two tier-2 loaders");
        for f in loaders {
            check_loads(&f.name, &read(&js.join(&f.name)).unwrap(), &m).unwrap();
        }
    }
}

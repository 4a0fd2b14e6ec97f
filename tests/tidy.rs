//! Invariants of the code that a test keeps true, in the spirit of rust-analyzer's `tidy.rs`; run
//! by `cargo test`, so by `cargo xtask test` and CI: rustfmt, clippy with warnings denied, a `//!`
//! doc at the top of every Rust file, no source file over 400 lines, and every path in
//! ARCHITECTURE.md's code map exists (and every crate is in it), the tiers go by one name pair
//! (`tier1`/`tier2`) in code, and the bench's peers are weighted with our field weights.
//! `vendor/` (upstream crates we patch) is not ours and is skipped.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Longest source file, in lines: past this a file holds more than one idea (STYLE.md).
const MAX_LINES: usize = 400;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cargo(args: &[&str]) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(&cargo).args(args).current_dir(repo()).output().map_err(|e| format!("{cargo}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("`cargo {}` failed:\n{}{}", args.join(" "), String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
    }
}

/// Every tracked source file of ours with one of the extensions: not `target/`, not
/// `node_modules/`, and not `vendor/` (patched copies of other projects' crates, kept as upstream
/// wrote them; `cargo fmt --all` and `clippy --workspace` leave them out too).
fn sources(extensions: &[&str]) -> Vec<PathBuf> {
    fn walk(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().to_string();
            if path.is_dir() {
                let vendored = name == "vendor" && dir == repo();
                if !name.starts_with('.') && name != "target" && name != "node_modules" && !vendored {
                    walk(&path, extensions, out);
                }
            } else if extensions.iter().any(|x| name.ends_with(&format!(".{x}"))) {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&repo(), extensions, &mut out);
    out.sort();
    out
}

fn relative(path: &Path) -> String {
    path.strip_prefix(repo()).unwrap_or(path).display().to_string()
}

#[test]
fn code_is_formatted() {
    cargo(&["fmt", "--all", "--check"]).unwrap();
}

#[test]
fn clippy_finds_nothing() {
    cargo(&["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]).unwrap();
    // The wasm-only code: the widget with its test hooks, and the worker.
    let wasm = ["clippy", "--target", "wasm32-unknown-unknown", "-p", "preventiewijzer-widget", "-p", "preventiewijzer-worker"];
    cargo(&[&wasm[..], &["--features", "preventiewijzer-widget/test-hooks", "--", "-D", "warnings"]].concat()).unwrap();
}

#[test]
fn every_rust_file_starts_with_a_module_doc() {
    let missing: Vec<String> = sources(&["rs"])
        .into_iter()
        .filter(|path| {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let first = text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with("#!["));
            !first.is_some_and(|l| l.starts_with("//!"))
        })
        .map(|p| relative(&p))
        .collect();
    assert!(missing.is_empty(), "files without a `//!` doc saying what they are for:\n{}", missing.join("\n"));
}

#[test]
fn no_source_file_is_over_the_limit() {
    let long: Vec<String> = sources(&["rs", "js", "mjs"])
        .into_iter()
        .filter_map(|path| {
            let lines = std::fs::read_to_string(&path).unwrap_or_default().lines().count();
            (lines > MAX_LINES).then(|| format!("{}: {lines} lines", relative(&path)))
        })
        .collect();
    assert!(long.is_empty(), "split these files (at most {MAX_LINES} lines):\n{}", long.join("\n"));
}

#[test]
fn the_code_map_names_paths_that_exist_and_every_crate() {
    let doc = std::fs::read_to_string(repo().join("ARCHITECTURE.md")).unwrap();
    let map = doc.split("## Code map").nth(1).expect("ARCHITECTURE.md has a `## Code map`");
    let map = map.split("\n## ").next().unwrap_or_default();
    let paths: Vec<&str> = map.lines().filter(|l| l.starts_with("| `")).filter_map(|l| l.split('`').nth(1)).collect();
    assert!(paths.len() >= 10, "the code map lists the rooms of the code: {paths:?}");
    let missing: Vec<&&str> = paths.iter().filter(|p| !repo().join(p.trim_end_matches('/')).exists()).collect();
    assert!(missing.is_empty(), "ARCHITECTURE.md's code map names paths that do not exist: {missing:?}");
    for entry in std::fs::read_dir(repo().join("crates")).unwrap().flatten() {
        let dir = format!("crates/{}/", entry.file_name().to_string_lossy());
        assert!(paths.iter().any(|p| p.starts_with(&dir)), "{dir} is not in ARCHITECTURE.md's code map");
    }
}

/// Names tier 2 went by before it had one (ARCHITECTURE.md, "Two tiers"), matched in any case.
const OLD_TIER2_NAMES: [&str; 3] = ["fulltext", "full_text", "refine"];

#[test]
fn the_tiers_go_by_one_name_pair_in_code() {
    // Code and its file names; the catalogue and the language files are words for people, and
    // this file names the old words to forbid them.
    let found: Vec<String> = sources(&["rs", "js", "mjs", "toml", "html", "css", "py", "sh"])
        .into_iter()
        .filter(|path| {
            let rel = relative(path);
            !rel.starts_with("catalogue/") && !rel.starts_with("i18n/") && rel != "tests/tidy.rs"
        })
        .flat_map(|path| {
            let rel = relative(&path);
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let mut hits: Vec<String> =
                OLD_TIER2_NAMES.iter().filter(|old| rel.to_lowercase().contains(*old)).map(|old| format!("{rel}: file name has `{old}`")).collect();
            for (n, line) in text.lines().enumerate() {
                let lower = line.to_lowercase();
                hits.extend(OLD_TIER2_NAMES.iter().filter(|old| lower.contains(*old)).map(|old| format!("{rel}:{}: `{old}`: {}", n + 1, line.trim())));
            }
            hits
        })
        .collect();
    assert!(found.is_empty(), "tier 2 is `tier2` (ARCHITECTURE.md, \"Two tiers\"); old names in code:\n{}", found.join("\n"));
}

/// The peers in the bench are weighted like ours (bench/peers/README.md): their `FIELD_BOOSTS`
/// must follow `Weights::default()` when a ranking change moves the field weights.
#[test]
fn the_peers_field_weights_are_ours() {
    let config = std::fs::read_to_string(repo().join("bench/peers/site/config.js")).unwrap();
    let line = config.lines().find(|l| l.starts_with("export const FIELD_BOOSTS")).expect("FIELD_BOOSTS in config.js");
    let boost = |field: &str| -> f32 {
        let after = line.split(&format!("{field}: ")).nth(1).unwrap_or_else(|| panic!("no {field} in {line}"));
        after.split([',', ' ', '}']).next().unwrap().parse().unwrap()
    };
    let ours = preventiewijzer_engine::weights::Weights::default();
    let pairs = [("title", ours.title), ("keywords", ours.keywords), ("summary", ours.summary), ("publisher", ours.publisher)];
    for (field, weight) in pairs {
        assert_eq!(boost(field), weight, "bench/peers/site/config.js FIELD_BOOSTS.{field} differs from Weights::default()");
    }
}

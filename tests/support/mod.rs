//! Test fixtures: temporary catalogue folders built from the real vocabulary, helplines and
//! situations.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A valid material file (real: Lang Leve de Liefde – Onderbouw, from the shipped catalogue).
pub const VALID: &str = r#"id = "voorbeeld"
title = "Lang Leve de Liefde – Onderbouw"
summary = "Lespakket over relaties en seksualiteit voor klas 2."
publisher = "Soa Aids Nederland & Rutgers"
url = "https://langlevedeliefde.nl/voorbeeld"
languages = ["nl"]
region = "nederland"
audiences = ["jongeren", "leraren"]
age_min = 13
age_max = 15
topics = ["relaties-en-seksualiteit"]
risk_groups = []
stages = ["preventie"]
format = "lespakket"
cost = "onbekend"
keywords = ["seksuele vorming"]
source = "shared/research/materials.json #0"
last_checked = "2026-11-01"
"#;

/// A fresh catalogue folder with the shipped vocabulary, helplines and situations and the given materials
/// (`(file name, text)`).
pub fn catalogue_with(materials: &[(&str, &str)]) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    // Under target/ (cargo gives integration tests this folder), not scattered over /tmp.
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("pw-test-{}-{}", std::process::id(), N.fetch_add(1, Ordering::SeqCst)));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("materials")).unwrap();
    for f in ["vocabulary.toml", "helplines.toml"] {
        std::fs::copy(repo().join("catalogue").join(f), dir.join(f)).unwrap();
    }
    // The real situations, without the real materials they list (this folder has other ones).
    let situations = std::fs::read_to_string(repo().join("catalogue/situations.toml")).unwrap();
    let mut listing = false;
    let kept: Vec<&str> = situations
        .lines()
        .filter(|line| {
            let skip = listing || line.starts_with("materials = [");
            listing = skip && *line != "]";
            !skip
        })
        .collect();
    std::fs::write(dir.join("situations.toml"), kept.join("\n")).unwrap();
    for (name, text) in materials {
        std::fs::write(dir.join("materials").join(name), text).unwrap();
    }
    dir
}

/// Error lines with the temporary folder removed, so they read `materials/x.toml:3: field: …`.
pub fn errors_of(dir: &Path) -> Vec<String> {
    match preventiewijzer_model::catalogue::load(dir) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(|e| e.to_string().replace(&format!("{}/", dir.display()), "")).collect(),
    }
}

/// Runs the CLI from the repository root: (exit code, stdout, stderr).
pub fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_preventiewijzer")).args(args).current_dir(repo()).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

/// A path as the CLI's argument.
pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Every file in a folder (hidden and temporary ones too), name → bytes.
pub fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect()
}

/// A temporary copy of the shipped catalogue (vocabulary, helplines, situations, every material).
pub fn shipped_copy() -> PathBuf {
    let dir = catalogue_with(&[]);
    for (name, text) in files(&repo().join("catalogue/materials")) {
        std::fs::write(dir.join("materials").join(name), text).unwrap();
    }
    dir
}

/// Imports `file` with `command` (`import-csv`, `import-xlsx`) into a catalogue without materials
/// and checks every shipped material file comes back byte for byte.
pub fn assert_recreates_the_shipped_files(command: &str, file: &Path) {
    let shipped = files(&repo().join("catalogue/materials"));
    let to = catalogue_with(&[]);
    let (code, out, err) = cli(&[command, s(file), "--catalogue", s(&to)]);
    assert_eq!(code, 0, "{command} {}:\n{err}", file.display());
    assert!(out.contains(&format!("{} rows, {} files written", shipped.len(), shipped.len())), "{out}");
    let imported = files(&to.join("materials"));
    assert_eq!(imported.keys().collect::<Vec<_>>(), shipped.keys().collect::<Vec<_>>());
    for (name, text) in &shipped {
        assert!(imported[name] == *text, "{name} differs after {command} {}:\n{}", file.display(), String::from_utf8_lossy(&imported[name]));
    }
}

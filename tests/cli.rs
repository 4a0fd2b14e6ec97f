//! The command line: `check` and `search` as editors and scripts use them.

mod support;

use std::process::Command;

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_preventiewijzer")).args(args).current_dir(support::repo()).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn check_passes_on_the_shipped_catalogue() {
    let (code, out, err) = cli(&["check"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("ok"), "{out}");
}

#[test]
fn check_fails_with_precise_errors_on_a_broken_catalogue() {
    let bad = support::VALID.replace("cost = \"onbekend\"", "cost = \"free\"").replace("age_max = 15", "age_max = 12");
    let dir = support::catalogue_with(&[("voorbeeld.toml", &bad)]);
    let (code, _, err) = cli(&["check", "--catalogue", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("materials/voorbeeld.toml:9: age_min: 13 is greater than age_max 12"), "{err}");
    assert!(err.contains("materials/voorbeeld.toml:15: cost: unknown id `free`"), "{err}");
}

#[test]
fn search_json_is_the_serialized_results() {
    let (code, out, err) = cli(&["search", "--audience", "ouders", "--age", "14", "--json", "loverboy"]);
    assert_eq!(code, 0, "{err}");
    let results: preventiewijzer_engine::Results = serde_json::from_str(&out).unwrap();
    assert!(results.total > 0);
    assert!(results.hits.iter().all(|h| h.why.iter().any(|w| w.starts_with("zoekwoord"))));
}

#[test]
fn unknown_facet_ids_are_an_error_listing_the_valid_ids() {
    let (code, _, err) = cli(&["search", "--topic", "seks"]);
    assert_eq!(code, 1);
    assert!(err.contains("unknown topics `seks`") && err.contains("(allowed: loverboys,") && err.contains("sexting"), "{err}");
}

#[test]
fn pack_writes_data_files_the_engines_open_and_fails_without_out() {
    let out = std::env::temp_dir().join(format!("pw-pack-{}", std::process::id()));
    let (code, _, err) = cli(&["pack", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let records = std::fs::read(out.join("preventiewijzer-records.json")).unwrap();
    let index = std::fs::read(out.join("preventiewijzer-index.pwi")).unwrap();
    let q = preventiewijzer_engine::Query { text: "loverboy".into(), ..Default::default() };
    let full = preventiewijzer_engine::Engine::open(index).unwrap().search(&q);
    let quick = preventiewijzer_engine::Engine::open_records(&records).unwrap().search(&q);
    assert!(full.total > 0 && quick.total > 0);
    let _ = std::fs::remove_dir_all(&out);
    let (code, _, err) = cli(&["pack"]);
    assert_eq!(code, 1);
    assert!(err.contains("pack needs --out DIR"), "{err}");
}

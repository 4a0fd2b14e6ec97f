//! The studio over the real national catalogue and the local test folders: the same errors as
//! `preventiewijzer pack --local` (tests/local.rs), and the same data folder, byte for byte.

use std::fs;
use std::path::{Path, PathBuf};

use preventiewijzer_model::catalogue;

use super::*;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A studio over the national catalogue with every file of the local folder `dir` dropped, as
/// a browser names them when a folder is picked (`folder/materials/x.toml`).
fn studio_with(dir: &str) -> Studio {
    let national = catalogue::load(&root().join("catalogue")).expect("the national catalogue is valid");
    let mut studio = Studio::new(&preventiewijzer_indexer::tiers(&national).unwrap().records).unwrap();
    let dir = root().join(dir);
    let mut paths = vec![dir.join("regions.toml"), dir.join("helplines.toml")];
    paths.extend(fs::read_dir(dir.join("materials")).unwrap().map(|e| e.unwrap().path()));
    for path in paths {
        let name = path.strip_prefix(&dir).unwrap().display().to_string();
        studio.add(format!("lokaal/{name}"), fs::read(&path).unwrap());
    }
    studio
}

/// A studio over the national catalogue with `regions.toml` and `helplines.toml` of the local test
/// folder and the spreadsheet `sheet` of tests/fixtures/local-sheets.
fn studio_with_sheet(sheet: &str) -> Studio {
    let national = catalogue::load(&root().join("catalogue")).expect("the national catalogue is valid");
    let mut studio = Studio::new(&preventiewijzer_indexer::tiers(&national).unwrap().records).unwrap();
    for name in ["regions.toml", "helplines.toml"] {
        studio.add(name.into(), fs::read(root().join("tests/fixtures/local").join(name)).unwrap());
    }
    studio.add(format!("gemeente/{sheet}"), fs::read(root().join("tests/fixtures/local-sheets").join(sheet)).unwrap());
    studio
}

#[test]
fn a_csv_of_the_materials_gives_the_same_data_folder_as_their_files() {
    let files = studio_with("tests/fixtures/local").folder().unwrap();
    for sheet in ["materialen.csv", "materialen-puntkomma.csv"] {
        let studio = studio_with_sheet(sheet);
        let checked: serde_json::Value = serde_json::from_str(&studio.check()).unwrap();
        assert_eq!(checked["errors"], serde_json::json!([]), "{sheet}");
        assert_eq!(checked["materials"].as_u64(), Some(1), "{sheet}");
        let folder = studio.folder().unwrap();
        assert_eq!(folder.names(), files.names(), "{sheet}");
        for at in 0..files.names().len() {
            assert!(folder.file(at) == files.file(at), "{sheet}: {} differs", files.names()[at]);
        }
    }
}

#[test]
fn a_double_encoded_csv_is_refused_naming_file_line_and_field() {
    let studio = studio_with_sheet("dubbel-gecodeerd.csv");
    let checked: serde_json::Value = serde_json::from_str(&studio.check()).unwrap();
    let errors: Vec<&str> = checked["errors"].as_array().unwrap().iter().map(|e| e.as_str().unwrap()).collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with("dubbel-gecodeerd.csv:2: summary: looks double-encoded: `â€“` is `–`"), "{errors:#?}");
    assert!(studio.folder().is_err());
}

#[test]
fn a_row_the_validation_refuses_is_named_by_its_spreadsheet_line() {
    let csv = fs::read_to_string(root().join("tests/fixtures/local-sheets/materialen.csv")).unwrap();
    let mut studio = studio_with_sheet("materialen.csv");
    studio.add("gemeente/materialen.csv".into(), csv.replace(",loverboys,", ",loverboy,").into_bytes());
    let checked: serde_json::Value = serde_json::from_str(&studio.check()).unwrap();
    let errors: Vec<&str> = checked["errors"].as_array().unwrap().iter().map(|e| e.as_str().unwrap()).collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with("materialen.csv:2: topics: unknown id `loverboy`"), "{errors:#?}");
}

#[test]
fn a_broken_folder_gives_every_error_as_file_line_field_and_no_folder() {
    let studio = studio_with("tests/fixtures/local-broken");
    let checked: serde_json::Value = serde_json::from_str(&studio.check()).unwrap();
    let errors: Vec<&str> = checked["errors"].as_array().unwrap().iter().map(|e| e.as_str().unwrap()).collect();
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors.contains(&"materials/voorbeeld-wijkteam-training.toml:8: region: must be one of this folder's regions in regions.toml (gemeente-voorbeeld)"));
    assert!(errors.iter().any(|e| e.starts_with("materials/voorbeeld-wijkteam-training.toml:10: topics: unknown id `loverboy`")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.starts_with("helplines.toml:7: url:")), "{errors:#?}");
    assert!(checked["coverage"].is_null());
    let refused = studio.folder().err().expect("no folder from broken files");
    assert_eq!(refused.lines().count(), 3, "{refused}");
}

#[test]
fn a_valid_folder_is_counted_and_packed_exactly_as_the_cli_packs_it() {
    let studio = studio_with("tests/fixtures/local");
    let checked: serde_json::Value = serde_json::from_str(&studio.check()).unwrap();
    assert_eq!(checked["errors"], serde_json::json!([]));
    assert_eq!((checked["materials"].as_u64(), checked["helplines"].as_u64()), (Some(1), Some(1)));
    let coverage = checked["coverage"].as_str().unwrap();
    assert!(coverage.contains("<table>") && coverage.contains("1 materialen"), "{coverage}");

    let folder = studio.folder().unwrap();
    let national = catalogue::load(&root().join("catalogue")).unwrap();
    let (local, unread) = catalogue::local::read_local(&root().join("tests/fixtures/local"));
    assert!(unread.is_empty(), "{unread:?}");
    let cli = preventiewijzer_indexer::folder::data_folder(&national, &local).unwrap();
    assert_eq!(folder.names(), cli.files.iter().map(|f| f.name.clone()).collect::<Vec<_>>());
    for (at, f) in cli.files.iter().enumerate() {
        assert!(folder.file(at) == f.bytes, "{} differs from the CLI's", f.name);
    }
    // What was packed opens, and finds the local material by its text.
    let engine = preventiewijzer_engine::Engine::open_with_records(folder.file(1), &folder.file(0)).unwrap();
    let query = preventiewijzer_engine::Query { text: "zuurstokrood".into(), ..Default::default() };
    assert_eq!(engine.search(&query).hits.first().map(|h| h.id.as_str()), Some("voorbeeld-wijkteam-training"));
}

//! A municipality's local catalogue folder: `pack --local` builds a data folder (national plus
//! local, content-hashed files and a manifest), local entries are found by text and filters in
//! both tiers and marked local, local helplines come first, and a broken local folder is refused
//! with every error named and nothing written. Fixtures: tests/fixtures/local{,-broken}/.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use preventiewijzer_engine::{Engine, Query};
use preventiewijzer_model::vocabulary::Facet;

fn cli(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_preventiewijzer")).args(args).current_dir(support::repo()).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into())
}

fn out_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("pw-local-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Packs `tests/fixtures/local` and opens both tiers from the files the manifest names.
fn packed_engines() -> (Engine, Engine, serde_json::Value) {
    let out = out_dir("ok");
    let (code, err) = cli(&["pack", "--local", "tests/fixtures/local", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("preventiewijzer-data.json")).unwrap()).unwrap();
    let name = |key: &str| manifest[key].as_str().unwrap().to_string();
    assert!(name("records").starts_with("preventiewijzer-records.") && name("records").ends_with(".json"), "{manifest}");
    assert_ne!(name("records"), "preventiewijzer-records.json", "the records are content-hashed");
    let tier1 = Engine::open_records(&std::fs::read(out.join(name("records"))).unwrap()).unwrap();
    let tier2 = Engine::open_with_records(std::fs::read(out.join(name("index"))).unwrap(), &std::fs::read(out.join(name("records"))).unwrap()).unwrap();
    (tier1, tier2, manifest)
}

#[test]
fn pack_local_builds_a_data_folder_where_local_entries_are_found_and_marked_in_both_tiers() {
    let (tier1, tier2, manifest) = packed_engines();
    assert_eq!(manifest["local"]["regions"], serde_json::json!(["gemeente-voorbeeld"]));
    assert_eq!(manifest["local"]["materials"], 1);
    assert_eq!(manifest["local"]["helplines"], 1);
    for (tier, engine) in [("tier 1", &tier1), ("tier 2", &tier2)] {
        // By text: a word only the local material has.
        let results = engine.search(&Query { text: "zuurstokrood".into(), ..Query::default() });
        let hit = results.hits.iter().find(|h| h.id == "voorbeeld-wijkteam-training").unwrap_or_else(|| panic!("{tier}: {results:?}"));
        assert!(hit.local, "{tier}: the local material is marked local");
        // By filter: the local region alone, and its own value in the region facet.
        let only_local = engine.search(&Query { regions: vec!["gemeente-voorbeeld".into()], ..Query::default() });
        assert_eq!(only_local.hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), ["voorbeeld-wijkteam-training"], "{tier}");
        let all = engine.search(&Query::default());
        let count = |id: &str| all.facets.get(Facet::Regions).iter().find(|f| f.id == id).map_or(0, |f| f.count);
        assert_eq!(count("gemeente-voorbeeld"), 1, "{tier}: {:?}", all.facets.get(Facet::Regions));
        assert!(count("nederland") > 10 && count("vlaanderen") > 0 && count("verenigd-koninkrijk") > 0, "{tier}: {:?}", all.facets.get(Facet::Regions));
        assert!(all.hits.iter().filter(|h| h.id != "voorbeeld-wijkteam-training").all(|h| !h.local), "{tier}: national material is not local");
        // Local help first, for everyone; the national lines follow.
        let help: Vec<&str> = engine.helplines(&[]).iter().map(|h| h.id.as_str()).collect();
        assert_eq!(help.first(), Some(&"meldpunt-voorbeeld"), "{tier}: {help:?}");
        assert!(help.contains(&"112"), "{tier}: {help:?}");
    }
}

#[test]
fn pack_refuses_a_broken_local_folder_naming_every_error_and_writes_nothing() {
    let out = out_dir("broken");
    let (code, err) = cli(&["pack", "--local", "tests/fixtures/local-broken", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    let expected = [
        "tests/fixtures/local-broken/materials/voorbeeld-wijkteam-training.toml:8: region: must be one of this folder's regions in regions.toml (gemeente-voorbeeld)",
        "tests/fixtures/local-broken/materials/voorbeeld-wijkteam-training.toml:10: topics: unknown id `loverboy`",
        "tests/fixtures/local-broken/helplines.toml:7: url:",
        "3 error(s) in the local catalogue at tests/fixtures/local-broken; nothing was written",
    ];
    for line in expected {
        assert!(err.contains(line), "missing `{line}` in:\n{err}");
    }
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn a_local_folder_may_not_redefine_national_regions_or_entries() {
    let dir = out_dir("clash");
    std::fs::create_dir_all(dir.join("materials")).unwrap();
    let regions = "[[regions]]\nid = \"nederland\"\nnl = \"Nederland\"\nen = \"Netherlands\"\n";
    std::fs::write(dir.join("regions.toml"), regions).unwrap();
    let national = preventiewijzer_model::catalogue::load(&support::repo().join("catalogue")).unwrap();
    let taken = &national.materials[0].id;
    let material = support::VALID.replace("id = \"voorbeeld\"", &format!("id = \"{taken}\""));
    std::fs::write(dir.join("materials").join(format!("{taken}.toml")), material).unwrap();
    let errors: Vec<String> = preventiewijzer_model::catalogue::load_local(&national, &dir).unwrap_err().iter().map(|e| e.to_string()).collect();
    let all = errors.join("\n");
    assert!(all.contains("regions.toml:2: id: `nederland` is a national region; a local folder adds its own"), "{all}");
    assert!(all.contains(&format!("id: `{taken}` is already a material of the national catalogue")), "{all}");
    assert!(all.contains("region: must be one of this folder's regions"), "{all}");
}

#[test]
fn the_national_vocabulary_may_not_mark_a_term_local() {
    let dir = support::catalogue_with(&[]);
    let vocab = std::fs::read_to_string(dir.join("vocabulary.toml")).unwrap();
    let vocab = vocab.replacen("id = \"ierland\"\n", "id = \"ierland\"\nlocal = true\n", 1);
    std::fs::write(dir.join("vocabulary.toml"), vocab).unwrap();
    let errors = support::errors_of(&dir).join("\n");
    assert!(errors.contains("vocabulary.toml: local: `ierland`: `local` is only for a local catalogue folder's regions"), "{errors}");
}

#[test]
fn csv_import_into_a_local_folder_is_checked_against_the_national_catalogue() {
    // A CSV as an editor gets it from export-csv: one row, for a local material.
    let source = support::catalogue_with(&[(
        "zz-lokaal.toml",
        &support::VALID.replace("id = \"voorbeeld\"", "id = \"zz-lokaal\"").replace("/voorbeeld\"", "/zz-lokaal-test\""),
    )]);
    let exported = out_dir("csv").with_extension("csv");
    let (code, err) = cli(&["export-csv", "--catalogue", source.to_str().unwrap(), "--out", exported.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&exported).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    let row = lines.find(|l| l.starts_with("zz-lokaal,")).unwrap();
    let local = out_dir("csv-local");
    std::fs::create_dir_all(local.join("materials")).unwrap();
    std::fs::copy(support::repo().join("tests/fixtures/local/regions.toml"), local.join("regions.toml")).unwrap();
    let import = |row: &str| {
        std::fs::write(&exported, format!("{header}\n{row}\n")).unwrap();
        cli(&["import-csv", exported.to_str().unwrap(), "--catalogue", local.to_str().unwrap()])
    };
    // With a national region the row is refused: local entries use the folder's own region.
    let (code, err) = import(row);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains(":2: region: must be one of this folder's regions in regions.toml (gemeente-voorbeeld)"), "{err}");
    assert!(!local.join("materials/zz-lokaal.toml").exists());
    let (code, err) = import(&row.replace(",nederland,", ",gemeente-voorbeeld,"));
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read_to_string(local.join("materials/zz-lokaal.toml")).unwrap().contains("region = \"gemeente-voorbeeld\""));
    let national = preventiewijzer_model::catalogue::load(&support::repo().join("catalogue")).unwrap();
    let merged = preventiewijzer_model::catalogue::load_local(&national, &local).unwrap();
    assert_eq!(merged.materials.len(), national.materials.len() + 1);
}

#[test]
fn the_library_makes_the_same_data_folder_in_memory_as_the_cli_writes() {
    // The seam the studio page (wasm) uses: text in, named bytes out, no file system.
    let national = preventiewijzer_model::catalogue::load(&support::repo().join("catalogue")).unwrap();
    let (files, unread) = preventiewijzer_model::catalogue::local::read_local(&support::repo().join("tests/fixtures/local"));
    assert!(unread.is_empty(), "{unread:?}");
    let packed = preventiewijzer_indexer::folder::data_folder(&national, &files).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!((packed.local_materials, packed.local_helplines), (1, 1));
    assert_eq!(packed.files.last().unwrap().name, "preventiewijzer-data.json", "the manifest is written last");
    let out = out_dir("same");
    let (code, err) = cli(&["pack", "--local", "tests/fixtures/local", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let mut written: Vec<String> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    written.sort();
    let mut names: Vec<String> = packed.files.iter().map(|f| f.name.clone()).collect();
    names.sort();
    assert_eq!(written, names);
    for f in &packed.files {
        assert!(std::fs::read(out.join(&f.name)).unwrap() == f.bytes, "{} differs between the library and the CLI", f.name);
    }
    // The same errors as the CLI, as values, when a file is broken in memory.
    let mut broken = files.clone();
    broken.materials[0].1 = broken.materials[0].1.replace("region = \"gemeente-voorbeeld\"", "region = \"nergens\"");
    let Err(preventiewijzer_indexer::folder::PackError::Catalogue(errors)) = preventiewijzer_indexer::folder::data_folder(&national, &broken) else {
        panic!("a broken local material is refused")
    };
    assert!(errors.iter().any(|e| e.to_string().contains(": region: must be one of this folder's regions")), "{errors:?}");
}

#[test]
fn tier2_opens_an_index_only_with_the_records_of_the_same_pack() {
    // Tier 2 reads its catalogue from tier 1's records; an index from another pack (the national
    // one with a data folder's records) would find the wrong materials, so it is refused.
    let national = preventiewijzer_model::catalogue::load(&support::repo().join("catalogue")).unwrap();
    let (files, _) = preventiewijzer_model::catalogue::local::read_local(&support::repo().join("tests/fixtures/local"));
    let [national_records, national_index] = &preventiewijzer_indexer::folder::national(&national).unwrap().files[..] else { panic!("records and index") };
    let folder = preventiewijzer_indexer::folder::data_folder(&national, &files).unwrap_or_else(|e| panic!("{e:?}"));
    let (records, index) = (&folder.files[0].bytes, &folder.files[1].bytes);
    assert!(Engine::open_with_records(index.clone(), records).is_ok());
    assert!(Engine::open_with_records(national_index.bytes.clone(), &national_records.bytes).is_ok());
    let Err(error) = Engine::open_with_records(national_index.bytes.clone(), records) else { panic!("a national index with local records opened") };
    assert!(error.to_string().contains("built from another catalogue"), "{error}");
    let Err(error) = Engine::open_with_records(index.clone(), b"{\"catalogue\": 7}") else { panic!("broken records opened") };
    assert!(error.to_string().contains("the records"), "{error}");
}

#[test]
fn pack_refuses_hostile_and_oversized_local_entries_naming_each_and_writes_nothing() {
    let dir = out_dir("hostile-input");
    std::fs::create_dir_all(dir.join("materials")).unwrap();
    std::fs::copy(support::repo().join("tests/fixtures/local/regions.toml"), dir.join("regions.toml")).unwrap();
    let material = support::VALID
        .replace("region = \"nederland\"", "region = \"gemeente-voorbeeld\"")
        .replace("https://langlevedeliefde.nl/voorbeeld", "javascript:window.__pwx=1")
        .replace("Lespakket over relaties en seksualiteit voor klas 2.", &"x".repeat(4_001))
        .replace("Lang Leve de Liefde – Onderbouw", &"t".repeat(301));
    std::fs::write(dir.join("materials/voorbeeld.toml"), material).unwrap();
    let line = |n: usize| {
        format!("\n[[helplines]]\nid = \"lijn-{n}\"\nname = \"Lijn {n}\"\nnl = \"Bel ons.\"\nen = \"Call us.\"\nregion = \"gemeente-voorbeeld\"\naudiences = []\nsource = \"test\"\n")
    };
    std::fs::write(dir.join("helplines.toml"), (0..21).map(line).collect::<String>()).unwrap();
    let out = out_dir("hostile-input-out");
    let (code, err) = cli(&["pack", "--local", dir.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    let m = dir.join("materials/voorbeeld.toml").display().to_string();
    let h = dir.join("helplines.toml").display().to_string();
    for expected in [
        format!("{m}:2: title: is 301 characters long; at most 300 are allowed"),
        format!("{m}:3: summary: is 4001 characters long; at most 4000 are allowed"),
        format!("{m}:5: url:"),
        format!("{h}: helplines: 21 helplines; a local folder holds at most 20"),
    ] {
        assert!(err.contains(&expected), "missing `{expected}` in:\n{err}");
    }
    assert!(err.contains("nothing was written"), "{err}");
    assert!(!out.exists(), "nothing is written");
}

//! Bounded property tests on editor input: random and mutated TOML material files and CSV
//! spreadsheets never panic `check`/`import-csv`; every error names its file and a line; and a
//! failed import leaves the catalogue exactly as it was.

mod support;

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;

/// Every file under `dir` with its bytes (to prove nothing was written).
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            for (k, v) in snapshot(&p) {
                out.insert(format!("{}/{k}", entry.file_name().to_string_lossy()), v);
            }
        } else {
            out.insert(entry.file_name().to_string_lossy().into_owned(), std::fs::read(&p).unwrap());
        }
    }
    out
}

/// Applies byte-level mutations: flips, deletions, insertions of TOML/CSV syntax.
fn mutate(text: &str, edits: &[(usize, u8, u8)]) -> Vec<u8> {
    let mut b = text.as_bytes().to_vec();
    for (pos, kind, byte) in edits {
        if b.is_empty() {
            break;
        }
        let at = pos % b.len();
        match kind % 4 {
            0 => b[at] = *byte,
            1 => {
                b.remove(at);
            }
            2 => {
                let syntax = b"\"=[]#,;\n\r'\\{}";
                b.insert(at, syntax[*byte as usize % syntax.len()]);
            }
            _ => b.truncate(at),
        }
    }
    b
}

fn edits() -> impl Strategy<Value = Vec<(usize, u8, u8)>> {
    prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..6)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_material_files_give_errors_with_file_and_line(edits in edits()) {
        let bytes = mutate(support::VALID, &edits);
        let dir = support::catalogue_with(&[]);
        std::fs::write(dir.join("materials/voorbeeld.toml"), &bytes).unwrap();
        if let Err(errors) = preventiewijzer_model::catalogue::load(&dir) {
            for e in &errors {
                prop_assert!(e.file.starts_with(&dir), "{e}");
                let whole_file = e.message.starts_with("cannot read");
                prop_assert!(e.line > 0 || whole_file, "no line: {e}");
                prop_assert!(!e.message.is_empty());
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn random_text_as_a_material_file_never_panics(text in any::<String>()) {
        let dir = support::catalogue_with(&[("x.toml", &text)]);
        let result = preventiewijzer_model::catalogue::load(&dir);
        prop_assert!(result.is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_mutated_spreadsheet_is_imported_whole_or_not_at_all(edits in edits()) {
        let source = support::repo().join("catalogue");
        let csv = preventiewijzer::editor::csv::export(&source).unwrap().csv;
        let dir = support::catalogue_with(&[]);
        for entry in std::fs::read_dir(source.join("materials")).unwrap().flatten() {
            std::fs::copy(entry.path(), dir.join("materials").join(entry.file_name())).unwrap();
        }
        let before = snapshot(&dir);
        let file = dir.with_extension("csv");
        std::fs::write(&file, mutate(&csv, &edits)).unwrap();
        match preventiewijzer::editor::csv::import(&file, &dir) {
            Ok(_) => prop_assert!(preventiewijzer_model::catalogue::load(&dir).is_ok(), "an import that succeeds leaves a valid catalogue"),
            Err(errors) => {
                prop_assert_eq!(&snapshot(&dir), &before, "a failed import wrote something");
                for e in &errors {
                    prop_assert!(e.file == file || e.file.starts_with(&dir), "{}", e);
                    prop_assert!(e.line > 0 || e.message.starts_with("cannot"), "no line: {}", e);
                }
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::remove_file(&file);
    }
}

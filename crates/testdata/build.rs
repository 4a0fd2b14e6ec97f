//! Validates `catalogue/` and builds both tiers' data natively (for the tests that embed them). A broken catalogue file
//! fails the build with `file:line: field: message` for every error.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let dir = std::env::var_os("PREVENTIEWIJZER_CATALOGUE").map(PathBuf::from).unwrap_or_else(|| manifest.join("../../catalogue"));
    println!("cargo:rerun-if-env-changed=PREVENTIEWIJZER_CATALOGUE");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed={}", dir.join("materials").display());
    let catalogue = match preventiewijzer_model::catalogue::load(&dir) {
        Ok(c) => c,
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!("error: the catalogue in {} has {} error(s); nothing was built", dir.display(), errors.len());
            std::process::exit(1);
        }
    };
    let tiers = preventiewijzer_indexer::tiers(&catalogue).unwrap_or_else(|e| panic!("{e}"));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out.join("catalogue.pwi"), &tiers.packed).expect("writing the packed index");
    std::fs::write(out.join("records.json"), &tiers.records).expect("writing the tier-1 records");
    // How many materials the native build validated, for the wasm test that opens the bytes.
    std::fs::write(out.join("materials.txt"), catalogue.materials.len().to_string()).expect("writing the material count");

    // Native rankings of the parity queries, for the wasm test that must reproduce them exactly.
    let queries = manifest.join("tests/parity-queries.json");
    println!("cargo:rerun-if-changed={}", queries.display());
    let queries: Vec<preventiewijzer_engine::Query> =
        serde_json::from_str(&std::fs::read_to_string(&queries).expect("reading parity queries")).expect("parsing parity queries");
    for (engine, file) in [(&tiers.tier2, "parity.json"), (&tiers.tier1, "parity-tier1.json")] {
        let expected: Vec<(usize, Vec<String>)> = queries
            .iter()
            .map(|q| {
                let r = engine.search(q);
                (r.total, r.hits.into_iter().map(|h| h.id).collect())
            })
            .collect();
        std::fs::write(out.join(file), serde_json::to_string(&expected).unwrap()).expect("writing parity rankings");
    }
}

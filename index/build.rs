//! Validates `catalogue/` and builds the packed tantivy index natively. A broken catalogue file
//! fails the build with `file:line: field: message` for every error.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let dir = std::env::var_os("PREVENTIEWIJZER_CATALOGUE")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../catalogue"));
    println!("cargo:rerun-if-env-changed=PREVENTIEWIJZER_CATALOGUE");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed={}", dir.join("materials").display());
    let catalogue = match preventiewijzer::catalogue::load(&dir) {
        Ok(c) => c,
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!("error: the catalogue in {} has {} error(s); nothing was built", dir.display(), errors.len());
            std::process::exit(1);
        }
    };
    let packed = preventiewijzer::index::build(&catalogue).expect("building the index");
    preventiewijzer::Engine::open(packed.clone()).expect("the freshly built index opens");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("catalogue.pwi");
    std::fs::write(&out, packed).expect("writing the packed index");
}

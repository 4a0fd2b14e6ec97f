//! Editor tools (native only, never in the widget): spreadsheet round trips of the materials,
//! as a workbook ([`xlsx`]) or CSV ([`csv`]), sharing the rows of a catalogue ([`export`]), one
//! table ([`sheet`]), one canonical file format ([`canonical`]) and one set of character-set
//! checks ([`encoding`]) (these three in `preventiewijzer_sheets`, shared with the studio page),
//! and one all-or-nothing write ([`import`]); the coverage matrix that shows where prevention material is missing
//! ([`coverage`]), the JSON Schema of a material file ([`schema`]) and the list of materials to
//! check again ([`stale`], behind `check --stale`).
//!
//! ```text
//! preventiewijzer export-xlsx --out FILE [--catalogue DIR]    all materials as a workbook with drop-downs
//! preventiewijzer import-xlsx FILE [--catalogue DIR]          workbook rows (.xlsx, .ods) → DIR/materials/<id>.toml
//!   (DIR may be a local catalogue folder, with `regions.toml`: then checked with the national
//!   catalogue `--national DIR`, default `catalogue`; the same for import-csv)
//! preventiewijzer export-csv [--catalogue DIR] [--out FILE] [--semicolon]  all materials as one CSV (UTF-8 with BOM)
//! preventiewijzer import-csv FILE [--catalogue DIR]           CSV rows (comma or semicolon) → DIR/materials/<id>.toml
//! preventiewijzer coverage   [--catalogue DIR] [--html]       topics × audiences / risk groups
//! preventiewijzer schema     [--catalogue DIR]                JSON Schema of a material file
//! preventiewijzer fallback-html [--catalogue DIR] [--out FILE] static list for when the widget cannot start
//! preventiewijzer first-lists [--catalogue DIR] --out DIR   the first view per profile, prerendered
//! ```
//!
//! Validity is still decided only by [`crate::catalogue::load`]: the import writes the would-be
//! files into a temporary copy of the catalogue and loads that before it touches `DIR`.

pub use preventiewijzer_model::coverage;
pub use preventiewijzer_sheets::{canonical, encoding, sheet};
pub mod csv;
pub mod export;
pub mod fallback;
pub mod first;
pub mod import;
pub mod schema;
pub mod stale;
pub mod xlsx;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::catalogue::{self, Catalogue, CatalogueError};

/// The commands of this module, as the CLI dispatches them.
pub const COMMANDS: [&str; 8] = ["export-xlsx", "import-xlsx", "export-csv", "import-csv", "coverage", "schema", "fallback-html", "first-lists"];

/// The usage lines of the editor commands.
pub const USAGE: &str = "  preventiewijzer export-xlsx --out FILE [--catalogue DIR]
  preventiewijzer import-xlsx FILE [--catalogue DIR] [--national DIR]
  preventiewijzer export-csv [--catalogue DIR] [--out FILE] [--semicolon]
  preventiewijzer import-csv FILE [--catalogue DIR] [--national DIR]
  preventiewijzer coverage   [--catalogue DIR] [--html]
  preventiewijzer schema     [--catalogue DIR]
  preventiewijzer fallback-html [--catalogue DIR] [--out FILE]
  preventiewijzer first-lists [--catalogue DIR] --out DIR";

/// Runs one editor command (`command` is one of [`COMMANDS`]) with its arguments. Results go to
/// `out`, catalogue errors (one `file:line: field: message` per line), warnings and notes to
/// `err`; the returned `Err` is the one-line summary of what failed.
pub fn run(command: &str, args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> Result<ExitCode, String> {
    let a = Args::parse(command, args)?;
    let io = |e: std::io::Error| format!("cannot write the output: {e}");
    match command {
        "export-csv" => {
            let separator = if a.semicolon { b';' } else { b',' };
            let exported = csv::export_with(&a.catalogue, separator).map_err(|errors| report(err, &errors, &a.catalogue))?;
            for warning in &exported.warnings {
                writeln!(err, "warning: {warning}").map_err(io)?;
            }
            match &a.out {
                Some(path) => {
                    std::fs::write(path, &exported.csv).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                    writeln!(err, "wrote {} materials to {}", exported.rows, path.display()).map_err(io)?;
                }
                None => out.write_all(exported.csv.as_bytes()).map_err(io)?,
            }
        }
        "export-xlsx" => {
            let path = a.out.as_ref().ok_or_else(|| format!("export-xlsx needs --out FILE.xlsx (a workbook is not text)\nusage:\n{USAGE}"))?;
            let exported = xlsx::export(&a.catalogue).map_err(|errors| report(err, &errors, &a.catalogue))?;
            for warning in &exported.warnings {
                writeln!(err, "warning: {warning}").map_err(io)?;
            }
            std::fs::write(path, &exported.xlsx).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            writeln!(err, "wrote {} materials to {}", exported.rows, path.display()).map_err(io)?;
        }
        "import-csv" | "import-xlsx" => {
            let file = a.file.as_ref().ok_or_else(|| format!("{command} needs the file to import\nusage:\n{USAGE}"))?;
            let imported =
                if command == "import-csv" { csv::import_into(file, &a.catalogue, &a.national) } else { xlsx::import_into(file, &a.catalogue, &a.national) };
            let imported = imported.map_err(|errors| {
                for e in &errors {
                    let _ = writeln!(err, "{e}");
                }
                format!("{} error(s) in {}; nothing was written to {}", errors.len(), file.display(), a.catalogue.display())
            })?;
            writeln!(
                out,
                "{}: {} rows, {} files written, {} unchanged",
                file.display(),
                imported.rows,
                imported.written.len(),
                imported.rows - imported.written.len()
            )
            .map_err(io)?;
            for path in &imported.written {
                writeln!(out, "  wrote {}", path.display()).map_err(io)?;
            }
            if !imported.not_in_file.is_empty() {
                writeln!(
                    err,
                    "note: {} material(s) in {} are not in {} and were left as they are: {}",
                    imported.not_in_file.len(),
                    a.catalogue.join("materials").display(),
                    file.display(),
                    imported.not_in_file.join(", ")
                )
                .map_err(io)?;
            }
        }
        "coverage" => {
            let c = load(&a.catalogue, err)?;
            let cov = coverage::Coverage::of(&c);
            let text = if a.html { cov.html() } else { cov.text() };
            out.write_all(text.as_bytes()).map_err(io)?;
        }
        "fallback-html" => {
            let html = fallback::html(&load(&a.catalogue, err)?);
            match &a.out {
                Some(path) => std::fs::write(path, html).map_err(|e| format!("cannot write {}: {e}", path.display()))?,
                None => out.write_all(html.as_bytes()).map_err(io)?,
            }
        }
        "first-lists" => {
            let dir = a.out.ok_or("first-lists needs --out DIR")?;
            let c = load(&a.catalogue, err)?;
            let engine = preventiewijzer_engine::Engine::open(preventiewijzer_indexer::build(&c).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
            for (name, html) in first::lists(&engine, first::today()) {
                let path = dir.join(name);
                std::fs::write(&path, html).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            }
        }
        "schema" => {
            let vocabulary = schema::vocabulary(&a.catalogue).map_err(|errors| report(err, &errors, &a.catalogue))?;
            out.write_all(schema::json(&vocabulary).as_bytes()).map_err(io)?;
        }
        other => return Err(format!("unknown editor command `{other}`")),
    }
    Ok(ExitCode::SUCCESS)
}

/// Loads and validates the catalogue, printing every error.
fn load(dir: &Path, err: &mut dyn Write) -> Result<Catalogue, String> {
    catalogue::load(dir).map_err(|errors| report(err, &errors, dir))
}

fn report(err: &mut dyn Write, errors: &[CatalogueError], dir: &Path) -> String {
    for e in errors {
        let _ = writeln!(err, "{e}");
    }
    format!("{} error(s) in the catalogue at {}", errors.len(), dir.display())
}

/// The flags of the editor commands. Every command takes `--catalogue DIR`; the others only
/// where they mean something.
struct Args {
    catalogue: PathBuf,
    out: Option<PathBuf>,
    html: bool,
    semicolon: bool,
    file: Option<PathBuf>,
    /// For an import into a local catalogue folder: the national catalogue it is checked against.
    national: PathBuf,
}

impl Args {
    fn parse(command: &str, args: &[String]) -> Result<Args, String> {
        let mut a = Args { catalogue: PathBuf::from("catalogue"), out: None, html: false, semicolon: false, file: None, national: PathBuf::from("catalogue") };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            let mut value = || it.next().cloned().ok_or_else(|| format!("{arg} needs a value"));
            match (command, arg.as_str()) {
                (_, "--catalogue") => a.catalogue = PathBuf::from(value()?),
                ("export-csv" | "export-xlsx" | "fallback-html" | "first-lists", "--out") => a.out = Some(PathBuf::from(value()?)),
                ("coverage", "--html") => a.html = true,
                ("import-csv" | "import-xlsx", "--national") => a.national = PathBuf::from(value()?),
                ("export-csv", "--semicolon") => a.semicolon = true,
                ("import-csv" | "import-xlsx", file) if !file.starts_with("--") && a.file.is_none() => a.file = Some(PathBuf::from(file)),
                (_, flag) if flag.starts_with("--") => return Err(format!("unknown option `{flag}` for {command}\nusage:\n{USAGE}")),
                (_, word) => return Err(format!("unexpected argument `{word}` for {command}\nusage:\n{USAGE}")),
            }
        }
        Ok(a)
    }
}

//! Editor tools (native only, never in the widget): spreadsheet round trips of the materials,
//! as a workbook ([`xlsx`]) or CSV ([`csv`]), sharing the rows of a catalogue ([`export`]), one
//! table ([`sheet`]), one canonical file format ([`canonical`]) and one set of character-set
//! checks ([`encoding`]) (these three in `preventiewijzer_sheets`, shared with the studio page),
//! and one all-or-nothing write ([`import`]); the coverage matrix that shows where prevention material is missing
//! ([`coverage`]), the JSON Schema of a material file ([`schema`]) and the list of materials to
//! check again ([`stale`], behind `check --stale`).
//!
//! Their commands and flags are [`Tool`] (`preventiewijzer --help` lists them).
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

use clap::{Args, Subcommand};

use crate::catalogue::{self, Catalogue, CatalogueError};
use crate::cli::CatalogueDir;

/// The editor commands of `preventiewijzer`, with their flags (clap; their doc comments are the
/// help text).
#[derive(Subcommand, Debug)]
pub enum Tool {
    /// All materials as a workbook, with drop-down lists
    ExportXlsx {
        #[command(flatten)]
        catalogue: CatalogueDir,
        /// The workbook to write (a workbook is not text: it never goes to stdout)
        #[arg(long, value_name = "FILE.xlsx", required = true)]
        out: PathBuf,
    },
    /// Workbook rows (.xlsx, .ods) back into DIR/materials/<id>.toml; DIR may be a local
    /// catalogue folder (with regions.toml), then checked with the national one
    ImportXlsx(Import),
    /// All materials as one CSV file (UTF-8 with byte-order mark)
    ExportCsv {
        #[command(flatten)]
        catalogue: CatalogueDir,
        /// The file to write [default: stdout]
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Separate by semicolons (Dutch Excel) instead of commas
        #[arg(long)]
        semicolon: bool,
    },
    /// CSV rows (comma or semicolon separated, UTF-8) back into DIR/materials/<id>.toml; DIR may
    /// be a local catalogue folder (with regions.toml), then checked with the national one
    ImportCsv(Import),
    /// Topics × audiences and × risk groups: where prevention material is missing
    Coverage {
        #[command(flatten)]
        catalogue: CatalogueDir,
        /// As an HTML table instead of text
        #[arg(long)]
        html: bool,
    },
    /// The JSON Schema of a material file (catalogue/material.schema.json)
    Schema {
        #[command(flatten)]
        catalogue: CatalogueDir,
    },
    /// The static list of materials and helplines shown when the widget cannot start
    FallbackHtml {
        #[command(flatten)]
        catalogue: CatalogueDir,
        /// The file to write [default: stdout]
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// The widget's first view per profile (language × one or no audience), prerendered: one
    /// preventiewijzer-first-<lang>[-<audience>].html per profile in DIR
    FirstLists {
        #[command(flatten)]
        catalogue: CatalogueDir,
        /// The folder to write the views into
        #[arg(long, value_name = "DIR", required = true)]
        out: PathBuf,
    },
}

/// The flags of `import-csv` and `import-xlsx`.
#[derive(Args, Debug)]
pub struct Import {
    /// The file to import
    #[arg(value_name = "FILE")]
    file: PathBuf,
    #[command(flatten)]
    catalogue: CatalogueDir,
    /// For a local catalogue folder: the national catalogue it is checked against
    #[arg(long, value_name = "DIR", default_value = "catalogue")]
    national: PathBuf,
}

/// Runs one editor command. Results go to `out`, catalogue errors (one `file:line: field:
/// message` per line), warnings and notes to `err`; the returned `Err` is the one-line summary
/// of what failed.
pub fn run(tool: &Tool, out: &mut dyn Write, err: &mut dyn Write) -> Result<ExitCode, String> {
    let io = |e: std::io::Error| format!("cannot write the output: {e}");
    match tool {
        Tool::ExportCsv { catalogue: CatalogueDir { dir }, out: to, semicolon } => {
            let separator = if *semicolon { b';' } else { b',' };
            let exported = csv::export_with(dir, separator).map_err(|errors| report(err, &errors, dir))?;
            for warning in &exported.warnings {
                writeln!(err, "warning: {warning}").map_err(io)?;
            }
            match to {
                Some(path) => {
                    std::fs::write(path, &exported.csv).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                    writeln!(err, "wrote {} materials to {}", exported.rows, path.display()).map_err(io)?;
                }
                None => out.write_all(exported.csv.as_bytes()).map_err(io)?,
            }
        }
        Tool::ExportXlsx { catalogue: CatalogueDir { dir }, out: path } => {
            let exported = xlsx::export(dir).map_err(|errors| report(err, &errors, dir))?;
            for warning in &exported.warnings {
                writeln!(err, "warning: {warning}").map_err(io)?;
            }
            std::fs::write(path, &exported.xlsx).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            writeln!(err, "wrote {} materials to {}", exported.rows, path.display()).map_err(io)?;
        }
        Tool::ImportCsv(Import { file, catalogue: CatalogueDir { dir }, national })
        | Tool::ImportXlsx(Import { file, catalogue: CatalogueDir { dir }, national }) => {
            let imported = if matches!(tool, Tool::ImportCsv(_)) { csv::import_into(file, dir, national) } else { xlsx::import_into(file, dir, national) };
            let imported = imported.map_err(|errors| {
                for e in &errors {
                    let _ = writeln!(err, "{e}");
                }
                format!("{} error(s) in {}; nothing was written to {}", errors.len(), file.display(), dir.display())
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
                    dir.join("materials").display(),
                    file.display(),
                    imported.not_in_file.join(", ")
                )
                .map_err(io)?;
            }
        }
        Tool::Coverage { catalogue: CatalogueDir { dir }, html } => {
            let c = load(dir, err)?;
            let cov = coverage::Coverage::of(&c);
            let text = if *html { cov.html() } else { cov.text() };
            out.write_all(text.as_bytes()).map_err(io)?;
        }
        Tool::FallbackHtml { catalogue: CatalogueDir { dir }, out: to } => {
            let html = fallback::html(&load(dir, err)?);
            match to {
                Some(path) => std::fs::write(path, html).map_err(|e| format!("cannot write {}: {e}", path.display()))?,
                None => out.write_all(html.as_bytes()).map_err(io)?,
            }
        }
        Tool::FirstLists { catalogue: CatalogueDir { dir }, out: to } => {
            let c = load(dir, err)?;
            let engine = preventiewijzer_engine::Engine::open(preventiewijzer_indexer::build(&c).map_err(|e| e.to_string())?, c).map_err(|e| e.to_string())?;
            for (name, html) in first::lists(&engine) {
                let path = to.join(name);
                std::fs::write(&path, html).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            }
        }
        Tool::Schema { catalogue: CatalogueDir { dir } } => {
            let vocabulary = schema::vocabulary(dir).map_err(|errors| report(err, &errors, dir))?;
            out.write_all(schema::json(&vocabulary).as_bytes()).map_err(io)?;
        }
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

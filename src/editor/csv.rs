//! The CSV round trip of the materials, for editing the catalogue in a spreadsheet.
//!
//! [`export`] writes the rows of [`super::export`] as CSV: UTF-8 with a byte-order mark (so that
//! Excel and LibreOffice read it as UTF-8 on a double-click), comma-separated, RFC 4180 quoting,
//! `\r\n` between rows. [`import`] reads what a spreadsheet saves back with [`read`]
//! (`preventiewijzer_sheets::csv`, shared with the studio page: comma, semicolon or tab, UTF-8
//! only, damaged text refused naming file, line and field); the rows then go through
//! [`super::import::apply`]: all files validated before any is written, byte-identical when
//! nothing changed.

use std::path::Path;

use super::import::{self, Imported};
use super::sheet::columns;
use crate::catalogue::CatalogueError;

pub use super::canonical::{leading_comment, toml_text, FIELDS};
pub use super::sheet::{COMMENT, SEPARATOR};
pub use preventiewijzer_sheets::csv::{read, BOM};

/// The CSV of a whole catalogue.
#[derive(Debug, Clone)]
pub struct Exported {
    /// The file's text, starting with [`BOM`].
    pub csv: String,
    /// Number of materials (rows after the header).
    pub rows: usize,
    /// Files that are valid but not in the canonical format (an import would reformat them).
    pub warnings: Vec<String>,
}

/// Exports the valid catalogue `dir` as comma-separated CSV, one row per material (sorted by
/// id); fails as [`super::export::rows`] does.
pub fn export(dir: &Path) -> Result<Exported, Vec<CatalogueError>> {
    export_with(dir, b',')
}

/// [`export`] with another separator: `b';'` is what Excel with Dutch regional settings
/// expects when it opens a CSV with a double-click.
pub fn export_with(dir: &Path, separator: u8) -> Result<Exported, Vec<CatalogueError>> {
    let exported = super::export::rows(dir)?;
    let mut w = ::csv::WriterBuilder::new().delimiter(separator).terminator(::csv::Terminator::CRLF).from_writer(Vec::new());
    w.write_record(columns()).expect("writing to memory");
    for row in &exported.rows {
        w.write_record(row).expect("writing to memory");
    }
    let body = String::from_utf8(w.into_inner().expect("writing to memory")).expect("the CSV of UTF-8 strings is UTF-8");
    Ok(Exported { csv: format!("{BOM}{body}"), rows: exported.rows.len(), warnings: exported.warnings })
}

/// Imports the CSV `file` into the catalogue `dir` (see [`import::apply`]); on any error nothing
/// is written and every error comes back as `FILE.csv:LINE: field: message`.
pub fn import(file: &Path, dir: &Path) -> Result<Imported, Vec<CatalogueError>> {
    import_into(file, dir, Path::new("catalogue"))
}

/// [`import`] into `dir`, which may be a local catalogue folder checked against `national`.
pub fn import_into(file: &Path, dir: &Path, national: &Path) -> Result<Imported, Vec<CatalogueError>> {
    import::import_sheet(file, dir, national, read)
}

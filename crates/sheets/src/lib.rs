//! Spreadsheet files of materials, read into catalogue files with no file system, so that the
//! CLI (`import-csv`, `import-xlsx`) and the studio page (wasm) import them with the same code:
//! bytes → [`sheet::Table`] ([`csv::read`], [`xlsx::read`]) → [`sheet::Row`]s ([`sheet::rows`])
//! → the canonical text of each material file ([`canonical::toml_text`]), with the character-set
//! checks of [`encoding`]. Validity is decided by the catalogue's own validation afterwards;
//! [`row_of`] names a row's line in what it reports.

pub mod canonical;
pub mod csv;
pub mod encoding;
pub mod sheet;
pub mod xlsx;

use std::path::Path;

use preventiewijzer_model::CatalogueError;
use sheet::{Row, Table};

/// How a spreadsheet format reads a file's bytes into a [`Table`] ([`csv::read`], [`xlsx::read`]).
pub type Reader = fn(&Path, &[u8]) -> Result<(Table, Vec<CatalogueError>), Vec<CatalogueError>>;

/// The material rows of the spreadsheet `file` (it only names the file in errors), read from
/// `bytes` by `read`. A file that cannot be read at all, or has a bad header, is an `Err`; errors
/// in single rows come back beside the rows that are fine.
#[allow(clippy::type_complexity)]
pub fn read_rows(file: &Path, bytes: &[u8], read: Reader) -> Result<(Vec<Row>, Vec<CatalogueError>), Vec<CatalogueError>> {
    let (table, mut errors) = read(file, bytes)?;
    let (rows, row_errors) = sheet::rows(file, &table)?;
    errors.extend(row_errors);
    Ok((rows, errors))
}

/// The reader for a file named `name`, by its extension: workbooks (`.xlsx`, `.ods`, `.xls`,
/// `.xlsb`) or CSV (`.csv`, `.txt`, `.tsv`); `None` for anything else.
pub fn reader_for(name: &str) -> Option<Reader> {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "xlsx" | "ods" | "xls" | "xlsb" | "xlsm" => Some(xlsx::read),
        "csv" | "tsv" | "txt" => Some(csv::read),
        _ => None,
    }
}

/// The line of the row that made the material file `materials/<id>.toml` (`rel`, relative to the
/// catalogue folder), when that file came from `rows`: a validation error about the file is then
/// an error about that line of the spreadsheet.
pub fn row_of(rows: &[Row], rel: &Path) -> Option<usize> {
    if rel.parent() != Some(Path::new("materials")) || rel.extension().is_none_or(|x| x != "toml") {
        return None;
    }
    let id = rel.file_stem()?.to_str()?;
    rows.iter().find(|r| r.material.id == id).map(|r| r.line)
}

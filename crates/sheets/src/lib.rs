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
/// `.xlsb`) or CSV (`.csv`, `.tsv`); `None` for anything else (a dropped folder's notes stay notes).
pub fn reader_for(name: &str) -> Option<Reader> {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "xlsx" | "ods" | "xls" | "xlsb" | "xlsm" => Some(xlsx::read),
        "csv" | "tsv" => Some(csv::read),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reader_follows_the_extension_and_only_material_files_have_a_row() {
        // Told apart by what they do: the workbook reader refuses text.
        let text = b"id,title\nx,y\n";
        assert!(reader_for("Materialen.CSV").unwrap()(Path::new("m.csv"), text).is_ok());
        assert!(reader_for("lijst.xlsx").unwrap()(Path::new("m.xlsx"), text).is_err());
        assert!(reader_for("regions.toml").is_none() && reader_for("README").is_none());
        let table = |id: &str| sheet::Table {
            header: sheet::columns().iter().map(|c| c.to_string()).collect(),
            rows: vec![sheet::TableRow { line: 4, cells: sheet::columns().iter().map(|c| if *c == "id" { id.to_string() } else { String::new() }).collect() }],
        };
        let (rows, _) = sheet::rows(Path::new("m.csv"), &table("a-b")).unwrap();
        assert_eq!(row_of(&rows, Path::new("materials/a-b.toml")), Some(4));
        assert_eq!(row_of(&rows, Path::new("materials/c.toml")), None);
        assert_eq!(row_of(&rows, Path::new("helplines.toml")), None);
        assert_eq!(row_of(&rows, Path::new("x/a-b.toml")), None);
    }
}

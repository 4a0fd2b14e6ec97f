//! Reading a workbook of materials (`.xlsx`, and what calamine reads besides: `.ods`, `.xls`,
//! `.xlsb`): [`read`] returns the table of its [`MATERIALS`] sheet (or its first sheet) from the
//! file's bytes, with cells as the CLI's `editor::xlsx` export wrote them. It touches no file.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader};

use super::sheet::{Table, TableRow};
use preventiewijzer_model::CatalogueError;

/// The sheet with one row per material.
pub const MATERIALS: &str = "materialen";

/// The table of the [`MATERIALS`] sheet (or the first sheet) of a workbook's bytes (`file` only
/// names it in errors); a line is a sheet row number. Cells that cannot be text (an error value,
/// a time) come back as errors beside the table.
#[allow(clippy::type_complexity)]
pub fn read(file: &Path, bytes: &[u8]) -> Result<(Table, Vec<CatalogueError>), Vec<CatalogueError>> {
    let fail = |line: usize, message: String| vec![CatalogueError::new(file, line, "", message)];
    if !bytes.starts_with(b"PK\x03\x04") && !bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(fail(1, "is not a workbook (.xlsx, .ods); a CSV file is imported with import-csv".into()));
    }
    let mut book =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| fail(1, format!("cannot be read as a workbook (.xlsx, .ods, .xls): {e}")))?;
    let names = book.sheet_names();
    let name = names.iter().find(|n| *n == MATERIALS).or(names.first()).cloned().ok_or_else(|| fail(1, "has no sheets".into()))?;
    let range = book.worksheet_range(&name).map_err(|e| fail(1, format!("sheet {name}: cannot be read: {e}")))?;
    let Some((top, _)) = range.start() else {
        return Err(fail(1, format!("sheet {name} is empty (expected a header row)")));
    };
    let mut table = Table::default();
    let mut errors = Vec::new();
    for (i, cells) in range.rows().enumerate() {
        let line = usize::try_from(top).unwrap_or(usize::MAX).saturating_add(i + 1);
        let mut row = Vec::with_capacity(cells.len());
        for (c, cell) in cells.iter().enumerate() {
            row.push(text(cell).unwrap_or_else(|why| {
                let field = table.header.get(c).map_or("", String::as_str);
                errors.push(CatalogueError::new(file, line, field, why));
                String::new()
            }));
        }
        if i == 0 {
            // The range is as wide as the widest row; the header ends at its last name.
            let width = row.iter().rposition(|h| !h.trim().is_empty()).map_or(0, |p| p + 1);
            row.truncate(width);
            table.header = row;
            continue;
        }
        // Empty cells right of the header are not part of the table; filled ones are an error.
        let width = table.header.len().max(row.iter().rposition(|c| !c.trim().is_empty()).map_or(0, |p| p + 1));
        row.truncate(width);
        table.rows.push(TableRow { line, cells: row });
    }
    Ok((table, errors))
}

/// The text of a cell as the export wrote it: numbers without `.0`, dates as `YYYY-MM-DD`.
fn text(cell: &Data) -> Result<String, String> {
    Ok(match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) if d.is_datetime() && d.as_f64().fract() == 0.0 => {
            let (year, month, day, ..) = d.to_ymd_hms_milli();
            format!("{year:04}-{month:02}-{day:02}")
        }
        Data::DateTime(_) => return Err("is a time or a date with a time; write a date as 2026-01-31".into()),
        Data::Error(e) => return Err(format!("shows the spreadsheet error {e}; write a value instead")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_become_the_text_the_export_wrote() {
        use calamine::{ExcelDateTime, ExcelDateTimeType};
        assert_eq!(text(&Data::Float(12.0)), Ok("12".into()));
        assert_eq!(text(&Data::Float(12.5)), Ok("12.5".into()));
        assert_eq!(text(&Data::Bool(true)), Ok("true".into()));
        // 2026-01-31 is day 46053 after Excel's epoch.
        assert_eq!(text(&Data::DateTime(ExcelDateTime::new(46053.0, ExcelDateTimeType::DateTime, false))), Ok("2026-01-31".into()));
        assert!(text(&Data::DateTime(ExcelDateTime::new(46053.5, ExcelDateTimeType::DateTime, false))).is_err());
        assert!(text(&Data::Error(calamine::CellErrorType::NA)).unwrap_err().contains("#N/A"));
    }
}

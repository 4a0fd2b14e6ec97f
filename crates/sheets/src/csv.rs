//! Reading a materials CSV: what a spreadsheet saves back, comma, semicolon (the Dutch "CSV
//! (puntkomma-gescheiden)") or tab separated, recognised from the header; UTF-8 with or without a
//! byte-order mark only ([`super::encoding`] says why Windows-1252 is refused). [`read`] turns the
//! bytes into a [`Table`]; text a spreadsheet damaged is refused later, naming file, line and
//! field ([`super::sheet::rows`]). The CLI's `editor::csv` writes the CSV and imports it.

use std::path::Path;

use super::encoding::{self, NotUtf8};
use super::sheet::{columns, Table, TableRow};
use preventiewijzer_model::CatalogueError;

/// The UTF-8 byte-order mark the export starts with.
pub const BOM: char = '\u{FEFF}';

/// The table of a CSV file's bytes (`file` only names it in errors). Errors in single records
/// come back beside the table; a file that is not UTF-8 text, or empty, is an `Err`.
#[allow(clippy::type_complexity)]
pub fn read(file: &Path, bytes: &[u8]) -> Result<(Table, Vec<CatalogueError>), Vec<CatalogueError>> {
    let text = match encoding::decode(bytes) {
        Ok(text) => text,
        Err(NotUtf8::Workbook) => {
            return Err(vec![CatalogueError::new(file, 1, "", "is a workbook (.xlsx or .ods), not CSV text: import it with import-xlsx")])
        }
        Err(NotUtf8::Utf16) => return Err(vec![CatalogueError::new(file, 1, "", "is UTF-16 (\"Unicode\") text: save it as CSV with character set UTF-8")]),
        Err(NotUtf8::Windows1252(decoded)) => return Err(vec![windows_1252(file, &decoded)]),
        Err(NotUtf8::Unknown { offset }) => {
            let line = 1 + bytes[..offset.min(bytes.len())].iter().filter(|b| **b == b'\n').count();
            return Err(vec![CatalogueError::new(
                file,
                line,
                "",
                "is not UTF-8 text (nor Windows-1252): save it as CSV with character set UTF-8; nothing was imported",
            )]);
        }
    };
    let (table, errors) = parse(file, text);
    if table.header.is_empty() {
        return Err(vec![CatalogueError::new(file, 1, "", "is empty (expected a header row)")]);
    }
    Ok((table, errors))
}

/// Splits UTF-8 text into a table, with the separator that makes the most header cells known
/// column names (comma first when they tie).
fn parse(file: &Path, text: &str) -> (Table, Vec<CatalogueError>) {
    let bytes = text.as_bytes();
    let reader = |separator: u8| ::csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(separator).from_reader(bytes);
    let allowed = columns();
    let known = |separator: u8| reader(separator).records().next().and_then(Result::ok).map_or(0, |h| h.iter().filter(|c| allowed.contains(&c.trim())).count());
    let separator = [b',', b';', b'\t'].into_iter().fold((b',', 0), |best, s| if known(s) > best.1 { (s, known(s)) } else { best }).0;
    let mut table = Table::default();
    let mut errors = Vec::new();
    for (i, record) in reader(separator).records().enumerate() {
        match record {
            Ok(r) if i == 0 => table.header = r.iter().map(str::to_string).collect(),
            Ok(r) => table.rows.push(TableRow { line: r.position().map_or(0, |p| line_at(bytes, p.byte())), cells: r.iter().map(str::to_string).collect() }),
            Err(e) => errors.push(CatalogueError::new(file, e.position().map_or(1, |p| line_at(bytes, p.byte())), "", e.to_string())),
        }
    }
    (table, errors)
}

/// The error for a Windows-1252 file, naming the first cell that shows it.
fn windows_1252(file: &Path, decoded: &str) -> CatalogueError {
    let (table, _) = parse(file, decoded);
    let header_row = TableRow { line: 1, cells: table.header.clone() };
    let cells = std::iter::once(&header_row).chain(&table.rows).flat_map(|r| r.cells.iter().enumerate().map(move |(i, c)| (r.line, i, c)));
    let affected: Vec<(usize, usize, &String)> = cells.filter(|(_, _, c)| !c.is_ascii()).collect();
    let (line, column, cell) = affected.first().copied().unwrap_or((1, 0, &table.header[0]));
    let field = if line == 1 { "" } else { table.header.get(column).map_or("", String::as_str) };
    let chars: Vec<char> = cell.chars().collect();
    let first = chars.iter().position(|c| !c.is_ascii()).unwrap_or(0);
    let shown: String = chars[first.saturating_sub(30)..].iter().take(60).collect();
    CatalogueError::new(
        file,
        line,
        field,
        format!(
            "the file is Windows-1252 (\"ANSI\") text, not UTF-8; read that way this cell says `{shown}` ({} cell(s) have such letters). \
             Nothing was imported: a program that saves Windows-1252 has already turned every character that code page lacks into `?`, \
             and other code pages give the same bytes other letters. Save the file as UTF-8 (Excel: \"CSV UTF-8 (door komma's \
             gescheiden)\"; LibreOffice: \"Filterinstellingen bewerken\", character set \"Unicode (UTF-8)\"), or use the .xlsx export",
            affected.len()
        ),
    )
}

/// The 1-based line of the record that starts at or after byte `offset` (the csv crate's own
/// line numbers are one short after a `\r\n`, whose `\n` it counts only with the next record).
fn line_at(bytes: &[u8], offset: u64) -> usize {
    let mut start = usize::try_from(offset).unwrap_or(usize::MAX).min(bytes.len());
    while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
        start += 1;
    }
    let before = &bytes[..start];
    let lone_cr = before.windows(2).filter(|w| w[0] == b'\r' && w[1] != b'\n').count() + usize::from(before.last() == Some(&b'\r'));
    1 + before.iter().filter(|b| **b == b'\n').count() + lone_cr
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_named_by_the_line_they_start_on() {
        for (csv, lines) in [("h\na\nb\n", [1, 2, 3]), ("h\r\na\r\nb\r\n", [1, 2, 3]), ("h\r\n\"a\r\nstill a\"\r\nb\r\n", [1, 2, 4]), ("h\ra\rb\r", [1, 2, 3])]
        {
            let mut reader = ::csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes());
            let got: Vec<usize> = reader.records().map(|r| line_at(csv.as_bytes(), r.unwrap().position().unwrap().byte())).collect();
            assert_eq!(got, lines, "{csv:?}");
        }
    }
}

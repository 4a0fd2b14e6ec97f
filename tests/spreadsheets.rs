//! What spreadsheets do to the exported files, made by hand (no spreadsheet program needed;
//! `tests/spreadsheet_libreoffice.rs` does the same with a real LibreOffice): a CSV with a
//! byte-order mark, semicolons, Windows-1252 bytes and double-encoded text; the workbook round
//! trip and the cells a spreadsheet types (dates, booleans, numbers).

mod support;

use std::path::Path;

use support::{assert_recreates_the_shipped_files, cli, files, s, shipped_copy};

fn exported_csv(dir: &Path) -> String {
    let (code, csv, err) = cli(&["export-csv", "--catalogue", s(dir)]);
    assert_eq!(code, 0, "{err}");
    csv
}

#[test]
fn the_csv_starts_with_a_byte_order_mark_and_ja_nee() {
    let csv = exported_csv(&shipped_copy());
    assert!(csv.starts_with("\u{FEFF}id,title,summary,"), "{}", &csv[..40]);
    let mut rdr = csv::Reader::from_reader(csv.trim_start_matches('\u{FEFF}').as_bytes());
    let col = rdr.headers().unwrap().iter().position(|h| h == "parents_involved").unwrap();
    let values: std::collections::BTreeSet<String> = rdr.records().map(|r| r.unwrap()[col].to_string()).collect();
    assert_eq!(values.into_iter().collect::<Vec<_>>(), ["", "ja", "nee"], "spreadsheets keep ja/nee as text, unlike true/false");
}

#[test]
fn a_semicolon_csv_without_byte_order_mark_imports_byte_identical() {
    let dir = shipped_copy();
    let csv = exported_csv(&dir);
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).from_reader(csv.trim_start_matches('\u{FEFF}').as_bytes());
    let mut w = csv::WriterBuilder::new().delimiter(b';').quote_style(csv::QuoteStyle::Always).from_writer(Vec::new());
    for r in rdr.records() {
        w.write_record(&r.unwrap()).unwrap();
    }
    let semicolons = dir.join("puntkomma.csv");
    std::fs::write(&semicolons, w.into_inner().unwrap()).unwrap();
    assert_recreates_the_shipped_files("import-csv", &semicolons);
}

#[test]
fn double_encoded_text_is_refused_naming_line_and_field_and_nothing_is_written() {
    let dir = shipped_copy();
    let csv = exported_csv(&dir);
    // What a spreadsheet saves after reading the UTF-8 file as Windows-1252, in two cells.
    let broken = csv.replacen("11vb – signaleringsmethode", "11vb â€“ signaleringsmethode", 1).replacen("ideeën", "ideeÃ«n", 1);
    assert_ne!(broken, csv);
    let file = dir.join("mojibake.csv");
    std::fs::write(&file, &broken).unwrap();
    let line_of = |needle: &str| broken.split("\r\n").position(|l| l.contains(needle)).unwrap() + 1;
    let before = files(&dir.join("materials"));
    let (code, _, err) = cli(&["import-csv", s(&file), "--catalogue", s(&dir)]);
    assert_eq!(code, 1, "{err}");
    let at = |needle: &str, field: &str| format!("{}:{}: {field}: looks double-encoded: ", file.display(), line_of(needle));
    assert!(err.contains(&format!("{}`â€“` is `–` read as Windows-1252", at("â€“", "title"))), "{err}");
    assert!(err.contains(&format!("{}`Ã«` is `ë` read as Windows-1252", at("Ã«", "summary"))), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert!(files(&dir.join("materials")) == before, "the catalogue must be untouched");
}

#[test]
fn a_windows_1252_csv_is_recognised_and_refused_naming_a_cell() {
    let dir = shipped_copy();
    let csv = exported_csv(&dir);
    // Every character of the shipped catalogue exists in Windows-1252 (–, …, ë, é, ö, â).
    let ansi: Vec<u8> = csv
        .trim_start_matches('\u{FEFF}')
        .chars()
        .map(|c| match c {
            '–' => 0x96,
            '…' => 0x85,
            c => u8::try_from(u32::from(c)).unwrap_or_else(|_| panic!("{c} is not in the test's small table")),
        })
        .collect();
    let file = dir.join("ansi.csv");
    std::fs::write(&file, &ansi).unwrap();
    let first = csv.trim_start_matches('\u{FEFF}').split("\r\n").position(|l| !l.is_ascii()).unwrap() + 1;
    let before = files(&dir.join("materials"));
    let (code, _, err) = cli(&["import-csv", s(&file), "--catalogue", s(&dir)]);
    assert_eq!(code, 1, "{err}");
    let expected = format!("{}:{first}: title: the file is Windows-1252 (\"ANSI\") text, not UTF-8; read that way this cell says `11vb –", file.display());
    assert!(err.contains(&expected), "missing {expected:?} in:\n{err}");
    assert!(err.contains("Save the file as UTF-8"), "{err}");
    assert!(files(&dir.join("materials")) == before);
}

#[test]
fn a_workbook_is_refused_by_import_csv_and_a_csv_by_import_xlsx() {
    let dir = shipped_copy();
    let xlsx = dir.join("m.xlsx");
    let (code, _, err) = cli(&["export-xlsx", "--catalogue", s(&dir), "--out", s(&xlsx)]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = cli(&["import-csv", s(&xlsx), "--catalogue", s(&dir)]);
    assert_eq!(code, 1);
    assert!(err.contains(&format!("{}:1: is a workbook (.xlsx or .ods), not CSV text: import it with import-xlsx", xlsx.display())), "{err}");
    let csv = dir.join("m.csv");
    std::fs::write(&csv, exported_csv(&dir)).unwrap();
    let (code, _, err) = cli(&["import-xlsx", s(&csv), "--catalogue", s(&dir)]);
    assert_eq!(code, 1);
    assert!(err.contains("is not a workbook (.xlsx, .ods); a CSV file is imported with import-csv"), "{err}");
    let (code, _, err) = cli(&["export-xlsx", "--catalogue", s(&dir)]);
    assert_eq!(code, 1);
    assert!(err.contains("required arguments were not provided:\n  --out <FILE.xlsx>"), "{err}");
}

#[test]
fn export_xlsx_then_import_xlsx_recreates_every_shipped_file() {
    let dir = shipped_copy();
    let xlsx = dir.join("materialen.xlsx");
    let (code, _, err) = cli(&["export-xlsx", "--catalogue", s(&dir), "--out", s(&xlsx)]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "{err}");
    assert_recreates_the_shipped_files("import-xlsx", &xlsx);
}

/// A workbook as a spreadsheet leaves it after typing: a date cell, a boolean, a number, a cell
/// showing an error, a double-encoded title. Written with the same crate as the export.
#[test]
fn typed_cells_become_text_and_damaged_ones_are_named() {
    use calamine::Reader;
    let dir = shipped_copy();
    let xlsx = dir.join("m.xlsx");
    let (code, _, err) = cli(&["export-xlsx", "--catalogue", s(&dir), "--out", s(&xlsx)]);
    assert_eq!(code, 0, "{err}");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    assert_eq!(book.sheet_names(), ["materialen", "keuzelijsten", "uitleg"]);
    let range = book.worksheet_range("materialen").unwrap();
    let header: Vec<String> = range.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    let col = |name: &str| u16::try_from(header.iter().position(|h| h == name).unwrap()).unwrap();
    let row_of = |id: &str| u32::try_from(range.rows().position(|r| r[0] == id).unwrap()).unwrap();
    let lists = book.worksheet_range("keuzelijsten").unwrap();
    assert_eq!(lists.get_value((0, 8)).map(|c| c.to_string()), Some("topics".to_string()), "topics' ids are the fifth list");
    assert!(lists.rows().skip(1).any(|r| r[8] == "sexting"));

    // Rebuild the sheet with typed cells.
    let mut out = rust_xlsxwriter::Workbook::new();
    let sheet = out.add_worksheet().set_name("materialen").unwrap();
    for (r, cells) in range.rows().enumerate() {
        for (c, cell) in cells.iter().enumerate() {
            let (r, c) = (u32::try_from(r).unwrap(), u16::try_from(c).unwrap());
            match cell {
                calamine::Data::Float(f) => sheet.write_number(r, c, *f).map(|_| ()),
                calamine::Data::Empty => Ok(()),
                other => sheet.write_string(r, c, other.to_string()).map(|_| ()),
            }
            .unwrap();
        }
    }
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    let boys = row_of("boys-r-us");
    sheet.write_datetime_with_format(boys, col("last_checked"), rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 11, 24).unwrap(), &date).unwrap();
    let julia = row_of("julia");
    sheet.write_boolean(julia, col("parents_involved"), true).unwrap();
    sheet.write_formula(julia, col("age_max"), rust_xlsxwriter::Formula::new("=1/0").set_result("#DIV/0!")).unwrap();
    let lockers = row_of("lockers");
    sheet.write_string(lockers, col("title"), "Lockers â€“ les").unwrap();
    let typed = dir.join("typed.xlsx");
    out.save(&typed).unwrap();

    let before = files(&dir.join("materials"));
    let (code, _, err) = cli(&["import-xlsx", s(&typed), "--catalogue", s(&dir)]);
    assert_eq!(code, 1, "{err}");
    let at = |row: u32, field: &str| format!("{}:{}: {field}: ", typed.display(), row + 1);
    assert!(err.contains(&format!("{}shows the spreadsheet error #DIV/0!", at(julia, "age_max"))), "{err}");
    assert!(err.contains(&format!("{}looks double-encoded: `â€“` is `–`", at(lockers, "title"))), "{err}");
    assert!(!err.contains("boys-r-us") && !err.contains(&at(boys, "")), "a date cell is read as its date:\n{err}");
    assert!(!err.contains("parents_involved"), "a boolean cell is read as yes/no:\n{err}");
    assert_eq!(err.lines().filter(|l| l.starts_with(s(&typed))).count(), 2, "{err}");
    assert!(files(&dir.join("materials")) == before, "the catalogue must be untouched");
}

#[test]
fn export_csv_semicolon_writes_semicolons_and_imports_byte_identical() {
    let dir = shipped_copy();
    let file = dir.join("excel.csv");
    let (code, _, err) = cli(&["export-csv", "--semicolon", "--catalogue", s(&dir), "--out", s(&file)]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("\u{FEFF}id;title;summary;"), "{}", &text[..40]);
    assert_recreates_the_shipped_files("import-csv", &file);
}

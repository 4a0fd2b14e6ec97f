//! The workbook round trip of the materials (`.xlsx`), for editors who work in Excel or
//! LibreOffice Calc: no character set or separator to get wrong, and drop-down lists.
//!
//! [`export`] writes the table of [`super::sheet`] to the sheet [`MATERIALS`] (header frozen and
//! filterable, every text column formatted as text so a typed `2026-01-31` or `0612` stays as
//! typed), the vocabulary ids with their Dutch labels to the sheet [`LISTS`], and a short
//! explanation to [`HELP`]. Every vocabulary column gets a drop-down of its ids (data
//! validation): a single-value column (`region`, `format`, `cost`, `evidence`) accepts only
//! those, a list column offers them and accepts any text, because a cell may hold several ids
//! joined with `;`, which a spreadsheet list cannot check. `parents_involved` offers ja/nee and
//! the ages accept whole numbers 0–99. The validation is help while typing; the import still
//! checks everything through [`crate::catalogue::load`].
//!
//! [`read`] (in `preventiewijzer_sheets::xlsx`, shared with the studio page) takes the bytes of
//! a workbook and returns the table of its [`MATERIALS`] sheet (or its first sheet).

use std::path::Path;

use rust_xlsxwriter::{DataValidation, DataValidationRule, Format, Formula, Workbook, XlsxError};

use super::export;
use super::import::{self, Imported};
use super::sheet::columns;
use crate::catalogue::{validate, CatalogueError};
use crate::vocabulary::{Facet, Vocabulary};
pub use preventiewijzer_sheets::xlsx::{read, MATERIALS};

/// The sheet with the vocabulary ids the drop-down lists offer.
pub const LISTS: &str = "keuzelijsten";
/// The sheet that explains the other two.
pub const HELP: &str = "uitleg";

/// The vocabulary columns and whether a cell holds one id (`true`) or a list.
const FACETS: [(Facet, bool); 12] = [
    (Facet::Languages, false),
    (Facet::Regions, true),
    (Facet::Audiences, false),
    (Facet::SchoolLevels, false),
    (Facet::Topics, false),
    (Facet::RiskGroups, false),
    (Facet::Stages, false),
    (Facet::Formats, true),
    (Facet::Settings, false),
    (Facet::Costs, true),
    (Facet::EvidenceLevels, true),
    (Facet::Deliverers, false),
];

/// Excel's limit on the characters of one cell.
const CELL_LIMIT: usize = 32_767;

/// The last row a drop-down covers (Excel's last row, 0-based).
const LAST_ROW: u32 = 1_048_575;

/// The workbook of a whole catalogue.
#[derive(Debug, Clone)]
pub struct Exported {
    pub xlsx: Vec<u8>,
    /// Number of materials (rows after the header).
    pub rows: usize,
    /// Files that are valid but not in the canonical format (an import would reformat them).
    pub warnings: Vec<String>,
}

/// Exports the valid catalogue `dir` as a workbook; fails as [`export::rows`] does, or when a
/// cell would be longer than a spreadsheet allows.
pub fn export(dir: &Path) -> Result<Exported, Vec<CatalogueError>> {
    let exported = export::rows(dir)?;
    let mut errors = Vec::new();
    for row in &exported.rows {
        for (field, cell) in columns().into_iter().zip(row) {
            if cell.encode_utf16().count() > CELL_LIMIT {
                let path = dir.join("materials").join(format!("{}.toml", row[0]));
                let line = std::fs::read_to_string(&path).map_or(0, |text| validate::field_line(&text, field));
                errors.push(CatalogueError::new(&path, line, field, format!("is longer than a spreadsheet cell can hold ({CELL_LIMIT} characters)")));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let xlsx = workbook(&exported.rows, &exported.catalogue.vocabulary)
        .map_err(|e| vec![CatalogueError::new(dir, 0, "", format!("cannot make the workbook: {e}"))])?;
    Ok(Exported { xlsx, rows: exported.rows.len(), warnings: exported.warnings })
}

fn workbook(rows: &[Vec<String>], vocabulary: &Vocabulary) -> Result<Vec<u8>, XlsxError> {
    let columns = columns();
    let col = |field: &str| u16::try_from(columns.iter().position(|c| *c == field).expect("a facet field is a column")).expect("33 columns");
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");

    let sheet = book.add_worksheet().set_name(MATERIALS)?;
    for (c, name) in columns.iter().enumerate() {
        let c = u16::try_from(c).expect("33 columns");
        let width = match *name {
            "title" | "source" | "notes" => 40.0,
            "summary" | "summary_en" => 60.0,
            "age_min" | "age_max" | "cost" | "languages" => 10.0,
            _ => 18.0,
        };
        sheet.set_column_width(c, width)?;
        if !name.starts_with("age_") {
            sheet.set_column_format(c, &text)?;
        }
        sheet.write_string_with_format(0, c, *name, &bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (c, (name, cell)) in columns.iter().zip(row).enumerate() {
            let c = u16::try_from(c).expect("33 columns");
            match (name.starts_with("age_"), cell.parse::<u8>()) {
                _ if cell.is_empty() => continue,
                (true, Ok(age)) => sheet.write_number(r, c, f64::from(age))?,
                _ => sheet.write_string_with_format(r, c, cell, &text)?,
            };
        }
    }
    sheet.set_freeze_panes(1, 1)?;
    sheet.autofilter(0, 0, u32::try_from(rows.len()).unwrap_or(u32::MAX), u16::try_from(columns.len() - 1).expect("33 columns"))?;

    // Drop-downs: each facet's ids are a column of the lists sheet.
    for (i, (facet, single)) in FACETS.iter().enumerate() {
        let terms = vocabulary.terms(*facet);
        let list_col = column_letter(2 * i);
        let range = format!("={LISTS}!${list_col}$2:${list_col}${}", terms.len() + 1);
        let field = facet.field();
        let v = DataValidation::new().allow_list_formula(Formula::new(range)).set_input_title(field)?;
        let v = if *single {
            v.set_input_message(format!("Kies één id uit de lijst (blad {LISTS})."))?
                .set_error_title("Onbekende waarde")?
                .set_error_message(format!("Kies een id uit de lijst; de ids en hun betekenis staan op het blad {LISTS}."))?
        } else {
            v.set_input_message(format!("Kies een id uit de lijst (blad {LISTS}). Meer dan één: typ ze achter elkaar met ; ertussen."))?
                .show_error_message(false)
        };
        sheet.add_data_validation(1, col(field), LAST_ROW, col(field), &v)?;
    }
    let yes_no = DataValidation::new()
        .allow_list_strings(&["ja", "nee"])?
        .set_input_title("parents_involved")?
        .set_input_message("Worden ouders betrokken? ja of nee; leeg = onbekend.")?;
    sheet.add_data_validation(1, col("parents_involved"), LAST_ROW, col("parents_involved"), &yes_no)?;
    for age in ["age_min", "age_max"] {
        let v = DataValidation::new()
            .allow_whole_number(DataValidationRule::Between(0, 99))
            .set_input_title(age)?
            .set_input_message("Een leeftijd in hele jaren (0–99); leeg = onbekend.")?;
        sheet.add_data_validation(1, col(age), LAST_ROW, col(age), &v)?;
    }

    let lists = book.add_worksheet().set_name(LISTS)?;
    for (i, (facet, _)) in FACETS.iter().enumerate() {
        let c = u16::try_from(2 * i).expect("24 columns");
        lists.set_column_width(c, 22.0)?;
        lists.set_column_width(c + 1, 30.0)?;
        lists.write_string_with_format(0, c, facet.field(), &bold)?;
        lists.write_string_with_format(0, c + 1, "betekenis", &bold)?;
        for (r, term) in vocabulary.terms(*facet).iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
            lists.write_string(r, c, &term.id)?;
            lists.write_string(r, c + 1, &term.nl)?;
        }
    }
    lists.set_freeze_panes(1, 0)?;

    let help = book.add_worksheet().set_name(HELP)?;
    help.set_column_width(0, 110.0)?;
    for (r, line) in HELP_TEXT.lines().enumerate() {
        help.write_string(u32::try_from(r).expect("a short text"), 0, line)?;
    }
    book.save_to_buffer()
}

/// The explanation sheet, one line per row.
const HELP_TEXT: &str = "Materialen van de Preventiewijzer
Blad materialen: één rij per materiaal. Elke kolom is een veld van het materiaalbestand (catalogue/materials/<id>.toml).
Een lege cel betekent: onbekend. Vul alleen in wat een bron zegt, en zet de bron in de kolom source.
Kolommen met meer waarden (bijvoorbeeld audiences en topics): zet ; tussen de ids, zoals jongeren;ouders.
Bij de kolommen met ids staat een keuzelijst. De ids en wat ze betekenen staan op het blad keuzelijsten.
parents_involved: ja of nee. Leeftijden: hele jaren. Datums: jjjj-mm-dd, zoals 2026-01-31.
Kolom comment: de regels die bovenaan het bestand staan (Source record: …).
Klaar? Bewaar als .xlsx en lees het in met: preventiewijzer import-xlsx BESTAND.xlsx
Bij een fout wordt niets geschreven; de melding noemt bestand, rij en kolom.";

/// `A`, `B`, …, `Z`, `AA`, … for a 0-based column.
fn column_letter(mut c: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(char::from(b'A' + u8::try_from(c % 26).expect("< 26")));
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s.iter().rev().collect()
}

/// Imports the workbook `file` into the catalogue `dir` (see [`import::apply`]); on any error
/// nothing is written and every error comes back as `FILE.xlsx:ROW: field: message`.
pub fn import(file: &Path, dir: &Path) -> Result<Imported, Vec<CatalogueError>> {
    import_into(file, dir, Path::new("catalogue"))
}

/// [`import`] into `dir`, which may be a local catalogue folder checked against `national`.
pub fn import_into(file: &Path, dir: &Path, national: &Path) -> Result<Imported, Vec<CatalogueError>> {
    import::import_sheet(file, dir, national, read)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_go_past_z() {
        let letters: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702].into_iter().map(column_letter).collect();
        assert_eq!(letters, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }
}

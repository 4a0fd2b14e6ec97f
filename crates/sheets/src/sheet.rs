//! The table both spreadsheet formats share: a header of column names and rows of text cells,
//! one row per material.
//!
//! The columns are every field of [`Material`] in file order ([`FIELDS`]), then [`COMMENT`]: the
//! leading `# …` comment lines of the file, one per line of the cell. Lists are joined with `;`;
//! `parents_involved` is `ja` or `nee`; an empty cell is an absent (unknown) value. [`rows`] turns a table read from a CSV or a workbook back
//! into materials, checking only what the table itself decides (the header, ages, yes/no, text
//! that a spreadsheet damaged). Everything else is left to the catalogue's own validation
//! (`catalogue::load` in the CLI's import, `merge_local` in the studio). Nothing here touches the
//! file system; the CLI's `editor::export` makes the rows of a catalogue folder.

use std::collections::HashMap;
use std::path::Path;

use super::canonical::FIELDS;
use super::encoding::{double_encoded, explain_double_encoded, REPLACEMENT};
use preventiewijzer_model::catalogue::{validate, CatalogueError, Material};

/// The extra last column: the file's leading comment lines, without their `# `.
pub const COMMENT: &str = "comment";

/// Between the values of a list in one cell.
pub const SEPARATOR: char = ';';

/// The columns in order: [`FIELDS`], then [`COMMENT`].
pub fn columns() -> Vec<&'static str> {
    FIELDS.iter().copied().chain([COMMENT]).collect()
}

/// A table as read from a file: the header and the rows after it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<TableRow>,
}

/// One row of a [`Table`].
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// What errors name: the 1-based line where a CSV record starts, or a sheet's row number.
    pub line: usize,
    pub cells: Vec<String>,
}

/// One material row of an imported table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The row's [`TableRow::line`].
    pub line: usize,
    pub material: Material,
    /// The leading comment of its file.
    pub comment: String,
}

/// The materials of `table` read from `file` (used only to name it in errors). A bad header is
/// fatal (`Err`); errors in rows come back beside the rows that are fine, so that one run
/// reports as much as it can. Rows whose cells are all empty are skipped.
#[allow(clippy::type_complexity)]
pub fn rows(file: &Path, table: &Table) -> Result<(Vec<Row>, Vec<CatalogueError>), Vec<CatalogueError>> {
    let header: Vec<&str> = table.header.iter().map(|h| h.trim()).collect();
    let allowed = columns();
    let mut errors = Vec::new();
    for (i, name) in header.iter().enumerate() {
        if let Some(why) = damaged(name) {
            errors.push(CatalogueError::new(file, 1, name, why));
        } else if !allowed.contains(name) {
            errors.push(CatalogueError::new(file, 1, name, format!("unknown column (allowed: {})", allowed.join(", "))));
        } else if header[..i].contains(name) {
            errors.push(CatalogueError::new(file, 1, name, "column appears twice"));
        }
    }
    for name in &allowed {
        if !header.contains(name) {
            errors.push(CatalogueError::new(file, 1, name, "column is missing (the header needs every field, as the export writes it)"));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut rows: Vec<Row> = Vec::new();
    for row in &table.rows {
        let line = row.line;
        if row.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if row.cells.len() != header.len() {
            errors.push(CatalogueError::new(file, line, "", format!("has {} cells, the header has {}", row.cells.len(), header.len())));
            continue;
        }
        let cells: HashMap<&str, &str> = header.iter().copied().zip(row.cells.iter().map(String::as_str)).collect();
        let before = errors.len();
        for name in &header {
            if let Some(why) = damaged(cells[name]) {
                errors.push(CatalogueError::new(file, line, name, why));
            }
        }
        if errors.len() > before {
            continue;
        }
        let material = match material_from(&cells) {
            Ok(m) => m,
            Err(errs) => {
                errors.extend(errs.into_iter().map(|(field, message)| CatalogueError::new(file, line, field, message)));
                continue;
            }
        };
        if let Err(why) = validate::check_id(&material.id) {
            errors.push(CatalogueError::new(file, line, "id", why));
            continue;
        }
        if let Some(first) = rows.iter().find(|r| r.material.id == material.id) {
            errors.push(CatalogueError::new(file, line, "id", format!("`{}` is already used by {}:{}", material.id, file.display(), first.line)));
            continue;
        }
        let comment = cells[COMMENT].lines().collect::<Vec<_>>().join("\n");
        rows.push(Row { line, material, comment });
    }
    Ok((rows, errors))
}

/// Why the text of a cell must not enter the catalogue: a spreadsheet read it with the wrong
/// character set.
fn damaged(cell: &str) -> Option<String> {
    if cell.contains(REPLACEMENT) {
        return Some(format!(
            "contains `{REPLACEMENT}`, which a spreadsheet writes where it could not read a character (the file was opened with the \
             wrong character set). Nothing was imported. Export again and open the file with character set \"Unicode (UTF-8)\""
        ));
    }
    double_encoded(cell).map(|(piece, meant)| explain_double_encoded(&piece, &meant))
}

/// A material from the cells of one row (keyed by column name). Only what the table itself
/// decides is checked here (ages must be numbers, yes/no must be yes or no).
fn material_from(cells: &HashMap<&str, &str>) -> Result<Material, Vec<(&'static str, String)>> {
    let text = |f: &str| cells[f].to_string();
    let optional = |f: &str| Some(cells[f]).filter(|v| !v.trim().is_empty()).map(str::to_string);
    let list = |f: &str| -> Vec<String> { cells[f].split(SEPARATOR).map(str::trim).filter(|v| !v.is_empty()).map(str::to_string).collect() };
    let mut errors = Vec::new();
    let mut age = |f: &'static str| -> Option<u8> {
        let v = cells[f].trim();
        if v.is_empty() {
            return None;
        }
        v.parse().map_err(|_| errors.push((f, format!("`{v}` is not an age (write a whole number like 12, or leave the cell empty when unknown)")))).ok()
    };
    let (age_min, age_max) = (age("age_min"), age("age_max"));
    // Spreadsheets may turn `true` into a boolean and write it back as TRUE, or WAAR in Dutch.
    let parents_involved = match cells["parents_involved"].trim().to_lowercase().as_str() {
        "" => None,
        "ja" | "true" | "waar" | "yes" => Some(true),
        "nee" | "false" | "onwaar" | "no" => Some(false),
        _ => {
            let v = cells["parents_involved"].trim();
            errors.push(("parents_involved", format!("`{v}` is not yes or no (write ja or nee, or leave the cell empty when unknown)")));
            None
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Material {
        id: text("id"),
        title: text("title"),
        summary: text("summary"),
        summary_en: optional("summary_en"),
        publisher: optional("publisher"),
        url: optional("url"),
        languages: list("languages"),
        region: text("region"),
        audiences: list("audiences"),
        age_min,
        age_max,
        school_levels: list("school_levels"),
        topics: list("topics"),
        risk_groups: list("risk_groups"),
        stages: list("stages"),
        format: text("format"),
        settings: list("settings"),
        cost: text("cost"),
        cost_note: optional("cost_note"),
        duration: optional("duration"),
        evidence: optional("evidence"),
        evidence_date: optional("evidence_date"),
        evidence_by: optional("evidence_by"),
        evidence_note: optional("evidence_note"),
        delivered_by: list("delivered_by"),
        parents_involved,
        how_to_get: optional("how_to_get"),
        source_url: optional("source_url"),
        keywords: list("keywords"),
        source: text("source"),
        last_checked: text("last_checked"),
        notes: optional("notes"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(header: &[&str], cells: &[&str]) -> Table {
        Table { header: header.iter().map(|h| h.to_string()).collect(), rows: vec![TableRow { line: 7, cells: cells.iter().map(|c| c.to_string()).collect() }] }
    }

    #[test]
    fn a_replacement_character_or_mojibake_in_any_cell_is_refused_with_its_line_and_field() {
        let file = Path::new("m.csv");
        let mut cells = vec![""; columns().len()];
        let col = |name: &str| columns().iter().position(|c| *c == name).unwrap();
        cells[col("id")] = "x";
        cells[col("title")] = "Lang Leve de Liefde \u{FFFD} Bovenbouw";
        cells[col("notes")] = "justitiÃ«le";
        let (rows, errors) = rows(file, &table(&columns(), &cells)).unwrap();
        assert!(rows.is_empty());
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(shown.len(), 2, "{shown:#?}");
        assert!(shown[0].starts_with("m.csv:7: title: contains `\u{FFFD}`"), "{}", shown[0]);
        assert!(shown[1].starts_with("m.csv:7: notes: looks double-encoded: `Ã«` is `ë`"), "{}", shown[1]);
    }

    #[test]
    fn parents_involved_takes_what_spreadsheets_write_for_yes_and_no() {
        let col = |name: &str| columns().iter().position(|c| *c == name).unwrap();
        for (cell, expected) in [("ja", Some(true)), ("TRUE", Some(true)), ("WAAR", Some(true)), ("Nee", Some(false)), ("ONWAAR", Some(false)), ("", None)] {
            let mut cells = vec![""; columns().len()];
            cells[col("id")] = "x";
            cells[col("parents_involved")] = cell;
            let (rows, errors) = rows(Path::new("m.csv"), &table(&columns(), &cells)).unwrap();
            assert!(errors.is_empty(), "{cell}: {errors:?}");
            assert_eq!(rows[0].material.parents_involved, expected, "{cell}");
        }
    }
}

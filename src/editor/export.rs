//! The rows of a whole catalogue folder, one per material, for the CSV and workbook writers
//! ([`super::csv`], [`super::xlsx`]): the cells as `preventiewijzer_sheets::sheet` reads them
//! back, so that export → import gives byte-identical files.

use std::path::Path;

use super::canonical::{leading_comment, toml_text, values, Value, FIELDS};
use super::sheet::SEPARATOR;
use crate::catalogue::{self, validate, Catalogue, CatalogueError};

/// The rows of a whole catalogue, for a writer of one format.
#[derive(Debug, Clone)]
pub struct Exported {
    /// The catalogue (for the vocabulary of a workbook's drop-down lists).
    pub catalogue: Catalogue,
    /// One row of cells per material, sorted by id, in [`super::sheet::columns`] order.
    pub rows: Vec<Vec<String>>,
    /// Files that are valid but not in the canonical format (an import would reformat them).
    pub warnings: Vec<String>,
}

/// The rows of the valid catalogue `dir`. Fails with every catalogue error, or when a value
/// cannot be represented in a cell (a list value that contains `;`, is empty or has spaces
/// around it; an optional text that is only spaces).
pub fn rows(dir: &Path) -> Result<Exported, Vec<CatalogueError>> {
    let catalogue = catalogue::load(dir)?;
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut rows = Vec::with_capacity(catalogue.materials.len());
    for m in &catalogue.materials {
        let path = dir.join("materials").join(format!("{}.toml", m.id));
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                errors.push(CatalogueError::new(&path, 0, "", format!("cannot read the file: {e}")));
                continue;
            }
        };
        let comment = leading_comment(&text);
        if toml_text(m, &comment) != text {
            warnings.push(format!(
                "{}: not in the canonical format (field order, quoting or comments other than the leading ones); an import would rewrite it",
                path.display()
            ));
        }
        let mut row = Vec::with_capacity(FIELDS.len() + 1);
        for (field, value) in values(m) {
            let line = validate::field_line(&text, field);
            row.push(match value {
                Value::Text(t) => t.to_string(),
                Value::Optional(t) => {
                    let t = t.unwrap_or_default();
                    if !t.is_empty() && t.trim().is_empty() {
                        errors.push(CatalogueError::new(&path, line, field, "is only spaces, which a spreadsheet cannot tell from unknown"));
                    }
                    t.to_string()
                }
                Value::Age(age) => age.map(|a| a.to_string()).unwrap_or_default(),
                Value::Flag(flag) => flag.map(|f| if f { "ja" } else { "nee" }.to_string()).unwrap_or_default(),
                Value::List(list) | Value::OptionalList(list) => {
                    for v in list {
                        if v.contains(SEPARATOR) || v.trim() != v || v.is_empty() {
                            errors.push(CatalogueError::new(
                                &path,
                                line,
                                field,
                                format!("`{v}` cannot go into a spreadsheet cell (list values are joined with `{SEPARATOR}` and trimmed)"),
                            ));
                        }
                    }
                    list.join(&SEPARATOR.to_string())
                }
            });
        }
        row.push(comment);
        rows.push(row);
    }
    if errors.is_empty() {
        Ok(Exported { catalogue, rows, warnings })
    } else {
        Err(errors)
    }
}

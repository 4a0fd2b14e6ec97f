//! The files an editor drops on the studio page, sorted into a local catalogue folder
//! ([`LocalFiles`]): `regions.toml`, `helplines.toml`, and every other `.toml` file as a material
//! (shown as `materials/NAME`, where it goes in the folder); notes (`*.md`) and hidden files are
//! skipped. A spreadsheet of materials (`.csv`, `.xlsx`, `.ods`) is read with the CLI's import
//! code (`preventiewijzer_sheets`) into the files `import-csv` would write into the folder; its
//! rows replace dropped material files with the same id, as the import replaces them. What cannot
//! be read is an error naming the file, like every other error.

use std::path::{Path, PathBuf};

use preventiewijzer_model::catalogue::LocalFiles;
use preventiewijzer_model::CatalogueError;
use preventiewijzer_sheets::canonical::toml_text;
use preventiewijzer_sheets::sheet::Row;

/// The largest file read (a material file is a few KB; this stops a wrong file early).
pub const MAX_FILE_BYTES: usize = 2_000_000;

/// The largest spreadsheet read (the whole national catalogue as CSV is far smaller).
pub const MAX_SHEET_BYTES: usize = 20_000_000;

/// The dropped files sorted into a folder.
#[derive(Default)]
pub struct Sorted {
    pub local: LocalFiles,
    /// Errors about files that cannot be part of a folder, or rows that cannot be material files.
    pub unread: Vec<CatalogueError>,
    /// Each spreadsheet (as errors name it) with the rows that became material files.
    pub sheets: Vec<(PathBuf, Vec<Row>)>,
}

impl Sorted {
    /// `errors` found in the folder, those about a material file made from a spreadsheet row
    /// named by that row (`FILE.csv:LINE: field: message`), as the CLI's import names them.
    pub fn blame(&self, errors: Vec<CatalogueError>) -> Vec<CatalogueError> {
        let mut errors: Vec<CatalogueError> = errors.into_iter().map(|e| self.blame_one(e)).collect();
        errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        errors
    }

    fn blame_one(&self, e: CatalogueError) -> CatalogueError {
        let rename = |message: &str| {
            let mut message = message.to_string();
            for (sheet, rows) in &self.sheets {
                for row in rows {
                    let path = material_path(&row.material.id).display().to_string();
                    message = message.replace(&path, &format!("{}:{}", sheet.display(), row.line));
                }
            }
            message
        };
        for (sheet, rows) in &self.sheets {
            if let Some(line) = preventiewijzer_sheets::row_of(rows, &e.file) {
                return CatalogueError::new(sheet, line, &e.field, rename(&e.message));
            }
        }
        CatalogueError { message: rename(&e.message), ..e }
    }
}

/// Where the material `id` goes in the folder.
fn material_path(id: &str) -> PathBuf {
    Path::new("materials").join(format!("{id}.toml"))
}

/// Sorts `files` (name as the browser gives it, bytes) into a folder.
pub fn sort(files: &[(String, Vec<u8>)]) -> Sorted {
    let mut sorted = Sorted::default();
    let (local, errors) = (&mut sorted.local, &mut sorted.unread);
    let mut seen: Vec<PathBuf> = Vec::new();
    for (name, bytes) in files {
        // A folder picked whole gives `folder/materials/x.toml`; only the file name counts.
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name).to_string();
        if let Some(read) = preventiewijzer_sheets::reader_for(&base).filter(|_| !base.starts_with('.')) {
            let sheet = PathBuf::from(&base);
            if bytes.len() > MAX_SHEET_BYTES {
                errors.push(CatalogueError::new(&sheet, 0, "", format!("is {} bytes; a spreadsheet of materials is at most {MAX_SHEET_BYTES}", bytes.len())));
                continue;
            }
            match preventiewijzer_sheets::read_rows(&sheet, bytes, read) {
                Ok((rows, row_errors)) => {
                    errors.extend(row_errors);
                    sorted.sheets.push((sheet, rows));
                }
                Err(file_errors) => errors.extend(file_errors),
            }
            continue;
        }
        let path = match base.as_str() {
            "regions.toml" | "helplines.toml" => PathBuf::from(&base),
            _ => PathBuf::from("materials").join(&base),
        };
        let error = |message: &str| CatalogueError::new(&path, 0, "", message);
        // A folder dropped whole brings its notes (README.md) and the system's hidden files.
        if base.starts_with('.') || base.to_ascii_lowercase().ends_with(".md") {
            continue;
        }
        if !base.to_ascii_lowercase().ends_with(".toml") {
            errors.push(error(
                "is not a catalogue file: the studio reads regions.toml, helplines.toml, material files (.toml) and spreadsheets of materials (.csv, .xlsx, .ods)",
            ));
            continue;
        }
        if seen.contains(&path) {
            errors.push(error("was dropped twice; keep one"));
            continue;
        }
        seen.push(path.clone());
        if bytes.len() > MAX_FILE_BYTES {
            errors.push(error(&format!("is {} bytes; a catalogue file is at most {MAX_FILE_BYTES}", bytes.len())));
            continue;
        }
        let text = match String::from_utf8(bytes.clone()) {
            Ok(text) => text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text),
            Err(e) => {
                let line = bytes[..e.utf8_error().valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1;
                errors.push(CatalogueError::new(&path, line, "", "is not UTF-8 text; save it as UTF-8"));
                continue;
            }
        };
        match base.as_str() {
            "regions.toml" => local.regions = Some((path, text)),
            "helplines.toml" => local.helplines = Some((path, text)),
            _ => local.materials.push((path, text)),
        }
    }
    // The spreadsheets' rows, as `import-csv` writes them; a row replaces a dropped file.
    let mut from_sheets: Vec<(PathBuf, &Path, usize)> = Vec::new();
    for (sheet, rows) in &sorted.sheets {
        for row in rows {
            let path = material_path(&row.material.id);
            if let Some((_, first, line)) = from_sheets.iter().find(|(p, ..)| *p == path) {
                let message = format!("`{}` is already used by {}:{line}", row.material.id, first.display());
                sorted.unread.push(CatalogueError::new(sheet, row.line, "id", message));
                continue;
            }
            sorted.local.materials.retain(|(p, _)| *p != path);
            sorted.local.materials.push((path.clone(), toml_text(&row.material, &row.comment)));
            from_sheets.push((path, sheet, row.line));
        }
    }
    sorted.local.materials.sort_by(|a, b| a.0.cmp(&b.0));
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_go_where_they_belong_in_the_folder_and_strange_ones_are_errors() {
        let files = [
            ("gemeente/materials/b.toml".to_string(), b"id = 'b'".to_vec()),
            ("regions.toml".to_string(), b"\xef\xbb\xbf[[regions]]".to_vec()),
            ("a.toml".to_string(), b"id = 'a'".to_vec()),
            ("foto.png".to_string(), vec![0x89]),
            ("c.toml".to_string(), b"title = 'caf\xe9'".to_vec()),
            ("x/a.toml".to_string(), b"".to_vec()),
            ("gemeente/README.md".to_string(), b"# notes".to_vec()),
            ("gemeente/.DS_Store".to_string(), vec![0]),
        ];
        let Sorted { local, unread: errors, .. } = sort(&files);
        let names: Vec<String> = local.materials.iter().map(|(p, _)| p.display().to_string()).collect();
        assert_eq!(names, ["materials/a.toml", "materials/b.toml"]);
        assert_eq!(local.regions.as_ref().map(|r| r.1.as_str()), Some("[[regions]]"), "the byte-order mark is dropped");
        let errors: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            errors,
            [
                "materials/foto.png: is not a catalogue file: the studio reads regions.toml, helplines.toml, material files (.toml) and spreadsheets of materials (.csv, .xlsx, .ods)",
                "materials/c.toml:1: is not UTF-8 text; save it as UTF-8",
                "materials/a.toml: was dropped twice; keep one",
            ]
        );
    }
}

//! The files an editor drops on the studio page, sorted into a local catalogue folder
//! ([`LocalFiles`]): `regions.toml`, `helplines.toml`, and every other `.toml` file as a material
//! (shown as `materials/NAME`, where it goes in the folder); notes (`*.md`) and hidden files are
//! skipped. What cannot be read is an error naming the file, like every other error.

use std::path::PathBuf;

use preventiewijzer_model::catalogue::LocalFiles;
use preventiewijzer_model::CatalogueError;

/// The largest file read (a material file is a few KB; this stops a wrong file early).
pub const MAX_FILE_BYTES: usize = 2_000_000;

/// Sorts `files` (name as the browser gives it, bytes) into a folder; the errors are those about
/// files that cannot be part of one.
pub fn sort(files: &[(String, Vec<u8>)]) -> (LocalFiles, Vec<CatalogueError>) {
    let mut local = LocalFiles::default();
    let mut errors = Vec::new();
    let mut seen: Vec<PathBuf> = Vec::new();
    for (name, bytes) in files {
        // A folder picked whole gives `folder/materials/x.toml`; only the file name counts.
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name).to_string();
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
            errors.push(error("is not a catalogue file: the studio reads regions.toml, helplines.toml and material files (.toml)"));
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
    local.materials.sort_by(|a, b| a.0.cmp(&b.0));
    (local, errors)
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
        let (local, errors) = sort(&files);
        let names: Vec<String> = local.materials.iter().map(|(p, _)| p.display().to_string()).collect();
        assert_eq!(names, ["materials/a.toml", "materials/b.toml"]);
        assert_eq!(local.regions.as_ref().map(|r| r.1.as_str()), Some("[[regions]]"), "the byte-order mark is dropped");
        let errors: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            errors,
            [
                "materials/foto.png: is not a catalogue file: the studio reads regions.toml, helplines.toml and material files (.toml)",
                "materials/c.toml:1: is not UTF-8 text; save it as UTF-8",
                "materials/a.toml: was dropped twice; keep one",
            ]
        );
    }
}

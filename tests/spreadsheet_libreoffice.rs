//! The spreadsheet round trip with a real spreadsheet: LibreOffice Calc, headless, opens the
//! exported files and saves them as a workbook, as comma CSV and as semicolon CSV ("CSV
//! (puntkomma-gescheiden)"); importing what it saved leaves every material file byte-identical.
//! And the failure: a CSV read as Windows-1252 and saved as UTF-8 is refused, naming
//! file, line and field, and writes nothing.
//!
//! Needs `soffice` (Debian: `libreoffice-calc-nogui`; `cargo xtask test` and `.ci/run` install
//! it). Without it these tests fail and say so; they never pass silently.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::{assert_recreates_the_shipped_files, cli, files, s, shipped_copy};

/// LibreOffice's CSV filter, as `--infilter`/`--convert-to` name it.
const CSV_FILTER: &str = "Text - txt - csv (StarCalc)";
/// Filter options: separator (44 `,`, 59 `;`), quote (34 `"`), character set (76 UTF-8,
/// 1 Windows-1252), first line (1).
const COMMA_UTF8: &str = "44,34,76,1";
const SEMICOLON_UTF8: &str = "59,34,76,1";
const COMMA_WINDOWS_1252: &str = "44,34,1,1";

fn soffice() -> PathBuf {
    let found = std::env::var_os("PATH").map(|p| std::env::split_paths(&p).map(|d| d.join("soffice")).find(|p| p.exists())).unwrap_or_default();
    found.unwrap_or_else(|| {
        panic!(
            "LibreOffice Calc is needed for the spreadsheet round trip and `soffice` is not on PATH.\n\
             Install it: apt-get install -y libreoffice-calc-nogui (cargo xtask test and .ci/run install it)"
        )
    })
}

/// Opens `input` in LibreOffice (with the CSV `infilter` options, if any) and saves it into
/// `outdir` as `convert_to` (`xlsx`, `ods`, `fods` or `csv:…`); returns the saved file. Each
/// call has its own profile, so tests can run at the same time; a hang fails after two minutes.
fn libreoffice(input: &Path, infilter: Option<&str>, convert_to: &str, outdir: &Path) -> PathBuf {
    let profile = outdir.join("profile");
    let mut cmd = Command::new(soffice());
    cmd.arg(format!("-env:UserInstallation=file://{}", profile.display())).args(["--headless", "--norestore"]);
    if let Some(options) = infilter {
        cmd.arg(format!("--infilter={CSV_FILTER}:{options}"));
    }
    cmd.args(["--convert-to", convert_to, "--outdir"]).arg(outdir).arg(input);
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("soffice starts");
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("soffice did not finish converting {} to {convert_to} in two minutes", input.display());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = child.wait_with_output().unwrap();
    let ext = convert_to.split(':').next().unwrap();
    let saved = outdir.join(input.with_extension(ext).file_name().unwrap());
    assert!(
        out.status.success() && saved.exists(),
        "soffice did not save {}:\n{}{}",
        saved.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    saved
}

/// A copy of the shipped catalogue and a fresh folder for LibreOffice's output.
fn workspace() -> (PathBuf, PathBuf) {
    let dir = shipped_copy();
    let saved = dir.join("libreoffice");
    std::fs::create_dir_all(&saved).unwrap();
    (dir, saved)
}

fn export(command: &str, dir: &Path, name: &str) -> PathBuf {
    let file = dir.join(name);
    let (code, _, err) = cli(&[command, "--catalogue", s(dir), "--out", s(&file)]);
    assert_eq!(code, 0, "{err}");
    file
}

#[test]
fn a_workbook_saved_by_libreoffice_as_xlsx_imports_byte_identical() {
    let (dir, saved) = workspace();
    let xlsx = export("export-xlsx", &dir, "materialen.xlsx");
    let resaved = libreoffice(&xlsx, None, "xlsx:Calc MS Excel 2007 XML", &saved);
    assert_ne!(std::fs::read(&resaved).unwrap(), std::fs::read(&xlsx).unwrap(), "LibreOffice wrote its own file");
    assert_recreates_the_shipped_files("import-xlsx", &resaved);
}

#[test]
fn a_workbook_saved_by_libreoffice_as_ods_imports_byte_identical() {
    let (dir, saved) = workspace();
    let xlsx = export("export-xlsx", &dir, "materialen.xlsx");
    assert_recreates_the_shipped_files("import-xlsx", &libreoffice(&xlsx, None, "ods", &saved));
}

#[test]
fn libreoffice_sees_the_drop_down_lists_of_the_workbook() {
    let (dir, saved) = workspace();
    let xlsx = export("export-xlsx", &dir, "materialen.xlsx");
    // Flat ODS is LibreOffice's own model of the file, as XML text.
    let fods = std::fs::read_to_string(libreoffice(&xlsx, None, "fods", &saved)).unwrap();
    let lists = fods.matches("table:condition=\"of:cell-content-is-in-list(").count();
    assert!(lists >= 13, "12 vocabulary columns and ja/nee have drop-downs, found {lists}");
    assert!(fods.contains("[$keuzelijsten.$I$2:.$I$"), "topics (list column I) offer the ids of the lists sheet");
    assert!(fods.contains("table:display-list=\"unsorted\""), "the lists are shown as drop-downs");
}

#[test]
fn a_csv_saved_by_libreoffice_with_commas_imports_byte_identical() {
    let (dir, saved) = workspace();
    let csv = export("export-csv", &dir, "materialen.csv");
    let resaved = libreoffice(&csv, Some(COMMA_UTF8), &format!("csv:{CSV_FILTER}:{COMMA_UTF8}"), &saved);
    assert_recreates_the_shipped_files("import-csv", &resaved);
}

#[test]
fn a_csv_saved_by_libreoffice_with_semicolons_imports_byte_identical() {
    let (dir, saved) = workspace();
    let csv = export("export-csv", &dir, "materialen.csv");
    let resaved = libreoffice(&csv, Some(COMMA_UTF8), &format!("csv:{CSV_FILTER}:{SEMICOLON_UTF8}"), &saved);
    let text = std::fs::read_to_string(&resaved).unwrap();
    assert!(text.starts_with("\"id\";\"title\";"), "LibreOffice wrote semicolons: {}", &text[..30]);
    assert_recreates_the_shipped_files("import-csv", &resaved);
}

/// The case: the old export (no byte-order mark) read as Windows-1252 and saved as
/// UTF-8 turned `–` into `â€“` and `ë` into `Ã«`, and the import wrote it into the catalogue.
#[test]
fn a_csv_libreoffice_read_as_windows_1252_is_refused_naming_line_and_field() {
    let (dir, saved) = workspace();
    let csv = export("export-csv", &dir, "materialen.csv");
    let without_bom = dir.join("zonder-bom.csv");
    std::fs::write(&without_bom, std::fs::read_to_string(&csv).unwrap().trim_start_matches('\u{FEFF}')).unwrap();
    let before = files(&dir.join("materials"));
    for input in [&without_bom, &csv] {
        let resaved = libreoffice(input, Some(COMMA_WINDOWS_1252), &format!("csv:{CSV_FILTER}:{COMMA_UTF8}"), &saved);
        let text = std::fs::read_to_string(&resaved).unwrap();
        assert!(text.contains("Lang Leve de Liefde â€“ Bovenbouw") && text.contains("justitiÃ«le"), "LibreOffice damaged the text as in the issue");
        let (code, _, err) = cli(&["import-csv", s(&resaved), "--catalogue", s(&dir)]);
        assert_eq!(code, 1, "{err}");
        assert!(err.contains("nothing was written"), "{err}");
        if input == &csv {
            // With a byte-order mark, the header is the first damaged cell.
            let expected = format!("{}:1: ï»¿id: looks double-encoded: `ï»¿` is a byte-order mark read as Windows-1252", resaved.display());
            assert!(err.contains(&expected), "missing {expected:?} in:\n{err}");
        } else {
            let line = text.split('\n').position(|l| l.starts_with("\"lang-leve-de-liefde-bovenbouw\"")).unwrap() + 1;
            let expected = format!("{}:{line}: title: looks double-encoded: `â€“` is `–` read as Windows-1252", resaved.display());
            assert!(err.contains(&expected), "missing {expected:?} in:\n{err}");
        }
        assert!(files(&dir.join("materials")) == before, "the catalogue must be untouched");
    }
}

#[test]
fn a_csv_libreoffice_saved_as_windows_1252_is_refused_naming_a_cell() {
    let (dir, saved) = workspace();
    let csv = export("export-csv", &dir, "materialen.csv");
    let resaved = libreoffice(&csv, Some(COMMA_UTF8), &format!("csv:{CSV_FILTER}:{COMMA_WINDOWS_1252}"), &saved);
    assert!(std::str::from_utf8(&std::fs::read(&resaved).unwrap()).is_err(), "LibreOffice wrote Windows-1252");
    let before = files(&dir.join("materials"));
    let (code, _, err) = cli(&["import-csv", s(&resaved), "--catalogue", s(&dir)]);
    assert_eq!(code, 1, "{err}");
    // The first cell with a letter outside ASCII, found in the saved bytes.
    let mut rdr = csv::ReaderBuilder::new().from_path(&resaved).unwrap();
    let header: Vec<String> = rdr.byte_headers().unwrap().iter().map(|h| String::from_utf8_lossy(h).into_owned()).collect();
    let (line, field) = rdr
        .byte_records()
        .map(Result::unwrap)
        .find_map(|r| r.iter().position(|cell| !cell.is_ascii()).map(|c| (r.position().unwrap().line(), header[c].clone())))
        .unwrap();
    let expected = format!("{}:{line}: {field}: the file is Windows-1252 (\"ANSI\") text, not UTF-8", resaved.display());
    assert!(err.contains(&expected), "missing {expected:?} in:\n{err}");
    assert!(files(&dir.join("materials")) == before, "the catalogue must be untouched");
}

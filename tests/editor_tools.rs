//! The editor tools as editors use them: CSV export → import round trip, an import that fails
//! without touching the catalogue, the coverage matrix, and the committed JSON Schema.
//! Spreadsheet damage and the workbook: `tests/spreadsheets.rs`, `tests/spreadsheet_libreoffice.rs`.

mod support;

use preventiewijzer::editor::coverage::Coverage;
use support::{catalogue_with, cli, files, repo, s, shipped_copy, VALID};

#[test]
fn export_then_import_recreates_every_shipped_material_file_byte_for_byte() {
    let shipped = files(&repo().join("catalogue/materials"));
    let from = shipped_copy();
    let csv = from.join("materials.csv");
    let (code, _, err) = cli(&["export-csv", "--catalogue", s(&from), "--out", s(&csv)]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "every shipped file is in the canonical format:\n{err}");
    let (code, stdout_csv, err) = cli(&["export-csv", "--catalogue", s(&from)]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(stdout_csv, std::fs::read_to_string(&csv).unwrap(), "stdout and --out give the same CSV");
    let header = stdout_csv.lines().next().unwrap();
    assert!(header.starts_with("\u{FEFF}id,title,summary,summary_en,publisher,url,languages,region,audiences,age_min,age_max,"), "{header}");
    assert!(header.ends_with(",source,last_checked,notes,comment"), "{header}");
    assert_eq!(stdout_csv.matches("\r\n").count(), shipped.len() + 1, "one row per material after the header");

    // Into a catalogue without any material file: every file comes back from the CSV alone.
    let to = catalogue_with(&[]);
    let (code, out, err) = cli(&["import-csv", s(&csv), "--catalogue", s(&to)]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&format!("{} rows, {} files written", shipped.len(), shipped.len())), "{out}");
    let imported = files(&to.join("materials"));
    assert_eq!(imported.keys().collect::<Vec<_>>(), shipped.keys().collect::<Vec<_>>());
    for (name, text) in &shipped {
        assert!(imported[name] == *text, "{name} differs after the round trip:\n{}", String::from_utf8_lossy(&imported[name]));
    }

    // Importing the same CSV again changes nothing.
    let (code, out, err) = cli(&["import-csv", s(&csv), "--catalogue", s(&to)]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("0 files written"), "{out}");
}

#[test]
fn an_edited_cell_rewrites_only_that_file() {
    let dir = shipped_copy();
    let csv_path = dir.join("edit.csv");
    let (code, csv, err) = cli(&["export-csv", "--catalogue", s(&dir)]);
    assert_eq!(code, 0, "{err}");
    let before = files(&dir.join("materials"));
    let julia = csv.lines().find(|l| l.starts_with("julia,")).unwrap();
    std::fs::write(&csv_path, csv.replace(julia, &julia.replacen("julia,Julia,", "julia,Julia (Qpido),", 1))).unwrap();
    let (code, out, err) = cli(&["import-csv", s(&csv_path), "--catalogue", s(&dir)]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("1 files written"), "{out}");
    let after = files(&dir.join("materials"));
    for (name, text) in &before {
        if name == "julia.toml" {
            let new = String::from_utf8(after[name].clone()).unwrap();
            assert_eq!(new, String::from_utf8_lossy(text).replace("title = \"Julia\"", "title = \"Julia (Qpido)\""));
        } else {
            assert!(after[name] == *text, "{name} must be untouched");
        }
    }
    assert_eq!(after.len(), before.len(), "no temporary files are left behind");
}

#[test]
fn a_bad_row_fails_naming_the_csv_and_its_line_and_writes_nothing() {
    let dir = shipped_copy();
    let (code, csv, err) = cli(&["export-csv", "--catalogue", s(&dir)]);
    assert_eq!(code, 0, "{err}");
    let mut rdr = csv::Reader::from_reader(csv.trim_start_matches('\u{FEFF}').as_bytes());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let mut rows: Vec<Vec<String>> = rdr.records().map(|r| r.unwrap().iter().map(String::from).collect()).collect();
    let bad = rows.iter().position(|r| r[col("id")] == "julia").unwrap();
    rows[bad][col("topics")].push_str(";sextng");
    rows[bad][col("url")] = "http://www.qpido.nl".into();
    rows[bad][col("age_min")] = "16".into();
    rows[bad][col("age_max")] = "12".into();
    let other = rows.iter().position(|r| r[col("id")] == "lockers").unwrap();
    rows[other][col("age_max")] = "zestien".into();
    rows[0][col("title")].push_str(" (an edit that must not be written either)");
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    w.write_record(&header).unwrap();
    for r in &rows {
        w.write_record(r).unwrap();
    }
    let bad_csv = dir.join("bad.csv");
    std::fs::write(&bad_csv, w.into_inner().unwrap()).unwrap();
    let line_of = |id: &str| {
        let text = std::fs::read_to_string(&bad_csv).unwrap();
        text.split("\r\n").position(|l| l.starts_with(&format!("{id},"))).unwrap() + 1
    };

    let before = files(&dir.join("materials"));
    let (code, out, err) = cli(&["import-csv", s(&bad_csv), "--catalogue", s(&dir)]);
    assert_eq!(code, 1, "{out}{err}");
    let at = |id: &str| format!("{}:{}: ", bad_csv.display(), line_of(id));
    for expected in [
        format!("{}topics: unknown id `sextng`; did you mean `sexting`?", at("julia")),
        format!("{}url: `http://www.qpido.nl` is not allowed: only https: links", at("julia")),
        format!("{}age_min: 16 is greater than age_max 12", at("julia")),
        format!("{}age_max: `zestien` is not an age", at("lockers")),
    ] {
        assert!(err.contains(&expected), "missing {expected:?} in:\n{err}");
    }
    assert!(err.contains("nothing was written"), "{err}");
    assert!(files(&dir.join("materials")) == before, "the catalogue must be untouched");
}

#[test]
fn a_broken_header_is_reported_on_line_one() {
    let dir = shipped_copy();
    let (_, csv, _) = cli(&["export-csv", "--catalogue", s(&dir)]);
    let broken = dir.join("broken.csv");
    std::fs::write(&broken, csv.replacen("summary_en,", "summary_nl,", 1)).unwrap();
    let before = files(&dir.join("materials"));
    let (code, _, err) = cli(&["import-csv", s(&broken), "--catalogue", s(&dir)]);
    assert_eq!(code, 1);
    assert!(err.contains(&format!("{}:1: summary_nl: unknown column", broken.display())), "{err}");
    assert!(err.contains(&format!("{}:1: summary_en: column is missing", broken.display())), "{err}");
    assert!(files(&dir.join("materials")) == before);
}

/// `VALID` as material `id` with other audiences, topics and risk groups.
fn fixture(id: &str, audiences: &str, topics: &str, risk_groups: &str) -> (String, String) {
    let text = VALID
        .replace("id = \"voorbeeld\"", &format!("id = \"{id}\""))
        .replace("https://langlevedeliefde.nl/voorbeeld", &format!("https://langlevedeliefde.nl/{id}"))
        .replace("audiences = [\"jongeren\", \"leraren\"]", &format!("audiences = [{audiences}]"))
        .replace("topics = [\"relaties-en-seksualiteit\"]", &format!("topics = [{topics}]"))
        .replace("risk_groups = []", &format!("risk_groups = [{risk_groups}]"));
    (format!("{id}.toml"), text)
}

#[test]
fn coverage_counts_a_small_fixture_with_sub_types_under_their_parent() {
    let materials = [
        fixture("a", r#""jongeren", "leraren""#, r#""sexting", "grooming""#, r#""lvb""#),
        fixture("b", r#""leraren", "professionals""#, r#""sexting""#, ""),
        fixture("c", r#""ouders""#, r#""loverboys""#, r#""meisjes", "lvb""#),
    ];
    let refs: Vec<(&str, &str)> = materials.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let dir = catalogue_with(&refs);
    let c = preventiewijzer_model::catalogue::load(&dir).unwrap_or_else(|e| panic!("{e:?}"));
    let cov = Coverage::of(&c);
    assert_eq!(cov.materials, 3);
    let a = &cov.audiences;
    assert_eq!(a.count("sexting", "jongeren"), Some(1));
    assert_eq!(a.count("sexting", "leraren"), Some(2));
    assert_eq!(a.count("sexting", "professionals"), Some(2), "b is for leraren and professionals but counts once");
    assert_eq!(a.count("grooming", "professionals"), Some(1), "a counts under professionals through leraren");
    assert_eq!(a.count("sexting", "ouders"), Some(0));
    assert_eq!(a.count("loverboys", "ouders"), Some(1));
    assert_eq!(a.count("loverboys", "professionals"), Some(0));
    let r = &cov.risk_groups;
    assert_eq!(r.count("sexting", "lvb"), Some(1));
    assert_eq!(r.count("loverboys", "lvb"), Some(1));
    assert_eq!(r.count("loverboys", "meisjes"), Some(1));
    assert_eq!(r.count("grooming", "meisjes"), Some(0));
    let sexting = a.rows.iter().find(|row| row.id == "sexting").unwrap();
    assert_eq!(sexting.total, 2);
    let col = |id: &str| a.columns.iter().position(|c| c.id == id).unwrap();
    assert_eq!(a.column_totals[col("professionals")], 2);
    assert_eq!(a.column_totals[col("volwassenen")], 0);
    assert_eq!(a.columns[col("leraren")].parent.as_deref(), Some("Professionals"));

    let (code, text, err) = cli(&["coverage", "--catalogue", s(&dir)]);
    assert_eq!(code, 0, "{err}");
    assert!(text.contains("3 materialen"), "{text}");
    let sexting_line = text.lines().find(|l| l.starts_with("Sexting")).unwrap();
    assert_eq!(sexting_line.split_whitespace().skip(1).take(4).collect::<Vec<_>>(), ["1", "-", "2", "2"], "{sexting_line}");
    assert!(text.contains("Leraren en scholen (leraren), telt mee bij Professionals"), "{text}");

    let (code, html, err) = cli(&["coverage", "--html", "--catalogue", s(&dir)]);
    assert_eq!(code, 0, "{err}");
    assert!(html.starts_with("<!doctype html>\n<html lang=\"nl\">"));
    assert!(!html.to_lowercase().contains("<script"), "no scripts");
    assert!(
        html.contains("<tr data-id=\"sexting\"><th scope=\"row\">Sexting</th><td>1</td><td class=\"leeg\" title=\"geen materiaal\">0</td><td>2</td><td>2</td>"),
        "{html}"
    );
    assert!(html.contains("Wensen, grenzen en toestemming"), "labels come from the vocabulary");
    assert!(html.contains("telt bij Leraren en scholen én bij Professionals"), "the page says sub-types count toward their parent");
    assert!(!html.contains(" & "), "text is escaped");
}

#[test]
fn the_fallback_list_carries_what_the_element_filters_on() {
    let materials = [fixture("a", r#""leraren""#, r#""sexting""#, ""), fixture("b", r#""professionals""#, r#""sexting""#, "")];
    let refs: Vec<(&str, &str)> = materials.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let c = preventiewijzer_model::catalogue::load(&catalogue_with(&refs)).unwrap_or_else(|e| panic!("{e:?}"));
    let html = preventiewijzer::editor::fallback::html(&c);
    // a is for teachers, so exactly for professionals too; b suits every sub-type through its parent.
    assert!(html.contains(r#"<li class="pw-card" data-id="a" data-audiences="leraren professionals" data-audiences-related="" data-region="nederland" data-age-min="13" data-age-max="15">"#), "{html}");
    assert!(
        html.contains(
            r#"data-id="b" data-audiences="professionals" data-audiences-related="leraren jeugdhulp ggd wijkteams gemeenten politie zorg-lvb ggz jongerenwerk""#
        ),
        "{html}"
    );
    assert!(html.contains(r#"<li data-helpline="slachtofferwijzer" data-audiences="jongeren ouders">"#), "{html}");
    assert!(html.contains(r#"<li data-helpline="112" data-audiences="">"#), "for everyone");
    assert!(html.contains(r#"<p class="pw-fallback-intro">"#), "the element rewrites this line");
}

#[test]
fn coverage_html_escapes_catalogue_text() {
    assert_eq!(preventiewijzer::editor::coverage::escape(r#"<b>"Tom" & 'Jerry'</b>"#), "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
}

#[test]
fn the_committed_schema_is_up_to_date() {
    let dir = repo().join("catalogue");
    let vocabulary = preventiewijzer::editor::schema::vocabulary(&dir).unwrap();
    let generated = preventiewijzer::editor::schema::json(&vocabulary);
    let committed = std::fs::read_to_string(dir.join("material.schema.json")).unwrap_or_default();
    assert!(
        committed == generated,
        "catalogue/material.schema.json is stale; regenerate it with\n  cargo run --bin preventiewijzer -- schema > catalogue/material.schema.json"
    );
    let (code, out, err) = cli(&["schema"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, generated);
    let schema: serde_json::Value = serde_json::from_str(&generated).unwrap();
    assert_eq!(schema["additionalProperties"], false);
    assert!(schema["properties"]["topics"]["items"]["enum"].as_array().unwrap().contains(&"sexting".into()));
    let required: Vec<&str> = schema["required"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert!(required.contains(&"source") && !required.contains(&"url"), "{required:?}");
}

#[test]
fn editor_commands_reject_flags_they_do_not_take() {
    let (code, _, err) = cli(&["coverage", "--out", "x.html"]);
    assert_eq!(code, 1);
    assert!(err.contains("unexpected argument '--out' found") && err.contains("Usage: preventiewijzer coverage"), "{err}");
    let (code, _, err) = cli(&["import-csv"]);
    assert_eq!(code, 1);
    assert!(err.contains("required arguments were not provided:\n  <FILE>") && err.contains("Usage: preventiewijzer import-csv <FILE>"), "{err}");
}

#[test]
fn the_first_views_are_the_engines_ranking_escaped_with_only_https_and_tel_links() {
    let hostile = std::fs::read_to_string(repo().join("tests/fixtures/hostile/xss-test-fixture.toml")).unwrap();
    let c = preventiewijzer_model::catalogue::load(&catalogue_with(&[("xss-test-fixture.toml", &hostile), ("voorbeeld.toml", VALID)]))
        .unwrap_or_else(|e| panic!("{e:?}"));
    let engine = preventiewijzer_engine::Engine::open(preventiewijzer_indexer::build(&c).unwrap(), c.clone()).unwrap();
    let files = preventiewijzer::editor::first::lists(&engine);
    let (_, nl) = files.iter().find(|(name, _)| name == "preventiewijzer-first-nl.html").expect("the default Dutch profile");
    assert!(files.iter().any(|(name, _)| name == "preventiewijzer-first-ar.html"), "every language");
    // The cards in the engine's order, with the status line the app shows.
    let q = preventiewijzer_engine::Query { limit: 10, ..Default::default() };
    let results = engine.search(&q);
    let ids: Vec<&str> = nl.split("<li class=\"pw-card\" data-id=\"").skip(1).map(|rest| rest.split('"').next().unwrap()).collect();
    assert_eq!(ids, results.hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>());
    assert!(nl.contains(&format!("aria-live=\"polite\">{} resultaten</p>", results.total)), "{nl}");
    // Hostile catalogue text stays text; links are https: or tel: only.
    for (name, html) in &files {
        assert!(
            !html.contains("<script") && !html.contains("<img") && !html.contains("<svg") && !html.contains("<iframe") && !html.contains("<style"),
            "{name}"
        );
        assert!(!html.contains("a'onmouseover"), "{name}: a quote in a URL is escaped");
        for href in html.split("href=\"").skip(1) {
            assert!(href.starts_with("https://") || href.starts_with("tel:"), "{name}: {}", &href[..40.min(href.len())]);
        }
    }
    assert!(nl.contains("&lt;script&gt;window.__pwx=1&lt;/script&gt;Loverboys test"), "the title as text");
}

//! Every validation rule, fed a broken file, gives its exact `file:line: field: message`.

mod support;

use support::{catalogue_with, errors_of, VALID};

/// `VALID` with `from` replaced by `to` (which must occur).
fn broken(from: &str, to: &str) -> String {
    assert!(VALID.contains(from), "fixture lacks {from:?}");
    VALID.replacen(from, to, 1)
}

fn errors_for(text: &str) -> Vec<String> {
    errors_of(&catalogue_with(&[("voorbeeld.toml", text)]))
}

#[test]
fn the_shipped_catalogue_is_valid() {
    let result = preventiewijzer_model::catalogue::load(&support::repo().join("catalogue"));
    let c = result.unwrap_or_else(|e| panic!("{}", e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")));
    assert!(c.materials.len() >= 10);
    assert!(c.materials.iter().all(|m| !m.source.trim().is_empty()));
}

#[test]
fn the_valid_fixture_is_valid() {
    assert_eq!(errors_for(VALID), Vec::<String>::new());
}

#[test]
fn each_rule_reports_file_line_field_and_what_is_allowed() {
    let cases: Vec<(String, &str)> = vec![
        (broken("title = \"Lang", "title = Lang"), "materials/voorbeeld.toml:2: title: "),
        (broken("cost = \"onbekend\"\n", "cost = \"onbekend\"\ncolour = \"red\"\n"), "materials/voorbeeld.toml:16: colour: unknown field (allowed:"),
        (
            broken("publisher = \"Soa Aids Nederland & Rutgers\"\n", "publisher = \"Soa Aids Nederland & Rutgers\"\nsummary = \"twice\"\n"),
            "materials/voorbeeld.toml:5: summary: duplicate key",
        ),
        (broken("source = \"shared/research/materials.json #0\"\n", ""), "materials/voorbeeld.toml:1: source: is required but missing"),
        (broken("age_min = 13", "age_min = \"13\""), "materials/voorbeeld.toml:9: age_min: invalid type: string \"13\", expected u8"),
        (
            broken("audiences = [\"jongeren\", \"leraren\"]", "audiences = [\"jongeren\", \"leraaren\"]"),
            "materials/voorbeeld.toml:8: audiences: unknown id `leraaren`; did you mean `leraren`? (allowed: jongeren,",
        ),
        (
            broken("topics = [\"relaties-en-seksualiteit\"]", "topics = [\"sextng\"]"),
            "materials/voorbeeld.toml:11: topics: unknown id `sextng`; did you mean `sexting`?",
        ),
        (broken("risk_groups = []", "risk_groups = [\"lvbb\"]"), "materials/voorbeeld.toml:12: risk_groups: unknown id `lvbb`; did you mean `lvb`?"),
        (
            broken("stages = [\"preventie\"]", "stages = [\"preventive\"]"),
            "materials/voorbeeld.toml:13: stages: unknown id `preventive`; did you mean `preventie`?",
        ),
        (
            broken("format = \"lespakket\"", "format = \"lespakket \""),
            "materials/voorbeeld.toml:14: format: unknown id `lespakket `; did you mean `lespakket`?",
        ),
        (broken("region = \"nederland\"", "region = \"holland\""), "materials/voorbeeld.toml:7: region: unknown id `holland`"),
        (broken("languages = [\"nl\"]", "languages = [\"dutch\"]"), "materials/voorbeeld.toml:6: languages: unknown id `dutch`"),
        (broken("cost = \"onbekend\"", "cost = \"free\""), "materials/voorbeeld.toml:15: cost: unknown id `free`"),
        (broken("cost = \"onbekend\"", "cost = \"onbekend\"\nevidence = \"erkend\""), "materials/voorbeeld.toml:16: evidence: unknown id `erkend`"),
        (broken("topics = [\"relaties-en-seksualiteit\"]", "topics = []"), "materials/voorbeeld.toml:11: topics: needs at least one value (allowed:"),
        (
            broken("topics = [\"relaties-en-seksualiteit\"]", "topics = [\"sexting\", \"sexting\"]"),
            "materials/voorbeeld.toml:11: topics: `sexting` is listed twice",
        ),
        (broken("age_min = 13", "age_min = 16"), "materials/voorbeeld.toml:9: age_min: 16 is greater than age_max 15"),
        (broken("age_max = 15", "age_max = 120"), "materials/voorbeeld.toml:10: age_max: 120 is outside the allowed ages 0–99"),
        (broken("age_min = 13", "age_min = -1"), "materials/voorbeeld.toml:9: age_min: invalid value: integer `-1`, expected u8"),
        (
            broken("https://langlevedeliefde.nl/voorbeeld", "http://langlevedeliefde.nl/voorbeeld"),
            "materials/voorbeeld.toml:5: url: `http://langlevedeliefde.nl/voorbeeld` is not allowed: only https: links",
        ),
        (
            broken("https://langlevedeliefde.nl/voorbeeld", "javascript:alert(1)"),
            "materials/voorbeeld.toml:5: url: `javascript:alert(1)` is not allowed: only https: links",
        ),
        (
            broken("https://langlevedeliefde.nl/voorbeeld", "https://lang leve.nl"),
            "materials/voorbeeld.toml:5: url: `https://lang leve.nl` is not a valid https: address",
        ),
        (broken("title = \"Lang Leve de Liefde – Onderbouw\"", "title = \"  \""), "materials/voorbeeld.toml:2: title: must not be empty"),
        (broken("last_checked = \"2026-11-01\"", "last_checked = \"2999-01-01\""), "materials/voorbeeld.toml:18: last_checked: `2999-01-01` is in the future"),
        (
            broken("last_checked = \"2026-11-01\"", "last_checked = \"2026-02-30\""),
            "materials/voorbeeld.toml:18: last_checked: `2026-02-30` is not a date (write YYYY-MM-DD",
        ),
        (broken("id = \"voorbeeld\"", "id = \"Voorbeeld_1\""), "materials/voorbeeld.toml:1: id: `Voorbeeld_1` is not a valid id"),
        (broken("id = \"voorbeeld\"", "id = \"ander\""), "materials/voorbeeld.toml:1: id: `ander` must equal the file name `voorbeeld`"),
    ];
    assert!(cases.len() >= 25);
    let mut failures = Vec::new();
    for (text, expected) in &cases {
        let errors = errors_for(text);
        if !errors.iter().any(|e| e.starts_with(expected)) {
            failures.push(format!("expected an error starting with\n  {expected}\ngot\n  {errors:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn duplicate_ids_and_urls_across_files_are_rejected() {
    let other = VALID.replace("id = \"voorbeeld\"", "id = \"tweede\"");
    let errors = errors_of(&catalogue_with(&[("voorbeeld.toml", VALID), ("tweede.toml", &other)]));
    // Files load in name order: tweede.toml first, so voorbeeld.toml's URL is the repeat.
    assert_eq!(errors, ["materials/voorbeeld.toml:5: url: `https://langlevedeliefde.nl/voorbeeld` is already used by materials/tweede.toml"]);
    let same_id = VALID.replace("https://langlevedeliefde.nl/voorbeeld", "https://langlevedeliefde.nl/ander");
    let dir = catalogue_with(&[("voorbeeld.toml", VALID)]);
    std::fs::create_dir_all(dir.join("materials/sub")).unwrap();
    std::fs::write(dir.join("materials/voorbeeld-kopie.toml"), &same_id).unwrap();
    let errors = errors_of(&dir);
    assert!(errors.iter().any(|e| e.contains("id: `voorbeeld` is already used by")), "{errors:?}");
}

#[test]
fn all_errors_are_reported_in_one_run() {
    let text = broken("age_max = 15", "age_max = 120").replace("cost = \"onbekend\"", "cost = \"free\"");
    let errors = errors_for(&text);
    assert_eq!(errors.len(), 2, "{errors:?}");
}

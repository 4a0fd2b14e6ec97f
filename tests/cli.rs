//! The command line: `check` and `search` as editors and scripts use them.

mod support;

use support::cli;

#[test]
fn check_passes_on_the_shipped_catalogue() {
    let (code, out, err) = cli(&["check"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("ok"), "{out}");
}

#[test]
fn check_fails_with_precise_errors_on_a_broken_catalogue() {
    let bad = support::VALID.replace("cost = \"onbekend\"", "cost = \"free\"").replace("age_max = 15", "age_max = 12");
    let dir = support::catalogue_with(&[("voorbeeld.toml", &bad)]);
    let (code, _, err) = cli(&["check", "--catalogue", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("materials/voorbeeld.toml:9: age_min: 13 is greater than age_max 12"), "{err}");
    assert!(err.contains("materials/voorbeeld.toml:15: cost: unknown id `free`"), "{err}");
}

#[test]
fn search_json_is_the_serialized_results() {
    let (code, out, err) = cli(&["search", "--audience", "ouders", "--age", "14", "--json", "loverboy"]);
    assert_eq!(code, 0, "{err}");
    let results: preventiewijzer_engine::Results = serde_json::from_str(&out).unwrap();
    assert!(results.total > 0);
    // Material ranked for alike example searches may be shown without the word; the first hit has it.
    assert!(results.hits[0].why.iter().any(|w| w.starts_with("zoekwoord")), "{:?}", results.hits[0].why);
}

#[test]
fn unknown_facet_ids_are_an_error_listing_the_valid_ids() {
    let (code, _, err) = cli(&["search", "--topic", "seks"]);
    assert_eq!(code, 1);
    assert!(err.contains("unknown topics `seks`") && err.contains("(allowed: loverboys,") && err.contains("sexting"), "{err}");
}

#[test]
fn pack_writes_data_files_the_engines_open_and_fails_without_out() {
    let out = std::env::temp_dir().join(format!("pw-pack-{}", std::process::id()));
    let (code, _, err) = cli(&["pack", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let records = std::fs::read(out.join("preventiewijzer-records.json")).unwrap();
    let index = std::fs::read(out.join("preventiewijzer-index.pwi")).unwrap();
    let q = preventiewijzer_engine::Query { text: "loverboy".into(), ..Default::default() };
    let full = preventiewijzer_engine::Engine::open_with_records(index, &records).unwrap().search(&q);
    let quick = preventiewijzer_engine::Engine::open_records(&records).unwrap().search(&q);
    assert!(full.total > 0 && quick.total > 0);
    let _ = std::fs::remove_dir_all(&out);
    let (code, _, err) = cli(&["pack"]);
    assert_eq!(code, 1);
    assert!(err.contains("required arguments were not provided:\n  --out <DIR>"), "{err}");
}

/// `VALID` under another id, checked on `last_checked`, with an optional rating date.
fn material(id: &str, last_checked: &str, rated: Option<&str>) -> (String, String) {
    let mut text = support::VALID.replace("voorbeeld", id).replace("last_checked = \"2026-11-01\"", &format!("last_checked = \"{last_checked}\""));
    if let Some(date) = rated {
        text = text.replace(
            "cost = \"onbekend\"\n",
            &format!("cost = \"onbekend\"\nevidence = \"goed-onderbouwd\"\nevidence_date = \"{date}\"\nevidence_by = \"NJi\"\n"),
        );
    }
    (format!("{id}.toml"), text)
}

#[test]
fn check_stale_lists_old_checks_and_ratings_older_than_five_years() {
    let files = [
        material("vers", "2026-10-01", Some("2022-01-10")),
        material("oud", "2025-06-30", None),
        material("heel-oud", "2023-01-01", Some("2014-06-06")),
        material("net-op-tijd", "2025-11-29", Some("2021-11-29")),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let dir = support::catalogue_with(&files);
    let dir = dir.to_str().unwrap();
    let (code, out, err) = cli(&["check", "--catalogue", dir, "--stale", "--today", "2026-11-29"]);
    assert_eq!(code, 0, "{err}");
    let expected = "last_checked more than 12 months ago (before 2025-11-29): 2\n  materials/heel-oud.toml: last_checked 2023-01-01\n  materials/oud.toml: last_checked 2025-06-30\n\
                    ratings older than five years (before 2021-11-29; the NJi re-assesses after five years): 1\n  materials/heel-oud.toml: goed-onderbouwd on 2014-06-06 by NJi\n";
    assert!(out.ends_with(expected), "{out}");

    // --months moves the cut-off of last_checked, not the five years of a rating.
    let (code, out, _) = cli(&["check", "--catalogue", dir, "--stale", "--months", "2", "--today", "2026-11-29"]);
    assert_eq!(code, 0);
    assert!(out.contains("before 2026-09-29): 3\n"), "{out}");
    assert!(out.contains("materials/net-op-tijd.toml: last_checked 2025-11-29\n") && !out.contains("vers.toml: last"), "{out}");
    assert!(out.contains("five years): 1\n"), "{out}");
}

#[test]
fn check_stale_options_are_checked() {
    let (code, _, err) = cli(&["check", "--stale", "--months", "twaalf"]);
    assert_eq!(code, 1);
    assert!(err.contains("'--months <N>': `twaalf` is not a number of months"), "{err}");
    let (code, _, err) = cli(&["check", "--months", "6"]);
    assert_eq!(code, 1);
    assert!(err.contains("only go with --stale"), "{err}");
    let (code, _, err) = cli(&["check", "--stale", "--today", "2026-02-30"]);
    assert_eq!(code, 1);
    assert!(err.contains("'--today <YYYY-MM-DD>': `2026-02-30` is not a date"), "{err}");
    // Without --today it uses the clock, and the shipped catalogue passes.
    let (code, out, err) = cli(&["check", "--stale"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("ratings older than five years"), "{out}");
}

/// Parses `args` as the binary does (no process): the clap declaration in `src/cli.rs`.
fn parse(args: &[&str]) -> Result<preventiewijzer::cli::Command, String> {
    use clap::Parser;
    preventiewijzer::cli::Cli::try_parse_from(std::iter::once("preventiewijzer").chain(args.iter().copied())).map(|c| c.command).map_err(|e| e.to_string())
}

#[test]
fn every_filter_facet_of_the_engine_table_is_a_repeatable_search_flag() {
    use preventiewijzer::cli::Command;
    use preventiewijzer_engine::FILTERS;
    for f in &FILTERS {
        let Ok(Command::Search(args)) = parse(&["search", f.cli_flag, "een", "woord", f.cli_flag, "twee"]) else {
            panic!("{} is not a flag of search", f.cli_flag)
        };
        let q = args.query();
        assert_eq!(f.chosen(&q), &["een", "twee"], "{} fills {}", f.cli_flag, f.query_field);
        assert_eq!(q.text, "woord");
        for other in FILTERS.iter().filter(|o| o.facet != f.facet) {
            assert!(other.chosen(&q).is_empty(), "{} also filled {}", f.cli_flag, other.query_field);
        }
    }
    let (code, help, _) = cli(&["search", "--help"]);
    assert_eq!(code, 0);
    for f in &FILTERS {
        assert!(help.contains(&format!("{} <ID>", f.cli_flag)), "{} missing from:\n{help}", f.cli_flag);
    }
}

#[test]
fn every_command_and_flag_keeps_its_meaning() {
    use preventiewijzer::cli::Command;
    use preventiewijzer_engine::{Lang, Sort};
    use std::path::Path;

    let Ok(Command::Search(s)) = parse(&[
        "search",
        "--catalogue",
        "c",
        "--audience",
        "ouders",
        "--age",
        "14",
        "--school-level",
        "vmbo-2",
        "--lang",
        "en",
        "--sort",
        "newest",
        "--page",
        "2",
        "--limit",
        "5",
        "--json",
        "loverboy",
        "--",
        "-x",
    ]) else {
        panic!("search")
    };
    let q = s.query();
    assert_eq!((s.catalogue.dir.as_path(), s.json), (Path::new("c"), true));
    assert_eq!((q.text.as_str(), q.age, q.school_level.as_deref()), ("loverboy -x", Some(14), Some("vmbo-2")));
    assert_eq!((q.lang, q.sort, q.page, q.limit, q.audiences.clone()), (Lang::En, Sort::Newest, 2, 5, vec!["ouders".to_string()]));
    // A flag given twice: the last value counts (scripts add their own `--limit`); filters add up.
    let Ok(Command::Search(s)) = parse(&["search", "--limit", "10", "--audience", "ouders", "--limit", "1000", "--audience", "jongeren"]) else {
        panic!("search")
    };
    assert_eq!((s.query().limit, s.query().audiences), (1000, vec!["ouders".to_string(), "jongeren".to_string()]));
    // Without flags: the engine's defaults and the shipped catalogue.
    let Ok(Command::Search(s)) = parse(&["search"]) else { panic!("search") };
    assert_eq!((s.query(), s.catalogue.dir.as_path()), (preventiewijzer_engine::Query::default(), Path::new("catalogue")));

    let Ok(Command::Check(c)) = parse(&["check", "--catalogue", "c", "--stale", "--months", "3", "--today", "2026-01-31"]) else { panic!("check") };
    assert_eq!((c.catalogue.dir.as_path(), c.stale, c.months, c.today), (Path::new("c"), true, Some(3), Some((2026, 1, 31))));
    let Ok(Command::Pack(p)) = parse(&["pack", "--catalogue", "c", "--local", "l", "--out", "o"]) else { panic!("pack") };
    assert_eq!((p.catalogue.dir.as_path(), p.local.as_deref(), p.out.as_path()), (Path::new("c"), Some(Path::new("l")), Path::new("o")));

    let tool = |args: &[&str]| match parse(args) {
        Ok(Command::Editor(t)) => format!("{t:?}"),
        other => panic!("{args:?}: {other:?}"),
    };
    assert_eq!(tool(&["export-xlsx", "--out", "m.xlsx"]), r#"ExportXlsx { catalogue: CatalogueDir { dir: "catalogue" }, out: "m.xlsx" }"#);
    assert_eq!(
        tool(&["import-xlsx", "m.ods", "--catalogue", "lokaal", "--national", "n"]),
        r#"ImportXlsx(Import { file: "m.ods", catalogue: CatalogueDir { dir: "lokaal" }, national: "n" })"#
    );
    assert_eq!(
        tool(&["export-csv", "--catalogue", "c", "--out", "m.csv", "--semicolon"]),
        r#"ExportCsv { catalogue: CatalogueDir { dir: "c" }, out: Some("m.csv"), semicolon: true }"#
    );
    assert_eq!(
        tool(&["import-csv", "--catalogue", "c", "m.csv"]),
        r#"ImportCsv(Import { file: "m.csv", catalogue: CatalogueDir { dir: "c" }, national: "catalogue" })"#
    );
    assert_eq!(tool(&["coverage", "--html"]), r#"Coverage { catalogue: CatalogueDir { dir: "catalogue" }, html: true }"#);
    assert_eq!(tool(&["schema", "--catalogue", "c"]), r#"Schema { catalogue: CatalogueDir { dir: "c" } }"#);
    assert_eq!(tool(&["fallback-html", "--out", "f.html"]), r#"FallbackHtml { catalogue: CatalogueDir { dir: "catalogue" }, out: Some("f.html") }"#);
    assert_eq!(tool(&["first-lists", "--out", "site", "--catalogue", "c"]), r#"FirstLists { catalogue: CatalogueDir { dir: "c" }, out: "site" }"#);
}

#[test]
fn wrong_input_names_what_is_wrong_and_fails_with_1() {
    for (args, expected) in [
        (&["search", "--frob"][..], "unexpected argument '--frob' found"),
        (&["search", "--age", "120"], "'--age <N>': `120` is not an age (0–99)"),
        (&["search", "--page", "0"], "'--page <N>': `0` is not a page number"),
        (&["search", "--sort", "random"], "'--sort <ORDER>': `random` is not allowed (allowed: relevance, evidence, newest, title)"),
        (&["search", "--lang", "xx"], "'--lang <LANG>': `xx` is not allowed (allowed: nl,"),
        (&["search", "--topic"], "a value is required for '--topic <ID>'"),
        (&["verwijder"], "unrecognized subcommand 'verwijder'"),
        (&[], "Usage: preventiewijzer <COMMAND>"),
    ] {
        let (code, out, err) = cli(args);
        assert_eq!(code, 1, "{args:?}: {out}{err}");
        assert!(err.contains(expected), "{args:?}: {err}");
    }
    let (code, out, _) = cli(&["--help"]);
    assert_eq!(code, 0);
    for command in ["check", "search", "pack", "export-xlsx", "import-xlsx", "export-csv", "import-csv", "coverage", "schema", "fallback-html", "first-lists"] {
        assert!(out.contains(&format!("\n  {command} ")), "{command} missing from --help:\n{out}");
    }
}

//! `preventiewijzer`: the editors' and developers' command line.
//!
//! ```text
//! preventiewijzer check  [--catalogue DIR] [--stale [--months N] [--today YYYY-MM-DD]]
//! preventiewijzer search [--catalogue DIR] [--audience ID]... [--age N] [--school-level LEVEL]
//!                        [--topic ID]... [--risk-group ID]... [--format ID]... [--stage ID]...
//!                        [--cost ID]... [--lang nl|en] [--language ID]... [--region ID]...
//!                        [--evidence ID]... [--sort relevance|evidence|newest|title] [--page N] [--limit N] [--json] [TEXT]...
//! preventiewijzer export-xlsx --out FILE [--catalogue DIR]
//! preventiewijzer import-xlsx FILE [--catalogue DIR]
//! preventiewijzer export-csv [--catalogue DIR] [--out FILE] [--semicolon]
//! preventiewijzer import-csv FILE [--catalogue DIR]
//! preventiewijzer coverage   [--catalogue DIR] [--html]
//! preventiewijzer schema     [--catalogue DIR]
//! preventiewijzer pack   [--catalogue DIR] [--local DIR] --out DIR
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use preventiewijzer_engine::why::age_range;
use preventiewijzer_engine::{Engine, Lang, Query, Sort};
use preventiewijzer_indexer::folder;
use preventiewijzer_model::{catalogue, Catalogue};

const USAGE: &str = "usage:
  preventiewijzer check  [--catalogue DIR] [--stale [--months N] [--today YYYY-MM-DD]]
                         --stale also lists materials not checked in N months (default 12)
                         and ratings older than five years; --today fixes the date (tests)
  preventiewijzer search [--catalogue DIR] [--audience ID]... [--age N] [--school-level LEVEL]
                         [--topic ID]... [--risk-group ID]... [--format ID]... [--stage ID]...
                         [--cost ID]... [--lang nl|en] [--language ID]... [--region ID]...
                         [--evidence ID]... [--sort relevance|evidence|newest|title] [--page N] [--limit N] [--json] [TEXT]...
  Repeated flags add values. --lang is the language of the explanations; --language filters
  materials by their language. Ids: see catalogue/vocabulary.toml.
  preventiewijzer export-xlsx --out FILE [--catalogue DIR]   materials as a workbook, with drop-down lists
  preventiewijzer import-xlsx FILE [--catalogue DIR]         a workbook (.xlsx, .ods) back into the catalogue
  preventiewijzer export-csv [--catalogue DIR] [--out FILE] [--semicolon]
                                                             materials as CSV (UTF-8 with byte-order mark)
  preventiewijzer import-csv FILE [--catalogue DIR]          CSV, comma or semicolon separated, UTF-8
  preventiewijzer coverage   [--catalogue DIR] [--html]
  preventiewijzer schema     [--catalogue DIR]
  preventiewijzer pack   [--catalogue DIR] --out DIR   the widget's data files (records, index)
  preventiewijzer pack   [--catalogue DIR] --local DIR --out DIR
                         a data folder for the widget's `data` attribute: the national catalogue plus
                         a local one (regions.toml, materials/, helplines.toml), content-hashed files
                         and preventiewijzer-data.json naming them";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let (command, rest) = args.split_first().ok_or_else(|| USAGE.to_string())?;
    // The editor tools (src/editor/) parse their own flags (`--out`, `--html`, a CSV file).
    if preventiewijzer::editor::COMMANDS.contains(&command.as_str()) {
        return preventiewijzer::editor::run(command, rest, &mut std::io::stdout().lock(), &mut std::io::stderr().lock());
    }
    if command == "pack" {
        return pack(rest);
    }
    if command == "check" {
        return check(rest);
    }
    let mut opts = Options::parse(rest)?;
    match command.as_str() {
        "search" => {
            let c = load(&opts.catalogue)?;
            let engine = Engine::open(preventiewijzer_indexer::build(&c).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
            opts.query.text = opts.text.join(" ");
            let unknown = engine.unknown_ids(&opts.query);
            if let Some((facet, id)) = unknown.first() {
                let v = engine.vocabulary();
                let hint = v.nearest(*facet, id).map(|n| format!("did you mean `{n}`? ")).unwrap_or_default();
                return Err(format!("unknown {} `{id}`; {hint}(allowed: {})", facet.field(), v.ids(*facet)));
            }
            let results = engine.search(&opts.query);
            if opts.json {
                println!("{}", serde_json::to_string_pretty(&results).map_err(|e| e.to_string())?);
            } else {
                println!("{} resultaten", results.total);
                if let Some(d) = &results.suggestions.drop_filter {
                    println!("   zonder '{}': {} resultaten", d.label, d.total);
                }
                if let Some(s) = &results.suggestions.spelling {
                    println!("   bedoel je: {s}");
                }
                for (rank, h) in results.hits.iter().enumerate() {
                    println!(
                        "{:>2}. {:.3}  {}  [{}]  {}\n      {}",
                        rank + 1,
                        h.score,
                        h.title,
                        h.id,
                        age_range(h.age_min, h.age_max, opts.query.lang),
                        h.why.join(" · ")
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command `{other}`\n{USAGE}")),
    }
}

/// `check`: validates the catalogue; with `--stale`, also lists what to check again
/// ([`preventiewijzer::editor::stale`]). Stale entries are a to-do list, not errors: the exit
/// code stays 0 when the catalogue is valid.
fn check(args: &[String]) -> Result<ExitCode, String> {
    use preventiewijzer::editor::stale;
    use preventiewijzer_model::catalogue::validate::{parse_date, today};
    let (mut dir, mut show_stale, mut months, mut on) = (PathBuf::from("catalogue"), false, None, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = || it.next().cloned().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--catalogue" => dir = PathBuf::from(value()?),
            "--stale" => show_stale = true,
            "--months" => {
                let v = value()?;
                months = Some(
                    v.parse::<u32>().ok().filter(|m| (1..=1200).contains(m)).ok_or_else(|| format!("--months: `{v}` is not a number of months (1–1200)"))?,
                );
            }
            "--today" => {
                let v = value()?;
                on = Some(parse_date(&v).ok_or_else(|| format!("--today: `{v}` is not a date (write YYYY-MM-DD)"))?);
            }
            other if other.starts_with("--") => return Err(format!("`{other}` is not an option of `check`\n{USAGE}")),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    if !show_stale && (months.is_some() || on.is_some()) {
        return Err("--months and --today only go with --stale".into());
    }
    let c = load(&dir)?;
    println!("{}: ok — {} materials, {} helplines, {} situations", dir.display(), c.materials.len(), c.helplines.len(), c.situations.len());
    if show_stale {
        let today = on.or_else(today).ok_or("this platform has no clock; give --today YYYY-MM-DD")?;
        let months = months.unwrap_or(stale::DEFAULT_MONTHS);
        print!("{}", stale::report(&stale::stale(&c, today, months), today, months));
    }
    Ok(ExitCode::SUCCESS)
}

/// The data files the widget loads next to its wasm: the records (tier 1: catalogue, lexicon,
/// stems) and the packed tantivy index (tier 2), both opened once before anything is written, so
/// a file that is written is one the widget can open. With `--local DIR`: a data folder for the
/// `data` attribute (content-hashed names and a manifest). The files are made in memory by
/// `preventiewijzer_indexer::folder` (shared with the wasm studio); this only reads and writes.
/// Nothing is written when the national or the local catalogue has an error.
fn pack(args: &[String]) -> Result<ExitCode, String> {
    let (mut dir, mut out, mut local) = (PathBuf::from("catalogue"), None, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = || it.next().map(PathBuf::from).ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--catalogue" => dir = value()?,
            "--out" => out = Some(value()?),
            "--local" => local = Some(value()?),
            other => return Err(format!("pack: unknown argument `{other}`\n{USAGE}")),
        }
    }
    let out = out.ok_or_else(|| format!("pack needs --out DIR\n{USAGE}"))?;
    let c = load(&dir)?;
    let packed = match &local {
        None => folder::national(&c)?,
        Some(local) => {
            let nothing = |why: String| format!("{why} in the local catalogue at {}; nothing was written", local.display());
            let (files, unread) = catalogue::local::read_local(local);
            let packed = folder::data_folder(&c, &files);
            // Files that cannot be read and validation errors are listed together, every one.
            let errors = match packed {
                Ok(p) if unread.is_empty() => Ok(p),
                Ok(_) => Err(unread),
                Err(folder::PackError::Catalogue(errors)) => Err(catalogue::local::with_unread(Err(errors), unread).err().unwrap_or_default()),
                Err(folder::PackError::Build(why)) => return Err(nothing(why)),
            };
            errors.map_err(|errors| {
                for e in &errors {
                    eprintln!("{e}");
                }
                nothing(format!("{} error(s)", errors.len()))
            })?
        }
    };
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    for f in &packed.files {
        let path = out.join(&f.name);
        std::fs::write(&path, &f.bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        eprintln!("wrote {} ({} bytes)", path.display(), f.bytes.len());
    }
    eprintln!("{} materials ({} local), {} local helplines", packed.materials, packed.local_materials, packed.local_helplines);
    Ok(ExitCode::SUCCESS)
}

/// Loads and validates; on errors prints every one and fails.
fn load(dir: &std::path::Path) -> Result<Catalogue, String> {
    catalogue::load(dir).map_err(|errors| {
        for e in &errors {
            eprintln!("{e}");
        }
        format!("{} error(s) in the catalogue at {}", errors.len(), dir.display())
    })
}

struct Options {
    catalogue: PathBuf,
    query: Query,
    json: bool,
    text: Vec<String>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        let mut o = Options { catalogue: PathBuf::from("catalogue"), query: Query::default(), json: false, text: Vec::new() };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            let mut value = || it.next().cloned().ok_or_else(|| format!("{arg} needs a value"));
            match arg.as_str() {
                "--catalogue" => o.catalogue = PathBuf::from(value()?),
                "--json" => o.json = true,
                "--audience" => o.query.audiences.push(value()?),
                "--topic" => o.query.topics.push(value()?),
                "--risk-group" => o.query.risk_groups.push(value()?),
                "--format" => o.query.formats.push(value()?),
                "--stage" => o.query.stages.push(value()?),
                "--cost" => o.query.costs.push(value()?),
                "--language" => o.query.languages.push(value()?),
                "--region" => o.query.regions.push(value()?),
                "--evidence" => o.query.evidence.push(value()?),
                "--school-level" => o.query.school_level = Some(value()?),
                "--sort" => {
                    let v = value()?;
                    o.query.sort = Sort::parse(&v).ok_or_else(|| format!("--sort: `{v}` is not allowed (allowed: relevance, evidence, newest, title)"))?;
                }
                "--page" => {
                    let v = value()?;
                    o.query.page = v.parse().ok().filter(|p| *p >= 1).ok_or_else(|| format!("--page: `{v}` is not a page number (1 or more)"))?;
                }
                "--age" => {
                    let v = value()?;
                    o.query.age = Some(v.parse().ok().filter(|a: &u8| *a <= 99).ok_or_else(|| format!("--age: `{v}` is not an age (0–99)"))?);
                }
                "--lang" => {
                    let v = value()?;
                    o.query.lang = Lang::parse(&v).ok_or_else(|| format!("--lang: `{v}` is not allowed (allowed: nl, en)"))?;
                }
                "--limit" => {
                    let v = value()?;
                    o.query.limit = v.parse().map_err(|_| format!("--limit: `{v}` is not a number"))?;
                }
                "--" => o.text.extend(it.by_ref().cloned()),
                flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`\n{USAGE}")),
                word => o.text.push(word.to_string()),
            }
        }
        Ok(o)
    }
}

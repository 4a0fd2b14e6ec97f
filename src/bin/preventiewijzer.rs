//! `preventiewijzer`: the editors' and developers' command line. `preventiewijzer --help` lists
//! the commands and `preventiewijzer COMMAND --help` their flags (declared once, in `src/cli.rs`).

use std::process::ExitCode;

use clap::Parser;
use preventiewijzer::cli::{CheckArgs, Cli, Command, PackArgs, SearchArgs};
use preventiewijzer_engine::age_range;
use preventiewijzer_engine::Engine;
use preventiewijzer_indexer::folder;
use preventiewijzer_model::{catalogue, Catalogue};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout and succeed; wrong input fails with 1, as every
            // other error here (clap's own code would be 2).
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(1) } else { ExitCode::SUCCESS };
        }
    };
    let done = match &cli.command {
        Command::Check(args) => check(args),
        Command::Search(args) => search(args),
        Command::Pack(args) => pack(args),
        Command::Editor(tool) => preventiewijzer::editor::run(tool, &mut std::io::stdout().lock(), &mut std::io::stderr().lock()),
    };
    match done {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}

/// `search`: the ranking as the widget's tier 2 gives it, as text or as the engine's JSON.
fn search(args: &SearchArgs) -> Result<ExitCode, String> {
    let c = load(&args.catalogue.dir)?;
    let engine = Engine::open(preventiewijzer_indexer::build(&c).map_err(|e| e.to_string())?, c.clone()).map_err(|e| e.to_string())?;
    let query = args.query();
    let unknown = engine.unknown_ids(&query);
    if let Some((facet, id)) = unknown.first() {
        let v = engine.vocabulary();
        let hint = v.nearest(*facet, id).map(|n| format!("did you mean `{n}`? ")).unwrap_or_default();
        return Err(format!("unknown {} `{id}`; {hint}(allowed: {})", facet.field(), v.ids(*facet)));
    }
    let results = engine.search(&query);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&results).map_err(|e| e.to_string())?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("{} resultaten", results.total);
    if let Some(d) = &results.suggestions.drop_filter {
        println!("   zonder '{}': {} resultaten", d.label, d.total);
    }
    if let Some(s) = &results.suggestions.spelling {
        println!("   bedoel je: {s}");
    }
    for (rank, h) in results.hits.iter().enumerate() {
        println!("{:>2}. {:.3}  {}  [{}]  {}\n      {}", rank + 1, h.score, h.title, h.id, age_range(h.age_min, h.age_max, query.lang), h.why.join(" · "));
    }
    Ok(ExitCode::SUCCESS)
}

/// `check`: validates the catalogue; with `--stale`, also lists what to check again
/// ([`preventiewijzer::editor::stale`]). Stale entries are a to-do list, not errors: the exit
/// code stays 0 when the catalogue is valid.
fn check(args: &CheckArgs) -> Result<ExitCode, String> {
    use preventiewijzer::editor::stale;
    use preventiewijzer_model::catalogue::validate::today;
    if !args.stale && (args.months.is_some() || args.today.is_some()) {
        return Err("--months and --today only go with --stale".into());
    }
    let dir = &args.catalogue.dir;
    let c = load(dir)?;
    println!("{}: ok — {} materials, {} helplines, {} situations", dir.display(), c.materials.len(), c.helplines.len(), c.situations.len());
    if args.stale {
        let today = args.today.or_else(today).ok_or("this platform has no clock; give --today YYYY-MM-DD")?;
        let months = args.months.unwrap_or(stale::DEFAULT_MONTHS);
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
fn pack(args: &PackArgs) -> Result<ExitCode, String> {
    let (out, local) = (&args.out, &args.local);
    let c = load(&args.catalogue.dir)?;
    let packed = match local {
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
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
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

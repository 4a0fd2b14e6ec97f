//! The command line's arguments, declared once with clap's derive API: every command, flag and
//! value check of `preventiewijzer`. `preventiewijzer --help` (and `preventiewijzer COMMAND
//! --help`) is the usage text; nothing else repeats it. The filter flags of `search` come from
//! the engine's facet table ([`FILTERS`]), so a new filter facet gets its flag there.

use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, Args, FromArgMatches, Parser, Subcommand};
use preventiewijzer_engine::{Lang, Query, Sort, FILTERS};

use crate::editor;

/// Check, search and pack the Preventiewijzer catalogue, and the editors' spreadsheet tools.
#[derive(Parser, Debug)]
// A flag given twice: the last one counts, as before clap (scripts append their own `--limit`).
#[command(name = "preventiewijzer", version, arg_required_else_help = true, args_override_self = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Validate the catalogue: every error as file:line: field: message
    Check(CheckArgs),
    /// Search the catalogue as the widget does (tier 2) and print the ranking
    // Boxed: a whole query of flags, far larger than the other commands' arguments.
    Search(Box<SearchArgs>),
    /// Write the widget's data files (records, index), or with --local a data folder for the
    /// widget's `data` attribute
    Pack(PackArgs),
    #[command(flatten)]
    Editor(editor::Tool),
}

/// `--catalogue DIR`, which every command takes.
#[derive(Args, Debug, Clone)]
pub struct CatalogueDir {
    /// The catalogue folder (vocabulary.toml, helplines.toml, materials/, …)
    #[arg(long = "catalogue", value_name = "DIR", default_value = "catalogue")]
    pub dir: PathBuf,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    #[command(flatten)]
    pub catalogue: CatalogueDir,
    /// Also list materials not checked in N months and ratings older than five years (a to-do
    /// list: the exit code stays 0 when the catalogue is valid)
    #[arg(long)]
    pub stale: bool,
    /// With --stale: the months after which a material counts as not checked [default: 12]
    #[arg(long, value_name = "N", value_parser = months)]
    pub months: Option<u32>,
    /// With --stale: the date to count from instead of today's (tests)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date)]
    pub today: Option<(i64, u32, u32)>,
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    #[command(flatten)]
    pub catalogue: CatalogueDir,
    #[command(flatten)]
    pub filters: Filters,
    /// The young person's age (0–99)
    #[arg(long, value_name = "N", value_parser = age)]
    pub age: Option<u8>,
    /// A school level, as an id (vmbo-2) or as people write it (klas 2 vmbo, groep 7)
    #[arg(long, value_name = "LEVEL")]
    pub school_level: Option<String>,
    #[arg(long, value_name = "LANG", value_parser = lang, help = format!("The language of the explanations: {} (--language filters materials by their language)", Lang::codes()))]
    pub lang: Option<Lang>,
    /// The order of the results: relevance, evidence, newest or title
    #[arg(long, value_name = "ORDER", value_parser = sort)]
    pub sort: Option<Sort>,
    /// The page of results (1 or more)
    #[arg(long, value_name = "N", value_parser = page)]
    pub page: Option<usize>,
    /// Results per page [default: 20]
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Print the results as JSON (the engine's `Results`)
    #[arg(long)]
    pub json: bool,
    /// The words to search for (after `--` also words that start with a dash)
    #[arg(value_name = "TEXT")]
    pub text: Vec<String>,
}

impl SearchArgs {
    /// The engine's query these flags ask for.
    pub fn query(&self) -> Query {
        let mut q = self.filters.0.clone();
        q.text = self.text.join(" ");
        q.age = self.age;
        q.school_level = self.school_level.clone();
        if let Some(lang) = self.lang {
            q.lang = lang;
        }
        if let Some(sort) = self.sort {
            q.sort = sort;
        }
        if let Some(page) = self.page {
            q.page = page;
        }
        if let Some(limit) = self.limit {
            q.limit = limit;
        }
        q
    }
}

#[derive(Args, Debug)]
pub struct PackArgs {
    #[command(flatten)]
    pub catalogue: CatalogueDir,
    /// A local catalogue (regions.toml, materials/, helplines.toml) to add to the national one:
    /// then a data folder with content-hashed files and preventiewijzer-data.json naming them
    #[arg(long, value_name = "DIR")]
    pub local: Option<PathBuf>,
    /// The folder to write the files into
    #[arg(long, value_name = "DIR", required = true)]
    pub out: PathBuf,
}

/// The filter flags of `search` (`--audience ID`, `--topic ID`, …), one repeatable flag per row
/// of the engine's facet table [`FILTERS`]: the table names each flag, this only reads it. The
/// chosen ids are in the query's lists.
#[derive(Debug, Clone, Default)]
pub struct Filters(pub Query);

/// A facet row's flag without its dashes (`risk-group`).
fn long_name(cli_flag: &'static str) -> &'static str {
    cli_flag.strip_prefix("--").unwrap_or(cli_flag)
}

impl Args for Filters {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        FILTERS.iter().fold(cmd, |cmd, f| {
            cmd.arg(
                Arg::new(f.query_field)
                    .long(long_name(f.cli_flag))
                    .value_name("ID")
                    .action(ArgAction::Append)
                    .help(format!("Filter on {}: an id of catalogue/vocabulary.toml; repeat the flag to allow more", f.query_field.replace('_', " "))),
            )
        })
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}

impl FromArgMatches for Filters {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let mut filters = Filters::default();
        filters.update_from_arg_matches(matches)?;
        Ok(filters)
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        for f in &FILTERS {
            if let Some(ids) = matches.get_many::<String>(f.query_field) {
                f.chosen_mut(&mut self.0).extend(ids.cloned());
            }
        }
        Ok(())
    }
}

// Value checks: clap prints "invalid value 'V' for '--flag <N>': " before each message.

fn months(v: &str) -> Result<u32, String> {
    v.parse::<u32>().ok().filter(|m| (1..=1200).contains(m)).ok_or_else(|| format!("`{v}` is not a number of months (1–1200)"))
}

fn date(v: &str) -> Result<(i64, u32, u32), String> {
    preventiewijzer_model::catalogue::validate::parse_date(v).ok_or_else(|| format!("`{v}` is not a date (write YYYY-MM-DD)"))
}

fn age(v: &str) -> Result<u8, String> {
    v.parse().ok().filter(|a: &u8| *a <= 99).ok_or_else(|| format!("`{v}` is not an age (0–99)"))
}

fn page(v: &str) -> Result<usize, String> {
    v.parse().ok().filter(|p| *p >= 1).ok_or_else(|| format!("`{v}` is not a page number (1 or more)"))
}

fn lang(v: &str) -> Result<Lang, String> {
    Lang::parse(v).ok_or_else(|| format!("`{v}` is not allowed (allowed: {})", Lang::codes()))
}

fn sort(v: &str) -> Result<Sort, String> {
    Sort::parse(v).ok_or_else(|| format!("`{v}` is not allowed (allowed: relevance, evidence, newest, title)"))
}

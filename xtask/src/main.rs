//! `cargo xtask <task>`: every developer task in plain Rust (no shell soup). The tasks and their
//! options are the [`Task`] enum below; `cargo xtask --help` prints its usage text.

mod bench;
mod build;
mod compress;
mod local;
mod manifest;
mod serve;
mod setup;
mod studio;
mod test;

use std::path::PathBuf;
use std::process::{Command, ExitCode};

use clap::{Parser, Subcommand};

/// Developer tasks of Preventiewijzer.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Set up, build the widget in release mode and serve the site on localhost.
    Serve {
        /// The localhost port to listen on.
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// Serve the site already built (after `cargo xtask build`) without building.
        #[arg(long)]
        no_build: bool,
    },
    /// Set up and build the site into `target/site/` (prints sizes).
    Build,
    /// Set up (incl. Chromium) and run every test: native, wasm in headless Chromium, end-to-end.
    Test {
        /// Only the end-to-end test files whose name contains this (e.g. `local`), over the built
        /// test sites; skips the native and wasm tests.
        #[arg(long)]
        e2e: Option<String>,
    },
    /// Sizes and time to first results, written to `bench/REPORT.md`.
    Bench,
}

fn main() -> ExitCode {
    let result = match Cli::parse().task {
        Task::Serve { port, no_build } => serve::run(port, !no_build),
        Task::Build => setup::for_build().and_then(|_| build::site().map(|_| ())),
        Task::Test { e2e } => test::all(e2e.as_deref()),
        Task::Bench => bench::run(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Runs a command (from the repository root unless it has its own folder), echoing it; fails on
/// a non-zero exit.
pub fn run(cmd: &mut Command) -> Result<(), String> {
    if cmd.get_current_dir().is_none() {
        cmd.current_dir(root());
    }
    eprintln!("xtask: $ {}", describe(cmd));
    let status = cmd.status().map_err(|e| format!("cannot start {}: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

/// Runs a command and returns its standard output, or `None` when it cannot run or fails.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn describe(cmd: &Command) -> String {
    std::iter::once(cmd.get_program().to_string_lossy().into_owned())
        .chain(cmd.get_args().map(|a| a.to_string_lossy().into_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

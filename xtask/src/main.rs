//! `cargo xtask <task>`: every developer task in plain Rust (no shell soup).
//!
//! - `serve [--port N]`: set up, build the widget in release mode and serve `www/` on localhost.
//! - `build`: set up and build the site into `target/site/` (prints sizes).
//! - `test`: set up (incl. Chromium) and run every test: native, wasm in headless Chromium, end-to-end.
//! - `bench`: sizes and time to first results, written to `bench/REPORT.md`.

mod bench;
mod build;
mod serve;
mod setup;
mod test;

use std::path::PathBuf;
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve::run(&args[1..]),
        Some("build") => setup::for_build().and_then(|_| build::site().map(|_| ())),
        Some("test") => test::all(),
        Some("bench") => bench::run(),
        _ => Err("usage: cargo xtask serve [--port N] | build | test | bench".to_string()),
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

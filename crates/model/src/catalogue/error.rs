//! Errors in catalogue files, printed like a compiler: `file:line: field: what is wrong`.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    pub file: PathBuf,
    /// 1-based; 0 when the error is about the whole file.
    pub line: usize,
    /// The field, or empty when the error is not about one field.
    pub field: String,
    pub message: String,
}

impl CatalogueError {
    pub fn new(file: &Path, line: usize, field: &str, message: impl Into<String>) -> Self {
        CatalogueError { file: file.to_path_buf(), line, field: field.to_string(), message: message.into() }
    }

    /// A TOML syntax or shape error (unknown field, missing field, wrong type) at the line it names.
    pub fn from_toml(file: &Path, text: &str, e: &toml::de::Error) -> Self {
        let line = e.span().map_or(0, |s| line_at(text, s.start)).max(1);
        let message = e.message().trim().to_string();
        if let Some(field) = message.strip_prefix("missing field `").and_then(|r| r.split('`').next()) {
            return CatalogueError::new(file, line, field, "is required but missing");
        }
        if let Some(rest) = message.strip_prefix("unknown field `") {
            let (field, allowed) = rest.split_once('`').unwrap_or((rest, ""));
            let allowed = allowed.trim_start_matches(", expected ").trim_start_matches("one of ").replace('`', "");
            return CatalogueError::new(file, line, field, format!("unknown field (allowed: {allowed})"));
        }
        let key = text.lines().nth(line - 1).and_then(|l| l.split_once('=')).map(|(k, _)| k.trim()).unwrap_or_default();
        let key = if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') { key } else { "" };
        CatalogueError::new(file, line, key, message)
    }
}

/// The 1-based line holding byte `offset`.
pub fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].bytes().filter(|b| *b == b'\n').count() + 1
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        if !self.field.is_empty() {
            write!(f, ": {}", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for CatalogueError {}

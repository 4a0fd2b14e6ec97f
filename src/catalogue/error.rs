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
        let line = e.span().map_or(0, |s| line_at(text, s.start));
        let message = e.message().trim().to_string();
        let field = quoted_field(&message).unwrap_or_default();
        let message = if line == 0 || field.is_empty() {
            message
        } else {
            message.replace(&format!("`{field}`"), "this field")
        };
        CatalogueError::new(file, line.max(usize::from(text.is_empty())), &field, message)
    }
}

/// The 1-based line holding byte `offset`.
pub fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].bytes().filter(|b| *b == b'\n').count() + 1
}

/// The first field name quoted with backticks in a serde message ("unknown field `foo`").
fn quoted_field(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(message[start..start + len].to_string())
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

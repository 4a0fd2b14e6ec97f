//! Rules for `searches.toml`: example searches and the materials ranked for them.

use std::path::Path;

use super::{entry_field_line, entry_id, first_duplicate, quoted_line, unknown_id};
use crate::catalogue::{CatalogueError, ExampleSearch, Material, MAX_RANKED};
use crate::vocabulary::{Facet, Vocabulary};

/// Rules for example searches: unique slug ids, words or a filter, known audiences, a known
/// interface language, an age a person can have, and one to [`MAX_RANKED`] known materials,
/// each once.
pub fn searches(path: &Path, text: &str, list: &[ExampleSearch], vocab: &Vocabulary, materials: &[&Material]) -> Vec<CatalogueError> {
    let mut errors = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for e in list {
        let (nth, id_errors) = entry_id(&mut seen, &e.id, "searches");
        let mut err = |field: &str, message: String| errors.push(CatalogueError::new(path, entry_field_line(text, &e.id, nth, field), field, message));
        id_errors.into_iter().for_each(|why| err("id", why));
        if e.text.trim().is_empty() && e.audiences.is_empty() && e.age.is_none() {
            err("text", "an example search needs words or a chosen audience or age".into());
        }
        for a in &e.audiences {
            if let Some(why) = unknown_id(vocab, Facet::Audiences, a) {
                err("audiences", why);
            }
        }
        if crate::Lang::parse(&e.lang).is_none() {
            err("lang", format!("unknown language `{}` (allowed: {})", e.lang, crate::Lang::codes()));
        }
        if e.age.is_some_and(|a| a > 99) {
            err("age", "must be an age in years (0–99)".into());
        }
        if e.ranked.is_empty() || e.ranked.len() > MAX_RANKED {
            err("ranked", format!("needs 1 to {MAX_RANKED} material ids, best first ({} given)", e.ranked.len()));
        }
        if let Some(dup) = first_duplicate(&e.ranked) {
            err("ranked", format!("`{dup}` is listed twice"));
        }
        for id in e.ranked.iter().filter(|id| !materials.iter().any(|m| &m.id == *id)) {
            errors.push(CatalogueError::new(path, quoted_line(text, &e.id, nth, id), "ranked", format!("unknown material id `{id}`")));
        }
    }
    errors
}

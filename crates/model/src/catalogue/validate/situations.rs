//! Rules for `situations.toml`: the situations themselves, and the materials each lists.

use std::path::Path;

use super::{check_url, entry_field_line, entry_id, first_duplicate, quoted_line, unknown_id};
use crate::catalogue::{CatalogueError, Helpline, Material, Situation};
use crate::vocabulary::{Facet, Vocabulary};

/// Rules for situations: unique slug ids, labels and phrases present, known topics, audiences
/// and helplines, advice for an acute situation, sources with an `https:` address, a tier A–D
/// and a quote.
pub fn situations(path: &Path, text: &str, list: &[Situation], vocab: &Vocabulary, helplines: &[Helpline]) -> Vec<CatalogueError> {
    let mut errors = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for s in list {
        let (nth, id_errors) = entry_id(&mut seen, &s.id, "situations");
        let mut err = |field: &str, message: String| {
            errors.push(CatalogueError::new(path, entry_field_line(text, &s.id, nth, field), field, message));
        };
        id_errors.into_iter().for_each(|why| err("id", why));
        for (field, value) in [("nl", &s.nl), ("en", &s.en)] {
            if value.trim().is_empty() {
                err(field, "must not be empty".into());
            }
        }
        if s.phrases.is_empty() || s.phrases.iter().any(|p| p.trim().is_empty()) {
            err("phrases", "needs at least one phrase, and no empty ones (how people type it)".into());
        }
        if let Some(dup) = first_duplicate(&s.phrases) {
            err("phrases", format!("`{dup}` is listed twice"));
        }
        for (facet, field, values) in [(Facet::Topics, "topics", &s.topics), (Facet::Audiences, "who", &s.who), (Facet::Audiences, "start", &s.start)] {
            if values.is_empty() && field != "start" {
                err(field, format!("needs at least one value (allowed: {})", vocab.ids(facet)));
            }
            for v in values {
                if let Some(why) = unknown_id(vocab, facet, v) {
                    err(field, why);
                }
            }
        }
        for h in &s.helplines {
            if !helplines.iter().any(|x| &x.id == h) {
                let ids: Vec<&str> = helplines.iter().map(|x| x.id.as_str()).collect();
                err("helplines", format!("unknown helpline id `{h}` (allowed: {})", ids.join(", ")));
            }
        }
        if s.acute && s.advice.as_deref().is_none_or(|a| a.trim().is_empty()) {
            err("advice", "an acute situation needs advice (what to do now)".into());
        }
        if s.sources.is_empty() {
            err("sources", "needs at least one source".into());
        }
        for src in &s.sources {
            let line = quoted_line(text, &s.id, nth, &src.url);
            if let Err(why) = check_url(&src.url) {
                errors.push(CatalogueError::new(path, line, "sources", why));
            }
            if !matches!(src.tier.as_str(), "A" | "B" | "C" | "D") {
                errors.push(CatalogueError::new(path, line, "sources", format!("tier `{}` is not one of A, B, C, D", src.tier)));
            }
            if src.quote.trim().is_empty() || src.org.trim().is_empty() {
                errors.push(CatalogueError::new(path, line, "sources", "needs an org and a verbatim quote"));
            }
        }
    }
    errors
}

/// Rules for the materials a situation lists: each is a known material, listed once, and its
/// `because` occurs in that material's record (spaces aside), so the link states nothing the
/// record does not.
pub fn situation_materials(path: &Path, text: &str, list: &[Situation], materials: &[&Material]) -> Vec<CatalogueError> {
    let squash = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut errors = Vec::new();
    for (i, s) in list.iter().enumerate() {
        let nth = list[..i].iter().filter(|x| x.id == s.id).count();
        for (k, link) in s.materials.iter().enumerate() {
            let mut err = |message: String| errors.push(CatalogueError::new(path, quoted_line(text, &s.id, nth, &link.id), "materials", message));
            let Some(m) = materials.iter().find(|m| m.id == link.id) else {
                err(format!("unknown material id `{}`", link.id));
                continue;
            };
            if s.materials[..k].iter().any(|x| x.id == link.id) {
                err(format!("`{}` is listed twice", link.id));
            }
            let because = squash(&link.because);
            let record = [Some(&m.summary), m.summary_en.as_ref(), Some(&m.source)];
            if because.split(' ').count() < 4 || !record.into_iter().flatten().any(|t| squash(t).contains(&because)) {
                err(format!("`because` of `{}` must be at least four words found as they are in its summary, summary_en or source", link.id));
            }
        }
    }
    errors
}

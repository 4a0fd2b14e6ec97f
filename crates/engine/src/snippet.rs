//! A short part of the summary around the first matched word, with matched words marked. The
//! parts are plain text: the widget escapes them and wraps marked parts in `<mark>`.

use std::collections::HashSet;

use super::lexicon::Lexicon;
use super::results::SnippetPart;
use super::text::words;

/// Characters of context shown before the first match and in all.
const BEFORE: usize = 60;
const LENGTH: usize = 220;

pub fn snippet(summary: &str, stems: &HashSet<&str>, lexicon: &Lexicon) -> Vec<SnippetPart> {
    // Split into words and the gaps between them, keeping every character.
    let mut pieces: Vec<(&str, bool)> = Vec::new();
    let mut start = 0;
    let mut in_word = false;
    for (i, c) in summary.char_indices() {
        let w = c.is_alphanumeric();
        if i > start && w != in_word {
            pieces.push((&summary[start..i], in_word));
            start = i;
        }
        in_word = w;
    }
    if start < summary.len() {
        pieces.push((&summary[start..], in_word));
    }
    let marked = |p: &str| words(p).iter().any(|w| lexicon.stem_of(w).is_some_and(|s| stems.contains(s)));
    let first = pieces.iter().position(|(p, is_word)| *is_word && marked(p));
    let Some(first) = first else { return Vec::new() };
    // Start a little before the first match, at a word boundary.
    let offset: usize = pieces[..first].iter().map(|(p, _)| p.len()).sum();
    let mut from = 0;
    let mut acc = 0;
    for (i, (p, is_word)) in pieces.iter().enumerate() {
        if *is_word && acc + BEFORE >= offset {
            from = i;
            break;
        }
        acc += p.len();
    }
    let mut parts: Vec<SnippetPart> = Vec::new();
    if from > 0 {
        parts.push(SnippetPart { text: "… ".into(), marked: false });
    }
    let mut length = 0;
    for (p, is_word) in &pieces[from..] {
        if length > LENGTH && *is_word {
            parts.push(SnippetPart { text: " …".into(), marked: false });
            break;
        }
        length += p.len();
        let mark = *is_word && marked(p);
        match parts.last_mut() {
            Some(last) if last.marked == mark && !mark => last.text.push_str(p),
            _ => parts.push(SnippetPart { text: p.to_string(), marked: mark }),
        }
    }
    parts
}

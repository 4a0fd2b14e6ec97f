//! The lexicon of a catalogue, built with the Dutch stemmer: every catalogue word with its stem
//! and frequency, the vocabulary phrases as stems, the school levels as words. Tier 2 builds it
//! at open; the indexer builds it once for tier 1's records ([`super::records`]).

use super::schema::analyze;
use crate::catalogue::Catalogue;
use crate::lexicon::{Lexicon, Phrase, SituationStems};
use crate::tags::TAGGED;
use crate::text::words;

impl Lexicon {
    /// The lexicon of `c`; typed words are stemmed as the index stems them.
    pub fn new(c: &Catalogue) -> Lexicon {
        let mut lex = Lexicon::default();
        lex.stemmer = Some(analyze);
        let mut english: Vec<String> = Vec::new();
        for m in &c.materials {
            let text = [&m.title, &m.summary, m.summary_en.as_deref().unwrap_or_default(), m.publisher.as_deref().unwrap_or_default(), &m.keywords.join(" ")]
                .map(|s| s.to_string())
                .join(" ");
            lex.add(&text);
            // Material only in English is English throughout; else only its English summary.
            let in_english = m.languages.iter().all(|l| l == "en");
            english.extend(words(if in_english { &text } else { m.summary_en.as_deref().unwrap_or_default() }));
        }
        for facet in TAGGED {
            // "Format unknown" says the source is silent; nobody searches for it, and typed
            // words ("een onbekende volwassene") must not name it.
            for t in c.vocabulary.terms(facet).iter().filter(|t| t.id != "onbekend") {
                let id_words = t.id.replace('-', " ");
                english.extend(words(&t.en));
                for phrase in [&t.nl, &t.en, &id_words].into_iter().chain(&t.synonyms) {
                    lex.add(phrase);
                    let stems = analyze(phrase);
                    if !stems.is_empty() {
                        lex.phrases.push(Phrase { stems, facet, id: t.id.clone() });
                    }
                }
            }
        }
        for t in &c.vocabulary.school_levels {
            if let (Some(lo), Some(hi)) = (t.age_min, t.age_max) {
                for name in std::iter::once(&t.nl).chain(&t.synonyms) {
                    let name = words(name);
                    if !name.is_empty() {
                        lex.school_levels.push((name, (lo, hi)));
                    }
                }
            }
        }
        // Situations: their words join the lexicon (so tier 1 stems a typed "cadeaus" too), and
        // their phrases and the sources' signals are kept as stems for matching.
        for sit in &c.situations {
            let mut stems = SituationStems::default();
            // The labels too ("Mijn kind heeft een veel oudere vriend"): our own wording, used
            // only for matching, and the only English besides the UK sources' wording.
            english.extend(sit.phrases_en.iter().chain([&sit.en]).flat_map(|p| words(p)));
            for phrase in sit.phrases.iter().chain(&sit.phrases_en).chain([&sit.nl, &sit.en]) {
                lex.add(phrase);
                stems.phrases.push(content_stems(phrase));
            }
            for (k, source) in sit.sources.iter().enumerate() {
                if let Some(signal) = &source.signal {
                    stems.signals.push((k, content_stems(signal)));
                }
            }
            lex.situations.push(stems);
        }
        english.sort();
        english.dedup();
        lex.english_words = english;
        lex.index_words();
        lex
    }

    fn add(&mut self, text: &str) {
        for w in words(text) {
            if let Some(entry) = self.words.get_mut(&w) {
                entry.1 += 1;
            } else if let Some(stem) = analyze(&w).into_iter().next() {
                self.words.insert(w, (stem, 1));
            }
        }
    }
}

/// The stems of the words in `text` that carry content (no stopwords, no question words).
fn content_stems(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in words(text).iter().filter(|w| !crate::dutch::content_free(w)) {
        for stem in analyze(w) {
            if !out.contains(&stem) {
                out.push(stem);
            }
        }
    }
    out
}

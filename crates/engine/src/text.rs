//! Free text → a plan of stems that both tiers score ([`crate::scorer`]). Words are analyzed
//! exactly as the index was (Dutch stemming), so no input is ever a syntax error. Each typed word becomes a *slot* of stems: its own stem, or
//! the stem of its spelling correction, plus — for the word being typed — the stems of catalogue
//! words it is a prefix of. Vocabulary phrases found in the slots add their facet tag.

use super::lexicon::Lexicon;
use crate::vocabulary::Facet;
use crate::weights::Weights;

/// Only the first words and characters of a very long text are searched: a query is a few
/// words, and this keeps a pasted essay (or an attack) from building a huge query.
const MAX_WORDS: usize = 16;
const MAX_CHARS: usize = 500;
/// Completions considered for the word being typed.
const MAX_COMPLETIONS: usize = 12;

/// Lowercased, diacritic-free words of `text`, unstemmed: with tantivy (feature `tier2`) its
/// simple tokenizer, lower caser and ASCII folding, so words are split exactly as the index
/// splits them; without, [`plain_words`], the same rebuilt without tantivy (a native test checks
/// both give the same words on the whole catalogue).
pub fn words(text: &str) -> Vec<String> {
    #[cfg(feature = "tier2")]
    return crate::tier2::schema::folded_words(text);
    #[cfg(not(feature = "tier2"))]
    return plain_words(text);
}

/// [`words`] without tantivy.
pub fn plain_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut out = String::with_capacity(w.len());
            for c in w.chars().flat_map(char::to_lowercase) {
                match fold(c) {
                    Some(f) => out.push_str(f),
                    None => out.push(c),
                }
            }
            out
        })
        .collect()
}

/// ASCII folding of the lowercase letters a Dutch (or English, French, German…) catalogue uses.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        _ => return None,
    })
}

/// One typed word and what it may match.
#[derive(Debug, Clone)]
pub struct Slot {
    /// As typed (folded).
    pub word: String,
    /// The catalogue word it was corrected to, if misspelled.
    pub corrected: Option<String>,
    /// `(stem, weight)`: the word's stem (or its correction's) and, while typing, completions.
    pub stems: Vec<(String, f32)>,
}

#[derive(Debug, Clone, Default)]
pub struct TextPlan {
    pub slots: Vec<Slot>,
    /// Vocabulary terms named in the text: `(facet, id, slot range)`.
    pub tags: Vec<(Facet, String, std::ops::Range<usize>)>,
    /// Stems of the other one-word names of those terms.
    pub expansions: Vec<String>,
    /// The terms of `tags` that the words name as typed, not only through a completion or a
    /// compound that contains a typed word ("naaktfoto" names sexting; "naakt" does not).
    pub named: Vec<(Facet, String)>,
    /// The risk groups the typed words name as whole words ("dochter met lvb", "licht
    /// verstandelijke beperking"): not through a part of a compound ("boy" in "loverboys"), and
    /// not by a word that only says who the young person is ("meisje", "jongens", "boy") or by
    /// a school level ("vmbo"), which nearly every question names in passing.
    pub named_groups: Vec<String>,
}

impl TextPlan {
    pub fn new(text: &str, lex: &Lexicon, w: &Weights) -> TextPlan {
        let cut: String = text.chars().take(MAX_CHARS).collect();
        let typing = cut.len() == text.len() && !text.ends_with(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
        let mut typed = words(&cut);
        typed.truncate(MAX_WORDS);
        let mut slots = Vec::new();
        // Not question words, nor "my 5 year old", "dochter 14": an age, which steers by age
        // (see `understand`).
        for (i, word) in crate::dutch::content_words(&typed) {
            let Some(stem) = lex.stem_typed(word) else { continue };
            let mut slot = Slot { word: word.clone(), corrected: None, stems: Vec::new() };
            let completions = if typing && i + 1 == typed.len() && word.chars().count() >= 3 { lex.completions(word, MAX_COMPLETIONS) } else { Vec::new() };
            // A word being typed that completes to catalogue words is not a typo (yet).
            // Nor is the head of catalogue compounds ("naakt" of "naaktfoto"), which would
            // otherwise be "corrected" to a word one letter away ("maakt").
            let known = lex.has_stem(&stem)
                || lex.contains(word)
                || !completions.is_empty()
                || !lex.compounds_with(&stem).is_empty()
                || !lex.compounds_with(word).is_empty();
            let parts = lex.parts(word);
            // An unknown word that is another English form of catalogue words ("exploited",
            // "sexually") means those words: no correction to a Dutch word one letter away.
            let english = lex.english_forms(word);
            // Only an unknown word that is no compound of catalogue words is corrected (a scan
            // of the lexicon).
            match if known || parts.is_some() || !english.is_empty() { None } else { lex.correct(word) } {
                _ if !known && !english.is_empty() => slot.stems.extend(english.iter().map(|s| (s.clone(), w.english_form))),
                Some(fixed) => {
                    slot.corrected = Some(fixed.to_string());
                    slot.stems.push((lex.stem_of(fixed).unwrap_or(fixed).to_string(), w.corrected));
                }
                None => slot.stems.push((stem, 1.0)),
            }
            let own = slot.stems[0].0.clone();
            let mut add = |stem: String, weight: f32| {
                if !slot.stems.iter().any(|(x, _)| *x == stem) {
                    slot.stems.push((stem, weight));
                }
            };
            for form in english {
                add(form.clone(), w.english_form);
            }
            for part in parts.iter().flat_map(|(h, t)| [h, t]) {
                add(lex.stem_of(part).unwrap_or(part).to_string(), w.split);
            }
            // Parts are keyed by their stem, or as written when the catalogue has no such word.
            for compound in lex.compounds_with(&own).iter().chain(lex.compounds_with(word)) {
                add(compound.clone(), w.compound);
            }
            for s in completions {
                if !slot.stems.iter().any(|(x, _)| *x == s) {
                    slot.stems.push((s, w.completion));
                }
            }
            // A word that only says who is typing or about whom ("mijn dochter", "mijn klas")
            // still decides the audience, but as a search word it matches by chance ("Het zou
            // je dochter kunnen zijn").
            if crate::dutch::is_speaker_word(word) {
                slot.stems.iter_mut().for_each(|(_, weight)| *weight *= w.speaker);
            }
            slots.push(slot);
        }
        let mut tags = Vec::new();
        let mut named: Vec<(Facet, String)> = Vec::new();
        let mut named_groups: Vec<String> = Vec::new();
        let in_passing = |word: &str| crate::dutch::is_young_person_word(word) || lex.school_levels.iter().any(|(name, _)| name.iter().any(|n| n == word));
        for p in &lex.phrases {
            let n = p.stems.len();
            for start in 0..(slots.len() + 1).saturating_sub(n) {
                let fits_with = |min: f32| p.stems.iter().enumerate().all(|(k, s)| slots[start + k].stems.iter().any(|(x, w)| x == s && *w >= min));
                if fits_with(0.0) && !tags.iter().any(|(f, id, _): &(Facet, String, _)| *f == p.facet && *id == p.id) {
                    tags.push((p.facet, p.id.clone(), start..start + n));
                }
                if fits_with(w.split) && !named.iter().any(|(f, id)| *f == p.facet && *id == p.id) {
                    named.push((p.facet, p.id.clone()));
                }
                let whole = || p.stems.iter().enumerate().all(|(k, s)| slots[start + k].stems.first().is_some_and(|(x, _)| x == s));
                if p.facet == Facet::RiskGroups
                    && !named_groups.contains(&p.id)
                    && whole()
                    && !slots[start..start + n].iter().any(|slot| in_passing(&slot.word))
                {
                    named_groups.push(p.id.clone());
                }
            }
        }
        let mut expansions: Vec<String> = Vec::new();
        for p in lex.phrases.iter().filter(|p| p.stems.len() == 1 && tags.iter().any(|(f, id, _)| *f == p.facet && *id == p.id)) {
            let stem = &p.stems[0];
            if !expansions.contains(stem) && !slots.iter().any(|s| s.stems.iter().any(|(x, _)| x == stem)) {
                expansions.push(stem.clone());
            }
        }
        TextPlan { slots, tags, expansions, named, named_groups }
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The text with misspelled words replaced, when any was.
    pub fn spelling(&self) -> Option<String> {
        self.slots
            .iter()
            .any(|s| s.corrected.is_some())
            .then(|| self.slots.iter().map(|s| s.corrected.clone().unwrap_or_else(|| s.word.clone())).collect::<Vec<_>>().join(" "))
    }

    /// The stems of what the user meant: each word's own stem (or its correction's) and the
    /// parts of a compound (stems weighed at least [`Weights::split`]), without completions of
    /// a word still being typed.
    pub fn meaning_stems(&self, w: &Weights) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for (stem, _) in self.slots.iter().flat_map(|s| s.stems.iter().filter(|(_, weight)| *weight >= w.split).chain(s.stems.first())) {
            if !out.contains(&stem.as_str()) {
                out.push(stem);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::TextPlan;
    use crate::lexicon::{Lexicon, Phrase};
    use crate::vocabulary::Facet;

    #[test]
    fn a_risk_group_named_in_passing_is_not_asked_for() {
        let mut lex = Lexicon::default();
        for (stem, id) in [("lvb", "lvb"), ("meisje", "meisjes"), ("vmbo", "laagopgeleid")] {
            lex.phrases.push(Phrase { stems: vec![stem.to_string()], facet: Facet::RiskGroups, id: id.to_string() });
        }
        lex.school_levels.push((vec!["vmbo".to_string()], (12, 16)));
        let groups = |text: &str| TextPlan::new(text, &lex, &crate::weights::Weights::default()).named_groups;
        assert_eq!(groups("meisje met lvb beschermen "), vec!["lvb".to_string()]);
        // A girl, a school level: who and where the young person is, said in passing.
        assert!(groups("meisje op de groep heeft een loverboy ").is_empty());
        assert!(groups("voorlichting vmbo ").is_empty());
    }
}

//! The catalogue's own words, for what people actually type: spelling correction (edit
//! distance 1 for words of 5+ letters, 2 for 9+), prefix completion of the word being typed,
//! and the vocabulary's synonyms ("tienerpooier" means the topic `loverboys`). Correcting
//! against the unstemmed words and then stemming keeps typo tolerance and stemming together:
//! "weerbaarhied" → "weerbaarheid" → the same stem the index has.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::text::words;
use crate::vocabulary::Facet;

/// A vocabulary phrase ("lover boy", "naaktfoto's") as stems, and the term it stands for.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Phrase {
    pub stems: Vec<String>,
    pub facet: Facet,
    pub id: String,
}

#[derive(Debug, Default)]
pub struct Lexicon {
    /// Folded word → (its stem, how often it occurs).
    pub(crate) words: BTreeMap<String, (String, u32)>,
    /// Words by length in chars, for edit-distance search.
    by_len: HashMap<usize, Vec<String>>,
    stems: HashSet<String>,
    pub phrases: Vec<Phrase>,
    /// The names of each school level as words, with the level's ages.
    pub(crate) school_levels: Vec<(Vec<String>, (u8, u8))>,
    /// Compound catalogue words and their two parts ("naaktfoto" → "naakt", "foto").
    compounds: HashMap<String, (String, String)>,
    /// The heads of those compounds (a head may start a compound the catalogue lacks).
    heads: HashSet<String>,
    /// A part's stem (or the part as written, when the catalogue has no such word: "naakt") →
    /// the stems of the compound words it is part of.
    containing: HashMap<String, Vec<String>>,
    /// The catalogue's English words (English summaries and materials, vocabulary labels, the
    /// UK sources' wording of situations).
    pub(crate) english_words: Vec<String>,
    /// English form key ([`crate::english::form_key`]) → the stems of the English catalogue
    /// words with that key ("exploit" → the stems of "exploitation", "exploited").
    english: HashMap<String, Vec<String>>,
    /// Each situation's phrases and sourced signals as stems (in the catalogue's order).
    pub(crate) situations: Vec<SituationStems>,
    /// The Dutch stemmer that stems typed words (tier 2), or `None`: typed words are only
    /// looked up among the catalogue's words (tier 1, no stemmer in its wasm).
    pub(crate) stemmer: Option<fn(&str) -> Vec<String>>,
}

/// What a [`Lexicon`] is made of, precomputed natively for the tier-1 engine (no stemmer there).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LexiconData {
    /// `(folded word, stem, frequency)`.
    pub words: Vec<(String, String, u32)>,
    pub phrases: Vec<Phrase>,
    pub school_levels: Vec<(Vec<String>, (u8, u8))>,
    #[serde(default)]
    pub situations: Vec<SituationStems>,
    /// The catalogue's English words (see [`Lexicon`]).
    #[serde(default)]
    pub english: Vec<String>,
}

/// One situation of `situations.toml` as stems: how people type it, and each source's own
/// wording of the signal (`(source index, stems)`), for naming the signal a query matches.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SituationStems {
    pub phrases: Vec<Vec<String>>,
    pub signals: Vec<(usize, Vec<String>)>,
}

impl Lexicon {
    /// The lexicon of the precomputed data but for the compounds, which [`Lexicon::index_compounds`]
    /// then adds (two steps of tier 1's opening, each a main-thread task in the widget).
    pub(crate) fn from_data_without_compounds(d: LexiconData) -> Lexicon {
        let mut lex = Lexicon { phrases: d.phrases, school_levels: d.school_levels, situations: d.situations, english_words: d.english, ..Lexicon::default() };
        lex.words = d.words.into_iter().map(|(w, s, f)| (w, (s, f))).collect();
        lex.index_words_but_compounds();
        lex
    }

    #[cfg(feature = "tier2")]
    pub(crate) fn index_words(&mut self) {
        self.index_words_but_compounds();
        self.index_compounds();
    }

    fn index_words_but_compounds(&mut self) {
        for (w, (stem, _)) in &self.words {
            self.by_len.entry(w.chars().count()).or_default().push(w.clone());
            self.stems.insert(stem.clone());
        }
        // Sorted for lookups in [`Lexicon::english_forms`].
        self.english_words.sort();
        self.english_words.dedup();
        for w in &self.english_words {
            if let (Some(key), Some((stem, _))) = (crate::english::form_key(w), self.words.get(w)) {
                let stems = self.english.entry(key).or_default();
                if !stems.contains(stem) {
                    stems.push(stem.clone());
                }
            }
        }
    }

    /// Splits the catalogue's compounds against its own words: the tail must be a catalogue
    /// word, the head a catalogue word or the head of at least two such compounds ("naakt" in
    /// "naaktfoto" and "naaktbeelden"). Both parts have at least [`MIN_PART`] letters; of
    /// several splits the most even wins.
    pub(crate) fn index_compounds(&mut self) {
        let mut candidates: Vec<(&str, &str, &str)> = Vec::new();
        for w in self.words.keys().filter(|w| w.len() >= 2 * MIN_PART && w.is_ascii()) {
            for (head, tail) in splits(w) {
                if self.words.contains_key(tail) {
                    candidates.push((w, head, tail));
                }
            }
        }
        let mut heads: HashMap<&str, HashSet<&str>> = HashMap::new();
        for (w, head, _) in &candidates {
            heads.entry(head).or_default().insert(w);
        }
        let mut compounds: HashMap<String, (String, String)> = HashMap::new();
        for (w, head, tail) in candidates {
            if !self.words.contains_key(head) && heads[head].len() < 2 {
                continue;
            }
            let even = |(h, t): (&str, &str)| h.len().min(t.len());
            if compounds.get(w).is_none_or(|(h, t)| even((head, tail)) > even((h, t))) {
                compounds.insert(w.to_string(), (head.to_string(), tail.to_string()));
            }
        }
        let mut containing: HashMap<String, Vec<String>> = HashMap::new();
        let stem = |w: &str| self.words.get(w).map_or(w, |(s, _)| s.as_str()).to_string();
        for (w, (h, t)) in &compounds {
            for part in [h, t] {
                containing.entry(stem(part)).or_default().push(stem(w));
            }
        }
        containing.values_mut().for_each(|v| {
            v.sort();
            v.dedup();
        });
        self.heads = compounds.values().map(|(h, _)| h.clone()).collect();
        self.compounds = compounds;
        self.containing = containing;
    }

    /// The two parts of a typed word the catalogue does not have, when both are catalogue words
    /// (the head may also be a known head of compounds): "sextingbeleid" → "sexting", "beleid".
    pub fn parts(&self, word: &str) -> Option<(String, String)> {
        if word.len() < 2 * MIN_PART || !word.is_ascii() || self.words.contains_key(word) {
            return None;
        }
        let known = |part: &str| self.words.contains_key(part) || self.heads.contains(part);
        splits(word)
            .filter(|(h, t)| known(h) && self.words.contains_key(*t))
            .max_by_key(|(h, t)| (h.len().min(t.len()), h.len()))
            .map(|(h, t)| (h.to_string(), t.to_string()))
    }

    /// The stems of the English catalogue words that are a form of `word` ("exploited" → the
    /// stems of "exploitation" and "exploited"); empty for a word that is no English form.
    /// A catalogue word that never occurs in English text is Dutch ("oudere" is not "ouders").
    pub fn english_forms(&self, word: &str) -> &[String] {
        if self.words.contains_key(word) && self.english_words.binary_search_by(|w| w.as_str().cmp(word)).is_err() {
            return &[];
        }
        crate::english::form_key(word).and_then(|k| self.english.get(&k)).map_or(&[], Vec::as_slice)
    }

    /// The stems of the catalogue's compounds that have a part with this stem ("naakt" →
    /// "naaktbeeld", "naaktfoto"; "loverboy" → "loverboyproblematiek", …).
    pub fn compounds_with(&self, stem: &str) -> &[String] {
        self.containing.get(stem).map_or(&[], Vec::as_slice)
    }

    /// The stem of a typed (folded) word, `None` for a stopword or an over-long word. With the
    /// stemmer: exactly as the index analyses it. Without: the catalogue's stem of the word, else
    /// the word itself (which then matches nothing).
    pub fn stem_typed(&self, word: &str) -> Option<String> {
        if let Some(analyze) = self.stemmer {
            return analyze(word).into_iter().next();
        }
        if word.len() >= 40 || super::stopwords::DUTCH.contains(&word) {
            return None;
        }
        // A word the catalogue lacks may still be a plural or collision the analyzer fixes.
        let stem = self.stem_of(word).or_else(|| crate::dutch::normalize(word).and_then(|w| self.stem_of(&w)));
        Some(stem.unwrap_or(word).to_string())
    }

    /// The ages of the school level named in `text`: the longest name found; when that name
    /// belongs to several levels ("basisschool"), the union of their ages.
    pub fn school_level_in(&self, text: &str) -> Option<(u8, u8)> {
        let typed = words(text);
        let found: Vec<&(Vec<String>, (u8, u8))> =
            self.school_levels.iter().filter(|(name, _)| typed.windows(name.len()).any(|w| w == name.as_slice())).collect();
        let longest = found.iter().map(|(name, _)| name.len()).max()?;
        let ages = found.iter().filter(|(name, _)| name.len() == longest).map(|(_, ages)| *ages);
        ages.reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)))
    }

    pub fn contains(&self, word: &str) -> bool {
        self.words.contains_key(word)
    }

    /// Whether any catalogue word has this stem.
    pub fn has_stem(&self, stem: &str) -> bool {
        self.stems.contains(stem)
    }

    pub fn stem_of(&self, word: &str) -> Option<&str> {
        self.words.get(word).map(|(s, _)| s.as_str())
    }

    /// The closest catalogue word within the allowed edit distance (1 for 5+ letters, 2 for 9+);
    /// ties go to the more frequent word.
    pub fn correct(&self, word: &str) -> Option<&str> {
        let len = word.chars().count();
        let max = match len {
            0..=4 => return None,
            5..=8 => 1,
            _ => 2,
        };
        let mut best: Option<(usize, u32, &str)> = None;
        let typed: Vec<char> = word.chars().collect();
        let mut rows = (Vec::new(), Vec::new(), Vec::new());
        for l in len.saturating_sub(max)..=len + max {
            for candidate in self.by_len.get(&l).into_iter().flatten() {
                let Some(d) = distance_within(&typed, candidate, max, &mut rows) else { continue };
                if d == 0 {
                    continue;
                }
                let freq = self.words[candidate].1;
                if best.is_none_or(|(bd, bf, _)| d < bd || (d == bd && freq > bf)) {
                    best = Some((d, freq, candidate));
                }
            }
        }
        best.map(|(_, _, w)| w)
    }

    /// Stems of catalogue words that start with `prefix`, most frequent first (at most `max`).
    pub fn completions(&self, prefix: &str, max: usize) -> Vec<String> {
        let mut found: Vec<(&String, u32)> =
            self.words.range(prefix.to_string()..).take_while(|(w, _)| w.starts_with(prefix)).map(|(_, (stem, freq))| (stem, *freq)).collect();
        found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let mut stems: Vec<String> = Vec::new();
        for (stem, _) in found {
            if !stems.contains(stem) {
                stems.push(stem.clone());
            }
            if stems.len() == max {
                break;
            }
        }
        stems
    }
}

/// Shortest part of a compound, in letters: shorter parts split too much ("ver" + "krachting").
const MIN_PART: usize = 4;

/// Every way to cut an ASCII `word` into head and tail of at least [`MIN_PART`] letters, also
/// dropping a linking -s- ("veiligheids|plan").
fn splits(word: &str) -> impl Iterator<Item = (&str, &str)> {
    (MIN_PART..=word.len().saturating_sub(MIN_PART)).flat_map(move |i| {
        let (head, tail) = word.split_at(i);
        let linked = tail.strip_prefix('s').filter(|t| t.len() >= MIN_PART && head.len() >= MIN_PART).map(|t| (head, t));
        std::iter::once((head, tail)).chain(linked)
    })
}

/// The edit distance of `a` and `b` when it is at most `max`: the Levenshtein distance over chars
/// of [`crate::vocabulary::edit_distance`], but stopped as soon as a whole row of the table
/// exceeds `max` (rows never get smaller), and without allocating (`rows` are reused buffers).
/// A correction compares the typed word with every catalogue word of about its length, and
/// almost all of them are far off after a few letters.
fn distance_within(a: &[char], b: &str, max: usize, rows: &mut (Vec<char>, Vec<usize>, Vec<usize>)) -> Option<usize> {
    let (b_chars, prev, cur) = rows;
    b_chars.clear();
    b_chars.extend(b.chars());
    prev.clear();
    prev.extend(0..=b_chars.len());
    for (i, ca) in a.iter().enumerate() {
        cur.clear();
        cur.push(i + 1);
        for (j, cb) in b_chars.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        if cur.iter().min().is_some_and(|m| *m > max) {
            return None;
        }
        std::mem::swap(prev, cur);
    }
    Some(prev[b_chars.len()]).filter(|d| *d <= max)
}

#[cfg(test)]
mod tests {
    use super::distance_within;
    use crate::vocabulary::edit_distance;

    #[test]
    fn distance_within_is_the_edit_distance_up_to_max() {
        let words = [
            "",
            "a",
            "weerbaarheid",
            "weerbaarhied",
            "weerbaar",
            "loverboy",
            "lover boy",
            "sexting",
            "seksting",
            "grooming",
            "groomen",
            "naïef",
            "naief",
            "mbo",
            "abc",
            "cab",
        ];
        let mut rows = Default::default();
        for a in words {
            let typed: Vec<char> = a.chars().collect();
            for b in words {
                for max in 0..4 {
                    let d = edit_distance(a, b);
                    assert_eq!(distance_within(&typed, b, max, &mut rows), (d <= max).then_some(d), "{a} / {b} within {max}");
                }
            }
        }
    }
}

//! Dutch as people type it, before stemming: the few words the Snowball stemmer gets wrong for
//! this catalogue, and the words that carry no content in a question. Both tiers use these (tier
//! 2 in its analyzer, so the index and the typed words agree; tier 1 through the lexicon the
//! same analyzer built), so the tiers stay one engine.

/// Words the stemmer would give the stem of another word: "oudere" (older) and "ouders"
/// (parents) both stem to "ouder", so a parent's "oudere vriend" found material for parents.
/// Each maps to the word whose stem it should share.
const NOT_THE_SAME: &[(&str, &str)] = &[("oudere", "oud"), ("ouderen", "oud"), ("ouwe", "oud")];

/// The word as the stemmer should see it: a stem collision resolved ([`NOT_THE_SAME`]), and a
/// plural in -s after a vowel made singular ("loverboys" → "loverboy", "cadeaus" → "cadeau"),
/// which the Dutch Snowball stemmer leaves alone, and in -ens ("jongens"), which it stems apart
/// from the singular, so singular and plural find the same.
/// `None` when the word stays as it is.
pub fn normalize(word: &str) -> Option<&str> {
    if let Some((_, to)) = NOT_THE_SAME.iter().find(|(w, _)| *w == word) {
        return Some(to);
    }
    // "-ens": the stemmer takes "-en" off a singular ("jongen" → "jong") but only "-s" off its
    // plural ("jongens" → "jongen"); without the "s" both become "jong".
    let plural_s = ["ys", "aus"].iter().any(|end| word.ends_with(end)) && word.len() >= 5 || word.ends_with("ens") && word.len() >= 6;
    plural_s.then(|| &word[..word.len() - 1])
}

/// Words that carry no content in a question ("hoe praat ik met mijn kind", "what do I do"),
/// beyond the analyzer's Dutch stopwords: they are dropped from typed text before searching, so
/// they neither match material nor count as words a material fails to match.
pub const CONTENT_FREE: &[&str] = &[
    // Dutch question and helper words (the analyzer's stopwords cover hoe, wat, mijn, ik, moet).
    "doe",
    "doet",
    "welke",
    "welk",
    "waar",
    "wanneer",
    "waarom",
    "waarmee",
    "kun",
    "kunt",
    "kunnen",
    "mag",
    "moeten",
    "zou",
    "zouden",
    "willen",
    "wilt",
    "graag",
    "iets",
    "gaat",
    "gaan",
    "ga",
    "krijg",
    "we",
    "wij",
    "onze",
    "jij",
    "jou",
    "jouw",
    "hen",
    "weet",
    "weten",
    // English question and function words (the analyzer has only Dutch stopwords).
    "the",
    "a",
    "an",
    "and",
    "or",
    "of",
    "to",
    "in",
    "on",
    "for",
    "is",
    "are",
    "was",
    "my",
    "i",
    "me",
    "what",
    "how",
    "do",
    "does",
    "can",
    "should",
    "with",
    "about",
    "who",
    "it",
    "be",
    "has",
    "have",
    "been",
    "he",
    "she",
    "they",
    "her",
    "his",
    "their",
    "our",
    "we",
    "you",
    "your",
    "if",
    "at",
    "by",
    "from",
    "that",
    "this",
    "there",
    "when",
    "where",
    "why",
    "which",
    "help",
    "get",
    "need",
    "someone",
    "something",
    "am",
    "being",
    "some",
    "any",
    "so",
    "just",
    "im",
];

/// Who is typing, from the words they use about the young person, when no audience was chosen:
/// "mijn dochter", "my son" is a parent; "leerling", "mijn klas" a teacher. `(word, audience)`.
const SPEAKERS: &[(&str, &str)] = &[
    ("dochter", "ouders"),
    ("dochters", "ouders"),
    ("zoon", "ouders"),
    ("zonen", "ouders"),
    ("daughter", "ouders"),
    ("son", "ouders"),
    ("leerling", "leraren"),
    ("leerlingen", "leraren"),
    ("klas", "leraren"),
    ("pupil", "leraren"),
    ("pupils", "leraren"),
    ("class", "leraren"),
];

/// The audience the typed words show the speaker belongs to (see [`SPEAKERS`]), if one.
pub fn speaker(words: &[String]) -> Option<&'static str> {
    let mut found = words.iter().filter_map(|w| SPEAKERS.iter().find(|(s, _)| s == w).map(|(_, a)| *a));
    let first = found.next()?;
    found.all(|a| a == first).then_some(first)
}

/// Whether `word` (folded) carries no content in a question; a single letter never does (the
/// "s" of "foto's").
pub fn content_free(word: &str) -> bool {
    word.chars().nth(1).is_none() || CONTENT_FREE.contains(&word)
}

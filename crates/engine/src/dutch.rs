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
    // English intensifiers and quantities (as the analyzer's Dutch stopwords drop "veel", "zeer").
    "much",
    "very",
    "really",
    "lot",
    "lots",
    "too",
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

/// Possessives before a child word that make the speaker a parent ("mijn kind", "my child").
const OWN: &[&str] = &["mijn", "ons", "onze", "my", "our"];
/// Words for a child that, after a possessive of [`OWN`], only a parent uses of their own.
const CHILD: &[&str] = &["kind", "kinderen", "kindje", "child", "children", "kid", "kids"];

/// "I", "me", "my" in Dutch and English: someone telling about themselves.
const FIRST_PERSON: &[&str] = &["ik", "me", "mij", "mijn", "i", "my", "im"];

/// Words about a young person other than the speaker, or asking how to act ("hoe praat ik met
/// …"): with one of these, a first-person text is not a young person telling their own story.
const ABOUT_SOMEONE_ELSE: &[&str] = &[
    "kind", "kinderen", "kid", "kids", "child", "children", "meisje", "meisjes", "jongen", "jongens", "girl", "boy", "jongere", "jongeren", "hoe", "how",
    "year", "jaar",
];

/// The audience the typed words show the speaker belongs to (see [`SPEAKERS`]), if one. A text
/// in the first person about nobody else ("mijn vriend checkt mijn telefoon", "iemand dreigt
/// mijn naaktfoto te delen als ik niet betaal") is a young person telling what happens to them.
pub fn speaker(words: &[String]) -> Option<&'static str> {
    // "mijn kind", "our children", "my kid": only a parent says that of a child.
    let own_child = words.windows(2).any(|p| OWN.contains(&p[0].as_str()) && CHILD.contains(&p[1].as_str()));
    let mut found = words.iter().filter_map(|w| SPEAKERS.iter().find(|(s, _)| s == w).map(|(_, a)| *a)).chain(own_child.then_some("ouders"));
    let Some(first) = found.next() else {
        let own_story = words.iter().any(|w| FIRST_PERSON.contains(&w.as_str())) && !words.iter().any(|w| ABOUT_SOMEONE_ELSE.contains(&w.as_str()));
        return own_story.then_some("jongeren");
    };
    found.all(|a| a == first).then_some(first)
}

/// Whether `word` (folded) only tells who is typing: a word of [`SPEAKERS`] or of
/// [`FIRST_PERSON`].
pub fn is_speaker_word(word: &str) -> bool {
    SPEAKERS.iter().any(|(w, _)| *w == word) || FIRST_PERSON.contains(&word)
}

/// Whether `word` (folded) carries no content in a question; a single letter never does (the
/// "s" of "foto's").
pub fn content_free(word: &str) -> bool {
    word.chars().nth(1).is_none() || CONTENT_FREE.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::speaker;

    fn who(text: &str) -> Option<&'static str> {
        speaker(&crate::text::plain_words(text))
    }

    #[test]
    fn the_words_say_who_is_typing() {
        assert_eq!(who("mijn dochter heeft een oudere vriend"), Some("ouders"));
        assert_eq!(who("hoe praat ik met mijn klas over loverboys"), Some("leraren"));
        // Someone telling their own story is a young person…
        assert_eq!(who("mijn vriend checkt mijn telefoon"), Some("jongeren"));
        assert_eq!(who("someone keeps asking me to send pics"), Some("jongeren"));
        // …but not someone asking how to act, or telling about another young person.
        assert_eq!(who("hoe begin ik het gesprek over loverboys"), None);
        assert_eq!(who("meisje op de groep heeft een loverboy hoe meld ik dat"), None);
        assert_eq!(who("how do i teach my 5 year old about body safety"), None);
        assert_eq!(who("naaktfoto doorgestuurd"), None);
        // "mijn kind" is a parent's words; "een kind" anyone's.
        assert_eq!(who("mijn kind chat met een onbekende volwassene"), Some("ouders"));
        assert_eq!(who("how to talk to my child about nudes"), Some("ouders"));
        assert_eq!(who("jeugdarts zorgen over seksueel gedrag van een kind"), None);
    }
}

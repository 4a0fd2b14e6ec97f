//! Dutch as people type it, before stemming: the few words the Snowball stemmer gets wrong for
//! this catalogue, and the words that carry no content in a question. Both tiers use these (tier
//! 2 in its analyzer, so the index and the typed words agree; tier 1 through the lexicon the
//! same analyzer built), so the tiers stay one engine.

use std::borrow::Cow;

/// Words the stemmer would give the stem of another word: "oudere" (older) and "ouders"
/// (parents) both stem to "ouder", so a parent's "oudere vriend" found material for parents.
/// Each maps to the word whose stem it should share.
const NOT_THE_SAME: &[(&str, &str)] = &[("oudere", "oud"), ("ouderen", "oud"), ("ouwe", "oud")];

/// The word as the stemmer should see it: a stem collision resolved ([`NOT_THE_SAME`]), a
/// derived form of an -eren verb made its infinitive ([`eren_verb`]), and a plural in -s after a
/// vowel made singular ("loverboys" → "loverboy", "cadeaus" → "cadeau"), which the Dutch
/// Snowball stemmer leaves alone, and in -ens ("jongens"), which it stems apart from the
/// singular, so singular and plural find the same.
/// `None` when the word stays as it is.
pub fn normalize(word: &str) -> Option<Cow<'_, str>> {
    if let Some((_, to)) = NOT_THE_SAME.iter().find(|(w, _)| *w == word) {
        return Some(Cow::Borrowed(to));
    }
    if let Some(verb) = eren_verb(word) {
        return Some(Cow::Owned(verb));
    }
    // "-ens": the stemmer takes "-en" off a singular ("jongen" → "jong") but only "-s" off its
    // plural ("jongens" → "jongen"); without the "s" both become "jong".
    let plural_s = ["ys", "aus"].iter().any(|end| word.ends_with(end)) && word.len() >= 5 || word.ends_with("ens") && word.len() >= 6;
    plural_s.then(|| Cow::Borrowed(&word[..word.len() - 1]))
}

/// The infinitive of an -eren verb ("chanteren", "controleren") for the forms the Snowball
/// stemmer gives other stems: the present "chanteert", the participle "gechanteerd" (also as
/// adjective, "gerelateerde"), and the noun in -age made from such a verb ("chantage",
/// "sabotage", "tatoeage"). People type the noun ("chantage naaktfoto") where sources write
/// the verb ("iemand chanteert me"); without this they share no stem. A past tense in -eerde
/// stays as it is: "verkeerde" (wrong) is no verb form. `None` for any other word.
fn eren_verb(word: &str) -> Option<String> {
    let present = || word.strip_suffix("eert");
    let participle = || word.strip_prefix("ge").and_then(|w| ["eerd", "eerde", "eerden"].iter().find_map(|end| w.strip_suffix(end)));
    let noun = || word.strip_suffix("age").filter(|_| word.len() >= 7).or_else(|| word.strip_suffix("ages").filter(|_| word.len() >= 8));
    let root = present().or_else(participle).or_else(noun)?;
    (!root.is_empty()).then(|| format!("{root}eren"))
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
    "whose",
    "whom",
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

/// Words for the young person an age typed after them belongs to ("dochter 14", "zoon van 11",
/// "my 5 year old" is handled by [`AGE_UNITS`]). Not "vriend": "vriend van 20" is someone else.
const YOUNG_PERSON: &[&str] = &["dochter", "zoon", "kind", "kindje", "meisje", "jongen", "leerling", "daughter", "son", "child", "kid", "girl", "boy", "pupil"];
/// Whether `word` (folded) only names the young person a question is about ("dochter",
/// "meisje", "boy", and their plurals): a risk group it also names (girls, boys) is said in
/// passing, not asked for.
pub fn is_young_person_word(word: &str) -> bool {
    YOUNG_PERSON.contains(&word) || ABOUT_SOMEONE_ELSE.contains(&word) || ["meiden", "meid", "boys", "girls", "young"].contains(&word)
}

/// Words after a number that make it an age ("14 jaar", "5 year old").
const AGE_UNITS: &[&str] = &["jaar", "jarige", "year", "years", "yr", "yo"];
/// The ages a typed age may be: the catalogue's young people.
const TYPED_AGES: std::ops::RangeInclusive<u8> = 2..=25;

/// The age of the young person the typed words are about: a number before "jaar" / "year"
/// ("mijn zoon is 14 jaar", "my 5 year old"), or right after a word for the young person,
/// with or without "van" ("dochter 14", "zoon van 11"). `None` when no age, or two different
/// ages, are typed.
pub fn typed_age(words: &[String]) -> Option<u8> {
    let ages = ages(words);
    let first = ages.first()?.0;
    ages.iter().all(|(a, _)| *a == first).then_some(first)
}

/// The typed words that are searched for, with their places: not the words that carry no
/// content in a question ([`content_free`]) nor those that only say an age ([`age_words`]).
pub fn content_words(words: &[String]) -> impl Iterator<Item = (usize, &String)> {
    let ages = age_words(words);
    words.iter().enumerate().filter(move |(i, w)| !content_free(w) && !ages.contains(i))
}

/// The positions of the words that only say an age ([`typed_age`]): the number and its unit
/// ("5 year old", "14 jaar"). They are an age, not words to search for.
pub fn age_words(words: &[String]) -> Vec<usize> {
    ages(words).into_iter().flat_map(|(_, at)| at).collect()
}

/// Each typed age with the positions of its words.
fn ages(words: &[String]) -> Vec<(u8, Vec<usize>)> {
    let number = |w: &String| w.parse::<u8>().ok().filter(|n| TYPED_AGES.contains(n));
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let Some(n) = number(w) else { continue };
        let unit_after = words.get(i + 1).is_some_and(|next| AGE_UNITS.contains(&next.as_str()));
        let young_before = |k: usize| i >= k && YOUNG_PERSON.contains(&words[i - k].as_str());
        let after_young = young_before(1) || (i >= 2 && words[i - 1] == "van" && young_before(2));
        if unit_after {
            let old = words.get(i + 2).is_some_and(|w| w == "old" || w == "oud");
            out.push((n, if old { vec![i, i + 1, i + 2] } else { vec![i, i + 1] }));
        } else if after_young {
            out.push((n, vec![i]));
        }
    }
    out
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

    #[cfg(feature = "stemmer")]
    #[test]
    fn forms_of_an_eren_verb_and_its_age_noun_share_a_stem() {
        let stem = |w: &str| crate::stem::analyze(w);
        for form in ["chantage", "chanteert", "gechanteerd", "chanteren"] {
            assert_eq!(stem(form), stem("chanteren"), "{form}");
        }
        assert_eq!(stem("gecontroleerd"), stem("controleert"));
        // Words that only look like it keep their own stem: an adjective, a short noun.
        assert_eq!(super::normalize("verkeerde"), None);
        assert_eq!(super::normalize("stage"), None);
        assert_eq!(super::normalize("meer"), None);
    }

    #[test]
    fn english_function_words_carry_no_content() {
        // "whose" was "corrected" to "those", one letter away, and searched for.
        for word in ["whose", "whom", "which", "the"] {
            assert!(super::content_free(word), "{word}");
        }
        assert!(!super::content_free("parents"));
    }

    fn age(text: &str) -> Option<u8> {
        super::typed_age(&crate::text::plain_words(text))
    }

    #[test]
    fn an_age_typed_with_the_young_person_is_their_age() {
        assert_eq!(age("how do i teach my 5 year old about body safety"), Some(5));
        assert_eq!(age("mijn zoon is 14 jaar en wordt afgeperst"), Some(14));
        assert_eq!(age("dochter 14 heeft vriend van 20"), Some(14));
        assert_eq!(age("iemand uit een game wil chatten met mijn zoon van 11"), Some(11));
        // Someone else's age, a school year, a number that is no age: none.
        assert_eq!(age("mijn vriend van 20"), None);
        assert_eq!(age("sextortion les 3 havo"), None);
        assert_eq!(age("lespakket groep 7"), None);
        assert_eq!(age("ik moet 500 euro betalen"), None);
        // Two different ages say nothing certain.
        assert_eq!(age("dochter 14 en zoon 16"), None);
        // The words of an age are not searched for.
        assert_eq!(super::age_words(&crate::text::plain_words("my 5 year old about body safety")), vec![1, 2, 3]);
        assert_eq!(super::age_words(&crate::text::plain_words("dochter 14 heeft vriend van 20")), vec![1]);
    }
}

//! English as people type it: the index stems with the Dutch stemmer, which leaves English
//! word forms apart ("exploited" is not "exploitation", "abused" not "abuse", "sexually" not
//! "sexual"). A typed word the catalogue lacks is looked up by its English *form key* among the
//! catalogue's own words (the English summaries, labels and the UK sources' wording), so
//! "sexually exploited" finds what "sexual exploitation" finds. Both tiers build the same key
//! table from the same lexicon words, so they stay one engine.

/// Suffixes taken off, longest first, with what replaces them: inflections and the few
/// derivations that keep the meaning ("exploit|ation", "sexual|ly").
const SUFFIXES: &[(&str, &str)] =
    &[("ations", ""), ("ation", ""), ("ings", ""), ("ing", ""), ("ied", "y"), ("ies", "y"), ("ally", "al"), ("ly", ""), ("ed", ""), ("es", ""), ("s", "")];

/// Shortest key: shorter ones would join unrelated words ("us" of "uses" and "use").
const MIN_KEY: usize = 4;

/// The form key of an English word: its inflection taken off, a final "e" dropped and a doubled
/// final consonant made single ("abused", "abuse", "abusing" → "abus"; "chatting" → "chat").
/// A word ending in "ss" is its own key ("class"); `None` for a short or non-ASCII word.
pub fn form_key(word: &str) -> Option<String> {
    if word.len() < MIN_KEY || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    if word.ends_with("ss") {
        return Some(word.to_string());
    }
    let mut key = word.to_string();
    if let Some((end, with)) = SUFFIXES.iter().find(|(end, _)| word.len() >= end.len() + 3 && word.ends_with(end)) {
        key.truncate(word.len() - end.len());
        key.push_str(with);
    }
    if key.ends_with('e') {
        key.pop();
    }
    let b = key.as_bytes();
    if b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] && !b"aeiouls".contains(&b[b.len() - 1]) {
        key.pop();
    }
    (key.len() >= MIN_KEY - 1).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::form_key;

    #[test]
    fn inflected_forms_share_a_key() {
        for group in [
            &["exploited", "exploitation", "exploit", "exploiting"][..],
            &["abused", "abuse", "abusing"],
            &["sexually", "sexual"],
            &["signs", "sign"],
            &["pictures", "picture"],
            &["groomed", "grooming"],
            &["chatting", "chat"],
            &["stories", "story"],
        ] {
            let keys: Vec<_> = group.iter().map(|w| form_key(w)).collect();
            assert!(keys.iter().all(|k| k.is_some() && *k == keys[0]), "{group:?}: {keys:?}");
        }
        assert_eq!(form_key("class"), Some("class".into()));
        assert_eq!(form_key("classes"), Some("class".into()));
        assert_eq!(form_key("use"), None);
    }
}

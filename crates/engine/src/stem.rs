//! Tier 1's own Dutch stemmer (feature `stemmer`): a typed word analysed as tier 2's index
//! analyses it (stopwords, [`crate::dutch::normalize`], Snowball Dutch from `frostem`, the crate
//! tantivy stems with), so a word the catalogue lacks ("uitgehuwelijkt") still finds the
//! catalogue's words of the same stem, and the tiers agree. Without the feature tier 1 only looks typed words up
//! among the catalogue's words. A native test checks it against tantivy's analyzer.

/// The stem of one folded word (lowercase, no diacritics, as [`crate::text::words`] gives it),
/// or nothing for a stopword or a word of 40+ bytes: exactly what tantivy's analyzer makes of it.
pub fn analyze(word: &str) -> Vec<String> {
    if word.is_empty() || word.len() >= 40 || crate::stopwords::DUTCH.contains(&word) {
        return Vec::new();
    }
    let word = crate::dutch::normalize(word).unwrap_or(std::borrow::Cow::Borrowed(word));
    vec![frostem::Stemmer::new(frostem::Algorithm::Dutch).stem(&word).into_owned()]
}

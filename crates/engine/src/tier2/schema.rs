//! The index schema and the Dutch analyzer. Text fields are searched with BM25; everything the
//! engine filters or ranks on besides text lives in the catalogue records, not in the index.
//!
//! The analyzer's stopwords and stemmer are ours ([`crate::stopwords::DUTCH`], Snowball Dutch from
//! `frostem`), not tantivy's `stopwords` and `stemmer` features: those link all eighteen of
//! tantivy's languages into the worker wasm, where only Dutch is used. A test in
//! `crates/testdata/tests/tiers.rs` checks this analyzer against tantivy's own Dutch one.

use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, STRING};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, StopWordFilter, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// Name under which the Dutch analyzer is registered (the schema stores only the name).
pub const NL: &str = "nl_stem";

/// The fields of the index.
#[derive(Clone, Copy, Debug)]
pub struct Fields {
    /// Position of the material in the catalogue's (sorted) material list.
    pub ord: Field,
    pub title: Field,
    /// The editor's keywords.
    pub keywords: Field,
    pub summary: Field,
    pub publisher: Field,
    /// The material's vocabulary terms as raw `facet/id` tags ([`crate::tag`]), so a synonym typed by
    /// the user ("tienerpooier") finds material tagged `loverboys`.
    pub tags: Field,
}

pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    // Frequencies without positions: BM25 needs term frequencies and field lengths, and the
    // engine builds no phrase query, so positions would only add bytes to the index.
    let text = TextOptions::default().set_indexing_options(TextFieldIndexing::default().set_tokenizer(NL).set_index_option(IndexRecordOption::WithFreqs));
    let fields = Fields {
        // Only read (a fast field, per document), never searched.
        ord: b.add_u64_field("ord", FAST),
        title: b.add_text_field("title", text.clone()),
        keywords: b.add_text_field("keywords", text.clone()),
        summary: b.add_text_field("summary", text.clone()),
        publisher: b.add_text_field("publisher", text),
        tags: b.add_text_field("tags", STRING),
    };
    (b.build(), fields)
}

/// Lowercase, fold diacritics, drop Dutch stopwords, fix what the stemmer gets wrong
/// ([`crate::dutch::normalize`]), Snowball Dutch stemming.
pub fn nl_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(StopWordFilter::remove(crate::stopwords::DUTCH.iter().map(|w| w.to_string())))
        .filter(Rewrite(|w| crate::dutch::normalize(w).map(std::borrow::Cow::into_owned)))
        .filter(Rewrite(dutch_stem))
        .build()
}

/// Snowball Dutch, as tantivy's `Stemmer::new(Language::Dutch)` stems (the same `frostem`
/// algorithm); `None` when the word is its own stem. Named with a constant algorithm, so only the
/// Dutch stemmer is linked.
fn dutch_stem(word: &str) -> Option<String> {
    match frostem::Stemmer::new(frostem::Algorithm::Dutch).stem(word) {
        std::borrow::Cow::Owned(stem) => Some(stem),
        std::borrow::Cow::Borrowed(_) => None,
    }
}

/// A token filter that replaces each token's text by what the function makes of it, if anything.
#[derive(Clone)]
struct Rewrite(fn(&str) -> Option<String>);

impl TokenFilter for Rewrite {
    type Tokenizer<T: Tokenizer> = RewriteFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> RewriteFilter<T> {
        RewriteFilter(tokenizer, self.0)
    }
}

#[derive(Clone)]
struct RewriteFilter<T>(T, fn(&str) -> Option<String>);

impl<T: Tokenizer> Tokenizer for RewriteFilter<T> {
    type TokenStream<'a> = RewriteStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        RewriteStream(self.0.token_stream(text), self.1)
    }
}

struct RewriteStream<T>(T, fn(&str) -> Option<String>);

impl<T: TokenStream> TokenStream for RewriteStream<T> {
    fn advance(&mut self) -> bool {
        if !self.0.advance() {
            return false;
        }
        let token = self.0.token_mut();
        if let Some(to) = (self.1)(&token.text) {
            token.text = to;
        }
        true
    }

    fn token(&self) -> &Token {
        self.0.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.0.token_mut()
    }
}

/// The analyzed tokens of `text`, as the index sees them.
pub fn analyze(text: &str) -> Vec<String> {
    thread_local! {
        // Building the analyzer (stemmer, stopword set) costs more than analysing a query.
        static ANALYZER: std::cell::RefCell<TextAnalyzer> = std::cell::RefCell::new(nl_analyzer());
    }
    ANALYZER.with(|a| tokens(&mut a.borrow_mut(), text))
}

/// The tokens `analyzer` makes of `text`.
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// Lowercased, diacritic-free words of `text`, unstemmed, as tantivy splits them
/// ([`crate::text::words`] with tantivy).
pub fn folded_words(text: &str) -> Vec<String> {
    thread_local! {
        static FOLDER: std::cell::RefCell<TextAnalyzer> =
            std::cell::RefCell::new(TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).filter(AsciiFoldingFilter).build());
    }
    FOLDER.with(|f| tokens(&mut f.borrow_mut(), text))
}

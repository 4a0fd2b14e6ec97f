//! The index schema and the Dutch analyzer. Text fields are searched with BM25; everything the
//! engine filters or ranks on besides text lives in the catalogue records, not in the index.

use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STRING};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer, Token, TokenFilter, TokenStream,
    Tokenizer,
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
    let text =
        TextOptions::default().set_indexing_options(TextFieldIndexing::default().set_tokenizer(NL).set_index_option(IndexRecordOption::WithFreqsAndPositions));
    let fields = Fields {
        ord: b.add_u64_field("ord", INDEXED | FAST),
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
        .filter(StopWordFilter::new(Language::Dutch).expect("tantivy ships Dutch stopwords"))
        .filter(Normalize)
        .filter(Stemmer::new(Language::Dutch))
        .build()
}

/// The token filter of [`crate::dutch::normalize`].
#[derive(Clone)]
struct Normalize;

impl TokenFilter for Normalize {
    type Tokenizer<T: Tokenizer> = NormalizeFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> NormalizeFilter<T> {
        NormalizeFilter(tokenizer)
    }
}

#[derive(Clone)]
struct NormalizeFilter<T>(T);

impl<T: Tokenizer> Tokenizer for NormalizeFilter<T> {
    type TokenStream<'a> = NormalizeStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        NormalizeStream(self.0.token_stream(text))
    }
}

struct NormalizeStream<T>(T);

impl<T: TokenStream> TokenStream for NormalizeStream<T> {
    fn advance(&mut self) -> bool {
        if !self.0.advance() {
            return false;
        }
        let token = self.0.token_mut();
        if let Some(to) = crate::dutch::normalize(&token.text) {
            token.text = to.to_string();
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

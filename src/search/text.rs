//! Free text → a tantivy query. Words are analyzed exactly as the index was (Dutch stemming), so
//! no input is ever a syntax error; the last word, while it is being typed, also matches as a
//! prefix (`weerbaar` → weerbaarheid).

use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query as TantivyQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, SimpleTokenizer, TextAnalyzer};
use tantivy::Term;

use crate::index::schema::{analyze, Fields};

/// Field boosts: a word in the title counts most, then keywords and synonyms, then the summary.
fn boosted(f: &Fields) -> [(Field, f32); 4] {
    [(f.title, 3.0), (f.keywords, 2.0), (f.summary, 1.0), (f.publisher, 0.5)]
}

/// Lowercased, diacritic-free words of `text`, unstemmed.
pub fn words(text: &str) -> Vec<String> {
    let mut folder = TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).filter(AsciiFoldingFilter).build();
    let mut stream = folder.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// The tantivy query for `text`, or `None` when it holds no searchable word.
pub fn query(f: &Fields, text: &str) -> Option<Box<dyn TantivyQuery>> {
    let mut clauses: Vec<(Occur, Box<dyn TantivyQuery>)> = Vec::new();
    for stem in analyze(text) {
        for (field, boost) in boosted(f) {
            let term = TermQuery::new(Term::from_field_text(field, &stem), IndexRecordOption::WithFreqs);
            clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(term), boost))));
        }
    }
    let typing = !text.ends_with(char::is_whitespace);
    if let Some(last) = words(text).last().filter(|w| typing && w.chars().count() >= 3) {
        for (field, boost) in boosted(f) {
            let prefix = FuzzyTermQuery::new_prefix(Term::from_field_text(field, last), 0, false);
            clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(prefix), boost * 0.5))));
        }
    }
    (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn TantivyQuery>)
}

//! Tier 1's records, built with tier 2's stemmer: the catalogue, the lexicon (every catalogue
//! word with its stem), each material's stems per field, so tier 1 needs no stemmer, and the
//! example searches. Tier 2
//! computes the same stems at open ([`super`]); the parity tests hold the two tiers together.

use std::collections::HashMap;

use crate::catalogue::Catalogue;
use crate::lexicon::{Lexicon, LexiconData};
use crate::text::words;
use crate::tier1::Records;

/// The stems of each material's text fields, as ids into one stem table.
pub(super) fn material_stems(c: &Catalogue, lexicon: &Lexicon) -> (Vec<String>, Vec<[Vec<u32>; 4]>) {
    let mut table: Vec<String> = Vec::new();
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut fields = Vec::with_capacity(c.materials.len());
    for m in &c.materials {
        let texts = [
            m.title.clone(),
            m.keywords.join(" · "),
            format!("{} {}", m.summary, m.summary_en.as_deref().unwrap_or_default()),
            m.publisher.clone().unwrap_or_default(),
        ];
        fields.push(texts.map(|t| {
            let mut v: Vec<u32> = words(&t)
                .iter()
                .filter_map(|w| lexicon.stem_of(w))
                .map(|s| {
                    *ids.entry(s.to_string()).or_insert_with(|| {
                        table.push(s.to_string());
                        table.len() as u32 - 1
                    })
                })
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        }));
    }
    (table, fields)
}

/// The tier-1 records of a validated catalogue (built natively by the indexer, fetched by the widget).
pub fn records(c: &Catalogue) -> Vec<u8> {
    let lexicon = Lexicon::new(c);
    let (stems, fields) = material_stems(c, &lexicon);
    let r = Records { catalogue: c.clone(), lexicon: lexicon_data(&lexicon), stems, fields, searches: c.searches.clone() };
    serde_json::to_vec(&r).expect("records serialise")
}

/// The lexicon as the records store it (tier 1 opens it with `Lexicon::from_data_without_compounds` and `Lexicon::index_compounds`).
fn lexicon_data(lexicon: &Lexicon) -> LexiconData {
    LexiconData {
        words: lexicon.words.iter().map(|(w, (s, f))| (w.clone(), s.clone(), *f)).collect(),
        phrases: lexicon.phrases.clone(),
        school_levels: lexicon.school_levels.clone(),
        situations: lexicon.situations.clone(),
        english: lexicon.english_words.clone(),
    }
}

//! Builds the tantivy index in memory with tantivy's single-segment writer (no threads, no file
//! system: the same code runs natively and in wasm) and packs it with the catalogue's fingerprint.

use std::path::Path;

use tantivy::directory::{Directory, RamDirectory};
use tantivy::tokenizer::TokenizerManager;
use tantivy::{Index, IndexSettings};

use preventiewijzer_engine::tier2::pack::pack;
use preventiewijzer_engine::tier2::schema::{nl_analyzer, schema, NL};
use preventiewijzer_engine::tier2::{catalogue_key, CATALOGUE_KEY_FILE};
use preventiewijzer_model::Catalogue;

/// The packed index of a validated catalogue (opened with the catalogue: `Engine::open`).
pub fn build(catalogue: &Catalogue) -> tantivy::Result<Vec<u8>> {
    let (schema, f) = schema();
    // Read files from the raw RamDirectory: reading through the ManagedDirectory strips footers.
    let ram = RamDirectory::create();
    let tokenizers = TokenizerManager::default();
    tokenizers.register(NL, nl_analyzer());
    // One segment, written on this thread (IndexWriter spawns worker threads; wasm has none). The
    // doc store too: by default tantivy compresses it on a thread of its own, which in wasm fails
    // with "operation not supported on this platform" (found by the studio page).
    let settings = IndexSettings { docstore_compress_dedicated_thread: false, ..IndexSettings::default() };
    let mut writer = Index::builder().schema(schema).settings(settings).tokenizers(tokenizers).single_segment_index_writer(ram.clone(), 50_000_000)?;
    for (ord, m) in catalogue.materials.iter().enumerate() {
        let mut doc = tantivy::TantivyDocument::default();
        for t in preventiewijzer_engine::tags(m) {
            doc.add_text(f.tags, t);
        }
        let summary = format!("{} {}", m.summary, m.summary_en.as_deref().unwrap_or_default());
        doc.add_u64(f.ord, ord as u64);
        doc.add_text(f.title, &m.title);
        doc.add_text(f.keywords, m.keywords.join(" · "));
        doc.add_text(f.summary, summary);
        doc.add_text(f.publisher, m.publisher.as_deref().unwrap_or_default());
        writer.add_document(doc)?;
    }
    let index = writer.finalize()?;

    let live: Vec<String> = index.searchable_segment_metas()?.iter().map(|m| m.id().uuid_string()).collect();
    let mut names: Vec<String> = index
        .directory()
        .list_managed_files()
        .into_iter()
        .map(|p| p.to_string_lossy().into_owned())
        .filter(|p| live.iter().any(|u| p.starts_with(u.as_str())))
        .collect();
    names.sort();
    // tantivy names segments by random UUIDs; fixed ones make the packed bytes depend on the
    // catalogue only, so the content-hashed file name changes only when the catalogue does.
    let renamed: Vec<(String, String)> = live.iter().enumerate().map(|(i, u)| (u.clone(), format!("00000000000040008000{:012x}", i + 1))).collect();
    let hyphenated = |u: &str| format!("{}-{}-{}-{}-{}", &u[..8], &u[8..12], &u[12..16], &u[16..20], &u[20..]);
    let mut meta = String::from_utf8(ram.atomic_read(Path::new("meta.json"))?).map_err(|e| tantivy::TantivyError::InternalError(e.to_string()))?;
    for (random, fixed) in &renamed {
        meta = meta.replace(&hyphenated(random), &hyphenated(fixed));
    }
    let mut files = vec![("meta.json".to_string(), meta.into_bytes())];
    for name in names {
        let bytes = ram.open_read(Path::new(&name))?.read_bytes()?.as_slice().to_vec();
        let name = renamed.iter().fold(name, |n, (random, fixed)| n.replace(random.as_str(), fixed));
        files.push((name, bytes));
    }
    // Not the catalogue itself: tier 2 opens it from tier 1's records (fetched once by the page).
    files.push((CATALOGUE_KEY_FILE.to_string(), catalogue_key(catalogue).into_bytes()));
    Ok(pack(&files))
}

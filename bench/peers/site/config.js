// Peer configuration shared by the build (Node) and the pages (browser): an index must be
// loaded with the options it was built with. See README.md for why each option.

/** Our field weights (`Weights::default()` in crates/engine/src/weights.rs: title, keywords, summary,
 * publisher), given to every peer that takes per-field weights. */
export const FIELD_BOOSTS = { title: 1.5, keywords: 2, summary: 1.5, publisher: 0.5 };

/** MiniSearch: our field weights, prefix and fuzzy matching as in its docs' search-as-you-type example. */
export const MINISEARCH_OPTIONS = {
  fields: ['title', 'keywords', 'summary', 'publisher'],
  storeFields: ['title', 'card_summary', 'card_audiences', 'audience_tags', 'topics', 'risk_groups', 'age_min', 'age_max'],
  searchOptions: { boost: FIELD_BOOSTS, prefix: true, fuzzy: 0.2 },
};

/**
 * FlexSearch Document index: numeric ids, the four text fields with the forward tokenizer
 * (prefixes while typing) and the LatinBalance encoder (its documented fuzzy Latin charset),
 * the facets as tags, the card fields in the document store.
 */
export const FLEXSEARCH_OPTIONS = {
  tokenize: 'forward',
  encoder: 'LatinBalance',
  document: {
    id: 'ord',
    index: ['title', 'keywords', 'summary', 'publisher'],
    tag: ['audience_tags', 'topics', 'risk_groups', 'ages'],
    store: ['id', 'title', 'card_summary', 'card_audiences'],
  },
};

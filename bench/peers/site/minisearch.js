// MiniSearch page: loads the index serialised at build time (MiniSearch.loadJSON, same options),
// searches with our field weights, prefix and fuzzy matching, and applies the hard filters with
// MiniSearch's `filter` search option over stored fields. Without text: MiniSearch.wildcard
// (every document, filtered, in catalogue order). No stemming or Dutch stop words (MiniSearch
// has none built in); no facet counts, why-texts or chips (see page.js).
import MiniSearch from './lib/minisearch.js';
import { MINISEARCH_OPTIONS } from './config.js';
import { mount, passes } from './page.js';

const index = MiniSearch.loadJSON(await (await fetch('data/minisearch.json')).text(), MINISEARCH_OPTIONS);

function search(q, limit) {
  const text = q.text.trim();
  const filter = (r) => passes(r, q);
  const hits = index.search(text ? text : MiniSearch.wildcard, { filter });
  return hits.slice(0, limit).map((h) => ({ id: h.id, title: h.title, summary: h.card_summary, audiences: h.card_audiences }));
}

mount(search);
